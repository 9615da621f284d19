import { createHash, pbkdf2Sync } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_FLOWS,
  AccountStore,
  AccountStoreError,
  getAccountInfo,
  importFullAccount,
  login,
  PasswordHash,
  resetPassword,
  seedAccounts,
  type AccountsFixture,
} from '../../../src/emulator/accounts/index.js';
import { initRegistration } from '../../../src/emulator/accounts/flows/registration.js';
import {
  API_KEY,
  ManualClock,
  PASSWORD,
  client,
  expectCode,
  expectOk,
  newStore,
  registerUser,
  server,
} from './helpers.js';

describe('secrets never leave the store', () => {
  it('no password, hash, token or session secret in toJSON, util.inspect or events', () => {
    const { store } = newStore();
    const events: unknown[] = [];
    store.subscribe((e) => events.push(e));
    const uid = registerUser(store, { data: { note: 'hello' } });
    const session = expectOk(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }))[
      'sessionInfo'
    ] as Record<string, string>;
    const reset = expectOk(resetPassword(store, server, { loginID: 'ada@example.com', sendEmail: false }))[
      'passwordResetToken'
    ] as string;
    const regToken = expectOk(initRegistration(store, client, {}))['regToken'] as string;
    const info = expectOk(getAccountInfo(store, server, { UID: uid, include: 'password' }))['password'] as {
      hash: string;
      hashSettings: { salt: string };
    };
    const dumps = [
      JSON.stringify(store),
      inspect(store, { depth: 10 }),
      JSON.stringify(events),
      inspect(store.account(API_KEY, uid), { depth: 10 }),
      JSON.stringify(store.account(API_KEY, uid)),
    ];
    for (const dump of dumps) {
      for (const secret of [
        PASSWORD,
        info.hash,
        info.hashSettings.salt,
        session['cookieValue'] as string,
        reset,
        regToken,
      ])
        expect(dump).not.toContain(secret);
    }
    expect(JSON.stringify(store)).toContain('hello');
    const hash = store.passwordOf(API_KEY, uid) as PasswordHash;
    expect(inspect(hash)).toBe('PasswordHash { scrypt }');
    expect(JSON.stringify(hash)).toBe('{"algorithm":"scrypt"}');
  });

  it('no flow answer, error or event ever contains a password it was given', () => {
    const { store } = newStore();
    const secret = 'Zebra-Quartz-4471';
    const replacement = 'Yak-Ocelot-9902';
    const seen: unknown[] = [];
    store.subscribe((e) => seen.push(e));
    const regToken = expectOk(initRegistration(store, client, {}))['regToken'] as string;
    const { register, finalizeRegistration } = {
      register: ACCOUNT_FLOWS['accounts.register']!,
      finalizeRegistration: ACCOUNT_FLOWS['accounts.finalizeRegistration']!,
    };
    seen.push(register(store, client, { regToken, email: 'sweep@example.com', password: 'zebra' }));
    seen.push(register(store, client, { regToken, email: 'sweep@example.com', password: secret }));
    seen.push(finalizeRegistration(store, client, { regToken, include: 'profile,data,password,loginIDs' }));
    for (const password of [secret, 'wrong-Guess-1', `${secret}x`])
      seen.push(login(store, client, { loginID: 'sweep@example.com', password, include: 'password' }));
    const uid = (seen.find((o) => (o as { fields?: { UID?: string } }).fields?.UID) as { fields: { UID: string } })
      .fields.UID;
    seen.push(
      ACCOUNT_FLOWS['accounts.setAccountInfo']!(store, client, { UID: uid, password: secret, newPassword: 'weak' }),
    );
    seen.push(
      ACCOUNT_FLOWS['accounts.setAccountInfo']!(store, client, {
        UID: uid,
        password: secret,
        newPassword: replacement,
      }),
    );
    seen.push(
      ACCOUNT_FLOWS['accounts.linkAccounts']!(store, client, {
        UID: uid,
        loginID: 'sweep@example.com',
        password: replacement,
      }),
    );
    seen.push(getAccountInfo(store, server, { UID: uid, include: 'password,loginIDs' }));
    seen.push(ACCOUNT_FLOWS['accounts.search']!(store, server, { query: 'SELECT * FROM accounts' }));
    const text = [JSON.stringify(seen), inspect(seen, { depth: 20 }), JSON.stringify(store), inspect(store)].join('\n');
    for (const clear of [secret, replacement, 'zebra', 'wrong-Guess-1']) expect(text).not.toContain(clear);
  });

  it('a password is stored salted: the same password gives two different hashes', () => {
    const a = PasswordHash.create(PASSWORD, 0, { N: 1024, r: 8, p: 1 });
    const b = PasswordHash.create(PASSWORD, 0, { N: 1024, r: 8, p: 1 });
    expect(a.describe().hash).not.toBe(b.describe().hash);
    expect(a.verify(PASSWORD)).toBe(true);
    expect(a.verify(`${PASSWORD} `)).toBe(false);
    expect(a.verify('')).toBe(false);
  });
});

describe('importFullAccount', () => {
  it('imports an account with a pbkdf2 hash that then logs in; timestamps and flags are kept', () => {
    const { store } = newStore();
    const salt = Buffer.from('pepper-and-salt');
    const hash = pbkdf2Sync('Imported-Pass-1', salt, 1000, 32, 'sha256').toString('base64');
    const result = importFullAccount(store, server, {
      UID: 'legacy-1',
      loginIDs: JSON.stringify({ emails: ['old@example.com'] }),
      password: { hash, hashSettings: { algorithm: 'pbkdf2_sha256', rounds: 1000, salt: salt.toString('base64') } },
      profile: { firstName: 'Old' },
      data: { legacyId: 17 },
      created: '2019-03-04T05:06:07.000Z',
      isVerified: true,
    });
    expectOk(result);
    const answer = expectOk(
      login(store, client, {
        loginID: 'old@example.com',
        password: 'Imported-Pass-1',
        include: 'profile,data,loginIDs',
      }),
    );
    expect(answer).toMatchObject({
      UID: 'legacy-1',
      isRegistered: true,
      isVerified: true,
      created: '2019-03-04T05:06:07.000Z',
      createdTimestamp: Date.parse('2019-03-04T05:06:07.000Z'),
    });
    expect(answer['loginIDs']).toEqual({ emails: ['old@example.com'], unverifiedEmails: [] });
    expectCode(login(store, client, { loginID: 'old@example.com', password: 'imported-pass-1' }), 403042);
  });

  it('checks md5/sha digests with a salt template', () => {
    const { store } = newStore();
    const digest = createHash('sha256').update('s4lt:Digest-Pass-1').digest('base64');
    expectOk(
      importFullAccount(store, server, {
        UID: 'sha-user',
        loginIDs: { emails: ['sha@example.com'] },
        password: {
          hash: digest,
          hashSettings: {
            algorithm: 'sha256',
            salt: Buffer.from('s4lt').toString('base64'),
            format: '$salt:$password',
          },
        },
      }),
    );
    expectOk(login(store, client, { loginID: 'sha@example.com', password: 'Digest-Pass-1' }));
  });

  it('insert refuses an existing UID (400003 UniqueIdentifierExists, as the catalog lists); upsert merges', () => {
    const { store } = newStore();
    expectOk(importFullAccount(store, server, { UID: 'u1', profile: { firstName: 'A' }, data: { a: 1 } }));
    expectCode(importFullAccount(store, server, { UID: 'u1' }), 400003);
    expectOk(importFullAccount(store, server, { UID: 'u1', importPolicy: 'upsert', data: { b: 2 } }));
    expect(expectOk(getAccountInfo(store, server, { UID: 'u1' }))['data']).toEqual({ a: 1, b: 2 });
  });

  it('refuses clear passwords, unknown algorithms, bad timestamps and client calls', () => {
    const { store } = newStore();
    expectCode(importFullAccount(store, server, { UID: 'u2', password: 'clear-text-1' }), 400006);
    const unknown = expectCode(
      importFullAccount(store, server, {
        UID: 'u2',
        password: { hash: 'aGFzaA==', hashSettings: { algorithm: 'argon2' } },
      }),
      400006,
    );
    expect(unknown.errorDetails).toContain('argon2');
    expectCode(importFullAccount(store, server, { UID: 'u2', created: 'yesterday' }), 400006);
    expectCode(importFullAccount(store, client, { UID: 'u2' }), 403007);
    expectCode(importFullAccount(store, server, {}), 400002);
    expect(expectOk(importFullAccount(store, server, { createUID: true }))).toEqual({});
    expect(store.accountCount(API_KEY)).toBe(1);
  });

  it('reports identities owned by another account in identityConflicts', () => {
    const { store } = newStore();
    expectOk(importFullAccount(store, server, { UID: 'a', identities: [{ provider: 'google', providerUID: 'g1' }] }));
    expect(
      expectOk(importFullAccount(store, server, { UID: 'b', identities: [{ provider: 'google', providerUID: 'g1' }] })),
    ).toEqual({ identityConflicts: [{ provider: 'google', providerUID: 'g1', UID: 'a' }] });
  });
});

describe('fixtures', () => {
  it('seeds sites, schema, policies and accounts (clear fixture passwords are hashed on load)', () => {
    const clock = new ManualClock();
    const store = new AccountStore({ now: clock.now, passwordHashing: { N: 1024, r: 8, p: 1 } });
    const fixture: AccountsFixture = {
      sites: {
        [API_KEY]: {
          dataCenter: 'eu1',
          schema: { dataSchema: { fields: { plan: { type: 'string', writeAccess: 'clientModify' } } } },
          policies: { passwordComplexity: { minLength: 4 } },
          accounts: [{ UID: 'seed-1', email: 'seed@example.com', password: 'Seeded-1', data: { plan: 'basic' } }],
        },
      },
    };
    seedAccounts(store, fixture);
    expect(store.site(API_KEY)?.policies.passwordComplexity.minLength).toBe(4);
    expect(expectOk(login(store, client, { loginID: 'seed@example.com', password: 'Seeded-1' }))['UID']).toBe('seed-1');
    expect(JSON.stringify(store)).not.toContain('Seeded-1');
    expect(() =>
      seedAccounts(store, {
        sites: { [API_KEY]: { accounts: [{ UID: 'bad', data: { plan: 5 } as never }, { UID: 'seed-1' }] } },
      }),
    ).toThrow(/accounts\[1\]/);
    expect(() =>
      seedAccounts(new AccountStore(), { sites: { x: { accounts: [{ UID: 'bad', created: 'never' }] } } }),
    ).toThrow(AccountStoreError);
  });
});

describe('bounded collections', () => {
  it('refuses accounts beyond maxAccountsPerSite with 400124', () => {
    const { store } = newStore({ limits: { maxAccountsPerSite: 2 } });
    expectOk(importFullAccount(store, server, { UID: 'a' }));
    expectOk(importFullAccount(store, server, { UID: 'b' }));
    const full = expectCode(importFullAccount(store, server, { UID: 'c' }), 400124);
    expect(full.errorDetails).toContain('maxAccountsPerSite');
  });

  it('keeps at most maxPendingTokensPerSite regTokens, dropping the oldest', () => {
    const { store } = newStore({ limits: { maxPendingTokensPerSite: 3 } });
    const tokens = Array.from({ length: 5 }, () => expectOk(initRegistration(store, client, {}))['regToken'] as string);
    expect(tokens.map((t) => store.readRegToken(API_KEY, t) !== undefined)).toEqual([false, false, true, true, true]);
  });

  it('keeps at most maxOutboxPerSite messages', () => {
    const { store } = newStore({ limits: { maxOutboxPerSite: 2 } });
    registerUser(store);
    for (let i = 0; i < 4; i++) expectOk(resetPassword(store, client, { loginID: 'ada@example.com' }));
    expect(store.outbox(API_KEY)).toHaveLength(2);
  });

  it('caps login emails per account', () => {
    const { store } = newStore({ limits: { maxLoginEmailsPerAccount: 2 } });
    expectCode(
      importFullAccount(store, server, { UID: 'many', loginIDs: { emails: ['a@x.io', 'b@x.io', 'c@x.io'] } }),
      400124,
    );
  });
});

describe('reset', () => {
  it('forgets sites, accounts and cursors but keeps listeners and JWT keys', () => {
    const { store } = newStore();
    registerUser(store);
    const kid = store.keys.activeKid(API_KEY);
    const events: string[] = [];
    store.subscribe((e) => events.push(e.type));
    store.reset();
    expect(store.accountCount(API_KEY)).toBe(0);
    expect(store.siteKeys()).toEqual([]);
    expect(store.keys.activeKid(API_KEY)).toBe(kid);
    registerUser(store);
    expect(events).toEqual(['accountCreated', 'accountRegistered']);
  });
});

describe('stored accounts are immutable', () => {
  it('a held account object never changes when the account is updated', () => {
    const { store } = newStore();
    const uid = registerUser(store, { data: { v: 1 } });
    const before = store.account(API_KEY, uid)!;
    expect(Object.isFrozen(before.data)).toBe(true);
    expect(() => {
      (before.data as Record<string, unknown>)['v'] = 2;
    }).toThrow();
  });
});
