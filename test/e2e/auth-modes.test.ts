/**
 * Every auth mode of the client, checked by the emulator over loopback, in JSON and in XML: signed
 * with the site secret, signed with a user key secret, the secret as a param over HTTPS (real TLS
 * with a throwaway certificate), RS256 bearer JWTs (KeyObject, PKCS#8 and PKCS#1 PEM), OAuth
 * tokens, and apiKey-only calls. Each case asserts the same things in both formats: results parse
 * to the same typed values, failures are GigyaApiErrors with the emulator's code, and the emulator
 * answered in the format the client asked for.
 */
import { generateKeyPairSync } from 'node:crypto';
import { Agent } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GigyaApiError, GigyaConfigError, createClient, validateUserSignature } from '../../src/index.js';
import { startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { parseXml, xmlEnvelopeToObject } from '../../src/wire/xml.js';
import { call, type RawResponse } from '../emulator/helpers.js';
import {
  API_KEY,
  BEARER_KEY,
  BEARER_PRIVATE_KEY,
  Clients,
  SECRET,
  USER_KEY,
  USER_SECRET,
  e2eFixture,
  expectApiError,
  failureOf,
  selfSignedCert,
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

const FORMATS = ['json', 'xml'] as const;
type Format = (typeof FORMATS)[number];

const last = () => emu.requests.at(-1)!;

/**
 * The registered bearer key and a key the emulator does not know, each as KeyObject, PKCS#8 PEM and PKCS#1 PEM
 * (generated once per file).
 */
const OTHER_PRIVATE_KEY = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
function keyForms(key: typeof BEARER_PRIVATE_KEY) {
  return [
    ['KeyObject', key],
    ['PKCS#8 PEM', key.export({ type: 'pkcs8', format: 'pem' }).toString()],
    ['PKCS#1 PEM', key.export({ type: 'pkcs1', format: 'pem' }).toString()],
  ] as const;
}
const BEARER_KEYS = keyForms(BEARER_PRIVATE_KEY);
const OTHER_KEYS = keyForms(OTHER_PRIVATE_KEY);

it('the PEM forms of the bearer keys really are PKCS#8 and PKCS#1', () => {
  for (const forms of [BEARER_KEYS, OTHER_KEYS]) {
    expect(forms[1][1]).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(forms[2][1]).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
  }
});

/** Alice's getUserInfo as the fixture holds her: the same typed values whatever the format and auth mode. */
const ALICE = {
  errorCode: 0,
  statusCode: 200,
  statusReason: 'OK',
  apiVersion: 2,
  UID: 'alice',
  isSiteUID: true,
  isSiteUser: true,
  isConnected: true,
  isLoggedIn: true,
  isTempUser: false,
  loginProvider: 'facebook',
  loginProviderUID: '100001',
  providers: 'facebook,twitter',
  identities: [
    { provider: 'facebook', providerUID: '100001', isLoginIdentity: true, allowsLogin: true, nickname: 'Alice' },
    { provider: 'twitter', providerUID: 'alice_tw', isLoginIdentity: false, allowsLogin: true, nickname: 'alice' },
  ],
  nickname: 'Alice',
  firstName: 'Alice',
  lastName: 'Liddell',
  age: 29,
  email: 'alice@example.com',
};

/** Checks a getUserInfo result is Alice with typed values. */
function expectAlice(res: object): void {
  expect(res).toMatchObject(ALICE);
  expect((res as { callId?: unknown }).callId).toMatch(/^[0-9a-f]{32}$/);
}

/** The envelope of a raw answer in either format (XML read the way the client reads it). */
function envelopeOf(res: RawResponse, format: Format): Record<string, unknown> | undefined {
  if (format === 'json') return res.json;
  expect(res.json).toBeUndefined();
  return xmlEnvelopeToObject(parseXml(res.text));
}

describe.each(FORMATS)('signed requests (HMAC-SHA1, format=%s)', (format) => {
  it('apiKey + site secret: apiKey, timestamp, nonce and sig sent; the emulator verifies them', async () => {
    const res = await clients.make({ format }).socialize.getUserInfo({ uid: 'alice' });
    expect(res.UID).toBe('alice');
    expectAlice(res);
    expect(validateUserSignature(res.UID, res.signatureTimestamp!, SECRET, res.UIDSignature!)).toBe(true);
    const rec = last();
    expect(rec).toMatchObject({ authMode: 'signed', apiKey: API_KEY, userKey: undefined, errorCode: 0, format });
    expect(rec.params['format']).toBe(format);
    expect(rec.nonce).toBeTruthy();
    expect(Number(rec.timestamp)).toBeGreaterThan(1_600_000_000);
    expect(rec.params['sig']).toBe('[REDACTED]');
    expect(rec.url).toBe(`${emu.url}/socialize.getUserInfo`);
  });

  it('a wrong site secret is refused with 403003 and not retried', async () => {
    const wrong = Buffer.from('this is not the site secret').toString('base64');
    const error = await failureOf(clients.make({ secret: wrong, format }).socialize.getUserInfo({ uid: 'alice' }));
    expect(error).toBeInstanceOf(GigyaApiError);
    expect((error as GigyaApiError).errorCode).toBe(403003);
    expect((error as GigyaApiError).attempts).toBe(1);
    expectApiError(emu, error, 403003, format);
    expect(last()).toMatchObject({ authMode: 'signed', apiKey: API_KEY });
    expect(emu.requests).toHaveLength(1);
    expect(JSON.stringify(error)).not.toContain(wrong);
  });

  it('userKey + its secret, with and without apiKey: signed with the user key secret', async () => {
    const withApiKey = await clients
      .make({ userKey: USER_KEY, secret: USER_SECRET, format })
      .socialize.getUserInfo({ uid: 'alice' });
    expect(withApiKey.UID).toBe('alice');
    expectAlice(withApiKey);
    expect(last()).toMatchObject({ authMode: 'signed', apiKey: API_KEY, userKey: USER_KEY, errorCode: 0, format });
    expect(last().params['sig']).toBe('[REDACTED]');

    const noApiKey = clients.raw({ userKey: USER_KEY, secret: USER_SECRET, baseUrl: emu.url, format });
    const res = await noApiKey.socialize.getUserInfo({ uid: 'alice' });
    expect(res.UID).toBe('alice');
    expectAlice(res);
    expect(last()).toMatchObject({ authMode: 'signed', apiKey: undefined, userKey: USER_KEY, errorCode: 0, format });

    // The site secret does not sign for a user key.
    const mixed = await failureOf(
      clients.make({ userKey: USER_KEY, secret: SECRET, format }).socialize.getUserInfo({ uid: 'alice' }),
    );
    expect((mixed as GigyaApiError).errorCode).toBe(403003);
    expectApiError(emu, mixed, 403003, format);
    expect(last()).toMatchObject({ authMode: 'signed', userKey: USER_KEY });
  });
});

describe.each(FORMATS)('bearer JWT (RS256, format=%s)', (format) => {
  it.each(BEARER_KEYS)(
    '%s: is verified against the registered public key; every attempt carries a new jti',
    async (_form, privateKey) => {
      const c = clients.raw({ apiKey: API_KEY, userKey: BEARER_KEY, privateKey, baseUrl: emu.url, format });
      const res = await c.socialize.getUserInfo({ uid: 'alice' });
      expect(res.UID).toBe('alice');
      expectAlice(res);
      await c.socialize.setStatus({ uid: 'alice', status: `via bearer (${format})` });
      expect(emu.state.user(API_KEY, 'alice')!.status).toBe(`via bearer (${format})`);
      const bearer = emu.requests.filter((r) => r.authMode === 'bearer');
      expect(bearer.map((r) => r.errorCode)).toEqual([0, 0]);
      expect(bearer.map((r) => r.format)).toEqual([format, format]);
      expect(new Set(bearer.map((r) => r.jti)).size).toBe(2);
      expect(bearer.every((r) => r.params['sig'] === undefined && r.nonce === undefined)).toBe(true);
    },
  );

  it.each(OTHER_KEYS)('%s: a key the emulator does not know for that user key gives 400008', async (_form, other) => {
    const c = clients.raw({ apiKey: API_KEY, userKey: BEARER_KEY, privateKey: other, baseUrl: emu.url, format });
    const error = await failureOf(c.socialize.getUserInfo({ uid: 'alice' }));
    expect((error as GigyaApiError).errorCode).toBe(400008);
    expect((error as GigyaApiError).errorMessage).toBe('Invalid authentication header');
    expectApiError(emu, error, 400008, format);
    expect(last()).toMatchObject({ authMode: 'bearer', nonce: undefined });
    expect(emu.requests).toHaveLength(1);
  });
});

describe.each(FORMATS)('OAuth token and anonymous calls over plain http (format=%s)', (format) => {
  it('an oauth_token over http is refused by the emulator (403025), token redacted in the record', async () => {
    const error = await failureOf(
      clients.raw({ oauthToken: 'st2.emulator-alice-token', baseUrl: emu.url, format }).socialize.getUserInfo(),
    );
    expect((error as GigyaApiError).errorCode).toBe(403025);
    expectApiError(emu, error, 403025, format);
    expect(last()).toMatchObject({ authMode: 'oauth', errorCode: 403025, format });
    expect(last().params['oauth_token']).toBe('[REDACTED]');
  });

  it(
    'apiKey alone: sent unsigned, accepted as the site, ' + 'refused for a method that needs credentials (403007)',
    async () => {
      const anonymous = clients.raw({ apiKey: API_KEY, baseUrl: emu.url, format });
      const error = await failureOf(anonymous.socialize.getUserInfo({ uid: 'alice' }));
      expect((error as GigyaApiError).errorCode).toBe(403007);
      expectApiError(emu, error, 403007, format);
      expect(last()).toMatchObject({
        authMode: 'anonymous',
        apiKey: API_KEY,
        nonce: undefined,
        errorCode: 403007,
        format,
      });
      expect(last().params['sig']).toBeUndefined();

      const unknown = await failureOf(
        clients.raw({ apiKey: '3_NoSuchSite', baseUrl: emu.url, format }).socialize.getUserInfo({ uid: 'alice' }),
      );
      expect((unknown as GigyaApiError).errorCode).toBe(400093);
      expectApiError(emu, unknown, 400093, format);
      expect(last()).toMatchObject({ apiKey: '3_NoSuchSite', nonce: undefined });
    },
  );

  it(
    'no credentials at all is a configuration error: ' + 'the client cannot send a request without apiKey or userKey',
    () => {
      expect(() => createClient({ baseUrl: emu.url, format } as never)).toThrow(GigyaConfigError);
      expect(() => createClient({ secret: SECRET, baseUrl: emu.url, format })).toThrow(GigyaConfigError);
    },
  );
});

describe('secret as a param', () => {
  describe.each(FORMATS)('over http (format=%s)', (format) => {
    it('the client refuses locally (403006, nothing sent); sent by hand, the emulator answers 403006', async () => {
      const before = emu.requests.length;
      const local = await failureOf(
        clients
          .make({ userKey: USER_KEY, secret: USER_SECRET, authMode: 'secret', format })
          .socialize.getUserInfo({ uid: 'alice' }),
      );
      expect(local).toBeInstanceOf(GigyaApiError);
      expect((local as GigyaApiError).errorCode).toBe(403006);
      expect((local as GigyaApiError).local).toBe(true);
      expect(emu.requests.length).toBe(before);
      expect(JSON.stringify(local) + String((local as Error).message)).not.toContain(USER_SECRET);

      const remote = await call(
        emu.url,
        'socialize.getUserInfo',
        { UID: 'alice', userKey: USER_KEY, secret: USER_SECRET },
        { secret: false, format },
      );
      expect(remote.status).toBe(200);
      expect(envelopeOf(remote, format)).toMatchObject({
        errorCode: 403006,
        errorMessage: 'Secret Sent Over Http',
        statusCode: 403,
      });
      expect(last()).toMatchObject({ authMode: 'secret', errorCode: 403006, format });
      expect(last().params['secret']).toBe('[REDACTED]');
      expect(remote.text).not.toContain(USER_SECRET);
    });
  });

  const cert = selfSignedCert();

  describe.skipIf(cert === undefined)('over real TLS (self-signed certificate trusted through a dispatcher)', () => {
    let tls: EmulatorHandle;
    let agent: Agent;
    const tlsClients = new Clients(() => tls);

    beforeAll(async () => {
      tls = await startEmulator({ fixture: e2eFixture(), tls: { key: cert!.key, cert: cert!.cert } });
      agent = new Agent({ connect: { ca: cert!.cert } });
    });
    beforeEach(() => tls.reset());
    afterAll(async () => {
      await tlsClients.closeAll();
      await agent.close();
      await tls.close();
    });

    describe.each(FORMATS)('format=%s', (format) => {
      it('userKey + secret and site secret are accepted; a wrong secret gives 403010', async () => {
        expect(tls.url.startsWith('https://127.0.0.1:')).toBe(true);
        const withUserKey = tlsClients.make({
          userKey: USER_KEY,
          secret: USER_SECRET,
          authMode: 'secret',
          dispatcher: agent,
          format,
        });
        const res = await withUserKey.socialize.getUserInfo({ uid: 'alice' });
        expect(res.UID).toBe('alice');
        expectAlice(res);
        expect(tls.requests.at(-1)).toMatchObject({
          authMode: 'secret',
          userKey: USER_KEY,
          nonce: undefined,
          errorCode: 0,
          format,
        });
        expect(tls.requests.at(-1)!.params['secret']).toBe('[REDACTED]');
        expect(tls.requests.at(-1)!.params['sig']).toBeUndefined();

        const site = tlsClients.make({ authMode: 'secret', dispatcher: agent, format });
        await site.socialize.setStatus({ uid: 'alice', status: `over https (${format})` });
        expect(tls.state.user(API_KEY, 'alice')!.status).toBe(`over https (${format})`);
        expect(tls.requests.at(-1)).toMatchObject({
          authMode: 'secret',
          apiKey: API_KEY,
          userKey: undefined,
          errorCode: 0,
          format,
        });

        const wrong = tlsClients.make({
          userKey: USER_KEY,
          secret: SECRET,
          authMode: 'secret',
          dispatcher: agent,
          format,
        });
        const error = await failureOf(wrong.socialize.getUserInfo({ uid: 'alice' }));
        expect((error as GigyaApiError).errorCode).toBe(403010);
        expectApiError(tls, error, 403010, format);
        expect(tls.requests.at(-1)).toMatchObject({ authMode: 'secret', userKey: USER_KEY });
        expect(JSON.stringify(error) + String((error as Error).message)).not.toContain(SECRET);
      });

      it('signed requests are signed over the https URL', async () => {
        const res = await tlsClients.make({ dispatcher: agent, format }).socialize.getUserInfo({ uid: 'alice' });
        expect(res.UID).toBe('alice');
        expectAlice(res);
        expect(tls.requests.at(-1)!.url).toBe(`${tls.url}/socialize.getUserInfo`);
        expect(tls.requests.at(-1)!.url.startsWith('https://')).toBe(true);
        expect(tls.requests.at(-1)).toMatchObject({ authMode: 'signed', errorCode: 0, format });
      });

      it('an oauth_token is accepted over https and acts for its user', async () => {
        const c = tlsClients.raw({
          oauthToken: 'st2.emulator-alice-token',
          baseUrl: tls.url,
          dispatcher: agent,
          format,
        });
        const res = await c.socialize.getUserInfo();
        expect(res.UID).toBe('alice');
        expectAlice(res);
        expect(tls.requests.at(-1)).toMatchObject({ authMode: 'oauth', errorCode: 0, format });
        expect(tls.requests.at(-1)!.params['oauth_token']).toBe('[REDACTED]');
        const unknown = tlsClients.raw({ oauthToken: 'st2.not-issued', baseUrl: tls.url, dispatcher: agent, format });
        const error = await failureOf(unknown.socialize.getUserInfo());
        expect((error as GigyaApiError).errorCode).toBe(403025);
        expectApiError(tls, error, 403025, format);
        expect(tls.requests.at(-1)).toMatchObject({ authMode: 'oauth' });
      });

      it('bearer JWTs (PKCS#8 and PKCS#1) work over https too; an unknown key still gives 400008', async () => {
        for (const [, privateKey] of BEARER_KEYS) {
          const c = tlsClients.raw({
            apiKey: API_KEY,
            userKey: BEARER_KEY,
            privateKey,
            baseUrl: tls.url,
            dispatcher: agent,
            format,
          });
          expectAlice(await c.socialize.getUserInfo({ uid: 'alice' }));
          expect(tls.requests.at(-1)).toMatchObject({ authMode: 'bearer', errorCode: 0, format });
          expect(tls.requests.at(-1)!.jti).toBeTruthy();
        }
        const other = tlsClients.raw({
          apiKey: API_KEY,
          userKey: BEARER_KEY,
          privateKey: OTHER_KEYS[2][1],
          baseUrl: tls.url,
          dispatcher: agent,
          format,
        });
        expectApiError(tls, await failureOf(other.socialize.getUserInfo({ uid: 'alice' })), 400008, format);
      });

      it('the certificate is really checked: without trusting it the client cannot connect', async () => {
        const untrusted = tlsClients.make({ maxRetries: 0, format });
        const error = await failureOf(untrusted.socialize.getUserInfo({ uid: 'alice' }));
        expect((error as Error).name).toBe('GigyaConnectionError');
        expect(error).not.toBeInstanceOf(GigyaApiError);
      });
    });
  });
});
