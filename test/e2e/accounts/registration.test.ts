/**
 * Registration end to end: the client against the emulator over HTTP. initRegistration →
 * register → finalizeRegistration, the verification-required site (206002), duplicate login IDs
 * (400003), the password policy, pending registration on missing required fields (206001), and
 * isAvailableLoginID. Pending answers are results (not exceptions), as Gigya's 206xxx codes are.
 */
import { describe, expect, it } from 'vitest';
import type { GigyaApiError } from '../../../src/index.js';
import {
  expectCode,
  expectRefused,
  failureOf,
  GRACE,
  PASSWORD,
  registerAccount,
  REQUIRED_KEY,
  REQUIRED_SECRET,
  useAccountsWorld,
  validationErrorsOf,
  VERIFY_KEY,
  VERIFY_SECRET,
} from './helpers.js';

const world = useAccountsWorld();

describe.each(['json', 'xml'] as const)('registration (format=%s)', (format) => {
  it('initRegistration → register → finalizeRegistration creates a registered account with a session', async () => {
    const c = world.browser({ format });
    const init = await c.accounts.initRegistration({});
    expect(init.errorCode).toBe(0);
    expect(typeof init['regToken']).toBe('string');

    const pending = await c.accounts.register({
      regToken: init['regToken'],
      email: 'Kate.Bell@Example.com',
      password: PASSWORD,
      profile: { firstName: 'Kate', lastName: 'Bell' },
      data: { favoriteColor: 'teal' },
    });
    // Without finalizeRegistration=true the account waits for the finalize call.
    expect(pending.errorCode).toBe(206001);
    expect(pending.statusCode).toBe(206);
    expect(pending['regToken']).toBe(init['regToken']);

    const done = await c.accounts.finalizeRegistration({ regToken: init['regToken']! });
    expect(done.errorCode).toBe(0);
    const uid = String(done['UID']);
    expect(uid).toMatch(/^[0-9a-f]{32}$/);
    expect(done['profile']).toMatchObject({ firstName: 'Kate', lastName: 'Bell', email: 'Kate.Bell@Example.com' });
    expect(done['sessionInfo']).toMatchObject({ cookieName: expect.stringMatching(/^glt_/) });
    expect(String(done['isRegistered'])).toBe('true');

    const stored = world.emulator.accounts.get(uid)!;
    expect(stored).toMatchObject({ isRegistered: true, isVerified: false, loginProvider: 'site' });
    expect(stored.loginEmails).toEqual([{ email: 'kate.bell@example.com', verified: false }]);
    expect(stored.data).toEqual({ favoriteColor: 'teal' });
    expect(world.emulator.accounts.sessions(uid)).toHaveLength(1);
    // The regToken is spent once registration is final.
    expectCode(await failureOf(c.accounts.finalizeRegistration({ regToken: init['regToken']! })), 400006);
  });

  it('register with finalizeRegistration=true logs the new account in at once', async () => {
    const c = world.browser({ format });
    const answer = await registerAccount(c, { email: 'once@example.com' });
    expect(answer.errorCode).toBe(0);
    expect(String(answer['newUser'])).toBe('true');
    expect(world.emulator.accounts.findByLoginID('once@example.com')?.isRegistered).toBe(true);
  });

  it(
    'a site that requires verification answers 206002 with a regToken; the emailed link verifies, then login ' +
      'works',
    async () => {
      const c = world.server({ apiKey: VERIFY_KEY, secret: VERIFY_SECRET, format });
      const answer = await registerAccount(c, { email: 'verify.me@example.com' });
      expect(answer.errorCode).toBe(206002);
      expect(typeof answer['regToken']).toBe('string');
      const uid = String(answer['UID']);

      const login = await c.accounts.login({ loginID: 'verify.me@example.com', password: PASSWORD });
      expect(login.errorCode).toBe(206002);
      expect(login['regToken']).toEqual(expect.any(String));

      const mail = world.emulator.accounts.lastMessage('verify.me@example.com', 'emailVerification', VERIFY_KEY)!;
      expect(mail.uid).toBe(uid);
      expect(world.emulator.accounts.verifyEmail(mail.token, VERIFY_KEY)).toBe(true);
      expect(world.emulator.accounts.verifyEmail(mail.token, VERIFY_KEY)).toBe(false);

      const after = await c.accounts.login({ loginID: 'verify.me@example.com', password: PASSWORD });
      expect(after.errorCode).toBe(0);
      expect(after['UID']).toBe(uid);
      expect(String(after['isVerified'])).toBe('true');
    },
  );

  it('a duplicate login ID answers 400003 naming the field', async () => {
    const c = world.browser({ format });
    const { regToken } = await c.accounts.initRegistration({});
    const error = expectCode(
      await failureOf(c.accounts.register({ regToken, email: 'GRACE@example.com', password: PASSWORD })),
      400003,
    );
    expect(validationErrorsOf(error)).toEqual([
      { errorCode: 400003, message: 'email already exists', fieldName: 'email' },
    ]);
    expect(world.emulator.accounts.list()).toHaveLength(6);
  });

  it("a password that fails the site's policy is refused with validation details, and nothing is stored", async () => {
    const c = world.browser({ format });
    const { regToken } = await c.accounts.initRegistration({});
    const error = await failureOf(c.accounts.register({ regToken, email: 'weak@example.com', password: 'short' }));
    // The envelope is Gigya's 400009 "Validation error"; the entry for the password carries 400006.
    const api = expectCode(error, 400009);
    expect(validationErrorsOf(api)).toEqual([
      { errorCode: 400006, message: expect.stringMatching(/at least 8 characters/), fieldName: 'password' },
    ]);
    expect(world.emulator.accounts.findByLoginID('weak@example.com')).toBeUndefined();
  });

  it(
    'a missing required schema field leaves the registration pending' + ' (206001) until setAccountInfo fills it',
    async () => {
      const c = world.server({ apiKey: REQUIRED_KEY, secret: REQUIRED_SECRET, format });
      const answer = await registerAccount(c, { email: 'terms@example.com' });
      expect(answer.errorCode).toBe(206001);
      expect(String(answer['errorDetails'])).toMatch(/data\.terms/);
      const regToken = answer['regToken'];

      // Logging in with the password reveals the pending state, with a fresh regToken.
      const login = await c.accounts.login({ loginID: 'terms@example.com', password: PASSWORD });
      expect(login.errorCode).toBe(206001);

      await c.accounts.setAccountInfo({ regToken, data: { terms: true } });
      const done = await c.accounts.finalizeRegistration({ regToken: regToken! });
      expect(done.errorCode).toBe(0);
      expect(world.emulator.accounts.findByLoginID('terms@example.com', REQUIRED_KEY)).toMatchObject({
        isRegistered: true,
        data: { terms: true },
      });
    },
  );

  it('isAvailableLoginID tells a free login ID from a taken one, in any letter case', async () => {
    const c = world.browser({ format });
    const taken = await c.accounts.isAvailableLoginID({ loginID: GRACE.email.toUpperCase() });
    const free = await c.accounts.isAvailableLoginID({ loginID: 'nobody@example.com' });
    expect(String(taken['isAvailable'])).toBe('false');
    expect(String(free['isAvailable'])).toBe('true');
  });
});

describe('bad registration input gets a typed error, never 500001', () => {
  it('an unknown regToken is 400006, a missing one 400002, a malformed email a validation error', async () => {
    const c = world.browser();
    expectCode(
      await failureOf(c.accounts.register({ regToken: 'st2.s.forged', email: 'x@example.com', password: PASSWORD })),
      400006,
    );
    expectCode(await failureOf(c.accounts.register({ email: 'x@example.com', password: PASSWORD })), 400002);
    const { regToken } = await c.accounts.initRegistration({});
    const error = expectCode(
      await failureOf(c.accounts.register({ regToken, email: 'not-an-email', password: PASSWORD })),
      400009,
    );
    expect(validationErrorsOf(error).map((e) => e.fieldName)).toContain('email');
    await expectRefused(
      c,
      (client) =>
        client.accounts.register({
          regToken,
          email: 'y@example.com',
          password: PASSWORD,
          profile: '{not json',
        } as never),
      400006,
    );
    for (const request of world.emulator.requests) expect(request.errorCode).not.toBe(500001);
  });

  it('a register answer and every recorded request keep no password or token', async () => {
    const c = world.browser();
    await registerAccount(c, { email: 'quiet@example.com' });
    const recorded = JSON.stringify(world.emulator.requests);
    expect(recorded).not.toContain(PASSWORD);
    expect(recorded).not.toMatch(/st2\.s\./);
    for (const request of world.emulator.requests) {
      if ('password' in request.params) expect(request.params['password']).toBe('[REDACTED]');
      if ('regToken' in request.params) expect(request.params['regToken']).toBe('[REDACTED]');
    }
  });

  it('errors are GigyaApiError with the callId of the envelope', async () => {
    const c = world.browser();
    const error = (await failureOf(c.accounts.login({ loginID: 'x', password: 'y' }))) as GigyaApiError;
    expect(error.callId).toMatch(/^[0-9a-f]{32}$/);
  });
});
