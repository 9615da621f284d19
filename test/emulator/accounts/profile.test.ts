import { describe, expect, it } from 'vitest';
import {
  deleteAccount,
  getAccountInfo,
  getPolicies,
  getSchema,
  login,
  resetPassword,
  setAccountInfo,
  setPolicies,
  setSchema,
  verifyEmail,
} from '../../../src/emulator/accounts/index.js';
import {
  API_KEY,
  PASSWORD,
  client,
  expectCode,
  expectOk,
  finalizeRegistration,
  newStore,
  registerPending,
  registerUser,
  server,
} from './helpers.js';

function fresh() {
  const ctx = newStore();
  const uid = registerUser(ctx.store, {
    profile: { firstName: 'Ada', lastName: 'Lovelace', languages: 'en,fr' },
    data: { plan: 'pro', address: { city: 'London', zip: 'N1' } },
  });
  return { ...ctx, uid };
}

describe('getAccountInfo', () => {
  it('answers profile, data and preferences by default, with Gigya timestamps', () => {
    const { store, uid } = fresh();
    const info = expectOk(getAccountInfo(store, server, { UID: uid }));
    expect(Object.keys(info)).toEqual(
      expect.arrayContaining([
        'UID',
        'created',
        'createdTimestamp',
        'isActive',
        'isRegistered',
        'isVerified',
        'lastUpdated',
        'registered',
        'socialProviders',
        'profile',
        'data',
        'preferences',
      ]),
    );
    expect(info['created']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(info['socialProviders']).toBe('site');
    // languages is an extra profile field: only with extraProfileFields.
    expect(info['profile']).toEqual({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' });
    expect(info).not.toHaveProperty('subscriptions');
    const extra = expectOk(getAccountInfo(store, server, { UID: uid, extraProfileFields: 'languages' }));
    expect(extra['profile']).toMatchObject({ languages: 'en,fr' });
  });

  it('include picks sections; password and internal only for server calls', () => {
    const { store, uid } = fresh();
    const info = expectOk(
      getAccountInfo(store, server, { UID: uid, include: 'loginIDs,emails,password,identities-all,isLockedOut' }),
    );
    expect(info).not.toHaveProperty('profile');
    expect(info['loginIDs']).toEqual({ emails: [], unverifiedEmails: ['ada@example.com'] });
    expect(info['emails']).toEqual({ verified: [], unverified: ['ada@example.com'] });
    expect(info['identities']).toEqual([]);
    expect(info['isLockedOut']).toBe(false);
    const password = info['password'] as { hash: string; hashSettings: { algorithm: string; salt: string } };
    expect(password.hashSettings.algorithm).toBe('scrypt');
    expect(password.hash).not.toContain(PASSWORD);
    expect(expectOk(getAccountInfo(store, client, { UID: uid, include: 'password,internal' }))).not.toHaveProperty(
      'password',
    );
  });

  it('answers 403005 for an unknown UID and 400002 without UID or regToken', () => {
    const { store } = fresh();
    expectCode(getAccountInfo(store, server, { UID: 'nope' }), 403005);
    expectCode(getAccountInfo(store, server, {}), 400002);
    expectCode(getAccountInfo(store, server, { regToken: 'st2.s.nope' }), 400006);
  });

  it('returns copies: changing an answer does not change the account', () => {
    const { store, uid } = fresh();
    const info = expectOk(getAccountInfo(store, server, { UID: uid }));
    (info['data'] as Record<string, unknown>)['plan'] = 'hacked';
    expect((expectOk(getAccountInfo(store, server, { UID: uid }))['data'] as Record<string, unknown>)['plan']).toBe(
      'pro',
    );
  });
});

describe('setAccountInfo merge semantics', () => {
  it('absent fields stay, null deletes, nested objects merge, arrays replace', () => {
    const { store, uid } = fresh();
    expectOk(
      setAccountInfo(store, server, {
        UID: uid,
        data: { address: { city: 'Paris', zip: null }, tags: ['a', 'b'] },
        profile: { lastName: null },
      }),
    );
    expectOk(setAccountInfo(store, server, { UID: uid, data: JSON.stringify({ tags: ['c'] }) }));
    const info = expectOk(getAccountInfo(store, server, { UID: uid }));
    expect(info['data']).toEqual({ plan: 'pro', address: { city: 'Paris' }, tags: ['c'] });
    expect(info['profile']).toEqual({ firstName: 'Ada', email: 'ada@example.com' });
  });

  it('learns new data fields under the dynamic schema, then holds their type', () => {
    const { store, uid } = fresh();
    expectOk(setAccountInfo(store, server, { UID: uid, data: { score: 5 } }));
    const schema = expectOk(getSchema(store, server, {})) as {
      dataSchema: { fields: Record<string, { type: string }> };
    };
    expect(schema.dataSchema.fields['score']?.type).toBe('long');
    const wrong = expectCode(
      setAccountInfo(store, server, { UID: uid, data: { score: 'high', plan: 'free' } }),
      400006,
    );
    expect(wrong.validationErrors).toEqual([
      { errorCode: 400023, message: 'expected a value of type long', fieldName: 'data.score' },
    ]);
    // Nothing of a refused call is written.
    expect((expectOk(getAccountInfo(store, server, { UID: uid }))['data'] as Record<string, unknown>)['plan']).toBe(
      'pro',
    );
    // Numeric text is read as the number Gigya would store.
    expectOk(setAccountInfo(store, server, { UID: uid, data: { score: '7' } }));
    expect((expectOk(getAccountInfo(store, server, { UID: uid }))['data'] as Record<string, unknown>)['score']).toBe(7);
  });

  it('refuses unknown profile fields, and data fields when the dynamic schema is off', () => {
    const { store, uid } = fresh();
    expect(
      setAccountInfo(store, server, { UID: uid, profile: { favouriteColour: 'red' } }).validationErrors?.[0],
    ).toMatchObject({ errorCode: 400006, fieldName: 'profile.favouriteColour' });
    expectOk(setSchema(store, server, { dataSchema: { dynamicSchema: false } }));
    expect(setAccountInfo(store, server, { UID: uid, data: { brandNew: 1 } }).validationErrors?.[0]).toMatchObject({
      errorCode: 400006,
      fieldName: 'data.brandNew',
    });
    expectOk(setAccountInfo(store, server, { UID: uid, data: { plan: 'free' } }));
  });

  it('enforces writeAccess for client calls and calls made with a regToken', () => {
    const { store, uid } = fresh();
    expectOk(
      setSchema(store, server, {
        dataSchema: {
          fields: {
            tier: { type: 'string', writeAccess: 'serverOnly' },
            nick: { type: 'string', writeAccess: 'clientCreate' },
          },
        },
      }),
    );
    expect(setAccountInfo(store, client, { UID: uid, data: { tier: 'gold' } }).validationErrors?.[0]).toMatchObject({
      errorCode: 400025,
      fieldName: 'data.tier',
    });
    expectOk(setAccountInfo(store, server, { UID: uid, data: { tier: 'gold' } }));
    expectOk(setAccountInfo(store, client, { UID: uid, data: { nick: 'ada' } }));
    expect(setAccountInfo(store, client, { UID: uid, data: { nick: 'lady' } }).validationErrors?.[0]).toMatchObject({
      errorCode: 400025,
      fieldName: 'data.nick',
    });
    expectOk(setAccountInfo(store, server, { UID: uid, data: { nick: 'lady' } }));
    expectCode(setAccountInfo(store, client, { UID: uid, isActive: false }), 403007);
    expectCode(setAccountInfo(store, client, { UID: uid, internal: { x: 1 } }), 403007);
  });

  it('checks format and required fields', () => {
    const { store, uid } = fresh();
    expectOk(
      setSchema(store, server, {
        dataSchema: {
          fields: {
            code: { type: 'string', format: "regex('^[A-Z]{3}$')", writeAccess: 'clientModify' },
            terms: { type: 'boolean', required: true },
          },
        },
      }),
    );
    expect(setAccountInfo(store, server, { UID: uid, data: { code: 'abc' } }).validationErrors?.[0]).toMatchObject({
      errorCode: 400026,
    });
    expectOk(setAccountInfo(store, server, { UID: uid, data: { code: 'ABC', terms: true } }));
    expect(setAccountInfo(store, server, { UID: uid, data: { terms: null } }).validationErrors?.[0]).toMatchObject({
      errorCode: 400027,
      fieldName: 'data.terms',
    });
  });

  it('preferences and subscriptions are checked against their schemas and stamped', () => {
    const { store, uid, clock } = fresh();
    expect(
      setAccountInfo(store, server, { UID: uid, preferences: { terms: { tos: { isConsentGranted: true } } } })
        .validationErrors?.[0],
    ).toMatchObject({ fieldName: 'preferences.terms.tos' });
    expectOk(
      setSchema(store, server, {
        preferencesSchema: { fields: { 'terms.tos': { required: true } } },
        subscriptionsSchema: { fields: { 'news.email': {} } },
      }),
    );
    expectOk(
      setAccountInfo(store, server, {
        UID: uid,
        preferences: { terms: { tos: { isConsentGranted: 'true', docVersion: 2 } } },
        subscriptions: { news: { email: { isSubscribed: true } } },
      }),
    );
    const info = expectOk(getAccountInfo(store, server, { UID: uid, include: 'preferences,subscriptions' }));
    const stamp = new Date(clock.t).toISOString();
    expect(info['preferences']).toEqual({
      terms: { tos: { isConsentGranted: true, docVersion: 2, lastConsentModified: stamp } },
    });
    expect(info['subscriptions']).toEqual({
      news: { email: { isSubscribed: true, lastUpdatedSubscriptionState: stamp } },
    });
    expect(
      setAccountInfo(store, server, { UID: uid, preferences: { terms: { tos: { isConsentGranted: 'maybe' } } } })
        .validationErrors?.[0],
    ).toMatchObject({ errorCode: 400023 });
  });

  it('raises accountUpdated, or a muted event with muteWebhooks', () => {
    const { store, uid } = fresh();
    const events: Array<[string, boolean]> = [];
    store.subscribe((e) => events.push([e.type, e.muted]));
    expectOk(setAccountInfo(store, server, { UID: uid, data: { plan: 'team' } }));
    expectOk(setAccountInfo(store, server, { UID: uid, data: { plan: 'solo' }, muteWebhooks: true }));
    expect(events).toEqual([
      ['accountUpdated', false],
      ['accountUpdated', true],
    ]);
  });

  it('manages login IDs: username, added and removed emails, uniqueness', () => {
    const { store, uid } = fresh();
    registerUser(store, { email: 'grace@example.com' });
    const dup = expectCode(setAccountInfo(store, server, { UID: uid, addLoginEmails: 'grace@example.com' }), 400003);
    expect(dup.validationErrors?.[0]).toMatchObject({ errorCode: 400003, fieldName: 'addLoginEmails' });
    expectOk(
      setAccountInfo(store, server, {
        UID: uid,
        addLoginEmails: 'ada2@example.com',
        username: 'countess',
        isVerified: true,
      }),
    );
    expect(expectOk(login(store, client, { loginID: 'ada2@example.com', password: PASSWORD }))['UID']).toBe(uid);
    expectOk(setAccountInfo(store, server, { UID: uid, removeLoginEmails: 'ada@example.com' }));
    expectCode(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }), 403042);
    const ids = expectOk(getAccountInfo(store, server, { UID: uid, include: 'loginIDs' }))['loginIDs'];
    expect(ids).toEqual({ emails: ['ada2@example.com'], unverifiedEmails: [], username: 'countess' });
    expect(
      setAccountInfo(store, server, { UID: uid, addLoginEmails: 'not-an-email' }).validationErrors?.[0],
    ).toMatchObject({ errorCode: 400006 });
  });

  it('changes the password with the current one, or with securityOverride on a server call', () => {
    const { store, uid } = fresh();
    expectCode(setAccountInfo(store, client, { UID: uid, newPassword: 'New-Secret-99' }), 400002);
    expectCode(
      setAccountInfo(store, client, { UID: uid, newPassword: 'New-Secret-99', password: 'wrong-one-1' }),
      403042,
    );
    expect(
      setAccountInfo(store, client, { UID: uid, newPassword: 'short', password: PASSWORD }).validationErrors?.[0],
    ).toMatchObject({ errorCode: 400006, fieldName: 'newPassword' });
    expectOk(setAccountInfo(store, client, { UID: uid, newPassword: 'New-Secret-99', password: PASSWORD }));
    expectCode(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }), 403042);
    expectOk(login(store, client, { loginID: 'ada@example.com', password: 'New-Secret-99' }));
    expectOk(setAccountInfo(store, server, { UID: uid, newPassword: 'Third-Secret-3', securityOverride: true }));
    expectOk(login(store, client, { loginID: 'ada@example.com', password: 'Third-Secret-3' }));
  });
});

describe('deleteAccount', () => {
  it('removes the account, its login IDs and sessions, and raises accountDeleted', () => {
    const { store, uid } = fresh();
    const events: string[] = [];
    store.subscribe((e) => events.push(e.type));
    expectOk(deleteAccount(store, server, { UID: uid }));
    expect(events).toEqual(['accountDeleted']);
    expectCode(getAccountInfo(store, server, { UID: uid }), 403005);
    expectCode(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }), 403042);
    expect(store.liveSessions(API_KEY, uid)).toEqual([]);
    expectCode(deleteAccount(store, server, { UID: uid }), 403005);
    registerUser(store);
  });
});

describe('resetPassword', () => {
  it('e-mails a one-time token (outbox) that sets a new password and unlocks the account', () => {
    const { store } = fresh();
    for (let i = 0; i < 5; i++) login(store, client, { loginID: 'ada@example.com', password: 'Bad-pass-9' });
    expectCode(login(store, client, { loginID: 'ada@example.com', password: PASSWORD }), 403120);
    expectOk(resetPassword(store, client, { loginID: 'ada@example.com' }));
    const message = store.outbox(API_KEY).find((m) => m.kind === 'passwordReset');
    expect(message?.to).toBe('ada@example.com');
    expect(
      resetPassword(store, client, { passwordResetToken: message!.token, newPassword: 'weak' }).validationErrors?.[0]
        ?.fieldName,
    ).toBe('newPassword');
    expectOk(resetPassword(store, client, { passwordResetToken: message!.token, newPassword: 'Fresh-Start-1' }));
    expectCode(
      resetPassword(store, client, { passwordResetToken: message!.token, newPassword: 'Fresh-Start-2' }),
      400006,
    );
    expectOk(login(store, client, { loginID: 'ada@example.com', password: 'Fresh-Start-1' }));
  });

  it('sendEmail=false returns the token to server calls only; tokens expire', () => {
    const { store, clock } = fresh();
    expectCode(resetPassword(store, client, { loginID: 'ada@example.com', sendEmail: false }), 403007);
    const token = expectOk(resetPassword(store, server, { loginID: 'ada@example.com', sendEmail: false }))[
      'passwordResetToken'
    ] as string;
    clock.advance(3601_000);
    expectCode(resetPassword(store, client, { passwordResetToken: token, newPassword: 'Fresh-Start-1' }), 400006);
    expectCode(resetPassword(store, client, { loginID: 'nobody@example.com' }), 403047);
    expectCode(resetPassword(store, client, {}), 400002);
  });

  it('an email verification token cannot reset a password', () => {
    const { store } = newStore();
    store.addSite(API_KEY, { policies: { accountOptions: { verifyEmail: true } } });
    const regToken = registerPending(store);
    expectCode(finalizeRegistration(store, client, { regToken }), 206002);
    const token = store.outbox(API_KEY).find((m) => m.kind === 'emailVerification')!.token;
    expectCode(resetPassword(store, client, { passwordResetToken: token, newPassword: 'Taken-Over-1' }), 400006);
    expect(verifyEmail(store, API_KEY, token)).toBe(true);
    expectCode(login(store, client, { loginID: 'ada@example.com', password: 'Taken-Over-1' }), 403042);
  });
});

describe('schema and policies', () => {
  it('setSchema is atomic and reports every problem; getSchema filters', () => {
    const { store } = newStore();
    const bad = expectCode(
      setSchema(store, server, {
        dataSchema: {
          fields: { good: { type: 'long' }, bad: { type: 'number' }, 'a.b': { type: 'string' }, a: { type: 'string' } },
        },
        profileSchema: { fields: { shoeSize: { required: true } } },
      }),
      400006,
    );
    expect(bad.validationErrors?.map((e) => e.fieldName).sort()).toEqual([
      'data.a',
      'data.a.b',
      'data.bad',
      'profile.shoeSize',
    ]);
    const schema = expectOk(getSchema(store, server, {})) as { dataSchema: { fields: Record<string, unknown> } };
    expect(schema.dataSchema.fields).toEqual({});
    expectOk(
      setSchema(store, server, {
        dataSchema: { fields: { good: { type: 'long', writeAccess: 'clientModify' }, secret: { type: 'string' } } },
      }),
    );
    const clientOnly = expectOk(getSchema(store, server, { filter: 'clientOnly' })) as {
      dataSchema: { fields: Record<string, unknown> };
    };
    expect(Object.keys(clientOnly.dataSchema.fields)).toEqual(['good']);
    expect(
      setSchema(store, server, { dataSchema: { fields: { good: { type: 'string' } } } }).validationErrors?.[0]?.message,
    ).toMatch(/cannot be changed/);
    expectOk(setSchema(store, server, { dataSchema: { fields: { good: null } } }));
    expectCode(setSchema(store, client, { dataSchema: { fields: {} } }), 403007);
    expectCode(setSchema(store, server, {}), 400002);
  });

  it('getPolicies / setPolicies read and change what the flows use', () => {
    const { store } = newStore();
    expect(expectOk(getPolicies(store, server, { sections: 'passwordComplexity' }))).toEqual({
      passwordComplexity: { minLength: 8, minCharGroups: 2 },
    });
    expectCode(setPolicies(store, server, { passwordComplexity: { minLength: 'long' } }), 400006);
    expectOk(setPolicies(store, server, { passwordComplexity: { minLength: 12 } }));
    expect(expectOk(getPolicies(store, server, {}))['passwordComplexity']).toEqual({ minLength: 12, minCharGroups: 2 });
    expectCode(setPolicies(store, client, { passwordComplexity: { minLength: 1 } }), 403007);
  });
});
