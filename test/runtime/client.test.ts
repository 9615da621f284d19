import { generateKeyPairSync } from 'node:crypto';
import { inspect } from 'node:util';
import { Agent, type Dispatcher } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSignatureBaseString,
  calcSignature,
  createClient,
  ErrorCode,
  getTrace,
  GigyaApiError,
  GigyaConfigError,
  GigyaConnectionError,
  GigyaResponseError,
  GigyaTimeoutError,
  GigyaValidationError,
  GigyaAbortError,
  type CallTrace,
  type ClientOptions,
} from '../../src/index.js';
import { verifyJwtRs256 } from '../../src/jwt.js';
import { apiError, json, ok, startTestServer, type RecordedRequest, type TestServer } from '../helpers/http-server.js';

const API_KEY = '3_TestApiKey';
const SECRET = 'EJgUJI386AUHo1aKqlZSJNQBeR/iQITGn+nezFQBDM8=';
const USER_KEY = 'AUserKey123';
const USER_SECRET = Buffer.from('user-key-secret-bytes').toString('base64');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
  server.fallback((_req, res) => json(res, ok()));
});

const fast = { retry: { baseDelayMs: 1, maxDelayMs: 5, rateLimitDelayMs: 2 } } as const;

function client(extra: Partial<ClientOptions> = {}) {
  return createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url, ...fast, ...extra });
}

/** Recomputes the signature the way Gigya does: over the URL addressed and every param but sig. */
function signatureOf(req: RecordedRequest, secret: string, url = `${server.url}${req.path}`): string {
  const { sig: _sig, ...rest } = req.params;
  return calcSignature(buildSignatureBaseString('POST', url, rest), secret);
}

/** Routes every origin to the local server while keeping the URL (and so the signature) the client built. */
function loopbackDispatcher(seen: string[]): Dispatcher {
  return new Agent().compose((dispatch) => (opts, handler) => {
    seen.push(`${String(opts.origin)}${opts.path}`);
    return dispatch({ ...opts, origin: server.url }, handler);
  });
}

describe('signed calls', () => {
  it('sends a signed form POST that verifies, and returns the typed response', async () => {
    server.queue((_req, res) => json(res, ok({ providerPostIDs: { twitter: '123' } })));
    const c = client();
    const result = await c.socialize.setStatus({ uid: 'u1', status: 'I feel great' });
    expect(result.errorCode).toBe(0);
    expect(result.providerPostIDs).toEqual({ twitter: '123' });
    const [req] = server.requests;
    expect(req!.method).toBe('POST');
    expect(req!.path).toBe('/socialize.setStatus');
    expect(req!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(req!.headers['user-agent']).toMatch(/^gigya-typed\/\d+\.\d+\.\d+ /);
    expect(req!.params).toMatchObject({ apiKey: API_KEY, uid: 'u1', status: 'I feel great', format: 'json', httpStatusCodes: 'false', sdk: 'gigya-typed_0.1.0' });
    expect(req!.params.secret).toBeUndefined();
    expect(Number(req!.params.timestamp)).toBeGreaterThan(1_600_000_000);
    expect(Number(req!.params.timestamp)).toBeLessThan(10_000_000_000);
    expect(req!.params.sig).toBe(signatureOf(req!, SECRET));
    await c.close();
  });

  it('sends the nested userAction as JSON and signs that exact text', async () => {
    const c = client();
    const userAction = { title: 'Title', userMessage: 'This is my user message', mediaItems: [{ type: 'image' as const, src: 'http://x/y.png', href: 'http://x' }] };
    await c.socialize.publishUserAction({ uid: 'u1', userAction });
    const [req] = server.requests;
    expect(JSON.parse(req!.params.userAction!)).toEqual(userAction);
    expect(req!.params.sig).toBe(signatureOf(req!, SECRET));
    await c.close();
  });

  it('signs with the user key secret when a userKey is given', async () => {
    const c = createClient({ userKey: USER_KEY, secret: USER_SECRET, baseUrl: server.url });
    await c.socialize.getUserInfo({ uid: 'u1' });
    const [req] = server.requests;
    expect(req!.params.userKey).toBe(USER_KEY);
    expect(req!.params.apiKey).toBeUndefined();
    expect(req!.params.sig).toBe(signatureOf(req!, USER_SECRET));
    expect(req!.params.sig).not.toBe(signatureOf(req!, SECRET));
    await c.close();
  });
});

describe('other auth modes', () => {
  it('sends the secret as a param over HTTPS, and never signs', async () => {
    const seen: string[] = [];
    const c = createClient({ apiKey: API_KEY, userKey: USER_KEY, secret: USER_SECRET, authMode: 'secret', dispatcher: loopbackDispatcher(seen) });
    await c.socialize.getUserInfo({ uid: 'u1' });
    expect(seen).toEqual(['https://socialize.us1.gigya.com/socialize.getUserInfo']);
    const [req] = server.requests;
    expect(req!.params).toMatchObject({ apiKey: API_KEY, userKey: USER_KEY, secret: USER_SECRET });
    expect(req!.params.sig).toBeUndefined();
    expect(req!.params.nonce).toBeUndefined();
    await c.close();
  });

  it('refuses to send a secret over plain HTTP, locally, with 403006', async () => {
    const c = createClient({ apiKey: API_KEY, userKey: USER_KEY, secret: USER_SECRET, authMode: 'secret', baseUrl: server.url });
    const error = await c.socialize.getUserInfo({ uid: 'u1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GigyaApiError);
    expect((error as GigyaApiError).errorCode).toBe(ErrorCode.SecretSentOverHttp);
    expect((error as GigyaApiError).local).toBe(true);
    expect((error as GigyaApiError).attempts).toBe(0);
    expect(server.requests).toHaveLength(0);
    expect(String((error as Error).message)).not.toContain(USER_SECRET);
    await c.close();
  });

  it('sends an RS256 bearer JWT with kid = userKey for private-key auth', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const c = createClient({ apiKey: API_KEY, userKey: USER_KEY, privateKey: pem, baseUrl: server.url });
    await c.socialize.getUserInfo({ uid: 'u1' });
    await c.socialize.getUserInfo({ uid: 'u1' });
    const [a, b] = server.requests;
    const tokenA = /^Bearer (.+)$/.exec(String(a!.headers.authorization))![1]!;
    const tokenB = /^Bearer (.+)$/.exec(String(b!.headers.authorization))![1]!;
    const decoded = verifyJwtRs256(tokenA, publicKey);
    expect(decoded.header).toMatchObject({ alg: 'RS256', kid: USER_KEY });
    expect(typeof decoded.payload.iat).toBe('number');
    expect(decoded.payload.jti).not.toBe(verifyJwtRs256(tokenB, publicKey).payload.jti);
    expect(a!.params.sig).toBeUndefined();
    expect(a!.params.secret).toBeUndefined();
    await c.close();
  });

  it('sends an OAuth token as oauth_token', async () => {
    const c = createClient({ oauthToken: 'tok-123', baseUrl: server.url });
    await c.socialize.getUserInfo();
    expect(server.requests[0]!.params.oauth_token).toBe('tok-123');
    expect(server.requests[0]!.params.sig).toBeUndefined();
    await c.close();
  });

  it('sends only the apiKey in anonymous mode', async () => {
    const c = createClient({ apiKey: API_KEY, baseUrl: server.url });
    await c.call('accounts.getJWTPublicKey');
    const { params, path } = server.requests[0]!;
    expect(path).toBe('/accounts.getJWTPublicKey');
    expect(params.apiKey).toBe(API_KEY);
    expect(params.sig ?? params.secret ?? params.oauth_token).toBeUndefined();
    await c.close();
  });

  it('rejects a secret that is not Base64 before any call', () => {
    expect(() => createClient({ apiKey: API_KEY, secret: 'not base64 !!', baseUrl: server.url })).toThrow(GigyaConfigError);
    expect(() => createClient({ baseUrl: server.url })).toThrow(GigyaConfigError);
  });
});

describe('hosts', () => {
  it('addresses <namespace>.<domain>/<method> per data center, including nested method names', async () => {
    const seen: string[] = [];
    const eu = createClient({ apiKey: API_KEY, secret: SECRET, dataCenter: 'eu1', dispatcher: loopbackDispatcher(seen) });
    await eu.socialize.getUserInfo({ uid: 'u1' });
    await eu.call('accounts.tfa.initTFA', { provider: 'gigyaPhone', mode: 'register' });
    const cn = createClient({ apiKey: API_KEY, secret: SECRET, dataCenter: 'cn1', dispatcher: loopbackDispatcher(seen) });
    await cn.socialize.getUserInfo({ uid: 'u1' });
    expect(seen).toEqual([
      'https://socialize.eu1.gigya.com/socialize.getUserInfo',
      'https://accounts.eu1.gigya.com/accounts.tfa.initTFA',
      'https://socialize.cn1.sapcdm.cn/socialize.getUserInfo',
    ]);
    // Signed for the https URL addressed, not for the loopback hop.
    const req = server.requests[0]!;
    expect(req.params.sig).toBe(signatureOf(req, SECRET, 'https://socialize.eu1.gigya.com/socialize.getUserInfo'));
  });

  it('follows 301001 once to the data center Gigya names, and stays there', async () => {
    const seen: string[] = [];
    server.queue((_req, res) => json(res, apiError(301001, 'Invalid data center', { apiDomain: 'eu1.gigya.com', location: 'https://socialize.eu1.gigya.com/socialize.setStatus' })));
    const c = createClient({ apiKey: API_KEY, secret: SECRET, dispatcher: loopbackDispatcher(seen) });
    await c.socialize.setStatus({ uid: 'u1', status: 'hi' });
    await c.socialize.setStatus({ uid: 'u1', status: 'again' });
    expect(seen).toEqual([
      'https://socialize.us1.gigya.com/socialize.setStatus',
      'https://socialize.eu1.gigya.com/socialize.setStatus',
      'https://socialize.eu1.gigya.com/socialize.setStatus',
    ]);
    const second = server.requests[1]!;
    expect(second.params.sig).toBe(signatureOf(second, SECRET, 'https://socialize.eu1.gigya.com/socialize.setStatus'));
  });
});

describe('validation', () => {
  it('rejects a missing required param locally, naming it, with 400002', async () => {
    const c = client();
    // @ts-expect-error status is required
    const error = await c.socialize.setStatus({ uid: 'u1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GigyaValidationError);
    expect(error).toBeInstanceOf(GigyaApiError);
    expect((error as GigyaValidationError).errorCode).toBe(400002);
    expect((error as GigyaValidationError).issues).toEqual([expect.objectContaining({ path: 'status', problem: 'missing' })]);
    expect((error as Error).message).toContain('status');
    expect(server.requests).toHaveLength(0);
  });

  it('rejects unknown and mistyped params with 400006', async () => {
    const c = client();
    // @ts-expect-error statu is not a param
    const unknown = await c.socialize.setStatus({ uid: 'u1', status: 'x', statu: 'x' }).catch((e: unknown) => e);
    expect((unknown as GigyaValidationError).errorCode).toBe(400006);
    expect((unknown as GigyaValidationError).message).toContain('statu');
    // @ts-expect-error status must be a string
    const mistyped = await c.socialize.setStatus({ uid: 'u1', status: 42 }).catch((e: unknown) => e);
    expect((mistyped as GigyaValidationError).issues[0]).toMatchObject({ path: 'status', problem: 'invalid' });
    const reserved = await c.call('socialize.getUserInfo', { uid: 'u1', sig: 'x' }).catch((e: unknown) => e);
    expect(reserved).toBeInstanceOf(GigyaValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it('drops undefined and null params instead of sending text', async () => {
    const c = client();
    await c.call('socialize.custom', { a: undefined, b: null, c: true, d: 1.5, e: [1, 2] });
    const { params } = server.requests[0]!;
    expect('a' in params || 'b' in params).toBe(false);
    expect(params).toMatchObject({ c: 'true', d: '1.5', e: '[1,2]' });
  });
});

describe('errors and results', () => {
  it('throws GigyaApiError with the envelope fields', async () => {
    server.queue((_req, res) => json(res, apiError(500024, 'No valid session', { callId: 'call-9' })));
    const c = client();
    const error = (await c.socialize.setStatus({ uid: 'u1', status: 'x' }).catch((e: unknown) => e)) as GigyaApiError;
    expect(error).toBeInstanceOf(GigyaApiError);
    expect(error.errorCode).toBe(ErrorCode.NoValidSession);
    expect(error.errorMessage).toBe('No valid session');
    expect(error.callId).toBe('call-9');
    expect(error.statusCode).toBe(500);
    expect(error.httpStatus).toBe(200);
    expect(error.method).toBe('socialize.setStatus');
    expect(error.attempts).toBe(1);
    expect(error.info?.retry).toBe('none');
    expect(error.trace?.attempts).toHaveLength(1);
  });

  it('offers a non-throwing form whose error narrows by code', async () => {
    server.queue((_req, res) => json(res, apiError(403005, 'Unauthorized user')));
    const c = client();
    const result = await c.socialize.setStatus.safe({ uid: 'nobody', status: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(c.socialize.setStatus.isError(result.error)).toBe(true);
      expect(c.socialize.getUserInfo.isError(result.error)).toBe(false);
      expect((result.error as GigyaApiError).errorCode).toBe(403005);
    }
    const good = await c.socialize.setStatus.safe({ uid: 'u1', status: 'x' });
    expect(good.ok && good.data.errorCode).toBe(0);
  });

  it('returns pending codes as results, not exceptions', async () => {
    server.queue((_req, res) => json(res, { ...apiError(206001, 'Account Pending Registration'), regToken: 'rt' }));
    const c = client();
    const result = await c.socialize.notifyLogin({ siteUID: 'u1' });
    expect(result.errorCode).toBe(206001);
    expect((result as unknown as Record<string, unknown>).regToken).toBe('rt');
  });

  it('parses XML responses to the same object as JSON', async () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<socialize.getUserInfoResponse xmlns="urn:com:gigya:api" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:com:gigya:api http://socialize.api.gigya.com/schema/1.0.xsd">
  <statusCode>200</statusCode><statusReason>OK</statusReason><errorCode>0</errorCode><callId>x1</callId><time>2024-01-01T00:00:00.000Z</time>
  <UID>u1</UID><nickname>Ann</nickname><isSiteUID>true</isSiteUID><age>33</age>
</socialize.getUserInfoResponse>`;
    server.queue((req, res) => {
      expect(req.params.format).toBe('xml');
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(xml);
    });
    const c = client({ format: 'xml' });
    const user = await c.socialize.getUserInfo({ uid: 'u1' });
    expect(user).toMatchObject({ statusCode: 200, statusReason: 'OK', errorCode: 0, UID: 'u1', nickname: 'Ann', isSiteUID: true, age: 33 });
    server.queue((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(`<?xml version="1.0"?><socialize.setStatusResponse xmlns="urn:com:gigya:api"><statusCode>500</statusCode><statusReason>Internal Server Error</statusReason><errorCode>500024</errorCode><errorMessage>No valid session</errorMessage></socialize.setStatusResponse>`);
    });
    const error = (await c.socialize.setStatus({ uid: 'u1', status: 'x' }).catch((e: unknown) => e)) as GigyaApiError;
    expect(error.errorCode).toBe(500024);
    expect(error.errorMessage).toBe('No valid session');
  });

  it('turns an HTML error page into GigyaResponseError, never a silent success', async () => {
    server.queue((_req, res) => {
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('<html><body><h1>503 Service Unavailable</h1></body></html>');
    });
    const c = client({ maxRetries: 0 });
    const error = (await c.socialize.setStatus({ uid: 'u1', status: 'x' }).catch((e: unknown) => e)) as GigyaResponseError;
    expect(error).toBeInstanceOf(GigyaResponseError);
    expect(error.httpStatus).toBe(503);
    expect(error.excerpt).toContain('503 Service Unavailable');
    expect(error.method).toBe('socialize.setStatus');
  });
});

describe('retries', () => {
  it('retries transient codes with a fresh timestamp, nonce and signature each time', async () => {
    server.queue((_r, res) => json(res, apiError(500001, 'General Server error')), (_r, res) => json(res, apiError(403048, 'Api rate limit exceeded')));
    const c = client();
    const result = await c.socialize.setStatus({ uid: 'u1', status: 'x' });
    expect(result.errorCode).toBe(0);
    expect(server.requests).toHaveLength(3);
    const nonces = new Set(server.requests.map((r) => r.params.nonce));
    const sigs = new Set(server.requests.map((r) => r.params.sig));
    expect(nonces.size).toBe(3);
    expect(sigs.size).toBe(3);
    for (const r of server.requests) expect(r.params.sig).toBe(signatureOf(r, SECRET));
    const trace = getTrace(result)!;
    expect(trace.attempts.map((a) => a.errorCode)).toEqual([500001, 403048, 0]);
  });

  it('gives up after maxRetries and reports the attempts', async () => {
    server.fallback((_r, res) => json(res, apiError(500001, 'General Server error')));
    const c = client({ maxRetries: 1 });
    const error = (await c.socialize.setStatus({ uid: 'u1', status: 'x' }).catch((e: unknown) => e)) as GigyaApiError;
    expect(error.errorCode).toBe(500001);
    expect(error.attempts).toBe(2);
    const perCall = (await c.socialize.setStatus({ uid: 'u1', status: 'x' }, { maxRetries: 0 }).catch((e: unknown) => e)) as GigyaApiError;
    expect(perCall.attempts).toBe(1);
  });

  it('corrects the clock from 403002 and retries once; later calls use the offset', async () => {
    const skewMs = 3_600_000;
    server.fallback((req, res) => {
      const drift = Math.abs(Number(req.params.timestamp) - Date.now() / 1000);
      if (drift > 120) json(res, apiError(403002, 'Request has expired'));
      else json(res, ok());
    });
    const c = client({ now: () => Date.now() + skewMs });
    await c.socialize.setStatus({ uid: 'u1', status: 'x' });
    expect(server.requests).toHaveLength(2);
    await c.socialize.setStatus({ uid: 'u1', status: 'y' });
    expect(server.requests).toHaveLength(3);
    expect(new Set(server.requests.map((r) => r.params.nonce)).size).toBe(3);
  });

  it('retries a reset connection only for methods that are safe to repeat', async () => {
    server.queue((_r, res) => void res.socket!.destroy());
    const c = client();
    const user = await c.socialize.getUserInfo({ uid: 'u1' });
    expect(user.errorCode).toBe(0);
    expect(server.requests).toHaveLength(2);

    server.requests.length = 0;
    server.queue((_r, res) => void res.socket!.destroy());
    const error = await c.socialize.setStatus({ uid: 'u1', status: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GigyaConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it('times out, and does not repeat a write that may have been applied', async () => {
    server.queue(() => undefined);
    const c = client({ timeoutMs: 150 });
    const error = (await c.socialize.setStatus({ uid: 'u1', status: 'x' }).catch((e: unknown) => e)) as GigyaTimeoutError;
    expect(error).toBeInstanceOf(GigyaTimeoutError);
    expect(error.timeoutMs).toBe(150);
    expect(server.requests).toHaveLength(1);
    await c.close();
  });

  it('stops waiting between attempts when the caller aborts', async () => {
    server.fallback((_r, res) => json(res, apiError(403048, 'Api rate limit exceeded')));
    const c = client({ retry: { rateLimitDelayMs: 10_000, maxDelayMs: 20_000 } });
    const controller = new AbortController();
    const pending = c.socialize.setStatus({ uid: 'u1', status: 'x' }, { signal: controller.signal }).catch((e: unknown) => e);
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    expect(await pending).toBeInstanceOf(GigyaAbortError);
  });
});

describe('generic call', () => {
  it('signs, validates known names and accepts unknown ones', async () => {
    const c = client();
    const known = await c.call('socialize.getUserInfo', { uid: 'u1' });
    expect(known.errorCode).toBe(0);
    await expect(c.call('socialize.setStatus', { uid: 'u1' } as never)).rejects.toBeInstanceOf(GigyaValidationError);
    await c.call('accounts.getAccountInfo', { UID: 'u1', include: 'profile' });
    const req = server.requests.at(-1)!;
    expect(req.path).toBe('/accounts.getAccountInfo');
    expect(req.params.sig).toBe(signatureOf(req, SECRET));
    expect(() => c.call('not a method')).toThrow(GigyaConfigError);
  });

  it('matches every response to its request under concurrency', async () => {
    server.fallback((req, res) => json(res, ok({ providerPostIDs: { echo: req.params.status } })));
    const c = client();
    const statuses = Array.from({ length: 200 }, (_, i) => `status-${i}`);
    const results = await Promise.all(statuses.map((status) => c.call('socialize.setStatus', { uid: 'u1', status })));
    expect(results.map((r) => r.providerPostIDs?.echo)).toEqual(statuses);
    expect(new Set(server.requests.map((r) => r.params.nonce)).size).toBe(200);
    await c.close();
  });
});

describe('secrets never leak', () => {
  it('keeps the secret, signature and tokens out of logs, errors, traces and inspection', async () => {
    const traces: CallTrace[] = [];
    const messages: string[] = [];
    const logger = {
      debug: (m: string, t: CallTrace) => (messages.push(m), traces.push(t)),
      warn: (m: string, t: CallTrace) => (messages.push(m), traces.push(t)),
    };
    server.queue((_r, res) => json(res, apiError(403003, 'Invalid request signature')));
    const c = client({ logger, maxRetries: 0 });
    const error = await c.socialize.setStatus({ uid: 'u1', status: 'x' }).catch((e: unknown) => e);
    const result = await c.socialize.setStatus({ uid: 'u1', status: 'y' });
    const sigs = server.requests.map((r) => r.params.sig!);
    const printed = [
      inspect(c, { depth: 10, showHidden: true }),
      JSON.stringify(c),
      inspect(error, { depth: 10, showHidden: true }),
      String(error),
      (error as Error).stack ?? '',
      JSON.stringify(traces),
      messages.join('\n'),
      inspect(getTrace(result), { depth: 10 }),
      inspect(result, { depth: 10, showHidden: true }),
    ].join('\n');
    for (const secret of [SECRET, ...sigs]) expect(printed).not.toContain(secret);
    expect(printed).toContain('[REDACTED]');
    expect(traces[0]!.params.apiKey).toBe(API_KEY);

    const tokenClient = createClient({ oauthToken: 'very-secret-token', baseUrl: server.url });
    const tokenResult = await tokenClient.socialize.getUserInfo();
    expect(inspect(getTrace(tokenResult), { depth: 10 }) + inspect(tokenClient, { showHidden: true })).not.toContain('very-secret-token');
  });
});
