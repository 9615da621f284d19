/**
 * What the second-factor and passwordless flows share: signed assertions (JWTs, as Gigya's are,
 * kept by digest so a tampered one is simply unknown), one-time codes with a bounded number of
 * tries, the "Invalid jwt" / wrong-code answers, and logging in (or creating) the account a code
 * proved.
 */
import { createHash } from 'node:crypto';
import type { AccountRecord } from '../../model.js';
import { fail, type CallContext, type Outcome } from '../../outcome.js';
import { text, type JsonObject, type Params } from '../../params.js';
import { blankAccount, newUid, normalizeEmail, type AccountStore } from '../../store.js';
import type { FlowToken, FlowTokenKind } from '../../factors.js';
import { issuerOf } from '../../tokens.js';
import { emit, storeFailure, withVerifiedEmail } from '../common.js';
import { completeLogin } from '../session.js';

/** gigyaAssertion lifetime: the Web SDK flows observed use one within about five minutes. */
export const ASSERTION_TTL_MS = 5 * 60 * 1000;
/** vToken and phvToken lifetime (otp.sendCode documents ten minutes). */
export const CODE_TTL_MS = 10 * 60 * 1000;

export function digest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url');
}

/** A signed assertion JWT of the site, remembered with its data. */
export function issueAssertion(
  store: AccountStore,
  ctx: CallContext,
  kind: 'gigyaAssertion' | 'providerAssertion',
  uid: string,
  data: JsonObject,
): string {
  const iat = Math.floor(store.now() / 1000);
  const jwt = store.keys.sign(ctx.apiKey, {
    iss: issuerOf(ctx.apiKey),
    sub: uid,
    aud: String(data['provider'] ?? ''),
    action: String(data['mode'] ?? ''),
    iat,
    exp: iat + ASSERTION_TTL_MS / 1000,
    jti: digest(`${kind}${iat}${Math.random()}`),
  });
  return store.factors.keep(kind, ctx.apiKey, jwt, { uid, data, ttlMs: ASSERTION_TTL_MS });
}

/** 400002 without the param, 400006 "Invalid jwt" when it is unknown, expired, spent or altered. */
export function readToken(
  store: AccountStore,
  ctx: CallContext,
  params: Params,
  name: string,
  kind: FlowTokenKind,
): { token: string; record: FlowToken } | Outcome {
  const token = text(params, name);
  if (token === undefined) return fail(400002, `Missing required parameter: ${name}`);
  const record = store.factors.read(kind, ctx.apiKey, token);
  if (!record) {
    const why = kind.endsWith('Assertion') ? 'Invalid jwt' : 'Invalid parameter value';
    return fail(400006, `${why}: ${name} is unknown, expired, already used or altered.`);
  }
  return { token, record };
}

export function isOutcome<T>(value: T | Outcome): value is Outcome {
  return typeof value === 'object' && value !== null && 'errorCode' in value && 'fields' in value;
}

/** Checks a code against a token: 400002 without it, 400006 when wrong (the token dies after a few tries). */
export function checkCode(
  store: AccountStore,
  params: Params,
  record: FlowToken,
  expected: string | undefined,
): Outcome | undefined {
  const code = text(params, 'code');
  if (code === undefined) return fail(400002, 'Missing required parameter: code');
  if (expected !== undefined && digest(code.trim()) === expected) return undefined;
  const left = store.factors.wrongCode(record);
  return fail(
    400006,
    left
      ? 'Invalid parameter value: the code is wrong; try again.'
      : 'Invalid parameter value: the code is wrong and the token has no tries left; start again.',
  );
}

/** Masks all but the end of a phone number or the domain of an email, as Gigya's lists do. */
export function obfuscate(value: string): string {
  if (value.includes('@')) {
    const [local = '', domain = ''] = value.split('@');
    return `${local.slice(0, 1)}${'*'.repeat(Math.max(1, local.length - 1))}@${domain}`;
  }
  return `${'#'.repeat(Math.max(0, value.length - 2))}${value.slice(-2)}`;
}

const PHONE = /^\+?[0-9][0-9\s().-]{5,}$/;

export function isPhone(value: string): boolean {
  return PHONE.test(value.trim());
}

export function normalizePhone(value: string): string {
  return value.replace(/[\s().-]/g, '');
}

/**
 * A passwordless login proved by a code: the account holding the email or phone number logs in;
 * none holding it creates one, registered with that login ID verified (`isNewUser`).
 */
export function passwordlessLogin(
  store: AccountStore,
  ctx: CallContext,
  params: Params,
  proved: { email?: string; phone?: string },
): Outcome {
  const site = store.ensureSite(ctx.apiKey);
  let account: AccountRecord | undefined =
    proved.email !== undefined
      ? store.findByLoginID(ctx.apiKey, proved.email, ['email'])
      : store.findByLoginID(ctx.apiKey, proved.phone ?? '', ['phone']);
  let isNewUser = false;
  const now = store.now();
  if (!account) {
    const email = proved.email === undefined ? undefined : normalizeEmail(proved.email);
    const fresh: AccountRecord = {
      ...blankAccount(newUid(), now),
      loginEmails: email === undefined ? [] : [{ email, verified: true }],
      phoneNumber: proved.phone === undefined ? undefined : normalizePhone(proved.phone),
      profile: email === undefined ? {} : { email },
      isVerified: email !== undefined,
      verified: email === undefined ? undefined : now,
      regSource: text(params, 'regSource'),
      loginProvider: 'site',
    };
    try {
      account = store.insert(ctx.apiKey, fresh);
    } catch (error) {
      return storeFailure(error);
    }
    emit(store, ctx, 'accountCreated', account.UID);
    isNewUser = true;
    if (site.schema.missingRequired(account).length === 0) {
      account = store.replace(ctx.apiKey, { ...account, isRegistered: true, registered: now });
      emit(store, ctx, 'accountRegistered', account.UID);
    }
  } else if (proved.email !== undefined) {
    const email = normalizeEmail(proved.email);
    if (account.loginEmails.some((e) => e.email === email && !e.verified)) {
      account = store.replace(ctx.apiKey, withVerifiedEmail(account, email, now));
      emit(store, ctx, 'accountUpdated', account.UID);
    }
  }
  return completeLogin(store, ctx, account, params, 'site', { isNewUser });
}
