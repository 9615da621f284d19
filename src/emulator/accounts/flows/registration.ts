/**
 * Site registration: initRegistration → register → finalizeRegistration, email verification and
 * isAvailableLoginID.
 *
 * Codes: register without finalizeRegistration=true answers 206001 with the regToken to finalize
 * with; a site that requires email verification answers 206002 with a regToken once registration is
 * complete; a login ID already used answers 400003 (with validationErrors naming the field); any
 * other problem with the login ID or password answers 400009 with validationErrors (400006 for a
 * password failing the site's complexity policy, 400027 for a missing field); a schema violation in
 * profile/data/preferences/subscriptions answers 400006 "Schema validation failed". register is a
 * client-side call as Gigya documents it: serverOnly fields cannot be set through it.
 */
import { mergeSection } from '../merge.js';
import type { AccountRecord } from '../model.js';
import { fail, ok, type CallContext, type Outcome, type ValidationError } from '../outcome.js';
import { bool, guarded, text, type JsonObject, type Params } from '../params.js';
import type { SchemaField, SchemaSection } from '../schema.js';
import { blankAccount, isEmail, newUid, normalizeEmail, type AccountStore } from '../store.js';
import {
  badRegToken,
  emit,
  loginAnswer,
  passwordErrors,
  schemaFailure,
  secondFactorChallenge,
  section,
  storeFailure,
  validationFailure,
} from './common.js';
import { completeLogin } from './session.js';

export function initRegistration(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const isLite = bool(params, 'isLite') ?? false;
    return ok({ regToken: store.issueRegToken(ctx.apiKey, undefined, 'registration', isLite) });
  });
}

const SECTIONS: readonly SchemaSection[] = ['profile', 'data', 'preferences', 'subscriptions'];

/** Adds Gigya's bookkeeping to consent and subscription leaves that a write touched. */
function stampLeaves(node: JsonObject, key: 'isConsentGranted' | 'isSubscribed', stamp: string): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const child = v as JsonObject;
      if (key in child)
        out[k] =
          key === 'isConsentGranted'
            ? { ...child, lastConsentModified: stamp }
            : { ...child, lastUpdatedSubscriptionState: stamp };
      else out[k] = stampLeaves(child, key, stamp);
    } else {
      out[k] = v;
    }
  }
  return out;
}

/**
 * Checks and merges the profile/data/preferences/subscriptions params into an account.
 * Returns the merged sections and the dynamic fields learned, or the schema errors.
 */
export function applySections(
  store: AccountStore,
  ctx: CallContext,
  account: AccountRecord,
  params: Params,
  trusted: boolean,
):
  | { sections: Pick<AccountRecord, SchemaSection>; learned: Map<string, SchemaField>; touched: boolean }
  | { errors: ValidationError[] } {
  const schema = store.ensureSite(ctx.apiKey).schema;
  const errors: ValidationError[] = [];
  const learned = new Map<string, SchemaField>();
  const sections: Record<SchemaSection, JsonObject> = {
    profile: account.profile,
    data: account.data,
    preferences: account.preferences,
    subscriptions: account.subscriptions,
  };
  let touched = false;
  const stamp = new Date(store.now()).toISOString();
  for (const name of SECTIONS) {
    const update = section(params, name);
    if (update === undefined) continue;
    touched = true;
    const normalized = schema.normalize(name, update, sections[name], trusted);
    errors.push(...normalized.errors);
    for (const [path, field] of normalized.learned) learned.set(path, field);
    if (normalized.errors.length > 0) continue;
    let value = normalized.update;
    if (name === 'preferences') value = stampLeaves(value, 'isConsentGranted', stamp);
    if (name === 'subscriptions') value = stampLeaves(value, 'isSubscribed', stamp);
    sections[name] = mergeSection(sections[name], value);
  }
  if (errors.length > 0) return { errors };
  return { sections, learned, touched };
}

function loginIdentifiers(store: AccountStore, ctx: CallContext): Set<string> {
  return new Set(
    store
      .ensureSite(ctx.apiKey)
      .policies.accountOptions.loginIdentifiers.split(',')
      .map((s) => s.trim().toLowerCase()),
  );
}

export function register(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const regToken = text(params, 'regToken');
    if (regToken === undefined)
      return fail(400002, 'Missing required parameter: regToken (call accounts.initRegistration first)');
    const pending = store.readRegToken(ctx.apiKey, regToken);
    if (!pending) return badRegToken();
    if (pending.uid !== undefined)
      return fail(
        400006,
        'Invalid parameter value: regToken was already used to register an account; call ' +
          'accounts.finalizeRegistration with it.',
      );
    const site = store.ensureSite(ctx.apiKey);
    const identifiers = loginIdentifiers(store, ctx);
    const email = text(params, 'email');
    const username = text(params, 'username');
    const password = text(params, 'password');
    const errors: ValidationError[] = [];
    const duplicates: ValidationError[] = [];
    const useEmail = email !== undefined && identifiers.has('email');
    const useUsername = username !== undefined && (identifiers.has('username') || !identifiers.has('email'));
    if (email !== undefined && !isEmail(email))
      errors.push({ errorCode: 400006, message: 'Invalid email address', fieldName: 'email' });
    if (!useEmail && !useUsername && site.policies.registration.requireLoginID) {
      errors.push({
        errorCode: 400027,
        message: 'This field is required',
        fieldName: identifiers.has('email') ? 'email' : 'username',
      });
    }
    if (useEmail && isEmail(email) && store.loginIdOwner(ctx.apiKey, 'email', email) !== undefined)
      duplicates.push({ errorCode: 400003, message: 'email already exists', fieldName: 'email' });
    if (useUsername && store.loginIdOwner(ctx.apiKey, 'username', username) !== undefined)
      duplicates.push({ errorCode: 400003, message: 'username already exists', fieldName: 'username' });
    errors.push(...passwordErrors(store, ctx, password));
    if (errors.length > 0) return validationFailure([...duplicates, ...errors]);
    if (duplicates.length > 0) return fail(400003, duplicates.map((d) => d.message).join('; '), {}, duplicates);

    const siteUID = text(params, 'siteUID');
    if (siteUID !== undefined && store.account(ctx.apiKey, siteUID))
      return fail(400003, `An account with UID ${JSON.stringify(siteUID)} exists`, {}, [
        { errorCode: 400003, message: 'UID already exists', fieldName: 'siteUID' },
      ]);
    const now = store.now();
    const base: AccountRecord = {
      ...blankAccount(siteUID ?? newUid(), now),
      loginEmails: useEmail ? [{ email: normalizeEmail(email), verified: false }] : [],
      username: useUsername ? username : undefined,
      regSource: text(params, 'regSource'),
      lang: text(params, 'lang'),
      loginProvider: 'site',
    };
    const applied = applySections(store, ctx, base, params, false);
    if ('errors' in applied) return schemaFailure(applied.errors);
    const profile =
      email !== undefined && applied.sections.profile['email'] === undefined
        ? { ...applied.sections.profile, email }
        : applied.sections.profile;
    const account: AccountRecord = { ...base, ...applied.sections, profile };
    let stored: AccountRecord;
    try {
      stored = store.insert(ctx.apiKey, account, store.hashPassword(password as string));
    } catch (error) {
      return storeFailure(error);
    }
    site.schema.learn(applied.learned);
    store.bindRegToken(ctx.apiKey, regToken, stored.UID, 'registration');
    emit(store, ctx, 'accountCreated', stored.UID);
    if (bool(params, 'finalizeRegistration') === true) return finalize(store, ctx, stored, regToken, params);
    return fail(206001, 'Account Pending Registration: call accounts.finalizeRegistration with the regToken.', {
      regToken,
    });
  });
}

export function finalizeRegistration(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const regToken = text(params, 'regToken');
    if (regToken === undefined) return fail(400002, 'Missing required parameter: regToken');
    const pending = store.readRegToken(ctx.apiKey, regToken);
    if (!pending || pending.uid === undefined) return badRegToken();
    const account = store.account(ctx.apiKey, pending.uid);
    if (!account) return badRegToken();
    if (pending.purpose === 'tfa') {
      // The login that issued this regToken still waits for its second factor.
      const challenge = secondFactorChallenge(store, ctx, account, regToken);
      if (challenge) return challenge;
      store.dropRegToken(ctx.apiKey, regToken);
      return completeLogin(store, ctx, account, params);
    }
    if (pending.purpose === 'tfaPassed') {
      store.dropRegToken(ctx.apiKey, regToken);
      return completeLogin(store, ctx, account, params);
    }
    return finalize(store, ctx, account, regToken, params);
  });
}

/** Completes a registration: required fields present, then verification (206002) or a session. */
export function finalize(
  store: AccountStore,
  ctx: CallContext,
  account: AccountRecord,
  regToken: string,
  params: Params,
): Outcome {
  const site = store.ensureSite(ctx.apiKey);
  const missing = site.schema.missingRequired(account);
  if (missing.length > 0) {
    return fail(
      206001,
      `Account Pending Registration: required fields are missing (${missing.join(', ')}); set them with ` +
        `accounts.setAccountInfo and the regToken, then finalize again.`,
      { regToken },
      missing.map((fieldName) => ({ errorCode: 400027, message: 'This field is required', fieldName })),
    );
  }
  let current = account;
  if (!current.isRegistered) {
    const now = store.now();
    current = store.replace(ctx.apiKey, { ...current, isRegistered: true, registered: now, lastUpdated: now });
    emit(store, ctx, 'accountRegistered', current.UID);
  }
  const options = site.policies.accountOptions;
  if (options.verifyEmail && !current.isVerified) {
    sendVerification(store, ctx, current);
    store.bindRegToken(ctx.apiKey, regToken, current.UID, 'verification');
    return fail(
      206002,
      'Account Pending Verification: the email address must be verified before the account can log in.',
      { regToken, UID: current.UID },
    );
  }
  store.dropRegToken(ctx.apiKey, regToken);
  const now = store.now();
  current = store.replace(ctx.apiKey, { ...current, lastLogin: now, loginProvider: 'site' });
  return ok(loginAnswer(store, ctx, current, params, { newUser: true }));
}

/** Puts a verification message for each unverified login email in the outbox. */
export function sendVerification(store: AccountStore, ctx: CallContext, account: AccountRecord): void {
  for (const e of account.loginEmails) {
    if (e.verified) continue;
    const token = store.issueResetToken(ctx.apiKey, account.UID, 24 * 3600, 'verify');
    store.send({
      kind: 'emailVerification',
      apiKey: ctx.apiKey,
      uid: account.UID,
      to: e.email,
      token,
      at: store.now(),
    });
  }
}

/**
 * What clicking the link of a verification message does: the emails of the account become
 * verified. Returns false for an unknown or used token.
 */
export function verifyEmail(store: AccountStore, apiKey: string, token: string): boolean {
  const record = store.takeResetToken(apiKey, token, 'verify');
  if (!record) return false;
  const account = store.account(apiKey, record.uid);
  if (!account) return false;
  markVerified(store, { apiKey, trusted: true }, account);
  return true;
}

export function markVerified(store: AccountStore, ctx: CallContext, account: AccountRecord): AccountRecord {
  const now = store.now();
  const next = store.replace(ctx.apiKey, {
    ...account,
    loginEmails: account.loginEmails.map((e) => ({ ...e, verified: true })),
    isVerified: true,
    verified: account.verified ?? now,
    lastUpdated: now,
  });
  emit(store, ctx, 'accountUpdated', next.UID);
  return next;
}

export function isAvailableLoginID(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const loginID = text(params, 'loginID');
    if (loginID === undefined) return fail(400002, 'Missing required parameter: loginID');
    if (!ctx.trusted && store.ensureSite(ctx.apiKey).policies.accountOptions.preventLoginIDHarvesting) {
      return fail(
        403026,
        'Unauthorized access error: the site protects login IDs from harvesting; call from the server.',
      );
    }
    return ok({ isAvailable: store.findByLoginID(ctx.apiKey, loginID) === undefined });
  });
}
