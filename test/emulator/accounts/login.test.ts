import { describe, expect, it } from 'vitest';
import {
  getConflictingAccount,
  linkAccounts,
  login,
  logout,
  notifyLogin,
  verifyLogin,
} from '../../../src/emulator/accounts/index.js';
import { setAccountInfo } from '../../../src/emulator/accounts/flows/profile.js';
import {
  API_KEY,
  PASSWORD,
  client,
  expectCode,
  expectOk,
  newStore,
  registerPending,
  registerUser,
  server,
} from './helpers.js';

describe('login', () => {
  it('answers the account, sessionInfo and raises accountLoggedIn', () => {
    const { store, clock } = newStore();
    const uid = registerUser(store);
    const events: string[] = [];
    store.subscribe((e) => events.push(`${e.type}:${e.uid}`));
    clock.advance(60_000);
    const answer = expectOk(
      login(store, client, { loginID: 'ada@example.com', password: PASSWORD, include: 'profile,loginIDs' }),
    );
    expect(answer['UID']).toBe(uid);
    expect(answer['lastLogin']).toBe(new Date(clock.t).toISOString());
    expect(answer['lastLoginTimestamp']).toBe(clock.t);
    expect(answer['loginIDs']).toEqual({ emails: [], unverifiedEmails: ['ada@example.com'] });
    expect(answer['data']).toBeUndefined();
    expect(answer['sessionInfo']).toMatchObject({ cookieName: `glt_${API_KEY}` });
    expect(events).toEqual([`accountLoggedIn:${uid}`]);
    expect(store.liveSessions(API_KEY, uid)).toHaveLength(2);
  });

  it('answers 403042 alike for an unknown login ID and a wrong password', () => {
    const { store } = newStore();
    registerUser(store);
    const unknown = expectCode(login(store, client, { loginID: 'nobody@example.com', password: PASSWORD }), 403042);
    const wrong = expectCode(login(store, client, { loginID: 'ada@example.com', password: 'Wrong-pass-1' }), 403042);
    expect(unknown.errorDetails).toBe(wrong.errorDetails);
    expect(JSON.stringify(wrong)).not.toContain('Wrong-pass-1');
    expectCode(login(store, client, { loginID: 'ada@example.com' }), 400002);
    expectCode(login(store, client, { password: PASSWORD }), 400002);
  });

  it(
    'locks the account after the threshold of failures (403120, even with the right password) for the configured ' +
      'time',
    () => {
      const { store, clock } = newStore();
      store.addSite(API_KEY, {
        policies: { security: { accountLockout: { failedLoginThreshold: 3, lockoutTimeSec: 120 } } },
      });
      registerUser(store);
      for (let i = 0; i < 3; i++)
        expectCode(login(store, client, { loginID: 'ada@example.com', password: `Bad-pass-${i}` }), 403042);
      const locked = expectCode(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }), 403120);
      expect(locked.errorDetails).toContain(new Date(clock.t + 120_000).toISOString());
      clock.advance(119_000);
      expectCode(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }), 403120);
      clock.advance(2_000);
      expectOk(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }));
    },
  );

  it('stops counting failures older than failedLoginResetSec, and a success resets the count', () => {
    const { store, clock } = newStore();
    store.addSite(API_KEY, {
      policies: {
        security: { accountLockout: { failedLoginThreshold: 2, lockoutTimeSec: 60, failedLoginResetSec: 30 } },
      },
    });
    registerUser(store);
    expectCode(login(store, client, { loginID: 'ada@example.com', password: 'Bad-pass-1' }), 403042);
    clock.advance(31_000);
    expectCode(login(store, client, { loginID: 'ada@example.com', password: 'Bad-pass-2' }), 403042);
    expectOk(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }));
    expectCode(login(store, client, { loginID: 'ada@example.com', password: 'Bad-pass-3' }), 403042);
    expectOk(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }));
  });

  it('a lockout threshold of 0 never locks', () => {
    const { store } = newStore();
    store.addSite(API_KEY, { policies: { security: { accountLockout: { failedLoginThreshold: 0 } } } });
    registerUser(store);
    for (let i = 0; i < 10; i++)
      expectCode(login(store, client, { loginID: 'ada@example.com', password: 'nope-nope-1' }), 403042);
    expectOk(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }));
  });

  it('a pending registration answers 206001 with a regToken that finalizes it', async () => {
    const { store } = newStore();
    registerPending(store);
    const pending = expectCode(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }), 206001);
    const { finalizeRegistration } = await import('../../../src/emulator/accounts/flows/registration.js');
    expectOk(finalizeRegistration(store, client, { regToken: pending.fields['regToken'] }));
    expectOk(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }));
  });

  it('a disabled account answers 403041', () => {
    const { store } = newStore();
    const uid = registerUser(store);
    expectOk(setAccountInfo(store, server, { UID: uid, isActive: false }));
    expectCode(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }), 403041);
  });

  it('include=id_token adds a signed token', () => {
    const { store } = newStore();
    registerUser(store);
    const answer = expectOk(
      login(store, client, { loginID: 'ada@example.com', password: PASSWORD, include: 'profile,id_token' }),
    );
    expect(String(answer['id_token']).split('.')).toHaveLength(3);
  });
});

describe('logout and verifyLogin', () => {
  it('verifyLogin needs a live session; logout ends them all', () => {
    const { store } = newStore();
    const uid = registerUser(store);
    expect(expectOk(verifyLogin(store, server, { UID: uid }))['UID']).toBe(uid);
    expectOk(logout(store, server, { UID: uid }));
    expectCode(verifyLogin(store, server, { UID: uid }), 403012);
    expectCode(logout(store, server, { UID: 'missing' }), 403005);
    expectCode(logout(store, server, {}), 400002);
  });

  it('sessions end after sessionExpiration seconds', () => {
    const { store, clock } = newStore();
    const uid = registerUser(store);
    expectOk(logout(store, server, { UID: uid }));
    expectOk(login(store, client, { loginID: 'ada@example.com', password: PASSWORD, sessionExpiration: 30 }));
    expectOk(verifyLogin(store, server, { UID: uid }));
    clock.advance(31_000);
    expectCode(verifyLogin(store, server, { UID: uid }), 403012);
    expectCode(login(store, client, { loginID: 'ada@example.com', password: PASSWORD, sessionExpiration: -7 }), 400006);
  });

  it('keeps at most maxSessionsPerAccount sessions', () => {
    const { store } = newStore({ limits: { maxSessionsPerAccount: 3 } });
    const uid = registerUser(store);
    for (let i = 0; i < 10; i++) expectOk(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }));
    expect(store.liveSessions(API_KEY, uid)).toHaveLength(3);
  });
});

describe('notifyLogin', () => {
  it('creates a registered account for a new siteUID, then logs it in again', () => {
    const { store } = newStore();
    const events: string[] = [];
    store.subscribe((e) => events.push(e.type));
    const first = expectOk(notifyLogin(store, server, { siteUID: 'site-42' }));
    expect(first).toMatchObject({ UID: 'site-42', isRegistered: true, newUser: true });
    const again = expectOk(notifyLogin(store, server, { siteUID: 'site-42', targetEnv: 'mobile' }));
    expect(again['newUser']).toBeUndefined();
    expect(again['sessionInfo']).toHaveProperty('sessionToken');
    expect(events).toEqual(['accountCreated', 'accountRegistered', 'accountLoggedIn', 'accountLoggedIn']);
    expectCode(notifyLogin(store, server, {}), 400002);
  });

  it('with required fields missing answers 206001 unless skipValidation', () => {
    const { store } = newStore();
    store.addSite(API_KEY, { schema: { profileSchema: { fields: { firstName: { required: true } } } } });
    expectCode(notifyLogin(store, server, { siteUID: 'u1' }), 206001);
    expectOk(notifyLogin(store, server, { siteUID: 'u1', skipValidation: true }));
  });

  it('links a provider identity and finds the account by it later', () => {
    const { store } = newStore();
    const first = expectOk(
      notifyLogin(store, server, { providerSessions: { google: { providerUID: 'g-1', authToken: 't' } } }),
    );
    const again = expectOk(
      notifyLogin(store, server, { providerSessions: JSON.stringify({ google: { providerUID: 'g-1' } }) }),
    );
    expect(again['UID']).toBe(first['UID']);
    expect(again['loginProvider']).toBe('google');
    expect(again['socialProviders']).toBe('google');
    expectCode(
      notifyLogin(store, server, { siteUID: 'other', providerSessions: { google: { providerUID: 'g-1' } } }),
      409001,
    );
  });
});

describe('conflicting accounts', () => {
  it('a social login whose email is taken answers 403043; getConflictingAccount and linkAccounts resolve it', () => {
    const { store } = newStore();
    const uid = registerUser(store);
    // Facebook says the token is a user whose email is Ada's login ID.
    store.setProviderUser(API_KEY, 'facebook', 'fb-token', { providerUID: 'fb-9', email: 'Ada@example.com' });
    const conflict = expectCode(
      notifyLogin(store, server, { providerSessions: { facebook: { authToken: 'fb-token' } } }),
      403043,
    );
    const regToken = conflict.fields['regToken'] as string;
    expect(expectOk(getConflictingAccount(store, client, { regToken }))['conflictingAccount']).toEqual({
      loginProviders: ['site'],
      loginID: 'ada@example.com',
    });
    expectCode(linkAccounts(store, client, { regToken, loginID: 'ada@example.com', password: 'Wrong-pass-1' }), 403042);
    const events: string[] = [];
    store.subscribe((e) => events.push(e.type));
    const linked = expectOk(
      linkAccounts(store, client, {
        regToken,
        loginID: 'ada@example.com',
        password: PASSWORD,
        include: 'identities-all',
      }),
    );
    expect(linked['UID']).toBe(uid);
    expect(linked['identities']).toEqual([expect.objectContaining({ provider: 'facebook', providerUID: 'fb-9' })]);
    expect(linked['socialProviders']).toBe('site,facebook');
    expect(events).toEqual(['accountDeleted', 'accountUpdated', 'accountLoggedIn']);
    expect(store.accountCount(API_KEY)).toBe(1);
    // The identity now logs into the site account.
    expect(
      expectOk(notifyLogin(store, server, { providerSessions: { facebook: { providerUID: 'fb-9' } } }))['UID'],
    ).toBe(uid);
    expectCode(getConflictingAccount(store, client, { regToken }), 400006);
  });

  it('getConflictingAccount answers no conflictingAccount when there is none', () => {
    const { store } = newStore();
    store.setProviderUser(API_KEY, 'line', 'line-token', { email: 'solo@example.com' });
    const pending = expectCode(
      notifyLogin(store, server, { providerSessions: { line: { providerUID: 'l-1', authToken: 'line-token' } } }),
      0,
    );
    expect(pending.fields['UID']).toEqual(expect.any(String));
    const regToken = store.issueRegToken(API_KEY, pending.fields['UID'] as string, 'link');
    expect(expectOk(getConflictingAccount(store, client, { regToken }))).toEqual({});
  });
});
