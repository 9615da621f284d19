/**
 * Pieces every accounts flow shares: finding the account a call names (UID or regToken), opening
 * sessions in Gigya's `sessionInfo` shape, building login-type answers, checking passwords with
 * the lockout policy, and raising events.
 */
import { randomBytes } from 'node:crypto';
import type { AccountEventType, AccountRecord, LockoutState } from '../model.js';
import { fail, type CallContext, type Outcome, type ValidationError } from '../outcome.js';
import { int, list, object, ParamError, raw, text, type JsonObject, type Params } from '../params.js';
import { complexityProblem } from '../password.js';
import { AccountStoreError, newToken, type AccountStore } from '../store.js';
import { issuerOf } from '../tokens.js';
import { LOGIN_DEFAULT_INCLUDE, renderAccount } from '../view.js';
import { getPath } from '../schema.js';

export function unknownUser(uid: string): Outcome {
  return fail(403005, `Unauthorized user: no account with UID ${JSON.stringify(uid)} on this site.`);
}

/** 403007 for a call without server credentials (an apiKey alone, or an oauth_token). */
export function serverOnly(ctx: CallContext, what: string): Outcome | undefined {
  return ctx.trusted
    ? undefined
    : fail(403007, `Permission denied: ${what} needs server credentials (a secret, signature or bearer token).`);
}

/** A server call for the account its `UID` names: 403007, 400002, 403005. */
export function serverAccount(
  store: AccountStore,
  ctx: CallContext,
  params: Params,
  what: string,
): AccountRecord | Outcome {
  return serverOnly(ctx, what) ?? accountByUid(store, ctx, params);
}

/** The account with `email` among its login emails, verified (added when it was not there). */
export function withVerifiedEmail(account: AccountRecord, email: string, now: number): AccountRecord {
  const normalized = email.trim().toLowerCase();
  return {
    ...account,
    loginEmails: [...account.loginEmails.filter((e) => e.email !== normalized), { email: normalized, verified: true }],
    isVerified: true,
    verified: account.verified ?? now,
    lastUpdated: now,
  };
}

export function badRegToken(): Outcome {
  return fail(
    400006,
    'Invalid parameter value: regToken is unknown or has expired (regTokens are valid for one hour).',
  );
}

/** The account a UID-like param names (`UID`, `targetUID`): 400002 without it, 403005 when unknown. */
export function accountByUid(
  store: AccountStore,
  ctx: CallContext,
  params: Params,
  name = 'UID',
): AccountRecord | Outcome {
  const uid = text(params, name);
  if (uid === undefined) return fail(400002, `Missing required parameter: ${name}`);
  return store.account(ctx.apiKey, uid) ?? unknownUser(uid);
}

/** The account named by `UID` (registered or not) or by `regToken` (pending ones). */
export function accountOf(store: AccountStore, ctx: CallContext, params: Params): AccountRecord | Outcome {
  const uid = text(params, 'UID');
  if (uid !== undefined) return store.account(ctx.apiKey, uid) ?? unknownUser(uid);
  const regToken = text(params, 'regToken');
  if (regToken === undefined) return fail(400002, 'Missing required parameter: UID or regToken');
  const pending = store.readRegToken(ctx.apiKey, regToken);
  if (!pending || pending.uid === undefined) return badRegToken();
  return store.account(ctx.apiKey, pending.uid) ?? badRegToken();
}

export function emit(store: AccountStore, ctx: CallContext, type: AccountEventType, uid: string, muted = false): void {
  store.emit({ type, apiKey: ctx.apiKey, uid, at: store.now(), callId: ctx.callId, muted });
}

/** Turns a store refusal (full site, duplicate login ID) into its outcome. */
export function storeFailure(error: unknown): Outcome {
  if (error instanceof AccountStoreError) {
    if (error.errorCode === 400003) {
      const fieldName = error.message.startsWith('username')
        ? 'username'
        : error.message.startsWith('phone')
          ? 'phoneNumber'
          : 'email';
      return fail(400003, error.message, {}, [{ errorCode: 400003, message: error.message, fieldName }]);
    }
    return fail(error.errorCode, error.message);
  }
  throw error;
}

/** Gigya's sessionExpiration: 0 browser session, -1 about a minute (cookie-controlled), -2 forever, N seconds. */
export function sessionLifetime(params: Params): number | undefined {
  const n = int(params, 'sessionExpiration');
  if (n === undefined || n === 0 || n === -2) return undefined;
  if (n === -1) return 60;
  if (n > 0) return n;
  throw new ParamError(
    fail(400006, 'Invalid parameter value: sessionExpiration must be 0, -1, -2 or a number of seconds.'),
  );
}

/**
 * Opens a session and describes it as Gigya's `sessionInfo`: cookie fields for the browser,
 * sessionToken/sessionSecret for `targetEnv=mobile`.
 */
export function openSession(store: AccountStore, ctx: CallContext, account: AccountRecord, params: Params): JsonObject {
  const mobile = text(params, 'targetEnv') === 'mobile';
  store.openSession(ctx.apiKey, account.UID, mobile ? 'mobile' : 'browser', sessionLifetime(params));
  return mobile
    ? { sessionToken: newToken(), sessionSecret: randomBytes(20).toString('base64') }
    : { cookieName: `glt_${ctx.apiKey}`, cookieValue: newToken() };
}

/** Claims of an id_token for an account, with the requested profile/data fields. */
export function idTokenClaims(
  store: AccountStore,
  ctx: CallContext,
  account: AccountRecord,
  options: { fields?: readonly string[]; expiresIn?: number; audience?: string },
): { claims: JsonObject; ignored: string[] } {
  const iat = Math.floor(store.now() / 1000);
  const claims: JsonObject = {
    iss: issuerOf(ctx.apiKey),
    apiKey: ctx.apiKey,
    iat,
    exp: iat + (options.expiresIn ?? 300),
    sub: account.UID,
  };
  if (options.audience !== undefined) claims['aud'] = options.audience;
  const ignored: string[] = [];
  for (const requested of options.fields ?? []) {
    const isData = requested.startsWith('data.');
    const path = isData ? requested.slice(5) : requested.startsWith('profile.') ? requested.slice(8) : requested;
    const value = getPath(isData ? account.data : account.profile, path);
    // A profile field becomes a claim of its own name; data fields keep their nesting under "data".
    // The stored sources do not show how Gigya names them; this keeps claims unambiguous.
    if (value === undefined || path === '' || (!isData && (path in claims || path.includes('.')))) {
      ignored.push(requested);
      continue;
    }
    if (isData) {
      let node = (claims['data'] ??= {}) as JsonObject;
      const parts = path.split('.');
      for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as JsonObject;
      node[parts[parts.length - 1] as string] = structuredClone(value);
    } else {
      claims[path] = structuredClone(value);
    }
  }
  return { claims, ignored };
}

export function signIdToken(store: AccountStore, ctx: CallContext, claims: JsonObject): string {
  const dc = store.site(ctx.apiKey)?.dataCenter;
  return store.keys.sign(ctx.apiKey, claims, dc === undefined ? {} : { dc });
}

/** A login-type answer: the account (include), sessionInfo, and an id_token when asked for. */
export function loginAnswer(
  store: AccountStore,
  ctx: CallContext,
  account: AccountRecord,
  params: Params,
  extra: JsonObject = {},
): JsonObject {
  const include = list(params, 'include') ?? [...LOGIN_DEFAULT_INCLUDE];
  const out = renderAccount(account, {
    include,
    extraProfileFields: list(params, 'extraProfileFields') ?? [],
    trusted: ctx.trusted,
  });
  out['sessionInfo'] = openSession(store, ctx, account, params);
  if (include.includes('id_token'))
    out['id_token'] = signIdToken(store, ctx, idTokenClaims(store, ctx, account, {}).claims);
  return { ...out, ...extra };
}

/** The site's enabled second-factor providers, by name. */
export function enabledProviders(store: AccountStore, apiKey: string): string[] {
  return store
    .ensureSite(apiKey)
    .policies.twoFactorAuth.providers.filter((p) => p.enabled)
    .map((p) => p.name);
}

/** The providers an account has registered (of those the site enables). */
export function activeProviders(store: AccountStore, apiKey: string, uid: string): string[] {
  const f = store.factors.factors(apiKey, uid);
  const active = new Set<string>();
  if (f.totpSecret !== undefined) active.add('gigyaTotp');
  if (f.phones.length > 0) active.add('gigyaPhone');
  if (f.emails.length > 0) active.add('gigyaEmail');
  if (f.pushDevices.length > 0) active.add('gigyaPush');
  return enabledProviders(store, apiKey).filter((p) => active.has(p));
}

/**
 * A password login on a site with second factors: 403101 (verify a registered factor) or 403102
 * (register one first), with the regToken the TFA flow and finalizeRegistration continue with.
 */
export function secondFactorChallenge(
  store: AccountStore,
  ctx: CallContext,
  account: AccountRecord,
  existingRegToken?: string,
): Outcome | undefined {
  if (enabledProviders(store, ctx.apiKey).length === 0) return undefined;
  const regToken = existingRegToken ?? store.issueRegToken(ctx.apiKey, account.UID, 'tfa');
  return activeProviders(store, ctx.apiKey, account.UID).length > 0
    ? fail(403101, 'Account Pending TFA Verification: verify a second factor (accounts.tfa.*), then finalize.', {
        regToken,
        UID: account.UID,
      })
    : fail(403102, 'Account Pending TFA Registration: register a second factor (accounts.tfa.*), then finalize.', {
        regToken,
        UID: account.UID,
      });
}

export type PasswordCheck = 'ok' | 'wrong' | 'locked';

/**
 * Checks a password under the site's lockout policy. The failure that reaches the threshold still
 * answers "wrong"; the calls after it are "locked" until the lockout time passes, whatever the
 * password (Gigya's sources do not say which call first sees 403120).
 */
export function checkPassword(
  store: AccountStore,
  ctx: CallContext,
  account: AccountRecord,
  password: string,
): { result: PasswordCheck; lockedUntil?: number } {
  const policy = store.ensureSite(ctx.apiKey).policies.security.accountLockout;
  const now = store.now();
  let state = store.lockout(ctx.apiKey, account.UID);
  if (state?.lockedUntil !== undefined) {
    if (state.lockedUntil > now) return { result: 'locked', lockedUntil: state.lockedUntil };
    store.setLockout(ctx.apiKey, account.UID, undefined);
    state = undefined;
  }
  const hash = store.passwordOf(ctx.apiKey, account.UID);
  if (hash?.verify(password)) {
    if (state) store.setLockout(ctx.apiKey, account.UID, undefined);
    return { result: 'ok' };
  }
  if (policy.failedLoginThreshold > 0) {
    const next: LockoutState =
      state && now - state.firstFailureAt <= policy.failedLoginResetSec * 1000
        ? { ...state }
        : { failures: 0, firstFailureAt: now, lockedUntil: undefined };
    next.failures += 1;
    if (next.failures >= policy.failedLoginThreshold) {
      next.lockedUntil = now + policy.lockoutTimeSec * 1000;
      next.failures = 0;
    }
    store.setLockout(ctx.apiKey, account.UID, next);
  }
  return { result: 'wrong' };
}

export function lockedOut(lockedUntil: number): Outcome {
  return fail(
    403120,
    `Account temporarily locked out after too many failed logins, until ${new Date(lockedUntil).toISOString()}.`,
  );
}

export function wrongCredentials(): Outcome {
  // Same answer for an unknown login ID and a wrong password: nothing tells which one it was.
  return fail(403042, 'Invalid loginID or password');
}

/** Problems with a new password (complexity), as validationErrors entries. */
export function passwordErrors(
  store: AccountStore,
  ctx: CallContext,
  password: string | undefined,
  fieldName = 'password',
): ValidationError[] {
  if (password === undefined) return [{ errorCode: 400027, message: 'This field is required', fieldName }];
  const problem = complexityProblem(password, store.ensureSite(ctx.apiKey).policies.passwordComplexity);
  return problem === undefined ? [] : [{ errorCode: 400006, message: problem, fieldName }];
}

export function validationFailure(errors: readonly ValidationError[]): Outcome {
  const details = errors.map((e) => `${e.fieldName}: ${e.message}`).join('; ');
  return fail(400009, `Validation error: ${details}`, {}, errors);
}

export function schemaFailure(errors: readonly ValidationError[]): Outcome {
  const details = errors.map((e) => `${e.fieldName}: ${e.message}`).join('; ');
  return fail(400006, `Schema validation failed: ${details}`, {}, errors);
}

/** A section param (profile, data, …) as an object; ParamError for other values. */
export function section(params: Params, name: string): JsonObject | undefined {
  return object(params, name);
}

export function present(params: Params, name: string): boolean {
  return raw(params, name) !== undefined;
}
