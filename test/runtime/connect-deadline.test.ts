/**
 * Issue 12, defect 1: `timeoutMs` and an AbortSignal bound an attempt from the connect on. A server
 * that accepts and never speaks TLS, or a listener that never accepts, must not hold an attempt for
 * undici's own 10 s connect timeout, and a timed-out attempt must not leave a connection behind.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../../src/index.js';
import { GigyaAbortError, GigyaTimeoutError } from '../../src/errors.js';
import { Agent } from 'undici';
import { createTransport, type Transport } from '../../src/wire/transport.js';
import { fullBacklog } from '../helpers/stalled.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

/** Accepts TCP connections and never writes a byte: a TLS handshake to it stalls. */
async function silentServer(): Promise<{ port: number; sockets: Socket[]; open(): number }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => {
    socket.on('error', () => undefined);
    // Read (and drop) the ClientHello, so the end of the client's side shows.
    socket.resume();
    sockets.push(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  );
  const { port } = server.address() as { port: number };
  return { port, sockets, open: () => sockets.filter((s) => !s.destroyed && !s.readableEnded).length };
}

function transport(): Transport {
  const t = createTransport({ maxResponseBytes: 1 << 20, userAgent: 'test' });
  cleanups.push(() => t.close());
  return t;
}

async function timed(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const started = performance.now();
  try {
    await promise;
  } catch (error) {
    return { error, ms: performance.now() - started };
  }
  throw new Error('expected a failure');
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the server side of every accepted socket has seen the client close it. */
async function allClosed(sockets: readonly Socket[]): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if (sockets.every((s) => s.readableEnded || s.destroyed)) return true;
    await sleep(20);
  }
  return false;
}

describe('a stalled TLS handshake', () => {
  it('ends at timeoutMs with a GigyaTimeoutError, and the connection is closed', async () => {
    const s = await silentServer();
    const { error, ms } = await timed(
      transport().send({
        url: new URL(`https://127.0.0.1:${s.port}/socialize.setStatus`),
        httpMethod: 'POST',
        headers: {},
        body: 'a=b',
        timeoutMs: 400,
      }),
    );
    expect(error).toBeInstanceOf(GigyaTimeoutError);
    expect(ms).toBeLessThan(400 + 400);
    expect(s.sockets).toHaveLength(1);
    expect(await allClosed(s.sockets)).toBe(true);
  });

  it('ends at the abort, as a GigyaAbortError', async () => {
    const s = await silentServer();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    const { error, ms } = await timed(
      transport().send({
        url: new URL(`https://127.0.0.1:${s.port}/socialize.setStatus`),
        httpMethod: 'POST',
        headers: {},
        body: 'a=b',
        timeoutMs: 20_000,
        signal: controller.signal,
      }),
    );
    expect(error).toBeInstanceOf(GigyaAbortError);
    expect(ms).toBeLessThan(200 + 400);
    expect(await allClosed(s.sockets)).toBe(true);
  });

  it('a method safe to repeat: each attempt is bounded, one connection per attempt and none left open', async () => {
    const s = await silentServer();
    const client = createClient({
      apiKey: '3_key',
      secret: Buffer.from('k').toString('base64'),
      baseUrl: `https://127.0.0.1:${s.port}`,
      timeoutMs: 300,
      retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 1 },
    });
    cleanups.push(() => client.close());
    const { error, ms } = await timed(client.socialize.getUserInfo({ uid: 'u' }));
    expect(error).toBeInstanceOf(GigyaTimeoutError);
    expect((error as GigyaTimeoutError).attempts).toBe(3);
    expect(ms).toBeLessThan(3 * 300 + 600);
    // Give undici the time it would take to open a spare connection.
    await sleep(300);
    expect(s.sockets).toHaveLength(3);
    expect(await allClosed(s.sockets)).toBe(true);
  });
});

describe('a TCP connect that never completes', () => {
  it('ends at timeoutMs', async () => {
    const listener = await fullBacklog();
    if (!listener) return void console.warn('python3 not found: accept-queue test skipped');
    cleanups.push(() => void listener.child.kill());
    const { port } = listener;
    const { error, ms } = await timed(
      transport().send({
        url: new URL(`http://127.0.0.1:${port}/socialize.setStatus`),
        httpMethod: 'POST',
        headers: {},
        body: 'a=b',
        timeoutMs: 400,
      }),
    );
    expect(error).toBeInstanceOf(GigyaTimeoutError);
    expect(ms).toBeLessThan(400 + 400);
  });
});

describe('a request still waiting for its socket', () => {
  it(
    'a caller’s dispatcher with one busy connection: ' + 'the waiting attempt ends at its abort and at its deadline',
    async () => {
      const s = await silentServer();
      const agent = new Agent({ connections: 1 });
      cleanups.push(() => agent.destroy());
      const t = createTransport({ maxResponseBytes: 1 << 20, userAgent: 'test', dispatcher: agent });
      cleanups.push(() => t.close());
      const send = (timeoutMs: number, signal?: AbortSignal) =>
        t.send({
          url: new URL(`http://127.0.0.1:${s.port}/socialize.getUserInfo`),
          httpMethod: 'POST',
          headers: {},
          body: 'a=b',
          timeoutMs,
          ...(signal ? { signal } : {}),
        });
      // Holds the only connection: the server never answers.
      const busy = send(5_000).catch((e: unknown) => e);
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 150);
      const aborted = await timed(send(20_000, controller.signal));
      expect(aborted.error).toBeInstanceOf(GigyaAbortError);
      expect(aborted.ms).toBeLessThan(150 + 300);
      const timedOut = await timed(send(200));
      expect(timedOut.error).toBeInstanceOf(GigyaTimeoutError);
      expect(timedOut.ms).toBeLessThan(200 + 300);
      await agent.destroy();
      await busy;
    },
  );
});
