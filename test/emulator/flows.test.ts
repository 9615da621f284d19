import { afterAll, beforeEach, beforeAll, describe, expect, it } from 'vitest';
import { methodRegistry } from '../../generated/index.js';
import { objectShape } from '../../src/schema.js';
import { IMPLEMENTED_METHODS, startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { calcSignature } from '../../src/auth/signing.js';
import { validateFriendSignature, validateUserSignature } from '../../src/auth/sigutils.js';
import { API_KEY, SECRET, USER_KEY, USER_SECRET, callJson, minimalValue } from './helpers.js';

let emu: EmulatorHandle;
const HTTPS = { 'x-forwarded-proto': 'https' };

beforeAll(async () => {
  emu = await startEmulator({ trustForwardedProto: true });
});
beforeEach(() => emu.reset());
afterAll(async () => {
  await emu.close();
});

const api = (method: string, params: Record<string, unknown> = {}, opts = {}) =>
  callJson(emu.url, `socialize.${method}`, params, opts);

describe('session lifecycle', () => {
  it('notifyLogin → getUserInfo (signature validates) → setStatus → logout → 500024', async () => {
    const login = await api('notifyLogin', { siteUID: 'carol', userInfo: { nickname: 'Carol', age: 33 } });
    expect(login['errorCode']).toBe(0);
    expect(login['UID']).toBe('carol');
    expect(login['cookieName']).toBe(`glt_${API_KEY}`);
    expect(login['cookieValue']).toMatch(/^st2\./);
    expect(login['cookiePath']).toBe('/');
    expect(
      validateUserSignature('carol', login['signatureTimestamp'] as string, SECRET, login['UIDSignature'] as string),
    ).toBe(true);

    const info = await api('getUserInfo', { UID: 'carol' });
    expect(info['errorCode']).toBe(0);
    expect(info).toMatchObject({
      UID: 'carol',
      nickname: 'Carol',
      age: 33,
      isSiteUID: true,
      isLoggedIn: true,
      isConnected: false,
    });
    expect(typeof info['signatureTimestamp']).toBe('string');
    expect(
      validateUserSignature(
        info['UID'] as string,
        info['signatureTimestamp'] as string,
        SECRET,
        info['UIDSignature'] as string,
      ),
    ).toBe(true);
    expect(
      validateUserSignature('mallory', info['signatureTimestamp'] as string, SECRET, info['UIDSignature'] as string),
    ).toBe(false);

    expect((await api('setStatus', { UID: 'carol', status: 'I feel great' }))['errorCode']).toBe(0);
    expect(emu.state.user(API_KEY, 'carol')?.status).toBe('I feel great');

    const out = await api('logout', { UID: 'carol' });
    expect(out['errorCode']).toBe(0);
    expect(out['logoutActiveSession']).toBe(true);

    const after = await api('setStatus', { UID: 'carol', status: 'again' });
    expect(after['errorCode']).toBe(500024);
    expect(after['errorMessage']).toBe('No valid session');
    expect(after['statusCode']).toBe(500);
    expect((await api('getUserInfo', { UID: 'carol' }))['errorCode']).toBe(500024);
    expect(emu.state.user(API_KEY, 'carol')?.status).toBe('I feel great');
  });

  it(
    'notifyLogin for mobile returns a session token and secret; ' + 'providerSessions link one user per identity',
    async () => {
      const mobile = await api('notifyLogin', { siteUID: 'dave', targetEnv: 'mobile' });
      expect(mobile['sessionToken']).toMatch(/^st2\./);
      expect(Buffer.from(mobile['sessionSecret'] as string, 'base64').length).toBe(20);
      expect(mobile).not.toHaveProperty('cookieValue');

      const first = await api('notifyLogin', {
        providerSessions: { facebook: { authToken: 'fb-token', providerUID: 'fb-42' } },
      });
      expect(first['UID']).toMatch(/^_gid_/);
      const again = await api('notifyLogin', {
        providerSessions: { facebook: { authToken: 'fb-token-2', providerUID: 'fb-42' } },
      });
      expect(again['UID']).toBe(first['UID']);
      const info = await api('getUserInfo', { UID: first['UID'] });
      expect(info['isSiteUID']).toBe(false);
      expect(info['loginProvider']).toBe('facebook');
      expect(info['identities']).toEqual([expect.objectContaining({ provider: 'facebook', providerUID: 'fb-42' })]);
    },
  );

  it('400002 when notifyLogin gets neither siteUID nor providerSessions; 403005 for unknown users', async () => {
    expect((await api('notifyLogin', {}))['errorCode']).toBe(400002);
    expect((await api('getUserInfo', { UID: 'nobody' }))['errorCode']).toBe(403005);
    expect((await api('getUserInfo', {}))['errorCode']).toBe(400002);
  });

  it('sessions with sessionExpiration run out on the emulator clock', async () => {
    let offset = 0;
    const timed = await startEmulator({ now: () => Date.now() + offset });
    try {
      const p = { siteUID: 'erin', sessionExpiration: 30 };
      expect((await callJson(timed.url, 'socialize.notifyLogin', p))['errorCode']).toBe(0);
      expect((await callJson(timed.url, 'socialize.setStatus', { UID: 'erin', status: 'a' }))['errorCode']).toBe(0);
      offset = 31_000;
      expect(
        (
          await callJson(
            timed.url,
            'socialize.setStatus',
            { UID: 'erin', status: 'b' },
            { timestamp: Math.floor((Date.now() + offset) / 1000) },
          )
        )['errorCode'],
      ).toBe(500024);
    } finally {
      await timed.close();
    }
  });

  it('a clock ahead of the client gives 403002 with the emulator time', async () => {
    const ahead = await startEmulator({ now: () => Date.now() + 300_000 });
    try {
      const res = await callJson(ahead.url, 'socialize.getUserInfo', { UID: 'alice' });
      expect(res['errorCode']).toBe(403002);
      expect(Date.parse(res['time'] as string) - Date.now()).toBeGreaterThan(250_000);
    } finally {
      await ahead.close();
    }
  });
});

describe('social data', () => {
  it('getFriendsInfo signs every friend as validateFriendSignature expects, and filters', async () => {
    const res = await api('getFriendsInfo', { UID: 'alice' });
    const friends = res['friends'] as Array<Record<string, unknown>>;
    expect(friends.map((f) => f['UID'])).toEqual(['bob', '_gid_cheshire']);
    for (const f of friends) {
      expect(
        validateFriendSignature(
          'alice',
          f['signatureTimestamp'] as string,
          f['UID'] as string,
          SECRET,
          f['friendshipSignature'] as string,
        ),
      ).toBe(true);
      expect(
        validateFriendSignature(
          'bob',
          f['signatureTimestamp'] as string,
          f['UID'] as string,
          SECRET,
          f['friendshipSignature'] as string,
        ),
      ).toBe(false);
    }
    expect(friends[0]).not.toHaveProperty('email');
    expect(friends[1]).toMatchObject({ isSiteUser: false, nickname: 'Cheshire Cat' });

    const extended = (await api('getFriendsInfo', { UID: 'alice', detailLevel: 'extended' }))['friends'] as Array<
      Record<string, unknown>
    >;
    expect(extended[0]?.['email']).toBe('bob@example.com');
    const only = (await api('getFriendsInfo', { UID: 'alice', UIDs: '_gid_cheshire' }))['friends'] as unknown[];
    expect(only).toHaveLength(1);
    const linkedin = (await api('getFriendsInfo', { UID: 'alice', enabledProviders: 'linkedin' }))['friends'] as Array<
      Record<string, unknown>
    >;
    expect(linkedin.map((f) => f['UID'])).toEqual(['bob']);
  });

  it('publishUserAction stores the nested userAction and returns providerPostIDs', async () => {
    const userAction = {
      title: 'Read',
      userMessage: 'Look',
      mediaItems: [{ type: 'image', src: 'https://e.x/a.png', href: 'https://e.x' }],
    };
    const res = await api('publishUserAction', { UID: 'alice', userAction, tags: 'a,b', disabledProviders: 'twitter' });
    expect(res['errorCode']).toBe(0);
    const ids = res['providerPostIDs'] as Record<string, string>;
    expect(Object.keys(ids)).toEqual(['facebook']);
    const stored = emu.state.user(API_KEY, 'alice')!.actions.at(-1)!;
    expect(stored.userAction).toEqual(userAction);
    expect(stored.providerPostIDs).toEqual(ids);
    expect(stored.params['tags']).toBe('a,b');
  });

  it('setStatus posts to the connected status providers', async () => {
    const res = await api('setStatus', { UID: 'alice', status: 'hello' });
    expect(Object.keys(res['providerPostIDs'] as object).sort()).toEqual(['facebook', 'twitter']);
    expect(emu.state.user(API_KEY, 'alice')!.statusHistory).toHaveLength(1);
  });

  it('setStatus honours enabledProviders and disabledProviders, in the order of the identities', async () => {
    const ids = async (params: Record<string, unknown>): Promise<string[]> =>
      Object.keys(
        ((await api('setStatus', { UID: 'alice', status: 's', ...params }))['providerPostIDs'] ?? {}) as object,
      );
    expect(await ids({})).toEqual(['facebook', 'twitter']);
    expect(await ids({ enabledProviders: 'twitter' })).toEqual(['twitter']);
    expect(await ids({ enabledProviders: '*', disabledProviders: 'facebook' })).toEqual(['twitter']);
    expect(await ids({ enabledProviders: 'twitter,facebook', disabledProviders: 'linkedin' })).toEqual([
      'facebook',
      'twitter',
    ]);
    expect(await ids({ enabledProviders: 'linkedin' })).toEqual([]);
  });

  it('getSessionInfo returns the provider session and signs providerUID on request', async () => {
    const res = await api('getSessionInfo', { UID: 'alice', provider: 'facebook', signIDs: true });
    expect(res['errorCode']).toBe(0);
    expect(res['providerUID']).toBe('100001');
    expect(res['providerUIDSig']).toBe(calcSignature(`${res['timestamp'] as string}_100001`, SECRET));
    expect((await api('getSessionInfo', { UID: 'alice', provider: 'yahoo' }))['errorCode']).toBe(400106);
  });

  it('removeConnection and disconnect remove identities', async () => {
    expect((await api('removeConnection', { UID: 'alice', provider: 'twitter' }))['errorCode']).toBe(0);
    expect(emu.state.user(API_KEY, 'alice')!.identities.map((i) => i.provider)).toEqual(['facebook']);
    expect((await api('removeConnection', { UID: 'alice', provider: 'twitter' }))['errorCode']).toBe(400106);
    expect((await api('disconnect', { UID: 'alice' }))['errorCode']).toBe(0);
    expect(emu.state.user(API_KEY, 'alice')!.identities).toEqual([]);
    expect((await api('getUserInfo', { UID: 'alice' }))['isConnected']).toBe(false);
  });

  it('deleteAccount removes the user and their friend links', async () => {
    expect((await api('deleteAccount', { UID: 'bob' }))['errorCode']).toBe(0);
    expect((await api('getUserInfo', { UID: 'bob' }))['errorCode']).toBe(403005);
    expect((await api('deleteAccount', { UID: 'bob' }))['errorCode']).toBe(403005);
    const friends = (await api('getFriendsInfo', { UID: 'alice' }))['friends'] as Array<Record<string, unknown>>;
    expect(friends.map((f) => f['UID'])).toEqual(['_gid_cheshire']);
  });

  it('user settings by group: set, get (all / some), delete', async () => {
    expect((await api('setUserSettings', { UID: 'alice', group: 'g', settings: { a: 1, b: 'x' } }))['errorCode']).toBe(
      0,
    );
    expect((await api('getUserSettings', { UID: 'alice', group: 'g' }))['settings']).toEqual({ a: 1, b: 'x' });
    expect((await api('getUserSettings', { UID: 'alice', group: 'g', settings: 'a' }))['settings']).toEqual({ a: 1 });
    expect((await api('getUserSettings', { UID: 'alice', group: 'gigyaShareSettings' }))['settings']).toEqual({
      Publish: { alwaysShare: false },
    });
    await api('delUserSettings', { UID: 'alice', group: 'g', settings: 'a' });
    expect((await api('getUserSettings', { UID: 'alice', group: 'g' }))['settings']).toEqual({ b: 'x' });
    await api('delUserSettings', { UID: 'alice', group: 'g' });
    expect((await api('getUserSettings', { UID: 'alice', group: 'g' }))['settings']).toEqual({});
    // Settings need no session (bob is logged out).
    expect((await api('setUserSettings', { UID: 'bob', settings: { x: true } }))['errorCode']).toBe(0);
  });

  it('setUID renames the user and keeps friend links', async () => {
    expect((await api('setUID', { UID: 'bob', siteUID: 'robert' }))['errorCode']).toBe(0);
    expect(emu.state.user(API_KEY, 'robert')?.UID).toBe('robert');
    const friends = (await api('getFriendsInfo', { UID: 'alice' }))['friends'] as Array<Record<string, unknown>>;
    expect(friends[0]?.['UID']).toBe('robert');
    expect((await api('setUID', { UID: 'robert', siteUID: 'alice' }))['errorCode']).toBe(403043);
  });
});

describe('tokens and signatures', () => {
  it('getToken issues an oauth_token bound to x_siteUID; logout revokes it', async () => {
    const token = await api('getToken', { grant_type: 'none', x_siteUID: 'frank' });
    expect(token['errorCode']).toBe(0);
    const accessToken = token['access_token'] as string;
    expect(accessToken).toMatch(/^st2\./);
    const viaToken = { secret: false as const, apiKey: false as const, headers: HTTPS };
    const info = await api('getUserInfo', { oauth_token: accessToken }, viaToken);
    expect(info['UID']).toBe('frank');
    expect((await api('logout', { oauth_token: accessToken }, viaToken))['errorCode']).toBe(0);
    expect((await api('getUserInfo', { oauth_token: accessToken }, viaToken))['errorCode']).toBe(403025);
    expect((await api('getToken', { grant_type: 'authorization_code' }))['errorCode']).toBe(400002);
  });

  it('exchangeUIDSignature re-signs with the calling user key secret', async () => {
    const info = await api('getUserInfo', { UID: 'alice' });
    const res = await api(
      'exchangeUIDSignature',
      { UID: 'alice', UIDSignature: info['UIDSignature'], signatureTimestamp: info['signatureTimestamp'] },
      { userKey: USER_KEY },
    );
    expect(res['errorCode']).toBe(0);
    expect(
      validateUserSignature('alice', res['signatureTimestamp'] as string, USER_SECRET, res['UIDSignature'] as string),
    ).toBe(true);
    const forged = await api('exchangeUIDSignature', {
      UID: 'alice',
      UIDSignature: 'AAAA',
      signatureTimestamp: info['signatureTimestamp'],
    });
    expect(forged['errorCode']).toBe(400006);
  });

  it('shortenURL and reactions keep state', async () => {
    const a = await api('shortenURL', { url: 'https://example.com/a' });
    expect(a['shortURL']).toMatch(/^https:\/\/gig\.ya\/\w+$/);
    expect((await api('shortenURL', { url: 'https://example.com/a' }))['shortURL']).toBe(a['shortURL']);
    expect((await api('shortenURL', { url: 'not a url' }))['errorCode']).toBe(400006);
    await api('incrementReactionsCount', { barID: 'bar', buttonID: 'like' });
    await api('incrementReactionsCount', { barID: 'bar', buttonID: 'like' });
    expect((await api('getReactionsCount', { barID: 'bar', buttonIDs: 'like,wow' }))['counts']).toEqual([
      { buttonId: 'like', count: 2 },
      { buttonId: 'wow', count: 0 },
    ]);
  });
});

describe('every catalogued method', () => {
  it('answers a well-formed envelope with a documented code, never a 500', async () => {
    expect(methodRegistry.size).toBeGreaterThan(30);
    for (const descriptor of methodRegistry.values()) {
      emu.reset();
      const shape = objectShape(descriptor.params)!;
      const params = minimalValue(descriptor.params) as Record<string, unknown>;
      if ('uid' in shape) params['uid'] = 'alice';
      const env = await callJson(emu.url, descriptor.name, params);
      const code = env['errorCode'] as number;
      expect(env['callId'], descriptor.name).toMatch(/^[0-9a-f]{32}$/);
      expect(env['statusCode'], descriptor.name).toBe(code === 0 ? 200 : Math.floor(code / 1000));
      expect(
        [0, ...descriptor.errorCodes],
        `${descriptor.name} answered ${code}: ${String(env['errorDetails'])}`,
      ).toContain(code);
      expect(code, descriptor.name).not.toBe(500001);
    }
    expect(IMPLEMENTED_METHODS).toContain('socialize.notifyLogin');
  });
});
