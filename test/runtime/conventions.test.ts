/**
 * The conventions users of serious SDKs expect: credentials from GIGYA_* variables, derived clients
 * that share the pool, response metadata on every result and error, levelled logging into
 * console / pino / winston, and call options checked before anything is sent.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { Agent, type Dispatcher } from 'undici';
import { pino } from 'pino';
import winston from 'winston';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createClient,
  ENV_VARS,
  getTrace,
  type GigyaApiError,
  GigyaConfigError,
  GigyaTimeoutError,
  type ClientOptions,
  type Logger,
} from '../../src/index.js';
import { failureOf } from '../e2e/helpers.js';
import { apiError, json, ok, startTestServer, type TestServer } from '../helpers/http-server.js';

const API_KEY = '3_ConventionsKey';
const SECRET = Buffer.from('conventions test secret').toString('base64');
const OTHER_SECRET = Buffer.from('another secret').toString('base64');

let server: TestServer;
const ports: number[] = [];
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
  ports.length = 0;
  server.fallback((req, res, raw) => {
    ports.push(raw.socket.remotePort!);
    json(res, ok({}, req));
  });
});

const fast = { retry: { baseDelayMs: 1, maxDelayMs: 2, rateLimitDelayMs: 2 } } as const;

const failure = <T = GigyaApiError>(promise: Promise<unknown>): Promise<T> => failureOf(promise) as Promise<T>;

function configError(make: () => unknown): GigyaConfigError {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(GigyaConfigError);
    return error as GigyaConfigError;
  }
  throw new Error('expected a GigyaConfigError');
}

/** Every origin to the local server, keeping the URL the client built. */
function loopback(seen: string[] = []): Dispatcher {
  return new Agent().compose((dispatch) => (opts, handler) => {
    seen.push(`${String(opts.origin)}${opts.path}`);
    return dispatch({ ...opts, origin: server.url }, handler);
  });
}

describe('credentials from the environment', () => {
  it('createClient() with nothing passed reads GIGYA_API_KEY, GIGYA_SECRET and GIGYA_BASE_URL', async () => {
    const c = createClient({ env: { GIGYA_API_KEY: API_KEY, GIGYA_SECRET: SECRET, GIGYA_BASE_URL: server.url } });
    await c.socialize.getUserInfo({ uid: 'u1' });
    expect(server.requests[0]!.params.apiKey).toBe(API_KEY);
    expect(server.requests[0]!.params.sig).toBeDefined();
    await c.close();
  });

  it('reads process.env by default', async () => {
    const saved = { ...process.env };
    try {
      process.env.GIGYA_API_KEY = API_KEY;
      process.env.GIGYA_SECRET = SECRET;
      process.env.GIGYA_BASE_URL = server.url;
      const c = createClient();
      await c.socialize.getUserInfo({ uid: 'u1' });
      expect(server.requests[0]!.params.apiKey).toBe(API_KEY);
      await c.close();
    } finally {
      for (const name of Object.values(ENV_VARS)) if (saved[name] === undefined) delete process.env[name];
      Object.assign(process.env, saved);
    }
  });

  it('explicit options win, and credentials and the endpoint are taken as groups, never mixed', async () => {
    const env = {
      GIGYA_API_KEY: '3_FromEnv',
      GIGYA_SECRET: OTHER_SECRET,
      GIGYA_USER_KEY: 'AFromEnv',
      GIGYA_DATA_CENTER: 'eu1',
      GIGYA_BASE_URL: 'http://127.0.0.1:1',
    };
    // Credentials passed: none of the GIGYA_* credentials is read (a stray userKey would change the mode).
    const c = createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url, env });
    await c.socialize.getUserInfo({ uid: 'u1' });
    expect(server.requests[0]!.params).toMatchObject({ apiKey: API_KEY });
    expect(server.requests[0]!.params.userKey).toBeUndefined();
    // Only credentials passed: the endpoint still comes from the environment (here a dead port).
    const seen: string[] = [];
    const d = createClient({
      apiKey: API_KEY,
      secret: SECRET,
      env: { GIGYA_DATA_CENTER: 'au1' },
      dispatcher: loopback(seen),
    });
    await d.socialize.getUserInfo({ uid: 'u1' });
    expect(seen).toEqual(['https://socialize.au1.gigya.com/socialize.getUserInfo']);
    await Promise.all([c.close(), d.close()]);
  });

  it('lists the variables when no credentials are found anywhere, and env: false reads none', () => {
    const error = configError(() => createClient({ env: {} }));
    for (const name of [
      'GIGYA_API_KEY',
      'GIGYA_SECRET',
      'GIGYA_USER_KEY',
      'GIGYA_PRIVATE_KEY',
      'GIGYA_PRIVATE_KEY_FILE',
      'GIGYA_DATA_CENTER',
      'GIGYA_API_DOMAIN',
      'GIGYA_BASE_URL',
    ])
      expect(error.message).toContain(name);
    configError(() => createClient({ env: false, baseUrl: server.url }));
    // Empty variables (`GIGYA_SECRET=` in a .env file) count as unset.
    configError(() => createClient({ env: { GIGYA_API_KEY: ' ', GIGYA_SECRET: '' } }));
  });

  it('says which variables a bad value came from, without quoting secrets', () => {
    const error = configError(() => createClient({ env: { GIGYA_API_KEY: API_KEY, GIGYA_SECRET: 'not base64!' } }));
    expect(error.message).toMatch(/read from the environment: GIGYA_API_KEY, GIGYA_SECRET/);
    expect(error.message).not.toContain('not base64!');
    expect(configError(() => createClient({ env: { GIGYA_API_KEY: API_KEY, GIGYA_LOG: 'loud' } })).message).toMatch(
      /GIGYA_LOG must be one of off, error, warn, info, debug/,
    );
  });

  it('reads a private key from GIGYA_PRIVATE_KEY (with \\n escapes) or GIGYA_PRIVATE_KEY_FILE', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const pem = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    const base = { GIGYA_USER_KEY: 'ABearerKey', GIGYA_BASE_URL: server.url };
    const escaped = createClient({ env: { ...base, GIGYA_PRIVATE_KEY: pem.replace(/\n/g, '\\n') } });
    await escaped.socialize.getUserInfo({ uid: 'u1' });
    expect(server.requests[0]!.headers.authorization).toMatch(/^Bearer ey/);

    const dir = mkdtempSync(join(tmpdir(), 'gigya-env-key-'));
    try {
      const file = join(dir, 'key.pem');
      writeFileSync(file, pem);
      const fromFile = createClient({ env: { ...base, GIGYA_PRIVATE_KEY_FILE: file } });
      await fromFile.socialize.getUserInfo({ uid: 'u1' });
      expect(server.requests[1]!.headers.authorization).toMatch(/^Bearer ey/);
      await fromFile.close();
      expect(
        configError(() => createClient({ env: { ...base, GIGYA_PRIVATE_KEY_FILE: join(dir, 'missing.pem') } })).message,
      ).toMatch(/GIGYA_PRIVATE_KEY_FILE names .*missing\.pem.*cannot be read \(ENOENT\)/);
      expect(
        configError(() => createClient({ env: { ...base, GIGYA_PRIVATE_KEY: pem, GIGYA_PRIVATE_KEY_FILE: file } }))
          .message,
      ).toMatch(/set only one/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await escaped.close();
  });
});

describe('withOptions', () => {
  it('derives a client with other defaults over the same connection pool', async () => {
    const c = createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url, headers: { 'x-team': 'a' } });
    const derived = c.withOptions({ format: 'xml', timeoutMs: 1234, headers: { 'x-call': 'b' } });
    server.queue((req, res, raw) => {
      ports.push(raw.socket.remotePort!);
      json(res, ok({}, req));
    });
    await c.socialize.getUserInfo({ uid: 'u1' });
    await derived.socialize.getUserInfo({ uid: 'u1' });
    // One keep-alive socket served both: the pool is shared.
    expect(ports).toHaveLength(2);
    expect(ports[0]).toBe(ports[1]);
    expect(server.requests.map((r) => r.params.format)).toEqual(['json', 'xml']);
    expect(server.requests[1]!.headers).toMatchObject({ 'x-team': 'a', 'x-call': 'b' });
    // The parent is unchanged, and a derived client is the full client type (namespaces, call, withOptions).
    expect(typeof derived.call).toBe('function');
    expect(typeof derived.withOptions({ maxRetries: 0 }).socialize.setStatus).toBe('function');
    await c.close();
  });

  it('closing a derived client stops only it; closing the parent closes the family', async () => {
    const c = createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url });
    const a = c.withOptions({ timeoutMs: 5000 });
    const b = c.withOptions({ timeoutMs: 6000 });
    await a.close();
    await expect(a.socialize.getUserInfo({ uid: 'u1' })).rejects.toThrow(/client was closed/);
    await expect(c.socialize.getUserInfo({ uid: 'u1' })).resolves.toMatchObject({ errorCode: 0 });
    await c.close();
    await expect(b.socialize.getUserInfo({ uid: 'u1' })).rejects.toThrow(/client was closed/);
    expect(() => c.withOptions({})).toThrow(/client was closed/);
  });

  it('replaces credentials and the endpoint as groups; pool options cannot change', async () => {
    const c = createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url, maxRetries: 0 });
    const other = c.withOptions({ apiKey: '3_Other', secret: OTHER_SECRET });
    await other.socialize.getUserInfo({ uid: 'u1' });
    expect(server.requests[0]!.params.apiKey).toBe('3_Other');
    // An apiKey alone replaces the group: the parent's secret is not carried over to it.
    const anonymous = c.withOptions({ apiKey: '3_Public' });
    await anonymous.socialize.getUserInfo({ uid: 'u1' });
    expect(server.requests[1]!.params.sig).toBeUndefined();
    for (const key of ['dispatcher', 'proxy', 'maxResponseBytes', 'userAgent', 'env'] as const)
      expect(() => c.withOptions({ [key]: 'x' } as never)).toThrow(new RegExp(`cannot change ${key}`));
    expect(() => c.withOptions(null as never)).toThrow(GigyaConfigError);
    await c.close();
  });

  it('shares the clock correction and the data-center move with the clients derived from it', async () => {
    const seen: string[] = [];
    server.queue((_r, res) => json(res, apiError(301001, 'Invalid data center', { apiDomain: 'eu1.gigya.com' })));
    const c = createClient({ apiKey: API_KEY, secret: SECRET, dispatcher: loopback(seen), logLevel: 'off' });
    const derived = c.withOptions({ timeoutMs: 5000 });
    await c.socialize.getUserInfo({ uid: 'u1' });
    await derived.socialize.getUserInfo({ uid: 'u1' });
    expect(seen.at(-1)).toBe('https://socialize.eu1.gigya.com/socialize.getUserInfo');
    // A derived client with an endpoint of its own goes there and does not move its parent.
    await c.withOptions({ dataCenter: 'au1' }).socialize.getUserInfo({ uid: 'u1' });
    expect(seen.at(-1)).toBe('https://socialize.au1.gigya.com/socialize.getUserInfo');
    await c.socialize.getUserInfo({ uid: 'u1' });
    expect(seen.at(-1)).toBe('https://socialize.eu1.gigya.com/socialize.getUserInfo');
    await c.close();
  });
});

describe('response metadata', () => {
  it('every result carries the HTTP status, headers and the start of the raw body, secrets redacted', async () => {
    server.queue((req, res) =>
      json(res, ok({ UID: 'u1', sessionInfo: { sessionSecret: 'SESSION-SECRET', sessionToken: 'TOKEN' } }, req), 200, {
        'x-gigya-trace': 'abc',
        'set-cookie': 'gmid=COOKIE-VALUE; Path=/',
      }),
    );
    const c = createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url });
    const result = await c.call('accounts.login', { loginID: 'a', password: 'b' });
    const response = getTrace(result)!.response!;
    expect(response.httpStatus).toBe(200);
    expect(response.headers['x-gigya-trace']).toBe('abc');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['set-cookie']).toBe('[REDACTED]');
    expect(response.body).toContain('"UID":"u1"');
    expect(response.body).toContain('"sessionSecret":"[REDACTED]"');
    expect(JSON.stringify(getTrace(result))).not.toMatch(/SESSION-SECRET|TOKEN"|COOKIE-VALUE/);
    expect(response.bodyTruncated).toBe(false);
    // The length of the body as received, before its two secrets were replaced.
    expect(response.bodyLength).toBe(response.body.length - 2 * '[REDACTED]'.length + 'SESSION-SECRETTOKEN'.length);
    await c.close();
  });

  it('every error that got an answer carries it too: API errors, HTML pages; a timeout has none', async () => {
    const c = createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url, maxRetries: 0, timeoutMs: 200 });
    server.queue((_r, res) => json(res, apiError(403003, 'Invalid request signature'), 200, { 'x-id': '1' }));
    const api = await failure(c.socialize.getUserInfo({ uid: 'u1' }));
    expect(getTrace(api)!.response).toMatchObject({ httpStatus: 200, headers: { 'x-id': '1' } });
    expect(getTrace(api)!.response!.body).toContain('403003');

    server.queue((_r, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html><body>Bad gateway</body></html>');
    });
    const html = await failure(c.socialize.getUserInfo({ uid: 'u1' }));
    expect(getTrace(html)!.response).toMatchObject({ httpStatus: 502, body: '<html><body>Bad gateway</body></html>' });

    server.queue(() => undefined);
    const timeout = await failure(c.socialize.setStatus({ uid: 'u1', status: 'x' }));
    expect(timeout).toBeInstanceOf(GigyaTimeoutError);
    expect(getTrace(timeout)!.response).toBeUndefined();
    await c.close();
  });

  it('keeps at most traceBodyLimit characters, and none with 0', async () => {
    const long = 'x'.repeat(20_000);
    server.fallback((req, res) => json(res, ok({ text: long }, req)));
    const c = createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url, traceBodyLimit: 100 });
    const response = getTrace(await c.socialize.getUserInfo({ uid: 'u1' }))!.response!;
    expect(response.body).toHaveLength(100);
    expect(response).toMatchObject({ bodyTruncated: true });
    expect(response.bodyLength).toBeGreaterThan(20_000);
    const none = getTrace(await c.withOptions({ traceBodyLimit: 0 }).socialize.getUserInfo({ uid: 'u1' }))!.response!;
    expect(none).toMatchObject({ body: '', bodyTruncated: true, httpStatus: 200 });
    expect(() => c.withOptions({ traceBodyLimit: -1 })).toThrow(/traceBodyLimit/);
    await c.close();
  });

  it('redacts XML bodies too', async () => {
    server.queue((_r, res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      res.end(
        '<?xml version="1.0" encoding="utf-8"?><socialize.getUserInfoResponse ' +
          'xmlns="urn:com:gigya:api"><statusCode>200</statusCode><errorCode>0</errorCode><statusReason>OK</statusRea' +
          'son><callId>c</callId><time>2024-01-01T00:00:00.000Z</time><UID>u1</UID><sessionSecret>XML-SECRET</sessio' +
          'nSecret></socialize.getUserInfoResponse>',
      );
    });
    const c = createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url, format: 'xml' });
    const body = getTrace(await c.socialize.getUserInfo({ uid: 'u1' }))!.response!.body;
    expect(body).toContain('<sessionSecret>[REDACTED]</sessionSecret>');
    expect(body).not.toContain('XML-SECRET');
    await c.close();
  });
});

/** A logger that keeps what it is given. */
function recording(): {
  logger: Required<Logger>;
  records: Array<{ level: string; fields: Record<string, unknown>; message: string }>;
} {
  const records: Array<{ level: string; fields: Record<string, unknown>; message: string }> = [];
  const at =
    (level: string) =>
    (fields: Record<string, unknown>, message: string): void =>
      void records.push({ level, fields, message });
  return { records, logger: { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') } };
}

describe('logging', () => {
  const options = (extra: Partial<ClientOptions>): ClientOptions => ({
    apiKey: API_KEY,
    secret: SECRET,
    baseUrl: server.url,
    ...fast,
    ...extra,
  });

  it('writes nothing below the level: warn by default, GIGYA_LOG=debug in the environment, logLevel wins', async () => {
    const quiet = recording();
    const c = createClient(options({ logger: quiet.logger }));
    await c.socialize.getUserInfo({ uid: 'u1' });
    server.queue((_r, res) => json(res, apiError(500001, 'General Server error')));
    await c.socialize.getUserInfo({ uid: 'u1' });
    expect(quiet.records).toEqual([]);

    const loud = recording();
    const fromEnv = createClient({
      env: { GIGYA_API_KEY: API_KEY, GIGYA_SECRET: SECRET, GIGYA_BASE_URL: server.url, GIGYA_LOG: 'debug' },
      logger: loud.logger,
    });
    const result = await fromEnv.socialize.getUserInfo({ uid: 'u1' });
    expect(loud.records.map((r) => [r.level, r.message])).toEqual([
      ['debug', expect.stringMatching(/^socialize\.getUserInfo ok \(1 attempt, \d+ ms\)$/)],
    ]);
    expect(loud.records[0]!.fields.trace).toBe(getTrace(result));

    const off = recording();
    const explicit = createClient({
      env: { GIGYA_API_KEY: API_KEY, GIGYA_SECRET: SECRET, GIGYA_BASE_URL: server.url, GIGYA_LOG: 'debug' },
      logger: off.logger,
      logLevel: 'off',
    });
    await explicit.socialize.getUserInfo({ uid: 'u1' });
    expect(off.records).toEqual([]);
    await Promise.all([c.close(), fromEnv.close(), explicit.close()]);
  });

  it('info: each retry and each failed call, with the error and the trace', async () => {
    const r = recording();
    const c = createClient(options({ logger: r.logger, logLevel: 'info', maxRetries: 1 }));
    server.fallback((_r, res) => json(res, apiError(500001, 'General Server error')));
    const error = await failure(c.socialize.getUserInfo({ uid: 'u1' }));
    expect(r.records.map((x) => x.level)).toEqual(['info', 'info']);
    expect(r.records[0]!.message).toMatch(
      /socialize\.getUserInfo: attempt 1 failed \(error 500001\); retrying in \d+ ms/,
    );
    expect(r.records[0]!.fields).toMatchObject({ method: 'socialize.getUserInfo', attempt: 1, errorCode: 500001 });
    expect(r.records[1]!.message).toMatch(/^socialize\.getUserInfo failed: Gigya error 500001/);
    expect(r.records[1]!.fields).toMatchObject({ err: error, trace: error.trace });
    await c.close();
  });

  it('warn: a data-center move after 301001 and a clock correction after 403002', async () => {
    const r = recording();
    const c = createClient({
      apiKey: API_KEY,
      secret: SECRET,
      dispatcher: loopback(),
      logger: r.logger,
      now: () => Date.now() + 3_600_000,
    });
    server.queue(
      (_r, res) => json(res, apiError(301001, 'Invalid data center', { apiDomain: 'eu1.gigya.com' })),
      (_r, res) => json(res, apiError(403002, 'Request has expired')),
    );
    await c.socialize.getUserInfo({ uid: 'u1' });
    expect(r.records.map((x) => x.level)).toEqual(['warn', 'warn']);
    expect(r.records[0]!.message).toMatch(
      /301001 \(wrong data center\); the client moved to data center eu1\.gigya\.com/,
    );
    expect(r.records[0]!.fields).toMatchObject({ errorCode: 301001, apiDomain: 'eu1.gigya.com' });
    expect(r.records[1]!.message).toMatch(/403002 \(request expired\): the local clock is -3600 s off Gigya's/);
    expect(r.records[1]!.fields).toMatchObject({ errorCode: 403002, clockOffsetSeconds: -3600 });
    await c.close();
  });

  it('warns when a retired data center is named', () => {
    const r = recording();
    createClient({ apiKey: API_KEY, dataCenter: 'ru1', logger: r.logger });
    expect(r.records).toEqual([
      { level: 'warn', fields: { dataCenter: 'ru1' }, message: expect.stringMatching(/ru1 is retired/) },
    ]);
  });

  it('pino keeps the fields, the trace included, as they are', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const logger = pino({ level: 'debug' }, sink);
    const c = createClient(options({ logger, logLevel: 'debug' }));
    const result = await c.socialize.getUserInfo({ uid: 'u1' });
    logger.flush();
    await new Promise((resolve) => setImmediate(resolve));
    const record = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(record).toMatchObject({ level: 20, msg: expect.stringMatching(/^socialize\.getUserInfo ok/) });
    expect(record.trace).toEqual(JSON.parse(JSON.stringify(getTrace(result))));
    expect((record.trace as { response: { httpStatus: number } }).response.httpStatus).toBe(200);
    expect(lines.join('\n')).not.toContain(SECRET);
    await c.close();
  });

  it('winston and console fit the Logger type as they are, and winston keeps the fields', async () => {
    const seen: unknown[] = [];
    const logger = winston.createLogger({
      level: 'debug',
      transports: [
        new winston.transports.Stream({
          stream: new Writable({
            objectMode: true,
            write(info: unknown, _encoding, done) {
              seen.push(info);
              done();
            },
          }),
        }),
      ],
    });
    const asLogger: Logger = logger;
    const fromConsole: Logger = console;
    expect(fromConsole).toBe(console);
    const c = createClient(options({ logger: asLogger, logLevel: 'debug' }));
    await c.socialize.getUserInfo({ uid: 'u1' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toHaveLength(1);
    expect(JSON.stringify(seen[0])).toContain('"method":"socialize.getUserInfo"');
    await c.close();
  });

  it('a logger that is not one is refused at creation', () => {
    expect(() => createClient(options({ logger: 'console' as never }))).toThrow(/logger must be an object/);
    expect(() => createClient(options({ logger: { warn: 1 } as never }))).toThrow(/logger\.warn must be a function/);
    expect(() => createClient(options({ logLevel: 'verbose' as never }))).toThrow(/logLevel must be one of/);
  });
});

describe('call options are checked', () => {
  const c = () => createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url });

  it('null options, an array, or a signal that is not an AbortSignal: a GigyaConfigError, nothing sent', async () => {
    const client = c();
    for (const bad of [null, [], 5, 'fast']) {
      const error = await failure(client.socialize.getUserInfo({ uid: 'u1' }, bad as never));
      expect(error).toBeInstanceOf(GigyaConfigError);
      expect(error.method).toBe('socialize.getUserInfo');
    }
    const signal = await failure<GigyaConfigError>(
      client.socialize.getUserInfo({ uid: 'u1' }, { signal: { aborted: false } as never }),
    );
    expect(signal).toBeInstanceOf(GigyaConfigError);
    expect(signal.message).toMatch(/signal call option must be an AbortSignal/);
    expect(server.requests).toHaveLength(0);
    // A real one works.
    await client.socialize.getUserInfo({ uid: 'u1' }, { signal: new AbortController().signal });
    await client.close();
  });

  it('an unknown option names the one meant', async () => {
    const client = c();
    const error = await failure(client.socialize.getUserInfo({ uid: 'u1' }, { timeout: 5 } as never));
    expect(error.message).toMatch(/Unknown call option "timeout"\. Did you mean "timeoutMs"\?/);
    const typo = await failure(client.socialize.getUserInfo({ uid: 'u1' }, { maxRetires: 1 } as never));
    expect(typo.message).toMatch(/Did you mean "maxRetries"\?/);
    await client.close();
  });

  it('headers the client owns cannot be overridden, in any case; others pass', async () => {
    const client = c();
    for (const name of ['Host', 'content-length', 'Content-Type']) {
      const error = await failure(client.socialize.getUserInfo({ uid: 'u1' }, { headers: { [name]: 'x' } }));
      expect(error).toBeInstanceOf(GigyaConfigError);
      expect(error.message).toContain(`the ${name} header is set by the client`);
    }
    expect(() => createClient({ apiKey: API_KEY, secret: SECRET, headers: { Authorization: 'Basic x' } })).toThrow(
      /the Authorization header is set by the client/,
    );
    await failure(client.socialize.getUserInfo({ uid: 'u1' }, { headers: { 'x-n': 1 as never } }));
    expect(server.requests).toHaveLength(0);
    // In front of a gateway (baseUrl), authorization may carry the gateway's credentials.
    await client.socialize.getUserInfo(
      { uid: 'u1' },
      { headers: { authorization: 'Basic Z2F0ZTp3YXk=', 'x-ok': '1' } },
    );
    expect(server.requests[0]!.headers).toMatchObject({ authorization: 'Basic Z2F0ZTp3YXk=', 'x-ok': '1' });
    expect(server.requests[0]!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    await client.close();
  });
});
