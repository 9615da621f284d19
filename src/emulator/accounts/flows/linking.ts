/**
 * Conflicting accounts: a social login whose email is another account's login ID is parked as a
 * pending account (notifyLogin answers 403043 with a regToken). getConflictingAccount names the
 * existing account's login providers; linkAccounts proves ownership with that account's password,
 * moves the social identities onto it and logs it in.
 */
import type { AccountRecord } from '../model.js';
import { fail, ok, type CallContext, type Outcome } from '../outcome.js';
import { guarded, text, type Params } from '../params.js';
import type { AccountStore } from '../store.js';
import { socialProviders } from '../view.js';
import { badRegToken, checkPassword, emit, lockedOut, storeFailure, unknownUser, wrongCredentials } from './common.js';
import { completeLogin } from './session.js';

/** Emails a pending social account carries (identity emails, then the profile's). */
function emailsOfPending(account: AccountRecord): string[] {
  const emails = account.identities.map((i) => i['email']).filter((e): e is string => typeof e === 'string');
  if (typeof account.profile['email'] === 'string') emails.push(account.profile['email']);
  return [...new Set(emails.map((e) => e.trim().toLowerCase()))];
}

function pendingAccount(store: AccountStore, ctx: CallContext, params: Params): AccountRecord | Outcome {
  const regToken = text(params, 'regToken');
  if (regToken === undefined) return fail(400002, 'Missing required parameter: regToken');
  const pending = store.readRegToken(ctx.apiKey, regToken);
  if (!pending || pending.uid === undefined) return badRegToken();
  return store.account(ctx.apiKey, pending.uid) ?? badRegToken();
}

export function getConflictingAccount(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const account = pendingAccount(store, ctx, params);
    if ('errorCode' in account) return account;
    for (const email of emailsOfPending(account)) {
      const other = store.findByLoginID(ctx.apiKey, email, ['email']);
      if (other && other.UID !== account.UID) {
        return ok({
          conflictingAccount: {
            loginProviders: socialProviders(other)
              .split(',')
              .filter((p) => p !== ''),
            loginID: email,
          },
        });
      }
    }
    return ok();
  });
}

export function linkAccounts(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const loginID = text(params, 'loginID');
    const password = text(params, 'password');
    if (loginID === undefined) return fail(400002, 'Missing required parameter: loginID');
    if (password === undefined) return fail(400002, 'Missing required parameter: password');
    let source: AccountRecord | Outcome;
    const uid = text(params, 'UID');
    if (uid !== undefined) source = store.account(ctx.apiKey, uid) ?? unknownUser(uid);
    else source = pendingAccount(store, ctx, params);
    if ('errorCode' in source) return source;
    const target = store.findByLoginID(ctx.apiKey, loginID);
    if (!target) return wrongCredentials();
    const check = checkPassword(store, ctx, target, password);
    if (check.result === 'locked') return lockedOut(check.lockedUntil as number);
    if (check.result === 'wrong') return wrongCredentials();
    if (source.UID === target.UID) return completeLogin(store, ctx, target, params);
    // Only an account with nothing of its own to lose (no login ID, no password) is folded in.
    if (source.hasPassword || source.loginEmails.length > 0 || source.username !== undefined) {
      return fail(
        400006,
        'Invalid parameter value: the account to link has its own login ID; only social-only accounts can be linked ' +
          'into a site account.',
      );
    }
    const regToken = text(params, 'regToken');
    store.remove(ctx.apiKey, source.UID);
    if (regToken !== undefined) store.dropRegToken(ctx.apiKey, regToken);
    const known = new Set(target.identities.map((i) => `${i.provider}\u0000${i.providerUID}`));
    const moved = source.identities.filter((i) => !known.has(`${i.provider}\u0000${i.providerUID}`));
    let linked: AccountRecord;
    try {
      linked = store.replace(ctx.apiKey, {
        ...target,
        identities: [...target.identities, ...moved],
        lastUpdated: store.now(),
      });
    } catch (error) {
      return storeFailure(error);
    }
    emit(store, ctx, 'accountDeleted', source.UID);
    emit(store, ctx, 'accountUpdated', linked.UID);
    return completeLogin(store, ctx, linked, params, moved[0]?.provider ?? 'site');
  });
}
