/**
 * The emulator's verifier of RS256 bearer JWTs (the client only signs them, in src/auth/jwt.ts).
 * It reads both Base64 alphabets, since the signature covers the text as sent.
 */
import { KeyObject, createPublicKey, verify } from 'node:crypto';
import { GigyaConfigError, GigyaError } from '../errors.js';
import type { GigyaErrorOptions } from '../errors.js';

export interface JwtHeader {
  readonly alg: string;
  readonly typ?: string;
  readonly kid?: string;
  readonly [name: string]: unknown;
}

export interface JwtPayload {
  readonly iat?: number;
  readonly jti?: string;
  readonly exp?: number;
  readonly nbf?: number;
  readonly [name: string]: unknown;
}

export type JwtVerifyProblem =
  | 'malformed'
  | 'unsupported-alg'
  | 'bad-signature'
  | 'expired'
  | 'not-yet-valid'
  | 'iat-out-of-window';

/** A JWT failed verification. The message says why; it never contains the token. */
export class GigyaJwtError extends GigyaError {
  static override readonly kind: string = 'GigyaJwtError';
  readonly problem: JwtVerifyProblem;
  constructor(problem: JwtVerifyProblem, message: string, options: GigyaErrorOptions = {}) {
    super(message, options);
    this.problem = problem;
  }
}

const B64URL = /^[A-Za-z0-9_-]+$/;

function malformed(what: string): GigyaJwtError {
  return new GigyaJwtError(
    'malformed',
    `The JWT is malformed: ${what}. Send a compact RS256 JWT (three base64url parts separated by dots).`,
  );
}

/**
 * base64url as RFC 7515 says, or standard Base64 with padding as SAP's .NET SDK sends it: the
 * signature covers the text as sent, so the alphabet changes nothing about what is verified.
 */
function decodePart(part: string, name: string): Buffer {
  const url = B64URL.test(part) && part.length % 4 !== 1;
  const standard = /^[A-Za-z0-9+/]+={0,2}$/.test(part) && part.length % 4 === 0;
  if (!url && !standard) throw malformed(`the ${name} is neither base64url nor Base64`);
  return Buffer.from(part, url ? 'base64url' : 'base64');
}

/**
 * The decoded header of a compact JWT, before any verification (to find `kid`); throws GigyaJwtError when unreadable.
 */
export function readJwtHeader(token: string): Record<string, unknown> {
  return decodeJsonObject(token.split('.')[0] ?? '', 'header');
}

function decodeJsonObject(part: string, name: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(decodePart(part, name).toString('utf8'));
  } catch (cause) {
    if (cause instanceof GigyaJwtError) throw cause;
    throw malformed(`the ${name} is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw malformed(`the ${name} is not a JSON object`);
  return value as Record<string, unknown>;
}

function toPublicKey(key: string | KeyObject): KeyObject {
  let pub: KeyObject;
  try {
    // createPublicKey also accepts a private key (PEM or KeyObject) and certificates.
    pub = key instanceof KeyObject && key.type === 'public' ? key : createPublicKey(key);
  } catch {
    throw new GigyaConfigError(
      'The key given to verify the JWT could not be read. Pass an RSA public key (PEM or KeyObject), or the ' +
        'matching private key.',
    );
  }
  if (pub.asymmetricKeyType !== 'rsa') {
    throw new GigyaConfigError(
      `The key given to verify the JWT is a ${pub.asymmetricKeyType ?? 'non-RSA'} key; RS256 needs an RSA key.`,
    );
  }
  return pub;
}

function numericClaim(payload: Record<string, unknown>, name: string): number | undefined {
  const v = payload[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) throw malformed(`the "${name}" claim is not a number`);
  return v;
}

export interface VerifyJwtOptions {
  /** Current time in Unix seconds. Default `Date.now() / 1000`. */
  now?: number;
  /**
   * When set, `iat` is required and must satisfy `|now - iat| <= maxAgeSeconds` (both directions,
   * so small clock skew is tolerated). When not set, `iat` is not checked.
   */
  maxAgeSeconds?: number;
}

/**
 * Verifies a compact RS256 JWT and returns its decoded header and payload.
 *
 * Checks, in order: three base64url parts; header is a JSON object with `alg: 'RS256'` (anything
 * else, including `none`, is refused) and `typ` absent or `JWT`; the RSA-SHA256 signature; payload
 * is a JSON object; `exp` (if present) not passed; `nbf` (if present) reached; `iat` within
 * `maxAgeSeconds` when that option is given.
 *
 * @param publicKey - RSA public key (PEM, KeyObject), or the private key (its public half is used).
 * @throws GigyaJwtError with `problem` set when the token does not verify.
 * @throws GigyaConfigError when `publicKey` is not a usable RSA key.
 */
export function verifyJwtRs256(
  token: string,
  publicKey: string | KeyObject,
  opts: VerifyJwtOptions = {},
): { header: JwtHeader; payload: JwtPayload } {
  const key = toPublicKey(publicKey);
  if (typeof token !== 'string') throw malformed('it is not a string');
  const parts = token.split('.');
  if (parts.length !== 3) throw malformed(`it has ${parts.length} part(s) instead of 3`);
  const [h, p, s] = parts as [string, string, string];
  const header = decodeJsonObject(h, 'header');
  if (header['alg'] !== 'RS256') {
    throw new GigyaJwtError(
      'unsupported-alg',
      `The JWT header says alg ${JSON.stringify(header['alg'] ?? null)}; only RS256 is accepted.`,
    );
  }
  if (header['typ'] !== undefined && (typeof header['typ'] !== 'string' || header['typ'].toUpperCase() !== 'JWT')) {
    throw malformed('the header "typ" is not "JWT"');
  }
  const signature = decodePart(s, 'signature');
  if (!verify('sha256', Buffer.from(`${h}.${p}`, 'utf8'), key, signature)) {
    throw new GigyaJwtError(
      'bad-signature',
      'The JWT signature does not match the key. Sign it with the private key of the application key named in "kid".',
    );
  }
  const payload = decodeJsonObject(p, 'payload');
  const now = opts.now ?? Date.now() / 1000;
  const exp = numericClaim(payload, 'exp');
  if (exp !== undefined && now > exp)
    throw new GigyaJwtError('expired', 'The JWT has expired (its "exp" claim is in the past). Create a new token.');
  const nbf = numericClaim(payload, 'nbf');
  if (nbf !== undefined && now < nbf)
    throw new GigyaJwtError(
      'not-yet-valid',
      'The JWT is not valid yet (its "nbf" claim is in the future). Check the clock.',
    );
  const iat = numericClaim(payload, 'iat');
  if (opts.maxAgeSeconds !== undefined) {
    if (iat === undefined) throw malformed('the "iat" claim is missing');
    if (Math.abs(now - iat) > opts.maxAgeSeconds) {
      throw new GigyaJwtError(
        'iat-out-of-window',
        `The JWT "iat" claim is more than ${opts.maxAgeSeconds} s away from the current time. Create a fresh token ` +
          `per request and check the clock.`,
      );
    }
  }
  return { header: header as JwtHeader, payload: payload as JwtPayload };
}
