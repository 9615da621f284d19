/**
 * RS256 JSON Web Tokens for Gigya's application-key bearer auth (`Authorization: Bearer <JWT>`):
 * header `{alg: 'RS256', typ: 'JWT', kid: <userKey>}`, claims `{iat, jti}`, base64url without
 * padding (as SAP's Java and PHP SDKs send; the .NET SDK's padded standard Base64 is a quirk we
 * do not copy). The emulator's verifier is src/emulator/jwt.ts.
 */
import { KeyObject, createPrivateKey, randomUUID, sign } from 'node:crypto';
import { GigyaConfigError } from '../errors.js';

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
  if (key.asymmetricKeyType !== 'rsa')
    throw keyError(`it is a ${key.asymmetricKeyType ?? 'non-RSA'} key, RS256 needs an RSA key`);
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
  if (typeof key !== 'string')
    throw keyError(`expected a PEM string or a KeyObject, got ${key === null ? 'null' : typeof key}`);
  let pem = key.trim();
  if (pem.length === 0) throw keyError('it is empty (is the environment variable that should hold it set?)');
  if (!pem.includes('\n') && pem.includes('\\n')) pem = pem.replace(/(?:\\r)?\\n/g, '\n');
  if (!pem.includes('-----BEGIN ')) throw keyError('it is not PEM text (no "-----BEGIN" line)');
  if (/-----BEGIN (RSA )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(pem))
    throw keyError('a public key or certificate was given, a private key is needed');
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,ENCRYPTED/.test(pem))
    throw keyError('the key is encrypted with a passphrase; decrypt it first or pass a KeyObject');
  let parsed: KeyObject;
  try {
    parsed = createPrivateKey({ key: pem, format: 'pem' });
  } catch (cause) {
    // Node's message carries no key material, but only its code is surfaced to be safe.
    const code =
      typeof cause === 'object' && cause !== null && typeof (cause as { code?: unknown }).code === 'string'
        ? (cause as { code: string }).code
        : undefined;
    throw keyError('the PEM could not be parsed', code);
  }
  return checkRsaPrivate(parsed);
}

function b64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** Signs `header.payload` with RSASSA-PKCS1-v1_5 / SHA-256 and returns the compact JWT. */
export function signJwtRs256(
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
  key: KeyObject,
): string {
  const input = `${b64urlJson(header)}.${b64urlJson(payload)}`;
  const signature = sign('sha256', Buffer.from(input, 'utf8'), key);
  return `${input}.${signature.toString('base64url')}`;
}

/**
 * The bearer token for an application key: header `{alg: 'RS256', typ: 'JWT', kid: userKey}`,
 * claims `{iat: nowSeconds, jti: <random UUID>}`, no `exp` (as the official SDKs).
 */
export function createBearerJwt(
  userKey: string,
  key: KeyObject,
  nowSeconds: number,
  jti: string = randomUUID(),
): string {
  return signJwtRs256({ alg: 'RS256', typ: 'JWT', kid: userKey }, { iat: Math.floor(nowSeconds), jti }, key);
}
