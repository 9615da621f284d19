import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildNotification,
  HMAC_HEADER,
  hmacSignature,
  JWT_HEADER,
  WebhookDispatcher,
  type AccountEvent,
  type AccountStore,
} from '../../../src/emulator/accounts/index.js';
import { deleteAccount, setAccountInfo } from '../../../src/emulator/accounts/flows/profile.js';
import { verifyWebhook, createNonceCache, GigyaWebhookError } from '../../../src/verify/index.js';
import { API_KEY, OTHER_KEY, client, expectOk, newStore, registerUser, server } from './helpers.js';
import { login } from '../../../src/emulator/accounts/index.js';

const SECRET = Buffer.from('webhook-partner-secret-0123456789').toString('base64');

interface Received {
  body: Buffer;
  headers: IncomingHttpHeaders;
}

/** A webhook receiver on 127.0.0.1 answering with the scripted statuses (200 once they run out). */
async function receiver(
  statuses: number[] = [],
): Promise<{ url: string; received: Received[]; close(): Promise<void>; server: Server }> {
  const received: Received[] = [];
  const srv = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks), headers: req.headers });
      const status = statuses.shift() ?? 200;
      if (status === 0) {
        req.socket.destroy();
        return;
      }
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const { port } = srv.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    server: srv,
    close: () =>
      new Promise<void>((resolve) => {
        srv.closeAllConnections();
        srv.close(() => resolve());
      }),
  };
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function dispatcher(
  store: AccountStore,
  url: string,
  extra: Partial<ConstructorParameters<typeof WebhookDispatcher>[0]> = {},
): WebhookDispatcher {
  const d = new WebhookDispatcher({
    endpoints: [{ url }],
    keyring: store.keys,
    secretFor: () => SECRET,
    now: () => Date.now(),
    retry: { baseDelayMs: 20, maxDelayMs: 100, jitter: false },
    ...extra,
  });
  d.attach(store);
  cleanups.push(() => d.close());
  return d;
}

function event(type: AccountEvent['type'], uid = 'u1', apiKey = API_KEY): AccountEvent {
  return { type, apiKey, uid, at: Date.now(), callId: 'c-1', muted: false };
}

describe('notification body and signatures', () => {
  it("has Gigya's shape and an HMAC-SHA1 of the raw body keyed with the decoded secret", () => {
    const { body, nonce, timestamp } = buildNotification(
      [
        {
          type: 'accountCreated',
          id: 'e1',
          timestamp: 1700000000,
          version: '2.0',
          apiKey: API_KEY,
          data: { uid: 'u1', accountType: 'full' },
        },
      ],
      1700000005123,
    );
    expect(JSON.parse(body)).toEqual({
      events: [
        {
          type: 'accountCreated',
          id: 'e1',
          timestamp: 1700000000,
          version: '2.0',
          apiKey: API_KEY,
          data: { uid: 'u1', accountType: 'full' },
        },
      ],
      nonce,
      timestamp: 1700000005,
    });
    expect(timestamp).toBe(1700000005);
    const expected = createHmac('sha1', Buffer.from(SECRET, 'base64')).update(body).digest('base64');
    expect(hmacSignature(body, SECRET)).toBe(expected);
    expect(hmacSignature(Buffer.from(body), SECRET)).toBe(expected);
  });
});

describe('WebhookDispatcher', () => {
  it('posts every account event, signed both ways, and verifyWebhook accepts them', async () => {
    const rx = await receiver();
    cleanups.push(rx.close);
    const { store } = newStore({ now: Date.now });
    const d = dispatcher(store, rx.url);
    const uid = registerUser(store);
    expectOk(login(store, client, { loginID: 'ada@example.com', password: 'Correct-Horse-7' }));
    expectOk(setAccountInfo(store, server, { UID: uid, data: { plan: 'pro' } }));
    expectOk(setAccountInfo(store, server, { UID: uid, data: { plan: 'solo' }, muteWebhooks: true }));
    expectOk(deleteAccount(store, server, { UID: uid }));
    await d.idle();
    const types: string[] = [];
    for (const r of rx.received) {
      expect(r.headers['content-type']).toBe('application/json');
      const n = await verifyWebhook(
        { body: r.body, headers: r.headers as Record<string, string> },
        { secret: SECRET, jwks: store.keys.jwks(API_KEY), apiKey: API_KEY },
      );
      expect(n.verifiedWith).toEqual(['hmac', 'jwt']);
      for (const e of n.events) {
        expect(e).toMatchObject({ apiKey: API_KEY, data: { uid }, version: '2.0' });
        expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
        types.push(e.type);
      }
    }
    expect(types).toEqual([
      'accountCreated',
      'accountRegistered',
      'accountLoggedIn',
      'accountUpdated',
      'accountDeleted',
    ]);
    expect(d.deliveries.every((r) => r.status === 'delivered')).toBe(true);
    expect(d.pending).toBe(0);
  });

  it('filters by event type and site', async () => {
    const rx = await receiver();
    cleanups.push(rx.close);
    const { store } = newStore({ now: Date.now });
    const d = dispatcher(store, rx.url, { endpoints: [{ url: rx.url, events: ['accountDeleted'], apiKey: API_KEY }] });
    d.enqueue(event('accountCreated'));
    d.enqueue(event('accountDeleted', 'u2', OTHER_KEY));
    d.enqueue(event('accountDeleted', 'u3'));
    await d.idle();
    expect(rx.received).toHaveLength(1);
    expect(JSON.parse(rx.received[0]!.body.toString()).events[0].data.uid).toBe('u3');
    expect(() => new WebhookDispatcher({ endpoints: [{ url: 'ftp://x' }] })).toThrow(/http/);
    expect(
      () => new WebhookDispatcher({ endpoints: [{ url: 'http://x', events: ['accountExploded' as never] }] }),
    ).toThrow(/Unknown webhook event/);
  });

  it('retries failed deliveries with backoff, re-signing each attempt with the same event ids', async () => {
    const rx = await receiver([500, 0, 503]);
    cleanups.push(rx.close);
    const { store } = newStore({ now: Date.now });
    const d = dispatcher(store, rx.url);
    const started = Date.now();
    d.enqueue(event('accountUpdated'));
    await d.idle();
    expect(rx.received).toHaveLength(4);
    expect(d.deliveries.map((r) => [r.status, r.attempt, r.httpStatus])).toEqual([
      ['retrying', 1, 500],
      ['retrying', 2, undefined],
      ['retrying', 3, 503],
      ['delivered', 4, 200],
    ]);
    expect(d.deliveries[1]!.error).toMatch(/ECONNRESET|socket|other side closed|UND_ERR/i);
    // Backoff 20 + 40 + 80 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(130);
    const bodies = rx.received.map(
      (r) => JSON.parse(r.body.toString()) as { nonce: string; events: Array<{ id: string }> },
    );
    expect(new Set(bodies.map((b) => b.nonce)).size).toBe(4);
    expect(new Set(bodies.map((b) => b.events[0]!.id)).size).toBe(1);
    for (const r of rx.received)
      await verifyWebhook({ body: r.body, headers: r.headers as Record<string, string> }, { secret: SECRET });
  });

  it('gives up after maxAttempts and records it, then keeps delivering later events', async () => {
    const rx = await receiver([500, 500]);
    cleanups.push(rx.close);
    const { store } = newStore({ now: Date.now });
    const d = dispatcher(store, rx.url, { retry: { maxAttempts: 2, baseDelayMs: 5, jitter: false } });
    d.enqueue(event('accountUpdated', 'lost'));
    await d.idle();
    d.enqueue(event('accountUpdated', 'next'));
    await d.idle();
    expect(d.deliveries.map((r) => [r.status, r.uids])).toEqual([
      ['retrying', ['lost']],
      ['failed', ['lost']],
      ['delivered', ['next']],
    ]);
    expect(d.deliveries[1]!.error).toMatch(/gave up after 2 attempts/);
  });

  it('batches queued events of one site in order, never mixing sites', async () => {
    const rx = await receiver();
    cleanups.push(rx.close);
    const { store } = newStore({ now: Date.now });
    const d = dispatcher(store, rx.url);
    for (let i = 0; i < 5; i++) d.enqueue(event('accountUpdated', `a${i}`));
    d.enqueue(event('accountUpdated', 'b0', OTHER_KEY));
    d.enqueue(event('accountUpdated', 'a5'));
    await d.idle();
    const batches = rx.received.map((r) =>
      (JSON.parse(r.body.toString()) as { events: Array<{ apiKey: string; data: { uid: string } }> }).events.map(
        (e) => `${e.apiKey === API_KEY ? 'A' : 'B'}:${e.data.uid}`,
      ),
    );
    expect(batches.flat()).toEqual(['A:a0', 'A:a1', 'A:a2', 'A:a3', 'A:a4', 'B:b0', 'A:a5']);
    for (const batch of batches) expect(new Set(batch.map((b) => b[0])).size).toBe(1);
    expect(batches.length).toBeLessThan(7);
  });

  it('closes cleanly: timers and in-flight requests stop, what is left is recorded as abandoned', async () => {
    const rx = await receiver([500]);
    cleanups.push(rx.close);
    const { store } = newStore({ now: Date.now });
    const d = dispatcher(store, rx.url, { retry: { baseDelayMs: 60_000, jitter: false } });
    d.enqueue(event('accountUpdated', 'x'));
    await new Promise((r) => setTimeout(r, 100));
    expect(d.deliveries.at(-1)?.status).toBe('retrying');
    await d.close();
    await d.idle();
    expect(d.deliveries.at(-1)).toMatchObject({ status: 'abandoned', uids: ['x'] });
    d.enqueue(event('accountUpdated', 'after-close'));
    expect(d.pending).toBe(0);
    expect(rx.received).toHaveLength(1);
  });

  it('times out a hanging endpoint and retries', async () => {
    let hang = true;
    const srv = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (hang) {
          hang = false;
          return;
        }
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          srv.closeAllConnections();
          srv.close(() => resolve());
        }),
    );
    const { store } = newStore({ now: Date.now });
    const d = dispatcher(store, `http://127.0.0.1:${(srv.address() as AddressInfo).port}/`, { timeoutMs: 100 });
    d.enqueue(event('accountLoggedIn'));
    await d.idle();
    expect(d.deliveries.map((r) => [r.status, r.error ?? null])).toEqual([
      ['retrying', 'timeout'],
      ['delivered', null],
    ]);
  });

  it('records no secret and no signature', async () => {
    const rx = await receiver();
    cleanups.push(rx.close);
    const { store } = newStore({ now: Date.now });
    const d = dispatcher(store, rx.url);
    d.enqueue(event('accountCreated'));
    await d.idle();
    const dump = JSON.stringify(d.deliveries);
    expect(dump).not.toContain(SECRET);
    expect(dump).not.toContain(String(rx.received[0]!.headers[HMAC_HEADER]));
    expect(dump).not.toContain(String(rx.received[0]!.headers[JWT_HEADER]));
  });

  it('bounds the queue and the records', async () => {
    const rx = await receiver();
    cleanups.push(rx.close);
    const { store } = newStore({ now: Date.now });
    const d = dispatcher(store, rx.url, { maxQueued: 2, maxRecorded: 3, maxEventsPerNotification: 1 });
    for (let i = 0; i < 6; i++) d.enqueue(event('accountUpdated', `q${i}`));
    await d.idle();
    expect(d.deliveries).toHaveLength(3);
    expect(rx.received.length).toBeLessThanOrEqual(3);
  });
});

describe('verifyWebhook against tampering and replays', () => {
  async function signed(): Promise<{ body: Buffer; headers: Record<string, string>; store: AccountStore }> {
    const rx = await receiver();
    cleanups.push(rx.close);
    const { store } = newStore({ now: Date.now });
    const d = dispatcher(store, rx.url);
    d.enqueue(event('accountRegistered', 'victim'));
    await d.idle();
    const r = rx.received[0]!;
    return { body: r.body, headers: r.headers as Record<string, string>, store };
  }

  async function problem(promise: Promise<unknown>): Promise<string> {
    try {
      await promise;
    } catch (error) {
      expect(error).toBeInstanceOf(GigyaWebhookError);
      expect((error as Error).message).not.toContain(SECRET);
      return (error as GigyaWebhookError).problem;
    }
    throw new Error('expected the notification to be refused');
  }

  it('refuses a changed body, a re-serialized body, a wrong secret and a wrong site key', async () => {
    const { body, headers, store } = await signed();
    const changed = Buffer.from(body.toString().replace('victim', 'attacker'));
    expect(await problem(verifyWebhook({ body: changed, headers }, { secret: SECRET }))).toBe('bad-signature');
    const reserialized = JSON.stringify(JSON.parse(body.toString()), null, 1);
    expect(await problem(verifyWebhook({ body: reserialized, headers }, { secret: SECRET }))).toBe('bad-signature');
    expect(
      await problem(verifyWebhook({ body, headers }, { secret: Buffer.from('another-secret').toString('base64') })),
    ).toBe('bad-signature');
    const onlyJwt = { [JWT_HEADER]: headers[JWT_HEADER]! };
    const jwtProblem = await verifyWebhook(
      { body: changed, headers: onlyJwt },
      { jwks: store.keys.jwks(API_KEY), apiKey: API_KEY },
    ).catch((e: GigyaWebhookError) => e);
    expect(jwtProblem).toBeInstanceOf(GigyaWebhookError);
    expect((jwtProblem as GigyaWebhookError).problem).toBe('bad-signature');
    const { store: other } = newStore();
    const wrongKey = await verifyWebhook(
      { body, headers: onlyJwt },
      { jwks: other.keys.jwks(API_KEY), apiKey: API_KEY },
    ).catch((e: GigyaWebhookError) => e);
    expect((wrongKey as GigyaWebhookError).jwtProblem).toBe('unknown-kid');
    expect(await problem(verifyWebhook({ body, headers: { [HMAC_HEADER]: 'not base64!!' } }, { secret: SECRET }))).toBe(
      'bad-signature',
    );
  });

  it(
    'checks the raw bytes as given: Buffer, Uint8Array and exact text all work; ' + 'a parsed object does not',
    async () => {
      const { body, headers } = await signed();
      await verifyWebhook({ body: new Uint8Array(body), headers }, { secret: SECRET });
      await verifyWebhook({ body: body.toString('utf8'), headers: new Headers(headers) }, { secret: SECRET });
      expect(
        await problem(verifyWebhook({ body: JSON.parse(body.toString()) as never, headers }, { secret: SECRET })),
      ).toBe('body-not-raw');
    },
  );

  it('refuses a stale or future notification, with a configurable window', async () => {
    const { body, headers } = await signed();
    const sentAt = (JSON.parse(body.toString()) as { timestamp: number }).timestamp * 1000;
    expect(await problem(verifyWebhook({ body, headers }, { secret: SECRET, now: sentAt + 301_000 }))).toBe('stale');
    expect(await problem(verifyWebhook({ body, headers }, { secret: SECRET, now: sentAt - 301_000 }))).toBe('stale');
    await verifyWebhook({ body, headers }, { secret: SECRET, now: sentAt + 301_000, toleranceSeconds: 600 });
    expect(
      await problem(verifyWebhook({ body, headers }, { secret: SECRET, now: sentAt + 11_000, toleranceSeconds: 10 })),
    ).toBe('stale');
  });

  it('detects a replay with a nonce store', async () => {
    const { body, headers } = await signed();
    const nonces = createNonceCache();
    const first = await verifyWebhook({ body, headers }, { secret: SECRET, nonces });
    expect(first.events[0]?.data.uid).toBe('victim');
    expect(await problem(verifyWebhook({ body, headers }, { secret: SECRET, nonces }))).toBe('replayed');
    expect(nonces.size).toBe(1);
  });

  it('forgets nonces after their TTL and keeps at most maxEntries', () => {
    let t = 0;
    const cache = createNonceCache({ now: () => t, maxEntries: 2 });
    expect(cache.claim('a', 10)).toBe(true);
    expect(cache.claim('a', 10)).toBe(false);
    t = 11_000;
    expect(cache.claim('a', 10)).toBe(true);
    cache.claim('b', 10);
    cache.claim('c', 10);
    expect(cache.size).toBe(2);
  });

  it('needs a signature header, a verifier, and a well-formed body', async () => {
    const { body, headers } = await signed();
    expect(await problem(verifyWebhook({ body, headers: {} }, { secret: SECRET }))).toBe('missing-signature');
    await expect(verifyWebhook({ body, headers }, {})).rejects.toThrow(/pass secret/);
    await expect(verifyWebhook({ body, headers }, { jwks: { keys: [] } })).rejects.toThrow(/apiKey is required/);
    await expect(verifyWebhook({ body, headers }, { secret: '%%%' })).rejects.toThrow(/not valid Base64/);
    const junk = '{"hello":1}';
    expect(
      await problem(
        verifyWebhook({ body: junk, headers: { [HMAC_HEADER]: hmacSignature(junk, SECRET) } }, { secret: SECRET }),
      ),
    ).toBe('malformed-body');
    expect(
      await problem(
        verifyWebhook({ body: 'nope', headers: { [HMAC_HEADER]: hmacSignature('nope', SECRET) } }, { secret: SECRET }),
      ),
    ).toBe('malformed-body');
    expect(await problem(verifyWebhook({ body, headers }, { secret: SECRET, apiKey: OTHER_KEY }))).toBe(
      'malformed-body',
    );
  });
});
