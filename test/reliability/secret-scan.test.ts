/**
 * Reliability suite (d): a secret scan. Distinctive credentials are used in every auth mode and in
 * every kind of failure, with a logger attached; then everything a user can see is searched for
 * them in plain, Base64, percent-encoded and hex forms: error messages, stacks, `util.inspect` and
 * JSON of errors, results and the client, traces, logger output, the emulator's request log and log
 * lines, and the CLI's per-request output. What travels on the wire (each `sig`, each bearer JWT,
 * captured from undici's diagnostics channel) is searched for too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import diagnostics from 'node:diagnostics_channel';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { ProxyAgent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultEmulatorFixture, startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { createClient, getTrace, type ClientOptions, type GigyaClient } from '../../src/index.js';
import { encodeRfc3986 } from '../../src/auth/signing.js';

const b64 = (text: string): string => Buffer.from(text).toString('base64');

const API_KEY = '3_SecretScanSite';
const SITE_SECRET = b64('SiteSecret-Zq81-distinctive-value');
const WRONG_SECRET = b64('WrongSecret-Hm27-distinctive-value');
const USER_KEY = 'AScanUserKey';
const USER_SECRET = b64('UserKeySecret-Vw42-distinctive-value');
const BEARER_KEY = 'AScanBearerKey';
const OAUTH_TOKEN = 'st2.OauthToken-Kx77-distinctive-value';
const PASSWORD = 'Passw0rd-Distinctive-93-value';
const PROVIDER_TOKEN = 'FbAuthToken-Distinctive-55-value';
const OAUTH_CODE = 'OauthCode-Distinctive-66-value';
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PRIVATE_PEM = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
/** The key's distinctive middle: a leak of any PEM line shows. */
const PRIVATE_LINES = PRIVATE_PEM.split('\n').filter((l) => l.length === 64);

/** Credentials the scan searches for; `sig`s and JWTs seen on the wire are added as calls run. */
const credentials = new Set<string>([
  SITE_SECRET,
  WRONG_SECRET,
  USER_SECRET,
  OAUTH_TOKEN,
  PASSWORD,
  PROVIDER_TOKEN,
  OAUTH_CODE,
  ...PRIVATE_LINES.slice(1, 6),
]);
/** Base64 secrets: their decoded bytes must not show either. */
const decodedSecrets = [SITE_SECRET, WRONG_SECRET, USER_SECRET].map((s) => Buffer.from(s, 'base64').toString('latin1'));

/** Every form a credential could take in text. */
function formsOf(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [
    secret,
    bytes.toString('base64'),
    bytes.toString('base64url'),
    encodeURIComponent(secret),
    encodeRfc3986(secret),
    encodeURIComponent(encodeURIComponent(secret)),
    bytes.toString('hex'),
    bytes.toString('hex').toUpperCase(),
    JSON.stringify(secret).slice(1, -1),
  ];
}

// ---------------------------------------------------------------------------------------------
// Wire capture: each sig and bearer token actually sent.

const onRequest = ({ request }: { request: { headers: unknown; body: unknown } }): void => {
  const headers = Array.isArray(request.headers) ? request.headers.join('\n') : String(request.headers);
  const bearer = /authorization[:\n]\s*Bearer (\S+)/i.exec(headers)?.[1];
  if (bearer) credentials.add(bearer);
  const body = Buffer.isBuffer(request.body) ? request.body.toString('utf8') : String(request.body ?? '');
  const sig = new URLSearchParams(body).get('sig');
  if (sig) credentials.add(sig);
};

// ---------------------------------------------------------------------------------------------
// What a user sees

const haystack: Array<{ where: string; text: string }> = [];
const see = (where: string, text: string | undefined): void => void (text && haystack.push({ where, text }));

function seeError(where: string, error: unknown): void {
  const e = error as Error & { trace?: unknown; excerpt?: string };
  see(`${where}: message`, e.message);
  see(`${where}: stack`, e.stack);
  see(`${where}: String`, String(e));
  see(`${where}: inspect`, inspect(e, { depth: Number.POSITIVE_INFINITY, showHidden: true }));
  see(`${where}: JSON`, JSON.stringify(e));
  see(`${where}: trace`, JSON.stringify(e.trace));
  see(`${where}: excerpt`, e.excerpt);
  see(`${where}: cause`, inspect(e.cause, { depth: 6, showHidden: true }));
}

function seeResult(where: string, result: unknown): void {
  see(`${where}: result inspect`, inspect(result, { depth: Number.POSITIVE_INFINITY }));
  see(`${where}: result trace`, JSON.stringify(getTrace(result as object)));
}

let emu: EmulatorHandle;
const emulatorLines: string[] = [];
let echo: Server;
let echoUrl = '';
const opened: GigyaClient[] = [];
let tunnel: ProxyAgent;
let scenarios = 0;

function fixture() {
  const f = defaultEmulatorFixture();
  const users = Object.values(f.sites)[0]!.users;
  f.sites = {
    [API_KEY]: {
      secret: SITE_SECRET,
      userKeys: {
        [USER_KEY]: { secret: USER_SECRET },
        [BEARER_KEY]: { publicKey: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString() },
      },
      oauthTokens: { [OAUTH_TOKEN]: { uid: 'alice' } },
      ...(users ? { users } : {}),
    },
  };
  return f;
}

beforeAll(async () => {
  diagnostics.subscribe('undici:request:create', onRequest as (message: unknown) => void);
  emu = await startEmulator({ fixture: fixture(), log: (line) => emulatorLines.push(line) });
  tunnel = new ProxyAgent({ uri: emu.url, requestTls: { ca: emu.caCertificate } });
  // A gateway that echoes the whole request (headers and body) in its error page.
  echo = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const lines = Object.entries(req.headers).map(([k, v]) => `${k}: ${String(v)}`);
      const page =
        `<html><body><h1>502 Bad ` +
        `Gateway</h1><pre>` +
        `\n${req.method} ${req.url}\n${lines.join('\n')}\n\n${Buffer.concat(chunks).toString()}\n</pre></body></html>`;
      res.writeHead(502, { 'content-type': 'text/html' }).end(page);
    });
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
});
afterAll(async () => {
  diagnostics.unsubscribe('undici:request:create', onRequest as (message: unknown) => void);
  await Promise.all(opened.map((c) => c.close()));
  await tunnel.close();
  await emu.close();
  await new Promise<void>((resolve) => echo.close(() => resolve()));
});

const MODES: Record<string, Partial<ClientOptions>> = {
  'signed, site secret': { apiKey: API_KEY, secret: SITE_SECRET },
  'signed, userKey secret': { apiKey: API_KEY, userKey: USER_KEY, secret: USER_SECRET },
  'secret over https': { apiKey: API_KEY, userKey: USER_KEY, secret: USER_SECRET, authMode: 'secret' },
  bearer: { apiKey: API_KEY, userKey: BEARER_KEY, privateKey: PRIVATE_PEM },
  oauth: { apiKey: API_KEY, oauthToken: OAUTH_TOKEN },
  'signed, wrong secret': { apiKey: API_KEY, secret: WRONG_SECRET },
};

function clientFor(mode: string, target: 'emulator' | 'echo', logs: string[]): GigyaClient {
  const overHttps = mode === 'secret over https';
  const c = createClient({
    ...MODES[mode],
    ...(target === 'echo'
      ? { baseUrl: echoUrl, allowInsecureTransport: true }
      : overHttps
        ? { dataCenter: 'us1', dispatcher: tunnel }
        : { baseUrl: emu.url }),
    timeoutMs: 300,
    retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 2, rateLimitDelayMs: 2 },
    logLevel: 'debug',
    logger: {
      debug: (f, m) => logs.push(m, JSON.stringify(f)),
      info: (f, m) => logs.push(m, JSON.stringify(f)),
      warn: (f, m) => logs.push(m, JSON.stringify(f)),
      error: (f, m) => logs.push(m, JSON.stringify(f)),
    },
  } as ClientOptions);
  opened.push(c);
  return c;
}

/** The kinds of outcome each mode goes through. */
const KINDS: Record<string, (c: GigyaClient) => Promise<unknown>> = {
  success: (c) => c.socialize.getUserInfo({ uid: 'alice' }, { extraParams: { password: PASSWORD } }),
  'provider tokens': (c) =>
    c.socialize.notifyLogin({ siteUID: 'carol', providerSessions: { facebook: { authToken: PROVIDER_TOKEN } } }),
  'oauth code': (c) => c.socialize.getToken({ grant_type: 'authorization_code', code: OAUTH_CODE } as never),
  'api error': (c) => c.socialize.getUserInfo({ uid: 'nobody' }, { extraParams: { password: PASSWORD } }),
  validation: (c) =>
    c.socialize.setStatus({ uid: 'alice', status: 5 as never }, { extraParams: { password: PASSWORD } }),
  timeout: (c) =>
    c.socialize.setStatus({ uid: 'alice', status: 's' }, { headers: { 'x-emulator-fault': 'latency=1000' } }),
  reset: (c) => c.socialize.getUserInfo({ uid: 'alice' }, { headers: { 'x-emulator-fault': 'reset' } }),
  truncated: (c) => c.socialize.getUserInfo({ uid: 'alice' }, { headers: { 'x-emulator-fault': 'truncate' } }),
  '503 page': (c) => c.socialize.getUserInfo({ uid: 'alice' }, { headers: { 'x-emulator-fault': '503' } }),
  'rate limit': (c) => c.socialize.getUserInfo({ uid: 'alice' }, { headers: { 'x-emulator-fault': 'rate-limit' } }),
  expired: (c) => c.socialize.getUserInfo({ uid: 'alice' }, { headers: { 'x-emulator-fault': 'expired' } }),
  abort: (c) => c.socialize.getUserInfo({ uid: 'alice' }, { signal: AbortSignal.abort(new Error('stop')) }),
};

describe('secret scan', () => {
  it('every auth mode through every kind of outcome, and a gateway that echoes the request', {
    timeout: 60_000,
  }, async () => {
    for (const mode of Object.keys(MODES)) {
      const logs: string[] = [];
      for (const [kind, act] of Object.entries(KINDS)) {
        const c = clientFor(mode, 'emulator', logs);
        scenarios++;
        try {
          seeResult(`${mode} / ${kind}`, await act(c));
        } catch (error) {
          seeError(`${mode} / ${kind}`, error);
        }
        see(`${mode} / ${kind}: client inspect`, inspect(c, { depth: Number.POSITIVE_INFINITY, showHidden: true }));
        see(`${mode} / ${kind}: client JSON`, JSON.stringify(c));
      }
      if (mode !== 'secret over https') {
        const c = clientFor(mode, 'echo', logs);
        scenarios++;
        const error = await c.socialize
          .setStatus({ uid: 'alice', status: 's' }, { extraParams: { password: PASSWORD } })
          .catch((e: unknown) => e);
        seeError(`${mode} / echoing gateway`, error);
      }
      see(`${mode}: logger`, logs.join('\n'));
    }
    see('emulator.requests', JSON.stringify(emu.requests));
    see('emulator inspect', inspect(emu, { depth: Number.POSITIVE_INFINITY }));
    see('emulator state', inspect(emu.state, { depth: Number.POSITIVE_INFINITY }) + JSON.stringify(emu.state));
    see('emulator log lines', emulatorLines.join('\n'));
    expect(emu.requests.length).toBeGreaterThan(50);
    expect([...credentials].filter((c) => c.startsWith('eyJ')).length).toBeGreaterThan(5);
  });

  it('the CLI’s per-request output', { timeout: 30_000 }, async () => {
    const root = join(import.meta.dirname, '..', '..');
    const child: ChildProcess = spawn(
      join(root, 'node_modules', '.bin', 'tsx'),
      [
        join(root, 'src', 'cli', 'main.ts'),
        'emulator',
        '--port',
        '0',
        '--api-key',
        API_KEY,
        '--secret',
        SITE_SECRET,
        '--user-key',
        USER_KEY,
        '--user-secret',
        USER_SECRET,
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const m = /^Gigya emulator listening on (\S+)$/m.exec(out);
          if (!m) return;
          clearInterval(timer);
          resolve(m[1]!);
        }, 10);
        child.once('exit', () => reject(new Error(`the CLI exited: ${out}`)));
      });
      // The banner included: it names where the secrets come from and never prints one.
      const logs: string[] = [];
      for (const options of [
        { apiKey: API_KEY, secret: SITE_SECRET },
        { apiKey: API_KEY, userKey: USER_KEY, secret: USER_SECRET },
        { apiKey: API_KEY, secret: WRONG_SECRET },
      ]) {
        const c = createClient({
          ...options,
          baseUrl: url,
          maxRetries: 0,
          logLevel: 'debug',
          logger: { warn: (_f, m) => logs.push(m), info: (_f, m) => logs.push(m) },
        });
        opened.push(c);
        scenarios++;
        await c.socialize.getUserInfo({ uid: 'alice' }, { extraParams: { password: PASSWORD } }).catch(() => undefined);
        await c.socialize
          .notifyLogin({ siteUID: 'dave', providerSessions: { facebook: { authToken: PROVIDER_TOKEN } } })
          .catch(() => undefined);
      }
      for (let i = 0; i < 100 && out.split('\n').filter((l) => l.includes('errorCode=')).length < 6; i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      see('CLI banner and per-request output', out);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('finds none of them, in any form', () => {
    const needles = [...credentials].flatMap((c) => formsOf(c).map((form) => ({ credential: c, form })));
    needles.push(...decodedSecrets.flatMap((d) => formsOf(d).map((form) => ({ credential: d, form }))));
    const leaks: string[] = [];
    for (const { where, text } of haystack)
      for (const { credential, form } of needles)
        if (form.length >= 8 && text.includes(form))
          leaks.push(`${where}: ${credential.slice(0, 12)}… as ${form.slice(0, 16)}…`);
    console.info(
      `secret scan: ${scenarios} scenarios, ${credentials.size} credentials ` +
        `× ${(needles.length / credentials.size) | 0} forms, ${haystack.length} texts searched, ${leaks.length} leaks`,
    );
    expect(leaks).toEqual([]);
  });
});
