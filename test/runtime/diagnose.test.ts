/**
 * The signature diagnosis: each usual mistake, made by a hand-written wrong signer, is named; a
 * right signature spoiled on the wire is told apart; nothing shown holds a key or a secret value.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { diagnoseSignature, type DiagnoseInput } from '../../src/auth/diagnose.js';
import { buildSignatureBaseString, calcSignature } from '../../src/auth/signing.js';

const SECRET_TEXT = randomBytes(24).toString('base64');
const KEY = Buffer.from(SECRET_TEXT, 'base64');
const URL_SEEN = 'http://127.0.0.1:4010/socialize.setStatus';
/** Arrival order on purpose not sorted; a space, a "+"-free value with reserved characters. */
const PARAMS: Record<string, string> = {
  status: 'hello world (again)!',
  apiKey: '3_key',
  UID: 'alice',
  format: 'json',
  timestamp: '1700000000',
  nonce: '1700000000123_abc',
};

const hmac = (base: string, key: Buffer = KEY): string => createHmac('sha1', key).update(base, 'utf8').digest('base64');
/** RFC 3986 by hand, independent of the signer. */
const rfc3986 = (v: string): string =>
  encodeURIComponent(v).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const sortedNames = (p: Record<string, string>): string[] =>
  Object.keys(p).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const paramString = (p: Record<string, string>, names = sortedNames(p), value = rfc3986): string =>
  names.map((k) => `${k}=${value(p[k] as string)}`).join('&');
const base = (method: string, url: string, ps: string): string => `${method}&${rfc3986(url)}&${rfc3986(ps)}`;

function diagnose(received: string, overrides: Partial<DiagnoseInput> = {}) {
  return diagnoseSignature({
    httpMethod: 'POST',
    url: URL_SEEN,
    params: PARAMS,
    received,
    key: { name: 'site secret', key: KEY, text: SECRET_TEXT },
    otherHosts: ['socialize.us1.gigya.com'],
    ...overrides,
  });
}

describe('diagnoseSignature', () => {
  it('expects what the signer computes, and names no mistake for garbage', () => {
    const d = diagnose('AAAAAAAAAAAAAAAAAAAAAAAAAAA=');
    expect(d.baseString).toBe(buildSignatureBaseString('POST', URL_SEEN, PARAMS));
    expect(d.expectedSignature).toBe(calcSignature(d.baseString, SECRET_TEXT));
    expect(d.mistake).toBeUndefined();
    expect(d.cutShort).toBe(false);
    expect(d.tried).toBeGreaterThan(20);
    expect(d.summary).toContain('None of the usual mistakes');
    expect(d.summary).toContain(d.baseString);
  });

  const cases: Array<[string, string, () => string]> = [
    ['scheme', 'https', () => hmac(base('POST', 'https://127.0.0.1:4010/socialize.setStatus', paramString(PARAMS)))],
    ['port', 'without its port', () => hmac(base('POST', 'http://127.0.0.1/socialize.setStatus', paramString(PARAMS)))],
    ['host', 'localhost', () => hmac(base('POST', 'http://localhost:4010/socialize.setStatus', paramString(PARAMS)))],
    ['http-method', 'GET', () => hmac(base('GET', URL_SEEN, paramString(PARAMS)))],
    [
      'secret-not-decoded',
      'Base64 text',
      () => hmac(base('POST', URL_SEEN, paramString(PARAMS)), Buffer.from(SECRET_TEXT, 'utf8')),
    ],
    [
      'space-as-plus',
      '"+"',
      () => {
        // URLSearchParams writes form encoding: "+" for a space.
        const form = new URLSearchParams(
          sortedNames(PARAMS).map((k): [string, string] => [k, PARAMS[k] as string]),
        ).toString();
        return hmac(base('POST', URL_SEEN, form));
      },
    ],
    [
      'values-not-encoded',
      'without percent-encoding',
      () =>
        hmac(
          base(
            'POST',
            URL_SEEN,
            paramString(PARAMS, undefined, (v) => v),
          ),
        ),
    ],
    ['param-string-not-encoded', 'third part', () => hmac(`POST&${rfc3986(URL_SEEN)}&${paramString(PARAMS)}`)],
    [
      'values-double-encoded',
      'twice',
      () =>
        hmac(
          base(
            'POST',
            URL_SEEN,
            paramString(PARAMS, undefined, (v) => rfc3986(rfc3986(v))),
          ),
        ),
    ],
    [
      'reserved-unencoded',
      'encodeURIComponent',
      () => hmac(base('POST', URL_SEEN, paramString(PARAMS, undefined, encodeURIComponent))),
    ],
    ['unsorted', 'order they were sent', () => hmac(base('POST', URL_SEEN, paramString(PARAMS, Object.keys(PARAMS))))],
    [
      'param-not-signed',
      '"format"',
      () => {
        const { format: _added, ...signed } = PARAMS;
        return hmac(base('POST', URL_SEEN, paramString(signed)));
      },
    ],
  ];

  for (const [kind, words, wrongSigner] of cases) {
    it(`finds ${kind}`, () => {
      const d = diagnose(wrongSigner());
      expect(d.mistake?.kinds).toEqual([kind]);
      expect(d.mistake?.explanation).toContain(words);
      expect(d.summary).toContain(d.mistake?.explanation);
    });
  }

  it('finds a literal "+" sent unencoded, which the server read as a space', () => {
    const signedValue = { ...PARAMS, status: 'a+b' };
    const sig = hmac(base('POST', URL_SEEN, paramString(signedValue)));
    const d = diagnose(sig, { params: { ...PARAMS, status: 'a b' } });
    expect(d.mistake?.kinds).toEqual(['plus-sent-unencoded']);
  });

  it('finds two mistakes together: the Gigya host over https', () => {
    const sig = hmac(base('POST', 'https://socialize.us1.gigya.com/socialize.setStatus', paramString(PARAMS)));
    const d = diagnose(sig);
    expect(d.mistake?.kinds).toEqual(['scheme', 'host']);
    expect(d.mistake?.explanation).toContain('addressed to 127.0.0.1:4010');
    expect(d.mistake?.baseString).toContain('socialize.us1.gigya.com');
  });

  it('finds the site secret used where a userKey was sent', () => {
    const userKey = randomBytes(16);
    const sig = hmac(base('POST', URL_SEEN, paramString(PARAMS)));
    const d = diagnose(sig, {
      key: { name: 'userKey secret', key: userKey },
      otherKeys: [{ name: 'site secret', key: KEY, fix: 'sign with the userKey secret.' }],
    });
    expect(d.mistake?.kinds).toEqual(['other-key']);
    expect(d.mistake?.explanation).toContain('site secret');
  });

  it('tells a right signature spoiled on the wire', () => {
    const right = diagnose('x').expectedSignature;
    const urlSafe = right.replace(/\+/g, '-').replace(/\//g, '_');
    expect(diagnose(right.replace(/=+$/, '')).mistake?.kinds).toEqual(['signature-encoding']);
    expect(diagnose(urlSafe).mistake?.explanation).toContain('URL-safe');
    expect(diagnose(encodeURIComponent(right)).mistake?.kinds ?? ['(none)']).toEqual(
      right === encodeURIComponent(right) ? ['(none)'] : ['signature-encoding'],
    );
    const hex = createHmac('sha1', KEY)
      .update(buildSignatureBaseString('POST', URL_SEEN, PARAMS))
      .digest('hex');
    expect(diagnose(hex).mistake?.kinds).toEqual(['digest']);
  });

  it('reads "+" in a signature turned to spaces', () => {
    // Find a request whose signature holds a "+", so the case is real.
    for (let i = 0; i < 200; i++) {
      const params = { ...PARAMS, nonce: `n${i}` };
      const right = calcSignature(buildSignatureBaseString('POST', URL_SEEN, params), KEY);
      if (!right.includes('+')) continue;
      expect(diagnose(right.replace(/\+/g, ' '), { params }).mistake?.explanation).toContain('arrived as spaces');
      return;
    }
    throw new Error('no signature with a "+" in 200 tries');
  });

  it('shows base strings with secret-named values redacted and never a key', () => {
    const params = { ...PARAMS, password: 'hunter2 secret words', regToken: 'tok_123456' };
    const d = diagnose('AAAA', { params });
    const shown = JSON.stringify(d);
    expect(shown).not.toContain('hunter2');
    expect(shown).not.toContain('tok_123456');
    expect(shown).not.toContain(SECRET_TEXT);
    expect(shown).not.toContain(KEY.toString('hex'));
    expect(d.baseString).toContain('password%3D[REDACTED]');
    // The signature is still computed over the real values.
    expect(d.expectedSignature).toBe(calcSignature(buildSignatureBaseString('POST', URL_SEEN, params), KEY));
  });

  it('stays within its budget on a very large request', () => {
    const params = { ...PARAMS, data: 'x'.repeat(1_000_000) };
    const d = diagnose('AAAA', { params });
    expect(d.cutShort).toBe(true);
    expect(d.tried).toBeLessThan(20);
    expect(d.summary.length).toBeLessThan(3_000);
  });
});
