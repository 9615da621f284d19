import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
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
import { verifyJwtRs256 } from '../../src/emulator/jwt.js';
import { apiError, json, ok, startTestServer, type RecordedRequest, type TestServer } from '../helpers/http-server.js';

/** The rejection of a call that must fail. */
async function failure<T = GigyaApiError>(promise: Promise<unknown>): Promise<T> {
  try {
    await promise;
  } catch (error) {
    return error as T;
  }
  throw new Error('expected the call to fail');
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 5));
}

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
  server.fallback((req, res) => json(res, ok({}, req)));
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
    expect(req!.params).toMatchObject({
      apiKey: API_KEY,
      uid: 'u1',
      status: 'I feel great',
      format: 'json',
      httpStatusCodes: 'false',
      sdk: 'gigya-typed_0.1.0',
    });
    expect(req!.params.secret).toBeUndefined();
    expect(Number(req!.params.timestamp)).toBeGreaterThan(1_600_000_000);
    expect(Number(req!.params.timestamp)).toBeLessThan(10_000_000_000);
    expect(req!.params.sig).toBe(signatureOf(req!, SECRET));
    await c.close();
  });

  it('sends the nested userAction as JSON and signs that exact text', async () => {
    const c = client();
    const userAction = {
      title: 'Title',
      userMessage: 'This is my user message',
      mediaItems: [{ type: 'image' as const, src: 'http://x/y.png', href: 'http://x' }],
    };
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
    const c = createClient({
      apiKey: API_KEY,
      userKey: USER_KEY,
      secret: USER_SECRET,
      authMode: 'secret',
      dispatcher: loopbackDispatcher(seen),
    });
    await c.socialize.getUserInfo({ uid: 'u1' });
    expect(seen).toEqual(['https://socialize.us1.gigya.com/socialize.getUserInfo']);
    const [req] = server.requests;
    expect(req!.params).toMatchObject({ apiKey: API_KEY, userKey: USER_KEY, secret: USER_SECRET });
    expect(req!.params.sig).toBeUndefined();
    expect(req!.params.nonce).toBeUndefined();
    await c.close();
  });

  it('refuses to send a secret over plain HTTP, locally, with 403006', async () => {
    const c = createClient({
      apiKey: API_KEY,
      userKey: USER_KEY,
      secret: USER_SECRET,
      authMode: 'secret',
      baseUrl: server.url,
    });
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
    expect(() => createClient({ apiKey: API_KEY, secret: 'not base64 !!', baseUrl: server.url })).toThrow(
      GigyaConfigError,
    );
    expect(() => createClient({ baseUrl: server.url })).toThrow(GigyaConfigError);
  });
});

describe('hosts', () => {
  it('addresses <namespace>.<domain>/<method> per data center, including nested method names', async () => {
    const seen: string[] = [];
    const eu = createClient({
      apiKey: API_KEY,
      secret: SECRET,
      dataCenter: 'eu1',
      dispatcher: loopbackDispatcher(seen),
    });
    await eu.socialize.getUserInfo({ uid: 'u1' });
    await eu.call('accounts.tfa.initTFA', { provider: 'gigyaPhone', mode: 'register' });
    const cn = createClient({
      apiKey: API_KEY,
      secret: SECRET,
      dataCenter: 'cn1',
      dispatcher: loopbackDispatcher(seen),
    });
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
    server.queue((_req, res) =>
      json(
        res,
        apiError(301001, 'Invalid data center', {
          apiDomain: 'eu1.gigya.com',
          location: 'https://socialize.eu1.gigya.com/socialize.setStatus',
        }),
      ),
    );
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
    expect((error as GigyaValidationError).issues).toEqual([
      expect.objectContaining({ path: 'status', problem: 'missing' }),
    ]);
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
    // @ts-expect-error sig is set by the client, not a param of the method
    const reserved = await c.call('socialize.getUserInfo', { uid: 'u1', sig: 'x' }).catch((e: unknown) => e);
    expect(reserved).toBeInstanceOf(GigyaValidationError);
    expect(server.requests).toHaveLength(0);
  });

  it('names each unknown param with its own path, nested ones included', async () => {
    const params = { userAction: { title: 't', colour: 'red' }, bogus: 1, other: 2 };
    const error = await failure<GigyaValidationError>(client().socialize.publishUserAction(params as never));
    expect(error.errorCode).toBe(400006);
    expect(error.issues.map((i) => [i.path, i.problem])).toEqual(
      expect.arrayContaining([
        ['bogus', 'unknown'],
        ['other', 'unknown'],
        ['userAction.colour', 'unknown'],
      ]),
    );
    expect(error.issues).toHaveLength(3);
    expect(error.message).toContain('userAction.colour: unknown field of userAction');
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
    const xml =
      `<?xml version="1.0" encoding="utf-8"?>
<socialize.getUserInfoResponse xmlns="urn:com:gigya:api" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ` +
      `xsi:schemaLocation="urn:com:gigya:api http://socialize.api.gigya.com/schema/1.0.xsd">
  <statusCode>200</statusCode><statusReason>OK</statusReason><errorCode>0</errorCode><callId>x1</callId><time>2024-0` +
      `1-01T00:00:00.000Z</time>
  <UID>u1</UID><nickname>Ann</nickname><isSiteUID>true</isSiteUID><age>33</age>
</socialize.getUserInfoResponse>`;
    server.queue((req, res) => {
      expect(req.params.format).toBe('xml');
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(xml);
    });
    const c = client({ format: 'xml' });
    const user = await c.socialize.getUserInfo({ uid: 'u1' });
    expect(user).toMatchObject({
      statusCode: 200,
      statusReason: 'OK',
      errorCode: 0,
      UID: 'u1',
      nickname: 'Ann',
      isSiteUID: true,
      age: 33,
    });
    server.queue((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(
        `<?xml version="1.0"?><socialize.setStatusResponse ` +
          `xmlns="urn:com:gigya:api"><statusCode>500</statusCode><statusReason>Internal Server ` +
          `Error</statusReason><errorCode>500024</errorCode><errorMessage>No valid ` +
          `session</errorMessage></socialize.setStatusResponse>`,
      );
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
    const error = (await c.socialize
      .setStatus({ uid: 'u1', status: 'x' })
      .catch((e: unknown) => e)) as GigyaResponseError;
    expect(error).toBeInstanceOf(GigyaResponseError);
    expect(error.httpStatus).toBe(503);
    expect(error.excerpt).toContain('503 Service Unavailable');
    expect(error.method).toBe('socialize.setStatus');
  });
});

describe('retries', () => {
  it('retries transient codes with a fresh timestamp, nonce and signature each time', async () => {
    server.queue(
      (_r, res) => json(res, apiError(500001, 'General Server error')),
      (_r, res) => json(res, apiError(403048, 'Api rate limit exceeded')),
    );
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
    const perCall = (await c.socialize
      .setStatus({ uid: 'u1', status: 'x' }, { maxRetries: 0 })
      .catch((e: unknown) => e)) as GigyaApiError;
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
    const error = (await c.socialize
      .setStatus({ uid: 'u1', status: 'x' })
      .catch((e: unknown) => e)) as GigyaTimeoutError;
    expect(error).toBeInstanceOf(GigyaTimeoutError);
    expect(error.timeoutMs).toBe(150);
    expect(server.requests).toHaveLength(1);
    await c.close();
  });

  it('stops waiting between attempts when the caller aborts', async () => {
    let answered = false;
    server.fallback((_r, res) => {
      res.on('finish', () => (answered = true));
      json(res, apiError(403048, 'Api rate limit exceeded'));
    });
    // The rate limit waits at least half of rateLimitDelayMs (5 s) before the next attempt.
    const c = client({ retry: { rateLimitDelayMs: 10_000, maxDelayMs: 20_000 } });
    const controller = new AbortController();
    const pending = c.socialize
      .setStatus({ uid: 'u1', status: 'x' }, { signal: controller.signal })
      .catch((e: unknown) => e);
    await until(() => answered);
    // Let the client parse the answer and start waiting.
    await new Promise((r) => setTimeout(r, 100));
    const abortedAt = Date.now();
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(GigyaAbortError);
    expect(Date.now() - abortedAt).toBeLessThan(2_000);
    expect(server.requests).toHaveLength(1);
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
    // A rejection, not a synchronous throw: `.catch()` must see every failure.
    const badName = c.call('not a method');
    await expect(badName).rejects.toBeInstanceOf(GigyaConfigError);
    await c.close();
    await expect(c.call('socialize.getUserInfo', { uid: 'u1' })).rejects.toThrow(/client was closed/);
    await expect(c.socialize.getUserInfo({ uid: 'u1' })).rejects.toThrow(/client was closed/);
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
    const record = (f: Record<string, unknown>, m: string): void => {
      messages.push(m);
      traces.push(f.trace as CallTrace);
    };
    const logger = { debug: record, info: record, warn: record, error: record };
    server.queue((_r, res) => json(res, apiError(403003, 'Invalid request signature')));
    const c = client({ logger, logLevel: 'debug', maxRetries: 0 });
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
    expect(inspect(getTrace(tokenResult), { depth: 10 }) + inspect(tokenClient, { showHidden: true })).not.toContain(
      'very-secret-token',
    );
  });
});

describe('timeouts and signals, per client and per call', () => {
  it('a per-call timeoutMs overrides the client’s, in both directions', async () => {
    server.queue((r, res) => void setTimeout(() => json(res, ok({}, r)), 300));
    const slowClient = client({ timeoutMs: 100 });
    const result = await slowClient.socialize.getUserInfo({ uid: 'u1' }, { timeoutMs: 10_000 });
    expect(result.errorCode).toBe(0);
    expect(server.requests).toHaveLength(1);

    server.queue(() => undefined);
    const error = await failure<GigyaTimeoutError>(
      client().socialize.setStatus({ uid: 'u1', status: 'x' }, { timeoutMs: 120 }),
    );
    expect(error).toBeInstanceOf(GigyaTimeoutError);
    expect(error.timeoutMs).toBe(120);
    expect(error.method).toBe('socialize.setStatus');
    await slowClient.close();
  });

  it('rejects bad per-call options before anything is sent', async () => {
    const c = client();
    for (const options of [
      { timeoutMs: 0 },
      { timeoutMs: Number.NaN },
      { maxRetries: -1 },
      { maxRetries: 1.5 },
      { format: 'yaml' as never },
    ]) {
      const error = await failure<GigyaConfigError>(c.socialize.getUserInfo({ uid: 'u1' }, options));
      expect(error).toBeInstanceOf(GigyaConfigError);
      expect(error.attempts).toBe(0);
    }
    expect(server.requests).toHaveLength(0);
    expect(() => client({ format: 'yaml' as never })).toThrow(GigyaConfigError);
    expect(() => client({ retry: { baseDelayMs: -1 } })).toThrow(GigyaConfigError);
  });

  it('a client-level signal aborts every call in flight and every later call', async () => {
    server.queue(
      () => undefined,
      () => undefined,
    );
    const controller = new AbortController();
    const c = client({ signal: controller.signal });
    const first = failure(c.socialize.getUserInfo({ uid: 'u1' }));
    const second = failure(c.call('accounts.getAccountInfo', { UID: 'u1' }));
    await until(() => server.requests.length === 2);
    controller.abort();
    const [a, b] = await Promise.all([first, second]);
    expect(a).toBeInstanceOf(GigyaAbortError);
    expect(b).toBeInstanceOf(GigyaAbortError);
    expect(a.method).toBe('socialize.getUserInfo');
    // A safe method is not retried after an abort.
    expect(a.attempts).toBe(1);

    const later = await failure(c.socialize.getUserInfo({ uid: 'u1' }));
    expect(later).toBeInstanceOf(GigyaAbortError);
    expect(later.attempts).toBe(0);
    expect(server.requests).toHaveLength(2);
  });

  it('a per-call signal aborts that call only, also when the client has a signal', async () => {
    server.queue(
      () => undefined,
      () => undefined,
    );
    const clientController = new AbortController();
    const callController = new AbortController();
    const c = client({ signal: clientController.signal });
    const mine = failure(c.socialize.getUserInfo({ uid: 'mine' }, { signal: callController.signal }));
    const other = failure(c.socialize.getUserInfo({ uid: 'other' }));
    await until(() => server.requests.length === 2);
    callController.abort();
    expect(await mine).toBeInstanceOf(GigyaAbortError);
    let otherSettled = false;
    void other.then(() => (otherSettled = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(otherSettled).toBe(false);
    clientController.abort();
    expect(await other).toBeInstanceOf(GigyaAbortError);

    const preAborted = new AbortController();
    preAborted.abort();
    expect(await failure(client().socialize.getUserInfo({ uid: 'u1' }, { signal: preAborted.signal }))).toBeInstanceOf(
      GigyaAbortError,
    );
    expect(server.requests).toHaveLength(2);
  });
});

describe('response format per call', () => {
  const xmlUser =
    `<?xml version="1.0" encoding="utf-8"?><socialize.getUserInfoResponse ` +
    `xmlns="urn:com:gigya:api"><statusCode>200</statusCode><statusReason>OK</statusReason><errorCode>0</errorCode><c` +
    `allId>x2</callId><UID>u1</UID><age>41</age></socialize.getUserInfoResponse>`;

  it('asks for XML on one call of a JSON client, signed like any other param', async () => {
    server.queue((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(xmlUser);
    });
    const c = client();
    const user = await c.socialize.getUserInfo({ uid: 'u1' }, { format: 'xml' });
    expect(user).toMatchObject({ errorCode: 0, callId: 'x2', UID: 'u1', age: 41 });
    const req = server.requests[0]!;
    expect(req.params.format).toBe('xml');
    expect(req.params.sig).toBe(signatureOf(req, SECRET));
    expect(getTrace(user)!.format).toBe('xml');
    await c.socialize.getUserInfo({ uid: 'u1' });
    expect(server.requests[1]!.params.format).toBe('json');
  });

  it('client.call honours format, for catalogued and unknown methods', async () => {
    server.queue(
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(xmlUser);
      },
      (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(
          '<accounts.getAccountInfoResponse><statusCode>200</statusCode><errorCode>0</errorCode><UID>u9</UID></accou' +
            'nts.getAccountInfoResponse>',
        );
      },
    );
    const c = client();
    const known = await c.call('socialize.getUserInfo', { uid: 'u1' }, { format: 'xml' });
    expect(known.age).toBe(41);
    const unknown = await c.call('accounts.getAccountInfo', { UID: 'u9' }, { format: 'xml' });
    expect(unknown).toMatchObject({ errorCode: 0, UID: 'u9' });
    expect(server.requests.map((r) => r.params.format)).toEqual(['xml', 'xml']);
  });
});

describe('traces and the logger', () => {
  it('records each attempt with timings and the retry delay, on the result and through the logger', async () => {
    let clock = Date.now();
    const debug: Array<[string, CallTrace]> = [];
    const info: string[] = [];
    server.queue(
      (_r, res) => json(res, apiError(500001, 'General Server error')),
      (_r, res) => json(res, ok({ callId: 'call-ok' })),
    );
    // A clock that moves on every reading: timings come from `now`, so they are exact, not wall-clock.
    const c = client({
      now: () => (clock += 7),
      logLevel: 'debug',
      logger: { debug: (f, m) => debug.push([m, f.trace as CallTrace]), info: (_f, m) => info.push(m) },
    });
    const result = await c.socialize.setStatus({ uid: 'u1', status: 'x' });
    const trace = getTrace(result)!;
    expect(debug).toHaveLength(1);
    expect(debug[0]![1]).toBe(trace);
    expect(debug[0]![0]).toMatch(/socialize\.setStatus ok \(2 attempts, \d+ ms\)/);
    expect(info).toEqual([expect.stringMatching(/attempt 1 failed \(error 500001\); retrying in \d+ ms/)]);
    expect(trace).toMatchObject({
      method: 'socialize.setStatus',
      url: `${server.url}/socialize.setStatus`,
      httpMethod: 'POST',
      format: 'json',
      authMode: 'signed',
      callId: 'call-ok',
    });
    expect(trace.params).toMatchObject({ apiKey: API_KEY, uid: 'u1', status: 'x', sig: '[REDACTED]' });
    expect(trace.params.nonce).toBe(server.requests[1]!.params.nonce);
    const [first, second] = trace.attempts;
    expect(first).toMatchObject({ attempt: 1, httpStatus: 200, errorCode: 500001, retryReason: 'transient 500001' });
    expect(second).toMatchObject({ attempt: 2, httpStatus: 200, errorCode: 0 });
    expect(second!.retryReason).toBeUndefined();
    expect(first!.delayMs).toBeGreaterThanOrEqual(0);
    expect(first!.delayMs).toBeLessThanOrEqual(1);
    for (const a of [first!, second!]) expect(a.durationMs).toBeGreaterThan(0);
    expect(second!.startedAt).toBeGreaterThan(first!.startedAt + first!.durationMs);
    expect(trace.totalMs).toBeGreaterThan(first!.durationMs + second!.durationMs);
  });

  it('gives a failed call’s trace to logger.info and to the error, and survives a throwing logger', async () => {
    server.fallback((_r, res) => json(res, apiError(500001, 'General Server error', { callId: 'bad-1' })));
    const warned: CallTrace[] = [];
    const c = client({
      maxRetries: 1,
      logLevel: 'info',
      logger: { info: (f) => void (f.err ? warned.push(f.trace as CallTrace) : undefined) },
    });
    const error = await failure(c.socialize.setStatus({ uid: 'u1', status: 'x' }));
    expect(warned).toHaveLength(1);
    expect(warned[0]).toBe(error.trace);
    expect(getTrace(error)).toBe(error.trace);
    expect(error.trace!.attempts.map((a) => a.errorCode)).toEqual([500001, 500001]);
    expect(error.trace!.callId).toBe('bad-1');
    // The trace is not enumerable: logging the error stays short.
    expect(Object.keys(error)).not.toContain('trace');

    server.fallback((r, res) => json(res, ok({}, r)));
    const throwing = client({
      logger: {
        debug: () => {
          throw new Error('logger down');
        },
      },
    });
    expect((await throwing.socialize.getUserInfo({ uid: 'u1' })).errorCode).toBe(0);

    // A logger object whose methods use `this` (a class instance) is called as such.
    class Collecting {
      readonly seen: string[] = [];
      debug(_fields: object, message: string): void {
        this.seen.push(message);
      }
    }
    const collecting = new Collecting();
    await client({ logger: collecting, logLevel: 'debug' }).socialize.getUserInfo({ uid: 'u1' });
    expect(collecting.seen).toEqual([expect.stringMatching(/^socialize\.getUserInfo ok \(1 attempt, \d+ ms\)$/)]);
  });

  it('traces errors raised before sending, with the method and no attempts', async () => {
    const warned: CallTrace[] = [];
    const c = client({ logLevel: 'info', logger: { info: (f) => void warned.push(f.trace as CallTrace) } });
    // @ts-expect-error status is required
    const error = await failure<GigyaValidationError>(c.socialize.setStatus({ uid: 'u1' }));
    expect(error.trace).toMatchObject({ method: 'socialize.setStatus', attempts: [] });
    expect(warned).toHaveLength(1);
  });
});

describe('retry classes', () => {
  it('403004 (duplicate nonce) is retried once, at once, with a new nonce, for a method safe to repeat', async () => {
    server.queue((_r, res) => json(res, apiError(403004, 'Duplicate nonce')));
    const c = client({ maxRetries: 0 });
    const result = await c.socialize.getUserInfo({ uid: 'u1' });
    expect(result.errorCode).toBe(0);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]!.params.nonce).not.toBe(server.requests[1]!.params.nonce);
    expect(getTrace(result)!.attempts[0]).toMatchObject({ errorCode: 403004, retryReason: 'new nonce', delayMs: 0 });

    server.requests.length = 0;
    server.fallback((_r, res) => json(res, apiError(403004, 'Duplicate nonce')));
    const error = await failure(client({ maxRetries: 5 }).socialize.getUserInfo({ uid: 'u1' }));
    expect(error.errorCode).toBe(403004);
    expect(error.attempts).toBe(2);
  });

  it('403004 is not retried for a write: the copy Gigya saw first may have been carried out', async () => {
    server.queue((_r, res) => json(res, apiError(403004, 'Duplicate nonce')));
    const error = await failure(client({ maxRetries: 5 }).socialize.setStatus({ uid: 'u1', status: 'x' }));
    expect(error.errorCode).toBe(403004);
    expect(server.requests).toHaveLength(1);
  });

  it.each([500028, 100001])('%i is retried only for methods that are safe to repeat', async (code) => {
    server.fallback((_r, res) => json(res, apiError(code, 'try again')));
    const c = client({ maxRetries: 1 });
    const unsafe = await failure(c.socialize.setStatus({ uid: 'u1', status: 'x' }));
    expect(unsafe.errorCode).toBe(code);
    expect(server.requests).toHaveLength(1);
    const safe = await failure(c.socialize.getUserInfo({ uid: 'u1' }));
    expect(safe.attempts).toBe(2);
    expect(server.requests).toHaveLength(3);
  });

  it.each([409030, 504001, 500001])(
    '%i is transient: retried even for a method that is not safe to repeat',
    async (code) => {
      server.queue((_r, res) => json(res, apiError(code, 'busy')));
      const result = await client().socialize.setStatus({ uid: 'u1', status: 'x' });
      expect(result.errorCode).toBe(0);
      expect(server.requests).toHaveLength(2);
    },
  );

  it('waits longer after 403048 than after a transient error (recorded delays, not wall clock)', async () => {
    server.queue(
      (_r, res) => json(res, apiError(403048, 'Api rate limit exceeded')),
      (_r, res) => json(res, apiError(500001, 'General Server error')),
    );
    const c = client({ retry: { baseDelayMs: 1, maxDelayMs: 5, rateLimitDelayMs: 40 } });
    const result = await c.socialize.setStatus({ uid: 'u1', status: 'x' });
    const [rateLimited, transient] = getTrace(result)!.attempts;
    expect(rateLimited!.retryReason).toBe('rate-limit 403048');
    expect(rateLimited!.delayMs).toBeGreaterThanOrEqual(20);
    expect(rateLimited!.delayMs).toBeLessThanOrEqual(40);
    expect(transient!.delayMs).toBeLessThanOrEqual(2);
  });

  it('403002 is retried once only: a second 403002 surfaces', async () => {
    server.fallback((_r, res) => json(res, apiError(403002, 'Request has expired')));
    const error = await failure(client({ maxRetries: 5 }).socialize.setStatus({ uid: 'u1', status: 'x' }));
    expect(error.errorCode).toBe(403002);
    expect(error.attempts).toBe(2);
    expect(error.trace!.attempts[0]!.retryReason).toMatch(/^clock corrected by -?\d+ s$/);
  });

  it('times out and retries a method that is safe to repeat', async () => {
    server.queue(() => undefined);
    const result = await client({ timeoutMs: 150 }).socialize.getUserInfo({ uid: 'u1' });
    expect(result.errorCode).toBe(0);
    expect(server.requests).toHaveLength(2);
    expect(getTrace(result)!.attempts[0]).toMatchObject({
      failure: 'GigyaTimeoutError',
      retryReason: 'GigyaTimeoutError',
    });
  });
});

describe('301001 (wrong data center)', () => {
  it('surfaces at once when the client uses a baseUrl, which cannot move', async () => {
    server.fallback((_r, res) => json(res, apiError(301001, 'Invalid data center', { apiDomain: 'eu1.gigya.com' })));
    const error = await failure(client({ maxRetries: 5 }).socialize.setStatus({ uid: 'u1', status: 'x' }));
    expect(error.errorCode).toBe(ErrorCode.InvalidDataCenter);
    expect(error.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('moves once per call: a second 301001, or one naming no usable domain, surfaces', async () => {
    const seen: string[] = [];
    server.fallback((_r, res) => json(res, apiError(301001, 'Invalid data center', { apiDomain: 'eu1.gigya.com' })));
    const c = createClient({ apiKey: API_KEY, secret: SECRET, dispatcher: loopbackDispatcher(seen), ...fast });
    const error = await failure(c.socialize.setStatus({ uid: 'u1', status: 'x' }));
    expect(error.errorCode).toBe(301001);
    expect(seen).toEqual([
      'https://socialize.us1.gigya.com/socialize.setStatus',
      'https://socialize.eu1.gigya.com/socialize.setStatus',
    ]);

    seen.length = 0;
    server.fallback((_r, res) =>
      json(res, apiError(301001, 'Invalid data center', { apiDomain: 'evil.example/x?y=' })),
    );
    const other = createClient({ apiKey: API_KEY, secret: SECRET, dispatcher: loopbackDispatcher(seen), ...fast });
    expect((await failure(other.socialize.setStatus({ uid: 'u1', status: 'x' }))).attempts).toBe(1);
    expect(seen).toEqual(['https://socialize.us1.gigya.com/socialize.setStatus']);
  });
});

describe('local errors carry the call', () => {
  it('a local 403006 names the method, so isError() matches it', async () => {
    const c = createClient({
      apiKey: API_KEY,
      userKey: USER_KEY,
      secret: USER_SECRET,
      authMode: 'secret',
      baseUrl: server.url,
    });
    const error = await failure(c.socialize.getUserInfo({ uid: 'u1' }));
    expect(error.errorCode).toBe(403006);
    expect(error.method).toBe('socialize.getUserInfo');
    expect(c.socialize.getUserInfo.isError(error)).toBe(true);
    const safe = await c.socialize.getUserInfo.safe({ uid: 'u1' });
    expect(safe.ok).toBe(false);
  });

  it(
    'an apiKey-only client calling a method the catalog marks signed is sent; ' + 'Gigya’s 403007 comes back typed',
    async () => {
      server.queue((req, res) =>
        json(res, req.params.sig === undefined ? apiError(403007, 'Permission denied') : ok()),
      );
      const c = createClient({ apiKey: API_KEY, baseUrl: server.url });
      expect(c.socialize.getUserInfo.descriptor.access).toBe('signed');
      const error = await failure(c.socialize.getUserInfo({ uid: 'u1' }));
      expect(error.errorCode).toBe(ErrorCode.PermissionDenied);
      expect(error.local).toBe(false);
      expect(c.socialize.getUserInfo.isError(error)).toBe(true);
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]!.params).toMatchObject({ apiKey: API_KEY, uid: 'u1' });
    },
  );

  it('GigyaApiError carries errorDetails and statusReason from the envelope', async () => {
    server.queue((_r, res) =>
      json(res, {
        ...apiError(400006, 'Invalid parameter value'),
        errorDetails: 'uid is malformed',
        statusReason: 'Bad Request',
      }),
    );
    const error = await failure(client().socialize.getUserInfo({ uid: 'u1' }));
    expect(error).toMatchObject({
      errorCode: 400006,
      errorMessage: 'Invalid parameter value',
      errorDetails: 'uid is malformed',
      statusReason: 'Bad Request',
      statusCode: 400,
      local: false,
    });
    expect(error.message).toContain('uid is malformed');
  });
});

describe('proxy', () => {
  it('goes through an HTTP proxy in absolute form, signed for the http URL it names', async () => {
    // A local node:http server stands in for the proxy and answers itself: nothing leaves 127.0.0.1.
    const seen: Array<{ method: string; url: string; host: string | undefined; body: string }> = [];
    const connects: string[] = [];
    const proxy = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push({
          method: req.method ?? '',
          url: req.url ?? '',
          host: req.headers.host,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        json(res, ok({ callId: 'via-proxy' }));
      });
    });
    // A tunnel would hide the request from the proxy; refuse it so the test fails fast.
    proxy.on('connect', (req: IncomingMessage, socket: Socket) => {
      connects.push(req.url ?? '');
      socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.address() as AddressInfo;
    const c = createClient({
      apiKey: API_KEY,
      secret: SECRET,
      protocol: 'http',
      proxy: `http://127.0.0.1:${port}`,
      ...fast,
      maxRetries: 0,
    });
    try {
      const result = await c.socialize.setStatus({ uid: 'u1', status: 'through the proxy' });
      expect(result.callId).toBe('via-proxy');
      const target = 'http://socialize.us1.gigya.com/socialize.setStatus';
      expect(connects).toEqual([]);
      expect(seen).toHaveLength(1);
      const [req] = seen;
      expect(req!.method).toBe('POST');
      expect(req!.url).toBe(target);
      expect(req!.host).toBe('socialize.us1.gigya.com');
      const params = Object.fromEntries(new URLSearchParams(req!.body));
      expect(params.status).toBe('through the proxy');
      const { sig, ...signed } = params;
      expect(sig).toBe(calcSignature(buildSignatureBaseString('POST', target, signed), SECRET));
      expect(sig).not.toBe(
        calcSignature(
          buildSignatureBaseString('POST', 'https://socialize.us1.gigya.com/socialize.setStatus', signed),
          SECRET,
        ),
      );
      expect(getTrace(result)!.url).toBe(target);
      expect(server.requests).toHaveLength(0);
    } finally {
      await c.close();
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });
});

describe('secrets never leak, in every auth mode', () => {
  function collect() {
    const printed: string[] = [];
    const write = (f: Record<string, unknown>, m: string): void =>
      void printed.push(m, JSON.stringify(f), inspect(f, { depth: Infinity }));
    const logger = { debug: write, info: write, warn: write, error: write };
    const render = (value: unknown): void => {
      printed.push(
        inspect(value, { showHidden: true, depth: Infinity }),
        // Bypasses the client's custom inspection; bounded, since it walks the zod schemas too.
        inspect(value, { showHidden: true, depth: 4, customInspect: false }),
        String(value),
        JSON.stringify(value) ?? '',
      );
      if (value instanceof Error) printed.push(value.message, value.stack ?? '');
      const trace = getTrace(value);
      if (trace) printed.push(JSON.stringify(trace), inspect(trace, { depth: Infinity }));
    };
    return { printed, logger, render, text: () => printed.join('\n') };
  }

  it('bearer: the private key never appears in the client, its errors, traces or logs', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const body = pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
    const fragments = [body.slice(100, 140), body.slice(600, 640), body.slice(-80, -40)];
    const out = collect();
    server.queue((_r, res) => json(res, apiError(403005, 'Unauthorized user')));
    const c = createClient({
      apiKey: API_KEY,
      userKey: USER_KEY,
      privateKey: pem,
      baseUrl: server.url,
      logger: out.logger,
      logLevel: 'debug',
      maxRetries: 0,
    });
    out.render(c);
    out.render(await failure(c.socialize.getUserInfo({ uid: 'u1' })));
    out.render(await c.socialize.getUserInfo({ uid: 'u1' }));
    const tokens = server.requests.map((r) => String(r.headers.authorization).slice('Bearer '.length));

    // A key cut short cannot be parsed: the config error must not quote what it was given.
    const lines = pem.trim().split('\n');
    const broken = [...lines.slice(0, Math.floor(lines.length / 2)), lines.at(-1)!].join('\n');
    const keyError = (() => {
      try {
        createClient({ userKey: USER_KEY, privateKey: broken, baseUrl: server.url });
      } catch (error) {
        return error;
      }
      throw new Error('expected a config error');
    })();
    expect(keyError).toBeInstanceOf(GigyaConfigError);
    out.render(keyError);

    const text = out.text();
    for (const secret of [...fragments, ...tokens]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/Bearer /);
    expect(text).toContain(USER_KEY);
  });

  it('userKey + secret: neither the user key secret nor any sig appears', async () => {
    const out = collect();
    server.queue((_r, res) => json(res, apiError(403003, 'Invalid request signature')));
    const c = createClient({
      userKey: USER_KEY,
      secret: USER_SECRET,
      baseUrl: server.url,
      logger: out.logger,
      logLevel: 'debug',
      maxRetries: 0,
    });
    out.render(c);
    out.render(await failure(c.socialize.setStatus({ uid: 'u1', status: 'x' })));
    out.render(await c.socialize.setStatus({ uid: 'u1', status: 'y' }));
    const sigs = server.requests.map((r) => r.params.sig!);
    expect(sigs).toHaveLength(2);
    for (const secret of [USER_SECRET, ...sigs]) expect(out.text()).not.toContain(secret);
    expect(out.text()).toContain('[REDACTED]');
  });

  it('secret as a param: the secret is sent, but redacted from traces and logs', async () => {
    const out = collect();
    const seen: string[] = [];
    server.queue((_r, res) => json(res, apiError(403010, 'Invalid Secret')));
    const c = createClient({
      apiKey: API_KEY,
      userKey: USER_KEY,
      secret: USER_SECRET,
      authMode: 'secret',
      dispatcher: loopbackDispatcher(seen),
      logger: out.logger,
      logLevel: 'debug',
      maxRetries: 0,
    });
    out.render(c);
    const error = await failure(c.socialize.getUserInfo({ uid: 'u1' }));
    out.render(error);
    out.render(await c.socialize.getUserInfo({ uid: 'u1' }));
    expect(server.requests[0]!.params.secret).toBe(USER_SECRET);
    expect(error.trace!.params.secret).toBe('[REDACTED]');
    expect(out.text()).not.toContain(USER_SECRET);
  });

  it('provider credentials nested in object params and OAuth codes are redacted, the rest kept', async () => {
    const out = collect();
    server.queue((_r, res) => json(res, apiError(400006, 'Invalid parameter value')));
    const c = client({ logger: out.logger, logLevel: 'debug', maxRetries: 0 });
    const providerSessions = {
      facebook: { authToken: 'FB-ACCESS-TOKEN', tokenSecret: 'FB-TOKEN-SECRET', providerUID: 'fb-visible' },
      twitter: { code: 'TW-AUTH-CODE', sessionHandle: 'TW-HANDLE' },
    };
    const error = await failure(c.socialize.notifyLogin({ siteUID: 'u1', providerSessions }));
    out.render(error);
    out.render(
      await c.socialize.getToken({
        grant_type: 'authorization_code',
        code: 'OAUTH-CODE-123',
        redirect_uri: 'https://example.com/cb',
      }),
    );
    expect(server.requests[0]!.params.providerSessions).toContain('FB-ACCESS-TOKEN');
    for (const secret of ['FB-ACCESS-TOKEN', 'FB-TOKEN-SECRET', 'TW-AUTH-CODE', 'TW-HANDLE', 'OAUTH-CODE-123'])
      expect(out.text()).not.toContain(secret);
    expect(JSON.parse(error.trace!.params.providerSessions!)).toEqual({
      facebook: { authToken: '[REDACTED]', tokenSecret: '[REDACTED]', providerUID: 'fb-visible' },
      twitter: { code: '[REDACTED]', sessionHandle: '[REDACTED]' },
    });
  });

  it('oauth: the token appears nowhere, on success or failure', async () => {
    const token = 'st2.very-secret-oauth-token';
    const out = collect();
    server.queue((_r, res) => json(res, apiError(403005, 'Unauthorized user')));
    const c = createClient({
      oauthToken: token,
      apiKey: API_KEY,
      baseUrl: server.url,
      logger: out.logger,
      logLevel: 'debug',
      maxRetries: 0,
    });
    out.render(c);
    out.render(await failure(c.socialize.getUserInfo()));
    out.render(await c.socialize.getUserInfo());
    expect(server.requests[0]!.params.oauth_token).toBe(token);
    expect(out.text()).not.toContain(token);
    expect(out.text()).toContain('[REDACTED]');
  });
});

describe('broken answers at the client level', () => {
  const cut = (_r: RecordedRequest, res: ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '200' });
    res.write('{"errorCode":0,"statusCode":200,"call');
    setTimeout(() => res.socket?.destroy(), 10);
  };

  it('a body cut short is a truncated GigyaResponseError, not repeated for an unsafe method', async () => {
    server.queue(cut);
    const error = await failure<GigyaResponseError>(client().socialize.setStatus({ uid: 'u1', status: 'x' }));
    expect(error).toBeInstanceOf(GigyaResponseError);
    expect(error.problem).toBe('truncated');
    expect(error.method).toBe('socialize.setStatus');
    expect(server.requests).toHaveLength(1);
  });

  it('a safe method is repeated after a truncated or empty answer', async () => {
    server.queue(cut, (_r, res) => void res.end());
    const result = await client().socialize.getUserInfo({ uid: 'u1' });
    expect(result.errorCode).toBe(0);
    expect(getTrace(result)!.attempts.map((a) => a.failure)).toEqual([
      'GigyaResponseError',
      'GigyaResponseError',
      undefined,
    ]);
  });

  it('an answer over maxResponseBytes is refused and not retried', async () => {
    server.fallback((_r, res) => json(res, ok({ nickname: 'x'.repeat(5_000) })));
    const error = await failure<GigyaResponseError>(
      client({ maxResponseBytes: 1_000 }).socialize.getUserInfo({ uid: 'u1' }),
    );
    expect(error.problem).toBe('too-large');
    expect(server.requests).toHaveLength(1);
  });
});

describe('results and errors keep the promises of their types', () => {
  it('a success without a field the catalog marks as always present is refused, with the answer kept', async () => {
    server.queue((_r, res) => json(res, ok({ nickname: 'no uid here' })));
    const error = await failure<GigyaResponseError>(client().socialize.getUserInfo({ uid: 'u1' }));
    expect(error).toBeInstanceOf(GigyaResponseError);
    expect(error.problem).toBe('unexpected-shape');
    expect(error.message).toMatch(/lacks UID, which the catalog marks as always present/);
    expect(error.response).toMatchObject({ nickname: 'no uid here', errorCode: 0 });
    expect(server.requests).toHaveLength(1);
  });

  it('isError narrows only to the codes the catalog lists for the method', async () => {
    const c = client({ maxRetries: 0 });
    server.queue((_r, res) => json(res, apiError(500023, 'Unlisted for getUserInfo')));
    const unlisted = await failure(c.socialize.getUserInfo({ uid: 'u1' }));
    expect(unlisted).toBeInstanceOf(GigyaApiError);
    expect(c.socialize.getUserInfo.descriptor.errorCodes).not.toContain(500023);
    expect(c.socialize.getUserInfo.isError(unlisted)).toBe(false);

    server.queue((_r, res) => json(res, apiError(500024, 'No valid session')));
    const listed = await failure(c.socialize.getUserInfo({ uid: 'u1' }));
    expect(c.socialize.getUserInfo.isError(listed)).toBe(true);
    expect(c.socialize.setStatus.isError(listed)).toBe(false);
    // The client's own codes are in every method's union.
    const local = await failure(c.socialize.getUserInfo({ uid: 5 as unknown as string }));
    expect(local.errorCode).toBe(ErrorCode.InvalidParameterValue);
    expect(c.socialize.getUserInfo.isError(local)).toBe(true);
  });

  it('a 206xxx code the catalog does not know is a pending result, not an exception', async () => {
    server.queue((_r, res) => json(res, apiError(206999, 'Some new pending state', { regToken: 'rt' })));
    const result = await client().socialize.notifyLogin({ siteUID: 'u1' });
    expect(result.errorCode).toBe(206999);
    expect((result as unknown as Record<string, unknown>).regToken).toBe('rt');
  });
});

describe('generic call retries like a catalogued method', () => {
  it('retries a transient code for an uncatalogued method, signing each attempt anew', async () => {
    server.queue((_r, res) => json(res, apiError(504001, 'Timeout')));
    const result = await client().call('accounts.setAccountInfo', { UID: 'u1', data: { a: 1 } });
    expect(result.errorCode).toBe(0);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[0]!.params.nonce).not.toBe(server.requests[1]!.params.nonce);
    for (const r of server.requests) expect(r.params.sig).toBe(signatureOf(r, SECRET));
  });

  it('does not repeat an uncatalogued method after a reset: it is not known to be safe', async () => {
    server.queue((_r, res) => void res.socket!.destroy());
    const error = await failure(client().call('accounts.setAccountInfo', { UID: 'u1' }));
    expect(error).toBeInstanceOf(GigyaConnectionError);
    expect(server.requests).toHaveLength(1);
  });
});
