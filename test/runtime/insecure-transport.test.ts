/**
 * Issue 12, defect 8: credentials that travel as they are (an OAuth token, a bearer JWT) are never
 * sent over plain http to a host other than loopback, unless `allowInsecureTransport` says so.
 * Signed requests keep working over http (the secret never travels), as in the official SDKs.
 */
import { generateKeyPairSync } from 'node:crypto';
import { MockAgent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, GigyaConfigError, type ClientOptions } from '../../src/index.js';
import { json, ok, startTestServer, type TestServer } from '../helpers/http-server.js';

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const OAUTH = { oauthToken: 'st2.OAUTH-TOKEN-VALUE' };
const BEARER = { userKey: 'AKey', privateKey };
const SIGNED = { apiKey: '3_key', secret: Buffer.from('k').toString('base64') };

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer((req, res) => json(res, ok({}, req)));
});
afterAll(() => server.close());

/** A dispatcher that answers every request itself: nothing leaves the process. */
function intercepting(): { agent: MockAgent; seen: string[] } {
  const agent = new MockAgent();
  agent.disableNetConnect();
  const seen: string[] = [];
  agent
    .get(/.*/)
    .intercept({ path: /.*/, method: 'POST' })
    .reply(200, (opts) => {
      seen.push(String(opts.path));
      return { errorCode: 0, statusCode: 200, UID: 'u' };
    })
    .persist();
  return { agent, seen };
}

describe('plain http to a remote host', () => {
  for (const [mode, credentials] of [
    ['oauth', OAUTH],
    ['bearer', BEARER],
  ] as const) {
    it(`${mode}: refused at createClient, nothing sent`, async () => {
      const { agent, seen } = intercepting();
      try {
        let error: unknown;
        try {
          const client = createClient({ ...credentials, protocol: 'http', dataCenter: 'eu1', dispatcher: agent });
          await client.socialize.getUserInfo({ uid: 'u' }).finally(() => client.close());
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(GigyaConfigError);
        expect((error as Error).message).toMatch(/allowInsecureTransport/);
        expect((error as Error).message).not.toContain('OAUTH-TOKEN-VALUE');
        expect(seen).toEqual([]);
        expect(() =>
          createClient({ ...credentials, baseUrl: 'http://gateway.example.com:8080', dispatcher: agent }),
        ).toThrow(GigyaConfigError);
      } finally {
        await agent.close();
      }
    });

    it(`${mode}: sent when allowInsecureTransport is set`, async () => {
      const { agent, seen } = intercepting();
      try {
        const client = createClient({
          ...credentials,
          protocol: 'http',
          dataCenter: 'eu1',
          dispatcher: agent,
          allowInsecureTransport: true,
        } as ClientOptions);
        await client.socialize.getUserInfo({ uid: 'u' }).finally(() => client.close());
        expect(seen).toEqual(['/socialize.getUserInfo']);
      } finally {
        await agent.close();
      }
    });
  }

  it('signed requests are not affected: the secret never travels', async () => {
    const { agent, seen } = intercepting();
    try {
      const client = createClient({ ...SIGNED, protocol: 'http', dataCenter: 'eu1', dispatcher: agent });
      await client.socialize.getUserInfo({ uid: 'u' }).finally(() => client.close());
      expect(seen).toHaveLength(1);
    } finally {
      await agent.close();
    }
  });
});

describe('plain http to loopback (the emulator)', () => {
  for (const host of ['127.0.0.1', 'localhost']) {
    it(`oauth and bearer to ${host} are sent`, async () => {
      const base = server.url.replace('127.0.0.1', host);
      for (const credentials of [OAUTH, BEARER]) {
        const client = createClient({ ...credentials, baseUrl: base });
        await client.socialize.getUserInfo({ uid: 'u' }).finally(() => client.close());
      }
    });
  }
});
