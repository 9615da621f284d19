/**
 * zod stays unloaded until a call's params need its verdict: valid params of the common kinds pass
 * the quick check, while an invalid one loads zod, which words the same errors as always, before
 * anything is sent. This file imports nothing that loads zod itself (its module state is per file).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, GigyaValidationError } from '../../src/index.js';
import { zodLoaded } from '../../src/lazy-schema.js';
import { startTestServer, type TestServer } from '../helpers/http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('zod, loaded on demand', () => {
  it('valid calls load no zod; the first invalid one loads it and fails as before, sending nothing', async () => {
    const client = createClient({ apiKey: '3_TestApiKey', secret: 'c2VjcmV0', baseUrl: server.url });
    expect(zodLoaded()).toBe(false);
    await client.socialize.setStatus({ uid: 'u1', status: 'hi', enabledProviders: ['facebook', 'x'] });
    await client.socialize.setStatus({ UID: 'u1', status: 'hi', userLocation: { latitude: 1.5, longitude: 2 } });
    await client.accounts.getAccountInfo({ UID: 'u1', include: 'profile,data' });
    expect(zodLoaded()).toBe(false);
    expect(server.requests).toHaveLength(3);

    const error = await client.socialize
      .setStatus({ uid: 'u1', status: 'hi', userLocation: { latitude: 'north', longitude: 2 } } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GigyaValidationError);
    expect((error as GigyaValidationError).issues).toEqual([
      { path: 'userLocation.latitude', message: 'Invalid input: expected number, received string', problem: 'invalid' },
    ]);
    expect(zodLoaded()).toBe(true);
    const typo = await client.socialize.setStatus({ uid: 'u1', statsu: 'hi' } as never).catch((e: unknown) => e);
    expect((typo as GigyaValidationError).issues.map((i) => i.path)).toEqual(['status', 'statsu']);
    expect(server.requests).toHaveLength(3);
    await client.close();
  });
});
