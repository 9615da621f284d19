import type * as z from 'zod';
import type { ErrorCodeInfo } from '../generated/errors.gen.js';
import type { RetryClass } from './runtime.js';
import type { AuthStrategy } from './auth.js';
import {
  attachCallInfo,
  GigyaApiError,
  GigyaConfigError,
  GigyaError,
  GigyaResponseError,
  GigyaValidationError,
  type ValidationIssue,
} from './errors.js';
import { methodUrl, resolveEndpoint, type Endpoint } from './hosts.js';
import type { CallOptions, ResponseFormat } from './options.js';
import { parseResponse } from './response.js';
import {
  apiErrorIsRetryable,
  backoffDelay,
  ONCE_PER_CALL,
  rateLimitDelay,
  transportErrorIsRetryable,
  type RetryPolicy,
} from './retry.js';
import { attachTrace, CLIENT_PARAMS, type GigyaResult, type MethodDescriptor } from './runtime.js';
import { encodeFormBody, ParamEncodingError, serializeParams } from './signing.js';
import { redactParams, type AttemptTrace, type CallTrace, type Logger } from './trace.js';
import { abortError, type Transport, type TransportResponse } from './transport.js';

/** Client-wide state and settings the pipeline runs with. */
export interface PipelineContext {
  readonly auth: AuthStrategy;
  /** Mutable: a 301001 answer moves the client to the data center Gigya names. */
  endpoint: Endpoint;
  readonly transport: Transport;
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly format: ResponseFormat;
  readonly validateParams: boolean;
  readonly sdk: string;
  readonly logger: Logger | undefined;
  /** The client's signal: aborting it aborts every call of the client. */
  readonly signal: AbortSignal | undefined;
  readonly now: () => number;
  /** Seconds to add to the local clock, learned from Gigya's answer to 403002. */
  clockOffsetSeconds: number;
  readonly random: () => number;
  /** The error table: a generated catalog passed to `createClient`, then the built-in one. */
  readonly lookupError: (code: number) => ErrorCodeInfo | undefined;
}

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=utf-8';

/** Why and after how long the next attempt is made. */
interface Retry {
  readonly delayMs: number;
  readonly reason: string;
}

/** Retries spent so far in one call. */
interface RetryBudget {
  /** Counted against `maxRetries`: transient failures, rate limits, transport failures. */
  used: number;
  /** Classes that fix a cause (clock, nonce, data center) and get one retry each, outside `maxRetries`. */
  readonly once: Set<RetryClass>;
}

/**
 * One call: validate → serialize → [sign → send → parse → classify]* → result or typed error.
 * Every error it ends with carries the method, the attempt count and the redacted trace.
 */
export async function invoke<P, R, E extends number>(
  ctx: PipelineContext,
  method: string,
  descriptor: MethodDescriptor<P, R, E> | undefined,
  params: P | Record<string, unknown> | undefined,
  options: CallOptions = {},
): Promise<GigyaResult<R>> {
  const started = ctx.now();
  const format = options.format ?? ctx.format;
  const attempts: AttemptTrace[] = [];
  let url = methodUrl(ctx.endpoint, method);
  let sent: Record<string, string> = {};
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
  });
  const link = linkSignals(ctx.signal, options.signal);
  const signal = link.signal;

  try {
    const { timeoutMs, policy } = callSettings(ctx, options, format);
    if (signal?.aborted) throw abortError(method, signal);
    // An apiKey-only client calling a method the catalog marks `signed` is sent anyway: Gigya's own
    // answer (403007, or 400093 for an unknown apiKey) says more than a local guess, and a catalog
    // `access` that lags behind Gigya cannot lock callers out.
    const wire = prepareParams(method, descriptor, params, options, ctx.validateParams);
    const common: Record<string, string> = { ...wire, format, httpStatusCodes: 'false', sdk: ctx.sdk };
    const safeToRepeat = descriptor?.safeToRepeat ?? false;
    const budget: RetryBudget = { used: 0, once: new Set() };

    for (let attempt = 1; ; attempt++) {
      url = methodUrl(ctx.endpoint, method);
      sent = { ...common };
      const headers: Record<string, string> = { 'content-type': FORM_CONTENT_TYPE, ...options.headers };
      // Signing inside the loop: each attempt carries a fresh timestamp and nonce.
      ctx.auth.apply({ httpMethod: 'POST', url, params: sent, headers, nowSeconds: Math.floor(ctx.now() / 1000) + ctx.clockOffsetSeconds });
      const startedAt = ctx.now();

      let response: TransportResponse;
      let envelope: Record<string, unknown>;
      try {
        response = await ctx.transport.send({ url, httpMethod: 'POST', headers, body: encodeFormBody(sent), timeoutMs, signal });
        envelope = parseResponse({
          httpStatus: response.httpStatus,
          contentType: response.headers['content-type'],
          body: response.body,
          format,
          method,
          ...(descriptor?.responseHints ? { hints: descriptor.responseHints } : {}),
        });
      } catch (error) {
        if (!(error instanceof GigyaError)) throw error;
        const retry = transportErrorIsRetryable(error, safeToRepeat) ? spend(budget, policy, error.name, backoffDelay(budget.used, policy, ctx.random)) : undefined;
        attempts.push(attemptRecord(attempt, startedAt, ctx.now(), { failure: error.name }, retry));
        if (!retry) throw error;
        await sleep(retry.delayMs, signal, method);
        continue;
      }

      const errorCode = typeof envelope.errorCode === 'number' ? envelope.errorCode : 0;
      const info = ctx.lookupError(errorCode);
      const done = { httpStatus: response.httpStatus, errorCode };
      if (errorCode === 0 || info?.outcome === 'ok' || isPending(errorCode, info)) {
        attempts.push(attemptRecord(attempt, startedAt, ctx.now(), done, undefined));
        if (errorCode === 0) checkAlwaysPresent(envelope, descriptor, method, response);
        const trace = traceOf(stringField(envelope, 'callId'));
        log(ctx.logger, 'debug', `${method} ok (${attempts.length} attempt${attempts.length === 1 ? '' : 's'})`, trace);
        return attachTrace(envelope, trace) as GigyaResult<R>;
      }
      const retryClass = info?.retry ?? 'none';
      const retry = apiErrorIsRetryable(retryClass, safeToRepeat) ? apiRetry(ctx, retryClass, errorCode, envelope, response.headers, budget, policy) : undefined;
      attempts.push(attemptRecord(attempt, startedAt, ctx.now(), done, retry));
      if (!retry) throw apiErrorFrom(envelope, errorCode, info, method, response.httpStatus);
      await sleep(retry.delayMs, signal, method);
    }
  } catch (error) {
    if (error instanceof GigyaError) {
      attachCallInfo(error, method, attempts.length, traceOf(error instanceof GigyaApiError ? error.callId : undefined));
      log(ctx.logger, 'warn', `${method} failed: ${error.message}`, error.trace!);
    }
    throw error;
  } finally {
    link.dispose();
  }
}

function attemptRecord(
  attempt: number,
  startedAt: number,
  endedAt: number,
  outcome: Pick<AttemptTrace, 'httpStatus' | 'errorCode' | 'failure'>,
  retry: Retry | undefined,
): AttemptTrace {
  return { attempt, startedAt, durationMs: endedAt - startedAt, ...outcome, ...(retry ? { retryReason: retry.reason, delayMs: retry.delayMs } : {}) };
}

/** Takes one retry from `maxRetries`, if any is left. */
function spend(budget: RetryBudget, policy: RetryPolicy, reason: string, delayMs: number): Retry | undefined {
  if (budget.used >= policy.maxRetries) return undefined;
  budget.used++;
  return { delayMs, reason };
}

/**
 * The retry an API error earns, if any. Clock skew, a used nonce and a wrong data center are
 * retried at once and once per call (the cause is fixed, not waited out), and only when the fix is
 * possible: a server time to learn from, a data center to move to (never away from a `baseUrl`).
 */
function apiRetry(
  ctx: PipelineContext,
  retryClass: RetryClass,
  errorCode: number,
  envelope: Record<string, unknown>,
  headers: Record<string, string>,
  budget: RetryBudget,
  policy: RetryPolicy,
): Retry | undefined {
  if (!ONCE_PER_CALL.has(retryClass)) {
    const delayMs = retryClass === 'rate-limit' ? rateLimitDelay(budget.used, policy, ctx.random) : backoffDelay(budget.used, policy, ctx.random);
    return spend(budget, policy, `${retryClass} ${errorCode}`, delayMs);
  }
  if (budget.once.has(retryClass)) return undefined;
  let reason: string | undefined;
  if (retryClass === 'clock-skew') {
    const server = serverTimeSeconds(envelope, headers);
    if (server !== undefined) {
      ctx.clockOffsetSeconds = server - Math.floor(ctx.now() / 1000);
      reason = `clock corrected by ${ctx.clockOffsetSeconds} s`;
    }
  } else if (retryClass === 'redirect') {
    const moved = movedEndpoint(ctx.endpoint, stringField(envelope, 'apiDomain'));
    if (moved) {
      ctx.endpoint = moved;
      reason = `moved to data center ${moved.apiDomain}`;
    }
  } else {
    reason = 'new nonce';
  }
  if (reason === undefined) return undefined;
  budget.once.add(retryClass);
  return { delayMs: 0, reason };
}

/** The endpoint a 301001 answer points to, unless the client uses a fixed `baseUrl` or the domain is unusable or unchanged. */
function movedEndpoint(current: Endpoint, apiDomain: string | undefined): (Endpoint & { kind: 'domain' }) | undefined {
  if (current.kind !== 'domain' || apiDomain === undefined) return undefined;
  try {
    const moved = resolveEndpoint({ apiDomain, protocol: current.protocol });
    return moved.kind === 'domain' && moved.apiDomain !== current.apiDomain ? moved : undefined;
  } catch (error) {
    if (error instanceof GigyaConfigError) return undefined;
    throw error;
  }
}

/** Shared by `createClient` (client options) and every call (call options). */
export function checkTimeout(timeoutMs: unknown): number {
  if (typeof timeoutMs === 'number' && timeoutMs > 0) return timeoutMs;
  throw new GigyaConfigError(`timeoutMs must be a positive number of milliseconds, got ${String(timeoutMs)}.`);
}

export function checkFormat(format: unknown): ResponseFormat {
  if (format === 'json' || format === 'xml') return format;
  throw new GigyaConfigError(`format must be 'json' or 'xml', got ${JSON.stringify(String(format))}.`);
}

/** Per-call settings, checked before anything is signed so a bad option is not counted as an attempt. */
function callSettings(ctx: PipelineContext, options: CallOptions, format: string): { timeoutMs: number; policy: RetryPolicy } {
  const timeoutMs = checkTimeout(options.timeoutMs ?? ctx.timeoutMs);
  checkFormat(format);
  const maxRetries = options.maxRetries;
  if (maxRetries === undefined) return { timeoutMs, policy: ctx.retry };
  if (!Number.isInteger(maxRetries) || maxRetries < 0) throw new GigyaConfigError(`maxRetries must be a non-negative integer, got ${String(maxRetries)}.`);
  return { timeoutMs, policy: { ...ctx.retry, maxRetries } };
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

/** Pending codes are results; a 206xxx code the table does not know is one too (Gigya's pending family). */
function isPending(errorCode: number, info: ErrorCodeInfo | undefined): boolean {
  return info === undefined ? errorCode >= 206000 && errorCode < 207000 : info.outcome === 'pending';
}

/**
 * A success that lacks a field the catalog marks as always present would break the result's type
 * (`UID: string` holding undefined), so it is refused; the envelope stays on the error.
 */
function checkAlwaysPresent(envelope: Record<string, unknown>, descriptor: MethodDescriptor<unknown, unknown, number> | undefined, method: string, response: TransportResponse): void {
  const missing = descriptor?.alwaysPresent?.filter((field) => envelope[field] === undefined || envelope[field] === null) ?? [];
  if (missing.length === 0) return;
  throw new GigyaResponseError(
    `The response to ${method} succeeded but lacks ${missing.join(', ')}, which the catalog marks as always present. The answer is on \`error.response\`; if Gigya really omits the field, mark it required: false in the catalog.`,
    { problem: 'unexpected-shape', httpStatus: response.httpStatus, contentType: response.headers['content-type'], method, response: envelope },
  );
}

function apiErrorFrom(envelope: Record<string, unknown>, errorCode: number, info: ErrorCodeInfo | undefined, method: string, httpStatus: number): GigyaApiError<number> {
  return new GigyaApiError<number>({
    errorCode,
    errorMessage: stringField(envelope, 'errorMessage') ?? info?.message ?? 'Unknown error',
    errorDetails: stringField(envelope, 'errorDetails'),
    callId: stringField(envelope, 'callId'),
    statusCode: typeof envelope.statusCode === 'number' ? envelope.statusCode : undefined,
    statusReason: stringField(envelope, 'statusReason'),
    httpStatus,
    method,
    response: envelope,
    info,
  });
}

/** Validates against the catalog schema and turns params into the exact strings that are signed and sent. */
function prepareParams(
  method: string,
  descriptor: MethodDescriptor<unknown, unknown, number> | undefined,
  params: unknown,
  options: CallOptions,
  validate: boolean,
): Record<string, string> {
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    throw new GigyaValidationError(method, [{ path: '', message: `params must be an object, got ${describe(params)}`, problem: 'invalid' }]);
  }
  const given = (params ?? {}) as Record<string, unknown>;
  const reserved = [...Object.keys(given), ...Object.keys(options.extraParams ?? {})].filter((k) => CLIENT_PARAMS.has(k));
  if (reserved.length > 0) {
    throw new GigyaValidationError(
      method,
      reserved.map((k) => ({ path: k, message: 'is set by the client from its credentials and options; remove it from the params', problem: 'invalid' as const })),
    );
  }
  if (descriptor && validate) {
    const parsed = (descriptor.params as z.ZodType<unknown>).safeParse(given);
    if (!parsed.success) throw new GigyaValidationError(method, parsed.error.issues.flatMap((issue) => toIssues(issue, given)));
  }
  try {
    return { ...serializeParams(given, descriptor?.csvParams), ...serializeParams(options.extraParams ?? {}) };
  } catch (error) {
    if (error instanceof ParamEncodingError) {
      throw new GigyaValidationError(method, [{ path: error.param, message: error.message, problem: 'invalid' }]);
    }
    throw error;
  }
}

/** Zod issues as validation issues; unknown keys get one issue each, so every path is a real one. */
function toIssues(issue: z.core.$ZodIssue, given: unknown): ValidationIssue[] {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const where = path === '' ? 'param' : `field of ${path}`;
    return issue.keys.map((key) => ({ path: [path, key].filter(Boolean).join('.'), message: `unknown ${where}; check the spelling or pass it in options.extraParams`, problem: 'unknown' as const }));
  }
  const missing = issue.code === 'invalid_type' && valueAt(given, issue.path) === undefined;
  return [{ path, message: missing ? 'is required' : issue.message, problem: missing ? 'missing' : 'invalid' }];
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function stringField(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** Server time from the envelope's `time`, else the `Date` header. */
function serverTimeSeconds(envelope: Record<string, unknown>, headers: Record<string, string>): number | undefined {
  for (const candidate of [stringField(envelope, 'time'), headers.date]) {
    if (!candidate) continue;
    const ms = Date.parse(candidate);
    if (Number.isFinite(ms)) return Math.floor(ms / 1000);
  }
  return undefined;
}

function sleep(ms: number, signal: AbortSignal | undefined, method: string): Promise<void> {
  if (ms <= 0 && !signal?.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(method, signal));
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError(method, signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * One signal for a call from the client's and the call's. Listeners are removed when the call ends,
 * so a long-lived client signal does not collect one listener per call.
 */
function linkSignals(a: AbortSignal | undefined, b: AbortSignal | undefined): { signal: AbortSignal | undefined; dispose(): void } {
  if (!a || !b) return { signal: a ?? b, dispose: () => undefined };
  const controller = new AbortController();
  const fromA = (): void => controller.abort(a.reason);
  const fromB = (): void => controller.abort(b.reason);
  if (a.aborted) fromA();
  else if (b.aborted) fromB();
  a.addEventListener('abort', fromA, { once: true });
  b.addEventListener('abort', fromB, { once: true });
  return {
    signal: controller.signal,
    dispose: () => {
      a.removeEventListener('abort', fromA);
      b.removeEventListener('abort', fromB);
    },
  };
}
