/**
 * Issue 12, defect 10, the client's part: a certificate the client cannot trust fails the same way
 * every time, so it is reported after one attempt, even for a method safe to repeat.
 */
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createClient, GigyaConnectionError } from '../../src/index.js';
import { selfSignedCert } from './helpers.js';

describe('TLS certificate failures', () => {
  it('DEPTH_ZERO_SELF_SIGNED_CERT: one attempt, one handshake', async () => {
    const cert = selfSignedCert();
    if (!cert) return void console.warn('openssl not found: TLS failure test skipped');
    let handshakes = 0;
    const server = createServer({ key: cert.key, cert: cert.cert }, (_req, res) => res.end('{}'));
    server.on('connection', () => handshakes++);
    server.on('tlsClientError', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = createClient({
      apiKey: '3_key',
      secret: Buffer.from('k').toString('base64'),
      baseUrl: `https://127.0.0.1:${port}`,
      retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 1 },
    });
    try {
      const error = await client.socialize.getUserInfo({ uid: 'u' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GigyaConnectionError);
      expect((error as GigyaConnectionError).code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
      expect((error as GigyaConnectionError).attempts).toBe(1);
      expect(handshakes).toBe(1);
    } finally {
      await client.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
