/**
 * The retry strategy: whether a call tries again, after how long, and how much of its budget is
 * left. It alone owns the budget; the call loop only asks it after every failed attempt.
 */
import { GigyaConnectionError, GigyaResponseError, GigyaTimeoutError, type GigyaError } from '../errors.js';
import type { RetryPolicy } from '../options.js';
import type { RetryClass } from '../runtime.js';

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
  const window = Math.max(
    policy.rateLimitDelayMs,
    Math.min(policy.maxDelayMs, policy.rateLimitDelayMs * 2 ** retryIndex),
  );
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
const NEVER_SENT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * Transport failures are retried only for methods the catalog marks safe to repeat: a timeout or a
 * reset after sending may mean Gigya already acted on the request.
 */
/**
 * TLS failures that come out the same on every attempt: the certificate is not trusted, expired or
 * for another name. A handshake cut short (EPROTO, a reset) may be a fluke and is not listed.
 */
const CERTIFICATE_FAILURE = new RegExp(
  '^(CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|' +
    'ERR_TLS_CERT_ALTNAME_INVALID$|HOSTNAME_MISMATCH$)',
);

export function transportErrorIsRetryable(error: unknown, safeToRepeat: boolean): boolean {
  if (error instanceof GigyaConnectionError) {
    if (error.code !== undefined && CERTIFICATE_FAILURE.test(error.code)) return false;
    return safeToRepeat || (error.code !== undefined && NEVER_SENT_CODES.has(error.code));
  }
  if (error instanceof GigyaTimeoutError) return safeToRepeat;
  if (error instanceof GigyaResponseError) {
    if (!safeToRepeat) return false;
    if (error.problem === 'too-large' || error.problem === 'framing') return false;
    if (error.problem === 'http-status')
      return (
        error.httpStatus === undefined ||
        error.httpStatus >= 500 ||
        error.httpStatus === 429 ||
        error.httpStatus === 408
      );
    return true;
  }
  return false;
}

/** Why and after how long the next attempt is made. */
export interface Retry {
  readonly delayMs: number;
  readonly reason: string;
  /** The once-per-call class whose cause was repaired (the clock, the data center), when that is why. */
  readonly repaired?: RetryClass;
}

/**
 * Repairs the cause named by a once-per-call class (a clock to correct, a data center to move to)
 * and says what it did, or returns undefined when the cause cannot be repaired.
 */
export type CauseFix = (retryClass: RetryClass) => string | undefined;

/** The retry decisions of one call. */
export interface RetryStrategy {
  /** After an attempt that ended without an envelope (timeout, connection, unreadable answer). */
  afterTransportFailure(error: GigyaError): Retry | undefined;
  /** After an API error of the given class; `fix` is asked only for the classes retried once per call. */
  afterApiError(retryClass: RetryClass, errorCode: number, fix: CauseFix): Retry | undefined;
}

/**
 * The budget of one call: `maxRetries` for transient failures, rate limits and transport failures;
 * besides it, one retry per class that fixes a cause (clock, nonce, data center), retried at once.
 */
export function createRetryStrategy(
  policy: RetryPolicy,
  safeToRepeat: boolean,
  random: () => number = Math.random,
): RetryStrategy {
  let used = 0;
  const fixed = new Set<RetryClass>();
  const spend = (reason: string, delayMs: number): Retry | undefined => {
    if (used >= policy.maxRetries) return undefined;
    used++;
    return { delayMs, reason };
  };
  const fixOnce = (retryClass: RetryClass, fix: CauseFix): Retry | undefined => {
    if (fixed.has(retryClass)) return undefined;
    const reason = fix(retryClass);
    if (reason === undefined) return undefined;
    fixed.add(retryClass);
    return { delayMs: 0, reason, repaired: retryClass };
  };
  return {
    afterTransportFailure(error) {
      if (!transportErrorIsRetryable(error, safeToRepeat)) return undefined;
      return spend(error.name, backoffDelay(used, policy, random));
    },
    afterApiError(retryClass, errorCode, fix) {
      if (!apiErrorIsRetryable(retryClass, safeToRepeat)) return undefined;
      if (ONCE_PER_CALL.has(retryClass)) return fixOnce(retryClass, fix);
      const delay = retryClass === 'rate-limit' ? rateLimitDelay : backoffDelay;
      return spend(`${retryClass} ${errorCode}`, delay(used, policy, random));
    },
  };
}
