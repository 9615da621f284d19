/**
 * One call, as named steps: prepare params → [sign → send → parse → classify]* → result or typed
 * error. The retry strategy decides after every failed attempt whether the loop goes round again.
 * Every error a call ends with carries the method, the attempt count and the redacted trace.
 */
import { formParam, mergeForm, sortForm, type FormParam } from '../auth/signing.js';
import type { SignedForm } from '../auth/strategies.js';
import { GigyaError } from '../errors.js';
import { loadZod } from '../lazy-schema.js';
import { checkCallOptions, resolveCallSettings, type CallOptions, type CallSettings } from '../options.js';
import type { GigyaResult, MethodDescriptor, RetryClass } from '../runtime.js';
import { methodUrl } from '../wire/hosts.js';
import { parseResponse } from '../wire/response.js';
import { abortError, type TransportResponse } from '../wire/transport.js';
import { linkSignals, sleep } from './abort.js';
import { apiErrorFrom, checkAlwaysPresent, classify, stringField } from './classify.js';
import type { ClientContext } from './context.js';
import { prepareParams, ZOD_NEEDED } from './params.js';
import { recordCall, type AttemptRequest, type CallRecord } from './record.js';
import { repairCause } from './recover.js';
import { createRetryStrategy, type Retry, type RetryStrategy } from './retry.js';

const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=utf-8';

type AnyDescriptor = MethodDescriptor<unknown, unknown, number>;

/** What stays the same across the attempts of one call. */
interface Call {
  readonly method: string;
  readonly descriptor: AnyDescriptor | undefined;
  readonly settings: CallSettings;
  /** The params every attempt sends before auth adds its own, encoded, in code-point order. */
  readonly form: readonly FormParam[];
  /** The client's headers under the call's. */
  readonly headers: Readonly<Record<string, string>>;
  readonly signal: AbortSignal | undefined;
  readonly record: CallRecord;
  /** The site this call acts on when not the client's. */
  readonly apiKey: string | undefined;
}

export async function invoke<P, R, E extends number>(
  ctx: ClientContext,
  method: string,
  descriptor: MethodDescriptor<P, R, E> | undefined,
  params: P | Record<string, unknown> | undefined,
  given?: CallOptions,
): Promise<GigyaResult<R>> {
  let options: CallOptions;
  try {
    // Checked before anything is signed, so a bad option is not counted as an attempt.
    options = checkCallOptions(given, ctx.authorizationIsOwned);
  } catch (error) {
    if (error instanceof GigyaError)
      recordCall(ctx, method, ctx.settings.format, methodUrl(ctx.endpoint, method)).fail(error);
    throw error;
  }
  const record = recordCall(ctx, method, options.format ?? ctx.settings.format, methodUrl(ctx.endpoint, method));
  const link = linkSignals(ctx.signal, options.signal);
  try {
    const settings = resolveCallSettings(ctx.settings, options);
    if (link.signal?.aborted) throw abortError(method, link.signal);
    // An apiKey-only client calling a method the catalog marks `signed` is sent anyway: Gigya's own
    // answer (403007, or 400093 for an unknown apiKey) says more than a local guess, and a catalog
    // `access` that lags behind Gigya cannot lock callers out.
    const prepared = paramsOf(ctx, method, descriptor as AnyDescriptor | undefined, params, options);
    const wire = prepared instanceof Promise ? await prepared : prepared;
    const call: Call = {
      method,
      descriptor: descriptor as AnyDescriptor | undefined,
      settings,
      form: callForm(wire, settings.format, ctx.sdk),
      headers: options.headers ? { ...ctx.headers, ...options.headers } : ctx.headers,
      signal: link.signal,
      record,
      apiKey: options.apiKey,
    };
    return await attemptUntilDone<R>(ctx, call);
  } catch (error) {
    if (error instanceof GigyaError) record.fail(error);
    throw error;
  } finally {
    link.dispose();
  }
}

/** The call's params, prepared; zod is loaded first when they need its verdict (once per process). */
function paramsOf(
  ctx: ClientContext,
  method: string,
  descriptor: AnyDescriptor | undefined,
  params: unknown,
  options: CallOptions,
): readonly FormParam[] | Promise<readonly FormParam[]> {
  try {
    return prepareParams(method, descriptor, params, options, ctx.validateParams, true);
  } catch (error) {
    if (error !== ZOD_NEEDED) throw error;
    return loadZod().then(() => prepareParams(method, descriptor, params, options, ctx.validateParams));
  }
}

async function attemptUntilDone<R>(ctx: ClientContext, call: Call): Promise<GigyaResult<R>> {
  // Asked only after a failed attempt, so a call that succeeds at once never builds one.
  let strategy: RetryStrategy | undefined;
  const retries = (): RetryStrategy =>
    (strategy ??= createRetryStrategy(call.settings.retry, call.descriptor?.safeToRepeat ?? false, ctx.random));
  for (;;) {
    const request = newRequest(ctx, call);
    call.record.sending(request);
    const signed = sign(ctx, request, call.apiKey);
    request.signed = signed;
    const startedAt = ctx.now();

    let response: TransportResponse;
    let envelope: Record<string, unknown>;
    try {
      response = await send(ctx, call, request, signed.body);
      call.record.received(response);
      envelope = parse(call, response);
    } catch (error) {
      if (!(error instanceof GigyaError)) throw error;
      const retry = retries().afterTransportFailure(error);
      call.record.attempt(startedAt, { failure: error.name }, retry);
      if (!retry) throw error;
      await waitFor(retry, call);
      continue;
    }

    const verdict = classify(envelope, ctx.lookupError);
    const outcome = { httpStatus: response.httpStatus, errorCode: verdict.errorCode };
    if (verdict.kind === 'result') {
      call.record.attempt(startedAt, outcome, undefined);
      if (verdict.errorCode === 0) checkAlwaysPresent(envelope, call.descriptor, call.method, response);
      return call.record.succeed<R>(envelope, stringField(envelope, 'callId'));
    }
    const repair = (retryClass: RetryClass): string | undefined =>
      repairCause(ctx, retryClass, envelope, response.headers);
    const retry = retries().afterApiError(verdict.retryClass, verdict.errorCode, repair);
    call.record.attempt(startedAt, outcome, retry);
    if (!retry) throw apiErrorFrom(envelope, verdict, call.method, response.httpStatus);
    await waitFor(retry, call);
  }
}

/** A fresh request for the next attempt, to the endpoint as it is now (a 301001 may have moved it). */
function newRequest(ctx: ClientContext, call: Call): AttemptRequest {
  return {
    url: methodUrl(ctx.endpoint, call.method),
    params: call.form,
    signed: undefined,
    headers: { 'content-type': FORM_CONTENT_TYPE, ...call.headers },
  };
}

/**
 * The params every attempt of a call sends before auth adds its own: the call's, then format, httpStatusCodes and sdk.
 */
export function callForm(wire: readonly FormParam[], format: string, sdk: string): readonly FormParam[] {
  return mergeForm(wire, commonForm(format, sdk));
}

/** By format, for the one sdk text of this package (another sdk is encoded afresh). */
const commonForms = new Map<string, { sdk: string; form: readonly FormParam[] }>();

function commonForm(format: string, sdk: string): readonly FormParam[] {
  const hit = commonForms.get(format);
  if (hit?.sdk === sdk) return hit.form;
  const form = sortForm([formParam('format', format), formParam('httpStatusCodes', 'false'), formParam('sdk', sdk)]);
  commonForms.set(format, { sdk, form });
  return form;
}

/** Step: sign. Inside the loop, so each attempt carries a fresh timestamp and nonce. */
function sign(ctx: ClientContext, request: AttemptRequest, apiKey: string | undefined): SignedForm {
  const nowSeconds = Math.floor(ctx.now() / 1000) + ctx.clockOffsetSeconds;
  return ctx.auth.signForm(request.params, {
    httpMethod: 'POST',
    url: request.url,
    headers: request.headers,
    nowSeconds,
    apiKey,
  });
}

/** Step: send. */
function send(ctx: ClientContext, call: Call, request: AttemptRequest, body: string): Promise<TransportResponse> {
  const { url, headers } = request;
  return ctx.transport.send({
    url,
    httpMethod: 'POST',
    headers,
    body,
    timeoutMs: call.settings.timeoutMs,
    signal: call.signal,
  });
}

/** Step: parse. */
function parse(call: Call, response: TransportResponse): Record<string, unknown> {
  return parseResponse({
    httpStatus: response.httpStatus,
    contentType: response.headers['content-type'],
    body: response.body,
    format: call.settings.format,
    method: call.method,
    malformedUtf8: response.malformedUtf8,
    hints: call.descriptor?.responseHints,
  });
}

function waitFor(retry: Retry, call: Call): Promise<void> {
  return sleep(retry.delayMs, call.signal, call.method);
}
