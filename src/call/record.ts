/**
 * What a call leaves behind: one attempt record per HTTP attempt, the redacted trace on its result
 * or error, and one line to the client's logger.
 */
import { setOwn, type FormParam } from '../auth/signing.js';
import { attachCallInfo, GigyaApiError, type GigyaError } from '../errors.js';
import { attachTrace, type GigyaResult } from '../runtime.js';
import { redactParams, type AttemptTrace, type CallTrace, type Logger } from '../trace.js';
import type { ClientContext } from './context.js';
import type { Retry } from './retry.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The request an attempt sends; the record keeps the latest, so the trace shows what was sent last. */
export interface AttemptRequest {
  readonly url: URL;
  /** The call's params, then, once signed, the attempt's (auth added). */
  params: readonly FormParam[];
  readonly headers: Record<string, string>;
}

export type AttemptOutcome = Pick<AttemptTrace, 'httpStatus' | 'errorCode' | 'failure'>;

export interface CallRecord {
  /** Called before each attempt is signed. */
  sending(request: AttemptRequest): void;
  attempt(startedAt: number, outcome: AttemptOutcome, retry: Retry | undefined): void;
  /** The envelope as the call's result, with its trace attached; logged at debug level. */
  succeed<R>(envelope: Record<string, unknown>, callId: string | undefined): GigyaResult<R>;
  /** Stamps the error with the call's method, attempts and trace; logged at warn level. */
  fail(error: GigyaError): void;
}

export function recordCall(ctx: ClientContext, method: string, format: CallTrace['format'], firstUrl: URL): CallRecord {
  return new Recorder(ctx, method, format, firstUrl);
}

/** One object per call (not a set of closures): a call's record costs one allocation. */
class Recorder implements CallRecord {
  readonly #ctx: ClientContext;
  readonly #method: string;
  readonly #format: CallTrace['format'];
  readonly #firstUrl: URL;
  readonly #started: number;
  readonly #attempts: AttemptTrace[] = [];
  #last: AttemptRequest | undefined;

  constructor(ctx: ClientContext, method: string, format: CallTrace['format'], firstUrl: URL) {
    this.#ctx = ctx;
    this.#method = method;
    this.#format = format;
    this.#firstUrl = firstUrl;
    this.#started = ctx.now();
  }

  sending(request: AttemptRequest): void {
    this.#last = request;
  }

  attempt(startedAt: number, outcome: AttemptOutcome, retry: Retry | undefined): void {
    const attempts = this.#attempts;
    const entry: Mutable<AttemptTrace> = {
      attempt: attempts.length + 1,
      startedAt,
      durationMs: this.#ctx.now() - startedAt,
    };
    if (outcome.httpStatus !== undefined) entry.httpStatus = outcome.httpStatus;
    if (outcome.errorCode !== undefined) entry.errorCode = outcome.errorCode;
    if (outcome.failure !== undefined) entry.failure = outcome.failure;
    if (retry) {
      entry.retryReason = retry.reason;
      entry.delayMs = retry.delayMs;
    }
    attempts.push(entry);
  }

  succeed<R>(envelope: Record<string, unknown>, callId: string | undefined): GigyaResult<R> {
    const totalMs = this.#ctx.now() - this.#started;
    const { logger } = this.#ctx;
    if (!logger) {
      // Built when read: most results are never asked for their trace, and the call is over.
      let built: CallTrace | undefined;
      return attachTrace(envelope, () => (built ??= this.#trace(callId, totalMs))) as GigyaResult<R>;
    }
    const trace = this.#trace(callId, totalMs);
    const n = this.#attempts.length;
    log(logger, 'debug', `${this.#method} ok (${n} attempt${n === 1 ? '' : 's'})`, trace);
    return attachTrace(envelope, trace) as GigyaResult<R>;
  }

  fail(error: GigyaError): void {
    const callId = error instanceof GigyaApiError ? error.callId : undefined;
    attachCallInfo(error, this.#method, this.#attempts.length, this.#trace(callId, this.#ctx.now() - this.#started));
    log(this.#ctx.logger, 'warn', `${this.#method} failed: ${error.message}`, error.trace!);
  }

  #trace(callId: string | undefined, totalMs: number): CallTrace {
    const last = this.#last;
    const trace: Mutable<CallTrace> = {
      method: this.#method,
      url: (last?.url ?? this.#firstUrl).href,
      httpMethod: 'POST',
      format: this.#format,
      authMode: this.#ctx.auth.mode,
      params: redactParams(textsOf(last?.params ?? [])),
      attempts: [...this.#attempts],
      totalMs,
    };
    if (callId !== undefined) trace.callId = callId;
    return trace;
  }
}

function textsOf(form: readonly FormParam[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of form) setOwn(out, p.name, p.value);
  return out;
}

/** A logger that throws must not turn a finished call into a failure. */
function log(logger: Logger | undefined, level: 'debug' | 'warn', message: string, trace: CallTrace): void {
  try {
    // Called as a method, so a logger object that uses `this` keeps working.
    logger?.[level]?.(message, trace);
  } catch {
    // Ignored on purpose: logging is best effort.
  }
}
