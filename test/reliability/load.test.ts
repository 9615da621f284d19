/**
 * Reliability suite (b): 10,000 calls at concurrency 100 against the emulator. Every call carries a
 * `context` of its own, which the emulator echoes; each must come back to the call that sent it,
 * every nonce the emulator saw must be distinct, and no call may be lost. Reads and writes, JSON and
 * XML, alternate on one connection pool.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, getTrace, type GigyaClient } from '../../src/index.js';
import { startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { API_KEY, SECRET, e2eFixture } from '../e2e/helpers.js';

const CALLS = 10_000;
const CONCURRENCY = 100;

let emu: EmulatorHandle;
let client: GigyaClient;
beforeAll(async () => {
  emu = await startEmulator({ fixture: e2eFixture(), maxRecordedRequests: CALLS * 2 });
  client = createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: emu.url, maxRetries: 0 });
});
afterAll(async () => {
  await client.close();
  await emu.close();
});

/** One call; what it sent and what came back. */
async function oneCall(i: number): Promise<{ sent: string; echoed: unknown; attempts: number }> {
  const context = `call-${i}-${(i * 2654435761) % 4294967296}`;
  const format = i % 3 === 0 ? 'xml' : 'json';
  const options = { format, extraParams: { context } } as const;
  const res =
    i % 2 === 0
      ? await client.socialize.getUserInfo({ uid: 'alice' }, options)
      : await client.socialize.setStatus({ uid: 'alice', status: `status ${i}` }, options);
  return {
    sent: context,
    echoed: (res as unknown as Record<string, unknown>)['context'],
    attempts: getTrace(res)!.attempts.length,
  };
}

describe('load', () => {
  it(`${CALLS} calls at concurrency ${CONCURRENCY}: every context back to its call, nonces distinct, none lost`, {
    timeout: 60_000,
  }, async () => {
    const results: Array<Awaited<ReturnType<typeof oneCall>>> = [];
    let next = 0;
    const failures: unknown[] = [];
    const worker = async (): Promise<void> => {
      for (let i = next++; i < CALLS; i = next++) {
        try {
          results[i] = await oneCall(i);
        } catch (error) {
          failures.push(error);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    expect(failures).toEqual([]);
    expect(results.filter(Boolean)).toHaveLength(CALLS);
    const misattributed = results.filter((r) => r.echoed !== r.sent);
    expect(misattributed).toEqual([]);
    expect(results.every((r) => r.attempts === 1)).toBe(true);

    const seen = emu.requests.filter((r) => r.method === 'socialize.getUserInfo' || r.method === 'socialize.setStatus');
    expect(seen).toHaveLength(CALLS);
    expect(seen.every((r) => r.errorCode === 0)).toBe(true);
    expect(new Set(seen.map((r) => r.nonce)).size).toBe(CALLS);
    expect(new Set(seen.map((r) => r.params['context'])).size).toBe(CALLS);
  });
});
