/**
 * Issue 12, defect 6: call options are checked before anything is signed or sent. `null` options,
 * a signal that is not an AbortSignal, headers that are not strings or that the client owns give a
 * GigyaConfigError, never a raw TypeError, and a `host` header never reaches the wire.
 */
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, GigyaConfigError, type CallOptions } from '../../src/index.js';
import { failureOf } from '../e2e/helpers.js';
import { createTransport } from '../../src/wire/transport.js';
import { startTestServer, type TestServer } from '../helpers/http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const credentials = { apiKey: '3_key', secret: Buffer.from('k').toString('base64') };

describe('call options', () => {
  const bad: Array<[string, unknown]> = [
    ['null options', null],
    ['a string for options', 'fast'],
    ['an array for options', []],
    ['a string signal', { signal: 'x' }],
    ['a plain object signal', { signal: { aborted: false } }],
    ['headers as a string', { headers: 'x-a: b' }],
    ['a header that is not a string', { headers: { 'x-count': 3 } }],
    ['a host header', { headers: { Host: 'socialize.eu1.gigya.com' } }],
    ['a content-length header', { headers: { 'content-length': '3' } }],
    ['a content-type header', { headers: { 'Content-Type': 'text/plain' } }],
    ['a transfer-encoding header', { headers: { 'transfer-encoding': 'chunked' } }],
    ['extraParams as an array', { extraParams: ['a'] }],
    ['extraParams as null', { extraParams: null }],
  ];
  for (const [what, options] of bad) {
    it(`${what}: a GigyaConfigError, nothing sent`, async () => {
      const client = createClient({ ...credentials, baseUrl: server.url });
      try {
        const before = server.requests.length;
        const error = await failureOf(
          client.socialize.setStatus({ uid: 'u', status: 's' }, options as unknown as CallOptions),
        );
        expect(error).toBeInstanceOf(GigyaConfigError);
        expect((error as GigyaConfigError).attempts).toBe(0);
        expect(server.requests.length).toBe(before);
      } finally {
        await client.close();
      }
    });
  }

  it('an Authorization header is refused in bearer mode, which sets it, and sent in the other modes', async () => {
    const client = createClient({ ...credentials, baseUrl: server.url });
    try {
      await client.socialize.setStatus({ uid: 'u', status: 's' }, { headers: { Authorization: 'Basic Z3c6cHc=' } });
      expect(server.requests.at(-1)!.headers.authorization).toBe('Basic Z3c6cHc=');
    } finally {
      await client.close();
    }
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const bearer = createClient({ userKey: 'AKey', privateKey, baseUrl: server.url });
    try {
      const error = await failureOf(
        bearer.socialize.setStatus({ uid: 'u', status: 's' }, { headers: { authorization: 'Basic Z3c6cHc=' } }),
      );
      expect(error).toBeInstanceOf(GigyaConfigError);
    } finally {
      await bearer.close();
    }
  });

  it('undefined fields are fine, and a real AbortSignal from another realm-like source is accepted', async () => {
    const client = createClient({ ...credentials, baseUrl: server.url });
    try {
      await client.socialize.setStatus({ uid: 'u', status: 's' }, {
        signal: AbortSignal.timeout(5_000),
        headers: undefined,
        timeoutMs: undefined,
      } as unknown as CallOptions);
    } finally {
      await client.close();
    }
  });

  it('the transport never sends a host header it is given', async () => {
    const transport = createTransport({ maxResponseBytes: 1 << 20, userAgent: 'test' });
    try {
      await transport.send({
        url: new URL(`${server.url}/socialize.getUserInfo`),
        httpMethod: 'POST',
        headers: { host: 'socialize.eu1.gigya.com' },
        body: 'a=b',
        timeoutMs: 5_000,
      });
      expect(server.requests.at(-1)!.headers.host).toBe(new URL(server.url).host);
    } finally {
      await transport.close();
    }
  });
});
