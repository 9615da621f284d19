/**
 * Webhooks configured through the API (accounts.webhooks.set / getAll / delete / getStatus): the
 * emulator delivers to them, signed with the partner secret or the signing user key's, with the
 * custom headers; getStatus reports the last delivery; a reset forgets them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyWebhook } from '../../../src/index.js';
import { startTestServer, type TestServer } from '../../helpers/http-server.js';
import { USER_KEY, USER_SECRET } from '../helpers.js';
import { expectCode, expectRefused, failureOf, GRACE, SECRET, useAccountsWorld } from './helpers.js';

let receiver: TestServer;
beforeAll(async () => {
  receiver = await startTestServer((_req, res) => {
    res.writeHead(200).end('ok');
  });
});
afterAll(() => receiver.close());
const world = useAccountsWorld({ webhookRetry: { baseDelayMs: 10, maxAttempts: 2, jitter: false } });
beforeEach(() => {
  receiver.requests.length = 0;
});

describe('accounts.webhooks.*', () => {
  it(
    'set → deliveries signed as configured, with its headers; getAll lists it; getStatus reports the last ' +
      'delivery',
    async () => {
      const s = world.server();
      const url = `${receiver.url}/hooks/profile`;
      await s.accounts.webhooks.set({
        name: 'profile-changes',
        url,
        events: 'accountUpdated,accountDeleted',
        active: true,
        version: '2.0',
        signingUserKey: USER_KEY,
        headers: [{ name: 'x-tenant', value: 'acme' }],
      });
      const all = await s.accounts.webhooks.getAll({});
      expect(all['webhooks']).toEqual([
        expect.objectContaining({
          name: 'profile-changes',
          url,
          events: ['accountUpdated', 'accountDeleted'],
          active: true,
        }),
      ]);
      expect((await s.accounts.webhooks.getStatus({ url }))['webhookStatus']).toBeUndefined();

      await s.accounts.setAccountInfo({ UID: GRACE.UID, profile: { city: 'Paris' } });
      await world.browser().accounts.login({ loginID: GRACE.email, password: GRACE.password });
      await world.emulator.webhooks.idle();
      expect(receiver.requests).toHaveLength(1);
      const request = receiver.requests[0]!;
      expect(request.headers['x-tenant']).toBe('acme');
      // Signed with the user key's secret, not the partner secret.
      const notification = await verifyWebhook(
        { body: request.body, headers: request.headers },
        { secret: USER_SECRET },
      );
      expect(notification.events.map((e) => e.type)).toEqual(['accountUpdated']);
      await expect(
        verifyWebhook({ body: request.body, headers: request.headers }, { secret: SECRET }),
      ).rejects.toMatchObject({
        problem: 'bad-signature',
      });
      expect((await s.accounts.webhooks.getStatus({ url }))['webhookStatus']).toMatchObject({
        statusCode: 200,
        message: 'OK',
        lastSent: expect.any(String),
      });

      await s.accounts.webhooks.delete({ name: 'profile-changes' });
      await s.accounts.setAccountInfo({ UID: GRACE.UID, profile: { city: 'Rome' } });
      await world.emulator.webhooks.idle();
      expect(receiver.requests).toHaveLength(1);
      expect((await s.accounts.webhooks.getAll({}))['webhooks']).toEqual([]);
    },
  );

  it('an inactive webhook sends nothing; a reset forgets every configured webhook', async () => {
    const s = world.server();
    await s.accounts.webhooks.set({
      name: 'off',
      url: `${receiver.url}/off`,
      events: 'accountUpdated',
      active: false,
      version: '2.0',
    });
    await s.accounts.setAccountInfo({ UID: GRACE.UID, profile: { city: 'Oslo' } });
    await world.emulator.webhooks.idle();
    expect(receiver.requests).toHaveLength(0);
    world.emulator.reset();
    expect((await s.accounts.webhooks.getAll({}))['webhooks']).toEqual([]);
  });

  it('refuses what Gigya refuses: missing params, bad URLs and events, unknown keys, client calls', async () => {
    const s = world.server();
    const base = {
      name: 'n',
      url: 'https://hooks.example.com/x',
      events: 'accountUpdated',
      active: true,
      version: '2.0',
    };
    await expectRefused(s, (c) => c.accounts.webhooks.set({ ...base, url: undefined } as never), 400002);
    expectCode(await failureOf(s.accounts.webhooks.set({ ...base, url: 'http://hooks.example.com/x' })), 400006);
    expectCode(await failureOf(s.accounts.webhooks.set({ ...base, events: 'accountUpdated,accountExploded' })), 400006);
    expectCode(await failureOf(s.accounts.webhooks.set({ ...base, version: '9' })), 400006);
    expectCode(await failureOf(s.accounts.webhooks.set({ ...base, signingUserKey: 'nope' })), 400006);
    expectCode(
      await failureOf(
        s.accounts.webhooks.set({ ...base, headers: [{ name: 'x-gigya-sig-hmac-sha1', value: 'forged' }] }),
      ),
      400006,
    );
    expectCode(await failureOf(world.browser().accounts.webhooks.getAll({})), 403007);
    expectCode(await failureOf(s.accounts.webhooks.delete({ name: 'never-set' })), 400006);
    expectCode(await failureOf(s.accounts.webhooks.getStatus({ url: 'https://unknown.example.com' })), 400006);
  });
});
