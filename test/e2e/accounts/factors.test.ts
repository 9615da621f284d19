/**
 * The accounts sub-namespaces end to end: two-factor authentication after a login answers 403102
 * / 403101 (TOTP, phone, email, backup codes, push), one-time-code logins (otp, auth.otp), magic
 * links, and their errors for a missing (400002) or wrong (400006) token or code.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../../src/emulator/index.js';
import type { GigyaClient } from '../../../src/index.js';
import {
  expectCode,
  expectRefused,
  failureOf,
  GRACE,
  regTokenOf,
  useAccountsWorld,
  TFA_KEY,
  TFA_SECRET,
  TFA_USER,
} from './helpers.js';

const world = useAccountsWorld();
let server: GigyaClient;
let browser: GigyaClient;
beforeAll(() => {
  server = world.server({ apiKey: TFA_KEY, secret: TFA_SECRET });
  browser = world.browser({ apiKey: TFA_KEY });
});

const login = () => browser.accounts.login({ loginID: TFA_USER.email, password: TFA_USER.password });
const lastCode = (to: string) => world.emulator.accounts.lastMessage(to, undefined, TFA_KEY)!.token;

/** login → 403102 → register TOTP → finalizeTFA → finalizeRegistration; the TOTP secret. */
async function enrolTotp(): Promise<string> {
  const first = expectCode(await failureOf(login()), 403102);
  const regToken = regTokenOf(first);
  const providers = await browser.accounts.tfa.getProviders({ regToken });
  expect(providers['activeProviders']).toEqual([]);
  expect((providers['inactiveProviders'] as Array<{ name: string }>).map((p) => p.name)).toContain('gigyaTotp');
  const { gigyaAssertion } = await browser.accounts.tfa.initTFA({
    provider: 'gigyaTotp',
    mode: 'register',
    regToken,
  });
  const { qrCode, sctToken } = await browser.accounts.tfa.totp.register({ gigyaAssertion });
  expect(String(qrCode)).toMatch(/^otpauth:\/\/totp\/.+secret=[A-Z2-7]+/);
  const code = totpCode(String(qrCode), world.clock.now());
  const { providerAssertion } = await browser.accounts.tfa.totp.verify({ gigyaAssertion, code, sctToken });
  await browser.accounts.tfa.finalizeTFA({ gigyaAssertion, providerAssertion: providerAssertion!, regToken });
  const done = await browser.accounts.finalizeRegistration({ regToken });
  expect(done['UID']).toBe(TFA_USER.UID);
  expect(done['sessionInfo']).toBeDefined();
  return new URL(String(qrCode)).searchParams.get('secret')!;
}

describe('TFA', () => {
  it('TOTP: register on the first login (403102), verify on the next (403101)', async () => {
    const secret = await enrolTotp();
    const second = expectCode(await failureOf(login()), 403101);
    const regToken = regTokenOf(second);
    const providers = await browser.accounts.tfa.getProviders({ regToken });
    expect(providers['activeProviders']).toEqual([{ name: 'gigyaTotp', authLevel: 20 }]);
    // Finalizing before the second factor still answers 403101.
    expectCode(await failureOf(browser.accounts.finalizeRegistration({ regToken })), 403101);

    const { gigyaAssertion } = await browser.accounts.tfa.initTFA({
      provider: 'gigyaTotp',
      mode: 'verify',
      regToken,
    });
    expectCode(await failureOf(browser.accounts.tfa.totp.verify({ gigyaAssertion, code: '000000' })), 400006);
    const { providerAssertion } = await browser.accounts.tfa.totp.verify({
      gigyaAssertion,
      code: totpCode(secret, world.clock.now()),
    });
    await browser.accounts.tfa.finalizeTFA({ gigyaAssertion, providerAssertion: providerAssertion!, regToken });
    expect((await browser.accounts.finalizeRegistration({ regToken }))['UID']).toBe(TFA_USER.UID);
  });

  it(
    'phone: the code goes to the outbox; registered numbers are listed obfuscated; email and backup codes verify ' +
      'too',
    async () => {
      const first = expectCode(await failureOf(login()), 403102);
      const regToken = regTokenOf(first);
      const { gigyaAssertion } = await browser.accounts.tfa.initTFA({
        provider: 'gigyaPhone',
        mode: 'register',
        regToken,
      });
      const { phvToken } = await browser.accounts.tfa.phone.sendVerificationCode({
        gigyaAssertion,
        phone: '+1 555 0100 42',
        method: 'sms',
        lang: 'en',
      });
      expectCode(
        await failureOf(browser.accounts.tfa.phone.completeVerification({ gigyaAssertion, phvToken, code: '1' })),
        400006,
      );
      const { providerAssertion } = await browser.accounts.tfa.phone.completeVerification({
        gigyaAssertion,
        phvToken,
        code: lastCode('+1555010042'),
      });
      await browser.accounts.tfa.finalizeTFA({ gigyaAssertion, providerAssertion, regToken });
      await browser.accounts.finalizeRegistration({ regToken });

      const next = expectCode(await failureOf(login()), 403101);
      const token2 = regTokenOf(next);
      const phone = await browser.accounts.tfa.initTFA({
        provider: 'gigyaPhone',
        mode: 'verify',
        regToken: token2,
      });
      const { phones } = await browser.accounts.tfa.phone.getRegisteredPhoneNumbers({
        gigyaAssertion: phone['gigyaAssertion'],
      });
      expect(phones).toEqual([
        { id: expect.any(String), obfuscated: '#########42', lastMethod: 'sms', lastVerification: expect.any(String) },
      ]);

      // Email: the account's verified address, by id.
      const email = await browser.accounts.tfa.initTFA({
        provider: 'gigyaEmail',
        mode: 'register',
        regToken: token2,
      });
      const { emails } = await browser.accounts.tfa.email.getEmails({ gigyaAssertion: email['gigyaAssertion'] });
      expect(emails).toEqual([{ id: expect.any(String), obfuscated: 't***@example.com' }]);
      const sent = await browser.accounts.tfa.email.sendVerificationCode({
        gigyaAssertion: email['gigyaAssertion'],
        emailID: (emails as Array<{ id: string }>)[0]!.id,
        lang: 'en',
      });
      const proof = await browser.accounts.tfa.email.completeVerification({
        gigyaAssertion: email['gigyaAssertion'],
        phvToken: sent['phvToken']!,
        code: lastCode(TFA_USER.email),
      });
      expect(proof['providerAssertion']).toEqual(expect.any(String));

      // Backup codes: each works once.
      const { backupCodes } = await browser.accounts.tfa.backupcodes.create({
        gigyaAssertion: phone['gigyaAssertion'],
      });
      expect(backupCodes).toHaveLength(10);
      const used = (backupCodes as string[])[0]!;
      const byBackup = await browser.accounts.tfa.backupcodes.verify({
        gigyaAssertion: phone['gigyaAssertion'],
        code: used,
      });
      await browser.accounts.tfa.finalizeTFA({
        gigyaAssertion: phone['gigyaAssertion'],
        providerAssertion: byBackup['gigyaAssertion']!,
        regToken: token2,
      });
      expect((await browser.accounts.finalizeRegistration({ regToken: token2 }))['UID']).toBe(TFA_USER.UID);
      const again = await browser.accounts.tfa.initTFA({
        provider: 'gigyaPhone',
        mode: 'verify',
        UID: TFA_USER.UID,
      });
      expectCode(
        await failureOf(
          browser.accounts.tfa.backupcodes.verify({ gigyaAssertion: again['gigyaAssertion'], code: used }),
        ),
        400006,
      );
    },
  );

  it('push: opt in a device, approve its push from the server, poll isVerified', async () => {
    const first = expectCode(await failureOf(login()), 403102);
    const regToken = regTokenOf(first);
    const { gigyaAssertion } = await browser.accounts.tfa.initTFA({
      provider: 'gigyaPush',
      mode: 'register',
      regToken,
    });
    await server.accounts.tfa.push.optin({
      gigyaAssertion,
      deviceInfo: { platform: 'ios', man: 'apple', os: '18.1', pushToken: 'fcm-token-of-tess-phone' },
    });
    expect(await browser.accounts.tfa.push.isVerified({ gigyaAssertion })).not.toHaveProperty('providerAssertion');
    const push = world.emulator.accounts.lastMessage('fcm-token-of-tess-phone', 'pushVerification', TFA_KEY)!;
    expectCode(
      await failureOf(server.accounts.tfa.push.verify({ gigyaAssertion, verificationToken: 'forged' })),
      400006,
    );
    await server.accounts.tfa.push.verify({ gigyaAssertion, verificationToken: push.token });
    const { providerAssertion } = await browser.accounts.tfa.push.isVerified({ gigyaAssertion });
    await browser.accounts.tfa.finalizeTFA({ gigyaAssertion, providerAssertion: providerAssertion!, regToken });
    await browser.accounts.finalizeRegistration({ regToken });
    const providers = await server.accounts.tfa.getProviders({ UID: TFA_USER.UID });
    expect(providers['activeProviders']).toEqual([{ name: 'gigyaPush', authLevel: 20 }]);
    await server.accounts.tfa.resetTFA({ UID: TFA_USER.UID });
    expect((await server.accounts.tfa.getProviders({ UID: TFA_USER.UID }))['activeProviders']).toEqual([]);
  });

  it('missing tokens are 400002; wrong, altered, spent or foreign ones 400006 "Invalid jwt"', async () => {
    const first = expectCode(await failureOf(login()), 403102);
    const regToken = regTokenOf(first);
    expectCode(await failureOf(browser.accounts.tfa.getProviders({})), 400002);
    expectCode(await failureOf(browser.accounts.tfa.getProviders({ regToken: 'st2.s.forged' })), 400006);
    await expectRefused(browser, (c) => c.accounts.tfa.totp.register({} as never), 400002);
    const { gigyaAssertion } = await browser.accounts.tfa.initTFA({ provider: 'gigyaTotp', regToken });
    const altered = `${String(gigyaAssertion).slice(0, -4)}AAAA`;
    const bad = expectCode(await failureOf(browser.accounts.tfa.totp.register({ gigyaAssertion: altered })), 400006);
    expect(bad.errorDetails).toMatch(/Invalid jwt/);
    // An assertion for another provider.
    expectCode(await failureOf(browser.accounts.tfa.phone.getRegisteredPhoneNumbers({ gigyaAssertion })), 400006);
    // finalizeTFA without a matching provider assertion.
    expectCode(
      await failureOf(
        browser.accounts.tfa.finalizeTFA({ gigyaAssertion, providerAssertion: gigyaAssertion, regToken }),
      ),
      400006,
    );
    expectCode(
      await failureOf(browser.accounts.tfa.initTFA({ provider: 'gigyaTotp', mode: 'verify', regToken })),
      400006,
    );
    expectCode(await failureOf(browser.accounts.tfa.initTFA({ provider: 'smoke-signals', regToken })), 400006);
  });
});

describe.each(['json', 'xml'] as const)('one-time codes and magic links (format=%s)', (format) => {
  let c: GigyaClient;
  let s: GigyaClient;
  beforeAll(() => {
    c = world.browser({ format });
    s = world.server({ format });
  });

  it(
    'otp: a phone login creates the account (isNewUser), the next one finds it; ' + 'otp.delete removes the number',
    async () => {
      const sent = await c.accounts.otp.sendCode({ phoneNumber: '+44 7700 900123', lang: 'en' });
      const code = world.emulator.accounts.lastMessage('+447700900123', 'otpCode')!.token;
      expectCode(await failureOf(c.accounts.otp.login({ vToken: sent['vToken']!, code: '999999x' })), 400006);
      const first = await c.accounts.otp.login({ vToken: sent['vToken']!, code });
      expect(String(first['isNewUser'])).toBe('true');
      expect(first['sessionInfo']).toBeDefined();
      // The vToken is spent.
      expectCode(await failureOf(c.accounts.otp.login({ vToken: sent['vToken']!, code })), 400006);

      const again = await c.accounts.otp.sendCode({ phoneNumber: '+447700900123', lang: 'en' });
      const second = await c.accounts.otp.login({
        vToken: again['vToken']!,
        code: world.emulator.accounts.lastMessage('+447700900123', 'otpCode')!.token,
      });
      expect(second['UID']).toBe(first['UID']);
      expect(String(second['isNewUser'])).toBe('false');
      await s.accounts.otp.delete({ UID: first['UID']! });
      expect(world.emulator.accounts.get(String(first['UID']))!.phoneNumber).toBeUndefined();
    },
  );

  it('otp.update puts a proved number on an account; a server may take the code itself (sendCode=false)', async () => {
    const sent = await s.accounts.otp.sendCode({ phoneNumber: '+15550100', lang: 'en', sendCode: false });
    expect(sent['code']).toMatch(/^\d{6}$/);
    await s.accounts.otp.update({ UID: GRACE.UID, vToken: sent['vToken']!, code: sent['code']! });
    expect(world.emulator.accounts.get(GRACE.UID)!.phoneNumber).toBe('+15550100');
    // A browser never gets the code in the answer.
    const asBrowser = await c.accounts.otp.sendCode({ phoneNumber: '+15550101', lang: 'en', sendCode: false });
    expect(asBrowser['code']).toBeUndefined();
  });

  it(
    'auth.otp.email: login by email code; ' + 'verify returns an id_token; authenticate opens a password reset',
    async () => {
      const sent = await c.accounts.auth.otp.email.sendCode({ email: GRACE.email, lang: 'en' });
      const logged = await c.accounts.auth.otp.email.login({
        vToken: sent['vToken']!,
        code: world.emulator.accounts.lastMessage(GRACE.email, 'otpCode')!.token,
      });
      expect(logged['UID']).toBe(GRACE.UID);

      const verify = await c.accounts.auth.otp.email.sendCode({ email: GRACE.email, lang: 'en' });
      const verified = await c.accounts.auth.otp.verify({
        vToken: verify['vToken']!,
        code: world.emulator.accounts.lastMessage(GRACE.email, 'otpCode')!.token,
      });
      expect(String(verified['id_token']).split('.')).toHaveLength(3);

      const reset = await c.accounts.auth.otp.email.sendCode({ email: GRACE.email, lang: 'en' });
      const { access_token } = await c.accounts.auth.otp.authenticate({
        vToken: reset['vToken']!,
        code: world.emulator.accounts.lastMessage(GRACE.email, 'otpCode')!.token,
      });
      await c.accounts.resetPassword({ passwordResetToken: access_token, newPassword: 'Reset-By-Code-1' });
      expect((await c.accounts.login({ loginID: GRACE.email, password: 'Reset-By-Code-1' }))['UID']).toBe(GRACE.UID);
    },
  );

  it('magic link: the emailed link logs in; getMethods lists what an account can log in with', async () => {
    await s.accounts.auth.magiclink.email.setConfig({
      isEnabled: true,
      landingPageUrl: 'https://app.example.com/magic',
    });
    expect(await s.accounts.auth.magiclink.email.getConfig({})).toMatchObject({
      landingPageUrl: 'https://app.example.com/magic',
    });
    const sent = await c.accounts.auth.magiclink.email.send({ email: 'new.magic@example.com' });
    const mail = world.emulator.accounts.lastMessage('new.magic@example.com', 'magicLink')!;
    const link = new URL(mail.link!);
    expect(link.origin + link.pathname).toBe('https://app.example.com/magic');
    expect(link.searchParams.get('vToken')).toBe(sent['vToken']);
    const logged = await c.accounts.auth.magiclink.email.login({
      vToken: link.searchParams.get('vToken')!,
      code: link.searchParams.get('code')!,
    });
    expect(String(logged['isNewUser'])).toBe('true');
    expect(logged['account']).toMatchObject({ UID: logged['UID'] });

    const methods = await c.accounts.auth.getMethods({ identifierType: 'email', identifier: GRACE.email });
    expect(methods['methods']).toEqual(['password', 'emailOtp', 'magicLink']);
    expectCode(
      await failureOf(c.accounts.auth.getMethods({ identifierType: 'phone', identifier: '+15550100' })),
      400096,
    );
    const { aToken } = await c.accounts.identifiers.createToken({
      identifierType: 'email',
      identifier: GRACE.email,
    });
    expect((await c.accounts.auth.getMethods({ aToken }))['methods']).toContain('password');
  });

  it('missing and wrong vTokens and codes: 400002 and 400006; five wrong codes spend the token', async () => {
    await expectRefused(c, (client) => client.accounts.otp.sendCode({ phoneNumber: '+15550100' } as never), 400002);
    expectCode(await failureOf(c.accounts.otp.sendCode({ phoneNumber: 'call me', lang: 'en' })), 400006);
    await expectRefused(c, (client) => client.accounts.otp.login({ code: '123456' } as never), 400002);
    expectCode(await failureOf(c.accounts.otp.login({ vToken: 'vt.forged', code: '123456' })), 400006);
    const sent = await c.accounts.otp.sendCode({ phoneNumber: '+15550199', lang: 'en' });
    const code = world.emulator.accounts.lastMessage('+15550199', 'otpCode')!.token;
    for (let i = 0; i < 5; i++)
      expectCode(await failureOf(c.accounts.otp.login({ vToken: sent['vToken']!, code: `bad${i}` })), 400006);
    expectCode(await failureOf(c.accounts.otp.login({ vToken: sent['vToken']!, code })), 400006);
    // A magic-link vToken is not an otp vToken.
    const magic = await c.accounts.auth.magiclink.email.send({ email: GRACE.email });
    expectCode(await failureOf(c.accounts.otp.login({ vToken: magic['vToken']!, code })), 400006);
  });
});

describe('rba.lock and rba.unlock', () => {
  it('lock an account from the server for a while, unlock it before its time', async () => {
    const s = world.server();
    await s.accounts.rba.lock({ UID: GRACE.UID, duration: 3600 });
    const c = world.browser();
    expectCode(await failureOf(c.accounts.login({ loginID: GRACE.email, password: GRACE.password })), 403120);
    await s.accounts.rba.unlock({ loginID: GRACE.email });
    expect((await c.accounts.login({ loginID: GRACE.email, password: GRACE.password }))['UID']).toBe(GRACE.UID);
    expectCode(await failureOf(c.accounts.rba.unlock({ UID: GRACE.UID })), 403007);
  });
});
