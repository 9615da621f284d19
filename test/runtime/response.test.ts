import { describe, expect, it } from 'vitest';
import { GigyaError, GigyaResponseError, type ResponseProblem } from '../../src/errors.js';
import { bodyExcerpt, jsonLooksTruncated, parseResponse, type ParseResponseInput } from '../../src/wire/response.js';
import { redactParams, SECRET_PARAM_NAMES } from '../../src/trace.js';
import { toXmlEnvelope } from '../../src/emulator/xml.js';

const METHOD = 'socialize.setStatus';

function parse(body: string, extra: Partial<ParseResponseInput> = {}): Record<string, unknown> {
  return parseResponse({
    httpStatus: 200,
    contentType: 'application/json;charset=utf-8',
    body,
    format: 'json',
    method: METHOD,
    ...extra,
  });
}

function failure(body: string, extra: Partial<ParseResponseInput> = {}): GigyaResponseError {
  try {
    parse(body, extra);
  } catch (error) {
    expect(error).toBeInstanceOf(GigyaResponseError);
    expect(error).toBeInstanceOf(GigyaError);
    return error as GigyaResponseError;
  }
  throw new Error(`expected parseResponse to throw for ${JSON.stringify(body.slice(0, 50))}`);
}

function problemOf(body: string, extra: Partial<ParseResponseInput> = {}): ResponseProblem {
  return failure(body, extra).problem;
}

const OK_JSON = JSON.stringify({
  callId: 'c1',
  errorCode: 0,
  apiVersion: 2,
  statusCode: 200,
  statusReason: 'OK',
  time: '2024-01-01T00:00:00.000Z',
});

const SEED_ERROR_XML = `<?xml version="1.0" encoding="UTF-8" ?>
<socialize.setStatusResponse xmlns="urn:com:gigya:api" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" 
            xsi:schemaLocation="urn:com:gigya:api http://api.gigya.com/schema/1.0.xsd">
    <statusCode>500</statusCode>
    <statusReason>Internal Server Error</statusReason>
    <errorCode>500024</errorCode>
    <errorMessage>No valid session</errorMessage>
</socialize.setStatusResponse>`;

describe('JSON envelopes', () => {
  it('returns the envelope, including API errors (classification is the pipeline’s job)', () => {
    expect(parse(OK_JSON)).toEqual(JSON.parse(OK_JSON));
    const err = { errorCode: 403003, errorMessage: 'Invalid request signature', statusCode: 403, callId: 'x' };
    expect(parse(JSON.stringify(err))).toEqual(err);
  });

  it('accepts leading whitespace and a BOM (the Java SDK read those as success with no data)', () => {
    expect(parse(`\uFEFF  \n\t${OK_JSON}\n`)).toMatchObject({ errorCode: 0, callId: 'c1' });
  });

  it('returns a readable envelope whatever the HTTP status (httpStatusCodes=true)', () => {
    const body = JSON.stringify({ errorCode: 403005, statusCode: 403, errorMessage: 'Unauthorized user' });
    expect(parse(body, { httpStatus: 403 })).toMatchObject({ errorCode: 403005 });
    expect(parse(body, { httpStatus: 500, contentType: undefined })).toMatchObject({ errorCode: 403005 });
  });

  it('distinguishes truncated JSON from invalid JSON', () => {
    const cut = OK_JSON.slice(0, 40);
    const error = failure(cut);
    expect(error.problem).toBe('truncated');
    expect(error.message).toMatch(/ends in the middle of the document/);
    expect(error.cause).toBeInstanceOf(SyntaxError);
    for (let end = 1; end < OK_JSON.length; end++)
      expect(problemOf(OK_JSON.slice(0, end)), `prefix ${end}`).toBe('truncated');
    expect(problemOf('{"a":1}}')).toBe('invalid-json');
    expect(problemOf('{"a":1}{"b"')).toBe('invalid-json');
    expect(problemOf("{'a':1}")).toBe('invalid-json');
    expect(problemOf('OK')).toBe('invalid-json');
    expect(problemOf('{"errorCode":0,}')).toBe('invalid-json');
  });

  it('never lets a raw SyntaxError escape', () => {
    for (const body of ['{', '{"a":', 'nul', '[1,2', '}', '"x', 'undefined', '{"a":1} trailing']) {
      const error = failure(body);
      expect(error).not.toBeInstanceOf(SyntaxError);
      expect(['truncated', 'invalid-json']).toContain(error.problem);
    }
  });

  it('rejects JSON that is not an envelope', () => {
    expect(problemOf('[1,2]')).toBe('unexpected-shape');
    expect(problemOf('null')).toBe('unexpected-shape');
    expect(problemOf('42')).toBe('unexpected-shape');
    expect(problemOf('"text"')).toBe('unexpected-shape');
    expect(problemOf('{"statusCode":200}')).toBe('unexpected-shape');
    const error = failure('{"errorCode":"0"}');
    expect(error.problem).toBe('unexpected-shape');
    expect(error.message).toMatch(/without a numeric errorCode/);
    expect(error.message).toMatch(/baseUrl/);
  });

  it('keeps the own-property __proto__ of the JSON as data', () => {
    const obj = parse('{"errorCode":0,"__proto__":{"polluted":true}}');
    expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('XML envelopes', () => {
  it('parses the seed error example to the same object JSON would give', () => {
    expect(parse(SEED_ERROR_XML, { format: 'xml', contentType: 'text/xml' })).toEqual({
      statusCode: 500,
      statusReason: 'Internal Server Error',
      errorCode: 500024,
      errorMessage: 'No valid session',
    });
  });

  it('accepts the seed success example without an errorCode, reading it as 0 like JSON', () => {
    const body =
      `<?xml version="1.0" encoding="utf-8" ?>\n<socialize.disconnectResponse ` +
      `xmlns="urn:com:gigya:api"><statusCode>200</statusCode><statusReason>OK</statusReason></socialize.disconnectRe` +
      `sponse>`;
    expect(parse(body, { format: 'xml' })).toEqual({ statusCode: 200, statusReason: 'OK', errorCode: 0 });
    expect(parse(body, { format: 'xml' })).toEqual(
      parse(JSON.stringify({ statusCode: 200, statusReason: 'OK', errorCode: 0 })),
    );
  });

  it('does not read a success envelope under a non-2xx status as success', () => {
    const json = JSON.stringify({ errorCode: 0, statusCode: 200, statusReason: 'OK', callId: 'c' });
    const xml =
      `<socialize.getUserInfoResponse ` +
      `xmlns="urn:com:gigya:api"><statusCode>200</statusCode><statusReason>OK</statusReason></socialize.getUserInfoR` +
      `esponse>`;
    for (const [body, format] of [
      [json, 'json'],
      [xml, 'xml'],
    ] as const) {
      const error = failure(body, { httpStatus: 503, format, contentType: undefined });
      expect(error.problem, format).toBe('http-status');
      expect(error.httpStatus).toBe(503);
      expect(error.excerpt).toContain('statusReason');
    }
  });

  it('applies hints and sniffs the body rather than trusting the requested format', () => {
    const xml = toXmlEnvelope('socialize.getUserInfo', {
      statusCode: 200,
      errorCode: 0,
      age: 33,
      isSiteUID: true,
      UID: '007',
    });
    expect(
      parse(xml, { format: 'json', contentType: 'application/json', hints: { age: 'number', isSiteUID: 'boolean' } }),
    ).toEqual({
      statusCode: 200,
      errorCode: 0,
      age: 33,
      isSiteUID: true,
      UID: '007',
    });
    expect(parse(`  ${OK_JSON}`, { format: 'xml', contentType: 'text/xml' })).toMatchObject({ errorCode: 0 });
    expect(
      parse(`\uFEFF\n<?xml version="1.0"?><a.bResponse><errorCode>0</errorCode></a.bResponse>`, { format: 'xml' }),
    ).toEqual({ errorCode: 0 });
  });

  it('reports truncated and malformed XML', () => {
    const cut = failure(SEED_ERROR_XML.slice(0, 200), { format: 'xml' });
    expect(cut.problem).toBe('truncated');
    const bad = failure('<r><a></b></r>', { format: 'xml' });
    expect(bad.problem).toBe('invalid-xml');
    expect(bad.message).toMatch(/line 1, column 7/);
    expect(problemOf('<!DOCTYPE r [<!ENTITY a "b">]><r>&a;</r>', { format: 'xml' })).toBe('invalid-xml');
  });

  it('rejects XML that is not an envelope, and a failure status without an errorCode', () => {
    expect(problemOf('<r><x>1</x></r>', { format: 'xml' })).toBe('unexpected-shape');
    expect(problemOf('<r><statusCode>500</statusCode></r>', { format: 'xml' })).toBe('unexpected-shape');
    expect(problemOf('<r><statusCode>200</statusCode><errorCode>x</errorCode></r>', { format: 'xml' })).toBe(
      'unexpected-shape',
    );
  });
});

describe('bodies that are not API responses', () => {
  it('reports HTML pages, also with HTTP 200', () => {
    const page =
      '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body>   <h1>502   Bad ' +
      'Gateway</h1></body></html>';
    const e503 = failure(page, { httpStatus: 503, contentType: 'text/html' });
    expect(e503.problem).toBe('html');
    expect(e503.httpStatus).toBe(503);
    expect(e503.contentType).toBe('text/html');
    expect(e503.method).toBe(METHOD);
    expect(e503.message).toBe(
      'Gigya answered HTTP 503 with an HTML page instead of an API response (socialize.setStatus). This usually ' +
        'means a gateway or proxy error; retry later or check `baseUrl`/`proxy`.',
    );
    expect(e503.excerpt).toBe(
      '<!DOCTYPE html> <html><head><title>502 Bad Gateway</title></head> <body> <h1>502 Bad Gateway</h1></body></html>',
    );

    const e200 = failure('<html><body>Please log in to the hotel Wi-Fi</body></html>', {
      contentType: 'application/json',
    });
    expect(e200.problem).toBe('html');
    expect(e200.httpStatus).toBe(200);
    expect(e200.message).toMatch(/HTTP 200 with an HTML page.*captive portal/);
    expect(problemOf('  <!doctype HTML><p>x', { contentType: undefined })).toBe('html');
    expect(problemOf('Service Unavailable', { contentType: 'text/html; charset=utf-8' })).toBe('html');
    expect(problemOf('<h1>Oops</h1>', { contentType: 'text/html' })).toBe('html');
  });

  it('still accepts an envelope mislabelled as text/html', () => {
    expect(parse(OK_JSON, { contentType: 'text/html' })).toMatchObject({ errorCode: 0 });
  });

  it('reports an empty body as empty, and as http-status when the status is a failure', () => {
    const empty = failure('');
    expect(empty.problem).toBe('empty');
    expect(empty.message).toMatch(/HTTP 200 with an empty body \(socialize\.setStatus\)/);
    expect(problemOf(' \r\n\t ')).toBe('empty');
    expect(problemOf('\uFEFF')).toBe('empty');
    expect(problemOf('', { contentType: 'text/html' })).toBe('empty');
    const e502 = failure('', { httpStatus: 502 });
    expect(e502.problem).toBe('http-status');
    expect(e502.httpStatus).toBe(502);
    expect(e502.message).toBe(
      'Gigya answered HTTP 502 Bad Gateway without a readable API response (socialize.setStatus). Gigya or a ' +
        'gateway in front of it failed; retry later.',
    );
  });

  it('reports 4xx/5xx answers without a readable envelope as http-status', () => {
    expect(failure('Bad Gateway', { httpStatus: 502, contentType: 'text/plain' }).problem).toBe('http-status');
    expect(failure('{"message":"throttled"}', { httpStatus: 429 }).message).toMatch(
      /HTTP 429 Too Many Requests.*slow down/,
    );
    expect(failure('{"trunc', { httpStatus: 500 }).problem).toBe('http-status');
    expect(failure('not found', { httpStatus: 404 }).message).toMatch(/dataCenter/);
    expect(failure('<r/>', { httpStatus: 503, format: 'xml' }).problem).toBe('http-status');
    expect(failure('', { httpStatus: 301 }).message).toMatch(/Redirects are not followed/);
  });
});

describe('excerpts', () => {
  it('keeps at most 300 characters with whitespace collapsed', () => {
    const long = `<html>${'word   \n\t'.repeat(500)}</html>`;
    const error = failure(long, { httpStatus: 500, contentType: 'text/html' });
    expect(error.excerpt!.length).toBeLessThanOrEqual(300);
    expect(error.excerpt!.endsWith('…')).toBe(true);
    expect(error.excerpt).toMatch(/^<html>word word word/);
    expect(error.excerpt).not.toMatch(/\s\s|\n|\t/);
    expect(bodyExcerpt('  a \n b  ')).toBe('a b');
    expect(bodyExcerpt('')).toBe('');
    expect(bodyExcerpt(`${' '.repeat(100_000)}x`)).toBe('x');
    expect(bodyExcerpt(`x${' '.repeat(100_000)}y`)).toBe('x…');
  });

  it('does not split a surrogate pair at the cut', () => {
    const text = `${'a'.repeat(298)}😀😀😀`;
    const excerpt = bodyExcerpt(text);
    expect(excerpt.length).toBeLessThanOrEqual(300);
    expect(excerpt).toBe(`${'a'.repeat(298)}…`);
  });

  it('redacts secret-looking values a gateway might echo', () => {
    const page =
      '<html>POST /socialize.setStatus apiKey=3_abc&secret=TOPSECRET%3D&sig=SIGVALUE&uid=u1 ' +
      '{"oauth_token":"TOKEN123","x":1}</html>';
    const error = failure(page, { httpStatus: 400, contentType: 'text/html' });
    expect(error.excerpt).toContain('apiKey=3_abc');
    expect(error.excerpt).toContain('secret=[REDACTED]');
    expect(error.excerpt).toContain('sig=[REDACTED]');
    expect(error.excerpt).toContain('"oauth_token":"[REDACTED]"');
    expect(error.excerpt).not.toMatch(/TOPSECRET|SIGVALUE|TOKEN123/);
    expect(error.message).not.toMatch(/TOPSECRET|SIGVALUE|TOKEN123/);
  });

  it('excerpts and traces redact the same names, from one list, in any letter case', () => {
    for (const name of SECRET_PARAM_NAMES) {
      const shout = name.toUpperCase();
      const error = failure(`<html>echo ${name}=V1&${shout}=V2 {"${name}":"V3","${shout}":"V4"} uid=visible</html>`, {
        httpStatus: 502,
        contentType: 'text/html',
      });
      expect(error.excerpt, name).not.toMatch(/V1|V2|V3|V4/);
      expect(error.excerpt).toContain('uid=visible');
      expect(redactParams({ [name]: 'V5', [shout]: 'V6', uid: 'u' })).toEqual({
        [name]: '[REDACTED]',
        [shout]: '[REDACTED]',
        uid: 'u',
      });
    }
    expect([...SECRET_PARAM_NAMES]).toEqual(
      expect.arrayContaining(['secret', 'sig', 'oauth_token', 'password', 'userkeysecret']),
    );
  });

  it('does not quote the body in JSON syntax messages', () => {
    const error = failure('{"errorCode": 0, oops "secret-ish body text"}');
    expect(error.problem).toBe('invalid-json');
    expect(error.message).toMatch(/syntax error at character \d+/);
    expect(error.message).not.toContain('secret-ish');
  });
});

describe('jsonLooksTruncated', () => {
  it('tells a cut document from garbage', () => {
    expect(jsonLooksTruncated('{"a":"b\\"')).toBe(true);
    expect(jsonLooksTruncated('[{"a":[1,2')).toBe(true);
    expect(jsonLooksTruncated('{"a":"}"')).toBe(true);
    expect(jsonLooksTruncated('{"a":1}')).toBe(false);
    expect(jsonLooksTruncated('{"a":1}]')).toBe(false);
    expect(jsonLooksTruncated('x')).toBe(false);
  });
});
