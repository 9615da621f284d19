/**
 * Every auth mode of the client, checked by the emulator over loopback: signed with the site
 * secret, signed with a user key secret, the secret as a param over HTTPS (real TLS with a
 * throwaway certificate), RS256 bearer JWTs, OAuth tokens, and apiKey-only calls.
 */
import { Agent } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GigyaApiError, GigyaConfigError, createClient, validateUserSignature } from '../../src/index.js';
import { startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { call } from '../emulator/helpers.js';
import { API_KEY, BEARER_KEY, BEARER_PRIVATE_KEY, Clients, SECRET, USER_KEY, USER_SECRET, e2eFixture, failureOf, selfSignedCert } from './helpers.js';

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

const last = () => emu.requests.at(-1)!;

describe('signed requests (HMAC-SHA1)', () => {
  it('apiKey + site secret: apiKey, timestamp, nonce and sig sent; the emulator verifies them', async () => {
    const res = await clients.make().socialize.getUserInfo({ uid: 'alice' });
    expect(res.UID).toBe('alice');
    expect(validateUserSignature(res.UID, res.signatureTimestamp!, SECRET, res.UIDSignature!)).toBe(true);
    const rec = last();
    expect(rec).toMatchObject({ authMode: 'signed', apiKey: API_KEY, userKey: undefined, errorCode: 0, format: 'json' });
    expect(rec.nonce).toBeTruthy();
    expect(Number(rec.timestamp)).toBeGreaterThan(1_600_000_000);
    expect(rec.params['sig']).toBe('[redacted]');
    expect(rec.url).toBe(`${emu.url}/socialize.getUserInfo`);
  });

  it('a wrong site secret is refused with 403003 and not retried', async () => {
    const wrong = Buffer.from('this is not the site secret').toString('base64');
    const error = await failureOf(clients.make({ secret: wrong }).socialize.getUserInfo({ uid: 'alice' }));
    expect(error).toBeInstanceOf(GigyaApiError);
    expect((error as GigyaApiError).errorCode).toBe(403003);
    expect((error as GigyaApiError).attempts).toBe(1);
    expect(JSON.stringify(error)).not.toContain(wrong);
  });

  it('userKey + its secret, with and without apiKey: signed with the user key secret', async () => {
    expect((await clients.make({ userKey: USER_KEY, secret: USER_SECRET }).socialize.getUserInfo({ uid: 'alice' })).UID).toBe('alice');
    expect(last()).toMatchObject({ authMode: 'signed', apiKey: API_KEY, userKey: USER_KEY, errorCode: 0 });

    const noApiKey = clients.raw({ userKey: USER_KEY, secret: USER_SECRET, baseUrl: emu.url });
    expect((await noApiKey.socialize.getUserInfo({ uid: 'alice' })).UID).toBe('alice');
    expect(last()).toMatchObject({ authMode: 'signed', apiKey: undefined, userKey: USER_KEY, errorCode: 0 });

    // The site secret does not sign for a user key.
    const mixed = await failureOf(clients.make({ userKey: USER_KEY, secret: SECRET }).socialize.getUserInfo({ uid: 'alice' }));
    expect((mixed as GigyaApiError).errorCode).toBe(403003);
  });
});

describe('bearer JWT (RS256)', () => {
  it('is verified against the registered public key; every attempt carries a new jti', async () => {
    const c = clients.raw({ apiKey: API_KEY, userKey: BEARER_KEY, privateKey: BEARER_PRIVATE_KEY, baseUrl: emu.url });
    expect((await c.socialize.getUserInfo({ uid: 'alice' })).UID).toBe('alice');
    await c.socialize.setStatus({ uid: 'alice', status: 'via bearer' });
    expect(emu.state.user(API_KEY, 'alice')!.status).toBe('via bearer');
    const bearer = emu.requests.filter((r) => r.authMode === 'bearer');
    expect(bearer.map((r) => r.errorCode)).toEqual([0, 0]);
    expect(new Set(bearer.map((r) => r.jti)).size).toBe(2);
    expect(bearer.every((r) => r.params['sig'] === undefined && r.nonce === undefined)).toBe(true);
  });

  it('a key the emulator does not know for that user key gives 400008', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const c = clients.raw({ apiKey: API_KEY, userKey: BEARER_KEY, privateKey: other, baseUrl: emu.url });
    const error = await failureOf(c.socialize.getUserInfo({ uid: 'alice' }));
    expect((error as GigyaApiError).errorCode).toBe(400008);
    expect((error as GigyaApiError).errorMessage).toBe('Invalid authentication header');
  });
});

describe('OAuth token and anonymous calls over plain http', () => {
  it('an oauth_token over http is refused by the emulator (403025), token redacted in the record', async () => {
    const error = await failureOf(clients.raw({ oauthToken: 'st2.emulator-alice-token', baseUrl: emu.url }).socialize.getUserInfo());
    expect((error as GigyaApiError).errorCode).toBe(403025);
    expect(last()).toMatchObject({ authMode: 'oauth', errorCode: 403025 });
    expect(last().params['oauth_token']).toBe('[redacted]');
  });

  it('apiKey alone: sent unsigned, accepted as the site, refused for a method that needs credentials (403007)', async () => {
    const anonymous = clients.raw({ apiKey: API_KEY, baseUrl: emu.url });
    const error = await failureOf(anonymous.socialize.getUserInfo({ uid: 'alice' }));
    expect((error as GigyaApiError).errorCode).toBe(403007);
    expect(last()).toMatchObject({ authMode: 'anonymous', apiKey: API_KEY, nonce: undefined, errorCode: 403007 });
    expect(last().params['sig']).toBeUndefined();

    const unknown = await failureOf(clients.raw({ apiKey: '3_NoSuchSite', baseUrl: emu.url }).socialize.getUserInfo({ uid: 'alice' }));
    expect((unknown as GigyaApiError).errorCode).toBe(400093);
  });

  it('no credentials at all is a configuration error: the client cannot send a request without apiKey or userKey', () => {
    expect(() => createClient({ baseUrl: emu.url } as never)).toThrow(GigyaConfigError);
    expect(() => createClient({ secret: SECRET, baseUrl: emu.url })).toThrow(GigyaConfigError);
  });
});

describe('secret as a param', () => {
  it('over http: the client refuses locally (403006, nothing sent); sent by hand, the emulator answers 403006', async () => {
    const before = emu.requests.length;
    const local = await failureOf(clients.make({ userKey: USER_KEY, secret: USER_SECRET, authMode: 'secret' }).socialize.getUserInfo({ uid: 'alice' }));
    expect(local).toBeInstanceOf(GigyaApiError);
    expect((local as GigyaApiError).errorCode).toBe(403006);
    expect((local as GigyaApiError).local).toBe(true);
    expect(emu.requests.length).toBe(before);
    expect(JSON.stringify(local) + String((local as Error).message)).not.toContain(USER_SECRET);

    const remote = await call(emu.url, 'socialize.getUserInfo', { UID: 'alice', userKey: USER_KEY, secret: USER_SECRET }, { secret: false });
    expect(remote.status).toBe(200);
    expect(remote.json).toMatchObject({ errorCode: 403006, errorMessage: 'Secret Sent Over Http', statusCode: 403 });
    expect(last()).toMatchObject({ authMode: 'secret', errorCode: 403006 });
    expect(last().params['secret']).toBe('[redacted]');
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
    afterAll(async () => {
      await tlsClients.closeAll();
      await agent.close();
      await tls.close();
    });

    it('userKey + secret and site secret are accepted; a wrong secret gives 403010', async () => {
      expect(tls.url.startsWith('https://127.0.0.1:')).toBe(true);
      const withUserKey = tlsClients.make({ userKey: USER_KEY, secret: USER_SECRET, authMode: 'secret', dispatcher: agent });
      expect((await withUserKey.socialize.getUserInfo({ uid: 'alice' })).UID).toBe('alice');
      expect(tls.requests.at(-1)).toMatchObject({ authMode: 'secret', userKey: USER_KEY, nonce: undefined, errorCode: 0 });
      expect(tls.requests.at(-1)!.params['secret']).toBe('[redacted]');

      const site = tlsClients.make({ authMode: 'secret', dispatcher: agent });
      await site.socialize.setStatus({ uid: 'alice', status: 'over https' });
      expect(tls.state.user(API_KEY, 'alice')!.status).toBe('over https');

      const wrong = tlsClients.make({ userKey: USER_KEY, secret: SECRET, authMode: 'secret', dispatcher: agent });
      expect(((await failureOf(wrong.socialize.getUserInfo({ uid: 'alice' }))) as GigyaApiError).errorCode).toBe(403010);
    });

    it('signed requests are signed over the https URL', async () => {
      expect((await tlsClients.make({ dispatcher: agent }).socialize.getUserInfo({ uid: 'alice' })).UID).toBe('alice');
      expect(tls.requests.at(-1)!.url).toBe(`${tls.url}/socialize.getUserInfo`);
      expect(tls.requests.at(-1)!.url.startsWith('https://')).toBe(true);
    });

    it('an oauth_token is accepted over https and acts for its user', async () => {
      const c = tlsClients.raw({ oauthToken: 'st2.emulator-alice-token', baseUrl: tls.url, dispatcher: agent });
      const res = await c.socialize.getUserInfo();
      expect(res.UID).toBe('alice');
      expect(tls.requests.at(-1)).toMatchObject({ authMode: 'oauth', errorCode: 0 });
      const unknown = tlsClients.raw({ oauthToken: 'st2.not-issued', baseUrl: tls.url, dispatcher: agent });
      expect(((await failureOf(unknown.socialize.getUserInfo())) as GigyaApiError).errorCode).toBe(403025);
    });

    it('the certificate is really checked: without trusting it the client cannot connect', async () => {
      const untrusted = tlsClients.make({ maxRetries: 0 });
      const error = await failureOf(untrusted.socialize.getUserInfo({ uid: 'alice' }));
      expect((error as Error).name).toBe('GigyaConnectionError');
    });
  });
});
