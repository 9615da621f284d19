/**
 * verifyIdToken: checks an id_token from accounts.getJWT (or a login's include=id_token) and
 * returns its claims, or throws a GigyaIdTokenError naming the problem.
 *
 * What is checked, in order: a compact JWS whose header says RS256; a published key with its
 * `kid` (one refetch through the client when the kid is unknown, for rotations); the signature
 * (jose does the cryptography); `exp`, `nbf` and `iat` against the clock with a tolerance (120 s by
 * default, the grace SAP's Java SDK gives); `iss` = `https://fidm.gigya.com/jwt/<apiKey>/`; `apiKey`
 * (when the token carries it, as REST-issued ones do) = the expected apiKey; `aud` when asked for.
 */
import type { JWTPayload, ProtectedHeaderParameters } from 'jose';
import { GigyaConfigError } from '../errors.js';
import { GigyaIdTokenError, type IdTokenProblem } from './errors.js';
import {
  candidates,
  clientKeysFor,
  importKey,
  loadJose,
  readJwks,
  type JwksCacheOptions,
  type JwksClient,
  type JwksInput,
  type PublicJwkInput,
} from './jwks.js';

/** The claims Gigya puts in an id_token, plus any requested profile/data fields. */
export interface GigyaIdTokenClaims {
  readonly iss: string;
  /** The user's UID. */
  readonly sub: string;
  readonly apiKey?: string;
  readonly iat: number;
  readonly exp: number;
  readonly nbf?: number;
  readonly aud?: string | readonly string[];
  readonly [claim: string]: unknown;
}

export type VerifyClock = Date | number | (() => number);

export interface VerifyIdTokenOptions extends JwksCacheOptions {
  /** The site the token must come from. */
  readonly apiKey: string;
  /** Public keys as getJWTPublicKey publishes them (JWKS with V2=true, or one JWK). */
  readonly jwks?: JwksInput;
  /** Fetches the keys with accounts.getJWTPublicKey (V2=true) and caches them; used when `jwks` is not given. */
  readonly client?: JwksClient;
  /** Seconds of clock skew accepted on exp, nbf and iat. Default 120. */
  readonly clockToleranceSeconds?: number;
  /** The current time (a Date, ms since the epoch, or a function returning ms). Default now. */
  readonly now?: VerifyClock;
  /** Expected `aud`, when the token was issued with an audience. */
  readonly audience?: string | readonly string[];
  /** Accepted issuers. Default `https://fidm.gigya.com/jwt/<apiKey>/`. */
  readonly issuer?: string | readonly string[];
}

export function gigyaIssuer(apiKey: string): string {
  return `https://fidm.gigya.com/jwt/${apiKey}/`;
}

export function nowMs(now: VerifyClock | undefined): number {
  if (now === undefined) return Date.now();
  if (typeof now === 'function') return now();
  return typeof now === 'number' ? now : now.getTime();
}

function fail(problem: IdTokenProblem, message: string, kid?: string, cause?: unknown): GigyaIdTokenError {
  return new GigyaIdTokenError(problem, message, { kid, ...(cause === undefined ? {} : { cause }) });
}

export interface JwtCheck {
  readonly nowMs: number;
  readonly toleranceSeconds: number;
  /** The keys that may have signed a token with this kid (empty: none). */
  readonly keysFor: (kid: string | undefined) => Promise<PublicJwkInput[]>;
  readonly issuers: readonly string[];
  readonly apiKey: string;
  readonly audience?: string | readonly string[] | undefined;
  /** What the token is, for messages ("id_token", "webhook JWT"). */
  readonly what: string;
}

const CODES = {
  expired: 'ERR_JWT_EXPIRED',
  claim: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
  signature: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  alg: 'ERR_JOSE_ALG_NOT_ALLOWED',
} as const;

/** Verifies a Gigya-signed RS256 JWT (id_token or webhook JWT) and returns its header and payload. */
export async function checkGigyaJwt(
  token: unknown,
  check: JwtCheck,
): Promise<{ payload: JWTPayload; kid: string | undefined }> {
  const { what } = check;
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token.trim())) {
    throw fail('malformed', `The ${what} is not a compact JWT (three base64url parts separated by dots).`);
  }
  const { decodeProtectedHeader, jwtVerify } = await loadJose();
  let header: ProtectedHeaderParameters;
  try {
    header = decodeProtectedHeader(token.trim());
  } catch (cause) {
    throw fail('malformed', `The ${what} header cannot be read as JSON.`, undefined, cause);
  }
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  if (header.alg !== 'RS256')
    throw fail(
      'unsupported-alg',
      `The ${what} is signed with ${JSON.stringify(header.alg ?? null)}; Gigya signs with RS256 only.`,
      kid,
    );
  const keys = await check.keysFor(kid);
  if (keys.length === 0) {
    throw fail(
      'unknown-kid',
      `No published key has the ${what}'s kid; it was not signed by this site, or with a key it no longer publishes.`,
      kid,
    );
  }
  const tolerance = Math.max(0, check.toleranceSeconds);
  let lastSignatureError: unknown;
  for (const jwk of keys) {
    let key: Awaited<ReturnType<typeof importKey>>;
    try {
      key = await importKey(jwk);
    } catch (cause) {
      throw fail('jwks-unavailable', 'A published key cannot be imported as an RSA public key.', kid, cause);
    }
    try {
      const { payload } = await jwtVerify(token.trim(), key, {
        algorithms: ['RS256'],
        clockTolerance: tolerance,
        currentDate: new Date(check.nowMs),
        requiredClaims: ['exp', 'iat'],
        ...(check.audience === undefined ? {} : { audience: check.audience as string | string[] }),
      });
      checkClaims(payload, check, kid);
      return { payload, kid };
    } catch (error) {
      if (error instanceof GigyaIdTokenError) throw error;
      const code = (error as { code?: unknown }).code;
      if (code === CODES.signature) {
        lastSignatureError = error;
        continue;
      }
      throw mapJoseError(error, what, kid);
    }
  }
  throw fail(
    'bad-signature',
    `The ${what} signature does not verify with the site's published key: it was changed or signed by someone else.`,
    kid,
    lastSignatureError,
  );
}

function mapJoseError(error: unknown, what: string, kid: string | undefined): GigyaIdTokenError {
  const e = error as { code?: unknown; claim?: unknown; reason?: unknown };
  if (e.code === CODES.expired)
    return fail(
      'expired',
      `The ${what} has expired (its exp is past, beyond the clock tolerance). Get a new one.`,
      kid,
      error,
    );
  if (e.code === CODES.alg) return fail('unsupported-alg', `The ${what} is not signed with RS256.`, kid, error);
  if (e.code === CODES.claim) {
    if (e.reason === 'missing')
      return fail('missing-claim', `The ${what} lacks its "${String(e.claim)}" claim.`, kid, error);
    if (e.claim === 'nbf')
      return fail(
        'not-yet-valid',
        `The ${what} is not valid yet (nbf is in the future, beyond the clock tolerance). Check the clock.`,
        kid,
        error,
      );
    if (e.claim === 'aud') return fail('wrong-audience', `The ${what} was issued for another audience.`, kid, error);
    return fail('missing-claim', `The ${what}'s "${String(e.claim)}" claim is not valid.`, kid, error);
  }
  return fail('malformed', `The ${what} cannot be read as a JWT.`, kid, error);
}

function checkClaims(payload: JWTPayload, check: JwtCheck, kid: string | undefined): void {
  const { what } = check;
  const now = check.nowMs / 1000;
  if (typeof payload.iat === 'number' && payload.iat > now + Math.max(0, check.toleranceSeconds)) {
    throw fail(
      'not-yet-valid',
      `The ${what} was issued in the future (iat), beyond the clock tolerance. Check the clock.`,
      kid,
    );
  }
  if (typeof payload.iss !== 'string' || !check.issuers.includes(payload.iss)) {
    throw fail(
      'wrong-issuer',
      `The ${what} was not issued for site ${check.apiKey} (its iss names another issuer).`,
      kid,
    );
  }
  const claimed = (payload as { apiKey?: unknown }).apiKey;
  if (claimed !== undefined && claimed !== check.apiKey)
    throw fail('wrong-api-key', `The ${what} belongs to another site than ${check.apiKey} (apiKey claim).`, kid);
}

export function keysResolver(
  options: { jwks?: JwksInput | undefined; client?: JwksClient | undefined } & JwksCacheOptions,
  now: number,
  where: string,
): (kid: string | undefined) => Promise<PublicJwkInput[]> {
  if (options.jwks !== undefined && options.client !== undefined)
    throw new GigyaConfigError(`${where}: pass jwks or client, not both.`);
  if (options.jwks !== undefined) {
    const keys = readJwks(options.jwks);
    if (keys.length === 0)
      throw new GigyaConfigError(
        `${where}: jwks holds no RSA signing key; pass getJWTPublicKey's answer ({ keys: [...] } or one JWK).`,
      );
    return async (kid) => candidates(keys, kid);
  }
  if (options.client !== undefined) {
    if (typeof options.client.call !== 'function')
      throw new GigyaConfigError(`${where}: client must have a call(method, params) function (a gigya-typed client).`);
    const client = options.client;
    return (kid) => clientKeysFor(client, kid, now, options);
  }
  throw new GigyaConfigError(`${where}: pass jwks (getJWTPublicKey's answer) or a client to fetch it with.`);
}

/**
 * Verifies an id_token of the site `apiKey` and returns its claims.
 *
 * @throws GigyaIdTokenError with `problem` set when the token is refused.
 * @throws GigyaConfigError when the options cannot work (no apiKey, no keys).
 */
export async function verifyIdToken<T extends Record<string, unknown> = Record<string, unknown>>(
  token: string,
  options: VerifyIdTokenOptions,
): Promise<GigyaIdTokenClaims & T> {
  if (typeof options?.apiKey !== 'string' || options.apiKey === '')
    throw new GigyaConfigError('verifyIdToken: apiKey (the site the token must come from) is required.');
  const now = nowMs(options.now);
  const issuers =
    options.issuer === undefined
      ? [gigyaIssuer(options.apiKey)]
      : typeof options.issuer === 'string'
        ? [options.issuer]
        : [...options.issuer];
  const { payload } = await checkGigyaJwt(token, {
    nowMs: now,
    toleranceSeconds: options.clockToleranceSeconds ?? 120,
    keysFor: keysResolver(options, now, 'verifyIdToken'),
    issuers,
    apiKey: options.apiKey,
    audience: options.audience,
    what: 'id_token',
  });
  if (typeof payload.sub !== 'string' || payload.sub === '')
    throw fail('missing-claim', 'The id_token lacks its "sub" claim (the UID).');
  return payload as unknown as GigyaIdTokenClaims & T;
}
