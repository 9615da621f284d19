/**
 * Issue 12, defect 7: error excerpts redact credentials by their shape: bearer JWTs as JSON keys or
 * header lines, auth schemes, XML elements and attributes named like secrets, escaped and
 * percent-encoded forms, cookies. What is not a credential stays readable.
 */
import { describe, expect, it } from 'vitest';
import { GigyaResponseError } from '../../src/errors.js';
import { bodyExcerpt, parseResponse } from '../../src/wire/response.js';

const JWT =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6IkFLZXkifQ.eyJpYXQiOjE3MDAwMDAwMDAsImp0aSI6Im4xIn0.c2lnbmF0dXJlLW9mLXRoZS1qd3QtU0VDUkVU';

function excerptOf(body: string, contentType = 'text/html', httpStatus = 502): string {
  try {
    parseResponse({ httpStatus, contentType, body, format: 'json', method: 'socialize.getUserInfo' });
  } catch (error) {
    expect(error).toBeInstanceOf(GigyaResponseError);
    return (error as GigyaResponseError).excerpt ?? '';
  }
  throw new Error('expected a failure');
}

describe('excerpts redact credentials by shape', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['a bearer JWT as a JSON key', `{"headers":{"Authorization":"Bearer ${JWT}"},"x":1}`, /eyJ|c2lnbmF0dXJl/],
    [
      'a bearer JWT on a header line',
      `<html><pre>POST / HTTP/1.1\nAuthorization: Bearer ${JWT}\nHost: x\n</pre></html>`,
      /eyJ|c2lnbmF0dXJl/,
    ],
    ['a lower-case header line', `<html><pre>authorization:bearer ${JWT}\n</pre></html>`, /eyJ|c2lnbmF0dXJl/],
    ['a JWT on its own', `<html>token was ${JWT} (rejected)</html>`, /eyJ|c2lnbmF0dXJl/],
    ['a JWT cut by the window', `<html>${' '.repeat(3_410)}${JWT}</html>`, /eyJ/],
    ['Basic credentials', '<html>Authorization: Basic dXNlcjpQYXNzLVdPUkQtOTk=</html>', /dXNlcjpQYXNzLVdPUkQtOTk/],
    ['a <secret> element', '<error><secret>U0VDUkVULVhNTC0x</secret><uid>u1</uid></error>', /U0VDUkVULVhNTC0x/],
    ['a <sig> element', '<r><sig>SIG-XML-VALUE-2=</sig></r>', /SIG-XML-VALUE-2/],
    [
      'a prefixed element with attributes',
      '<r><g:userKeySecret a="1">UKS-VALUE-3</g:userKeySecret></r>',
      /UKS-VALUE-3/,
    ],
    ['a secret attribute', '<r password="PW-ATTR-VALUE-4" uid="u1"/>', /PW-ATTR-VALUE-4/],
    ['a single-quoted key', "<html>{'secret': 'SQ-VALUE-5', 'uid': 'u1'}</html>", /SQ-VALUE-5/],
    ['an escaped JSON key', '{"body":"{\\"secret\\":\\"ESC-VALUE-6\\",\\"uid\\":\\"u1\\"}"}', /ESC-VALUE-6/],
    [
      'an HTML-escaped JSON key',
      '<html>&quot;oauth_token&quot;:&quot;HTML-ESC-VALUE-7&quot;</html>',
      /HTML-ESC-VALUE-7/,
    ],
    ['a percent-encoded pair', '<html>body: apiKey%3D3_abc%26secret%3DPCT-VALUE-8%26uid%3Du1</html>', /PCT-VALUE-8/],
    ['a YAML-ish line', '<html><pre>\nsecret: YAML-VALUE-9\nuid: u1\n</pre></html>', /YAML-VALUE-9/],
    [
      'a cookie header',
      '<html><pre>\nCookie: glt_3_abc=COOKIE-VALUE-10; gac_3=COOKIE-VALUE-11\n</pre></html>',
      /COOKIE-VALUE-1[01]/,
    ],
    [
      'a set-cookie header',
      '<html><pre>\nSet-Cookie: glt=SETCOOKIE-VALUE-12; Path=/\n</pre></html>',
      /SETCOOKIE-VALUE-12/,
    ],
    [
      'spaces around the separator',
      '<html>SECRET = SPACED-VALUE-13 &amp; "sig" : "SPACED-VALUE-14"</html>',
      /SPACED-VALUE-1[34]/,
    ],
  ];
  for (const [what, body, leaked] of cases) {
    it(what, () => {
      const excerpt = excerptOf(body);
      expect(excerpt).not.toMatch(leaked);
      expect(excerpt).toContain('[REDACTED]');
    });
  }

  it('what is not a credential stays readable', () => {
    const excerpt = bodyExcerpt(
      '<html><h1>502 Bad Gateway</h1><p>errorCode: 500001, statusCode: 502, uid=u1, Host: ' +
        'socialize.us1.gigya.com</p></html>',
    );
    expect(excerpt).toContain('errorCode: 500001');
    expect(excerpt).toContain('statusCode: 502');
    expect(excerpt).toContain('uid=u1');
    expect(excerpt).toContain('Host: socialize.us1.gigya.com');
  });
});
