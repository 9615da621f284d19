/**
 * Logging in end to end: loginID + password → session info, the wrong password (403042), the
 * lockout after the site's threshold (403120) and the unlock once its time has passed, pending
 * registration (206001 with a regToken), notifyLogin / logout / verifyLogin.
 */
import { describe, expect, it } from 'vitest';
import { expectCode, expectRefused, failureOf, GRACE, LOCKOUT, PASSWORD, useAccountsWorld } from './helpers.js';

const world = useAccountsWorld();

describe.each(['json', 'xml'] as const)('login (format=%s)', (format) => {
  it('loginID + password answers the account and browser session info; targetEnv=mobile a session token', async () => {
    const c = world.browser({ format });
    const browser = await c.accounts.login({ loginID: GRACE.email, password: GRACE.password });
    expect(browser.errorCode).toBe(0);
    expect(browser['UID']).toBe(GRACE.UID);
    expect(browser['profile']).toMatchObject({ firstName: 'Grace', lastName: 'Hopper' });
    expect(browser['sessionInfo']).toEqual({
      cookieName: `glt_${world.emulator.apiKey}`,
      cookieValue: expect.stringMatching(/^st2\.s\./),
    });
    const mobile = await c.accounts.login({
      loginID: GRACE.email,
      password: GRACE.password,
      targetEnv: 'mobile',
      include: 'profile,loginIDs',
    });
    expect(mobile['sessionInfo']).toEqual({ sessionToken: expect.any(String), sessionSecret: expect.any(String) });
    expect(mobile['loginIDs']).toMatchObject({ emails: [GRACE.email] });
    expect(world.emulator.accounts.sessions(GRACE.UID)).toHaveLength(2);
    expect(world.emulator.accounts.get(GRACE.UID)!.lastLogin).toBeGreaterThan(Date.parse('2025-01-01'));
  });

  it('a wrong password and an unknown login ID both answer 403042, telling nothing apart', async () => {
    const c = world.browser({ format });
    const wrong = expectCode(
      await failureOf(c.accounts.login({ loginID: GRACE.email, password: 'nope-Nope-1' })),
      403042,
    );
    const unknown = expectCode(
      await failureOf(c.accounts.login({ loginID: 'nobody@example.com', password: 'nope-Nope-1' })),
      403042,
    );
    expect(wrong.errorDetails).toBe(unknown.errorDetails);
    expect(world.emulator.accounts.sessions(GRACE.UID)).toHaveLength(0);
  });

  it(
    'too many failures lock the account (403120) even for the right password, ' + 'until the lockout time has passed',
    async () => {
      const c = world.browser({ format });
      for (let i = 0; i < LOCKOUT.failedLoginThreshold; i++)
        expectCode(await failureOf(c.accounts.login({ loginID: GRACE.email, password: `wrong-${i}-Pass` })), 403042);
      const locked = expectCode(
        await failureOf(c.accounts.login({ loginID: GRACE.email, password: GRACE.password })),
        403120,
      );
      expect(locked.errorDetails).toMatch(/locked out/);
      // The lockout shows on the account, for a server.
      const info = await world.server({ format }).accounts.getAccountInfo({ UID: GRACE.UID, include: 'isLockedOut' });
      expect(info['lockedUntil']).toEqual(expect.any(String));

      world.clock.advance(LOCKOUT.lockoutTimeSec - 5);
      expectCode(await failureOf(c.accounts.login({ loginID: GRACE.email, password: GRACE.password })), 403120);
      world.clock.advance(10);
      const after = await c.accounts.login({ loginID: GRACE.email, password: GRACE.password });
      expect(after.errorCode).toBe(0);
    },
  );

  it('an account whose registration is unfinished answers 206001 with a regToken that finalizes it', async () => {
    const c = world.browser({ format });
    const { regToken } = await c.accounts.initRegistration({});
    const pending = await c.accounts.register({ regToken, email: 'halfway@example.com', password: PASSWORD });
    expect(pending.errorCode).toBe(206001);

    const login = await c.accounts.login({ loginID: 'halfway@example.com', password: PASSWORD });
    expect(login.errorCode).toBe(206001);
    expect(login['regToken']).toEqual(expect.any(String));
    expect(login['sessionInfo']).toBeUndefined();
    const done = await c.accounts.finalizeRegistration({ regToken: login['regToken']! });
    expect(done.errorCode).toBe(0);
    expect(done['sessionInfo']).toBeDefined();
  });

  it('notifyLogin (the site logged the user in) opens a session; verifyLogin sees it; logout ends it', async () => {
    const s = world.server({ format });
    const notified = await s.accounts.notifyLogin({ siteUID: GRACE.UID });
    expect(notified['UID']).toBe(GRACE.UID);
    expect(notified['sessionInfo']).toMatchObject({ cookieName: expect.any(String) });

    const verified = await s.accounts.verifyLogin({ UID: GRACE.UID, include: 'profile' });
    expect(verified['UID']).toBe(GRACE.UID);
    expect(verified['profile']).toMatchObject({ firstName: 'Grace' });

    await s.accounts.logout({ UID: GRACE.UID });
    expect(world.emulator.accounts.sessions(GRACE.UID)).toHaveLength(0);
    expectCode(await failureOf(s.accounts.verifyLogin({ UID: GRACE.UID })), 403012);
  });

  it('notifyLogin with a new siteUID creates and registers the account (newUser)', async () => {
    const s = world.server({ format });
    const created = await s.accounts.notifyLogin({ siteUID: 'site-user-42' });
    expect(String(created['newUser'])).toBe('true');
    expect(world.emulator.accounts.get('site-user-42')).toMatchObject({ isRegistered: true });
  });

  it(
    "notifyLogin with another account's social identity is 409001 (identity exists), typed, and links " + 'nothing',
    async () => {
      const s = world.server({ format });
      const google = { google: { providerUID: 'g-grace', authToken: 't' } };
      await s.accounts.notifyLogin({ siteUID: GRACE.UID, providerSessions: google });
      const error = await failureOf(s.accounts.notifyLogin({ siteUID: 'someone-else', providerSessions: google }));
      expectCode(error, 409001);
      // The catalog lists the code, so the typed union narrows on it.
      if (s.accounts.notifyLogin.isError(error) && error.errorCode === 409001) expect(error.errorCode).toBe(409001);
      else throw new Error("409001 is not in notifyLogin's error union");
      expect(world.emulator.accounts.get('someone-else')).toBeUndefined();
    },
  );
});

describe('bad login input', () => {
  it('missing loginID or password is 400002; a session-only call for an unknown UID is 403005', async () => {
    const c = world.browser();
    expectCode(await failureOf(c.accounts.login({ password: 'x' })), 400002);
    await expectRefused(c, (client) => client.accounts.login({ loginID: GRACE.email } as never), 400002);
    expectCode(await failureOf(world.server().accounts.logout({ UID: 'nobody' })), 403005);
    await expectRefused(
      world.server(),
      (s) => s.accounts.notifyLogin({ sessionExpiration: 'soon', siteUID: 'x' } as never),
      400006,
    );
  });

  it('server-only methods refuse the apiKey alone (403007)', async () => {
    expectCode(await failureOf(world.browser().accounts.logout({ UID: GRACE.UID })), 403007);
    expectCode(await failureOf(world.browser().accounts.getAccountInfo({ UID: GRACE.UID })), 403007);
  });
});
