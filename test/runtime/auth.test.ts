import { createPublicKey, createVerify, generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { format, inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { resolveAuth } from '../../src/auth/strategies.js';
import type { AuthStrategy, SignContext } from '../../src/auth/strategies.js';
import { GigyaApiError, GigyaConfigError } from '../../src/errors.js';
import { createBearerJwt, parseRsaPrivateKey, signJwtRs256 } from '../../src/auth/jwt.js';
import { GigyaJwtError, verifyJwtRs256 } from '../../src/emulator/jwt.js';
import type { Credentials } from '../../src/options.js';
import { buildSignatureBaseString, calcSignature } from '../../src/auth/signing.js';

const API_KEY = '3_TestApiKey-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
const USER_KEY = 'AUserKeyAbc123';
const SECRET = 'EJgUJI386AUHo1aKqlZSJNQBeR/iQITGn+nezFQBDM8=';
const USER_SECRET = 'dGVzdC1jb25zdW1lci1zZWNyZXQmdGVzdC10b2tlbi1zZWNyZXQ=';
const OAUTH_TOKEN = 'st2.s.AcbHoUw7Ug.OAUTH-TOKEN-VALUE-xyz';
const NOW = 1700000000;

// Test keys are generated per run; nothing is stored in the repository.
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PKCS1_PEM = rsa.privateKey.export({ type: 'pkcs1', format: 'pem' }) as string;
const PKCS8_PEM = rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const PUBLIC_PEM = rsa.publicKey.export({ type: 'spki', format: 'pem' }) as string;
const otherRsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const EC_PEM = ec.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
const ENCRYPTED_PEM = rsa.privateKey.export({
  type: 'pkcs8',
  format: 'pem',
  cipher: 'aes-256-cbc',
  passphrase: 'pw',
}) as string;

/** A 40-character run from the middle of the key's Base64 body: if any output contains it, key material leaked. */
function keyFragment(pem: string): string {
  const body = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
  return body.slice(100, 140);
}

function ctx(
  url = 'https://socialize.us1.gigya.com/socialize.setStatus',
  nowSeconds = NOW,
  params: Record<string, string> = {},
): SignContext {
  return {
    httpMethod: 'POST',
    url: new URL(url),
    params: { uid: 'PUT-UID-HERE', status: 'I feel great', format: 'json', ...params },
    headers: {},
    nowSeconds,
  };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

/** Every way a strategy object could be printed or serialized. */
function renderings(strategy: AuthStrategy): string[] {
  const s = strategy as unknown as Record<string, unknown>;
  return [
    inspect(strategy, { showHidden: true, depth: Number.POSITIVE_INFINITY, getters: true }),
    inspect({ nested: { strategy } }, { depth: Number.POSITIVE_INFINITY }),
    format('%o %O %s %j', strategy, strategy, strategy, strategy),
    JSON.stringify(strategy),
    JSON.stringify({ strategy }),
    String(strategy),
    `${strategy as unknown as string}`,
    Object.keys(s).join(','),
    JSON.stringify(
      Object.getOwnPropertyNames(s).map((k) => [k, typeof s[k] === 'object' ? inspect(s[k]) : String(s[k])]),
    ),
    JSON.stringify({ ...s }),
  ];
}

describe('resolveAuth: mode selection', () => {
  const cases: [string, Credentials, AuthStrategy['mode'], string | undefined][] = [
    ['apiKey + secret', { apiKey: API_KEY, secret: SECRET }, 'signed', API_KEY],
    ['userKey + secret', { userKey: USER_KEY, secret: USER_SECRET }, 'signed', undefined],
    ['apiKey + userKey + secret', { apiKey: API_KEY, userKey: USER_KEY, secret: USER_SECRET }, 'signed', API_KEY],
    [
      'authMode secret',
      { apiKey: API_KEY, userKey: USER_KEY, secret: USER_SECRET, authMode: 'secret' },
      'secret',
      API_KEY,
    ],
    ['userKey + privateKey', { userKey: USER_KEY, privateKey: PKCS8_PEM }, 'bearer', undefined],
    ['apiKey + userKey + privateKey', { apiKey: API_KEY, userKey: USER_KEY, privateKey: PKCS1_PEM }, 'bearer', API_KEY],
    ['oauthToken', { oauthToken: OAUTH_TOKEN }, 'oauth', undefined],
    ['apiKey + oauthToken', { apiKey: API_KEY, oauthToken: OAUTH_TOKEN }, 'oauth', API_KEY],
    ['apiKey only', { apiKey: API_KEY }, 'anonymous', API_KEY],
    [
      'explicit authMode resolves secret + privateKey',
      { userKey: USER_KEY, secret: USER_SECRET, privateKey: PKCS8_PEM, authMode: 'bearer' },
      'bearer',
      undefined,
    ],
    [
      'explicit authMode resolves secret + oauthToken',
      { apiKey: API_KEY, secret: SECRET, oauthToken: OAUTH_TOKEN, authMode: 'oauth' },
      'oauth',
      API_KEY,
    ],
    [
      'explicit anonymous ignores a secret',
      { apiKey: API_KEY, secret: SECRET, authMode: 'anonymous' },
      'anonymous',
      API_KEY,
    ],
    [
      'undefined fields are absent',
      { apiKey: API_KEY, secret: SECRET, oauthToken: undefined as unknown as string },
      'signed',
      API_KEY,
    ],
  ];
  it.each(cases)('%s', (_name, credentials, mode, apiKey) => {
    const strategy = resolveAuth(credentials);
    expect(strategy.mode).toBe(mode);
    expect(strategy.apiKey).toBe(apiKey);
  });

  it('accepts the extra fields of ClientOptions', () => {
    const options = { apiKey: API_KEY, secret: SECRET, timeoutMs: 1000, dataCenter: 'eu1' };
    expect(resolveAuth(options).mode).toBe('signed');
  });
});

describe('resolveAuth: configuration errors', () => {
  const cases: [string, unknown, RegExp][] = [
    ['nothing', {}, /No credentials were given.*apiKey, secret/],
    ['null', null, /No credentials/],
    ['userKey alone', { userKey: USER_KEY }, /userKey but neither its secret nor its privateKey/],
    ['apiKey + userKey without secret', { apiKey: API_KEY, userKey: USER_KEY }, /userKey but neither/],
    ['secret alone', { secret: SECRET }, /needs an apiKey .* or a userKey/],
    ['privateKey without userKey', { apiKey: API_KEY, privateKey: PKCS8_PEM }, /needs Credentials.userKey/],
    [
      'secret + privateKey without authMode',
      { userKey: USER_KEY, secret: USER_SECRET, privateKey: PKCS8_PEM },
      /ambiguous: secret and privateKey.*authMode/,
    ],
    [
      'secret + oauthToken without authMode',
      { apiKey: API_KEY, secret: SECRET, oauthToken: OAUTH_TOKEN },
      /ambiguous: secret and oauthToken/,
    ],
    [
      'all three',
      { userKey: USER_KEY, secret: USER_SECRET, privateKey: PKCS8_PEM, oauthToken: OAUTH_TOKEN },
      /secret and privateKey and oauthToken/,
    ],
    [
      'unknown authMode',
      { apiKey: API_KEY, authMode: 'hmac' },
      /authMode must be one of 'signed', 'secret', 'bearer', 'oauth', 'anonymous'/,
    ],
    ['authMode signed without secret', { apiKey: API_KEY, authMode: 'signed' }, /'signed' needs Credentials.secret/],
    ['authMode secret without secret', { apiKey: API_KEY, authMode: 'secret' }, /'secret' needs Credentials.secret/],
    [
      'authMode bearer without privateKey',
      { userKey: USER_KEY, secret: USER_SECRET, authMode: 'bearer' },
      /'bearer' needs Credentials.privateKey/,
    ],
    [
      'authMode bearer without userKey',
      { privateKey: PKCS8_PEM, authMode: 'bearer' },
      /'bearer' needs Credentials.userKey/,
    ],
    ['authMode oauth without token', { apiKey: API_KEY, authMode: 'oauth' }, /'oauth' needs Credentials.oauthToken/],
    [
      'authMode anonymous without apiKey',
      { userKey: USER_KEY, secret: USER_SECRET, authMode: 'anonymous' },
      /'anonymous' needs Credentials.apiKey/,
    ],
    ['empty apiKey', { apiKey: '', secret: SECRET }, /apiKey is empty/],
    ['apiKey with a newline', { apiKey: `${API_KEY}\n`, secret: SECRET }, /apiKey contains whitespace/],
    ['non-string userKey', { userKey: 5, secret: SECRET }, /userKey must be a string/],
    ['bad secret', { apiKey: API_KEY, secret: 'not*base64' }, /secret is not valid Base64/],
    ['empty secret', { apiKey: API_KEY, secret: '' }, /secret is not valid Base64: it is empty/],
    ['bad secret in secret mode', { apiKey: API_KEY, secret: 'a b', authMode: 'secret' }, /not valid Base64/],
    ['non-string secret', { apiKey: API_KEY, secret: 123 }, /secret must be a string/],
    ['empty oauthToken', { oauthToken: '' }, /oauthToken is empty/],
    ['garbage private key', { userKey: USER_KEY, privateKey: 'hello' }, /not PEM text/],
  ];
  it.each(cases)('%s', (_name, credentials, message) => {
    const error = thrown(() => resolveAuth(credentials as Credentials));
    expect(error).toBeInstanceOf(GigyaConfigError);
    expect((error as Error).message).toMatch(message);
  });

  it('never names secret values in its messages', () => {
    const secretLike = 'SuperSecretValue!!NotBase64';
    for (const credentials of [
      { apiKey: API_KEY, secret: secretLike },
      { apiKey: API_KEY, secret: secretLike, oauthToken: OAUTH_TOKEN },
      { userKey: USER_KEY, privateKey: `-----BEGIN PRIVATE KEY-----\n${secretLike}\n-----END PRIVATE KEY-----` },
    ]) {
      const error = thrown(() => resolveAuth(credentials)) as Error;
      const text = `${error.message}\n${String(error.stack)}\n${inspect(error, { showHidden: true, depth: 10 })}`;
      expect(text).not.toContain('SuperSecretValue');
      expect(text).not.toContain(OAUTH_TOKEN);
    }
  });
});

describe('signed mode', () => {
  it('adds apiKey, timestamp (seconds), nonce and a sig that covers every other sent param', () => {
    const strategy = resolveAuth({ apiKey: API_KEY, secret: SECRET });
    const c = ctx();
    strategy.apply(c);
    expect(Object.keys(c.params).sort()).toEqual(['apiKey', 'format', 'nonce', 'sig', 'status', 'timestamp', 'uid']);
    expect(c.params['apiKey']).toBe(API_KEY);
    expect(c.params['timestamp']).toBe('1700000000');
    expect(c.params['nonce']).toMatch(/^\d+_[A-Za-z0-9_-]+$/);
    expect(c.params['userKey']).toBeUndefined();
    expect(c.headers).toEqual({});
    const { sig, ...rest } = c.params;
    expect(sig).toBe(calcSignature(buildSignatureBaseString('POST', c.url, rest), SECRET));
  });

  it('reproduces the worked example when given its nonce-free inputs', () => {
    // Same request as official-sdks.md §2, with the nonce swapped in after apply(): re-signing must give the documented
    // sig.
    const strategy = resolveAuth({ apiKey: API_KEY, secret: SECRET });
    const c = ctx('http://socialize.us1.gigya.com/socialize.setStatus', NOW, {
      httpStatusCodes: 'false',
      sdk: 'python_3.6.0',
    });
    strategy.apply(c);
    const params = { ...c.params, nonce: '1700000000123456' };
    expect(calcSignature(buildSignatureBaseString('POST', c.url, params), SECRET)).toBe('hsYB7OKxXyIjTwt6L4D5SHiAYCE=');
  });

  it('signs the URL actually used, port and scheme included', () => {
    const strategy = resolveAuth({ apiKey: API_KEY, secret: SECRET });
    const c = ctx('http://127.0.0.1:54321/socialize.setStatus');
    strategy.apply(c);
    const { sig, ...rest } = c.params;
    expect(sig).toBe(
      calcSignature(buildSignatureBaseString('POST', 'http://127.0.0.1:54321/socialize.setStatus', rest), SECRET),
    );
    expect(sig).not.toBe(
      calcSignature(buildSignatureBaseString('POST', 'http://127.0.0.1/socialize.setStatus', rest), SECRET),
    );
    expect(sig).not.toBe(
      calcSignature(buildSignatureBaseString('POST', 'https://127.0.0.1:54321/socialize.setStatus', rest), SECRET),
    );
  });

  it('with a userKey: sends userKey, signs with the user secret, apiKey optional', () => {
    const withoutApiKey = resolveAuth({ userKey: USER_KEY, secret: USER_SECRET });
    const c1 = ctx();
    withoutApiKey.apply(c1);
    expect(c1.params['userKey']).toBe(USER_KEY);
    expect(c1.params['apiKey']).toBeUndefined();
    const { sig: sig1, ...rest1 } = c1.params;
    expect(sig1).toBe(calcSignature(buildSignatureBaseString('POST', c1.url, rest1), USER_SECRET));
    expect(sig1).not.toBe(calcSignature(buildSignatureBaseString('POST', c1.url, rest1), SECRET));

    const withApiKey = resolveAuth({ apiKey: API_KEY, userKey: USER_KEY, secret: USER_SECRET });
    const c2 = ctx();
    withApiKey.apply(c2);
    expect(c2.params['apiKey']).toBe(API_KEY);
    expect(c2.params['userKey']).toBe(USER_KEY);
    const { sig: sig2, ...rest2 } = c2.params;
    expect(sig2).toBe(calcSignature(buildSignatureBaseString('POST', c2.url, rest2), USER_SECRET));
  });

  it('produces a fresh timestamp, nonce and sig on every apply, replacing stale ones', () => {
    const strategy = resolveAuth({ apiKey: API_KEY, secret: SECRET });
    const c = ctx(undefined, NOW, { sig: 'stale-sig', timestamp: '1', nonce: 'old-nonce' });
    strategy.apply(c);
    const first = { ...c.params };
    expect(first['timestamp']).toBe(String(NOW));
    expect(first['nonce']).not.toBe('old-nonce');
    expect(first['sig']).not.toBe('stale-sig');

    // A retry on the same params object (e.g. after 403002), one second later.
    c.nowSeconds = NOW + 1;
    strategy.apply(c);
    expect(c.params['timestamp']).toBe(String(NOW + 1));
    expect(c.params['nonce']).not.toBe(first['nonce']);
    expect(c.params['sig']).not.toBe(first['sig']);
    const { sig, ...rest } = c.params;
    expect(sig).toBe(calcSignature(buildSignatureBaseString('POST', c.url, rest), SECRET));

    // Even in the same second, the nonce (and so the sig) changes.
    const again = ctx();
    strategy.apply(again);
    const other = ctx();
    strategy.apply(other);
    expect(again.params['timestamp']).toBe(other.params['timestamp']);
    expect(again.params['nonce']).not.toBe(other.params['nonce']);
    expect(again.params['sig']).not.toBe(other.params['sig']);
  });

  it('rounds a fractional nowSeconds down and rejects a non-finite one', () => {
    const strategy = resolveAuth({ apiKey: API_KEY, secret: SECRET });
    const c = ctx(undefined, NOW + 0.999);
    strategy.apply(c);
    expect(c.params['timestamp']).toBe(String(NOW));
    expect(() => strategy.apply(ctx(undefined, Number.NaN))).toThrow(TypeError);
  });
});

describe('secret mode', () => {
  it('sends apiKey, userKey and secret over HTTPS, with no signature', () => {
    const strategy = resolveAuth({ apiKey: API_KEY, userKey: USER_KEY, secret: USER_SECRET, authMode: 'secret' });
    const c = ctx('https://accounts.eu1.gigya.com/accounts.getAccountInfo', NOW, {
      sig: 'stale',
      nonce: 'stale',
      timestamp: '1',
    });
    strategy.apply(c);
    expect(c.params['apiKey']).toBe(API_KEY);
    expect(c.params['userKey']).toBe(USER_KEY);
    expect(c.params['secret']).toBe(USER_SECRET);
    expect(c.params['sig']).toBeUndefined();
    expect(c.params['nonce']).toBeUndefined();
    expect(c.params['timestamp']).toBeUndefined();
  });

  it('works with an apiKey and site secret only', () => {
    const strategy = resolveAuth({ apiKey: API_KEY, secret: SECRET, authMode: 'secret' });
    const c = ctx();
    strategy.apply(c);
    expect(c.params).toMatchObject({ apiKey: API_KEY, secret: SECRET });
    expect(c.params['userKey']).toBeUndefined();
  });

  it('refuses plain HTTP with a local 403006 before anything is added', () => {
    const strategy = resolveAuth({ apiKey: API_KEY, userKey: USER_KEY, secret: USER_SECRET, authMode: 'secret' });
    const c = ctx('http://127.0.0.1:8080/socialize.setStatus');
    const before = { ...c.params };
    const error = thrown(() => strategy.apply(c));
    expect(error).toBeInstanceOf(GigyaApiError);
    const apiError = error as GigyaApiError<number>;
    expect(apiError.errorCode).toBe(403006);
    expect(apiError.errorMessage).toBe('Secret Sent Over Http');
    expect(apiError.local).toBe(true);
    expect(apiError.attempts).toBe(0);
    expect(apiError.errorDetails).toMatch(/https/);
    expect(apiError.errorDetails).toMatch(/Nothing was sent/);
    expect(c.params).toEqual(before);
    const text = [apiError.message, String(apiError.stack), inspect(apiError, { showHidden: true, depth: 10 })].join(
      '\n',
    );
    expect(text).not.toContain(USER_SECRET);
  });
});

describe('bearer mode', () => {
  const publicKey = createPublicKey(PUBLIC_PEM);

  it.each([
    ['PKCS#8 PEM', PKCS8_PEM],
    ['PKCS#1 PEM', PKCS1_PEM],
    ['KeyObject', rsa.privateKey],
    ['PEM with escaped newlines', PKCS8_PEM.replace(/\n/g, '\\n')],
  ] as [string, string | KeyObject][])('sends an RS256 JWT from a %s', (_name, privateKey) => {
    const strategy = resolveAuth({ apiKey: API_KEY, userKey: USER_KEY, privateKey });
    const c = ctx();
    strategy.apply(c);
    const auth = c.headers['Authorization'];
    expect(auth).toMatch(/^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const token = (auth as string).slice('Bearer '.length);
    const { header, payload } = verifyJwtRs256(token, publicKey, { now: NOW, maxAgeSeconds: 60 });
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: USER_KEY });
    expect(Object.keys(header)).toEqual(['alg', 'typ', 'kid']);
    expect(Object.keys(payload)).toEqual(['iat', 'jti']);
    expect(payload.iat).toBe(NOW);
    expect(payload.jti).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(c.params['apiKey']).toBe(API_KEY);
    expect(c.params['userKey']).toBeUndefined();
    expect(c.params['sig']).toBeUndefined();
    expect(c.params['secret']).toBeUndefined();
  });

  it('verifies with an independent RSA-SHA256 verifier', () => {
    const strategy = resolveAuth({ userKey: USER_KEY, privateKey: PKCS1_PEM });
    const c = ctx();
    strategy.apply(c);
    const [h, p, s] = (c.headers['Authorization'] as string).slice(7).split('.') as [string, string, string];
    const verifier = createVerify('RSA-SHA256');
    verifier.update(`${h}.${p}`);
    expect(verifier.verify(PUBLIC_PEM, Buffer.from(s, 'base64url'))).toBe(true);
    expect(JSON.parse(Buffer.from(h, 'base64url').toString('utf8'))).toEqual({
      alg: 'RS256',
      typ: 'JWT',
      kid: USER_KEY,
    });
    expect(c.params['apiKey']).toBeUndefined();
  });

  it('creates a fresh iat and jti per apply and replaces an existing Authorization header', () => {
    const strategy = resolveAuth({ userKey: USER_KEY, privateKey: PKCS8_PEM });
    const c = ctx();
    c.headers['authorization'] = 'Basic stale';
    strategy.apply(c);
    const first = verifyJwtRs256((c.headers['Authorization'] as string).slice(7), publicKey).payload;
    c.nowSeconds = NOW + 5;
    strategy.apply(c);
    expect(Object.keys(c.headers)).toEqual(['Authorization']);
    const second = verifyJwtRs256((c.headers['Authorization'] as string).slice(7), publicKey).payload;
    expect(first.iat).toBe(NOW);
    expect(second.iat).toBe(NOW + 5);
    expect(second.jti).not.toBe(first.jti);
  });

  it('rejects keys that cannot sign RS256, without echoing key material', () => {
    const cases: [string | KeyObject, RegExp][] = [
      [PUBLIC_PEM, /public key or certificate/],
      [rsa.publicKey, /a public key was given/],
      [EC_PEM, /ec key, RS256 needs an RSA key/],
      [ec.privateKey, /ec key/],
      [ENCRYPTED_PEM, /encrypted/],
      ['-----BEGIN PRIVATE KEY-----\nAAAAnotakey\n-----END PRIVATE KEY-----', /could not be parsed/],
      [PKCS8_PEM.slice(0, 400), /could not be parsed|not PEM/],
      ['', /empty/],
    ];
    for (const [privateKey, message] of cases) {
      const error = thrown(() => resolveAuth({ userKey: USER_KEY, privateKey })) as Error;
      expect(error).toBeInstanceOf(GigyaConfigError);
      expect(error.message).toMatch(message);
      expect(error.message).toMatch(/BEGIN PRIVATE KEY/); // says what to pass
      const text = `${error.message}\n${String(error.stack)}\n${inspect(error, { showHidden: true, depth: 10 })}`;
      for (const pem of [PKCS8_PEM, PUBLIC_PEM, EC_PEM, ENCRYPTED_PEM]) expect(text).not.toContain(keyFragment(pem));
      expect(text).not.toContain('AAAAnotakey');
    }
  });
});

describe('oauth and anonymous modes', () => {
  it('oauth sends oauth_token and apiKey when given', () => {
    const c1 = ctx();
    resolveAuth({ oauthToken: OAUTH_TOKEN }).apply(c1);
    expect(c1.params['oauth_token']).toBe(OAUTH_TOKEN);
    expect(c1.params['apiKey']).toBeUndefined();
    expect(c1.params['sig']).toBeUndefined();

    const c2 = ctx();
    resolveAuth({ apiKey: API_KEY, oauthToken: OAUTH_TOKEN }).apply(c2);
    expect(c2.params).toMatchObject({ apiKey: API_KEY, oauth_token: OAUTH_TOKEN });
    expect(c2.headers).toEqual({});
  });

  it('anonymous sends the apiKey only', () => {
    const c = ctx();
    resolveAuth({ apiKey: API_KEY }).apply(c);
    expect(c.params).toEqual({ uid: 'PUT-UID-HERE', status: 'I feel great', format: 'json', apiKey: API_KEY });
    expect(c.headers).toEqual({});
  });
});

describe('no secret leaks from strategy objects', () => {
  const secrets = [
    SECRET,
    USER_SECRET,
    OAUTH_TOKEN,
    keyFragment(PKCS8_PEM),
    keyFragment(PKCS1_PEM),
    'BEGIN',
    'PRIVATE',
  ];
  const strategies: [string, Credentials][] = [
    ['signed', { apiKey: API_KEY, secret: SECRET }],
    ['signed userKey', { apiKey: API_KEY, userKey: USER_KEY, secret: USER_SECRET }],
    ['secret', { apiKey: API_KEY, userKey: USER_KEY, secret: USER_SECRET, authMode: 'secret' }],
    ['bearer PEM', { apiKey: API_KEY, userKey: USER_KEY, privateKey: PKCS8_PEM }],
    ['bearer PKCS#1', { userKey: USER_KEY, privateKey: PKCS1_PEM }],
    ['bearer KeyObject', { userKey: USER_KEY, privateKey: rsa.privateKey }],
    ['oauth', { apiKey: API_KEY, oauthToken: OAUTH_TOKEN }],
  ];

  it.each(strategies)('%s prints identifiers only', (_name, credentials) => {
    const strategy = resolveAuth(credentials);
    // Also after use: apply must not stash anything printable on the object.
    strategy.apply(ctx());
    for (const text of renderings(strategy)) {
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(text).not.toMatch(/\bsig\b|nonce|Bearer/);
    }
    expect(JSON.parse(JSON.stringify(strategy))).toEqual({
      mode: strategy.mode,
      ...(credentials.apiKey === undefined ? {} : { apiKey: credentials.apiKey }),
      ...(credentials.userKey === undefined ? {} : { userKey: credentials.userKey }),
    });
    expect(String(strategy)).toContain(`mode=${strategy.mode}`);
    expect(inspect(strategy)).toContain(`mode: '${strategy.mode}'`);
  });
});

describe('jwt helpers', () => {
  const key = parseRsaPrivateKey(PKCS8_PEM);

  it('parses both PEM formats to an RSA private KeyObject', () => {
    for (const pem of [PKCS1_PEM, PKCS8_PEM, `\n  ${PKCS1_PEM}  \n`]) {
      const parsed = parseRsaPrivateKey(pem);
      expect(parsed.type).toBe('private');
      expect(parsed.asymmetricKeyType).toBe('rsa');
    }
    expect(parseRsaPrivateKey(rsa.privateKey)).toBe(rsa.privateKey);
    expect(() => parseRsaPrivateKey(42 as unknown as string)).toThrow(/expected a PEM string or a KeyObject/);
  });

  it('encodes header, payload and signature as unpadded base64url', () => {
    // A kid with characters whose standard Base64 has '+', '/' and '=' in it.
    const token = signJwtRs256({ alg: 'RS256', typ: 'JWT', kid: '>>>???~~~' }, { iat: NOW, jti: 'x' }, key);
    const parts = token.split('.');
    expect(parts).toHaveLength(3);
    for (const part of parts) expect(part).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(parts[0] as string, 'base64url').toString('utf8')).toBe(
      '{"alg":"RS256","typ":"JWT","kid":">>>???~~~"}',
    );
    expect(Buffer.from(parts[1] as string, 'base64url').toString('utf8')).toBe(`{"iat":${NOW},"jti":"x"}`);
  });

  it('createBearerJwt floors iat and uses the given jti', () => {
    const token = createBearerJwt(USER_KEY, key, NOW + 0.5, 'fixed-jti');
    expect(verifyJwtRs256(token, PUBLIC_PEM).payload).toEqual({ iat: NOW, jti: 'fixed-jti' });
  });

  it('verifyJwtRs256 accepts public PEM, public KeyObject and the private key', () => {
    const token = createBearerJwt(USER_KEY, key, NOW);
    for (const k of [PUBLIC_PEM, rsa.publicKey, rsa.privateKey, PKCS1_PEM]) {
      expect(verifyJwtRs256(token, k).header.kid).toBe(USER_KEY);
    }
  });

  function problemOf(fn: () => unknown): string {
    const error = thrown(fn);
    expect(error).toBeInstanceOf(GigyaJwtError);
    return (error as GigyaJwtError).problem;
  }

  function forge(header: Record<string, unknown>, payload: Record<string, unknown>, sig = 'c2ln'): string {
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    return `${enc(header)}.${enc(payload)}.${sig}`;
  }

  it('verifyJwtRs256 rejects tampering, other keys and other algorithms', () => {
    const token = createBearerJwt(USER_KEY, key, NOW);
    const [h, _p, s] = token.split('.') as [string, string, string];
    const otherPayload = Buffer.from(JSON.stringify({ iat: NOW, jti: 'evil' })).toString('base64url');
    expect(problemOf(() => verifyJwtRs256(`${h}.${otherPayload}.${s}`, PUBLIC_PEM))).toBe('bad-signature');
    expect(problemOf(() => verifyJwtRs256(token, otherRsa.publicKey))).toBe('bad-signature');
    expect(problemOf(() => verifyJwtRs256(createBearerJwt(USER_KEY, otherRsa.privateKey, NOW), PUBLIC_PEM))).toBe(
      'bad-signature',
    );
    // The classic "alg: none, empty signature" token.
    expect(problemOf(() => verifyJwtRs256(forge({ alg: 'none', typ: 'JWT' }, { iat: NOW }, ''), PUBLIC_PEM))).toBe(
      'unsupported-alg',
    );
    expect(problemOf(() => verifyJwtRs256(forge({ alg: 'none', typ: 'JWT' }, { iat: NOW }), PUBLIC_PEM))).toBe(
      'unsupported-alg',
    );
    expect(problemOf(() => verifyJwtRs256(forge({ alg: 'HS256', typ: 'JWT' }, { iat: NOW }), PUBLIC_PEM))).toBe(
      'unsupported-alg',
    );
    expect(problemOf(() => verifyJwtRs256(forge({ typ: 'JWT' }, { iat: NOW }), PUBLIC_PEM))).toBe('unsupported-alg');
    expect(problemOf(() => verifyJwtRs256(forge({ alg: 'RS256', typ: 'JWE' }, { iat: NOW }), PUBLIC_PEM))).toBe(
      'malformed',
    );
  });

  it('verifyJwtRs256 rejects malformed tokens without echoing them', () => {
    const token = createBearerJwt(USER_KEY, key, NOW);
    const [h, p, s] = token.split('.') as [string, string, string];
    const bad = [
      '',
      'abc',
      `${h}.${p}`,
      `${token}.extra`,
      `${h}.${p}.${s}=`,
      `${h}.${p}.${s.replace(/^./, '+')}`,
      `${Buffer.from('not json').toString('base64url')}.${p}.${s}`,
      `${Buffer.from('[1]').toString('base64url')}.${p}.${s}`,
      `${h}.${Buffer.from('"str"').toString('base64url')}.${s}`,
    ];
    for (const t of bad) {
      const error = thrown(() => verifyJwtRs256(t, PUBLIC_PEM)) as GigyaJwtError;
      expect(error, t).toBeInstanceOf(GigyaJwtError);
      expect(['malformed', 'bad-signature']).toContain(error.problem);
      if (t.length > 10) expect(error.message).not.toContain(t.slice(0, 20));
    }
    expect(problemOf(() => verifyJwtRs256(undefined as unknown as string, PUBLIC_PEM))).toBe('malformed');
  });

  it('verifyJwtRs256 checks exp, nbf and (when asked) iat', () => {
    const withExp = signJwtRs256({ alg: 'RS256', typ: 'JWT' }, { iat: NOW, exp: NOW + 10, nbf: NOW - 10 }, key);
    expect(verifyJwtRs256(withExp, PUBLIC_PEM, { now: NOW + 10 }).payload.exp).toBe(NOW + 10);
    expect(problemOf(() => verifyJwtRs256(withExp, PUBLIC_PEM, { now: NOW + 11 }))).toBe('expired');
    expect(problemOf(() => verifyJwtRs256(withExp, PUBLIC_PEM, { now: NOW - 11 }))).toBe('not-yet-valid');

    const plain = createBearerJwt(USER_KEY, key, NOW);
    expect(verifyJwtRs256(plain, PUBLIC_PEM, { now: NOW + 10 ** 6 }).payload.iat).toBe(NOW);
    expect(verifyJwtRs256(plain, PUBLIC_PEM, { now: NOW + 120, maxAgeSeconds: 120 }).payload.iat).toBe(NOW);
    expect(verifyJwtRs256(plain, PUBLIC_PEM, { now: NOW - 120, maxAgeSeconds: 120 }).payload.iat).toBe(NOW);
    expect(problemOf(() => verifyJwtRs256(plain, PUBLIC_PEM, { now: NOW + 121, maxAgeSeconds: 120 }))).toBe(
      'iat-out-of-window',
    );
    expect(problemOf(() => verifyJwtRs256(plain, PUBLIC_PEM, { now: NOW - 121, maxAgeSeconds: 120 }))).toBe(
      'iat-out-of-window',
    );

    const noIat = signJwtRs256({ alg: 'RS256' }, { jti: 'x' }, key);
    expect(verifyJwtRs256(noIat, PUBLIC_PEM).payload.jti).toBe('x');
    expect(problemOf(() => verifyJwtRs256(noIat, PUBLIC_PEM, { maxAgeSeconds: 60 }))).toBe('malformed');
    const stringExp = signJwtRs256({ alg: 'RS256' }, { exp: 'soon' }, key);
    expect(problemOf(() => verifyJwtRs256(stringExp, PUBLIC_PEM))).toBe('malformed');
  });

  it('verifyJwtRs256 refuses unusable verification keys with a config error', () => {
    const token = createBearerJwt(USER_KEY, key, NOW);
    expect(() => verifyJwtRs256(token, 'nonsense')).toThrow(GigyaConfigError);
    expect(() => verifyJwtRs256(token, ec.publicKey)).toThrow(/ec key/);
  });
});
