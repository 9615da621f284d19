/**
 * Two-factor authentication (accounts.tfa.*), the flow the SDKs run after a login answers 403101
 * (verify a registered factor) or 403102 (register one):
 *
 *   tfa.getProviders(regToken) → tfa.initTFA(provider, mode, regToken) → gigyaAssertion
 *   → the provider's steps → providerAssertion
 *   → tfa.finalizeTFA(gigyaAssertion, providerAssertion, regToken) → accounts.finalizeRegistration(regToken)
 *
 * Providers: gigyaTotp (RFC 6238 codes; qrCode carries the otpauth:// URI an authenticator's QR
 * code encodes), gigyaPhone and gigyaEmail (codes sent to the outbox), gigyaPush (a push to an
 * opted-in device, approved with tfa.push.verify), and backup codes. Every assertion is an RS256 JWT
 * of the site valid five minutes; an unknown, expired, spent or altered one answers 400006
 * "Invalid jwt", a wrong code 400006, a missing token 400002.
 */
import { createPublicKey } from 'node:crypto';
import { fail, ok, type CallContext, type Outcome } from '../../outcome.js';
import { bool, guarded, isPlainObject, raw, text, type JsonObject, type Params } from '../../params.js';
import type { AccountStore } from '../../store.js';
import { newCode, newTotpSecret, otpauthUri, totpMatches, type TfaFactors } from '../../factors.js';
import { activeProviders, badRegToken, enabledProviders, serverAccount, unknownUser } from '../common.js';
import type { AccountRecord } from '../../model.js';
import {
  CODE_TTL_MS,
  checkCode,
  digest,
  isOutcome,
  isPhone,
  issueAssertion,
  normalizePhone,
  obfuscate,
  readToken,
} from './shared.js';

const PROVIDERS = ['gigyaTotp', 'gigyaPhone', 'gigyaEmail', 'gigyaPush'] as const;
const MODES = ['register', 'add', 'verify', 'edit'] as const;
type Mode = (typeof MODES)[number];

/** The account a TFA call is for: `UID`, or the regToken of the login waiting for its second factor. */
function tfaAccount(
  store: AccountStore,
  ctx: CallContext,
  params: Params,
): { account: AccountRecord; regToken?: string } | Outcome {
  const uid = text(params, 'UID');
  if (uid !== undefined) {
    const account = store.account(ctx.apiKey, uid);
    return account ? { account } : unknownUser(uid);
  }
  const regToken = text(params, 'regToken');
  if (regToken === undefined) return fail(400002, 'Missing required parameter: UID or regToken');
  const pending = store.readRegToken(ctx.apiKey, regToken);
  const account = pending?.uid === undefined ? undefined : store.account(ctx.apiKey, pending.uid);
  return account ? { account, regToken } : badRegToken();
}

export function getProviders(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const found = tfaAccount(store, ctx, params);
    if (isOutcome(found)) return found;
    const active = new Set(activeProviders(store, ctx.apiKey, found.account.UID));
    const enabled = enabledProviders(store, ctx.apiKey);
    const describe = (name: string): JsonObject => ({ name, authLevel: 20 });
    return ok({
      activeProviders: enabled.filter((p) => active.has(p)).map(describe),
      inactiveProviders: enabled.filter((p) => !active.has(p)).map(describe),
    });
  });
}

export function initTFA(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const provider = text(params, 'provider');
    if (provider === undefined) return fail(400002, 'Missing required parameter: provider');
    const mode = (text(params, 'mode') ?? 'register') as Mode;
    if (!MODES.includes(mode)) return fail(400006, `Invalid parameter value: mode must be one of ${MODES.join(', ')}`);
    if (!enabledProviders(store, ctx.apiKey).includes(provider))
      return fail(
        400006,
        `Invalid parameter value: provider ${provider} is not enabled on this site (policies.twoFactorAuth).`,
      );
    const found = tfaAccount(store, ctx, params);
    if (isOutcome(found)) return found;
    const active = activeProviders(store, ctx.apiKey, found.account.UID).includes(provider);
    if ((mode === 'verify' || mode === 'edit') && !active)
      return fail(
        400006,
        `Invalid parameter value: ${provider} is not registered for this account; use mode register.`,
      );
    const gigyaAssertion = issueAssertion(store, ctx, 'gigyaAssertion', found.account.UID, {
      provider,
      mode,
      ...(found.regToken === undefined ? {} : { regToken: digest(found.regToken) }),
    });
    return ok({ gigyaAssertion });
  });
}

/** The flow a gigyaAssertion started, for one provider (400006 for another provider's assertion). */
function flowOf(
  store: AccountStore,
  ctx: CallContext,
  params: Params,
  provider: (typeof PROVIDERS)[number] | undefined,
): { token: string; uid: string; mode: Mode; provider: string; factors: TfaFactors; data: JsonObject } | Outcome {
  const found = readToken(store, ctx, params, 'gigyaAssertion', 'gigyaAssertion');
  if (isOutcome(found)) return found;
  const data = found.record.data;
  if (provider !== undefined && data['provider'] !== provider)
    return fail(400006, `Invalid jwt: the gigyaAssertion is for ${String(data['provider'])}, not ${provider}.`);
  const uid = found.record.uid as string;
  if (!store.account(ctx.apiKey, uid)) return fail(400006, 'Invalid jwt: the account of the gigyaAssertion is gone.');
  return {
    token: found.token,
    uid,
    mode: data['mode'] as Mode,
    provider: String(data['provider']),
    factors: store.factors.factors(ctx.apiKey, uid),
    data: { ...data },
  };
}

function registering(mode: Mode): boolean {
  return mode === 'register' || mode === 'add' || mode === 'edit';
}

function proof(
  store: AccountStore,
  ctx: CallContext,
  flow: { token: string; uid: string; provider: string; mode: Mode },
  data: JsonObject,
): string {
  return issueAssertion(store, ctx, 'providerAssertion', flow.uid, {
    provider: flow.provider,
    mode: flow.mode,
    gigyaAssertion: digest(flow.token),
    ...data,
  });
}

// --- TOTP --------------------------------------------------------------------------------------

export function totpRegister(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const flow = flowOf(store, ctx, params, 'gigyaTotp');
    if (isOutcome(flow)) return flow;
    if (!registering(flow.mode))
      return fail(400006, 'Invalid jwt: the gigyaAssertion was issued to verify, not to register.');
    const secret = newTotpSecret();
    const account = store.account(ctx.apiKey, flow.uid);
    const name = account?.loginEmails[0]?.email ?? account?.username ?? flow.uid;
    const sctToken = store.factors.issue('sctToken', ctx.apiKey, {
      uid: flow.uid,
      data: { secret, gigyaAssertion: digest(flow.token) },
      ttlMs: CODE_TTL_MS,
    });
    return ok({ qrCode: otpauthUri(secret, name, ctx.apiKey), sctToken });
  });
}

export function totpVerify(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const flow = flowOf(store, ctx, params, 'gigyaTotp');
    if (isOutcome(flow)) return flow;
    const assertion = store.factors.read('gigyaAssertion', ctx.apiKey, flow.token)!;
    let secret = flow.factors.totpSecret;
    if (registering(flow.mode)) {
      const sct = readToken(store, ctx, params, 'sctToken', 'sctToken');
      if (isOutcome(sct)) return sct;
      if (sct.record.data['gigyaAssertion'] !== digest(flow.token))
        return fail(400006, 'Invalid parameter value: sctToken belongs to another TFA flow.');
      secret = String(sct.record.data['secret']);
    }
    const code = text(params, 'code');
    if (code === undefined) return fail(400002, 'Missing required parameter: code');
    if (secret === undefined || !totpMatches(secret, code, store.now())) {
      store.factors.wrongCode(assertion);
      return fail(400006, 'Invalid parameter value: the code is wrong or has expired; try the current one.');
    }
    return ok({ providerAssertion: proof(store, ctx, flow, registering(flow.mode) ? { secret } : {}) });
  });
}

// --- Phone and email codes ---------------------------------------------------------------------

export function phoneSendVerificationCode(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const flow = flowOf(store, ctx, params, 'gigyaPhone');
    if (isOutcome(flow)) return flow;
    const method = text(params, 'method') ?? 'sms';
    if (method !== 'sms' && method !== 'voice')
      return fail(400006, 'Invalid parameter value: method must be sms or voice');
    let phone: string;
    if (registering(flow.mode) && text(params, 'phone') !== undefined) {
      const given = text(params, 'phone') as string;
      if (!isPhone(given)) return fail(400006, 'Invalid parameter value: phone is not a phone number');
      phone = normalizePhone(given);
    } else {
      const id = text(params, 'phoneID');
      if (id === undefined) return fail(400002, 'Missing required parameter: phoneID (or phone, to register a number)');
      const known = flow.factors.phones.find((p) => p.id === id);
      if (!known) return fail(400006, 'Invalid parameter value: phoneID is not a registered phone of the account');
      phone = known.number;
    }
    return ok({ phvToken: sendCode(store, ctx, flow, phone, { phone, method }) });
  });
}

export function emailGetEmails(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const flow = flowOf(store, ctx, params, 'gigyaEmail');
    if (isOutcome(flow)) return flow;
    return ok({
      emails: tfaEmails(store, ctx, flow.uid, flow.factors).map((e) => ({ id: e.id, obfuscated: obfuscate(e.email) })),
    });
  });
}

/** The addresses gigyaEmail can send to: those verified through it, else the account's verified login emails. */
function tfaEmails(
  store: AccountStore,
  ctx: CallContext,
  uid: string,
  factors: TfaFactors,
): Array<{ id: string; email: string }> {
  if (factors.emails.length > 0) return factors.emails;
  const account = store.account(ctx.apiKey, uid);
  return (account?.loginEmails ?? [])
    .filter((e) => e.verified)
    .map((e) => ({ id: digest(e.email).slice(0, 12), email: e.email }));
}

export function emailSendVerificationCode(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const flow = flowOf(store, ctx, params, 'gigyaEmail');
    if (isOutcome(flow)) return flow;
    const id = text(params, 'emailID');
    const given = text(params, 'email');
    const known = tfaEmails(store, ctx, flow.uid, flow.factors);
    const email = id !== undefined ? known.find((e) => e.id === id)?.email : given?.trim().toLowerCase();
    if (email === undefined)
      return id !== undefined
        ? fail(400006, 'Invalid parameter value: emailID is not an email of the account')
        : fail(400002, 'Missing required parameter: emailID (or email)');
    if (!registering(flow.mode) && !known.some((e) => e.email === email))
      return fail(400006, 'Invalid parameter value: the email is not registered for the account');
    return ok({ phvToken: sendCode(store, ctx, flow, email, { email }) });
  });
}

function sendCode(
  store: AccountStore,
  ctx: CallContext,
  flow: { token: string; uid: string },
  to: string,
  data: JsonObject,
): string {
  const code = newCode();
  const phvToken = store.factors.issue('phvToken', ctx.apiKey, {
    uid: flow.uid,
    data: { ...data, code: digest(code), gigyaAssertion: digest(flow.token) },
    ttlMs: CODE_TTL_MS,
  });
  store.send({ kind: 'tfaCode', apiKey: ctx.apiKey, uid: flow.uid, to, token: code, at: store.now() });
  return phvToken;
}

function completeVerification(provider: 'gigyaPhone' | 'gigyaEmail') {
  return (store: AccountStore, ctx: CallContext, params: Params): Outcome =>
    guarded(() => {
      const flow = flowOf(store, ctx, params, provider);
      if (isOutcome(flow)) return flow;
      const phv = readToken(store, ctx, params, 'phvToken', 'phvToken');
      if (isOutcome(phv)) return phv;
      if (phv.record.data['gigyaAssertion'] !== digest(flow.token))
        return fail(400006, 'Invalid parameter value: phvToken belongs to another TFA flow.');
      const wrong = checkCode(store, params, phv.record, String(phv.record.data['code']));
      if (wrong) return wrong;
      store.factors.drop('phvToken', phv.token);
      const { code: _code, gigyaAssertion: _assertion, ...target } = phv.record.data;
      return ok({ providerAssertion: proof(store, ctx, flow, target) });
    });
}

export const phoneCompleteVerification = completeVerification('gigyaPhone');
export const emailCompleteVerification = completeVerification('gigyaEmail');

export function phoneGetRegisteredPhoneNumbers(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const flow = flowOf(store, ctx, params, 'gigyaPhone');
    if (isOutcome(flow)) return flow;
    return ok({
      phones: flow.factors.phones.map((p) => ({
        id: p.id,
        obfuscated: obfuscate(p.number),
        lastMethod: p.method,
        lastVerification: new Date(p.lastVerification).toISOString(),
      })),
    });
  });
}

export function phoneRemovePhone(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const flow = flowOf(store, ctx, params, 'gigyaPhone');
    if (isOutcome(flow)) return flow;
    const id = text(params, 'phoneId');
    if (id === undefined) return fail(400002, 'Missing required parameter: phoneId');
    const before = flow.factors.phones.length;
    flow.factors.phones = flow.factors.phones.filter((p) => p.id !== id);
    if (flow.factors.phones.length === before)
      return fail(400006, 'Invalid parameter value: phoneId is not a registered phone of the account');
    return ok();
  });
}

export function phoneImportTFA(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const account = serverAccount(store, ctx, params, 'tfa.phone.importTFA');
    if (isOutcome(account)) return account;
    const provider = text(params, 'provider');
    if (provider !== 'gigyaPhone') return fail(400006, 'Invalid parameter value: provider must be gigyaPhone');
    const phones = parseJsonList(raw(params, 'phones'));
    if (phones === undefined || phones.length === 0)
      return fail(400002, 'Missing required parameter: phones ([{ phoneNumber, method }])');
    const factors = store.factors.factors(ctx.apiKey, account.UID);
    for (const [i, phone] of phones.entries()) {
      const number = isPlainObject(phone) ? phone['phoneNumber'] : undefined;
      const method = isPlainObject(phone) ? (phone['method'] ?? 'sms') : undefined;
      if (typeof number !== 'string' || !isPhone(number) || (method !== 'sms' && method !== 'voice'))
        return fail(400006, `Invalid parameter value: phones[${i}] needs a phoneNumber and a method of sms or voice`);
      addPhone(factors, normalizePhone(number), method, store.now());
    }
    return ok();
  });
}

function parseJsonList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function addPhone(factors: TfaFactors, number: string, method: 'sms' | 'voice', at: number): void {
  const existing = factors.phones.find((p) => p.number === number);
  const id = existing?.id ?? digest(number).slice(0, 12);
  factors.phones = [...factors.phones.filter((p) => p.number !== number), { id, number, method, lastVerification: at }];
}

// --- Backup codes ------------------------------------------------------------------------------

export function backupCodesCreate(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const flow = flowOf(store, ctx, params, undefined);
    if (isOutcome(flow)) return flow;
    flow.factors.backupCodes = Array.from({ length: 10 }, () => newCode(8));
    return ok({ backupCodes: [...flow.factors.backupCodes] });
  });
}

export function backupCodesGet(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const flow = flowOf(store, ctx, params, undefined);
    if (isOutcome(flow)) return flow;
    return ok({ backupCodes: [...flow.factors.backupCodes] });
  });
}

export function backupCodesVerify(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const flow = flowOf(store, ctx, params, undefined);
    if (isOutcome(flow)) return flow;
    const code = text(params, 'code');
    if (code === undefined) return fail(400002, 'Missing required parameter: code');
    const index = flow.factors.backupCodes.indexOf(code.trim());
    if (index < 0) {
      store.factors.wrongCode(store.factors.read('gigyaAssertion', ctx.apiKey, flow.token)!);
      return fail(400006, 'Invalid parameter value: the backup code is wrong or was used.');
    }
    flow.factors.backupCodes.splice(index, 1);
    // The catalog's name for the proof this method answers; finalizeTFA takes it as providerAssertion.
    return ok({ gigyaAssertion: proof(store, ctx, { ...flow, mode: 'verify' }, {}) });
  });
}

// --- Push --------------------------------------------------------------------------------------

export function pushOptin(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const flow = flowOf(store, ctx, params, 'gigyaPush');
    if (isOutcome(flow)) return flow;
    const info = raw(params, 'deviceInfo');
    const device = typeof info === 'string' ? safeJson(info) : info;
    if (!isPlainObject(device)) return fail(400002, 'Missing required parameter: deviceInfo (a JSON object)');
    return ok(sendPush(store, ctx, flow, { device }));
  });
}

export function pushSendVerification(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const flow = flowOf(store, ctx, params, 'gigyaPush');
    if (isOutcome(flow)) return flow;
    if (flow.factors.pushDevices.length === 0)
      return fail(400006, 'Invalid parameter value: the account has no push device.');
    sendPush(store, ctx, flow, {});
    return ok();
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function sendPush(
  store: AccountStore,
  ctx: CallContext,
  flow: { token: string; uid: string },
  data: JsonObject,
): JsonObject {
  const token = store.factors.issue('pushToken', ctx.apiKey, {
    uid: flow.uid,
    data: { ...data, gigyaAssertion: digest(flow.token), approved: false },
    ttlMs: CODE_TTL_MS,
  });
  // A push is addressed to the device's push token (DeviceInfo.pushToken in the catalog).
  const device = isPlainObject(data['device']) ? String(data['device']['pushToken'] ?? 'device') : 'device';
  store.send({ kind: 'pushVerification', apiKey: ctx.apiKey, uid: flow.uid, to: device, token, at: store.now() });
  return {};
}

/** The device approved the push (a server call from the app's backend): the proof for finalizeTFA. */
export function pushVerify(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const flow = flowOf(store, ctx, params, 'gigyaPush');
    if (isOutcome(flow)) return flow;
    const push = readToken(store, ctx, params, 'verificationToken', 'pushToken');
    if (isOutcome(push)) return push;
    if (push.record.data['gigyaAssertion'] !== digest(flow.token))
      return fail(400006, 'Invalid parameter value: verificationToken belongs to another TFA flow.');
    const { gigyaAssertion: _a, approved: _b, ...target } = push.record.data;
    const providerAssertion = proof(store, ctx, flow, target);
    store.factors.update('pushToken', ctx.apiKey, push.token, {
      ...push.record.data,
      approved: true,
      providerAssertion,
    });
    store.factors.keep('pushToken', ctx.apiKey, `approved:${digest(flow.token)}`, {
      uid: flow.uid,
      data: { providerAssertion },
      ttlMs: CODE_TTL_MS,
    });
    return ok({ providerAssertion });
  });
}

/** Polled by the browser: the proof once the device has approved, nothing before. */
export function pushIsVerified(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const flow = flowOf(store, ctx, params, 'gigyaPush');
    if (isOutcome(flow)) return flow;
    const approved = store.factors.read('pushToken', ctx.apiKey, `approved:${digest(flow.token)}`);
    return ok(approved ? { providerAssertion: String(approved.data['providerAssertion']) } : {});
  });
}

// --- Finalizing and managing -------------------------------------------------------------------

export function finalizeTFA(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const flow = flowOf(store, ctx, params, undefined);
    if (isOutcome(flow)) return flow;
    const proved = readToken(store, ctx, params, 'providerAssertion', 'providerAssertion');
    if (isOutcome(proved)) return proved;
    const data = proved.record.data;
    if (data['gigyaAssertion'] !== digest(flow.token) || proved.record.uid !== flow.uid)
      return fail(400006, 'Invalid jwt: the providerAssertion belongs to another TFA flow.');
    const regToken = text(params, 'regToken');
    if (regToken !== undefined) {
      const pending = store.readRegToken(ctx.apiKey, regToken);
      if (
        !pending ||
        pending.uid !== flow.uid ||
        (flow.data['regToken'] !== undefined && flow.data['regToken'] !== digest(regToken))
      )
        return badRegToken();
    }
    const factors = flow.factors;
    const now = store.now();
    if (registering(flow.mode)) {
      if (typeof data['secret'] === 'string') factors.totpSecret = data['secret'];
      if (typeof data['phone'] === 'string')
        addPhone(factors, data['phone'], data['method'] === 'voice' ? 'voice' : 'sms', now);
      if (typeof data['email'] === 'string') {
        const email = data['email'];
        factors.emails = [
          ...factors.emails.filter((e) => e.email !== email),
          { id: digest(email).slice(0, 12), email, lastVerification: now },
        ];
      }
      if (isPlainObject(data['device']))
        factors.pushDevices = [
          ...factors.pushDevices,
          { id: digest(JSON.stringify(data['device'])).slice(0, 12), info: data['device'] },
        ];
    }
    store.factors.drop('gigyaAssertion', flow.token);
    store.factors.drop('providerAssertion', proved.token);
    if (regToken !== undefined) store.bindRegToken(ctx.apiKey, regToken, flow.uid, 'tfaPassed');
    void bool(params, 'tempDevice');
    return ok();
  });
}

export function deactivateProvider(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const account = serverAccount(store, ctx, params, 'tfa.deactivateProvider');
    if (isOutcome(account)) return account;
    const provider = text(params, 'provider');
    if (provider === undefined) return fail(400002, 'Missing required parameter: provider');
    if (!(PROVIDERS as readonly string[]).includes(provider))
      return fail(400006, `Invalid parameter value: provider must be one of ${PROVIDERS.join(', ')}`);
    clearProvider(store.factors.factors(ctx.apiKey, account.UID), provider);
    return ok();
  });
}

function clearProvider(factors: TfaFactors, provider: string): void {
  if (provider === 'gigyaTotp') factors.totpSecret = undefined;
  if (provider === 'gigyaPhone') factors.phones = [];
  if (provider === 'gigyaEmail') factors.emails = [];
  if (provider === 'gigyaPush') factors.pushDevices = [];
}

export function resetTFA(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const account = serverAccount(store, ctx, params, 'tfa.resetTFA');
    if (isOutcome(account)) return account;
    const provider = text(params, 'provider');
    if (provider === undefined) store.factors.forget(ctx.apiKey, account.UID);
    else clearProvider(store.factors.factors(ctx.apiKey, account.UID), provider);
    return ok();
  });
}

/** The emulator remembers no devices, so there is nothing to forget beyond checking the account. */
export function unregisterDevice(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const account = serverAccount(store, ctx, params, 'tfa.unregisterDevice');
    if (isOutcome(account)) return account;
    void bool(params, 'allDevices');
    return ok();
  });
}

/** The certificate assertions are checked with: the site's JWT key, as PEM. */
export function getCertificate(store: AccountStore, ctx: CallContext): Outcome {
  const jwk = store.keys.activeJwk(ctx.apiKey);
  const pem = createPublicKey({ key: { kty: jwk.kty, n: jwk.n, e: jwk.e }, format: 'jwk' }).export({
    type: 'spki',
    format: 'pem',
  });
  return ok({ certificate: String(pem) });
}
