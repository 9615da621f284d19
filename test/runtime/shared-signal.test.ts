/**
 * Issue 12, defect 3: a client-level signal (or one call signal shared by many calls) with more than
 * ten calls in flight must not print Node's MaxListenersExceededWarning: the listeners are removed
 * when each call ends, so the warning would be a false alarm.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/index.js';
import { startTestServer, json, ok, type TestServer } from '../helpers/http-server.js';

let server: TestServer;
beforeAll(async () => {
  // Answers after a short pause, so all calls are in flight together.
  server = await startTestServer((req, res) => void setTimeout(() => json(res, ok({}, req)), 30));
});
afterAll(() => server.close());

async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const onWarning = (warning: Error): void => void seen.push(`${warning.name}: ${warning.message}`);
  process.on('warning', onWarning);
  try {
    await run();
    // Warnings are emitted on the next tick.
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    process.off('warning', onWarning);
  }
  return seen.filter((w) => w.startsWith('MaxListenersExceededWarning'));
}

const credentials = { apiKey: '3_key', secret: Buffer.from('k').toString('base64') };

describe('many calls in flight on one signal', () => {
  it('a client-level signal: no MaxListenersExceededWarning, and an abort still reaches every call', async () => {
    const controller = new AbortController();
    const client = createClient({ ...credentials, baseUrl: server.url, signal: controller.signal });
    try {
      const calls = () =>
        Promise.all(Array.from({ length: 50 }, (_, i) => client.socialize.setStatus({ uid: `u${i}`, status: 's' })));
      expect(await warningsDuring(calls)).toEqual([]);
      const pending = Promise.allSettled(Array.from({ length: 30 }, () => client.socialize.getUserInfo({ uid: 'u' })));
      controller.abort();
      const settled = await pending;
      expect(settled.every((s) => s.status === 'rejected' && (s.reason as Error).name === 'GigyaAbortError')).toBe(
        true,
      );
    } finally {
      await client.close();
    }
  });

  it('one call signal shared by many calls: no warning either', async () => {
    const client = createClient({ ...credentials, baseUrl: server.url });
    const shared = new AbortController();
    try {
      const calls = () =>
        Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            client.socialize.setStatus({ uid: `u${i}`, status: 's' }, { signal: shared.signal }),
          ),
        );
      expect(await warningsDuring(calls)).toEqual([]);
    } finally {
      await client.close();
    }
  });
});
