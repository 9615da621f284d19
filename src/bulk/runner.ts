/**
 * The bulk runner: many calls at a concurrency that follows Gigya's rate limit, retrying only what
 * the catalog says may be repeated, recording what failed instead of stopping, resumable from a
 * checkpoint. It knows no method: what it may repeat comes from the method's descriptor.
 */
import { GigyaApiError, GigyaConfigError, GigyaError, isTransportError } from '../errors.js';
import { apiErrorIsRetryable, transportErrorIsRetryable } from '../call/retry.js';
import { getTrace, type RetryClass } from '../runtime.js';
import { type BulkCheckpoint, type CheckpointState, fileCheckpoint } from './checkpoint.js';

/** Gigya's "API rate limit exceeded". */
const RATE_LIMITED = 403048;

export interface BulkTaskContext {
  /** The item's key in the checkpoint. */
  readonly key: string;
  /** 1 on the first run of the item in this job, 2 on its first retry, … */
  readonly attempt: number;
  /** Aborted when the job is: pass it to the call (`{ signal }`). */
  readonly signal: AbortSignal;
}

/** What the catalog says about repeating the calls: the bound method, its descriptor, or the fact itself. */
export type BulkMethod =
  | { readonly descriptor: { readonly name: string; readonly safeToRepeat: boolean } }
  | { readonly name?: string; readonly safeToRepeat: boolean };

export interface BulkProgress {
  /** Finished in this run. */
  readonly done: number;
  readonly failed: number;
  /** Done in an earlier run, found in the checkpoint. */
  readonly skipped: number;
  /** Every item, when known (`total` option, or once the items ran out). */
  readonly total: number | undefined;
  readonly inFlight: number;
  /** The concurrency in force, after rate limits. */
  readonly concurrency: number;
  /** Items finished per second over the last ten seconds. */
  readonly rate: number;
  /** Time left at that rate, when the total is known and the rate is not zero. */
  readonly etaMs: number | undefined;
  readonly elapsedMs: number;
  /** 403048 answers seen, including those the client retried itself. */
  readonly rateLimited: number;
  /** True on the last report of the job. */
  readonly final: boolean;
}

export interface BulkFailure<T> {
  readonly item: T;
  readonly key: string;
  /** The typed error the item ended with (`GigyaApiError`, `GigyaTimeoutError`, …, or `GigyaInDoubtError`). */
  readonly error: unknown;
  readonly attempts: number;
  /**
   * The call may have been carried out (a transport failure of a method that is not safe to
   * repeat): check before running the item again.
   */
  readonly inDoubt: boolean;
}

export interface BulkReport<T> {
  readonly done: number;
  readonly failed: number;
  readonly skipped: number;
  readonly total: number;
  /** Failed items with their errors (at most `maxFailuresKept`; `onFailure` sees every one). */
  readonly failures: readonly BulkFailure<T>[];
  readonly aborted: boolean;
  /**
   * Calls in flight when the job was aborted: neither done nor failed (in doubt in the checkpoint when not safe to
   * repeat).
   */
  readonly interrupted: number;
  readonly elapsedMs: number;
  readonly rateLimited: number;
  /** Lowest concurrency the rate limit drove the job to. */
  readonly lowestConcurrency: number;
}

/** An item an earlier run started (or lost in transit) and never finished: what to do with it. */
export type InDoubtDecision = 'done' | 'run' | 'failed';

export interface BulkOptions<T, R> {
  /** Calls at once at the start, and the most the job grows back to. Default 8. */
  readonly concurrency?: number;
  /** What may be repeated (see `BulkMethod`). Without it, no item is ever sent twice. */
  readonly method?: BulkMethod;
  /** The item's key in the checkpoint. Default: its position in `items` (the same input, in the same order). */
  readonly key?: (item: T, index: number) => string;
  /** Number of items, for the ETA (an array's length by default). */
  readonly total?: number;
  /** A checkpoint file path, or a checkpoint of your own. */
  readonly checkpoint?: string | BulkCheckpoint;
  /**
   * Items an earlier run started but did not finish, for a method that is not safe to repeat: say
   * whether they took effect (`done`), may run again (`run`) or need a person (`failed`). Without it,
   * they fail with `GigyaInDoubtError`, never sent again.
   */
  readonly resolveInDoubt?: (item: T, key: string) => InDoubtDecision | Promise<InDoubtDecision>;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: BulkProgress) => void;
  /** How often `onProgress` runs, at most. Default 1000 ms. */
  readonly progressIntervalMs?: number;
  readonly onResult?: (item: T, result: R, key: string) => void;
  readonly onFailure?: (failure: BulkFailure<T>) => void;
  /** Runs of one item, the first included, for failures that may be repeated. Default 6. */
  readonly maxAttempts?: number;
  /** First pause before an item is run again after a rate limit, doubling per attempt. Default 1000 ms. */
  readonly retryDelayMs?: number;
  /** Failures kept in the report. Default 10 000. */
  readonly maxFailuresKept?: number;
  /** For tests: the clock (ms). */
  readonly now?: () => number;
}

/** An item that an earlier run may have carried out: not sent again without a decision. */
export class GigyaInDoubtError extends GigyaError {
  static override readonly kind: string = 'GigyaInDoubtError';
  readonly key: string;
  constructor(key: string, method: string | undefined) {
    super(
      `Item ${key} was started by an earlier run that stopped before it was recorded as ` +
        `done; ${method ?? 'the call'} is not safe to repeat, so it was not sent again. Check whether it took ` +
        `effect, then run it by hand if not.`,
      { method },
    );
    this.key = key;
  }
}

interface Pending<T> {
  readonly item: T;
  readonly key: string;
  attempts: number;
  /** Not before this time (ms), after a rate limit. */
  notBefore: number;
}

const RATE_WINDOW_MS = 10_000;

/**
 * Runs `task` for every item. Concurrency starts at `concurrency`, is halved when Gigya answers
 * 403048 (also when the client's own retry got past it) and grows back by one after twice the
 * concurrency in successes in a row. A failure is retried only when the catalog says so: rate limits
 * and transient codes for any method, transport failures only for methods safe to repeat. Other
 * failures are recorded with their typed error and the job goes on.
 *
 * @example
 * const report = await runBulk(accounts, (a, { signal }) =>
 *   client.accounts.setAccountInfo({ UID: a.UID, data: { migrated: true } }, { signal }),
 *   { method: client.accounts.setAccountInfo, key: (a) => a.UID, checkpoint: 'fix.checkpoint', concurrency: 16 });
 */
export async function runBulk<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  task: (item: T, context: BulkTaskContext) => Promise<R>,
  options: BulkOptions<T, R> = {},
): Promise<BulkReport<T>> {
  const now = options.now ?? Date.now;
  const maxConcurrency = positive(options.concurrency ?? 8, 'concurrency');
  const maxAttempts = positive(options.maxAttempts ?? 6, 'maxAttempts');
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const interval = options.progressIntervalMs ?? 1000;
  const maxKept = options.maxFailuresKept ?? 10_000;
  const method = options.method === undefined ? undefined : describe(options.method);
  const safe = method?.safeToRepeat ?? false;
  const keyOf = options.key ?? ((_: T, i: number) => String(i));
  const knownTotal = options.total ?? (Array.isArray(items) ? items.length : undefined);
  const checkpoint = typeof options.checkpoint === 'string' ? fileCheckpoint(options.checkpoint) : options.checkpoint;
  const earlier: ReadonlyMap<string, CheckpointState> = checkpoint ? await checkpoint.load() : new Map();

  const controller = new AbortController();
  const onAbort = (): void => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) onAbort();
  else options.signal?.addEventListener('abort', onAbort, { once: true });

  const started = now();
  let limit = maxConcurrency;
  let lowest = limit;
  let streak = 0;
  let startSeq = 0;
  let lastCut = -1;
  let done = 0;
  let failed = 0;
  let skipped = 0;
  let seen = 0;
  let rateLimited = 0;
  let interrupted = 0;
  let exhausted = false;
  const finishedAt: number[] = [];
  const failures: BulkFailure<T>[] = [];
  const retries: Pending<T>[] = [];
  const running = new Set<Promise<void>>();
  let lastReport = Number.NEGATIVE_INFINITY;
  const aborted = new Promise<void>((resolve) => {
    if (controller.signal.aborted) resolve();
    else controller.signal.addEventListener('abort', () => resolve(), { once: true });
  });

  const progress = (final: boolean): BulkProgress => {
    const t = now();
    while (finishedAt.length > 0 && (finishedAt[0] as number) < t - RATE_WINDOW_MS) finishedAt.shift();
    const window = Math.min(RATE_WINDOW_MS, Math.max(t - started, 1));
    const rate = (finishedAt.length * 1000) / window;
    const total = knownTotal ?? (exhausted ? seen : undefined);
    const left = total === undefined ? undefined : Math.max(0, total - done - failed - skipped);
    return {
      done,
      failed,
      skipped,
      total,
      inFlight: running.size,
      concurrency: limit,
      rate,
      etaMs: left === undefined ? undefined : left === 0 ? 0 : rate > 0 ? (left / rate) * 1000 : undefined,
      elapsedMs: t - started,
      rateLimited,
      final,
    };
  };
  const report = (force = false): void => {
    if (!options.onProgress) return;
    const t = now();
    if (!force && t - lastReport < interval) return;
    lastReport = t;
    options.onProgress(progress(false));
  };

  const fail = async (p: Pending<T>, error: unknown, inDoubt: boolean): Promise<void> => {
    await checkpoint?.record({
      key: p.key,
      state: inDoubt ? 'in-doubt' : 'failed',
      ...(error instanceof GigyaApiError ? { code: error.errorCode } : {}),
    });
    failed++;
    finishedAt.push(now());
    const failure: BulkFailure<T> = { item: p.item, key: p.key, error, attempts: p.attempts, inDoubt };
    if (failures.length < maxKept) failures.push(failure);
    options.onFailure?.(failure);
  };

  const sawRateLimit = (seq: number): void => {
    rateLimited++;
    streak = 0;
    // One cut per window of calls: those started before the last cut saw the old concurrency.
    if (seq <= lastCut) return;
    limit = Math.max(1, Math.floor(limit / 2));
    lowest = Math.min(lowest, limit);
    lastCut = startSeq;
  };

  const runOne = async (p: Pending<T>): Promise<void> => {
    const seq = ++startSeq;
    p.attempts++;
    await checkpoint?.record({ key: p.key, state: 'started' });
    let result: R;
    try {
      result = await task(p.item, { key: p.key, attempt: p.attempts, signal: controller.signal });
    } catch (error) {
      const limited = countRateLimits(error);
      for (let i = 0; i < limited; i++) sawRateLimit(seq);
      if (controller.signal.aborted) {
        // Stopped by the caller: neither done nor failed. A safe item simply runs again next time;
        // another may have gone out, so the checkpoint marks it for a look on resume.
        if (!safe) await checkpoint?.record({ key: p.key, state: 'in-doubt' });
        interrupted++;
        return;
      }
      const verdict = judge(error, safe);
      if (verdict.retry && p.attempts < maxAttempts) {
        const backoff = verdict.rateLimit ? retryDelayMs * 2 ** (p.attempts - 1) : retryDelayMs / 4;
        p.notBefore = now() + backoff / 2 + (Math.random() * backoff) / 2;
        retries.push(p);
        return;
      }
      await fail(p, error, verdict.inDoubt);
      return;
    }
    const limited = countRateLimits(result);
    for (let i = 0; i < limited; i++) sawRateLimit(seq);
    if (limited === 0 && ++streak >= 2 * limit && limit < maxConcurrency) {
      limit++;
      streak = 0;
    }
    await checkpoint?.record({ key: p.key, state: 'done' });
    done++;
    finishedAt.push(now());
    options.onResult?.(p.item, result, p.key);
  };

  const source = (items as AsyncIterable<T>)[Symbol.asyncIterator]
    ? (items as AsyncIterable<T>)[Symbol.asyncIterator]()
    : toAsync((items as Iterable<T>)[Symbol.iterator]());

  /** The next item to run: a due retry first, then a new item; undefined when none is ready now. */
  const next = async (): Promise<Pending<T> | 'wait' | undefined> => {
    const t = now();
    const due = retries.findIndex((r) => r.notBefore <= t);
    if (due >= 0) return retries.splice(due, 1)[0];
    while (!exhausted) {
      const n = await source.next();
      if (n.done) {
        exhausted = true;
        break;
      }
      const index = seen++;
      const key = keyOf(n.value, index);
      const state = earlier.get(key);
      if (state === 'done') {
        skipped++;
        continue;
      }
      const p: Pending<T> = { item: n.value, key, attempts: 0, notBefore: 0 };
      if ((state === 'started' || state === 'in-doubt') && !safe) {
        const decision = options.resolveInDoubt ? await options.resolveInDoubt(n.value, key) : 'failed';
        if (decision === 'done') {
          await checkpoint?.record({ key, state: 'done' });
          skipped++;
          continue;
        }
        if (decision === 'failed') {
          await fail(p, new GigyaInDoubtError(key, method?.name), true);
          continue;
        }
      }
      return p;
    }
    return retries.length > 0 || running.size > 0 ? 'wait' : undefined;
  };

  // An error of the job itself (the items' source, the checkpoint, resolveInDoubt) stops it: the
  // calls in flight are let finish and recorded before it is thrown.
  let jobError: { error: unknown } | undefined;
  try {
    for (;;) {
      if (controller.signal.aborted || jobError) break;
      if (running.size >= limit) {
        await Promise.race(running);
        report();
        continue;
      }
      let p: Awaited<ReturnType<typeof next>>;
      try {
        p = await next();
      } catch (error) {
        jobError = { error };
        break;
      }
      if (p === undefined) break;
      if (p === 'wait') {
        const soonest = Math.min(...retries.map((r) => r.notBefore));
        const pause = Number.isFinite(soonest) ? Math.max(0, soonest - now()) : undefined;
        const timer = pause === undefined ? undefined : sleep(pause);
        await Promise.race([...running, aborted, ...(timer ? [timer.done] : [])]);
        timer?.cancel();
        report();
        continue;
      }
      const run = runOne(p)
        .catch((error: unknown) => {
          jobError ??= { error };
        })
        .finally(() => running.delete(run));
      running.add(run);
      report();
    }
    await Promise.all(running);
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await source.return?.();
    await checkpoint?.close?.();
  }
  if (jobError) throw jobError.error;
  // Items left waiting for a retry when the job was stopped are neither done nor failed.
  const last = { ...progress(true), final: true };
  options.onProgress?.(last);
  return {
    done,
    failed,
    skipped,
    total: knownTotal ?? seen,
    failures,
    aborted: controller.signal.aborted,
    interrupted,
    elapsedMs: last.elapsedMs,
    rateLimited,
    lowestConcurrency: lowest,
  };
}

function describe(method: BulkMethod): { name: string | undefined; safeToRepeat: boolean } {
  const facts = 'descriptor' in method ? method.descriptor : method;
  if (typeof facts.safeToRepeat !== 'boolean')
    throw new GigyaConfigError('runBulk: method must be a bound method, its descriptor, or { safeToRepeat }.');
  return { name: facts.name, safeToRepeat: facts.safeToRepeat };
}

function positive(n: number, name: string): number {
  if (!Number.isSafeInteger(n) || n < 1)
    throw new GigyaConfigError(`runBulk: ${name} must be a whole number ≥ 1, got ${n}.`);
  return n;
}

/** 403048 answers behind a result or an error: the attempts in its trace, or the error itself. */
function countRateLimits(value: unknown): number {
  const attempts = getTrace(value)?.attempts;
  if (attempts !== undefined) return attempts.filter((a) => a.errorCode === RATE_LIMITED).length;
  return value instanceof GigyaApiError && value.errorCode === RATE_LIMITED ? 1 : 0;
}

/** Whether a failed item may run again, by the catalog's rules, and whether it may have taken effect. */
function judge(error: unknown, safe: boolean): { retry: boolean; rateLimit: boolean; inDoubt: boolean } {
  if (error instanceof GigyaApiError) {
    // An answer with an error code: Gigya did not carry the call out.
    const retry: RetryClass = error.info?.retry ?? (error.errorCode === RATE_LIMITED ? 'rate-limit' : 'none');
    // The client repaired clock, nonce and data center once already; another run would not help.
    const repeatable = retry === 'rate-limit' || retry === 'transient' || (retry === 'transient-if-safe' && safe);
    return { retry: repeatable && apiErrorIsRetryable(retry, safe), rateLimit: retry === 'rate-limit', inDoubt: false };
  }
  if (isTransportError(error)) {
    const retry = transportErrorIsRetryable(error, safe);
    // A request that never left (a refused connection) did nothing, whatever the method.
    return { retry, rateLimit: false, inDoubt: !safe && !retry };
  }
  // The caller's own code threw, or a config error: nothing tells whether a call went out.
  return { retry: false, rateLimit: false, inDoubt: !safe && !(error instanceof GigyaConfigError) };
}

async function* toAsync<T>(iterator: Iterator<T>): AsyncGenerator<T> {
  for (let n = iterator.next(); !n.done; n = iterator.next()) yield n.value;
}

/** A pause that can be called off, so a finished job leaves no timer behind. */
function sleep(ms: number): { done: Promise<void>; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const done = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return { done, cancel: () => clearTimeout(timer) };
}
