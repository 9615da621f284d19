/**
 * accounts.addEmails / accounts.removeEmails: the account's addresses that are not login IDs
 * (`otherEmails`), and the verified flag of those that are. getAccountInfo's `emails` lists both.
 */
import type { AccountRecord, LoginEmail } from '../model.js';
import { fail, ok, type CallContext, type Outcome, type ValidationError } from '../outcome.js';
import { guarded, list, text, type Params } from '../params.js';
import { isEmail, normalizeEmail, type AccountStore } from '../store.js';
import { emit, storeFailure, unknownUser, validationFailure } from './common.js';

/** The addresses of both lists, normalized; malformed ones as field errors. */
function addressesOf(params: Params): { verified: string[]; unverified: string[]; errors: ValidationError[] } {
  const errors: ValidationError[] = [];
  const read = (name: 'verifiedEmails' | 'unverifiedEmails'): string[] =>
    (list(params, name) ?? []).flatMap((address) => {
      if (isEmail(address)) return [normalizeEmail(address)];
      errors.push({
        errorCode: 400006,
        message: `${JSON.stringify(address)} is not an email address`,
        fieldName: name,
      });
      return [];
    });
  return { verified: read('verifiedEmails'), unverified: read('unverifiedEmails'), errors };
}

function accountFor(store: AccountStore, ctx: CallContext, params: Params): AccountRecord | Outcome {
  const uid = text(params, 'UID');
  if (uid === undefined) return fail(400002, 'Missing required parameter: UID');
  return store.account(ctx.apiKey, uid) ?? unknownUser(uid);
}

function save(store: AccountStore, ctx: CallContext, next: AccountRecord): Outcome {
  try {
    store.replace(ctx.apiKey, { ...next, lastUpdated: store.now() });
  } catch (error) {
    return storeFailure(error);
  }
  emit(store, ctx, 'accountUpdated', next.UID);
  return ok();
}

/** Adds addresses as verified or unverified; one already listed moves to the list it is given in. */
export function addEmails(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const account = accountFor(store, ctx, params);
    if (!('UID' in account)) return account;
    const { verified, unverified, errors } = addressesOf(params);
    if (errors.length > 0) return validationFailure(errors);
    if (verified.length + unverified.length === 0)
      return fail(400002, 'Missing required parameter: verifiedEmails or unverifiedEmails');
    const wanted = new Map<string, boolean>([
      ...unverified.map((e) => [e, false] as const),
      ...verified.map((e) => [e, true] as const),
    ]);
    const loginEmails = account.loginEmails.map((e) =>
      wanted.has(e.email) ? { email: e.email, verified: wanted.get(e.email) as boolean } : e,
    );
    const others = new Map((account.otherEmails ?? []).map((e) => [e.email, e.verified]));
    for (const [email, isVerified] of wanted)
      if (!account.loginEmails.some((e) => e.email === email)) others.set(email, isVerified);
    const otherEmails: LoginEmail[] = [...others].map(([email, v]) => ({ email, verified: v }));
    return save(store, ctx, { ...account, loginEmails, otherEmails });
  });
}

/**
 * Removes addresses from the lists they are named in. A login ID stays: it is removed with
 * setAccountInfo's removeLoginEmails, which also checks the account keeps a way to log in.
 */
export function removeEmails(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const account = accountFor(store, ctx, params);
    if (!('UID' in account)) return account;
    const { verified, unverified, errors } = addressesOf(params);
    for (const [name, addresses] of [
      ['verifiedEmails', verified],
      ['unverifiedEmails', unverified],
    ] as const)
      for (const email of addresses)
        if (account.loginEmails.some((e) => e.email === email))
          errors.push({
            errorCode: 400006,
            message: `${email} is a login ID; remove it with accounts.setAccountInfo removeLoginEmails`,
            fieldName: name,
          });
    if (errors.length > 0) return validationFailure(errors);
    const gone = (e: LoginEmail): boolean => (e.verified ? verified : unverified).includes(e.email);
    return save(store, ctx, { ...account, otherEmails: (account.otherEmails ?? []).filter((e) => !gone(e)) });
  });
}
