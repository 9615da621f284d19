/**
 * Robustness of the accounts methods: every one the emulator serves gets seeded random params
 * (names the flows read, values that are malformed JSON, wrong types, huge or odd text, live and
 * dead tokens), signed and unsigned, in JSON and XML. The answer is always a readable envelope and
 * never 500001; the server keeps answering afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPLEMENTED_METHODS, startEmulator, type EmulatorHandle } from '../../../src/emulator/index.js';
import { parseXml } from '../../../src/wire/xml.js';
import { call } from '../../emulator/helpers.js';
import { accountsFixture, API_KEY, FAST_HASHING, GRACE, SECRET } from './helpers.js';
import { seededRandom } from '../../helpers/random.js';

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await startEmulator({ fixture: accountsFixture(), passwordHashing: FAST_HASHING });
});
afterAll(() => emu.close());

const NAMES = [
  'UID',
  'uid',
  'targetUID',
  'regToken',
  'loginID',
  'password',
  'newPassword',
  'email',
  'username',
  'phoneNumber',
  'profile',
  'data',
  'preferences',
  'subscriptions',
  'internal',
  'include',
  'extraProfileFields',
  'query',
  'cursorId',
  'openCursor',
  'fields',
  'expiration',
  'V2',
  'finalizeRegistration',
  'sessionExpiration',
  'targetEnv',
  'providerSessions',
  'siteUID',
  'passwordResetToken',
  'sendEmail',
  'isVerified',
  'isActive',
  'addLoginEmails',
  'removeLoginEmails',
  'dataSchema',
  'profileSchema',
  'accountOptions',
  'security',
  'twoFactorAuth',
  'importPolicy',
  'identities',
  'loginIDs',
  'provider',
  'mode',
  'gigyaAssertion',
  'providerAssertion',
  'phvToken',
  'sctToken',
  'code',
  'vToken',
  'phone',
  'phoneID',
  'method',
  'lang',
  'emailID',
  'deviceInfo',
  'verificationToken',
  'phones',
  'aToken',
  'identifier',
  'identifierType',
  'duration',
  'ip',
  'landingPage',
  'isEnabled',
  'landingPageUrl',
  'vendors',
  'filter',
  'sections',
  'audience',
  'muteWebhooks',
  'securityOverride',
  'createUID',
  'accountTypes',
  'conflictHandling',
];

const VALUES = [
  '',
  ' ',
  'x',
  GRACE.UID,
  GRACE.email,
  'nobody',
  'true',
  'false',
  'null',
  '0',
  '-1',
  '1e309',
  '99999999999999999999',
  '{',
  '[1,2',
  '{"a":',
  '[]',
  '{}',
  '[null]',
  '{"email":null}',
  '{"favoriteColor":5}',
  '{"loyalty":{"tier":"x"}}',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '"just a string"',
  'SELECT',
  "SELECT * FROM accounts WHERE data.x = 'unterminated",
  'SELECT * FROM accounts WHERE ((((',
  'SELECT count(*) FROM accounts',
  'SELECT * FROM accounts ORDER BY profile.age DESC LIMIT 2',
  'st2.s.forged',
  'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
  'gigyaTotp',
  'gigyaPhone',
  'register',
  'verify',
  'mobile',
  'browser',
  'sms',
  '+15550100',
  'a'.repeat(5000),
  '\u0000\u0001\u001f',
  '😀 ünïcödé',
  '<xml>&amp;</xml>',
  '../../etc/passwd',
  'profile,data,id_token,password,internal',
  '{"facebook":{"authToken":"t","email":"grace@example.com"}}',
  '{"fields":{"x":{"type":"nope"}}}',
  '[{"phoneNumber":"+15550100","method":"sms"}]',
  '{"providers":[{"name":"gigyaTotp","enabled":true}]}',
];

const METHODS = IMPLEMENTED_METHODS.filter((m) => m.startsWith('accounts.'));

function expectEnvelope(status: number, contentType: string | undefined, text: string, what: string): number {
  expect(status, what).toBe(200);
  let code: number;
  if (contentType?.startsWith('text/xml')) {
    const root = parseXml(text);
    code = Number(root.children.find((c) => c.name === 'errorCode')?.text);
  } else {
    code = (JSON.parse(text) as { errorCode: number }).errorCode;
  }
  expect(Number.isInteger(code), `${what}: ${text.slice(0, 200)}`).toBe(true);
  expect(code, `${what}: ${text.slice(0, 400)}`).not.toBe(500001);
  return code;
}

describe('random params to every accounts method', () => {
  it('serves all the accounts flows', () => {
    expect(METHODS.length).toBeGreaterThan(60);
  });

  it.each([1, 2, 3])(
    'seed %i: never 500001, always an envelope',
    async (seed) => {
      emu.reset();
      const random = seededRandom(seed);
      const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
      for (const method of METHODS) {
        for (let round = 0; round < 6; round++) {
          const params: Record<string, string> = {};
          const count = 1 + Math.floor(random() * 6);
          for (let i = 0; i < count; i++) params[pick(NAMES)] = pick(VALUES);
          const format = random() < 0.5 ? 'json' : 'xml';
          const signed = random() < 0.8;
          const res = await call(emu.url, method, params, { format, ...(signed ? {} : { secret: false }) });
          expectEnvelope(
            res.status,
            res.headers['content-type'],
            res.text,
            `${method} ${JSON.stringify(params).slice(0, 300)}`,
          );
        }
      }
      // Nothing leaked into prototypes, and the emulator still works.
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      emu.reset();
      const ok = await call(
        emu.url,
        'accounts.getAccountInfo',
        { UID: GRACE.UID },
        { apiKey: API_KEY, secret: SECRET },
      );
      expect(ok.json?.['errorCode']).toBe(0);
    },
    120_000,
  );
});
