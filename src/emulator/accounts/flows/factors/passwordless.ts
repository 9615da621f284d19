/**
 * Passwordless flows: one-time codes by SMS or email (accounts.otp.*, accounts.auth.otp.*), Magic
 * Links (accounts.auth.magiclink.*), the identifier lookups in front of them (auth.getMethods,
 * identifiers.createToken), and the RBA lock switches (rba.lock, rba.unlock).
 *
 * sendCode answers a vToken (valid ten minutes, five tries) and puts the code in the outbox; a
 * server call with sendCode=false gets the code in the answer instead. The code and vToken then log
 * the user in (creating the account on a first login, `isNewUser`), change a phone number
 * (otp.update), verify an email (auth.otp.verify) or open a password reset (auth.otp.authenticate).
 */
import { fail, ok, type CallContext, type Outcome } from '../../outcome.js';
import { bool, guarded, int, object, text, type JsonObject, type Params } from '../../params.js';
import { isEmail, normalizeEmail, type AccountStore } from '../../store.js';
import { newCode } from '../../factors.js';
import {
  emit,
  idTokenClaims,
  serverAccount,
  serverOnly,
  signIdToken,
  storeFailure,
  unknownUser,
  withVerifiedEmail,
} from '../common.js';
import {
  CODE_TTL_MS,
  checkCode,
  digest,
  isOutcome,
  isPhone,
  normalizePhone,
  passwordlessLogin,
  readToken,
} from './shared.js';

type Target = { email: string } | { phone: string };

function deliver(
  store: AccountStore,
  ctx: CallContext,
  params: Params,
  target: Target,
  kind: 'otpCode' | 'magicLink',
  uid?: string,
): Outcome {
  const code = newCode();
  const vToken = store.factors.issue('vToken', ctx.apiKey, {
    uid,
    data: { ...target, code: digest(code), kind },
    ttlMs: CODE_TTL_MS,
  });
  const to = 'email' in target ? target.email : target.phone;
  if (ctx.trusted && bool(params, 'sendCode') === false) return ok({ vToken, code });
  const link = kind === 'magicLink' ? magicLinkUrl(store, ctx, vToken, code) : undefined;
  store.send({
    kind,
    apiKey: ctx.apiKey,
    uid: uid ?? store.findByLoginID(ctx.apiKey, to)?.UID ?? '',
    to,
    token: code,
    ...(link === undefined ? {} : { link }),
    at: store.now(),
  });
  return ok({ vToken });
}

function magicLinkUrl(store: AccountStore, ctx: CallContext, vToken: string, code: string, landing?: string): string {
  const config = store.factors.config(ctx.apiKey, 'auth.magiclink.email');
  const base =
    landing ??
    (typeof config?.['landingPageUrl'] === 'string' ? config['landingPageUrl'] : 'https://localhost/magic-link');
  const url = new URL(base);
  url.searchParams.set('vToken', vToken);
  url.searchParams.set('code', code);
  return url.href;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The email or phone number a send call names (400002 for neither, 400006 for a malformed one). */
function targetOf(params: Params, allow: { email: boolean; phone: boolean }): Target | Outcome {
  const phone = allow.phone ? text(params, 'phoneNumber') : undefined;
  const email = allow.email ? text(params, 'email') : undefined;
  if (phone !== undefined) {
    if (!isPhone(phone)) return fail(400006, 'Invalid parameter value: phoneNumber is not a phone number');
    return { phone: normalizePhone(phone) };
  }
  if (email !== undefined) {
    if (!isEmail(email)) return fail(400006, 'Invalid parameter value: email is not an email address');
    return { email: normalizeEmail(email) };
  }
  const wanted = [allow.phone ? 'phoneNumber' : '', allow.email ? 'email' : ''].filter(Boolean).join(' or ');
  return fail(400002, `Missing required parameter: ${wanted}`);
}

function needLang(params: Params): Outcome | undefined {
  return text(params, 'lang') === undefined ? fail(400002, 'Missing required parameter: lang') : undefined;
}

/** The vToken and code of a send call, checked; the token is spent on success. */
function proved(
  store: AccountStore,
  ctx: CallContext,
  params: Params,
  kind: 'otpCode' | 'magicLink',
): { target: Target; uid: string | undefined } | Outcome {
  const found = readToken(store, ctx, params, 'vToken', 'vToken');
  if (isOutcome(found)) return found;
  if (found.record.data['kind'] !== kind)
    return fail(400006, 'Invalid parameter value: vToken belongs to another flow.');
  const wrong = checkCode(store, params, found.record, String(found.record.data['code']));
  if (wrong) return wrong;
  store.factors.drop('vToken', found.token);
  const data = found.record.data;
  const target: Target =
    typeof data['email'] === 'string' ? { email: data['email'] } : { phone: String(data['phone']) };
  return { target, uid: found.record.uid };
}

// --- accounts.otp ------------------------------------------------------------------------------

export function otpSendCode(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const noLang = needLang(params);
    if (noLang) return noLang;
    const target = targetOf(params, { email: true, phone: true });
    if (isOutcome(target)) return target;
    const uid = text(params, 'UID');
    if (uid !== undefined && !store.account(ctx.apiKey, uid)) return unknownUser(uid);
    return deliver(store, ctx, params, target, 'otpCode', uid);
  });
}

export function otpLogin(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const result = proved(store, ctx, params, 'otpCode');
    if (isOutcome(result)) return result;
    return passwordlessLogin(store, ctx, params, result.target);
  });
}

/** Puts the proved phone number (or verified email) on the account named by UID or regToken. */
export function otpUpdate(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    let uid = text(params, 'UID');
    const regToken = text(params, 'regToken');
    if (uid === undefined && regToken !== undefined) uid = store.readRegToken(ctx.apiKey, regToken)?.uid;
    if (uid === undefined)
      return regToken === undefined
        ? fail(400002, 'Missing required parameter: UID or regToken')
        : fail(400006, 'Invalid parameter value: regToken is unknown or has expired.');
    const account = store.account(ctx.apiKey, uid);
    if (!account) return unknownUser(uid);
    const result = proved(store, ctx, params, 'otpCode');
    if (isOutcome(result)) return result;
    const now = store.now();
    const next =
      'phone' in result.target
        ? { ...account, phoneNumber: result.target.phone, lastUpdated: now }
        : withVerifiedEmail(account, result.target.email, now);
    try {
      store.replace(ctx.apiKey, next);
    } catch (error) {
      return storeFailure(error);
    }
    emit(store, ctx, 'accountUpdated', uid);
    return ok();
  });
}

export function otpDelete(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const account = serverAccount(store, ctx, params, 'otp.delete');
    if (isOutcome(account)) return account;
    if (account.phoneNumber !== undefined) {
      store.replace(ctx.apiKey, { ...account, phoneNumber: undefined, lastUpdated: store.now() });
      emit(store, ctx, 'accountUpdated', account.UID);
    }
    return ok();
  });
}

// --- accounts.auth.otp -------------------------------------------------------------------------

export function authOtpEmailSendCode(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const noLang = needLang(params);
    if (noLang) return noLang;
    const uid = text(params, 'UID');
    let target = targetOf(params, { email: true, phone: false });
    if (isOutcome(target) && uid !== undefined) {
      const email = store.account(ctx.apiKey, uid)?.loginEmails[0]?.email;
      if (email !== undefined) target = { email };
    }
    if (isOutcome(target)) return target;
    if (uid !== undefined && !store.account(ctx.apiKey, uid)) return unknownUser(uid);
    return deliver(store, ctx, params, target, 'otpCode', uid);
  });
}

export function authOtpEmailLogin(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return otpLogin(store, ctx, params);
}

/** The account a code proved must exist: 403047 otherwise, as for resetPassword. */
function provedAccount(store: AccountStore, ctx: CallContext, target: Target) {
  const loginID = 'email' in target ? target.email : target.phone;
  return store.findByLoginID(ctx.apiKey, loginID, ['email' in target ? 'email' : 'phone']);
}

export function authOtpVerify(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const result = proved(store, ctx, params, 'otpCode');
    if (isOutcome(result)) return result;
    let account = provedAccount(store, ctx, result.target);
    if (!account) return fail(403047, 'Login ID does not exist');
    if ('email' in result.target) {
      account = store.replace(ctx.apiKey, withVerifiedEmail(account, result.target.email, store.now()));
      emit(store, ctx, 'accountUpdated', account.UID);
    }
    return ok({ id_token: signIdToken(store, ctx, idTokenClaims(store, ctx, account, {}).claims) });
  });
}

/** The code proves the user: the access token it answers is a password-reset token for resetPassword. */
export function authOtpAuthenticate(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const result = proved(store, ctx, params, 'otpCode');
    if (isOutcome(result)) return result;
    const account = provedAccount(store, ctx, result.target);
    if (!account) return fail(403047, 'Login ID does not exist');
    const ttl = store.ensureSite(ctx.apiKey).policies.passwordReset.tokenExpiration;
    return ok({ access_token: store.issueResetToken(ctx.apiKey, account.UID, ttl) });
  });
}

// --- Magic links -------------------------------------------------------------------------------

export function magicLinkSend(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const target = targetOf(params, { email: true, phone: false });
    if (isOutcome(target)) return target;
    return deliver(store, ctx, params, target, 'magicLink');
  });
}

export function magicLinkLogin(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const result = proved(store, ctx, params, 'magicLink');
    if (isOutcome(result)) return result;
    const outcome = passwordlessLogin(store, ctx, params, result.target);
    if (outcome.errorCode !== 0) return outcome;
    // This answer carries the account under `account`, next to the login fields.
    const { UID, isNewUser, sessionInfo, ...rest } = outcome.fields as JsonObject;
    return ok({ UID, isNewUser, sessionInfo, account: { UID, ...rest } });
  });
}

export function magicLinkGetLink(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const denied = serverOnly(ctx, 'auth.magiclink.getlink');
    if (denied) return denied;
    const target = targetOf(params, { email: true, phone: false });
    if (isOutcome(target)) return target;
    const expiration = int(params, 'expiration');
    if (expiration !== undefined && expiration <= 0)
      return fail(400006, 'Invalid parameter value: expiration must be positive');
    const landingPage = text(params, 'landingPage');
    if (landingPage !== undefined && !isHttpUrl(landingPage))
      return fail(400006, 'Invalid parameter value: landingPage must be an http(s) URL');
    const code = newCode();
    const vToken = store.factors.issue('vToken', ctx.apiKey, {
      data: { ...target, code: digest(code), kind: 'magicLink' },
      ttlMs: (expiration ?? CODE_TTL_MS / 1000) * 1000,
    });
    return ok({ magicLink: magicLinkUrl(store, ctx, vToken, code, landingPage) });
  });
}

// --- Lookups -----------------------------------------------------------------------------------

export function identifiersCreateToken(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const type = text(params, 'identifierType');
    const identifier = text(params, 'identifier');
    if (type === undefined || identifier === undefined)
      return fail(400002, 'Missing required parameter: identifierType and identifier');
    if (!['email', 'phone', 'username'].includes(type))
      return fail(400006, 'Invalid parameter value: identifierType must be email, phone or username');
    const aToken = store.factors.issue('aToken', ctx.apiKey, { data: { type, identifier }, ttlMs: CODE_TTL_MS });
    return ok({ aToken });
  });
}

export function authGetMethods(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    let type = text(params, 'identifierType');
    let identifier = text(params, 'identifier');
    if (text(params, 'aToken') !== undefined) {
      const found = readToken(store, ctx, params, 'aToken', 'aToken');
      if (isOutcome(found)) return found;
      type = String(found.record.data['type']);
      identifier = String(found.record.data['identifier']);
    } else if (type === 'phone') {
      return fail(
        400096,
        'Not supported: looking up a phone number needs an aToken (accounts.identifiers.createToken).',
      );
    }
    if (identifier === undefined) return fail(400002, 'Missing required parameter: identifier (or aToken)');
    const kind = type === 'phone' ? 'phone' : type === 'username' ? 'username' : 'email';
    const account = store.findByLoginID(ctx.apiKey, identifier, [kind]);
    if (!account) return ok({ methods: [], identifiers: [] });
    const methods: string[] = [];
    if (account.hasPassword) methods.push('password');
    if (store.factors.factors(ctx.apiKey, account.UID).pushDevices.length > 0) methods.push('push');
    if (account.loginEmails.length > 0) methods.push('emailOtp', 'magicLink');
    if (account.phoneNumber !== undefined) methods.push('phoneOtp');
    const identifiers = [
      ...account.loginEmails.map((e) => ({ id: digest(e.email).slice(0, 12), display: e.email, type: 'email' })),
      ...(account.phoneNumber === undefined
        ? []
        : [{ id: digest(account.phoneNumber).slice(0, 12), display: account.phoneNumber, type: 'phone' }]),
      ...(account.username === undefined
        ? []
        : [{ id: digest(account.username).slice(0, 12), display: account.username, type: 'username' }]),
    ];
    return ok({ methods, identifiers });
  });
}

// --- Config pairs ------------------------------------------------------------------------------

/** A site setting read by a getConfig and written by its setConfig, with the defaults of an unconfigured site. */
export function configPair(
  name: string,
  defaults: JsonObject,
  fields: Readonly<Record<string, 'boolean' | 'string' | 'number' | 'object'>>,
) {
  const get = (store: AccountStore, ctx: CallContext): Outcome => {
    const denied = serverOnly(ctx, `reading the ${name} settings`);
    if (denied) return denied;
    return ok({ ...defaults, ...store.factors.config(ctx.apiKey, name) });
  };
  const set = (store: AccountStore, ctx: CallContext, params: Params): Outcome =>
    guarded(() => {
      const denied = serverOnly(ctx, `changing the ${name} settings`);
      if (denied) return denied;
      const next: JsonObject = { ...defaults, ...store.factors.config(ctx.apiKey, name) };
      for (const [field, type] of Object.entries(fields)) {
        const value =
          type === 'boolean'
            ? bool(params, field)
            : type === 'number'
              ? int(params, field)
              : type === 'object'
                ? object(params, field)
                : text(params, field);
        if (value !== undefined) next[field] = value;
      }
      if (typeof next['landingPageUrl'] === 'string' && !isHttpUrl(next['landingPageUrl']))
        return fail(400006, 'Invalid parameter value: landingPageUrl must be an http(s) URL');
      store.factors.setConfig(ctx.apiKey, name, next);
      return ok();
    });
  return { get, set };
}

// --- RBA locks ---------------------------------------------------------------------------------

function rbaAccount(store: AccountStore, ctx: CallContext, params: Params) {
  const uid = text(params, 'UID');
  const loginID = text(params, 'loginID');
  if (uid === undefined && loginID === undefined) {
    if (text(params, 'ip') !== undefined)
      return fail(400096, 'Not supported: the emulator does not lock IP addresses.');
    return fail(400002, 'Missing required parameter: UID, loginID or ip');
  }
  const account =
    uid !== undefined ? store.account(ctx.apiKey, uid) : store.findByLoginID(ctx.apiKey, loginID as string);
  return account ?? (uid !== undefined ? unknownUser(uid) : fail(403047, 'Login ID does not exist'));
}

export function rbaLock(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const denied = serverOnly(ctx, 'rba.lock');
    if (denied) return denied;
    const account = rbaAccount(store, ctx, params);
    if (isOutcome(account)) return account;
    const duration =
      int(params, 'duration') ?? store.ensureSite(ctx.apiKey).policies.security.accountLockout.lockoutTimeSec;
    if (duration <= 0) return fail(400006, 'Invalid parameter value: duration must be a positive number of seconds');
    const now = store.now();
    store.setLockout(ctx.apiKey, account.UID, { failures: 0, firstFailureAt: now, lockedUntil: now + duration * 1000 });
    return ok();
  });
}

export function rbaUnlock(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const denied = serverOnly(ctx, 'rba.unlock');
    if (denied) return denied;
    const account = rbaAccount(store, ctx, params);
    if (isOutcome(account)) return account;
    store.setLockout(ctx.apiKey, account.UID, undefined);
    return ok();
  });
}
