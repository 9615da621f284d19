/**
 * What a call leaves behind: one attempt record per HTTP attempt, the redacted trace on its result
 * or error, and one line to the client's logger.
 */
import { setOwn, type FormParam } from '../auth/signing.js';
import { attachCallInfo, GigyaApiError, type GigyaError } from '../errors.js';
import { attachTrace, type GigyaResult } from '../runtime.js';
import { redactParams, type AttemptTrace, type CallTrace, type Logger } from '../trace.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
import type { ClientContext } from './context.js';
import type { Retry } from './retry.js';

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
  const started = ctx.now();
  const attempts: AttemptTrace[] = [];
  let last: AttemptRequest | undefined;
  const traceOf = (callId: string | undefined, totalMs: number): CallTrace => {
    const trace: Mutable<CallTrace> = {
      method,
      url: (last?.url ?? firstUrl).href,
      httpMethod: 'POST',
      format,
      authMode: ctx.auth.mode,
      params: redactParams(textsOf(last?.params ?? [])),
      attempts: [...attempts],
      totalMs,
    };
    if (callId !== undefined) trace.callId = callId;
    return trace;
  };
  return {
    sending(request) {
      last = request;
    },
    attempt(startedAt, outcome, retry) {
      const entry: Mutable<AttemptTrace> = {
        attempt: attempts.length + 1,
        startedAt,
        durationMs: ctx.now() - startedAt,
      };
      if (outcome.httpStatus !== undefined) entry.httpStatus = outcome.httpStatus;
      if (outcome.errorCode !== undefined) entry.errorCode = outcome.errorCode;
      if (outcome.failure !== undefined) entry.failure = outcome.failure;
      if (retry) {
        entry.retryReason = retry.reason;
        entry.delayMs = retry.delayMs;
      }
      attempts.push(entry);
    },
    succeed<R>(envelope: Record<string, unknown>, callId: string | undefined): GigyaResult<R> {
      const totalMs = ctx.now() - started;
      // Built when read, unless a logger wants it now: the request and attempts do not change any more.
      if (!ctx.logger) return attachTrace(envelope, () => traceOf(callId, totalMs)) as GigyaResult<R>;
      const trace = traceOf(callId, totalMs);
      log(ctx.logger, 'debug', `${method} ok (${attempts.length} attempt${attempts.length === 1 ? '' : 's'})`, trace);
      return attachTrace(envelope, trace) as GigyaResult<R>;
    },
    fail(error) {
      attachCallInfo(
        error,
        method,
        attempts.length,
        traceOf(error instanceof GigyaApiError ? error.callId : undefined, ctx.now() - started),
      );
      log(ctx.logger, 'warn', `${method} failed: ${error.message}`, error.trace!);
    },
  };
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
