/**
 * What a call leaves behind: one attempt record per HTTP attempt, the redacted trace (with the
 * last response's status, headers and bounded body) on its result or error, and its log records.
 */
import { setOwn, type FormParam } from '../auth/signing.js';
import type { SignedForm } from '../auth/strategies.js';
import { attachCallInfo, GigyaApiError, type GigyaError } from '../errors.js';
import { attachTrace, type GigyaResult } from '../runtime.js';
import { REDACTED, redactParams, type AttemptTrace, type CallTrace, type ResponseTrace } from '../trace.js';
import { redactCredentials } from '../wire/response.js';
import type { TransportResponse } from '../wire/transport.js';
import type { ClientContext } from './context.js';
import type { Retry } from './retry.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The request an attempt sends; the record keeps the latest, so the trace shows what was sent last. */
export interface AttemptRequest {
  readonly url: URL;
  /** The call's params, before auth adds its own. */
  readonly params: readonly FormParam[];
  /** Once signed: the attempt's params (auth added) and its body. */
  signed: SignedForm | undefined;
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
  #received: TransportResponse | undefined;

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

  received(response: TransportResponse): void {
    this.#received = response;
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
    if (retry) logRetry(this.#ctx, this.#method, entry, retry);
  }

  succeed<R>(envelope: Record<string, unknown>, callId: string | undefined): GigyaResult<R> {
    const ctx = this.#ctx;
    const totalMs = ctx.now() - this.#started;
    const received = this.#received;
    if (!ctx.log.enabled('debug') && (received === undefined || received.body.length <= ctx.traceBodyLimit)) {
      // Built when read: most results are never asked for their trace, and the call is over. What
      // the trace would keep is kept as it is: a body within the limit is the trace's copy already.
      let built: CallTrace | undefined;
      return attachTrace(envelope, () => (built ??= this.#trace(callId, totalMs, received))) as GigyaResult<R>;
    }
    const trace = this.#trace(callId, totalMs, received);
    if (ctx.log.enabled('debug'))
      ctx.log.debug({ trace }, `${this.#method} ok (${plural(this.#attempts.length, 'attempt')}, ${totalMs} ms)`);
    return attachTrace(envelope, trace) as GigyaResult<R>;
  }

  fail(error: GigyaError): void {
    const ctx = this.#ctx;
    const callId = error instanceof GigyaApiError ? error.callId : undefined;
    const trace = this.#trace(callId, ctx.now() - this.#started, this.#received);
    attachCallInfo(error, this.#method, this.#attempts.length, trace);
    if (ctx.log.enabled('info'))
      ctx.log.info({ err: error, trace: error.trace }, `${this.#method} failed: ${error.message}`);
  }

  #trace(callId: string | undefined, totalMs: number, received: TransportResponse | undefined): CallTrace {
    const last = this.#last;
    const trace: Mutable<CallTrace> = {
      method: this.#method,
      url: (last?.url ?? this.#firstUrl).href,
      httpMethod: 'POST',
      format: this.#format,
      authMode: this.#ctx.auth.mode,
      params: redactParams(textsOf(last?.signed?.params ?? last?.params ?? [])),
      attempts: [...this.#attempts],
      totalMs,
    };
    if (callId !== undefined) trace.callId = callId;
    if (received !== undefined) trace.response = responseTrace(received, this.#ctx.traceBodyLimit);
    return trace;
  }
}

function textsOf(form: readonly FormParam[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of form) setOwn(out, p.name, p.value);
  return out;
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
      `${method}: Gigya answered 301001 (wrong data center); the client ${retry.reason} and sends its calls there ` +
        `from now on. Set dataCenter (or apiDomain) to skip the detour.`,
    );
  } else if (retry.repaired === 'clock-skew') {
    ctx.log.warn(
      { ...fields, clockOffsetSeconds: ctx.clockOffsetSeconds },
      `${method}: Gigya answered 403002 (request expired): the local clock is ${ctx.clockOffsetSeconds} s off Gigya'` +
        `s; ${retry.reason} for this client. Synchronise the system clock (NTP).`,
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
