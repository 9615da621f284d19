/**
 * The typed client against the emulator over real loopback HTTP: the seed's flows (login, profile,
 * status, user actions, friends), checked by an independent server. Auth modes, error codes,
 * retries, the proxy path and concurrency have their own files in this folder.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  GigyaApiError,
  GigyaValidationError,
  validateFriendSignature,
  validateUserSignature,
} from '../../src/index.js';
import { startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { API_KEY, Clients, SECRET, e2eFixture } from './helpers.js';

let emu: EmulatorHandle;
const clients = new Clients(() => emu);
const client = (options: Parameters<Clients['make']>[0] = {}) => clients.make(options);

beforeAll(async () => {
  emu = await startEmulator({ fixture: e2eFixture() });
});
beforeEach(() => {
  emu.setFaults([]);
  emu.reset();
});
afterAll(async () => {
  await clients.closeAll();
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
    for (const f of res.friends!)
      expect(validateFriendSignature('alice', f.signatureTimestamp!, f.UID, SECRET, f.friendshipSignature!)).toBe(true);
  });

  it('XML answers parse to the same values as JSON', async () => {
    // Both answers carry signatureTimestamp and a signature over it: on the real clock two calls can
    // fall in two different seconds, so this emulator (and the clients) share one clock that stands still.
    const at = Date.now();
    const still = await startEmulator({ fixture: e2eFixture(), now: () => at });
    try {
      // The second call starts in the next second of real time; only the injected clock decides.
      const json = await client({ baseUrl: still.url, now: () => at }).socialize.getUserInfo({ uid: 'alice' });
      await new Promise((resolve) => setTimeout(resolve, 1_000 - (Date.now() % 1_000) + 5));
      const xml = await client({ baseUrl: still.url, now: () => at, format: 'xml' }).socialize.getUserInfo({
        uid: 'alice',
      });
      const strip = (value: object) => {
        const { callId: _c, ...rest } = value as Record<string, unknown>;
        return rest;
      };
      expect(strip(xml)).toEqual(strip(json));
      expect(json.signatureTimestamp).toBe(String(Math.floor(at / 1000)));
      expect(still.requests.at(-1)!.format).toBe('xml');
    } finally {
      await still.close();
    }
  });

  it('publishUserAction sends the nested object the emulator stores', async () => {
    const userAction = { title: 'T', mediaItems: [{ type: 'image' as const, src: 'https://e.x/i.png' }] };
    const res = await client().socialize.publishUserAction({ uid: 'alice', userAction });
    expect(Object.keys(res.providerPostIDs ?? {})).toEqual(['facebook', 'twitter']);
    expect(emu.state.user(API_KEY, 'alice')!.actions.at(-1)!.userAction).toEqual(userAction);
  });

  it('validation fails locally (nothing sent); with validation off the emulator answers 400002', async () => {
    const before = emu.requests.length;
    const local = await client()
      // @ts-expect-error status is required
      .socialize.setStatus({ uid: 'alice' })
      .catch((e: unknown) => e);
    expect(local).toBeInstanceOf(GigyaValidationError);
    expect(emu.requests.length).toBe(before);
    const remote = await client({ validateParams: false })
      // @ts-expect-error status is required
      .socialize.setStatus({ uid: 'alice' })
      .catch((e: unknown) => e);
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

/** The seed's userAction: message, description, link back, one image and an action link. */
const SEED_USER_ACTION = {
  title: 'This is my title',
  userMessage: 'This is my user message',
  description: 'This is my description',
  linkBack: 'https://example.com/article',
  mediaItems: [{ type: 'image' as const, src: 'https://example.com/image.png', href: 'https://example.com/article' }],
  actionLinks: [{ text: 'Read more', href: 'https://example.com/article' }],
};

describe.each(['json', 'xml'] as const)('the seed walkthrough (format=%s)', (format) => {
  it('setStatus, getUserInfo + UID signature, publishUserAction, getFriendsInfo + friend signatures', async () => {
    const c = client({ format });
    await c.socialize.setStatus({ uid: 'alice', status: 'I feel great' });
    expect(emu.state.user(API_KEY, 'alice')!.status).toBe('I feel great');

    const user = await c.socialize.getUserInfo({ uid: 'alice' });
    expect(user).toMatchObject({
      UID: 'alice',
      nickname: 'Alice',
      age: 29,
      isSiteUID: true,
      isLoggedIn: true,
      loginProvider: 'facebook',
    });
    expect(user.identities?.map((i) => i.provider)).toEqual(['facebook', 'twitter']);
    expect(validateUserSignature('alice', user.signatureTimestamp!, SECRET, user.UIDSignature!)).toBe(true);
    expect(validateUserSignature('bob', user.signatureTimestamp!, SECRET, user.UIDSignature!)).toBe(false);

    const published = await c.socialize.publishUserAction({ uid: 'alice', userAction: SEED_USER_ACTION });
    expect(Object.keys(published.providerPostIDs ?? {})).toEqual(['facebook', 'twitter']);
    expect(emu.state.user(API_KEY, 'alice')!.actions.at(-1)!.userAction).toEqual(SEED_USER_ACTION);

    const { friends = [] } = await c.socialize.getFriendsInfo({ uid: 'alice' });
    expect(friends.map((f) => [f.UID, f.isSiteUser])).toEqual([
      ['bob', true],
      ['_gid_cheshire', false],
    ]);
    for (const f of friends)
      expect(validateFriendSignature('alice', f.signatureTimestamp!, f.UID, SECRET, f.friendshipSignature!)).toBe(true);
    expect(emu.requests.every((r) => r.format === format)).toBe(true);
  });

  it('sessions, connections, settings and account deletion through the typed methods', async () => {
    const c = client({ format });
    const login = await c.socialize.notifyLogin({ siteUID: 'dora', userInfo: { nickname: 'Dora' } });
    expect(login.cookieValue).toMatch(/^st2\./);

    await c.socialize.setUserSettings({ uid: 'alice', group: 'prefs', settings: { theme: 'dark', size: 3 } });
    expect((await c.socialize.getUserSettings({ uid: 'alice', group: 'prefs' })).settings).toEqual(
      format === 'json' ? { theme: 'dark', size: 3 } : { theme: 'dark', size: '3' },
    );
    await c.socialize.delUserSettings({ uid: 'alice', group: 'prefs', settings: ['theme'] });
    expect(Object.keys((await c.socialize.getUserSettings({ uid: 'alice', group: 'prefs' })).settings ?? {})).toEqual([
      'size',
    ]);

    const session = await c.socialize.getSessionInfo({ uid: 'alice', provider: 'facebook', signIDs: true });
    expect(session.providerUID).toBe('100001');

    await c.socialize.removeConnection({ uid: 'alice', provider: 'twitter' });
    expect(emu.state.user(API_KEY, 'alice')!.identities.map((i) => i.provider)).toEqual(['facebook']);
    await c.socialize.disconnect({ uid: 'alice' });
    expect((await c.socialize.getUserInfo({ uid: 'alice' })).isConnected).toBe(false);

    const out = await c.socialize.logout({ uid: 'dora' });
    expect(out.logoutActiveSession).toBe(true);
    expect(((await c.socialize.getUserInfo({ uid: 'dora' }).catch((e: unknown) => e)) as GigyaApiError).errorCode).toBe(
      500024,
    );

    await c.socialize.deleteAccount({ uid: 'dora' });
    expect(emu.state.user(API_KEY, 'dora')).toBeUndefined();
    expect(
      ((await c.socialize.deleteAccount({ uid: 'dora' }).catch((e: unknown) => e)) as GigyaApiError).errorCode,
    ).toBe(403005);
  });
});
