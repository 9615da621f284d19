import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountStore, getJWT, type PublicJwk } from '../../src/emulator/accounts/index.js';
import { createClient } from '../../src/index.js';
import { GigyaConfigError, GigyaError } from '../../src/errors.js';
import {
  clearJwksCache,
  GigyaIdTokenError,
  verifyIdToken,
  type IdTokenProblem,
  type JwksClient,
} from '../../src/verify/index.js';
import { json, startTestServer, type TestServer } from '../helpers/http-server.js';

const API_KEY = '3_VerifySite';
const NOW = Date.UTC(2026, 5, 1, 9, 0, 0);
const nowS = Math.floor(NOW / 1000);

function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A token signed by hand, to build the cases the emulator would never issue. */
function handToken(key: KeyObject, header: Record<string, unknown>, claims: Record<string, unknown>): string {
  const input = `${b64(header)}.${b64(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), key).toString('base64url')}`;
}

function keyPair(kid: string): { privateKey: KeyObject; jwk: PublicJwk } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { n, e } = publicKey.export({ format: 'jwk' });
  return { privateKey, jwk: { kty: 'RSA', alg: 'RS256', use: 'sig', kid, n: String(n), e: String(e) } };
}

const site = keyPair('site-key');
const stranger = keyPair('site-key');
const jwks = { keys: [site.jwk] };
const goodClaims = {
  iss: `https://fidm.gigya.com/jwt/${API_KEY}/`,
  apiKey: API_KEY,
  iat: nowS - 10,
  exp: nowS + 290,
  sub: 'uid-1',
  email: 'ada@example.com',
};
const good = handToken(site.privateKey, { alg: 'RS256', typ: 'JWT', kid: 'site-key' }, goodClaims);

async function problemOf(
  token: unknown,
  options: Partial<Parameters<typeof verifyIdToken>[1]> = {},
): Promise<IdTokenProblem> {
  try {
    // With a client, the default jwks is left out (the two cannot be combined).
    await verifyIdToken(token as string, {
      apiKey: API_KEY,
      ...(options.client ? {} : { jwks }),
      now: NOW,
      ...options,
    });
  } catch (error) {
    expect(error).toBeInstanceOf(GigyaIdTokenError);
    expect(error).toBeInstanceOf(GigyaError);
    const e = error as GigyaIdTokenError;
    // The message names the problem, never the token.
    if (typeof token === 'string' && token.length > 20) expect(e.message).not.toContain(token.split('.')[1] ?? token);
    return e.problem;
  }
  throw new Error('expected the token to be refused');
}

describe('verifyIdToken with given keys', () => {
  it('returns the typed claims of a valid token', async () => {
    const claims = await verifyIdToken<{ email: string }>(good, { apiKey: API_KEY, jwks, now: NOW });
    expect(claims.sub).toBe('uid-1');
    expect(claims.email).toBe('ada@example.com');
    expect(claims.exp).toBe(nowS + 290);
    // One JWK (getJWTPublicKey without V2) works as well as a JWKS.
    expect((await verifyIdToken(good, { apiKey: API_KEY, jwks: site.jwk, now: new Date(NOW) })).sub).toBe('uid-1');
  });

  it('verifies tokens the emulator issues', async () => {
    const store = new AccountStore({ now: () => NOW });
    store.addSite(API_KEY);
    const { importFullAccount } = await import('../../src/emulator/accounts/index.js');
    importFullAccount(store, { apiKey: API_KEY, trusted: true }, { UID: 'emu-1', profile: { firstName: 'Emu' } });
    const token = getJWT(store, { apiKey: API_KEY, trusted: true }, { targetUID: 'emu-1', fields: 'firstName' }).fields[
      'id_token'
    ] as string;
    const claims = await verifyIdToken(token, { apiKey: API_KEY, jwks: store.keys.jwks(API_KEY), now: NOW + 1000 });
    expect(claims).toMatchObject({ sub: 'emu-1', firstName: 'Emu', apiKey: API_KEY });
  });

  it('refuses a tampered payload, a tampered signature and a token signed by another key', async () => {
    const [h, , s] = good.split('.');
    expect(await problemOf(`${h}.${b64({ ...goodClaims, sub: 'admin' })}.${s}`)).toBe('bad-signature');
    const flipped = `${s!.slice(0, -2)}${s!.at(-2) === 'A' ? 'B' : 'A'}${s!.slice(-1)}`;
    expect(await problemOf(`${h}.${good.split('.')[1]}.${flipped}`)).toBe('bad-signature');
    expect(await problemOf(handToken(stranger.privateKey, { alg: 'RS256', kid: 'site-key' }, goodClaims))).toBe(
      'bad-signature',
    );
    expect(await problemOf(`${h}.${good.split('.')[1]}.`)).toBe('bad-signature');
  });

  it('refuses an unknown kid', async () => {
    expect(await problemOf(handToken(site.privateKey, { alg: 'RS256', kid: 'other-kid' }, goodClaims))).toBe(
      'unknown-kid',
    );
  });

  it('checks exp, nbf and iat with the clock tolerance', async () => {
    const expired = handToken(
      site.privateKey,
      { alg: 'RS256', kid: 'site-key' },
      { ...goodClaims, iat: nowS - 600, exp: nowS - 100 },
    );
    expect((await verifyIdToken(expired, { apiKey: API_KEY, jwks, now: NOW })).sub).toBe('uid-1');
    expect(await problemOf(expired, { clockToleranceSeconds: 60 })).toBe('expired');
    expect(await problemOf(expired, { now: NOW + 21_000 })).toBe('expired');
    const early = handToken(site.privateKey, { alg: 'RS256', kid: 'site-key' }, { ...goodClaims, nbf: nowS + 600 });
    expect(await problemOf(early)).toBe('not-yet-valid');
    const future = handToken(
      site.privateKey,
      { alg: 'RS256', kid: 'site-key' },
      { ...goodClaims, iat: nowS + 200, exp: nowS + 500 },
    );
    expect(await problemOf(future)).toBe('not-yet-valid');
    expect((await verifyIdToken(future, { apiKey: API_KEY, jwks, now: NOW, clockToleranceSeconds: 300 })).sub).toBe(
      'uid-1',
    );
  });

  it('checks the issuer, the apiKey claim and the audience', async () => {
    expect(await problemOf(good, { apiKey: '3_SomeoneElse' })).toBe('wrong-issuer');
    const foreign = handToken(
      site.privateKey,
      { alg: 'RS256', kid: 'site-key' },
      { ...goodClaims, apiKey: '3_SomeoneElse' },
    );
    expect(await problemOf(foreign)).toBe('wrong-api-key');
    const noIss = handToken(site.privateKey, { alg: 'RS256', kid: 'site-key' }, { ...goodClaims, iss: undefined });
    expect(await problemOf(noIss)).toBe('wrong-issuer');
    const webSdk = handToken(site.privateKey, { alg: 'RS256', kid: 'site-key' }, { ...goodClaims, apiKey: undefined });
    expect((await verifyIdToken(webSdk, { apiKey: API_KEY, jwks, now: NOW })).sub).toBe('uid-1');
    const custom = handToken(
      site.privateKey,
      { alg: 'RS256', kid: 'site-key' },
      { ...goodClaims, iss: 'https://login.example.com/' },
    );
    expect(
      (await verifyIdToken(custom, { apiKey: API_KEY, jwks, now: NOW, issuer: ['https://login.example.com/'] })).sub,
    ).toBe('uid-1');
    const withAud = handToken(site.privateKey, { alg: 'RS256', kid: 'site-key' }, { ...goodClaims, aud: 'app-1' });
    expect(await problemOf(withAud, { audience: 'app-2' })).toBe('wrong-audience');
    expect(await problemOf(good, { audience: 'app-1' })).toBe('missing-claim');
    expect((await verifyIdToken(withAud, { apiKey: API_KEY, jwks, now: NOW, audience: 'app-1' })).aud).toBe('app-1');
  });

  it('refuses other algorithms and malformed tokens', async () => {
    expect(await problemOf(`${b64({ alg: 'none' })}.${b64(goodClaims)}.`)).toBe('unsupported-alg');
    expect(await problemOf(`${b64({ alg: 'HS256', kid: 'site-key' })}.${b64(goodClaims)}.c2ln`)).toBe(
      'unsupported-alg',
    );
    for (const bad of [
      '',
      'abc',
      'a.b',
      'a.b.c.d',
      '!!.??.**',
      `${Buffer.from('not json').toString('base64url')}.${b64(goodClaims)}.x`,
      42,
      null,
      undefined,
    ]) {
      expect(await problemOf(bad)).toBe('malformed');
    }
  });

  it('requires sub, exp and iat', async () => {
    for (const missing of ['sub', 'exp', 'iat']) {
      const token = handToken(
        site.privateKey,
        { alg: 'RS256', kid: 'site-key' },
        { ...goodClaims, [missing]: undefined },
      );
      expect(await problemOf(token)).toBe('missing-claim');
    }
  });

  it('needs an apiKey and keys', async () => {
    await expect(verifyIdToken(good, { apiKey: '', jwks })).rejects.toBeInstanceOf(GigyaConfigError);
    await expect(verifyIdToken(good, { apiKey: API_KEY })).rejects.toBeInstanceOf(GigyaConfigError);
    await expect(verifyIdToken(good, { apiKey: API_KEY, jwks: { keys: [] } })).rejects.toBeInstanceOf(GigyaConfigError);
    await expect(
      verifyIdToken(good, { apiKey: API_KEY, jwks, client: { call: async () => jwks } }),
    ).rejects.toBeInstanceOf(GigyaConfigError);
  });
});

describe('verifyIdToken with a client', () => {
  const clients: JwksClient[] = [];
  afterEach(() => {
    for (const c of clients) clearJwksCache(c);
  });

  function fakeClient(answers: Array<unknown | Error>): JwksClient & { calls: Array<[string, unknown]> } {
    const calls: Array<[string, unknown]> = [];
    const client = {
      calls,
      async call(method: string, params?: Record<string, unknown>) {
        calls.push([method, params]);
        const next = answers.length > 1 ? answers.shift() : answers[0];
        if (next instanceof Error) throw next;
        return next;
      },
    };
    clients.push(client);
    return client;
  }

  it('fetches the JWKS once with V2=true and caches it', async () => {
    const client = fakeClient([{ errorCode: 0, keys: [site.jwk] }]);
    await Promise.all([
      verifyIdToken(good, { apiKey: API_KEY, client, now: NOW }),
      verifyIdToken(good, { apiKey: API_KEY, client, now: NOW }),
    ]);
    await verifyIdToken(good, { apiKey: API_KEY, client, now: NOW + 1000 });
    expect(client.calls).toEqual([['accounts.getJWTPublicKey', { V2: true }]]);
    // Cached keys are used for maxAgeSeconds, then fetched again.
    await verifyIdToken(good, {
      apiKey: API_KEY,
      client,
      now: NOW + 10_000,
      maxAgeSeconds: 5,
      clockToleranceSeconds: 1_000,
    });
    expect(client.calls).toHaveLength(2);
  });

  it('refetches once on an unknown kid (rotation), not more often than the cooldown', async () => {
    const rotated = keyPair('new-key');
    const client = fakeClient([{ keys: [site.jwk] }, { keys: [rotated.jwk, site.jwk] }]);
    await verifyIdToken(good, { apiKey: API_KEY, client, now: NOW });
    const fresh = handToken(rotated.privateKey, { alg: 'RS256', kid: 'new-key' }, goodClaims);
    expect((await verifyIdToken(fresh, { apiKey: API_KEY, client, now: NOW })).sub).toBe('uid-1');
    expect(client.calls).toHaveLength(2);
    // Within the cooldown of that refetch, an unknown kid is refused without a call.
    const forged = handToken(rotated.privateKey, { alg: 'RS256', kid: 'forged-1' }, goodClaims);
    expect(await problemOf(forged, { client, now: NOW + 5_000 })).toBe('unknown-kid');
    expect(client.calls).toHaveLength(2);
    expect(await problemOf(forged, { client, now: NOW + 31_000 })).toBe('unknown-kid');
    expect(client.calls).toHaveLength(3);
    expect(
      await problemOf(handToken(rotated.privateKey, { alg: 'RS256', kid: 'forged-2' }, goodClaims), {
        client,
        now: NOW + 40_000,
      }),
    ).toBe('unknown-kid');
    expect(client.calls).toHaveLength(3);
  });

  it('a failing fetch is jwks-unavailable, with the cause kept', async () => {
    const client = fakeClient([new Error('connection refused')]);
    try {
      await verifyIdToken(good, { apiKey: API_KEY, client, now: NOW });
      throw new Error('expected a failure');
    } catch (error) {
      expect((error as GigyaIdTokenError).problem).toBe('jwks-unavailable');
      expect(((error as Error).cause as Error).message).toBe('connection refused');
    }
    expect(await problemOf(good, { client: fakeClient([{ errorCode: 0 }]) })).toBe('jwks-unavailable');
  });

  it('works with the real client against a server answering accounts.getJWTPublicKey', async () => {
    let server: TestServer | undefined;
    try {
      server = await startTestServer((_req, res) =>
        json(res, {
          callId: 'c1',
          errorCode: 0,
          statusCode: 200,
          statusReason: 'OK',
          time: new Date().toISOString(),
          keys: [site.jwk],
        }),
      );
      const client = createClient({ apiKey: API_KEY, secret: 'dGVzdC1zZWNyZXQ=', baseUrl: server.url, maxRetries: 0 });
      clients.push(client);
      try {
        const claims = await verifyIdToken(good, { apiKey: API_KEY, client, now: NOW });
        expect(claims.sub).toBe('uid-1');
        expect(server.requests.map((r) => [r.path, r.params['V2']])).toEqual([['/accounts.getJWTPublicKey', 'true']]);
      } finally {
        await client.close();
      }
    } finally {
      await server?.close();
    }
  });
});

describe('errors', () => {
  it('are GigyaErrors with a stable kind, and print without the token', async () => {
    try {
      await verifyIdToken(handToken(stranger.privateKey, { alg: 'RS256', kid: 'site-key' }, goodClaims), {
        apiKey: API_KEY,
        jwks,
        now: NOW,
      });
    } catch (error) {
      expect(error).toBeInstanceOf(GigyaIdTokenError);
      expect((GigyaIdTokenError as unknown as { kind: string }).kind).toBe('GigyaIdTokenError');
      expect((error as GigyaIdTokenError).kid).toBe('site-key');
      expect(inspect(error)).not.toContain(good.split('.')[2]);
      return;
    }
    throw new Error('expected a failure');
  });
});
