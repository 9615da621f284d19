/**
 * What a call leaves behind: one attempt record per HTTP attempt, the redacted trace (with the
 * last response's status, headers and bounded body) on its result or error, and its log records.
 */
import { attachCallInfo, GigyaApiError, type GigyaError } from '../errors.js';
import { attachTrace, type GigyaResult } from '../runtime.js';
import { REDACTED, redactParams, type AttemptTrace, type CallTrace, type ResponseTrace } from '../trace.js';
import { redactCredentials } from '../wire/response.js';
import type { TransportResponse } from '../wire/transport.js';
import type { ClientContext } from './context.js';
import type { Retry } from './retry.js';

/** The request an attempt sends; the record keeps the latest, so the trace shows what was sent last. */
export interface AttemptRequest {
  readonly url: URL;
  /** Serialized params; signing adds to them in place. */
  readonly params: Record<string, string>;
  readonly headers: Record<string, string>;
}

export type AttemptOutcome = Pick<AttemptTrace, 'httpStatus' | 'errorCode' | 'failure'>;

export interface CallRecord {
  /** Called before each attempt is signed. */
  sending(request: AttemptRequest): void;
  /** Called when an attempt got an HTTP answer, before it is parsed. */
  received(response: TransportResponse): void;
  attempt(startedAt: number, outcome: AttemptOutcome, retry: Retry | undefined): void;
  /** The envelope as the call's result, with its trace attached; logged at debug level. */
  succeed<R>(envelope: Record<string, unknown>, callId: string | undefined): GigyaResult<R>;
  /** Stamps the error with the call's method, attempts and trace; logged at info level. */
  fail(error: GigyaError): void;
}

export function recordCall(ctx: ClientContext, method: string, format: CallTrace['format'], firstUrl: URL): CallRecord {
  const started = ctx.now();
  const attempts: AttemptTrace[] = [];
  let url = firstUrl;
  let sent: Record<string, string> = {};
  let last: TransportResponse | undefined;
  const traceOf = (callId: string | undefined): CallTrace => ({
    method,
    url: url.href,
    httpMethod: 'POST',
    format,
    authMode: ctx.auth.mode,
    params: redactParams(sent),
    attempts: [...attempts],
    totalMs: ctx.now() - started,
    ...(callId === undefined ? {} : { callId }),
    ...(last === undefined ? {} : { response: responseTrace(last, ctx.traceBodyLimit) }),
  });
  return {
    sending(request) {
      url = request.url;
      sent = request.params;
    },
    received(response) {
      last = response;
    },
    attempt(startedAt, outcome, retry) {
      const endedAt = ctx.now();
      const next = retry ? { retryReason: retry.reason, delayMs: retry.delayMs } : {};
      const record = { attempt: attempts.length + 1, startedAt, durationMs: endedAt - startedAt, ...outcome, ...next };
      attempts.push(record);
      if (retry) logRetry(ctx, method, record, retry);
    },
    succeed<R>(envelope: Record<string, unknown>, callId: string | undefined): GigyaResult<R> {
      const trace = traceOf(callId);
      if (ctx.log.enabled('debug'))
        ctx.log.debug({ trace }, `${method} ok (${plural(attempts.length, 'attempt')}, ${trace.totalMs} ms)`);
      return attachTrace(envelope, trace) as GigyaResult<R>;
    },
    fail(error) {
      attachCallInfo(
        error,
        method,
        attempts.length,
        traceOf(error instanceof GigyaApiError ? error.callId : undefined),
      );
      if (ctx.log.enabled('info'))
        ctx.log.info({ err: error, trace: error.trace }, `${method} failed: ${error.message}`);
    },
  };
}

/**
 * A repaired cause is a warning: the client kept working, but its configuration is off (the wrong
 * data center, a skewed clock) and every new client pays the extra round trip. Other retries are info.
 */
function logRetry(ctx: ClientContext, method: string, attempt: AttemptTrace, retry: Retry): void {
  const fields = { method, attempt: attempt.attempt, errorCode: attempt.errorCode, reason: retry.reason };
  if (retry.repaired === 'redirect') {
    const apiDomain = ctx.endpoint.kind === 'domain' ? ctx.endpoint.apiDomain : undefined;
    ctx.log.warn(
      { ...fields, apiDomain },
      `${method}: Gigya answered 301001 (wrong data center); the client ${retry.reason} and sends its calls there from now on. Set dataCenter (or apiDomain) to skip the detour.`,
    );
  } else if (retry.repaired === 'clock-skew') {
    ctx.log.warn(
      { ...fields, clockOffsetSeconds: ctx.clockOffsetSeconds },
      `${method}: Gigya answered 403002 (request expired): the local clock is ${ctx.clockOffsetSeconds} s off Gigya's; ${retry.reason} for this client. Synchronise the system clock (NTP).`,
    );
  } else if (ctx.log.enabled('info')) {
    const what = attempt.errorCode !== undefined ? `error ${attempt.errorCode}` : (attempt.failure ?? 'failure');
    ctx.log.info(
      { ...fields, failure: attempt.failure, delayMs: retry.delayMs },
      `${method}: attempt ${attempt.attempt} failed (${what}); retrying in ${retry.delayMs} ms (${retry.reason}).`,
    );
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The response part of a trace. The kept text is copied out of the body, since a slice of a V8
 * string keeps the whole body alive; redaction waits until someone reads `body`.
 */
function responseTrace(response: TransportResponse, limit: number): ResponseTrace {
  const whole = response.body;
  const kept = whole.length <= limit ? whole : Buffer.from(whole.slice(0, limit), 'utf8').toString('utf8');
  let redacted: string | undefined;
  const headers: Record<string, string> = { ...response.headers };
  if (headers['set-cookie'] !== undefined) headers['set-cookie'] = REDACTED;
  return {
    httpStatus: response.httpStatus,
    headers,
    get body(): string {
      redacted ??= redactCredentials(kept);
      return redacted;
    },
    bodyLength: whole.length,
    bodyTruncated: whole.length > limit,
  };
}
