/**
 * Server-side auth checks, in Gigya's order: which site (400092/400093), then the credential:
 * OAuth token (403025), bearer JWT (400008), plain secret over HTTPS (403006/403010), or
 * HMAC signature (timestamp 403002, signature 403003, nonce 403004).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { diagnoseSignature, type OtherKey, type SignatureDiagnosis } from '../auth/diagnose.js';
import { buildSignatureBaseString, calcSignature, decodeSecret } from '../auth/signing.js';
import { apiDomainOf } from './datacenter.js';
import { apiError, type ApiOutcome } from './envelope.js';
import { GigyaJwtError, readJwtHeader, verifyJwtRs256 } from './jwt.js';
import type { ReplayCache } from './replay.js';
import type { EmulatorState, SiteState } from './state.js';
import type { EmulatorAuthMode } from './types.js';

export interface AuthInput {
  readonly httpMethod: string;
  readonly signedUrl: string;
  readonly secure: boolean;
  readonly params: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  readonly nowMs: number;
  readonly windowSeconds: number;
  readonly state: EmulatorState;
  readonly replay: ReplayCache;
  /** How long nonces are remembered, for the 403004 message. */
  readonly nonceTtlSeconds: number;
  /** Also accept a signature over the URL without its port (what SAP's .NET SDK signs). */
  readonly acceptSignatureWithoutPort: boolean;
}

function withoutPort(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.port === '') return undefined;
    parsed.port = '';
    return parsed.href;
  } catch {
    return undefined;
  }
}

export interface AuthOk {
  readonly ok: true;
  readonly mode: Exclude<EmulatorAuthMode, 'none'>;
  readonly site: SiteState;
  readonly userKey: string | undefined;
  /** Key that signed the request (site or user key secret): exchangeUIDSignature re-signs with it. */
  readonly signingKey: Buffer | undefined;
  /** The user an OAuth token acts for. */
  readonly tokenUid: string | undefined;
  readonly jti: string | undefined;
}

export interface AuthFailure {
  readonly ok: false;
  readonly outcome: ApiOutcome;
  readonly mode: EmulatorAuthMode;
  readonly jti?: string | undefined;
  /** For a 403003: what was expected, and the mistake that explains what was received. */
  readonly signature?: SignatureDiagnosis | undefined;
}

function fail(mode: EmulatorAuthMode, errorCode: number, details: string, jti?: string): AuthFailure {
  return { ok: false, mode, outcome: apiError(errorCode, details), jti };
}

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Compares two Base64 secrets by their bytes, in constant time. */
function secretsEqual(given: string, expected: Buffer): boolean {
  let bytes: Buffer;
  try {
    bytes = decodeSecret(given);
  } catch {
    return false;
  }
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}

/** The JWT header as verifyJwtRs256 reads it (both Base64 alphabets), or undefined when unreadable. */
function jwtHeaderOf(token: string): Record<string, unknown> | undefined {
  try {
    return readJwtHeader(token);
  } catch (error) {
    if (error instanceof GigyaJwtError) return undefined;
    throw error;
  }
}

function siteFromApiKey(input: AuthInput, mode: EmulatorAuthMode): SiteState | AuthFailure | undefined {
  const apiKey = input.params['apiKey'];
  if (apiKey === undefined || apiKey === '') return undefined;
  return input.state.site(apiKey) ?? fail(mode, 400093, `No site with this apiKey.`);
}

function isFailure(value: unknown): value is AuthFailure {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}

function verifyOauth(input: AuthInput, token: string): AuthOk | AuthFailure {
  if (!input.secure) return fail('oauth', 403025, 'OAuth access tokens must be sent over HTTPS.');
  const site = siteFromApiKey(input, 'oauth');
  if (isFailure(site)) return site;
  const found = input.state.findToken(token, site);
  if (!found) return fail('oauth', 403025, 'The oauth_token is unknown or was revoked.');
  const { expiresAt } = found.record;
  if (expiresAt !== undefined && expiresAt * 1000 <= input.nowMs)
    return fail('oauth', 403025, 'The oauth_token has expired.');
  return {
    ok: true,
    mode: 'oauth',
    site: found.site,
    userKey: undefined,
    signingKey: undefined,
    tokenUid: found.record.uid,
    jti: undefined,
  };
}

function verifyBearer(input: AuthInput, token: string): AuthOk | AuthFailure {
  const header = jwtHeaderOf(token);
  if (!header) return fail('bearer', 400008, 'The bearer token is not a JWT.');
  const kid = header['kid'];
  if (typeof kid !== 'string' || kid === '')
    return fail('bearer', 400008, 'The JWT header has no "kid" (the userKey).');
  const site = siteFromApiKey(input, 'bearer');
  if (isFailure(site)) return site;
  const found = input.state.findUserKey(kid, site);
  if (!found?.key.publicKey) return fail('bearer', 400008, 'No public key is registered for the userKey in "kid".');
  let jti: string | undefined;
  try {
    const { payload } = verifyJwtRs256(token, found.key.publicKey, {
      now: input.nowMs / 1000,
      maxAgeSeconds: input.windowSeconds,
    });
    jti = typeof payload.jti === 'string' && payload.jti !== '' ? payload.jti : undefined;
  } catch (error) {
    const why = error instanceof GigyaJwtError ? error.message : 'the token could not be verified.';
    return fail('bearer', 400008, why);
  }
  if (jti === undefined) return fail('bearer', 400008, 'The JWT has no "jti" claim.');
  if (input.replay.checkAndRemember(`jwt\u0000${kid}\u0000${jti}`, input.nowMs)) {
    return fail('bearer', 400008, 'This JWT (its "jti") was already used. Create a new token per request.', jti);
  }
  return { ok: true, mode: 'bearer', site: found.site, userKey: kid, signingKey: undefined, tokenUid: undefined, jti };
}

/** The auth mode a request claims (before any check), for the request record. */
export function claimedAuthMode(
  params: Readonly<Record<string, string>>,
  headers: IncomingHttpHeaders,
): EmulatorAuthMode {
  const authorization = headerText(headers['authorization'])?.trim().toLowerCase();
  if (authorization?.startsWith('bearer ')) return 'bearer';
  if (authorization?.startsWith('oauth ') || (params['oauth_token'] ?? '') !== '') return 'oauth';
  if (params['secret'] !== undefined) return 'secret';
  if (params['sig'] !== undefined) return 'signed';
  if (params['apiKey'] || params['userKey']) return 'anonymous';
  return 'none';
}

export function authenticate(input: AuthInput): AuthOk | AuthFailure {
  const authorization = headerText(input.headers['authorization']);
  if (authorization !== undefined && authorization.trim() !== '') return verifyAuthorization(input, authorization);
  const oauthToken = input.params['oauth_token'];
  if (oauthToken !== undefined && oauthToken !== '') return verifyOauth(input, oauthToken);
  return verifyKeyed(input);
}

/** `Authorization: Bearer <JWT>` or `Authorization: OAuth <token>`. */
function verifyAuthorization(input: AuthInput, authorization: string): AuthOk | AuthFailure {
  const match = /^(\w+)\s+(\S+)\s*$/.exec(authorization.trim());
  const scheme = match?.[1]?.toLowerCase();
  if (match && scheme === 'bearer') return verifyBearer(input, match[2] as string);
  if (match && scheme === 'oauth') return verifyOauth(input, match[2] as string);
  return fail('none', 400008, 'Use "Authorization: Bearer <JWT>" (or "OAuth <token>").');
}

/** The site, and the userKey's secret when a userKey is given, named by `apiKey` and `userKey`. */
interface Keys {
  readonly site: SiteState;
  readonly apiKey: string | undefined;
  readonly userKey: string | undefined;
  readonly keySecret: Buffer | undefined;
  /** The userKey secret's Base64 text, for the signature diagnosis. */
  readonly keySecretText: string | undefined;
}

/** Requests identified by apiKey and/or userKey: a secret param, a signature, or the apiKey alone. */
function verifyKeyed(input: AuthInput): AuthOk | AuthFailure {
  const { secret, sig } = input.params;
  const mode: EmulatorAuthMode = secret !== undefined ? 'secret' : sig !== undefined ? 'signed' : 'anonymous';
  const keys = findKeys(input, mode);
  if (isFailure(keys)) return keys;
  if (secret !== undefined) return verifySecret(input, keys, secret);
  if (sig !== undefined) return verifySignature(input, keys, sig);
  return {
    ok: true,
    mode: 'anonymous',
    site: keys.site,
    userKey: keys.userKey,
    signingKey: undefined,
    tokenUid: undefined,
    jti: undefined,
  };
}

function findKeys(input: AuthInput, mode: EmulatorAuthMode): Keys | AuthFailure {
  const apiKey = input.params['apiKey'] || undefined;
  const userKey = input.params['userKey'] || undefined;
  const noKey = 'Pass apiKey (or a userKey, oauth_token or bearer token).';
  if (apiKey === undefined && userKey === undefined) return fail(mode, 400092, noKey);
  let site: SiteState | undefined;
  if (apiKey !== undefined) {
    site = input.state.site(apiKey);
    if (!site) return fail(mode, 400093, 'No site with this apiKey.');
  }
  let keySecret: Buffer | undefined;
  let keySecretText: string | undefined;
  if (userKey !== undefined) {
    const found = input.state.findUserKey(userKey, site);
    if (!found) return fail(mode, 403005, 'The userKey is not known for this site.');
    site = found.site;
    keySecret = found.key.secretKey;
    keySecretText = found.key.secret;
  }
  if (!site) return fail(mode, 400092, noKey);
  return { site, apiKey, userKey, keySecret, keySecretText };
}

/** The secret itself as a param: HTTPS only (403006), and it must match (403010). */
function verifySecret(input: AuthInput, keys: Keys, secret: string): AuthOk | AuthFailure {
  const { site, userKey } = keys;
  if (!input.secure)
    return fail(
      'secret',
      403006,
      'A secret may only be sent over HTTPS. Sign the request instead (timestamp, nonce, sig) or use https.',
    );
  const expected = userKey !== undefined ? keys.keySecret : site.secretKey;
  if (expected === undefined || !secretsEqual(secret, expected))
    return fail('secret', 403010, `The secret does not match the ${userKey !== undefined ? 'userKey.' : 'site.'}`);
  return { ok: true, mode: 'secret', site, userKey, signingKey: expected, tokenUid: undefined, jti: undefined };
}

/**
 * HMAC-signed: timestamp and nonce present (400002), timestamp in the window (403002), signature (403003), nonce unused
 * (403004).
 */
function verifySignature(input: AuthInput, keys: Keys, sig: string): AuthOk | AuthFailure {
  const { site, apiKey, userKey } = keys;
  const { timestamp, nonce } = input.params;
  const stale = checkTimestamp(input, timestamp, nonce);
  if (stale) return stale;
  const key = userKey !== undefined ? keys.keySecret : site.secretKey;
  if (key === undefined)
    return fail('signed', 403003, 'This userKey has no secret to sign with (it is registered for bearer tokens).');
  const nonceKey = `nonce\u0000${apiKey ?? ''}\u0000${userKey ?? ''}\u0000${nonce as string}`;
  if (!signatureValid(input, key, sig)) {
    // The nonce stays unspent: a forged request must not use up the nonce of a genuine one.
    const names = Object.keys(input.params)
      .filter((n) => n !== 'sig')
      .sort();
    const signature = diagnoseSignature({
      httpMethod: input.httpMethod,
      url: input.signedUrl,
      params: input.params,
      received: sig,
      key: {
        name: userKey !== undefined ? 'userKey secret' : 'site secret',
        key,
        text: keys.keySecretText ?? (userKey === undefined ? site.secret : undefined),
      },
      otherKeys: otherKeysOf(keys),
      otherHosts: gigyaHostOf(input.signedUrl, site),
    });
    return {
      ...fail(
        'signed',
        403003,
        `Expected a signature of ${input.httpMethod.toUpperCase()} ${input.signedUrl} with params` +
          ` ${names.join(', ')}, signed with the ${userKey !== undefined ? 'userKey' : 'site'} secret.` +
          ` ${signature.summary}`,
      ),
      signature,
    };
  }
  if (input.replay.checkAndRemember(nonceKey, input.nowMs)) {
    return fail(
      'signed',
      403004,
      `This nonce was already used in the last ${Math.round(input.nonceTtlSeconds / 60)} minutes. Use a fresh nonce ` +
        `for every request, retries included.`,
    );
  }
  return { ok: true, mode: 'signed', site, userKey, signingKey: key, tokenUid: undefined, jti: undefined };
}

function checkTimestamp(
  input: AuthInput,
  timestamp: string | undefined,
  nonce: string | undefined,
): AuthFailure | undefined {
  if (timestamp === undefined || timestamp === '')
    return fail(
      'signed',
      400002,
      'Missing required parameter: timestamp (signed requests carry timestamp, nonce and sig).',
    );
  if (nonce === undefined || nonce === '')
    return fail(
      'signed',
      400002,
      'Missing required parameter: nonce (signed requests carry timestamp, nonce and sig).',
    );
  if (!/^-?\d{1,15}$/.test(timestamp))
    return fail('signed', 400006, 'Invalid parameter value: timestamp must be Unix time in whole seconds.');
  const skew = Number(timestamp) - Math.floor(input.nowMs / 1000);
  if (Math.abs(skew) <= input.windowSeconds) return undefined;
  return fail(
    'signed',
    403002,
    `Timestamp is ${Math.abs(skew)} s ${skew < 0 ? 'behind' : 'ahead of'} the server time ` +
      `(allowed: ${input.windowSeconds} s). The server time is in the "time" field and the Date ` +
      `header.${unitHint(timestamp, input)}`,
  );
}

/** A timestamp in milliseconds (`Date.now()`) is the usual cause of a skew of decades. */
function unitHint(timestamp: string, input: AuthInput): string {
  const seconds = Number(timestamp) / 1000;
  if (Math.abs(seconds - input.nowMs / 1000) > input.windowSeconds) return '';
  return ' Diagnosis: the timestamp is in milliseconds; Gigya wants whole seconds (Math.floor(Date.now() / 1000)).';
}

/** Over the signed URL, or, when allowed, over the same URL without its port (what SAP's .NET SDK signs). */
function signatureValid(input: AuthInput, key: Buffer, sig: string): boolean {
  const over = (url: string): boolean =>
    sameSignature(calcSignature(buildSignatureBaseString(input.httpMethod, url, input.params), key), sig);
  if (over(input.signedUrl)) return true;
  const portless = input.acceptSignatureWithoutPort ? withoutPort(input.signedUrl) : undefined;
  return portless !== undefined && over(portless);
}

/**
 * `expected === received`, in time that does not depend on where they differ. `expected` is
 * Base64, so this is also what signatureMatches decides, without two buffers per request.
 */
function sameSignature(expected: string, received: string): boolean {
  if (expected.length !== received.length) return false;
  let difference = 0;
  for (let i = 0; i < expected.length; i++) difference |= expected.charCodeAt(i) ^ received.charCodeAt(i);
  return difference === 0;
}

/** Most userKeys of a site tried as the key a request was signed with by mistake. */
const MAX_OTHER_KEYS = 10;

/** The keys a request may have been signed with by mistake: the site secret for a userKey, a userKey for the site. */
function otherKeysOf({ site, userKey }: Keys): OtherKey[] {
  if (userKey !== undefined)
    return [
      {
        name: 'site secret',
        key: site.secretKey,
        fix:
          `the request carries userKey ${userKey}, so it must be signed with that key's secret (or send no ` +
          `userKey).`,
      },
    ];
  const out: OtherKey[] = [];
  for (const [name, record] of site.userKeys) {
    if (record.secretKey === undefined) continue;
    out.push({
      name: `secret of userKey ${name}`,
      key: record.secretKey,
      fix: `send userKey=${name} with the request, or sign with the site secret.`,
    });
    if (out.length >= MAX_OTHER_KEYS) break;
  }
  return out;
}

/** The Gigya host a client of this site would sign for the method (`accounts.us1.gigya.com`). */
function gigyaHostOf(signedUrl: string, site: SiteState): string[] {
  let path: string;
  try {
    path = new URL(signedUrl).pathname;
  } catch {
    return [];
  }
  const namespace = /^\/([A-Za-z]+)\./.exec(path)?.[1];
  return namespace === undefined ? [] : [`${namespace.toLowerCase()}.${apiDomainOf(site.dataCenter)}`];
}
