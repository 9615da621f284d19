/**
 * Webhooks end to end: `startEmulator({ webhooks })` POSTs Gigya's notification for account events
 * to a real receiver on 127.0.0.1, signed with X-Gigya-Sig-Hmac-Sha1 and X-Gigya-Sig-JWT; a failed
 * delivery is retried with backoff and every attempt recorded; the receiver checks each with
 * verifyWebhook, which refuses replays, stale and tampered notifications with a typed error.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createNonceCache, GigyaWebhookError, verifyWebhook } from '../../../src/index.js';
import { json, startTestServer, type RecordedRequest, type TestServer } from '../../helpers/http-server.js';
import { API_KEY, failureOf, GRACE, PASSWORD, registerAccount, SECRET, useAccountsWorld } from './helpers.js';

let receiver: TestServer;
const answer204 = (_req: RecordedRequest, res: ServerResponse): void => {
  res.writeHead(204).end();
};
beforeAll(async () => {
  receiver = await startTestServer(answer204);
});
afterAll(() => receiver.close());
const world = useAccountsWorld(
  () => ({
    webhooks: {
      url: `${receiver.url}/gigya/webhooks`,
      retry: { baseDelayMs: 20, maxAttempts: 3, jitter: false },
      timeoutMs: 3000,
    },
  }),
  { resetEach: false },
);
beforeEach(async () => {
  await world.emulator.webhooks.idle();
  world.emulator.reset();
  receiver.requests.length = 0;
});

async function problemOf(promise: Promise<unknown>): Promise<string> {
  const error = await failureOf(promise);
  expect(error).toBeInstanceOf(GigyaWebhookError);
  return (error as GigyaWebhookError).problem;
}

describe('notifications', () => {
  it(
    'registration and login send accountCreated, ' + 'accountRegistered and accountLoggedIn, signed both ways',
    async () => {
      const c = world.browser();
      const registered = await registerAccount(c, { email: 'hooked@example.com' });
      await c.accounts.login({ loginID: 'hooked@example.com', password: PASSWORD });
      await world.emulator.webhooks.idle();

      const events = [];
      for (const request of receiver.requests) {
        expect(request.path).toBe('/gigya/webhooks');
        expect(request.headers['content-type']).toBe('application/json');
        const notification = await verifyWebhook(
          { body: request.body, headers: request.headers },
          { secret: SECRET, apiKey: API_KEY, client: world.server() },
        );
        expect(notification.verifiedWith).toEqual(['hmac', 'jwt']);
        events.push(...notification.events);
      }
      expect(events.map((e) => e.type)).toEqual(['accountCreated', 'accountRegistered', 'accountLoggedIn']);
      for (const event of events) {
        expect(event).toMatchObject({ apiKey: API_KEY, data: { uid: registered['UID'] }, id: expect.any(String) });
        expect(event.callId).toMatch(/^[0-9a-f]{32}$/);
      }
      // A delivery record per attempt, without signatures or secrets.
      const deliveries = world.emulator.webhooks.deliveries.filter((d) => d.uids.includes(String(registered['UID'])));
      expect(deliveries.every((d) => d.status === 'delivered' && d.httpStatus === 204)).toBe(true);
      expect(JSON.stringify(deliveries)).not.toContain(SECRET);
    },
  );

  it(
    'setAccountInfo and deleteAccount send accountUpdated and accountDeleted; ' + 'muteWebhooks silences an update',
    async () => {
      const s = world.server();
      await s.accounts.setAccountInfo({ UID: GRACE.UID, data: { favoriteColor: 'red' }, muteWebhooks: true });
      await s.accounts.setAccountInfo({ UID: GRACE.UID, data: { favoriteColor: 'gold' } });
      await s.accounts.deleteAccount({ UID: GRACE.UID });
      await world.emulator.webhooks.idle();
      const types = receiver.requests.flatMap((r) =>
        (JSON.parse(r.body) as { events: Array<{ type: string }> }).events.map((e) => e.type),
      );
      expect(types).toEqual(['accountUpdated', 'accountDeleted']);
    },
  );

  it('a failed delivery is retried with backoff, the same event ids each time, fresh nonces', async () => {
    receiver.queue(
      (_req, res) => json(res, { oops: true }, 500),
      (_req, _res, raw) => {
        raw.socket.destroy();
      },
    );
    const mark = world.emulator.webhooks.deliveries.length;
    await world.server().accounts.setAccountInfo({ UID: GRACE.UID, profile: { city: 'NYC' } });
    await world.emulator.webhooks.idle();
    const attempts = world.emulator.webhooks.deliveries.slice(mark);
    expect(attempts.map((a) => a.status)).toEqual(['retrying', 'retrying', 'delivered']);
    expect(attempts[0]).toMatchObject({ httpStatus: 500, error: 'HTTP 500' });
    expect(attempts[1]!.error).toMatch(/^(ECONNRESET|UND_ERR_SOCKET|network error)$/);
    expect(new Set(attempts.map((a) => a.eventIds.join())).size).toBe(1);
    expect(new Set(attempts.map((a) => a.nonce)).size).toBe(3);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(15);
  });
});

describe('verifyWebhook refuses what is not a fresh, genuine notification', () => {
  async function oneNotification(): Promise<RecordedRequest> {
    await world.server().accounts.setAccountInfo({ UID: GRACE.UID, profile: { city: 'Boston' } });
    await world.emulator.webhooks.idle();
    return receiver.requests.at(-1)!;
  }

  it('a replayed notification (same nonce) is refused the second time', async () => {
    const request = await oneNotification();
    const nonces = createNonceCache();
    const input = { body: request.body, headers: request.headers };
    await verifyWebhook(input, { secret: SECRET, nonces });
    expect(await problemOf(verifyWebhook(input, { secret: SECRET, nonces }))).toBe('replayed');
  });

  it('a tampered body, a wrong secret, a missing signature, a parsed body and a stale one are refused', async () => {
    const request = await oneNotification();
    const tampered = request.body.replace(GRACE.UID, 'someone-else');
    expect(await problemOf(verifyWebhook({ body: tampered, headers: request.headers }, { secret: SECRET }))).toBe(
      'bad-signature',
    );
    const wrongSecret = Buffer.from('not the secret').toString('base64');
    expect(
      await problemOf(verifyWebhook({ body: request.body, headers: request.headers }, { secret: wrongSecret })),
    ).toBe('bad-signature');
    expect(await problemOf(verifyWebhook({ body: request.body, headers: {} }, { secret: SECRET }))).toBe(
      'missing-signature',
    );
    expect(
      await problemOf(
        verifyWebhook({ body: JSON.parse(request.body) as string, headers: request.headers }, { secret: SECRET }),
      ),
    ).toBe('body-not-raw');
    expect(
      await problemOf(
        verifyWebhook(
          { body: request.body, headers: request.headers },
          { secret: SECRET, now: Date.now() + 3_600_000 },
        ),
      ),
    ).toBe('stale');
    // The JWT form alone, with the site keys fetched through the client: a tampered body fails it too.
    const jwtOnly = { 'x-gigya-sig-jwt': String(request.headers['x-gigya-sig-jwt']) };
    expect(
      await problemOf(verifyWebhook({ body: tampered, headers: jwtOnly }, { apiKey: API_KEY, client: world.server() })),
    ).toBe('bad-signature');
    const ok = await verifyWebhook(
      { body: request.body, headers: jwtOnly },
      { apiKey: API_KEY, client: world.server() },
    );
    expect(ok.verifiedWith).toEqual(['jwt']);
  });
});
