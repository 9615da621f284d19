import { createHmac } from 'node:crypto';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GigyaConfigError } from '../../src/errors.js';
import {
  ParamEncodingError,
  buildSignatureBaseString,
  calcSignature,
  compareCodePoints,
  createNonce,
  decodeSecret,
  encodeFormBody,
  encodeRfc3986,
  formBody,
  formOf,
  formParam,
  insertForm,
  mergeForm,
  normalizeUrl,
  serializeParamValue,
  serializeParams,
  signatureMatches,
  signedParamString,
} from '../../src/auth/signing.js';
import { validateUserSignature } from '../../src/auth/sigutils.js';

/** Byte-level reference encoder, written independently of encodeURIComponent. */
function referenceEncode(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to throw');
}

// official-sdks.md §2 worked example.
const DOC_SECRET = 'EJgUJI386AUHo1aKqlZSJNQBeR/iQITGn+nezFQBDM8=';
const DOC_PARAMS = {
  apiKey: '3_TestApiKey-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
  format: 'json',
  httpStatusCodes: 'false',
  nonce: '1700000000123456',
  sdk: 'python_3.6.0',
  status: 'I feel great',
  timestamp: '1700000000',
  uid: 'PUT-UID-HERE',
};
const DOC_BASE =
  'POST&http%3A%2F%2Fsocialize.us1.gigya.com%2Fsocialize.setStatus&apiKey%3D3_TestApiKey-AbCdEfGhIjKlMnOpQrStUvWxYz0' +
  '123456789%26format%3Djson%26httpStatusCodes%3Dfalse%26nonce%3D1700000000123456%26sdk%3Dpython_3.6.0%26status%3DI%' +
  '2520feel%2520great%26timestamp%3D1700000000%26uid%3DPUT-UID-HERE';
const DOC_SIG = 'hsYB7OKxXyIjTwt6L4D5SHiAYCE=';

// official-sdks.md §9: Java SigUtilsTest, the OAuth 1.0 "photos" example.
const PHOTOS_SECRET = 'dGVzdC1jb25zdW1lci1zZWNyZXQmdGVzdC10b2tlbi1zZWNyZXQ=';
const PHOTOS_PARAMS = {
  oauth_consumer_key: 'test-consumer-secret',
  oauth_token: 'test-token-secret',
  oauth_signature_method: 'HMAC-SHA1',
  oauth_timestamp: '1191242096',
  oauth_nonce: 'kllo9940pd9333jh',
  oauth_version: '1.0',
  file: 'vacation.jpg',
  size: 'original',
};
const PHOTOS_PARAM_STRING =
  'file%3Dvacation.jpg%26oauth_consumer_key%3Dtest-consumer-secret%26oauth_nonce%3Dkllo9940pd9333jh%26oauth_signatur' +
  'e_method%3DHMAC-SHA1%26oauth_timestamp%3D1191242096%26oauth_token%3Dtest-token-secret%26oauth_version%3D1.0%26siz' +
  'e%3Doriginal';

describe('encodeRfc3986', () => {
  it('matches the Java SDK UrlEncode vector', () => {
    expect(encodeRfc3986("!*'();:@&=+$,/?%#[] ")).toBe('%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%25%23%5B%5D%20');
  });

  it('keeps unreserved characters', () => {
    expect(encodeRfc3986('abc012_-.')).toBe('abc012_-.');
    expect(encodeRfc3986('ABCXYZabcxyz0123456789-._~')).toBe('ABCXYZabcxyz0123456789-._~');
  });

  it('encodes UTF-8 bytes with upper-case hex, including characters outside the BMP', () => {
    expect(encodeRfc3986('😀')).toBe('%F0%9F%98%80');
    expect(encodeRfc3986('é')).toBe('%C3%A9');
    expect(encodeRfc3986('日本')).toBe('%E6%97%A5%E6%9C%AC');
    expect(encodeRfc3986('a b+c')).toBe('a%20b%2Bc');
    expect(encodeRfc3986('\u0000\n\u007f')).toBe('%00%0A%7F');
    expect(encodeRfc3986('')).toBe('');
  });

  it('agrees with a byte-level reference for every ASCII character and a spread of code points', () => {
    for (let c = 0; c < 128; c++) {
      const s = String.fromCharCode(c);
      expect(encodeRfc3986(s), `char ${c}`).toBe(referenceEncode(s));
    }
    const samples = [0x80, 0xff, 0x100, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x1f600, 0x10ffff];
    for (const cp of samples) {
      const s = `x${String.fromCodePoint(cp)}y`;
      expect(encodeRfc3986(s), `U+${cp.toString(16)}`).toBe(referenceEncode(s));
    }
  });

  it('throws ParamEncodingError (not URIError) for unpaired surrogates', () => {
    for (const bad of ['\uD83D', 'a\uDE00', '\uDE00\uD83D', 'ok\uD800x']) {
      const error = thrown(() => encodeRfc3986(bad, 'status'));
      expect(error).toBeInstanceOf(ParamEncodingError);
      expect(error).toBeInstanceOf(TypeError);
      expect((error as ParamEncodingError).param).toBe('status');
      expect((error as ParamEncodingError).problem).toBe('lone-surrogate');
      expect((error as Error).message).toContain('"status"');
      expect((error as Error).message).toContain('surrogate');
    }
  });
});

describe('serializeParamValue', () => {
  it('serializes each kind of value', () => {
    expect(serializeParamValue('x y')).toBe('x y');
    expect(serializeParamValue('')).toBe('');
    expect(serializeParamValue(42)).toBe('42');
    expect(serializeParamValue(1.5)).toBe('1.5');
    expect(serializeParamValue(-0)).toBe('0');
    expect(serializeParamValue(1e21)).toBe('1e+21');
    expect(serializeParamValue(12345678901234567890n)).toBe('12345678901234567890');
    expect(serializeParamValue(true)).toBe('true');
    expect(serializeParamValue(false)).toBe('false');
    expect(serializeParamValue(null)).toBeUndefined();
    expect(serializeParamValue(undefined)).toBeUndefined();
  });

  it('uses JSON for objects and arrays, and joins arrays for csv params', () => {
    expect(serializeParamValue({ a: 1, b: [true, 'x'] })).toBe('{"a":1,"b":[true,"x"]}');
    expect(serializeParamValue(['a', 'b'])).toBe('["a","b"]');
    expect(serializeParamValue(['a', 'b', 3, true], true)).toBe('a,b,3,true');
    expect(serializeParamValue(['a', null, undefined, 'b'], true)).toBe('a,b');
    expect(serializeParamValue([], true)).toBe('');
    expect(serializeParamValue([], false)).toBe('[]');
    // csv applies to arrays only.
    expect(serializeParamValue('a,b', true)).toBe('a,b');
    expect(serializeParamValue({ a: 'b' }, true)).toBe('{"a":"b"}');
  });

  it('never produces the text "null" for null values', () => {
    expect(serializeParams({ a: null, b: undefined, c: 'x' })).toEqual({ c: 'x' });
  });

  it('rejects values with no faithful text form, naming the param', () => {
    const cases: [unknown, string][] = [
      [Number.NaN, 'not-finite'],
      [Number.POSITIVE_INFINITY, 'not-finite'],
      [Number.NEGATIVE_INFINITY, 'not-finite'],
      [() => 1, 'unsupported-type'],
      [Symbol('s'), 'unsupported-type'],
      [{ n: 1n }, 'not-json'],
      [{ toJSON: () => undefined }, 'not-json'],
      ['\uD83D', 'lone-surrogate'],
      [['ok', '\uDE00'], 'lone-surrogate'],
    ];
    for (const [value, problem] of cases) {
      const error = thrown(() => serializeParamValue(value, Array.isArray(value), 'limit'));
      expect(error).toBeInstanceOf(ParamEncodingError);
      expect((error as ParamEncodingError).param).toBe('limit');
      expect((error as ParamEncodingError).problem).toBe(problem);
      expect((error as Error).message).toContain('"limit"');
    }
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const error = thrown(() => serializeParams({ data: cyclic }));
    expect((error as ParamEncodingError).param).toBe('data');
    expect((error as ParamEncodingError).problem).toBe('not-json');
  });

  it('lets JSON.stringify escape lone surrogates inside objects', () => {
    expect(serializeParamValue({ s: '\uD83D' })).toBe('{"s":"\\ud83d"}');
  });

  it('does not put the rejected value in the message', () => {
    const error = thrown(() => serializeParamValue('secret-ish-value-\uD800', false, 'password')) as Error;
    expect(error.message).not.toContain('secret-ish-value');
  });
});

describe('serializeParams', () => {
  it('applies csv only to the named params and drops nulls', () => {
    const out = serializeParams({ fields: ['a', 'b'], tags: ['x', 'y'], n: 3, skip: null, ok: false }, ['fields']);
    expect(out).toEqual({ fields: 'a,b', tags: '["x","y"]', n: '3', ok: 'false' });
  });

  it('rejects a param name with an unpaired surrogate, naming it', () => {
    const error = thrown(() => serializeParams({ ok: 'x', 'bad\uD800': 'y' }));
    expect(error).toBeInstanceOf(ParamEncodingError);
    expect((error as ParamEncodingError).param).toBe('bad\uD800');
    expect((error as ParamEncodingError).problem).toBe('lone-surrogate');
  });

  it('keeps a "__proto__" param as a param rather than a prototype', () => {
    const input = JSON.parse('{"__proto__":"x","a":"1"}') as Record<string, unknown>;
    const out = serializeParams(input);
    expect(Object.keys(out)).toEqual(['__proto__', 'a']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe('x');
  });
});

describe('normalizeUrl', () => {
  it.each([
    ['http://socialize.us1.gigya.com/socialize.setStatus', 'http://socialize.us1.gigya.com/socialize.setStatus'],
    ['HTTPS://Socialize.US1.Gigya.COM/socialize.setStatus', 'https://socialize.us1.gigya.com/socialize.setStatus'],
    ['http://photos.example.net:80/photos', 'http://photos.example.net/photos'],
    ['https://photos.example.net:443/photos', 'https://photos.example.net/photos'],
    ['http://photos.example.net:8080/photos', 'http://photos.example.net:8080/photos'],
    ['https://photos.example.net:4433/photos', 'https://photos.example.net:4433/photos'],
    ['http://example.com:443/x', 'http://example.com:443/x'],
    ['https://example.com:80/x', 'https://example.com:80/x'],
    ['http://127.0.0.1:54321/accounts.getAccountInfo?x=1#frag', 'http://127.0.0.1:54321/accounts.getAccountInfo'],
    ['https://user:pw@example.com/Path/Case', 'https://example.com/Path/Case'],
    ['http://[::1]:9000/a', 'http://[::1]:9000/a'],
    ['https://example.com', 'https://example.com/'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
    expect(normalizeUrl(new URL(input))).toBe(expected);
  });

  it('throws GigyaConfigError for a relative or broken URL', () => {
    expect(() => normalizeUrl('/socialize.setStatus')).toThrow(GigyaConfigError);
    expect(() => normalizeUrl('not a url')).toThrow(/absolute URL/);
  });
});

describe('compareCodePoints', () => {
  it('sorts upper case before "_" before lower case (not locale order)', () => {
    const keys = ['b', 'a', '_x', 'B', 'A', 'Z', 'aa', 'a_', 'aB', 'ab', '1', 'z'];
    expect([...keys].sort(compareCodePoints)).toEqual([
      '1',
      'A',
      'B',
      'Z',
      '_x',
      'a',
      'aB',
      'a_',
      'aa',
      'ab',
      'b',
      'z',
    ]);
    // localeCompare would put "a" before "B": make sure the signer does not.
    expect(['a', 'B'].sort(compareCodePoints)).toEqual(['B', 'a']);
  });

  it('orders characters outside the BMP after U+E000..U+FFFF (code point, not UTF-16 unit order)', () => {
    const keys = ['😀', '\uFFFD', '\uE000', 'z'];
    expect([...keys].sort(compareCodePoints)).toEqual(['z', '\uE000', '\uFFFD', '😀']);
    // Same order as UTF-8 bytes.
    const byBytes = [...keys].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect([...keys].sort(compareCodePoints)).toEqual(byBytes);
  });

  it('puts a prefix first', () => {
    expect(compareCodePoints('ab', 'abc')).toBeLessThan(0);
    expect(compareCodePoints('abc', 'ab')).toBeGreaterThan(0);
    expect(compareCodePoints('same', 'same')).toBe(0);
  });
});

describe('buildSignatureBaseString + calcSignature', () => {
  it('reproduces the worked example byte for byte', () => {
    const base = buildSignatureBaseString('POST', 'http://socialize.us1.gigya.com/socialize.setStatus', DOC_PARAMS);
    expect(base).toBe(DOC_BASE);
    expect(calcSignature(base, DOC_SECRET)).toBe(DOC_SIG);
    expect(calcSignature(base, Buffer.from(DOC_SECRET, 'base64'))).toBe(DOC_SIG);
  });

  it('does not depend on the order params were given in', () => {
    const reversed = Object.fromEntries(Object.entries(DOC_PARAMS).reverse());
    expect(
      buildSignatureBaseString('post', new URL('http://SOCIALIZE.us1.gigya.com:80/socialize.setStatus'), reversed),
    ).toBe(DOC_BASE);
  });

  it('excludes sig and null/undefined params', () => {
    const base = buildSignatureBaseString('POST', 'http://socialize.us1.gigya.com/socialize.setStatus', {
      ...DOC_PARAMS,
      sig: 'stale-signature',
      dropped: null,
      alsoDropped: undefined,
    });
    expect(base).toBe(DOC_BASE);
  });

  it('reproduces the Java OAuth "photos" vector, including non-default ports', () => {
    const plain = buildSignatureBaseString('POST', 'http://photos.example.net/photos', PHOTOS_PARAMS);
    expect(plain).toBe(`POST&http%3A%2F%2Fphotos.example.net%2Fphotos&${PHOTOS_PARAM_STRING}`);
    expect(calcSignature(plain, PHOTOS_SECRET)).toBe('j4/Jwtp11HLWl7KG3QlsczfRRpU=');

    const http8080 = buildSignatureBaseString('POST', 'http://photos.example.net:8080/photos', PHOTOS_PARAMS);
    expect(http8080).toBe(`POST&http%3A%2F%2Fphotos.example.net%3A8080%2Fphotos&${PHOTOS_PARAM_STRING}`);
    const https4433 = buildSignatureBaseString('POST', 'https://photos.example.net:4433/photos', PHOTOS_PARAMS);
    expect(https4433).toBe(`POST&https%3A%2F%2Fphotos.example.net%3A4433%2Fphotos&${PHOTOS_PARAM_STRING}`);
    // Values computed once with Python's hmac/hashlib/base64 over the base strings above.
    expect(calcSignature(http8080, PHOTOS_SECRET)).toBe('3UvaIxsEBaaWPYrqn4EJ/SRXAkk=');
    expect(calcSignature(https4433, PHOTOS_SECRET)).toBe('cyMEkvkSu/aLDJiuO/gt8BcCVmE=');
  });

  it('signs the scheme actually used: http and https give different signatures', () => {
    const http = buildSignatureBaseString('POST', 'http://socialize.us1.gigya.com/socialize.setStatus', DOC_PARAMS);
    const https = buildSignatureBaseString('POST', 'https://socialize.us1.gigya.com/socialize.setStatus', DOC_PARAMS);
    expect(https).toBe(DOC_BASE.replace('http%3A', 'https%3A'));
    expect(calcSignature(https, DOC_SECRET)).not.toBe(calcSignature(http, DOC_SECRET));
  });

  it('double-encodes values, leaves names unencoded, and serializes non-strings', () => {
    const base = buildSignatureBaseString('get', 'https://x.example/m', {
      b: true,
      a: 1.5,
      obj: { k: 'v w' },
      list: ['x'],
      emoji: '😀',
      we_ird: '~',
      Z: 'upper',
    });
    expect(base).toBe(
      'GET&https%3A%2F%2Fx.example%2Fm&' +
        encodeRfc3986(
          'Z=upper&a=1.5&b=true&emoji=%F0%9F%98%80&list=%5B%22x%22%5D&obj=%7B%22k%22%3A%22v%20w%22%7D&we_ird=~',
        ),
    );
    expect(base).toContain('%2520'); // the space inside obj, encoded twice
    expect(base).toContain('emoji%3D%25F0%259F%2598%2580');
  });

  it('names the param that cannot be encoded', () => {
    const error = thrown(() =>
      buildSignatureBaseString('POST', 'https://x.example/m', { uid: 'u', status: 'bad \uD83D' }),
    );
    expect((error as ParamEncodingError).param).toBe('status');
  });

  it('computes HMAC-SHA1 over the UTF-8 bytes of the base string', () => {
    const base = 'POST&x&caf%C3%A9 ☕';
    const expected = createHmac('sha1', Buffer.from(DOC_SECRET, 'base64'))
      .update(Buffer.from(base, 'utf8'))
      .digest('base64');
    expect(calcSignature(base, DOC_SECRET)).toBe(expected);
  });
});

describe('decodeSecret', () => {
  it('decodes standard Base64, with or without padding', () => {
    expect(decodeSecret('U29tZSBTdHJpbmc=').toString('utf8')).toBe('Some String');
    expect(decodeSecret('U29tZSBTdHJpbmc').toString('utf8')).toBe('Some String');
    expect(decodeSecret('QQ==')).toEqual(Buffer.from('A'));
    expect(decodeSecret('QQ')).toEqual(Buffer.from('A'));
    expect(decodeSecret('QUI=')).toEqual(Buffer.from('AB'));
    expect(decodeSecret('QUJD')).toEqual(Buffer.from('ABC'));
    expect(decodeSecret(DOC_SECRET)).toHaveLength(32);
    expect(decodeSecret('+/+/')).toEqual(Buffer.from([0xfb, 0xff, 0xbf]));
  });

  const invalid: [string, string, RegExp][] = [
    ['empty', '', /empty/],
    ['base64url alphabet', 'EJgUJI386AUHo1aKqlZSJNQBeR_iQITGn-nezFQBDM8=', /URL-safe/],
    ['trailing newline', `${DOC_SECRET}\n`, /whitespace/],
    ['inner space', 'EJgUJI386AUHo1aK qlZSJNQBeR/iQITGn+nezFQBDM8=', /whitespace/],
    ['foreign character', 'EJgUJI386AUHo1aK$qlZSJNQBeR/iQITGn+nezFQBDM8=', /alphabet/],
    ['padding in the middle', 'EJgU=JI386AUHo1aKqlZSJNQBeR/iQITGn+nezFQBDM8', /alphabet/],
    ['one character too many', 'EJgUJI386AUHo1aKqlZSJNQBeR/iQITGn+nezFQBDM8XY', /length/],
    ['length 4n+1', 'QUJDR', /length/],
    ['wrong padding', 'QQ=', /length/],
    ['padding on a full block', 'QUJD=', /length/],
    ['padding only', '==', /length|no bytes/],
  ];

  it.each(invalid)('rejects %s', (_name, secret, reason) => {
    const error = thrown(() => decodeSecret(secret));
    expect(error).toBeInstanceOf(GigyaConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/not valid Base64/);
    expect(message).toMatch(/console/);
    expect(message).toMatch(/Site Settings/);
    expect(message).toMatch(reason);
  });

  it('never puts the secret into the error message, stack or inspect output', () => {
    for (const [, secret] of invalid) {
      if (secret.length < 4) continue;
      const error = thrown(() => decodeSecret(secret)) as Error;
      const core = secret.trim().slice(0, 12);
      for (const text of [
        error.message,
        String(error.stack),
        inspect(error, { depth: 10, showHidden: true }),
        JSON.stringify(error),
      ]) {
        expect(text).not.toContain(core);
      }
    }
  });

  it('rejects non-string input with a config error', () => {
    expect(() => decodeSecret(undefined as unknown as string)).toThrow(GigyaConfigError);
    expect(() => decodeSecret(42 as unknown as string)).toThrow(/expected a string/);
  });

  it('is used by calcSignature for string secrets', () => {
    expect(() => calcSignature('base', 'not base64!')).toThrow(GigyaConfigError);
  });

  it('calcSignature and SigUtils refuse empty key bytes and keys that are neither text nor bytes', () => {
    expect(() => calcSignature('base', Buffer.alloc(0))).toThrow(/key bytes are empty/);
    expect(() => calcSignature('base', 5 as unknown as string)).toThrow(GigyaConfigError);
    expect(() => validateUserSignature('u1', 1, Buffer.alloc(0), 'sig')).toThrow(GigyaConfigError);
    expect(calcSignature('base', Buffer.from('key'))).toBe(
      calcSignature('base', Buffer.from('key').toString('base64')),
    );
  });
});

describe('createNonce', () => {
  it('gives 10 000 distinct nonces', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) seen.add(createNonce());
    expect(seen.size).toBe(10_000);
  });

  it('is URL-safe, so it is signed and sent without escaping', () => {
    for (let i = 0; i < 100; i++) {
      const nonce = createNonce();
      expect(nonce).toMatch(/^\d{13,}_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(encodeRfc3986(nonce)).toBe(nonce);
    }
  });
});

describe('signatureMatches', () => {
  it('compares exactly', () => {
    expect(signatureMatches(DOC_SIG, DOC_SIG)).toBe(true);
    expect(signatureMatches(DOC_SIG, `${DOC_SIG.slice(0, -2)}A=`)).toBe(false);
    expect(signatureMatches(DOC_SIG, DOC_SIG.toLowerCase())).toBe(false);
    expect(signatureMatches(DOC_SIG, DOC_SIG.slice(0, -1))).toBe(false);
    expect(signatureMatches('', '')).toBe(true);
    expect(signatureMatches('é', 'e')).toBe(false);
    expect(signatureMatches('é', 'é')).toBe(true);
    expect(signatureMatches(DOC_SIG, undefined as unknown as string)).toBe(false);
    expect(signatureMatches(null as unknown as string, DOC_SIG)).toBe(false);
  });
});

describe('encodeFormBody', () => {
  it('encodes names and values and sorts by code point', () => {
    expect(encodeFormBody({ status: 'I feel great', b: '~*', A: 'x&y=z' })).toBe(
      'A=x%26y%3Dz&b=~%2A&status=I%20feel%20great',
    );
  });
});

describe('one pass for the base string and the body', () => {
  /** Code points, compared one by one: the order the spec names, with no UTF-16 shortcut. */
  const byCodePoints = (a: string, b: string): number => {
    const x = Array.from(a, (c) => c.codePointAt(0) as number);
    const y = Array.from(b, (c) => c.codePointAt(0) as number);
    for (let i = 0; i < Math.min(x.length, y.length); i++)
      if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
    return x.length - y.length;
  };
  /** The textbook definitions (official-sdks.md §2), built the slow way. */
  const referenceBase = (url: string, params: Record<string, string>): string => {
    const names = Object.keys(params)
      .filter((k) => k !== 'sig')
      .sort(byCodePoints);
    const paramString = names.map((k) => `${k}=${referenceEncode(params[k] as string)}`).join('&');
    return `POST&${referenceEncode(normalizeUrl(url))}&${referenceEncode(paramString)}`;
  };
  const referenceBody = (params: Record<string, string>): string =>
    Object.keys(params)
      .sort(byCodePoints)
      .map((k) => `${referenceEncode(k)}=${referenceEncode(params[k] as string)}`)
      .join('&');

  // Well-formed text from every plane, with the characters that sort or encode unusually.
  const text = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        '_',
        '~',
        '%',
        '+',
        '&',
        '=',
        ' ',
        '!',
        '*',
        '\uE000',
        '\uFFFF',
        '😀',
        '\u{10FFFF}',
      ),
    }),
  );
  const params = fc.dictionary(text, text, { maxKeys: 12 });

  it('builds the base string and the body the reference builds, byte for byte', () => {
    fc.assert(
      fc.property(params, (p) => {
        const url = 'https://socialize.us1.gigya.com/socialize.setStatus';
        expect(buildSignatureBaseString('POST', url, p)).toBe(referenceBase(url, p));
        expect(encodeFormBody(p)).toBe(referenceBody(p));
        const form = formOf(p);
        expect(formBody(form)).toBe(referenceBody(p));
        expect(
          `POST&${referenceEncode(normalizeUrl(url))}&${signedParamString(form.filter((f) => f.name !== 'sig'))}`,
        ).toBe(referenceBase(url, p));
      }),
      { numRuns: 500 },
    );
  });

  it('merges and inserts in code-point order, the later list winning a shared name', () => {
    fc.assert(
      fc.property(params, params, text, text, (a, b, name, value) => {
        const merged = mergeForm(formOf(a), formOf(b));
        expect(formBody(merged)).toBe(referenceBody({ ...a, ...b }));
        expect(formBody(insertForm([...merged], formParam(name, value)))).toBe(
          referenceBody({ ...a, ...b, [name]: value }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
