import { describe, expect, it } from 'vitest';
import { getAccountInfo, login, REG_TOKEN_TTL_MS, verifyEmail } from '../../../src/emulator/accounts/index.js';
import {
  finalizeRegistration,
  initRegistration,
  isAvailableLoginID,
  register,
} from '../../../src/emulator/accounts/flows/registration.js';
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

describe('initRegistration → register → finalizeRegistration', () => {
  it('register without finalizeRegistration answers 206001 with the regToken; finalize logs the user in', () => {
    const { store } = newStore();
    const events: string[] = [];
    store.subscribe((e) => events.push(e.type));
    const regToken = registerPending(store, { profile: { firstName: 'Ada' }, data: { plan: 'pro' } });
    expect(events).toEqual(['accountCreated']);
    const pendingView = expectOk(getAccountInfo(store, client, { regToken }));
    expect(pendingView['isRegistered']).toBe(false);
    const done = expectOk(finalizeRegistration(store, client, { regToken }));
    expect(done['isRegistered']).toBe(true);
    expect(done['newUser']).toBe(true);
    expect(done['sessionInfo']).toMatchObject({
      cookieName: `glt_${API_KEY}`,
      cookieValue: expect.stringMatching(/^st2\./),
    });
    expect(done['profile']).toEqual({ firstName: 'Ada', email: 'ada@example.com' });
    expect(done['data']).toEqual({ plan: 'pro' });
    expect(events).toEqual(['accountCreated', 'accountRegistered']);
    // The regToken is spent.
    expectCode(finalizeRegistration(store, client, { regToken }), 400006);
  });

  it('finalizeRegistration=true does it in one call, with mobile session fields for targetEnv=mobile', () => {
    const { store } = newStore();
    const regToken = expectOk(initRegistration(store, client, {}))['regToken'] as string;
    const done = expectOk(
      register(store, client, {
        regToken,
        email: 'Bob@Example.com',
        password: PASSWORD,
        finalizeRegistration: 'true',
        targetEnv: 'mobile',
      }),
    );
    expect(done['sessionInfo']).toEqual({
      sessionToken: expect.stringMatching(/^st2\./),
      sessionSecret: expect.any(String),
    });
    expect(done['UID']).toMatch(/^[0-9a-f]{32}$/);
    expect(done['created']).toBe(new Date(store.now()).toISOString());
    expect(done['createdTimestamp']).toBe(store.now());
  });

  it('a login ID already used answers 400003 naming the field; isAvailableLoginID agrees', () => {
    const { store } = newStore();
    expect(expectOk(isAvailableLoginID(store, client, { loginID: 'ada@example.com' }))['isAvailable']).toBe(true);
    registerUser(store);
    expect(expectOk(isAvailableLoginID(store, client, { loginID: 'ADA@example.com ' }))['isAvailable']).toBe(false);
    const regToken = expectOk(initRegistration(store, client, {}))['regToken'] as string;
    const dup = expectCode(register(store, client, { regToken, email: 'ada@EXAMPLE.com', password: PASSWORD }), 400003);
    expect(dup.validationErrors).toEqual([{ errorCode: 400003, message: 'email already exists', fieldName: 'email' }]);
    expect(store.accountCount(API_KEY)).toBe(1);
  });

  it('a password failing the policy answers 400009 with a 400006 validation error and never echoes it', () => {
    const { store } = newStore();
    const regToken = expectOk(initRegistration(store, client, {}))['regToken'] as string;
    const weak = register(store, client, { regToken, email: 'c@example.com', password: 'abc' });
    expectCode(weak, 400009);
    expect(weak.validationErrors).toEqual([
      { errorCode: 400006, message: expect.stringContaining('at least 8 characters'), fieldName: 'password' },
    ]);
    const oneGroup = register(store, client, { regToken, email: 'c@example.com', password: 'abcdefghijk' });
    expect(oneGroup.validationErrors?.[0]?.message).toMatch(/2 of lower case/);
    expect(JSON.stringify([weak, oneGroup])).not.toContain('abcdefghijk');
    expect(store.accountCount(API_KEY)).toBe(0);
  });

  it('follows the site policy: regExp, minimum length and required fields', () => {
    const { store } = newStore();
    store.addSite(API_KEY, { policies: { passwordComplexity: { minLength: 4, minCharGroups: 1, regExp: '\\d' } } });
    const regToken = expectOk(initRegistration(store, client, {}))['regToken'] as string;
    expect(
      register(store, client, { regToken, email: 'd@example.com', password: 'abcd' }).validationErrors?.[0]?.message,
    ).toMatch(/pattern/);
    expectCode(register(store, client, { regToken, email: 'd@example.com', password: 'abc1' }), 206001);
    const missing = register(store, client, {
      regToken: expectOk(initRegistration(store, client, {}))['regToken'],
      password: PASSWORD,
    });
    expectCode(missing, 400009);
    expect(missing.validationErrors).toContainEqual({
      errorCode: 400027,
      message: 'This field is required',
      fieldName: 'email',
    });
  });

  it('rejects an unknown, reused or expired regToken', () => {
    const { store, clock } = newStore();
    expectCode(register(store, client, { email: 'e@example.com', password: PASSWORD }), 400002);
    expectCode(
      register(store, client, { regToken: 'st2.s.bogus', email: 'e@example.com', password: PASSWORD }),
      400006,
    );
    const used = registerPending(store);
    expectCode(register(store, client, { regToken: used, email: 'f@example.com', password: PASSWORD }), 400006);
    const late = expectOk(initRegistration(store, client, {}))['regToken'] as string;
    clock.advance(REG_TOKEN_TTL_MS + 1);
    expectCode(register(store, client, { regToken: late, email: 'g@example.com', password: PASSWORD }), 400006);
  });

  it('a site requiring verification answers 206002 with a regToken; the outbox link verifies and login works', () => {
    const { store } = newStore();
    store.addSite(API_KEY, { policies: { accountOptions: { verifyEmail: true } } });
    const regToken = registerPending(store);
    const pending = expectCode(finalizeRegistration(store, client, { regToken }), 206002);
    expect(pending.fields['regToken']).toEqual(expect.any(String));
    expectCode(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }), 206002);
    const message = store.outbox(API_KEY).find((m) => m.kind === 'emailVerification');
    expect(message?.to).toBe('ada@example.com');
    expect(verifyEmail(store, API_KEY, message!.token)).toBe(true);
    expect(verifyEmail(store, API_KEY, message!.token)).toBe(false);
    const ok = expectOk(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }));
    expect(ok['isVerified']).toBe(true);
  });

  it('required schema fields keep the registration pending (206001) until setAccountInfo fills them', () => {
    const { store } = newStore();
    store.addSite(API_KEY, {
      schema: { dataSchema: { fields: { terms: { type: 'boolean', required: true, writeAccess: 'clientModify' } } } },
    });
    const regToken = registerPending(store);
    const pending = expectCode(finalizeRegistration(store, client, { regToken }), 206001);
    expect(pending.validationErrors).toEqual([
      { errorCode: 400027, message: 'This field is required', fieldName: 'data.terms' },
    ]);
    expectOk(setAccountInfo(store, client, { regToken, data: { terms: true } }));
    expectOk(finalizeRegistration(store, client, { regToken }));
  });

  it('register is a client call: serverOnly fields are refused, type errors come back as a schema failure', () => {
    const { store } = newStore();
    store.addSite(API_KEY, {
      schema: {
        dataSchema: {
          fields: {
            tier: { type: 'string', writeAccess: 'serverOnly' },
            age: { type: 'long', writeAccess: 'clientModify' },
          },
        },
      },
    });
    const regToken = expectOk(initRegistration(store, server, {}))['regToken'] as string;
    const refused = register(store, server, {
      regToken,
      email: 'h@example.com',
      password: PASSWORD,
      data: { tier: 'gold', age: 'old' },
    });
    expectCode(refused, 400006);
    expect(refused.validationErrors).toEqual([
      { errorCode: 400025, message: expect.stringContaining('serverOnly'), fieldName: 'data.tier' },
      { errorCode: 400023, message: 'expected a value of type long', fieldName: 'data.age' },
    ]);
    expect(store.accountCount(API_KEY)).toBe(0);
  });

  it('isAvailableLoginID answers 403026 to clients when the site prevents harvesting', () => {
    const { store } = newStore();
    store.addSite(API_KEY, { policies: { accountOptions: { preventLoginIDHarvesting: true } } });
    expectCode(isAvailableLoginID(store, client, { loginID: 'x@example.com' }), 403026);
    expectOk(isAvailableLoginID(store, server, { loginID: 'x@example.com' }));
    expectCode(isAvailableLoginID(store, server, {}), 400002);
  });

  it('username registration when the site logs in with usernames', () => {
    const { store } = newStore();
    store.addSite(API_KEY, { policies: { accountOptions: { loginIdentifiers: 'username,email' } } });
    const uid = registerUser(store, { email: undefined, username: 'ada_l' });
    expect(expectOk(login(store, client, { loginID: 'ADA_L', password: PASSWORD }))['UID']).toBe(uid);
    const regToken = expectOk(initRegistration(store, client, {}))['regToken'] as string;
    expect(
      register(store, client, { regToken, username: 'ada_l', password: PASSWORD }).validationErrors?.[0],
    ).toMatchObject({ errorCode: 400003, fieldName: 'username' });
  });
});
