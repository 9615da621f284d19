import type { RetryClass } from './runtime.js';
import { GigyaConfigError, GigyaConnectionError, GigyaResponseError, GigyaTimeoutError } from './errors.js';
import type { RetryOptions } from './options.js';

export interface RetryPolicy {
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly rateLimitDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = Object.freeze({
  maxRetries: 2,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  rateLimitDelayMs: 2_000,
});

export function resolveRetryPolicy(options: RetryOptions | undefined, maxRetries: number | undefined): RetryPolicy {
  const policy = {
    maxRetries: maxRetries ?? options?.maxRetries ?? DEFAULT_RETRY.maxRetries,
    baseDelayMs: options?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
    maxDelayMs: options?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
    rateLimitDelayMs: options?.rateLimitDelayMs ?? DEFAULT_RETRY.rateLimitDelayMs,
  };
  for (const [key, value] of Object.entries(policy)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new GigyaConfigError(`Retry option ${key} must be a non-negative integer (milliseconds, or a count for maxRetries), got ${String(value)}.`);
    }
  }
  return policy;
}

/**
 * Full jitter over an exponentially growing, capped window (AWS "full jitter"): spreads retries of
 * many clients so they do not hit Gigya in lock-step after a shared failure.
 */
export function backoffDelay(retryIndex: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const window = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retryIndex);
  return Math.round(random() * window);
}

/**
 * Rate limiting (403048) asks for a real pause: at least half the rate-limit delay, growing per retry,
 * never below the first delay even when `maxDelayMs` is smaller.
 */
export function rateLimitDelay(retryIndex: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const window = Math.max(policy.rateLimitDelayMs, Math.min(policy.maxDelayMs, policy.rateLimitDelayMs * 2 ** retryIndex));
  return Math.round(window / 2 + (random() * window) / 2);
}

/** Classes retried at most once per call, whatever `maxRetries` says: they fix a cause, not a fluke. */
export const ONCE_PER_CALL: ReadonlySet<RetryClass> = new Set<RetryClass>(['clock-skew', 'new-nonce', 'redirect']);

/** Whether an API error class may be retried for this method, given the retries left. */
export function apiErrorIsRetryable(retry: RetryClass, safeToRepeat: boolean): boolean {
  switch (retry) {
    case 'transient':
    case 'rate-limit':
    case 'clock-skew':
    case 'redirect':
      return true;
    // Nonces are unique per attempt, so 403004 means a copy of this very request reached Gigya
    // first (a replaying proxy or network): that copy may have been carried out.
    case 'new-nonce':
    case 'transient-if-safe':
      return safeToRepeat;
    case 'none':
      return false;
  }
}

/** Connection failures that prove the request never reached the server, so any method may repeat it. */
const NEVER_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'UND_ERR_CONNECT_TIMEOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * Transport failures are retried only for methods the catalog marks safe to repeat: a timeout or a
 * reset after sending may mean Gigya already acted on the request.
 */
export function transportErrorIsRetryable(error: unknown, safeToRepeat: boolean): boolean {
  if (error instanceof GigyaConnectionError) return safeToRepeat || (error.code !== undefined && NEVER_SENT_CODES.has(error.code));
  if (error instanceof GigyaTimeoutError) return safeToRepeat;
  if (error instanceof GigyaResponseError) {
    if (!safeToRepeat) return false;
    if (error.problem === 'too-large') return false;
    if (error.problem === 'http-status') return error.httpStatus === undefined || error.httpStatus >= 500 || error.httpStatus === 429 || error.httpStatus === 408;
    return true;
  }
  return false;
}
