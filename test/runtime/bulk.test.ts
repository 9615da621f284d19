/**
 * runBulk without a server: concurrency halved on 403048 and grown back, retries only where the
 * catalog allows them, failures recorded with their typed errors, in-doubt items never sent twice,
 * checkpoints (memory and file) resumed, progress and abort.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fileCheckpoint,
  GigyaApiError,
  GigyaConnectionError,
  GigyaInDoubtError,
  GigyaTimeoutError,
  lookupErrorCode,
  memoryCheckpoint,
  runBulk,
  type BulkProgress,
} from '../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'gigya-bulk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function apiError(code: number): GigyaApiError<number> {
  return new GigyaApiError({ errorCode: code, errorMessage: `error ${code}`, info: lookupErrorCode(code) });
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const UNSAFE = { name: 'accounts.importFullAccount', safeToRepeat: false } as const;
const SAFE = { name: 'accounts.setAccountInfo', safeToRepeat: true } as const;
const range = (n: number) => [...Array(n).keys()];

describe('runBulk', () => {
  it('halves the concurrency on 403048 and grows it back slowly', async () => {
    let inFlight = 0;
    const observed: number[] = [];
    const limits: number[] = [];
    const report = await runBulk(
      range(400),
      async (i, { attempt }) => {
        inFlight++;
        observed.push(inFlight);
        await tick();
        inFlight--;
        // A burst of rate limits early on, within one window of calls, none later.
        if (i >= 40 && i < 48 && attempt === 1) throw apiError(403048);
        return i;
      },
      {
        concurrency: 16,
        method: UNSAFE,
        retryDelayMs: 1,
        progressIntervalMs: 0,
        onProgress: (p) => void limits.push(p.concurrency),
      },
    );
    expect(report.done).toBe(400);
    expect(report.failed).toBe(0);
    expect(report.rateLimited).toBeGreaterThan(0);
    // One burst within one window of calls cuts once, to half.
    expect(report.lowestConcurrency).toBe(8);
    expect(Math.max(...observed.slice(0, 40))).toBe(16);
    // The limit went 16 → 8, then back up one step at a time: never a jump.
    const distinct = limits.filter((l, i) => i === 0 || l !== limits[i - 1]);
    expect(distinct).toEqual([16, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(Math.max(...observed.slice(-60))).toBe(16);
  });

  it('retries by the catalog: rate limits for any method, transport failures only when safe to repeat', async () => {
    const runs = new Map<string, number>();
    const count = (k: string) => runs.set(k, (runs.get(k) ?? 0) + 1);
    const failOnce = (safeToRepeat: boolean) =>
      runBulk(
        ['limited', 'timeout', 'reset', 'refused', 'invalid'],
        async (item) => {
          count(`${safeToRepeat}:${item}`);
          if ((runs.get(`${safeToRepeat}:${item}`) ?? 0) > 1) return item;
          if (item === 'limited') throw apiError(403048);
          if (item === 'timeout') throw new GigyaTimeoutError('timed out', 10);
          if (item === 'reset') throw new GigyaConnectionError('reset', 'ECONNRESET');
          if (item === 'refused') throw new GigyaConnectionError('refused', 'ECONNREFUSED');
          throw apiError(400006);
        },
        { method: { safeToRepeat }, retryDelayMs: 1, key: (item) => item },
      );
    const unsafe = await failOnce(false);
    expect(Object.fromEntries([...runs].filter(([k]) => k.startsWith('false')))).toEqual({
      'false:limited': 2,
      'false:timeout': 1,
      'false:reset': 1,
      'false:refused': 2,
      'false:invalid': 1,
    });
    expect(unsafe.done).toBe(2);
    expect(unsafe.failures.map((f) => [f.key, f.inDoubt, (f.error as Error).name])).toEqual([
      ['timeout', true, 'GigyaTimeoutError'],
      ['reset', true, 'GigyaConnectionError'],
      ['invalid', false, 'GigyaApiError'],
    ]);
    const safe = await failOnce(true);
    expect(safe.done).toBe(4);
    expect(safe.failures.map((f) => f.key)).toEqual(['invalid']);
    expect(runs.get('true:timeout')).toBe(2);
  });

  it('gives up on an item after maxAttempts and keeps going', async () => {
    const report = await runBulk(range(5), async (i) => (i === 2 ? Promise.reject(apiError(403048)) : i), {
      method: UNSAFE,
      maxAttempts: 3,
      retryDelayMs: 1,
    });
    expect(report.done).toBe(4);
    expect(report.failures).toMatchObject([{ key: '2', attempts: 3, inDoubt: false }]);
    expect((report.failures[0]!.error as GigyaApiError).errorCode).toBe(403048);
  });

  it('resumes from a checkpoint: done items skipped, in-doubt ones resolved and never sent blindly', async () => {
    const checkpoint = memoryCheckpoint([
      { key: 'a', state: 'done' },
      { key: 'b', state: 'started' },
      { key: 'c', state: 'in-doubt' },
      { key: 'd', state: 'failed', code: 400006 },
      { key: 'e', state: 'started' },
    ]);
    const sent: string[] = [];
    const report = await runBulk(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      async (item) => {
        sent.push(item);
        return item;
      },
      {
        method: UNSAFE,
        key: (x) => x,
        checkpoint,
        resolveInDoubt: (item) => (item === 'b' ? 'done' : item === 'c' ? 'run' : 'failed'),
      },
    );
    expect(sent).toEqual(['c', 'd', 'f']);
    expect(report).toMatchObject({ done: 3, skipped: 2, failed: 1, total: 6 });
    expect(report.failures[0]!.error).toBeInstanceOf(GigyaInDoubtError);
    expect((report.failures[0]!.error as Error).message).toMatch(/not safe to repeat, so it was not sent again/);

    // Without a resolver, an in-doubt item of an unsafe method fails; of a safe method it runs again.
    const again = memoryCheckpoint([{ key: '0', state: 'started' }]);
    expect((await runBulk([1], async (x) => x, { method: UNSAFE, checkpoint: again })).failed).toBe(1);
    const safe = memoryCheckpoint([{ key: '0', state: 'started' }]);
    expect((await runBulk([1], async (x) => x, { method: SAFE, checkpoint: safe })).done).toBe(1);
  });

  it('keeps a file checkpoint that survives a torn last line and refuses another job’s', async () => {
    const path = join(dir, 'job.checkpoint');
    const first = await runBulk(range(10), async (i) => (i === 7 ? Promise.reject(apiError(400006)) : i), {
      method: UNSAFE,
      checkpoint: fileCheckpoint(path, { job: 'test job' }),
    });
    expect(first).toMatchObject({ done: 9, failed: 1 });
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0]!)).toEqual({ job: 'test job' });
    expect(lines.filter((l) => l.includes('"done"'))).toHaveLength(9);
    // A kill in the middle of a write leaves half a line.
    writeFileSync(path, `${readFileSync(path, 'utf8')}{"k":"3","s":"st`);
    const sent: number[] = [];
    const second = await runBulk(
      range(12),
      async (i) => {
        sent.push(i);
        return i;
      },
      { method: UNSAFE, checkpoint: fileCheckpoint(path, { job: 'test job' }) },
    );
    // The failed item (Gigya answered, nothing applied) runs again, then the new ones.
    expect(sent).toEqual([7, 10, 11]);
    expect(second).toMatchObject({ done: 3, skipped: 9, failed: 0 });
    await expect(
      runBulk([1], async (x) => x, { checkpoint: fileCheckpoint(path, { job: 'another job' }) }),
    ).rejects.toThrow(/checkpoint of another job \(test job\)/);
  });

  it('reports progress with rate and ETA, and a final report', async () => {
    let t = 0;
    const seen: BulkProgress[] = [];
    await runBulk(
      range(20),
      async (i) => {
        t += 100;
        return i;
      },
      { concurrency: 1, total: 20, now: () => t, onProgress: (p) => seen.push(p), progressIntervalMs: 500 },
    );
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ done: 20, failed: 0, total: 20, final: true, etaMs: 0, inFlight: 0 });
    const middle = seen.find((p) => p.done >= 5 && !p.final)!;
    expect(middle.rate).toBeCloseTo(10, 0);
    expect(middle.etaMs).toBeCloseTo(((20 - middle.done) / middle.rate) * 1000, -1);
    expect(seen.length).toBeLessThan(10);
  });

  it('lets the calls in flight finish and be recorded when the items’ source fails, then throws', async () => {
    async function* items() {
      yield* [1, 2, 3];
      throw new Error('the source broke');
    }
    const checkpoint = memoryCheckpoint();
    let finished = 0;
    await expect(
      runBulk(
        items(),
        async (i) => {
          await tick();
          await tick();
          finished++;
          return i;
        },
        { checkpoint, method: UNSAFE },
      ),
    ).rejects.toThrow('the source broke');
    expect(finished).toBe(3);
    expect(checkpoint.entries.filter((e) => e.state === 'done')).toHaveLength(3);
  });

  it('stops starting items when the signal aborts, and reads the items lazily', async () => {
    const controller = new AbortController();
    let pulled = 0;
    async function* items() {
      for (let i = 0; i < 1_000_000; i++) {
        pulled++;
        yield i;
      }
    }
    const report = await runBulk(
      items(),
      async (i, { signal }) => {
        if (i === 30) controller.abort();
        await tick();
        signal.throwIfAborted();
        return i;
      },
      { concurrency: 4, method: SAFE, signal: controller.signal },
    );
    expect(report.aborted).toBe(true);
    expect(report.interrupted).toBeGreaterThan(0);
    expect(pulled).toBeLessThan(40);
    expect(report.done + report.failed).toBeLessThan(40);
    expect(report.failed).toBe(0);
  });
});
