/**
 * The emulator as an HTTP proxy: a client configured for Gigya's real hosts (plain http, as the
 * official SDKs default to) with its `proxy` setting pointing at the emulator sends absolute-form
 * requests (`POST http://socialize.us1.gigya.com/socialize.setStatus HTTP/1.1`). The emulator
 * answers them itself, so nothing leaves 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { ProxyAgent } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GigyaApiError, GigyaConnectionError, getTrace, validateUserSignature } from '../../src/index.js';
import { startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import {
  API_KEY,
  Clients,
  EU_API_KEY,
  EU_SECRET,
  SECRET,
  USER_KEY,
  USER_SECRET,
  e2eFixture,
  failureOf,
  selfSignedCert,
  until,
} from './helpers.js';

let emu: EmulatorHandle;
const clients = new Clients(() => emu);

beforeAll(async () => {
  emu = await startEmulator({ fixture: e2eFixture() });
});
beforeEach(() => emu.reset());
afterAll(async () => {
  await clients.closeAll();
  await emu.close();
});

function viaProxy(
  options: {
    apiKey?: string;
    secret?: string;
    userKey?: string;
    dataCenter?: string;
    format?: 'json' | 'xml';
    protocol?: 'http' | 'https';
  } = {},
) {
  return clients.raw({
    apiKey: API_KEY,
    secret: SECRET,
    protocol: 'http',
    dataCenter: 'us1',
    proxy: emu.url,
    ...options,
  });
}

describe('absolute-form requests through a proxy setting', () => {
  it('setStatus and getUserInfo succeed, signed over the Gigya URL the client addressed', async () => {
    const c = viaProxy();
    await c.socialize.setStatus({ uid: 'alice', status: 'I feel great' });
    const info = await c.socialize.getUserInfo({ uid: 'alice' });
    expect(info.UID).toBe('alice');
    expect(validateUserSignature(info.UID, info.signatureTimestamp!, SECRET, info.UIDSignature!)).toBe(true);
    expect(emu.state.user(API_KEY, 'alice')!.status).toBe('I feel great');

    const [set, get] = emu.requests;
    expect(set).toMatchObject({
      absoluteForm: true,
      url: 'http://socialize.us1.gigya.com/socialize.setStatus',
      authMode: 'signed',
      errorCode: 0,
    });
    expect(get).toMatchObject({
      absoluteForm: true,
      url: 'http://socialize.us1.gigya.com/socialize.getUserInfo',
      errorCode: 0,
    });
    expect(getTrace(info)?.url).toBe('http://socialize.us1.gigya.com/socialize.getUserInfo');
  });

  it('works in XML and with a user key too', async () => {
    const xml = viaProxy({ format: 'xml', userKey: USER_KEY, secret: USER_SECRET });
    expect((await xml.socialize.getFriendsInfo({ uid: 'alice' })).friends?.map((f) => f.UID)).toEqual([
      'bob',
      '_gid_cheshire',
    ]);
    expect(emu.requests.at(-1)).toMatchObject({ absoluteForm: true, format: 'xml', userKey: USER_KEY, errorCode: 0 });
  });

  it('a wrong secret through the proxy is still refused (403003)', async () => {
    const wrong = viaProxy({ secret: Buffer.from('wrong secret').toString('base64') });
    expect(((await failureOf(wrong.socialize.getUserInfo({ uid: 'alice' }))) as GigyaApiError).errorCode).toBe(403003);
    expect(emu.requests.at(-1)).toMatchObject({ absoluteForm: true, errorCode: 403003 });
  });
});

describe('data centers (301001)', () => {
  it('a client set to us1 for an eu1 site is moved to eu1 once, with a fresh nonce, and stays there', async () => {
    const c = viaProxy({ apiKey: EU_API_KEY, secret: EU_SECRET, dataCenter: 'us1' });
    const first = await c.socialize.getUserInfo({ uid: 'emma' });
    expect(first.nickname).toBe('Emma');
    const attempts = getTrace(first)!.attempts;
    expect(attempts.map((a) => a.errorCode)).toEqual([301001, 0]);

    expect(emu.requests.map((r) => [r.url, r.errorCode])).toEqual([
      ['http://socialize.us1.gigya.com/socialize.getUserInfo', 301001],
      ['http://socialize.eu1.gigya.com/socialize.getUserInfo', 0],
    ]);
    expect(new Set(emu.requests.map((r) => r.nonce)).size).toBe(2);

    // The next call goes straight to eu1.
    await c.socialize.setStatus({ uid: 'emma', status: 'moved' });
    expect(emu.requests.at(-1)).toMatchObject({
      url: 'http://socialize.eu1.gigya.com/socialize.setStatus',
      errorCode: 0,
    });
    expect(emu.requests).toHaveLength(3);
    expect(emu.state.user(EU_API_KEY, 'emma')!.status).toBe('moved');
  });

  it(
    'with a fixed baseUrl the client cannot move, so the 301001 answer surfaces with apiDomain and location (JSON ' +
      'and XML)',
    async () => {
      for (const format of ['json', 'xml'] as const) {
        const c = clients.raw({
          apiKey: EU_API_KEY,
          secret: EU_SECRET,
          baseUrl: 'http://socialize.us1.gigya.com',
          proxy: emu.url,
          format,
        });
        const error = await failureOf(c.socialize.getUserInfo({ uid: 'emma' }));
        expect(error).toBeInstanceOf(GigyaApiError);
        const api = error as GigyaApiError;
        expect(api.errorCode).toBe(301001);
        expect(api.errorMessage).toBe('Invalid data center');
        expect(api.statusCode).toBe(301);
        expect(api.attempts).toBe(1);
        expect(api.response).toMatchObject({
          apiDomain: 'eu1.gigya.com',
          location: 'http://socialize.eu1.gigya.com/socialize.getUserInfo',
        });
        expect(emu.requests.at(-1)).toMatchObject({ format, errorCode: 301001, absoluteForm: true });
      }
    },
  );

  it('a site in us1 reached through us1 is not redirected; the same site addressed as eu1 is', async () => {
    const us = viaProxy({ dataCenter: 'eu1' });
    expect((await us.socialize.getUserInfo({ uid: 'alice' })).UID).toBe('alice');
    expect(emu.requests.map((r) => [r.url, r.errorCode])).toEqual([
      ['http://socialize.eu1.gigya.com/socialize.getUserInfo', 301001],
      ['http://socialize.us1.gigya.com/socialize.getUserInfo', 0],
    ]);
  });
});

describe('CONNECT tunnels through the proxy setting', () => {
  it(
    'a tunnel for http (undici tunnels by default) ends ' + 'at the emulator and is answered like any request',
    async () => {
      const tunnel = new ProxyAgent({ uri: emu.url });
      try {
        const c = clients.raw({
          apiKey: API_KEY,
          secret: SECRET,
          protocol: 'http',
          dataCenter: 'us1',
          dispatcher: tunnel,
        });
        expect((await c.socialize.getUserInfo({ uid: 'alice' })).UID).toBe('alice');
        expect(emu.requests.at(-1)).toMatchObject({
          absoluteForm: false,
          url: 'http://socialize.us1.gigya.com/socialize.getUserInfo',
          authMode: 'signed',
          errorCode: 0,
        });
      } finally {
        await tunnel.close();
      }
    },
  );

  it('a plain emulator ends an https tunnel itself, with a certificate from its CA for the target host', async () => {
    const tunnel = new ProxyAgent({ uri: emu.url, requestTls: { ca: emu.caCertificate } });
    try {
      await signedAndSecretOverTunnel(emu, tunnel);
    } finally {
      await tunnel.close();
    }
  });

  it(
    'a client that does not trust the CA fails once with the certificate error, ' + 'and the emulator logs why',
    async () => {
      const lines: string[] = [];
      const logged = await startEmulator({ fixture: e2eFixture(), log: (line) => lines.push(line) });
      try {
        const c = clients.raw({ apiKey: API_KEY, secret: SECRET, dataCenter: 'us1', proxy: logged.url });
        const error = await failureOf(c.socialize.getUserInfo({ uid: 'alice' }));
        expect(error).toBeInstanceOf(GigyaConnectionError);
        expect((error as GigyaConnectionError).code).toMatch(/^(UNABLE_TO_|SELF_SIGNED|DEPTH_ZERO)/);
        expect((error as GigyaConnectionError).attempts).toBe(1);
        await until(() => lines.some((l) => l.includes('TLS failed')), 'the TLS failure line');
        expect(lines.find((l) => l.includes('TLS failed'))).toMatch(/caCertificate/);
      } finally {
        await logged.close();
      }
    },
  );

  it('NODE_EXTRA_CA_CERTS with caCertificate is all a process needs for the proxy option over https', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gigya-ca-'));
    try {
      const caFile = join(dir, 'emulator-ca.pem');
      writeFileSync(caFile, emu.caCertificate);
      const script =
        `
        import { createClient } from ${JSON.stringify(pathToFileURL(join(process.cwd(), 'src/index.ts')).href)};
        const c = createClient({ apiKey: ${JSON.stringify(API_KEY)}, secret: ${JSON.stringify(SECRET)}, dataCenter: ` +
        `'us1', proxy: ${JSON.stringify(emu.url)}, maxRetries: 0 });
        const info = await c.socialize.getUserInfo({ uid: 'alice' });
        console.log(info.UID);
        await c.close();`;
      // Asynchronously: the emulator answering the child runs in this process.
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', '--input-type=module', '-e', script],
        {
          env: { ...process.env, NODE_EXTRA_CA_CERTS: caFile },
          encoding: 'utf8',
        },
      );
      expect(stdout.trim()).toBe('alice');
      expect(emu.requests.at(-1)).toMatchObject({
        url: 'https://socialize.us1.gigya.com/socialize.getUserInfo',
        errorCode: 0,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a TLS emulator ends an https tunnel with its certificate and checks the signature over https', async () => {
    // Trusted both as the proxy (127.0.0.1) and as the target (Gigya's us1 hosts).
    const cert = selfSignedCert('IP:127.0.0.1,DNS:*.us1.gigya.com');
    if (!cert) return void console.warn('openssl not found: TLS tunnel test skipped');
    const tlsEmu = await startEmulator({ fixture: e2eFixture(), tls: cert });
    const tunnel = new ProxyAgent({ uri: tlsEmu.url, proxyTls: { ca: cert.cert }, requestTls: { ca: cert.cert } });
    try {
      await signedAndSecretOverTunnel(tlsEmu, tunnel);
    } finally {
      await tunnel.close();
      await tlsEmu.close();
    }
  });
});

/** A signed write and a secret-as-param read (which needs real HTTPS) through an https tunnel to us1. */
async function signedAndSecretOverTunnel(emulator: EmulatorHandle, tunnel: ProxyAgent): Promise<void> {
  const c = clients.raw({ apiKey: API_KEY, secret: SECRET, dataCenter: 'us1', dispatcher: tunnel });
  await c.socialize.setStatus({ uid: 'alice', status: 'over https' });
  expect(emulator.state.user(API_KEY, 'alice')!.status).toBe('over https');
  expect(emulator.requests.at(-1)).toMatchObject({
    url: 'https://socialize.us1.gigya.com/socialize.setStatus',
    authMode: 'signed',
    errorCode: 0,
  });
  const secretMode = clients.raw({
    apiKey: API_KEY,
    userKey: USER_KEY,
    secret: USER_SECRET,
    authMode: 'secret',
    dataCenter: 'us1',
    dispatcher: tunnel,
  });
  expect((await secretMode.socialize.getUserInfo({ uid: 'alice' })).UID).toBe('alice');
  expect(emulator.requests.at(-1)).toMatchObject({
    url: 'https://socialize.us1.gigya.com/socialize.getUserInfo',
    authMode: 'secret',
    errorCode: 0,
  });
}
