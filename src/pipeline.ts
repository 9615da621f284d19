import type * as z from 'zod';
import { lookupErrorCode } from '../generated/errors.gen.js';
import type { AuthStrategy } from './auth.js';
import {
  GigyaAbortError,
  GigyaApiError,
  GigyaError,
  GigyaValidationError,
  type ValidationIssue,
} from './errors.js';
import { methodUrl, type Endpoint } from './hosts.js';
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
import type { Transport, TransportResponse } from './transport.js';

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
  readonly signal: AbortSignal | undefined;
  readonly now: () => number;
  /** Seconds to add to the local clock, learned from Gigya's answer to 403002. */
  clockOffsetSeconds: number;
  readonly random: () => number;
}


const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=utf-8';

export async function invoke<P, R, E extends number>(
  ctx: PipelineContext,
  method: string,
  descriptor: MethodDescriptor<P, R, E> | undefined,
  params: P | Record<string, unknown> | undefined,
  options: CallOptions = {},
): Promise<GigyaResult<R>> {
  const started = ctx.now();
  const format = options.format ?? ctx.format;
  const signal = combineSignals(ctx.signal, options.signal);
  const attempts: AttemptTrace[] = [];
  let lastParams: Record<string, string> = {};
  let lastUrl = methodUrl(ctx.endpoint, method);

  const trace = (callId?: string): CallTrace => ({
    method,
    url: lastUrl.href,
    httpMethod: 'POST',
    format,
    authMode: ctx.auth.mode,
    params: redactParams(lastParams),
    attempts: [...attempts],
    totalMs: ctx.now() - started,
    ...(callId === undefined ? {} : { callId }),
  });

  const fail = (error: GigyaError): never => {
    error.attempts = attempts.length;
    error.trace = trace(error instanceof GigyaApiError ? error.callId : undefined);
    ctx.logger?.warn?.(`${method} failed: ${error.message}`, error.trace);
    throw error;
  };

  try {
    if (signal?.aborted) throw abortError(method, signal);
    const wire = prepareParams(method, descriptor, params, options, ctx.validateParams);
    const common: Record<string, string> = { ...wire, format, httpStatusCodes: 'false', sdk: ctx.sdk };
    const policy = options.maxRetries === undefined ? ctx.retry : { ...ctx.retry, maxRetries: options.maxRetries };
    const safeToRepeat = descriptor?.safeToRepeat ?? false;
    const usedOnce = new Set<string>();
    let retriesUsed = 0;

    for (let attempt = 1; ; attempt++) {
      const attemptStart = ctx.now();
      const url = methodUrl(ctx.endpoint, method);
      lastUrl = url;
      const sent: Record<string, string> = { ...common };
      const headers: Record<string, string> = { 'content-type': FORM_CONTENT_TYPE, ...options.headers };
      // Signing inside the loop: each attempt carries a fresh timestamp and nonce.
      ctx.auth.apply({ httpMethod: 'POST', url, params: sent, headers, nowSeconds: Math.floor(ctx.now() / 1000) + ctx.clockOffsetSeconds });
      lastParams = sent;

      let response: TransportResponse;
      let envelope: Record<string, unknown>;
      try {
        response = await ctx.transport.send({ url, httpMethod: 'POST', headers, body: encodeFormBody(sent), timeoutMs: options.timeoutMs ?? ctx.timeoutMs, signal });
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
        const canRetry = !(error instanceof GigyaAbortError) && retriesUsed < policy.maxRetries && transportErrorIsRetryable(error, safeToRepeat);
        const delayMs = canRetry ? backoffDelay(retriesUsed, policy, ctx.random) : undefined;
        attempts.push({
          attempt,
          startedAt: attemptStart,
          durationMs: ctx.now() - attemptStart,
          failure: error.name,
          ...(canRetry ? { retryReason: error.name, delayMs: delayMs! } : {}),
        });
        if (!canRetry) {
          (error as { method?: string }).method ??= method;
          return fail(error);
        }
        retriesUsed++;
        await sleep(delayMs!, signal, method);
        continue;
      }

      const errorCode = typeof envelope.errorCode === 'number' ? envelope.errorCode : 0;
      const info = lookupErrorCode(errorCode);
      const isResult = errorCode === 0 || info?.outcome === 'ok' || info?.outcome === 'pending';
      const base: AttemptTrace = { attempt, startedAt: attemptStart, durationMs: ctx.now() - attemptStart, httpStatus: response.httpStatus, errorCode };
      if (isResult) {
        attempts.push(base);
        const result = attachTrace(envelope, trace(stringField(envelope, 'callId'))) as GigyaResult<R>;
        ctx.logger?.debug?.(`${method} ok (${attempts.length} attempt${attempts.length === 1 ? '' : 's'})`, trace(stringField(envelope, 'callId')));
        return result;
      }

      const retryClass = info?.retry ?? 'none';
      let delayMs: number | undefined;
      let reason: string | undefined;
      if (apiErrorIsRetryable(retryClass, safeToRepeat)) {
        const once = ONCE_PER_CALL.has(retryClass);
        if (once ? !usedOnce.has(retryClass) : retriesUsed < policy.maxRetries) {
          if (retryClass === 'clock-skew') {
            const server = serverTimeSeconds(envelope, response.headers);
            if (server !== undefined) {
              ctx.clockOffsetSeconds = server - Math.floor(ctx.now() / 1000);
              delayMs = 0;
              reason = `clock corrected by ${ctx.clockOffsetSeconds} s`;
            }
          } else if (retryClass === 'redirect') {
            const domain = stringField(envelope, 'apiDomain');
            if (domain && ctx.endpoint.kind === 'domain' && domain !== ctx.endpoint.apiDomain) {
              ctx.endpoint = { kind: 'domain', apiDomain: domain, protocol: ctx.endpoint.protocol };
              delayMs = 0;
              reason = `moved to data center ${domain}`;
            }
          } else if (retryClass === 'new-nonce') {
            delayMs = 0;
            reason = 'new nonce';
          } else {
            delayMs = retryClass === 'rate-limit' ? rateLimitDelay(retriesUsed, policy, ctx.random) : backoffDelay(retriesUsed, policy, ctx.random);
            reason = `${retryClass} ${errorCode}`;
          }
          if (delayMs !== undefined) {
            if (once) usedOnce.add(retryClass);
            else retriesUsed++;
          }
        }
      }
      attempts.push(delayMs === undefined ? base : { ...base, retryReason: reason!, delayMs });
      if (delayMs === undefined) return fail(apiErrorFrom(envelope, errorCode, method, response.httpStatus));
      await sleep(delayMs, signal, method);
    }
  } catch (error) {
    if (error instanceof GigyaError && error.trace === undefined) return fail(error);
    throw error;
  }
}

function apiErrorFrom(envelope: Record<string, unknown>, errorCode: number, method: string, httpStatus: number): GigyaApiError<number> {
  return new GigyaApiError<number>({
    errorCode,
    errorMessage: stringField(envelope, 'errorMessage') ?? lookupErrorCode(errorCode)?.message ?? 'Unknown error',
    errorDetails: stringField(envelope, 'errorDetails'),
    callId: stringField(envelope, 'callId'),
    statusCode: typeof envelope.statusCode === 'number' ? envelope.statusCode : undefined,
    statusReason: stringField(envelope, 'statusReason'),
    httpStatus,
    method,
    response: envelope,
    info: lookupErrorCode(errorCode),
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
    if (!parsed.success) throw new GigyaValidationError(method, parsed.error.issues.map((issue) => toIssue(issue, given)));
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

function toIssue(issue: z.core.$ZodIssue, given: unknown): ValidationIssue {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return { path: [path, ...issue.keys].filter(Boolean).join('.'), message: `unknown param${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}; check the spelling or pass it in options.extraParams`, problem: 'unknown' };
  }
  const missing = issue.code === 'invalid_type' && valueAt(given, issue.path) === undefined;
  return { path, message: missing ? 'is required' : issue.message, problem: missing ? 'missing' : 'invalid' };
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

function abortError(method: string, signal: AbortSignal): GigyaAbortError {
  return new GigyaAbortError(`${method} was aborted by the caller's AbortSignal${signal.reason instanceof Error ? `: ${signal.reason.message}` : ''}.`, {
    method,
    cause: signal.reason,
  });
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

function combineSignals(a: AbortSignal | undefined, b: AbortSignal | undefined): AbortSignal | undefined {
  if (!a) return b;
  if (!b) return a;
  return AbortSignal.any([a, b]);
}
