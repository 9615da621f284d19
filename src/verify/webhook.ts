/**
 * verifyWebhook: checks a Gigya webhook notification over its raw bytes and returns it parsed.
 *
 * Signatures: `X-Gigya-Sig-Hmac-Sha1` (Base64 HMAC-SHA1 of the raw body, keyed with the
 * Base64-decoded partner or user-key secret), compared in constant time; and/or `X-Gigya-Sig-JWT`
 * (webhooks 2.0), an RS256 JWT of the site whose `sub` is the base64url SHA-256 of the raw body and
 * whose `jti` is the notification's nonce. Every configured method whose header is present must
 * pass, and at least one must be present.
 *
 * Freshness and replays: the notification `timestamp` must be within `toleranceSeconds` of now
 * (default 300). A replayed notification is caught by a nonce store: pass `nonces` (for one process,
 * `createNonceCache()`; across processes, any store with an atomic "set if absent", e.g. Redis
 * `SET key 1 NX EX ttl`). Without one, the caller should remember `nonce` (and de-duplicate events
 * by `id`, since Gigya delivers at least once).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { GigyaConfigError } from '../errors.js';
import { decodeSecret } from '../signing.js';
import { GigyaIdTokenError, GigyaWebhookError } from './errors.js';
import { checkGigyaJwt, gigyaIssuer, keysResolver, nowMs, type VerifyClock } from './id-token.js';
import type { JwksCacheOptions, JwksClient, JwksInput } from './jwks.js';

export type GigyaWebhookEventType =
  | 'accountCreated'
  | 'accountRegistered'
  | 'accountUpdated'
  | 'accountDeleted'
  | 'accountLoggedIn'
  | (string & {});

export interface GigyaWebhookEvent {
  readonly type: GigyaWebhookEventType;
  /** Unique per event; the same on every delivery of it (de-duplicate on it). */
  readonly id: string;
  /** Unix seconds. */
  readonly timestamp: number;
  readonly callId?: string;
  readonly version?: string;
  readonly apiKey?: string;
  readonly data: { readonly uid: string; readonly accountType?: string; readonly [field: string]: unknown };
  readonly [field: string]: unknown;
}

export interface GigyaWebhookNotification {
  readonly events: readonly GigyaWebhookEvent[];
  readonly nonce: string;
  /** Unix seconds. */
  readonly timestamp: number;
  /** Which signatures were verified. */
  readonly verifiedWith: readonly ('hmac' | 'jwt')[];
}

/** Remembers nonces; `claim` answers true the first time a nonce is seen, false afterwards. */
export interface WebhookNonceStore {
  claim(nonce: string, ttlSeconds: number): boolean | Promise<boolean>;
}

export type HeadersInput =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface WebhookRequest {
  /** The raw body, as received: bytes or the exact text. */
  readonly body: Uint8Array | string;
  readonly headers: HeadersInput;
}

export interface VerifyWebhookOptions extends JwksCacheOptions {
  /** Base64 secret the notifications are signed with (partner secret or the signing user key's). */
  readonly secret?: string;
  /** Site keys for the JWT form (getJWTPublicKey's answer). */
  readonly jwks?: JwksInput;
  /** Fetches the site keys for the JWT form. */
  readonly client?: JwksClient;
  /** The site; required for the JWT form (its issuer), checked against events' apiKey when given. */
  readonly apiKey?: string;
  /** Accepted |now − timestamp|, in seconds. Default 300. */
  readonly toleranceSeconds?: number;
  readonly now?: VerifyClock;
  /** Detects replays: a nonce claimed before is refused. */
  readonly nonces?: WebhookNonceStore;
}

const HMAC_HEADER = 'x-gigya-sig-hmac-sha1';
const JWT_HEADER = 'x-gigya-sig-jwt';

function header(headers: HeadersInput, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === 'function') {
    const v = (headers as { get(name: string): string | null }).get(name);
    return v === null ? undefined : v;
  }
  const record = headers as Readonly<Record<string, string | readonly string[] | undefined>>;
  for (const [key, value] of Object.entries(record)) {
    if (key.toLowerCase() !== name) continue;
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.length === 1 ? (value[0] as string) : undefined;
  }
  return undefined;
}

function rawBytes(body: unknown): Buffer {
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  throw new GigyaWebhookError(
    'body-not-raw',
    `The webhook body must be the raw request body (a Buffer, Uint8Array or the exact text), ` +
      `not ${body === null ? 'null' : typeof body}: the signature covers the bytes as sent, and a parsed and ` +
      `re-serialized body does not match them. With Express, use express.raw({ type: 'application/json' }) for this ` +
      `route.`,
  );
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function hmacMatches(body: Buffer, secret: Buffer, signature: string): boolean {
  const expected = createHmac('sha1', secret).update(body).digest();
  const text = signature.trim();
  if (!BASE64.test(text) || text.length % 4 !== 0) return false;
  const given = Buffer.from(text, 'base64');
  // Lengths are public (an HMAC-SHA1 is 20 bytes); only equal-length buffers are compared, in constant time.
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function malformed(why: string): GigyaWebhookError {
  return new GigyaWebhookError('malformed-body', `The webhook body is not a Gigya notification: ${why}.`);
}

function parseNotification(body: Buffer): { events: GigyaWebhookEvent[]; nonce: string; timestamp: number } {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    throw malformed('it is not JSON');
  }
  if (!isObject(value)) throw malformed('it is not a JSON object');
  const { events, nonce, timestamp } = value;
  if (!Array.isArray(events)) throw malformed('"events" is not an array');
  if (typeof nonce !== 'string' || nonce === '') throw malformed('"nonce" is missing');
  if (typeof timestamp !== 'number' || !Number.isFinite(timestamp)) throw malformed('"timestamp" is not a number');
  events.forEach((e: unknown, i) => {
    if (!isObject(e)) throw malformed(`events[${i}] is not an object`);
    if (typeof e['type'] !== 'string' || typeof e['id'] !== 'string')
      throw malformed(`events[${i}] lacks its type or id`);
    if (typeof e['timestamp'] !== 'number') throw malformed(`events[${i}].timestamp is not a number`);
    if (!isObject(e['data']) || typeof e['data']['uid'] !== 'string')
      throw malformed(`events[${i}].data.uid is missing`);
  });
  return { events: events as GigyaWebhookEvent[], nonce, timestamp };
}

/**
 * Verifies a webhook notification and returns it parsed.
 *
 * @throws GigyaWebhookError with `problem` set when the notification is refused.
 * @throws GigyaConfigError when the options cannot verify anything (no secret and no keys).
 */
export async function verifyWebhook(
  request: WebhookRequest,
  options: VerifyWebhookOptions,
): Promise<GigyaWebhookNotification> {
  const useHmac = options.secret !== undefined;
  const useJwt = options.jwks !== undefined || options.client !== undefined;
  if (!useHmac && !useJwt)
    throw new GigyaConfigError(
      'verifyWebhook: pass secret (for X-Gigya-Sig-Hmac-Sha1) and/or jwks or client (for X-Gigya-Sig-JWT).',
    );
  if (useJwt && (options.apiKey === undefined || options.apiKey === ''))
    throw new GigyaConfigError('verifyWebhook: apiKey is required to check the JWT form (its issuer).');
  let secret: Buffer | undefined;
  if (useHmac) {
    try {
      secret = decodeSecret(options.secret as string);
    } catch {
      throw new GigyaConfigError(
        'verifyWebhook: secret is not valid Base64 (pass the partner or user-key secret as the console shows it).',
      );
    }
  }
  const body = rawBytes(request?.body);
  const now = nowMs(options.now);
  const hmacHeader = useHmac ? header(request.headers, HMAC_HEADER) : undefined;
  const jwtHeader = useJwt ? header(request.headers, JWT_HEADER) : undefined;
  if (hmacHeader === undefined && jwtHeader === undefined) {
    const expected = [useHmac ? 'X-Gigya-Sig-Hmac-Sha1' : undefined, useJwt ? 'X-Gigya-Sig-JWT' : undefined]
      .filter(Boolean)
      .join(' or ');
    throw new GigyaWebhookError('missing-signature', `The notification carries no ${expected} header.`);
  }
  const verifiedWith: Array<'hmac' | 'jwt'> = [];
  if (hmacHeader !== undefined && secret !== undefined) {
    if (!hmacMatches(body, secret, hmacHeader)) {
      throw new GigyaWebhookError(
        'bad-signature',
        'X-Gigya-Sig-Hmac-Sha1 does not match the body: it was changed, re-serialized, or signed with another secret.',
      );
    }
    verifiedWith.push('hmac');
  }
  let jwtNonce: string | undefined;
  if (jwtHeader !== undefined) {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await checkGigyaJwt(jwtHeader, {
        nowMs: now,
        toleranceSeconds: options.toleranceSeconds ?? 300,
        keysFor: keysResolver(options, now, 'verifyWebhook'),
        issuers: [gigyaIssuer(options.apiKey as string)],
        apiKey: options.apiKey as string,
        what: 'webhook JWT',
      }));
    } catch (error) {
      if (error instanceof GigyaIdTokenError) {
        throw new GigyaWebhookError('bad-signature', `X-Gigya-Sig-JWT was refused: ${error.message}`, {
          jwtProblem: error.problem,
          cause: error,
        });
      }
      throw error;
    }
    const digest = createHash('sha256').update(body).digest('base64url');
    const sub = typeof payload['sub'] === 'string' ? payload['sub'] : '';
    if (sub.length !== digest.length || !timingSafeEqual(Buffer.from(sub), Buffer.from(digest))) {
      throw new GigyaWebhookError(
        'bad-signature',
        'X-Gigya-Sig-JWT is valid but was issued for another body (its sub is not the SHA-256 of this body).',
      );
    }
    jwtNonce = typeof payload['jti'] === 'string' ? payload['jti'] : undefined;
    verifiedWith.push('jwt');
  }
  const parsed = parseNotification(body);
  if (jwtNonce !== undefined && jwtNonce !== parsed.nonce)
    throw new GigyaWebhookError('bad-signature', 'X-Gigya-Sig-JWT names another nonce than the body.');
  const tolerance = options.toleranceSeconds ?? 300;
  const age = now / 1000 - parsed.timestamp;
  if (Math.abs(age) > tolerance) {
    throw new GigyaWebhookError(
      'stale',
      `The notification's timestamp is ${Math.round(Math.abs(age))} s ${age > 0 ? 'old' : 'in the future'} (toleranc` +
        `e ${tolerance} s): an old notification replayed, or a clock off.`,
    );
  }
  if (options.apiKey !== undefined) {
    const other = parsed.events.find((e) => e.apiKey !== undefined && e.apiKey !== options.apiKey);
    if (other) throw malformed(`an event belongs to another site than ${options.apiKey}`);
  }
  if (options.nonces) {
    // A nonce must be remembered for as long as its notification could still pass the time check.
    const fresh = await options.nonces.claim(parsed.nonce, Math.ceil(tolerance * 2));
    if (!fresh)
      throw new GigyaWebhookError('replayed', 'This notification was received before (same nonce): a replay.');
  }
  return { events: parsed.events, nonce: parsed.nonce, timestamp: parsed.timestamp, verifiedWith };
}

/**
 * An in-memory nonce store for one process: remembers each nonce for its TTL, at most `maxEntries`
 * at once (the oldest forgotten first).
 */
export function createNonceCache(
  options: { maxEntries?: number; now?: () => number } = {},
): WebhookNonceStore & { readonly size: number } {
  const max = Math.max(1, options.maxEntries ?? 100_000);
  const clock = options.now ?? Date.now;
  const seen = new Map<string, number>();
  return {
    get size() {
      return seen.size;
    },
    claim(nonce, ttlSeconds) {
      const now = clock();
      const expiry = seen.get(nonce);
      if (expiry !== undefined && expiry > now) return false;
      if (expiry !== undefined) seen.delete(nonce);
      seen.set(nonce, now + ttlSeconds * 1000);
      // Insertion order is age order: the oldest nonces go first.
      while (seen.size > max) {
        const oldest = seen.keys().next();
        if (oldest.done) break;
        seen.delete(oldest.value);
      }
      return true;
    },
  };
}
