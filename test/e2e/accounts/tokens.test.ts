/**
 * id_tokens end to end: accounts.getJWT issues RS256 tokens that verifyIdToken checks with the keys
 * accounts.getJWTPublicKey publishes (fetched through the client, V2 JWKS with kids); rotating the
 * site key from the emulator API; tampered, foreign and expired tokens get a typed error.
 */
import { describe, expect, it } from 'vitest';
import { clearJwksCache, GigyaIdTokenError, verifyIdToken } from '../../../src/index.js';
import { API_KEY, expectCode, expectRefused, failureOf, GRACE, useAccountsWorld, VERIFY_KEY } from './helpers.js';

const world = useAccountsWorld();

async function problemOf(promise: Promise<unknown>): Promise<string> {
  const error = await failureOf(promise);
  expect(error).toBeInstanceOf(GigyaIdTokenError);
  const message = (error as GigyaIdTokenError).message;
  // The message says why, never quoting the token.
  expect(message).not.toMatch(/eyJ/);
  return (error as GigyaIdTokenError).problem;
}

function tamper(token: string, change: (claims: Record<string, unknown>) => void): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  change(claims);
  return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
}

describe.each(['json', 'xml'] as const)('getJWT + verifyIdToken (format=%s)', (format) => {
  it('issues a token with the documented claims and requested fields; verifyIdToken returns them', async () => {
    const s = world.server({ format });
    const { id_token } = await s.accounts.getJWT({
      targetUID: GRACE.UID,
      fields: 'firstName,data.loyalty.tier,nickname',
      expiration: 600,
    });
    const answer = await s.accounts.getJWT({ targetUID: GRACE.UID, fields: 'nickname' });
    expect(answer['ignoredFields']).toBe('nickname');

    const claims = await verifyIdToken<{ firstName: string; data: { loyalty: { tier: string } } }>(String(id_token), {
      apiKey: API_KEY,
      client: s,
    });
    expect(claims).toMatchObject({
      iss: `https://fidm.gigya.com/jwt/${API_KEY}/`,
      apiKey: API_KEY,
      sub: GRACE.UID,
      firstName: 'Grace',
      data: { loyalty: { tier: 'gold' } },
    });
    expect(claims.exp - claims.iat).toBe(600);
  });

  it('a login with include=id_token carries a token for the account', async () => {
    const login = await world
      .browser({ format })
      .accounts.login({ loginID: GRACE.email, password: GRACE.password, include: 'profile,id_token' });
    const claims = await verifyIdToken(String(login['id_token']), {
      apiKey: API_KEY,
      client: world.server({ format }),
    });
    expect(claims.sub).toBe(GRACE.UID);
  });

  it('getJWTPublicKey publishes the active key as a JWK, and every key as a JWKS with V2=true', async () => {
    const s = world.server({ format });
    const single = await s.accounts.getJWTPublicKey({});
    expect(single).toMatchObject({
      kty: 'RSA',
      alg: 'RS256',
      use: 'sig',
      kid: expect.any(String),
      n: expect.any(String),
      e: 'AQAB',
    });
    const set = await s.accounts.getJWTPublicKey({ V2: true });
    const keys = set['keys'] as Array<Record<string, unknown>>;
    expect(keys.map((k) => k['kid'])).toEqual([single['kid']]);
  });
});

describe('key rotation from the emulator API', () => {
  it(
    'after a rotation new tokens carry the new kid; ' + 'old ones still verify while the old key is published',
    async () => {
      const s = world.server();
      clearJwksCache(s);
      const fixtureKid = (await s.accounts.getJWTPublicKey({}))['kid'];
      const before = String((await s.accounts.getJWT({ targetUID: GRACE.UID }))['id_token']);
      await verifyIdToken(before, { apiKey: API_KEY, client: s }); // caches the key set

      const kid = world.emulator.accounts.rotateJwtKey();
      const after = String((await s.accounts.getJWT({ targetUID: GRACE.UID }))['id_token']);
      expect(JSON.parse(Buffer.from(after.split('.')[0]!, 'base64url').toString()).kid).toBe(kid);
      // The unknown kid makes verifyIdToken refetch the keys once.
      expect((await verifyIdToken(after, { apiKey: API_KEY, client: s })).sub).toBe(GRACE.UID);
      expect((await verifyIdToken(before, { apiKey: API_KEY, client: s })).sub).toBe(GRACE.UID);
      const keys = (await s.accounts.getJWTPublicKey({ V2: true }))['keys'] as Array<{ kid: string }>;
      expect(keys.map((k) => k.kid)[0]).toBe(kid);
      expect(keys).toHaveLength(2);

      // An emergency rotation unpublishes the old key: tokens it signed are refused.
      world.emulator.accounts.rotateJwtKey({ retainPrevious: false });
      clearJwksCache(s);
      expect(await problemOf(verifyIdToken(before, { apiKey: API_KEY, client: s }))).toBe('unknown-kid');
      // A reset makes the fixture's key active again; the keys in use stay published, so cached key sets stay valid.
      const active = (await s.accounts.getJWTPublicKey({}))['kid'];
      world.emulator.reset();
      const published = (await s.accounts.getJWTPublicKey({ V2: true }))['keys'] as Array<{ kid: string }>;
      expect(published.map((k) => k.kid)).toEqual([fixtureKid, active]);
    },
  );
});

describe('tampered and foreign tokens get a typed error', () => {
  it('names the problem: bad signature, wrong site, expired, not yet valid, malformed, alg none', async () => {
    const s = world.server();
    const token = String((await s.accounts.getJWT({ targetUID: GRACE.UID, expiration: 60 }))['id_token']);
    const jwks = await s.accounts.getJWTPublicKey({ V2: true });
    const opts = { apiKey: API_KEY, jwks: jwks as unknown as { keys: [] } };

    expect(
      await problemOf(
        verifyIdToken(
          tamper(token, (c) => (c['sub'] = 'someone-else')),
          opts,
        ),
      ),
    ).toBe('bad-signature');
    expect(await problemOf(verifyIdToken(token, { ...opts, apiKey: VERIFY_KEY }))).toBe('wrong-issuer');
    expect(await problemOf(verifyIdToken(token, { ...opts, now: Date.now() + 10 * 60_000 }))).toBe('expired');
    expect(await problemOf(verifyIdToken(token, { ...opts, now: Date.now() - 10 * 60_000 }))).toBe('not-yet-valid');
    expect(await problemOf(verifyIdToken('not.a-token', opts))).toBe('malformed');
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${token.split('.')[1]}.`;
    expect(await problemOf(verifyIdToken(none, opts))).toBe('unsupported-alg');
  });

  it('getJWT refuses an unknown UID (403005) and a bad expiration (400006), and never logs the token', async () => {
    const s = world.server();
    expectCode(await failureOf(s.accounts.getJWT({ targetUID: 'nobody' })), 403005);
    expectCode(await failureOf(s.accounts.getJWT({ targetUID: GRACE.UID, expiration: 0 })), 400006);
    await expectRefused(s, (c) => c.accounts.getJWT({ targetUID: GRACE.UID, expiration: 'soon' } as never), 400006);
    const token = String((await s.accounts.getJWT({ targetUID: GRACE.UID }))['id_token']);
    // Passing the token back as a param (as an app does to its backend) is redacted in the log.
    await s.accounts.getJWTPublicKey({}, { extraParams: { anyName: token } });
    expect(JSON.stringify(world.emulator.requests)).not.toContain(token.split('.')[2]);
  });
});
