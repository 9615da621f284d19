/**
 * Shared setup for the accounts end-to-end tests: a fixture with accounts, a schema, policies and a
 * JWT key; an emulator on a clock the tests can move; server and browser-style clients.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { startEmulator, type EmulatorHandle, type EmulatorOptions, type Fixture } from '../../../src/emulator/index.js';
import {
  createClient,
  GigyaApiError,
  GigyaValidationError,
  type ClientOptions,
  type GigyaClient,
  type GigyaResult,
  type MethodMap,
} from '../../../src/index.js';
import { API_KEY, e2eFixture, FAST_RETRY, failureOf, SECRET } from '../helpers.js';

export { API_KEY, SECRET, failureOf } from '../helpers.js';

export const PASSWORD = 'Correct-Horse-7';
export const GRACE = { UID: 'grace', email: 'grace@example.com', password: 'Seeded-Pass-9' } as const;

/** A site that requires a verified email before an account can log in. */
export const VERIFY_KEY = '3_E2eVerifyEmailSite';
export const VERIFY_SECRET = Buffer.from('e2e secret of the verify-email site, local only').toString('base64');
/** A site whose schema requires data.terms, so registrations stop at 206001 until it is set. */
export const REQUIRED_KEY = '3_E2eRequiredFieldSite';
export const REQUIRED_SECRET = Buffer.from('e2e secret of the required-field site, local only').toString('base64');

/** A site that asks every password login for a second factor (all four providers enabled). */
export const TFA_KEY = '3_E2eTwoFactorSite';
export const TFA_SECRET = Buffer.from('e2e secret of the two-factor site, local only').toString('base64');
export const TFA_USER = { UID: 'tess', email: 'tess@example.com', password: 'Tess-Pass-42' } as const;

export const LOCKOUT = { failedLoginThreshold: 3, lockoutTimeSec: 60, failedLoginResetSec: 600 } as const;

/** One RSA key for every site of the fixture, so no test waits for key generation. */
export const JWT_PRIVATE_KEY = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

/** The e2e fixture plus the accounts side: seeded accounts, a data schema, lockout policy, JWT keys, two more sites. */
export function accountsFixture(): Fixture {
  const fixture = e2eFixture();
  const site = fixture.sites[API_KEY]!;
  site.jwtKeys = [{ privateKey: JWT_PRIVATE_KEY }];
  site.policies = { security: { accountLockout: LOCKOUT } };
  site.schema = {
    dataSchema: {
      fields: {
        favoriteColor: { type: 'string', writeAccess: 'clientModify' },
        newsletter: { type: 'boolean', writeAccess: 'clientModify' },
        'loyalty.tier': { type: 'string', writeAccess: 'serverOnly' },
        'loyalty.points': { type: 'long', writeAccess: 'serverOnly' },
        shoeSize: { type: 'float', writeAccess: 'clientModify' },
        memberId: { type: 'string', writeAccess: 'clientModify', format: "regex('^M[0-9]{6}$')" },
      },
    },
  };
  site.accounts = [
    {
      UID: GRACE.UID,
      email: GRACE.email,
      password: GRACE.password,
      isVerified: true,
      profile: { firstName: 'Grace', lastName: 'Hopper', country: 'US', age: 85, bio: 'Wrote the first compiler.' },
      data: { favoriteColor: 'navy', loyalty: { tier: 'gold', points: 1200 } },
      created: '2020-01-01T00:00:00.000Z',
    },
    ...['ada', 'alan', 'barbara', 'edsger', 'donald'].map((name, i) => ({
      UID: name,
      email: `${name}@example.org`,
      password: `${name[0]!.toUpperCase()}${name.slice(1)}-Pass-${i}`,
      isVerified: i % 2 === 0,
      profile: { firstName: name[0]!.toUpperCase() + name.slice(1), country: i < 3 ? 'GB' : 'NL', age: 30 + i * 10 },
      data: { favoriteColor: ['red', 'green', 'blue', 'red', 'green'][i]!, loyalty: { points: i * 100 } },
      created: new Date(Date.UTC(2021, i, 1)).toISOString(),
    })),
  ];
  fixture.sites[VERIFY_KEY] = {
    secret: VERIFY_SECRET,
    jwtKeys: [{ privateKey: JWT_PRIVATE_KEY }],
    policies: { accountOptions: { verifyEmail: true } },
  };
  fixture.sites[REQUIRED_KEY] = {
    secret: REQUIRED_SECRET,
    jwtKeys: [{ privateKey: JWT_PRIVATE_KEY }],
    schema: { dataSchema: { fields: { terms: { type: 'boolean', required: true, writeAccess: 'clientModify' } } } },
  };
  fixture.sites[TFA_KEY] = {
    secret: TFA_SECRET,
    jwtKeys: [{ privateKey: JWT_PRIVATE_KEY }],
    policies: {
      twoFactorAuth: {
        providers: ['gigyaTotp', 'gigyaPhone', 'gigyaEmail', 'gigyaPush'].map((name) => ({ name, enabled: true })),
      },
    },
    accounts: [{ UID: TFA_USER.UID, email: TFA_USER.email, password: TFA_USER.password, isVerified: true }],
  };
  return fixture;
}

/** Real time plus an offset the tests move; signed requests stay valid within the wide window. */
export class OffsetClock {
  offsetMs = 0;
  readonly now = (): number => Date.now() + this.offsetMs;
  advance(seconds: number): void {
    this.offsetMs += seconds * 1000;
  }
}

/** Light scrypt: registration-heavy tests stay fast. */
export const FAST_HASHING = { N: 2 ** 10, r: 8, p: 1 } as const;

export interface AccountsWorld {
  readonly emulator: EmulatorHandle;
  readonly clock: OffsetClock;
  /** Signed with the site secret (a server). */
  server(options?: Partial<ClientOptions>): GigyaClient;
  /** apiKey alone (a browser or app before login). */
  browser(options?: Partial<ClientOptions>): GigyaClient;
  close(): Promise<void>;
}

export async function startAccountsWorld(options: EmulatorOptions = {}): Promise<AccountsWorld> {
  const clock = new OffsetClock();
  const emulator = await startEmulator({
    fixture: accountsFixture(),
    passwordHashing: FAST_HASHING,
    now: clock.now,
    timestampWindowSeconds: 7 * 24 * 3600,
    ...options,
  });
  const open: GigyaClient[] = [];
  const make = (base: ClientOptions, extra: Partial<ClientOptions>): GigyaClient => {
    const c = createClient({ ...base, ...extra } as ClientOptions);
    open.push(c);
    return c;
  };
  return {
    emulator,
    clock,
    server: (extra = {}) => make({ apiKey: API_KEY, secret: SECRET, baseUrl: emulator.url, retry: FAST_RETRY }, extra),
    browser: (extra = {}) => make({ apiKey: API_KEY, baseUrl: emulator.url, retry: FAST_RETRY }, extra),
    close: async () => {
      await Promise.all(open.splice(0).map((c) => c.close()));
      await emulator.close();
    },
  };
}

/**
 * The world of a test file: started before its tests, closed after them, and (unless `resetEach`
 * is false) back to the fixture, with the clock back to real time, before each test. `options` may
 * be a function, for options known only once other servers are up (a webhook receiver).
 */
export function useAccountsWorld(
  options: EmulatorOptions | (() => EmulatorOptions) = {},
  { resetEach = true }: { resetEach?: boolean } = {},
): AccountsWorld {
  let started: AccountsWorld | undefined;
  const get = (): AccountsWorld => {
    if (!started) throw new Error('The accounts world starts in beforeAll; use it inside tests and hooks.');
    return started;
  };
  beforeAll(async () => {
    started = await startAccountsWorld(typeof options === 'function' ? options() : options);
  });
  afterAll(() => started?.close());
  if (resetEach)
    beforeEach(() => {
      get().emulator.reset();
      get().clock.offsetMs = 0;
    });
  return {
    get emulator() {
      return get().emulator;
    },
    get clock() {
      return get().clock;
    },
    server: (extra) => get().server(extra),
    browser: (extra) => get().browser(extra),
    close: () => get().close(),
  };
}

/** The typed API error of a rejected call, with the code expected. */
export function expectCode(error: unknown, code: number): GigyaApiError {
  expect(error, String(error)).toBeInstanceOf(GigyaApiError);
  const api = error as GigyaApiError;
  expect({ errorCode: api.errorCode, details: api.errorDetails }).toMatchObject({ errorCode: code });
  expect(api.local).toBe(false);
  return api;
}

/**
 * Params the catalog's validators refuse: the client refuses them before sending (a local error
 * with `code`), and the emulator, sent the same params by the client with validation off, answers
 * `code` too. The emulator's error is returned.
 */
export async function expectRefused(
  client: GigyaClient,
  send: (c: GigyaClient) => Promise<unknown>,
  code: number,
): Promise<GigyaApiError> {
  const local = await failureOf(send(client));
  expect(local, String(local)).toBeInstanceOf(GigyaValidationError);
  expect((local as GigyaValidationError).errorCode).toBe(code);
  return expectCode(await failureOf(send(client.withOptions({ validateParams: false }))), code);
}

/** The regToken of a pending answer (206001, 206002, 403101, 403102, 403043): the flow goes on with it. */
export function regTokenOf(error: GigyaApiError): string {
  const token = error.response?.['regToken'];
  expect(token, `regToken of ${error.errorCode}`).toEqual(expect.any(String));
  return token as string;
}

/** `validationErrors` of an error's envelope. */
export function validationErrorsOf(
  error: GigyaApiError,
): Array<{ errorCode: number; message: string; fieldName: string }> {
  const list = (error.response as Record<string, unknown> | undefined)?.['validationErrors'];
  return Array.isArray(list) ? (list as Array<{ errorCode: number; message: string; fieldName: string }>) : [];
}

type Register = MethodMap['accounts.register'];

/** initRegistration → register with finalizeRegistration=true; the answer. */
export async function registerAccount(
  client: GigyaClient,
  params: Partial<Register['params']> = {},
): Promise<GigyaResult<Register['response']>> {
  const { regToken } = await client.accounts.initRegistration({});
  return client.accounts.register({
    regToken,
    email: 'new.user@example.com',
    password: PASSWORD,
    finalizeRegistration: true,
    ...params,
  });
}
