/**
 * Public keys for RS256 verification: given (a JWKS or a single JWK, as accounts.getJWTPublicKey
 * answers with or without V2), or fetched through a client with `accounts.getJWTPublicKey` and
 * cached per client. An unknown `kid` triggers one refetch (Gigya rotates keys without notice), but
 * not more than once per cooldown, so a stream of forged kids cannot turn into a stream of calls.
 */
import type { CryptoKey, JWK } from 'jose';
import { GigyaIdTokenError } from './errors.js';

/** Anything that can call the Gigya API: a gigya-typed client (`client.call`) or a stand-in. */
export interface JwksClient {
  call(method: string, params?: Record<string, unknown>): Promise<unknown>;
}

export interface PublicJwkInput {
  readonly kty: string;
  readonly kid?: string;
  readonly n?: string;
  readonly e?: string;
  readonly alg?: string;
  readonly use?: string;
}

/** A JWKS (`{ keys }`, getJWTPublicKey with V2=true) or one JWK (getJWTPublicKey without V2). */
export type JwksInput = { readonly keys: readonly PublicJwkInput[] } | PublicJwkInput;

export interface JwksCacheOptions {
  /** How long fetched keys are used before they are fetched again. Default 3 600 s. */
  readonly maxAgeSeconds?: number;
  /** Shortest time between two refetches caused by unknown kids. Default 30 s. */
  readonly refetchCooldownSeconds?: number;
}

/** RSA signing keys of a key set input (others are ignored: Gigya signs with RS256 only). */
export function readJwks(input: unknown): PublicJwkInput[] {
  if (typeof input !== 'object' || input === null) return [];
  const list = Array.isArray((input as { keys?: unknown }).keys)
    ? ((input as { keys: unknown[] }).keys as unknown[])
    : [input];
  return list.filter((k): k is PublicJwkInput => {
    if (typeof k !== 'object' || k === null) return false;
    const jwk = k as PublicJwkInput;
    return (
      jwk.kty === 'RSA' &&
      typeof jwk.n === 'string' &&
      typeof jwk.e === 'string' &&
      (jwk.use === undefined || jwk.use === 'sig') &&
      (jwk.alg === undefined || jwk.alg === 'RS256')
    );
  });
}

/**
 * jose, loaded on the first verification: importing the package (which only a verifier needs) would
 * otherwise load its sixty modules into every client's cold start.
 */
let jose: Promise<typeof import('jose')> | undefined;

export function loadJose(): Promise<typeof import('jose')> {
  jose ??= import('jose');
  return jose;
}

const imported = new WeakMap<PublicJwkInput, Promise<CryptoKey | Uint8Array>>();

/** The verification key of a JWK (imported once per JWK object). */
export function importKey(jwk: PublicJwkInput): Promise<CryptoKey | Uint8Array> {
  let key = imported.get(jwk);
  if (!key) {
    const { kty, n, e } = jwk;
    key = loadJose().then(({ importJWK }) => importJWK({ kty, n, e } as JWK, 'RS256'));
    imported.set(jwk, key);
  }
  return key;
}

/** Keys that may have signed a token with this kid: the one with that kid, or all when the token names none. */
export function candidates(keys: readonly PublicJwkInput[], kid: string | undefined): PublicJwkInput[] {
  return kid === undefined ? [...keys] : keys.filter((k) => k.kid === kid);
}

interface CacheEntry {
  keys: PublicJwkInput[];
  fetchedAt: number;
  lastRefetchAt: number | undefined;
  inflight: Promise<PublicJwkInput[]> | undefined;
}

const caches = new WeakMap<JwksClient, CacheEntry>();

async function fetchKeys(client: JwksClient): Promise<PublicJwkInput[]> {
  let answer: unknown;
  try {
    answer = await client.call('accounts.getJWTPublicKey', { V2: true });
  } catch (cause) {
    throw new GigyaIdTokenError(
      'jwks-unavailable',
      'The public keys could not be fetched with accounts.getJWTPublicKey; see the cause.',
      { cause },
    );
  }
  const keys = readJwks(answer);
  if (keys.length === 0)
    throw new GigyaIdTokenError('jwks-unavailable', 'accounts.getJWTPublicKey answered no RSA signing key.');
  return keys;
}

/** Fetches (or reuses) the client's keys; single-flight, so concurrent verifications share one call. */
async function load(client: JwksClient, entry: CacheEntry | undefined, nowMs: number): Promise<CacheEntry> {
  const current = entry ?? { keys: [], fetchedAt: 0, lastRefetchAt: undefined, inflight: undefined };
  if (!entry) caches.set(client, current);
  current.inflight ??= fetchKeys(client).finally(() => {
    current.inflight = undefined;
  });
  current.keys = await current.inflight;
  current.fetchedAt = nowMs;
  return current;
}

/**
 * The client's keys for a token's kid. Fetches when nothing is cached or the cache is older than
 * maxAge; refetches once when the kid is unknown and the cooldown allows it.
 */
export async function clientKeysFor(
  client: JwksClient,
  kid: string | undefined,
  nowMs: number,
  options: JwksCacheOptions = {},
): Promise<PublicJwkInput[]> {
  const maxAgeMs = (options.maxAgeSeconds ?? 3600) * 1000;
  const cooldownMs = (options.refetchCooldownSeconds ?? 30) * 1000;
  let entry = caches.get(client);
  if (!entry || entry.keys.length === 0 || nowMs - entry.fetchedAt > maxAgeMs) entry = await load(client, entry, nowMs);
  let found = candidates(entry.keys, kid);
  if (found.length === 0 && (entry.lastRefetchAt === undefined || nowMs - entry.lastRefetchAt >= cooldownMs)) {
    entry.lastRefetchAt = nowMs;
    entry = await load(client, entry, nowMs);
    found = candidates(entry.keys, kid);
  }
  return found;
}

/** Forgets the cached keys of a client (all clients when none is given is not possible with a WeakMap: pass one). */
export function clearJwksCache(client: JwksClient): void {
  caches.delete(client);
}
