/**
 * SigUtils: the signatures Gigya puts on user data (`UIDSignature`, friend signatures) and the
 * dynamic session-expiration cookie, as in SAP's official SDKs (`official-sdks.md` §6), with two
 * deliberate differences: comparisons are constant-time, and the time window is explicit
 * (default {@link DEFAULT_SIGNATURE_WINDOW_SECONDS}).
 *
 * Every signature is `Base64(HMAC-SHA1(Base64Decode(secret), UTF-8(base)))`:
 * - user: `timestamp + "_" + uid`
 * - friend: `timestamp + "_" + friendUid + "_" + uid`
 * - dynamic session: `glt + "_" + exp`, cookie value `exp + "_" + sig`
 * - dynamic session, user-key signed: `glt + "_" + exp + "_" + userKey`, cookie value `exp + "_" + userKey + "_" + sig`
 */
import { calcSignature, secretKey, signatureMatches } from './signing.js';

/**
 * Default tolerance, in seconds, between a signature's timestamp and now: 180 s, inclusive,
 * as the official PHP SDK enforces. (The Python SDK's guide mentions five minutes, but that SDK
 * checks nothing unless given an expiration; 180 s is the strictest SDK behaviour.)
 */
export const DEFAULT_SIGNATURE_WINDOW_SECONDS = 180;

export interface SignatureValidationOptions {
  /** Current time in Unix **seconds**. Default `Date.now() / 1000`, rounded down. */
  now?: number;
  /**
   * Largest accepted `|now - timestamp|`, in seconds, inclusive. Default
   * {@link DEFAULT_SIGNATURE_WINDOW_SECONDS} (180). `false` skips the time check entirely (only
   * the signature is checked, like the Python SDK without an expiration). `Infinity` behaves
   * like `false` except that the timestamp must still be an integer.
   */
  windowSeconds?: number | false;
}

export interface DynamicSessionOptions {
  /** Current time in Unix **seconds**. Default `Date.now() / 1000`, rounded down. */
  now?: number;
}

function nowSeconds(now: number | undefined): number {
  if (now === undefined) return Math.floor(Date.now() / 1000);
  if (typeof now !== 'number' || !Number.isFinite(now)) {
    throw new RangeError('SigUtils option "now" must be a finite number of Unix seconds (not milliseconds).');
  }
  return Math.floor(now);
}

function windowOf(opts: SignatureValidationOptions | undefined): number | false {
  const w = opts?.windowSeconds;
  if (w === undefined) return DEFAULT_SIGNATURE_WINDOW_SECONDS;
  if (w === false) return false;
  if (typeof w !== 'number' || Number.isNaN(w) || w < 0) {
    throw new RangeError(
      'SigUtils option "windowSeconds" must be a number >= 0 (seconds), or false to skip the time check.',
    );
  }
  return w;
}

/** Parses a signature timestamp: an integer, or a string of ASCII digits (optional leading `-`). */
function parseTimestamp(timestamp: unknown): number | undefined {
  if (typeof timestamp === 'number') return Number.isSafeInteger(timestamp) ? timestamp : undefined;
  if (typeof timestamp !== 'string' || !/^-?[0-9]{1,16}$/.test(timestamp)) return undefined;
  const n = Number(timestamp);
  return Number.isSafeInteger(n) ? n : undefined;
}

function timestampText(timestamp: string | number): string {
  return typeof timestamp === 'number' ? String(timestamp) : timestamp;
}

/**
 * Shared validation: secret first (a bad secret is a configuration error and always throws),
 * then input shape, time window, and finally the constant-time signature comparison.
 */
function validate(
  base: (ts: string) => string,
  timestamp: unknown,
  key: Buffer,
  signature: unknown,
  opts: SignatureValidationOptions | undefined,
): boolean {
  const window = windowOf(opts);
  const now = nowSeconds(opts?.now);
  const ts = parseTimestamp(timestamp);
  if (ts === undefined || typeof signature !== 'string' || signature.length === 0) return false;
  if (window !== false && Math.abs(now - ts) > window) return false;
  const expected = calcSignature(base(timestampText(timestamp as string | number)), key);
  return signatureMatches(expected, signature);
}

/** Signature of a user object: HMAC over `timestamp + "_" + uid`. The emulator uses it to sign responses. */
export function signUser(uid: string, timestamp: string | number, secret: string | Buffer): string {
  return calcSignature(`${timestampText(timestamp)}_${uid}`, secret);
}

/** Signature of a friend object: HMAC over `timestamp + "_" + friendUid + "_" + uid`. */
export function signFriend(
  uid: string,
  timestamp: string | number,
  friendUid: string,
  secret: string | Buffer,
): string {
  return calcSignature(`${timestampText(timestamp)}_${friendUid}_${uid}`, secret);
}

/**
 * Checks the `UIDSignature` Gigya returns with a user (e.g. from `socialize.getUserInfo`), using
 * `signatureTimestamp`.
 *
 * Returns false (never throws) for a wrong signature, a timestamp outside the window (default
 * 180 s, see {@link SignatureValidationOptions.windowSeconds}), a timestamp that is not an integer,
 * or a missing `uid`, timestamp or signature: the response fields they come from are optional, and
 * a user without a signature is not a verified user.
 *
 * @throws GigyaConfigError when `secret` is not valid Base64 (checked before anything else).
 * @throws RangeError for a negative/NaN `windowSeconds` or a non-finite `now`.
 */
export function validateUserSignature(
  uid: string | undefined,
  timestamp: string | number | undefined,
  secret: string | Buffer,
  signature: string | undefined,
  opts?: SignatureValidationOptions,
): boolean {
  const key = secretKey(secret);
  if (typeof uid !== 'string') return false;
  return validate((ts) => `${ts}_${uid}`, timestamp, key, signature, opts);
}

/**
 * Checks a friend's `friendshipSignature` (from `socialize.getFriendsInfo`): base string
 * `timestamp + "_" + friendUid + "_" + uid`. Same rules as {@link validateUserSignature}: false
 * when any of the values is missing.
 *
 * @throws GigyaConfigError when `secret` is not valid Base64.
 */
export function validateFriendSignature(
  uid: string | undefined,
  timestamp: string | number | undefined,
  friendUid: string | undefined,
  secret: string | Buffer,
  signature: string | undefined,
  opts?: SignatureValidationOptions,
): boolean {
  const key = secretKey(secret);
  if (typeof uid !== 'string' || typeof friendUid !== 'string') return false;
  return validate((ts) => `${ts}_${friendUid}_${uid}`, timestamp, key, signature, opts);
}

function expiry(timeoutInSeconds: number, opts: DynamicSessionOptions | undefined): number {
  if (typeof timeoutInSeconds !== 'number' || !Number.isSafeInteger(timeoutInSeconds) || timeoutInSeconds < 0) {
    throw new RangeError('timeoutInSeconds must be a whole number of seconds >= 0.');
  }
  return nowSeconds(opts?.now) + timeoutInSeconds;
}

function requireText(name: string, value: unknown): void {
  if (typeof value !== 'string' || value.length === 0) throw new TypeError(`${name} must be a non-empty string.`);
}

/**
 * Value of the `gltexp_<apiKey>` cookie that sets a session's expiration from your server:
 * `exp + "_" + sig`, where `exp = now + timeoutInSeconds` and `sig` is the HMAC of
 * `gltCookie + "_" + exp` with the site secret.
 *
 * @param gltCookie - Value of the user's `glt_<apiKey>` cookie (the login token).
 * @throws GigyaConfigError for a bad secret; TypeError for an empty `gltCookie`; RangeError for a bad timeout.
 */
export function getDynamicSessionSignature(
  gltCookie: string,
  timeoutInSeconds: number,
  secret: string | Buffer,
  opts?: DynamicSessionOptions,
): string {
  requireText('gltCookie', gltCookie);
  const key = secretKey(secret);
  const exp = String(expiry(timeoutInSeconds, opts));
  return `${exp}_${calcSignature(`${gltCookie}_${exp}`, key)}`;
}

/**
 * Same as {@link getDynamicSessionSignature}, signed with an application key instead of the site
 * secret: HMAC of `gltCookie + "_" + exp + "_" + userKey` with the user key's secret, cookie value
 * `exp + "_" + userKey + "_" + sig`.
 *
 * @throws GigyaConfigError for a bad secret; TypeError for an empty `gltCookie` / `userKey`; RangeError for a bad
 * timeout.
 */
export function getDynamicSessionSignatureUserSigned(
  gltCookie: string,
  timeoutInSeconds: number,
  userKey: string,
  secret: string | Buffer,
  opts?: DynamicSessionOptions,
): string {
  requireText('gltCookie', gltCookie);
  requireText('userKey', userKey);
  const key = secretKey(secret);
  const exp = String(expiry(timeoutInSeconds, opts));
  return `${exp}_${userKey}_${calcSignature(`${gltCookie}_${exp}_${userKey}`, key)}`;
}
