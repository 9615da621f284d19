/**
 * The emulator keeps no password, token or secret: not in `emulator.requests`, not in the lines of
 * the `log` option, not in `util.inspect` or JSON dumps of its state. Every secret a run of the
 * accounts flows handles (passwords, regTokens, assertions, codes, session secrets, id_tokens) is
 * collected and looked for.
 */
import { inspect } from 'node:util';
import { expect, it } from 'vitest';
import { createClient, type GigyaApiError, type GigyaClient } from '../../../src/index.js';
import { FAST_RETRY } from '../helpers.js';
import { failureOf, GRACE, PASSWORD, regTokenOf, useAccountsWorld, TFA_KEY, TFA_SECRET, TFA_USER } from './helpers.js';

const lines: string[] = [];
const world = useAccountsWorld({ log: (line) => lines.push(line) });

it('no secret of a run of the accounts flows reaches the request log, the log lines or a state dump', async () => {
  const secrets = new Set<string>([PASSWORD, GRACE.password, TFA_USER.password, 'Changed-Pass-3']);
  const keep = (...values: unknown[]): void => {
    for (const value of values) if (typeof value === 'string' && value.length >= 6) secrets.add(value);
  };
  const c = world.browser();
  const s = world.server();

  const { regToken } = await c.accounts.initRegistration({});
  keep(regToken);
  const reg = await c.accounts.register({
    regToken,
    email: 'r@example.com',
    password: PASSWORD,
    finalizeRegistration: true,
  });
  keep((reg['sessionInfo'] as Record<string, string>)['cookieValue']);
  const mobile = await c.accounts.login({
    loginID: GRACE.email,
    password: GRACE.password,
    targetEnv: 'mobile',
    include: 'id_token',
  });
  const session = mobile['sessionInfo'] as Record<string, string>;
  keep(session['sessionToken'], session['sessionSecret'], mobile['id_token']);
  await s.accounts.setAccountInfo({ UID: GRACE.UID, password: GRACE.password, newPassword: 'Changed-Pass-3' });
  const reset = await s.accounts.resetPassword({ loginID: GRACE.email, sendEmail: false });
  keep(reset['passwordResetToken']);
  await c.accounts.resetPassword({
    passwordResetToken: reset['passwordResetToken'],
    newPassword: 'Reset-Pass-44',
  });
  keep('Reset-Pass-44');
  const jwt = await s.accounts.getJWT({ targetUID: GRACE.UID });
  keep(jwt['id_token']);
  await s.accounts.notifyLogin({
    providerSessions: { facebook: { authToken: 'fb-access-token-123', providerUID: 'fb-7' } },
  });
  keep('fb-access-token-123');
  const otp = await s.accounts.otp.sendCode({ phoneNumber: '+15550123', lang: 'en', sendCode: false });
  keep(otp['vToken'], otp['code']);
  await c.accounts.otp.login({ vToken: otp['vToken']!, code: otp['code']! });

  const tfa: GigyaClient = createClient({
    apiKey: TFA_KEY,
    secret: TFA_SECRET,
    baseUrl: world.emulator.url,
    retry: FAST_RETRY,
  });
  try {
    const pending = (await failureOf(
      tfa.accounts.login({ loginID: TFA_USER.email, password: TFA_USER.password }),
    )) as GigyaApiError;
    const tfaToken = regTokenOf(pending);
    keep(tfaToken);
    const { gigyaAssertion } = await tfa.accounts.tfa.initTFA({ provider: 'gigyaPhone', regToken: tfaToken });
    keep(gigyaAssertion);
    const { phvToken } = await tfa.accounts.tfa.phone.sendVerificationCode({
      gigyaAssertion,
      phone: '+15550999',
      method: 'sms',
      lang: 'en',
    });
    keep(phvToken);
    const code = world.emulator.accounts.lastMessage('+15550999', 'tfaCode', TFA_KEY)!.token;
    keep(code);
    const { providerAssertion } = await tfa.accounts.tfa.phone.completeVerification({
      gigyaAssertion,
      phvToken,
      code,
    });
    keep(providerAssertion);
    await tfa.accounts.tfa.finalizeTFA({ gigyaAssertion, providerAssertion, regToken: tfaToken });
    const done = await tfa.accounts.finalizeRegistration({ regToken: tfaToken });
    keep((done['sessionInfo'] as Record<string, string>)['cookieValue']);
  } finally {
    await tfa.close();
  }

  const dumps = [
    JSON.stringify(world.emulator.requests),
    lines.join('\n'),
    inspect(world.emulator, { depth: 10 }),
    inspect(world.emulator.state, { depth: 10 }),
    inspect(world.emulator.accounts, { depth: 10 }),
    JSON.stringify(world.emulator.state),
    JSON.stringify(world.emulator.accounts.store),
    inspect(world.emulator.accounts.store, { depth: 10 }),
  ];
  expect(lines.length).toBeGreaterThanOrEqual(world.emulator.requests.length);
  expect(secrets.size).toBeGreaterThan(15);
  for (const secret of secrets)
    for (const dump of dumps) expect(dump.includes(secret), `leaked ${secret.slice(0, 6)}…`).toBe(false);
  // What the log does show: each request's method and outcome.
  expect(
    lines.some((l) => /POST accounts\.tfa\.finalizeTFA apiKey=3_E2eTwoFactorSite auth=signed errorCode=0/.test(l)),
  ).toBe(true);
});
