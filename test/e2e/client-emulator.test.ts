/**
 * The typed client against the emulator over real loopback HTTP: the request the client signs is
 * checked by an independent server, and the server's faults exercise the client's retry rules.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  GigyaApiError,
  GigyaConnectionError,
  GigyaResponseError,
  GigyaTimeoutError,
  GigyaValidationError,
  createClient,
  getTrace,
  validateFriendSignature,
  validateUserSignature,
  type ClientOptions,
  type GigyaClient,
} from '../../src/index.js';
import { FAULT_HEADER, defaultEmulatorFixture, startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';

const fixture = defaultEmulatorFixture();
const [API_KEY, SITE] = Object.entries(fixture.sites)[0]!;
const SECRET = SITE.secret;
const USER_KEY = 'AEmulatorUserKey';
const USER_SECRET = SITE.userKeys![USER_KEY]!.secret!;
const BEARER_KEY = 'ABearerKey';
const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
SITE.userKeys![BEARER_KEY] = { publicKey: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString() };

const FAST_RETRY = { baseDelayMs: 1, maxDelayMs: 5, rateLimitDelayMs: 2 };

let emu: EmulatorHandle;
const clients: GigyaClient[] = [];

function client(options: Partial<ClientOptions> = {}): GigyaClient {
  const c = createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: emu.url, retry: FAST_RETRY, ...options } as ClientOptions);
  clients.push(c);
  return c;
}

beforeAll(async () => {
  emu = await startEmulator({ fixture });
});
beforeEach(() => {
  emu.setFaults([]);
  emu.reset();
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await emu.close();
});

describe('signed calls', () => {
  it('runs the login flow and ends with a typed 500024', async () => {
    const c = client();
    const login = await c.socialize.notifyLogin({ siteUID: 'carol', userInfo: { nickname: 'Carol' } });
    expect(login.UID).toBe('carol');
    const info = await c.socialize.getUserInfo({ uid: 'carol' });
    expect(info.nickname).toBe('Carol');
    expect(validateUserSignature(info.UID, info.signatureTimestamp!, SECRET, info.UIDSignature!)).toBe(true);
    await c.socialize.setStatus({ uid: 'carol', status: 'I feel great' });
    expect(emu.state.user(API_KEY, 'carol')?.status).toBe('I feel great');
    await c.socialize.logout({ uid: 'carol' });
    const error = await c.socialize.setStatus({ uid: 'carol', status: 'again' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GigyaApiError);
    expect((error as GigyaApiError).errorCode).toBe(500024);
    expect((error as GigyaApiError).callId).toMatch(/^[0-9a-f]{32}$/);
    expect((error as GigyaApiError).attempts).toBe(1);
  });

  it('csv params go as comma lists and come back typed', async () => {
    const info = await client().socialize.getUserInfo({ uid: 'alice', extraFields: ['bio', 'likes'] });
    expect(info['bio' as keyof typeof info]).toBe('Follows white rabbits.');
    expect(emu.requests.at(-1)!.params['extraFields']).toBe('bio,likes');
  });

  it('friend signatures from getFriendsInfo validate', async () => {
    const res = await client().socialize.getFriendsInfo({ uid: 'alice' });
    expect(res.friends).toHaveLength(2);
    for (const f of res.friends!) expect(validateFriendSignature('alice', f.signatureTimestamp!, f.UID, SECRET, f.friendshipSignature!)).toBe(true);
  });

  it('XML answers parse to the same values as JSON', async () => {
    const json = await client().socialize.getUserInfo({ uid: 'alice' });
    const xml = await client({ format: 'xml' }).socialize.getUserInfo({ uid: 'alice' });
    const strip = (value: object) => {
      const { callId: _c, time: _t, ...rest } = value as Record<string, unknown>;
      return rest;
    };
    expect(strip(xml)).toEqual(strip(json));
    expect(emu.requests.at(-1)!.format).toBe('xml');
  });

  it('publishUserAction sends the nested object the emulator stores', async () => {
    const userAction = { title: 'T', mediaItems: [{ type: 'image' as const, src: 'https://e.x/i.png' }] };
    const res = await client().socialize.publishUserAction({ uid: 'alice', userAction });
    expect(Object.keys(res.providerPostIDs ?? {})).toEqual(['facebook', 'twitter']);
    expect(emu.state.user(API_KEY, 'alice')!.actions.at(-1)!.userAction).toEqual(userAction);
  });

  it('validation fails locally (nothing sent); with validation off the emulator answers 400002', async () => {
    const before = emu.requests.length;
    // @ts-expect-error status is required
    const local = await client().socialize.setStatus({ uid: 'alice' }).catch((e: unknown) => e);
    expect(local).toBeInstanceOf(GigyaValidationError);
    expect(emu.requests.length).toBe(before);
    // @ts-expect-error status is required
    const remote = await client({ validateParams: false }).socialize.setStatus({ uid: 'alice' }).catch((e: unknown) => e);
    expect(remote).toBeInstanceOf(GigyaApiError);
    expect(remote).not.toBeInstanceOf(GigyaValidationError);
    expect((remote as GigyaApiError).errorCode).toBe(400002);
    expect((remote as GigyaApiError).errorDetails).toBe('Missing required parameter: status');
  });

  it('call() with an unknown method gets 501001 from the server', async () => {
    const error = await client()
      .call('socialize.notAMethod', {})
      .catch((e: unknown) => e);
    expect((error as GigyaApiError).errorCode).toBe(501001);
  });
});

describe('other auth modes', () => {
  it('userKey + secret (signed with the user key secret)', async () => {
    const res = await client({ userKey: USER_KEY, secret: USER_SECRET }).socialize.getUserInfo({ uid: 'alice' });
    expect(res.UID).toBe('alice');
    expect(emu.requests.at(-1)!.userKey).toBe(USER_KEY);
  });

  it('bearer JWT from the application key private key', async () => {
    const c = createClient({ apiKey: API_KEY, userKey: BEARER_KEY, privateKey: keys.privateKey, baseUrl: emu.url, retry: FAST_RETRY });
    clients.push(c);
    expect((await c.socialize.getUserInfo({ uid: 'alice' })).UID).toBe('alice');
    expect((await c.socialize.getUserInfo({ uid: 'alice' })).UID).toBe('alice');
    const bearer = emu.requests.filter((r) => r.authMode === 'bearer');
    expect(bearer).toHaveLength(2);
    expect(bearer[0]!.jti).not.toBe(bearer[1]!.jti);
  });

  it('secret mode refuses plain http before sending (403006, local)', async () => {
    const before = emu.requests.length;
    const error = await client({ userKey: USER_KEY, secret: USER_SECRET, authMode: 'secret' })
      .socialize.getUserInfo({ uid: 'alice' })
      .catch((e: unknown) => e);
    expect((error as GigyaApiError).errorCode).toBe(403006);
    expect((error as GigyaApiError).local).toBe(true);
    expect(emu.requests.length).toBe(before);
  });

  it('an oauth_token over plain http is refused by the server (403025)', async () => {
    const c = createClient({ oauthToken: 'st2.emulator-alice-token', baseUrl: emu.url, retry: FAST_RETRY });
    clients.push(c);
    const error = await c.socialize.getUserInfo().catch((e: unknown) => e);
    expect((error as GigyaApiError).errorCode).toBe(403025);
    expect(emu.requests.at(-1)!.params['oauth_token']).toBe('[redacted]');
  });
});

describe('retries against injected faults', () => {
  it('retries 403048 with a fresh nonce and timestamp per attempt', async () => {
    emu.setFaults([{ type: 'rate-limit', times: 2 }]);
    const res = await client().socialize.getUserInfo({ uid: 'alice' });
    expect(res.UID).toBe('alice');
    const attempts = emu.requests.filter((r) => r.method === 'socialize.getUserInfo');
    expect(attempts.map((r) => r.errorCode)).toEqual([403048, 403048, 0]);
    expect(new Set(attempts.map((r) => r.nonce)).size).toBe(3);
    expect(attempts.every((r) => r.params['sig'] === '[redacted]' && r.authMode === 'signed')).toBe(true);
    expect(getTrace(res)?.attempts).toHaveLength(3);
  });

  it('corrects its clock from a 403002 answer and retries once', async () => {
    const ahead = await startEmulator({ fixture, now: () => Date.now() + 600_000 });
    try {
      const c = createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: ahead.url, retry: FAST_RETRY });
      clients.push(c);
      expect((await c.socialize.getUserInfo({ uid: 'alice' })).UID).toBe('alice');
      const [first, second] = ahead.requests;
      expect(first!.errorCode).toBe(403002);
      expect(second!.errorCode).toBe(0);
      expect(Number(second!.timestamp) - Number(first!.timestamp)).toBeGreaterThanOrEqual(590);
      expect(second!.nonce).not.toBe(first!.nonce);
      // The offset sticks: the next call needs no retry.
      await c.socialize.getUserInfo({ uid: 'alice' });
      expect(ahead.requests).toHaveLength(3);
    } finally {
      await ahead.close();
    }
  });

  it('retries a 503 HTML page and a reset for a safe method', async () => {
    emu.setFaults([
      { type: 'unavailable', times: 1, method: 'socialize.getUserInfo' },
      { type: 'reset', skip: 1, times: 1, method: 'socialize.getUserInfo' },
    ]);
    expect((await client().socialize.getUserInfo({ uid: 'alice' })).UID).toBe('alice');
    const attempts = emu.requests.filter((r) => r.method === 'socialize.getUserInfo');
    expect(attempts.map((r) => r.faults[0] ?? 'ok')).toEqual(['unavailable', 'reset', 'ok']);
    expect(new Set(attempts.map((r) => r.nonce)).size).toBe(3);
  });

  it('does not repeat an unsafe method after a reset or a truncated answer', async () => {
    const reset = await client()
      .socialize.setStatus({ uid: 'alice', status: 'lost' }, { headers: { [FAULT_HEADER]: 'reset' } })
      .catch((e: unknown) => e);
    expect(reset).toBeInstanceOf(GigyaConnectionError);
    expect(emu.requests.filter((r) => r.method === 'socialize.setStatus')).toHaveLength(1);

    const cut = await client()
      .socialize.setStatus({ uid: 'alice', status: 'applied' }, { headers: { [FAULT_HEADER]: 'truncate' } })
      .catch((e: unknown) => e);
    expect(cut instanceof GigyaResponseError || cut instanceof GigyaConnectionError).toBe(true);
    expect(emu.state.user(API_KEY, 'alice')!.status).toBe('applied');
    expect(emu.requests.filter((r) => r.method === 'socialize.setStatus')).toHaveLength(2);
  });

  it('times out on a slow answer', async () => {
    const error = await client({ timeoutMs: 50 })
      .socialize.setStatus({ uid: 'alice', status: 'slow' }, { headers: { [FAULT_HEADER]: 'latency=400' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GigyaTimeoutError);
  });

  it('keeps 300 concurrent calls apart', async () => {
    const c = client();
    const results = await Promise.all(Array.from({ length: 300 }, (_, i) => c.socialize.setUserSettings({ uid: 'alice', group: 'e2e', settings: { [`k${i}`]: i } })));
    expect(results.every((r) => r.errorCode === 0)).toBe(true);
    const sent = emu.requests.filter((r) => r.method === 'socialize.setUserSettings');
    expect(sent).toHaveLength(300);
    expect(new Set(sent.map((r) => r.nonce)).size).toBe(300);
    expect(Object.keys(emu.state.user(API_KEY, 'alice')!.settings.get('e2e')!)).toHaveLength(300);
  });
});
