import { describe, expect, it } from 'vitest';
import { errorCodeInfo } from '../../generated/errors.docs.gen.js';
import type { RetryClass } from '../../src/runtime.js';
import {
  GigyaAbortError,
  GigyaConfigError,
  GigyaConnectionError,
  GigyaResponseError,
  GigyaTimeoutError,
  type ResponseProblem,
} from '../../src/errors.js';
import {
  apiErrorIsRetryable,
  backoffDelay,
  ONCE_PER_CALL,
  rateLimitDelay,
  transportErrorIsRetryable,
} from '../../src/call/retry.js';
import { DEFAULT_RETRY, resolveRetryPolicy, type RetryPolicy } from '../../src/options.js';

const policy: RetryPolicy = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1_000, rateLimitDelayMs: 2_000 };
const lowest = (): number => 0;
const highest = (): number => 0.999999;
const middle = (): number => 0.5;

describe('resolveRetryPolicy', () => {
  it('defaults to 2 retries, 200 ms base, 5 s cap, 2 s after a rate limit', () => {
    expect(resolveRetryPolicy(undefined, undefined)).toEqual({
      maxRetries: 2,
      baseDelayMs: 200,
      maxDelayMs: 5_000,
      rateLimitDelayMs: 2_000,
    });
    expect(DEFAULT_RETRY.maxRetries).toBe(2);
  });

  it('takes the maxRetries shorthand over retry.maxRetries', () => {
    expect(resolveRetryPolicy({ maxRetries: 4, baseDelayMs: 10 }, 1)).toMatchObject({ maxRetries: 1, baseDelayMs: 10 });
    expect(resolveRetryPolicy({ maxRetries: 4 }, undefined).maxRetries).toBe(4);
    expect(resolveRetryPolicy({ maxRetries: 0 }, undefined).maxRetries).toBe(0);
  });

  it('rejects negative, fractional and non-finite values with a config error naming the option', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => resolveRetryPolicy({ baseDelayMs: bad }, undefined)).toThrow(GigyaConfigError);
      expect(() => resolveRetryPolicy(undefined, bad)).toThrow(/maxRetries/);
    }
  });
});

describe('backoffDelay (full jitter, capped)', () => {
  it('grows the window exponentially from baseDelayMs', () => {
    expect([0, 1, 2, 3].map((i) => backoffDelay(i, policy, highest))).toEqual([100, 200, 400, 800]);
  });

  it('never exceeds maxDelayMs, however many retries', () => {
    for (const i of [4, 5, 10, 50, 1000]) expect(backoffDelay(i, policy, highest)).toBe(1_000);
  });

  it('spreads delays from 0 to the window', () => {
    expect(backoffDelay(3, policy, lowest)).toBe(0);
    expect(backoffDelay(3, policy, middle)).toBe(400);
  });
});

describe('rateLimitDelay (403048 waits longer)', () => {
  it('waits at least half of rateLimitDelayMs, and at most all of it, on the first retry', () => {
    expect(rateLimitDelay(0, policy, lowest)).toBe(1_000);
    expect(rateLimitDelay(0, policy, highest)).toBe(2_000);
  });

  it('keeps the rate-limit floor even when maxDelayMs is smaller', () => {
    // maxDelayMs (1 s) caps ordinary backoff; the rate limit still waits 1–2 s.
    for (const i of [0, 1, 5]) {
      expect(rateLimitDelay(i, policy, lowest)).toBeGreaterThanOrEqual(1_000);
      expect(rateLimitDelay(i, policy, highest)).toBeLessThanOrEqual(2_000);
    }
  });

  it('grows up to maxDelayMs when that is larger, and stops there', () => {
    const roomy: RetryPolicy = { ...policy, maxDelayMs: 10_000 };
    expect([0, 1, 2, 3, 9].map((i) => rateLimitDelay(i, roomy, highest))).toEqual([
      2_000, 4_000, 8_000, 10_000, 10_000,
    ]);
    expect(rateLimitDelay(9, roomy, lowest)).toBe(5_000);
  });

  it('is always longer than ordinary backoff for the same retry', () => {
    for (const i of [0, 1, 2, 3])
      expect(rateLimitDelay(i, policy, lowest)).toBeGreaterThan(backoffDelay(i, policy, highest) - 1);
  });
});

describe('apiErrorIsRetryable', () => {
  const cases: Array<[RetryClass, boolean, boolean]> = [
    ['transient', true, true],
    ['rate-limit', true, true],
    ['clock-skew', true, true],
    ['new-nonce', true, false],
    ['redirect', true, true],
    ['transient-if-safe', true, false],
    ['none', false, false],
  ];
  it.each(cases)('%s: safe method %s, unsafe method %s', (retry, safe, unsafe) => {
    expect(apiErrorIsRetryable(retry, true)).toBe(safe);
    expect(apiErrorIsRetryable(retry, false)).toBe(unsafe);
  });

  it('retries fixes (clock, nonce, data center) once per call, outside maxRetries', () => {
    expect([...ONCE_PER_CALL].sort()).toEqual(['clock-skew', 'new-nonce', 'redirect']);
  });

  it('the generated table gives the codes the issue names the right classes', () => {
    const classOf = (code: keyof typeof errorCodeInfo): RetryClass => errorCodeInfo[code].retry;
    expect(classOf(500001)).toBe('transient');
    expect(classOf(504001)).toBe('transient');
    expect(classOf(409030)).toBe('transient');
    expect(classOf(403048)).toBe('rate-limit');
    expect(classOf(403002)).toBe('clock-skew');
    expect(classOf(403004)).toBe('new-nonce');
    expect(classOf(301001)).toBe('redirect');
    expect(classOf(500028)).toBe('transient-if-safe');
    expect(classOf(100001)).toBe('transient-if-safe');
    expect(classOf(403003)).toBe('none');
  });
});

describe('transportErrorIsRetryable', () => {
  const response = (problem: ResponseProblem, httpStatus?: number): GigyaResponseError =>
    new GigyaResponseError('x', { problem, httpStatus });

  it('retries timeouts and broken connections only for methods safe to repeat', () => {
    for (const error of [
      new GigyaTimeoutError('t', 1),
      new GigyaConnectionError('reset', 'ECONNRESET'),
      new GigyaConnectionError('?', undefined),
    ]) {
      expect(transportErrorIsRetryable(error, true)).toBe(true);
      expect(transportErrorIsRetryable(error, false)).toBe(false);
    }
  });

  it('retries any method when the connection failed before anything was sent', () => {
    for (const code of ['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']) {
      expect(transportErrorIsRetryable(new GigyaConnectionError('x', code), false)).toBe(true);
    }
  });

  it('never retries an abort or an answer that will not get smaller', () => {
    expect(transportErrorIsRetryable(new GigyaAbortError('a'), true)).toBe(false);
    expect(transportErrorIsRetryable(response('too-large', 200), true)).toBe(false);
    expect(transportErrorIsRetryable(new GigyaConfigError('c'), true)).toBe(false);
    expect(transportErrorIsRetryable(new Error('plain'), true)).toBe(false);
  });

  it(
    'retries unreadable answers for safe methods: ' + '5xx, 408 and 429 statuses, HTML, truncated, undecodable bodies',
    () => {
      for (const status of [500, 502, 503, 504, 408, 429])
        expect(transportErrorIsRetryable(response('http-status', status), true)).toBe(true);
      for (const status of [400, 401, 403, 404])
        expect(transportErrorIsRetryable(response('http-status', status), true)).toBe(false);
      for (const problem of [
        'html',
        'empty',
        'truncated',
        'invalid-json',
        'invalid-xml',
        'bad-encoding',
        'unexpected-shape',
      ] as const) {
        expect(transportErrorIsRetryable(response(problem, 200), true)).toBe(true);
        expect(transportErrorIsRetryable(response(problem, 200), false)).toBe(false);
      }
    },
  );
});
