import { generateKeyPairSync } from 'node:crypto';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { getJWT, getJWTPublicKey, issuerOf, seedAccounts, AccountStore } from '../../../src/emulator/accounts/index.js';
import { API_KEY, client, expectCode, expectOk, newStore, registerUser, server } from './helpers.js';

type Jwks = Parameters<typeof createLocalJWKSet>[0];

function jwks(store: AccountStore): Jwks {
  return expectOk(getJWTPublicKey(store, client, { V2: true })) as unknown as Jwks;
}

describe('getJWT', () => {
  it(
    'issues an RS256 id_token with iss, apiKey, sub, ' + 'iat, exp (300 s by default) and the requested fields',
    async () => {
      const { store, clock } = newStore();
      store.addSite(API_KEY, { dataCenter: 'eu1' });
      const uid = registerUser(store, { profile: { firstName: 'Ada' }, data: { plan: 'pro', team: { role: 'lead' } } });
      const out = expectOk(
        getJWT(store, server, {
          targetUID: uid,
          fields: 'firstName,profile.email,data.plan,data.team.role,nickname,data.missing',
        }),
      );
      expect(out['ignoredFields']).toBe('nickname,data.missing');
      const token = out['id_token'] as string;
      const header = decodeProtectedHeader(token);
      expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT', dc: 'eu1', kid: store.keys.activeKid(API_KEY) });
      const { payload } = await jwtVerify(token, createLocalJWKSet(jwks(store)), { currentDate: new Date(clock.t) });
      const iat = Math.floor(clock.t / 1000);
      expect(payload).toEqual({
        iss: issuerOf(API_KEY),
        apiKey: API_KEY,
        iat,
        exp: iat + 300,
        sub: uid,
        firstName: 'Ada',
        email: 'ada@example.com',
        data: { plan: 'pro', team: { role: 'lead' } },
      });
      expect(issuerOf(API_KEY)).toBe(`https://fidm.gigya.com/jwt/${API_KEY}/`);
    },
  );

  it('honours expiration and audience, and checks them', async () => {
    const { store, clock } = newStore();
    const uid = registerUser(store);
    const token = expectOk(getJWT(store, server, { targetUID: uid, expiration: '60', audience: 'my-app' }))[
      'id_token'
    ] as string;
    const { payload } = await jwtVerify(token, createLocalJWKSet(jwks(store)), {
      currentDate: new Date(clock.t),
      audience: 'my-app',
    });
    expect((payload.exp as number) - (payload.iat as number)).toBe(60);
    expectCode(getJWT(store, server, { targetUID: uid, expiration: 0 }), 400006);
    expectCode(getJWT(store, server, { targetUID: uid, expiration: 'soon' }), 400006);
    expectCode(getJWT(store, server, { targetUID: 'nobody' }), 403005);
    expectCode(getJWT(store, server, {}), 400002);
  });
});

describe('getJWTPublicKey and rotation', () => {
  it('publishes the active key as a JWK, and every published key with V2', () => {
    const { store } = newStore();
    const jwk = expectOk(getJWTPublicKey(store, client, {}));
    expect(Object.keys(jwk).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
    expect(jwk).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', e: 'AQAB' });
    expect(String(jwk['kid'])).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(String(jwk['kid']), 'base64url').toString('ascii')).toMatch(/^[0-9A-F]{40}$/);
    expect(expectOk(getJWTPublicKey(store, client, { V2: 'true' }))).toEqual({ keys: [jwk] });
  });

  it('keys are per site', () => {
    const { store } = newStore();
    expect(store.keys.activeKid(API_KEY)).not.toBe(store.keys.activeKid('3_another'));
  });

  it('a rotation keeps old tokens verifiable until the old key is retired', async () => {
    const { store, clock } = newStore();
    const uid = registerUser(store);
    const before = expectOk(getJWT(store, server, { targetUID: uid }))['id_token'] as string;
    const oldKid = store.keys.activeKid(API_KEY);
    const newKid = store.keys.rotate(API_KEY);
    expect(newKid).not.toBe(oldKid);
    const after = expectOk(getJWT(store, server, { targetUID: uid }))['id_token'] as string;
    expect(decodeProtectedHeader(after).kid).toBe(newKid);
    const set = jwks(store) as { keys: Array<{ kid: string }> };
    expect(set.keys.map((k) => k.kid)).toEqual([newKid, oldKid]);
    expect((expectOk(getJWTPublicKey(store, client, {})) as { kid: string }).kid).toBe(newKid);
    await jwtVerify(before, createLocalJWKSet(jwks(store)), { currentDate: new Date(clock.t) });
    expect(store.keys.retire(API_KEY, newKid)).toBe(false);
    expect(store.keys.retire(API_KEY, oldKid)).toBe(true);
    await expect(
      jwtVerify(before, createLocalJWKSet(jwks(store)), { currentDate: new Date(clock.t) }),
    ).rejects.toThrow();
    await jwtVerify(after, createLocalJWKSet(jwks(store)), { currentDate: new Date(clock.t) });
    // An emergency rotation drops every previous key at once.
    store.keys.rotate(API_KEY, { retainPrevious: false });
    expect((jwks(store) as { keys: unknown[] }).keys).toHaveLength(1);
  });

  it('uses fixture keys, the first one active', () => {
    const a = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();
    const b = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ format: 'pem', type: 'pkcs8' })
      .toString();
    const store = new AccountStore();
    seedAccounts(store, {
      sites: {
        [API_KEY]: {
          jwtKeys: [
            { privateKey: a, kid: 'key-a' },
            { privateKey: b, kid: 'key-b' },
          ],
        },
      },
    });
    expect(store.keys.jwks(API_KEY).keys.map((k) => k.kid)).toEqual(['key-a', 'key-b']);
    expect(JSON.stringify(store.keys)).not.toContain('PRIVATE');
    expect(() => store.keys.useKey(API_KEY, 'not a key')).toThrow();
  });
});
