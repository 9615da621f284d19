/**
 * RS256 JSON Web Tokens for Gigya's application-key bearer auth (`Authorization: Bearer <JWT>`):
 * header `{alg: 'RS256', typ: 'JWT', kid: <userKey>}`, claims `{iat, jti}`, base64url without
 * padding (as SAP's Java and PHP SDKs send; the .NET SDK's padded standard Base64 is a quirk we
 * do not copy). Also the verifier the emulator uses for those tokens.
 */
import { KeyObject, createPrivateKey, createPublicKey, randomUUID, sign, verify } from 'node:crypto';
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

export type JwtVerifyProblem = 'malformed' | 'unsupported-alg' | 'bad-signature' | 'expired' | 'not-yet-valid' | 'iat-out-of-window';

/** A JWT failed verification. The message says why; it never contains the token. */
export class GigyaJwtError extends GigyaError {
  static override readonly kind: string = 'GigyaJwtError';
  readonly problem: JwtVerifyProblem;
  constructor(problem: JwtVerifyProblem, message: string, options: GigyaErrorOptions = {}) {
    super(message, options);
    this.problem = problem;
  }
}

function keyError(reason: string, code?: string): GigyaConfigError {
  const why = code ? ` (${code})` : '';
  return new GigyaConfigError(
    `The privateKey cannot be used for RS256 bearer auth: ${reason}${why}. Pass the RSA private key of the ` +
      `application key (userKey) as a PEM string ("-----BEGIN PRIVATE KEY-----" PKCS#8 or ` +
      `"-----BEGIN RSA PRIVATE KEY-----" PKCS#1) or as a crypto KeyObject.`,
  );
}

function checkRsaPrivate(key: KeyObject): KeyObject {
  if (key.type !== 'private') throw keyError(`a ${key.type} key was given, a private key is needed`);
  if (key.asymmetricKeyType !== 'rsa') throw keyError(`it is a ${key.asymmetricKeyType ?? 'non-RSA'} key, RS256 needs an RSA key`);
  return key;
}

/**
 * Parses the application key's RSA private key once. Accepts PKCS#8 (`BEGIN PRIVATE KEY`) and
 * PKCS#1 (`BEGIN RSA PRIVATE KEY`) PEM, or a private `KeyObject`. A PEM whose line breaks arrived
 * as the two characters `\n` (common with environment variables) is repaired.
 *
 * @throws GigyaConfigError for anything else (public key, encrypted PEM, non-RSA key, garbage).
 *   The message never contains key material.
 */
export function parseRsaPrivateKey(key: string | KeyObject): KeyObject {
  if (key instanceof KeyObject) return checkRsaPrivate(key);
  if (typeof key !== 'string') throw keyError(`expected a PEM string or a KeyObject, got ${key === null ? 'null' : typeof key}`);
  let pem = key.trim();
  if (pem.length === 0) throw keyError('it is empty (is the environment variable that should hold it set?)');
  if (!pem.includes('\n') && pem.includes('\\n')) pem = pem.replace(/(?:\\r)?\\n/g, '\n');
  if (!pem.includes('-----BEGIN ')) throw keyError('it is not PEM text (no "-----BEGIN" line)');
  if (/-----BEGIN (RSA )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(pem)) throw keyError('a public key or certificate was given, a private key is needed');
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(pem)) throw keyError('the key is encrypted with a passphrase; decrypt it first or pass a KeyObject');
  let parsed: KeyObject;
  try {
    parsed = createPrivateKey({ key: pem, format: 'pem' });
  } catch (cause) {
    // Node's message carries no key material, but only its code is surfaced to be safe.
    const code = typeof cause === 'object' && cause !== null && typeof (cause as { code?: unknown }).code === 'string' ? (cause as { code: string }).code : undefined;
    throw keyError('the PEM could not be parsed', code);
  }
  return checkRsaPrivate(parsed);
}

function b64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** Signs `header.payload` with RSASSA-PKCS1-v1_5 / SHA-256 and returns the compact JWT. */
export function signJwtRs256(header: Record<string, unknown>, payload: Record<string, unknown>, key: KeyObject): string {
  const input = `${b64urlJson(header)}.${b64urlJson(payload)}`;
  const signature = sign('sha256', Buffer.from(input, 'utf8'), key);
  return `${input}.${signature.toString('base64url')}`;
}

/**
 * The bearer token for an application key: header `{alg: 'RS256', typ: 'JWT', kid: userKey}`,
 * claims `{iat: nowSeconds, jti: <random UUID>}`, no `exp` (as the official SDKs).
 */
export function createBearerJwt(userKey: string, key: KeyObject, nowSeconds: number, jti: string = randomUUID()): string {
  return signJwtRs256({ alg: 'RS256', typ: 'JWT', kid: userKey }, { iat: Math.floor(nowSeconds), jti }, key);
}

const B64URL = /^[A-Za-z0-9_-]+$/;

function malformed(what: string): GigyaJwtError {
  return new GigyaJwtError('malformed', `The JWT is malformed: ${what}. Send a compact RS256 JWT (three base64url parts separated by dots).`);
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

/** The decoded header of a compact JWT, before any verification (to find `kid`); throws GigyaJwtError when unreadable. */
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
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw malformed(`the ${name} is not a JSON object`);
  return value as Record<string, unknown>;
}

function toPublicKey(key: string | KeyObject): KeyObject {
  let pub: KeyObject;
  try {
    // createPublicKey also accepts a private key (PEM or KeyObject) and certificates.
    pub = key instanceof KeyObject && key.type === 'public' ? key : createPublicKey(key);
  } catch {
    throw new GigyaConfigError('The key given to verify the JWT could not be read. Pass an RSA public key (PEM or KeyObject), or the matching private key.');
  }
  if (pub.asymmetricKeyType !== 'rsa') {
    throw new GigyaConfigError(`The key given to verify the JWT is a ${pub.asymmetricKeyType ?? 'non-RSA'} key; RS256 needs an RSA key.`);
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
export function verifyJwtRs256(token: string, publicKey: string | KeyObject, opts: VerifyJwtOptions = {}): { header: JwtHeader; payload: JwtPayload } {
  const key = toPublicKey(publicKey);
  if (typeof token !== 'string') throw malformed('it is not a string');
  const parts = token.split('.');
  if (parts.length !== 3) throw malformed(`it has ${parts.length} part(s) instead of 3`);
  const [h, p, s] = parts as [string, string, string];
  const header = decodeJsonObject(h, 'header');
  if (header['alg'] !== 'RS256') {
    throw new GigyaJwtError('unsupported-alg', `The JWT header says alg ${JSON.stringify(header['alg'] ?? null)}; only RS256 is accepted.`);
  }
  if (header['typ'] !== undefined && (typeof header['typ'] !== 'string' || header['typ'].toUpperCase() !== 'JWT')) {
    throw malformed('the header "typ" is not "JWT"');
  }
  const signature = decodePart(s, 'signature');
  if (!verify('sha256', Buffer.from(`${h}.${p}`, 'utf8'), key, signature)) {
    throw new GigyaJwtError('bad-signature', 'The JWT signature does not match the key. Sign it with the private key of the application key named in "kid".');
  }
  const payload = decodeJsonObject(p, 'payload');
  const now = opts.now ?? Date.now() / 1000;
  const exp = numericClaim(payload, 'exp');
  if (exp !== undefined && now > exp) throw new GigyaJwtError('expired', 'The JWT has expired (its "exp" claim is in the past). Create a new token.');
  const nbf = numericClaim(payload, 'nbf');
  if (nbf !== undefined && now < nbf) throw new GigyaJwtError('not-yet-valid', 'The JWT is not valid yet (its "nbf" claim is in the future). Check the clock.');
  const iat = numericClaim(payload, 'iat');
  if (opts.maxAgeSeconds !== undefined) {
    if (iat === undefined) throw malformed('the "iat" claim is missing');
    if (Math.abs(now - iat) > opts.maxAgeSeconds) {
      throw new GigyaJwtError(
        'iat-out-of-window',
        `The JWT "iat" claim is more than ${opts.maxAgeSeconds} s away from the current time. Create a fresh token per request and check the clock.`,
      );
    }
  }
  return { header: header as JwtHeader, payload: payload as JwtPayload };
}
