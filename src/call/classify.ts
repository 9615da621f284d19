/**
 * Step 5 of a call, classify: what a parsed envelope means, by the client's error tables. Results
 * (0, `ok` and pending codes) are returned; every other code becomes a `GigyaApiError`.
 */
import { GigyaApiError, GigyaResponseError } from '../errors.js';
import type { ErrorCodeInfo, MethodDescriptor, RetryClass } from '../runtime.js';
import type { TransportResponse } from '../wire/transport.js';
import type { ErrorLookup } from './context.js';

export type Verdict = Result | Failure;

/** 0, or a code the table calls `ok` or `pending`: the call resolves with the envelope. */
export interface Result {
  readonly kind: 'result';
  readonly errorCode: number;
}

/** Any other code: a `GigyaApiError`, unless the retry class earns another attempt. */
export interface Failure {
  readonly kind: 'error';
  readonly errorCode: number;
  readonly info: ErrorCodeInfo | undefined;
  readonly retryClass: RetryClass;
}

const SUCCESS: Result = { kind: 'result', errorCode: 0 };

export function classify(envelope: Record<string, unknown>, lookupError: ErrorLookup): Verdict {
  const errorCode = typeof envelope.errorCode === 'number' ? envelope.errorCode : 0;
  if (errorCode === 0) return SUCCESS;
  const info = lookupError(errorCode);
  if (info?.outcome === 'ok' || isPending(errorCode, info)) return { kind: 'result', errorCode };
  return { kind: 'error', errorCode, info, retryClass: info?.retry ?? 'none' };
}

/** Pending codes are results; a 206xxx code the table does not know is one too (Gigya's pending family). */
function isPending(errorCode: number, info: ErrorCodeInfo | undefined): boolean {
  return info === undefined ? errorCode >= 206000 && errorCode < 207000 : info.outcome === 'pending';
}

/**
 * A success that lacks a field the catalog marks as always present would break the result's type
 * (`UID: string` holding undefined), so it is refused; the envelope stays on the error.
 */
export function checkAlwaysPresent(
  envelope: Record<string, unknown>,
  descriptor: MethodDescriptor<unknown, unknown, number> | undefined,
  method: string,
  response: TransportResponse,
): void {
  const required = descriptor?.alwaysPresent;
  if (required === undefined || required.length === 0) return;
  // XML has no empty list: an empty one is left out, so an always-present list missing from an XML
  // answer is an empty list, as the JSON answer says.
  if (/xml/i.test(String(response.headers['content-type'] ?? '')))
    for (const field of required) {
      const hint = descriptor?.responseHints?.[field];
      if (envelope[field] === undefined && typeof hint === 'object' && 'items' in hint) envelope[field] = [];
    }
  const missing = required.filter((field) => envelope[field] === undefined || envelope[field] === null);
  if (missing.length === 0) return;
  throw new GigyaResponseError(
    `The response to ${method} succeeded but lacks ${missing.join(', ')}, which the catalog marks as always present. ` +
      'The answer is on `error.response`; if Gigya really omits the field, mark it required: false in the catalog.',
    {
      problem: 'unexpected-shape',
      httpStatus: response.httpStatus,
      contentType: response.headers['content-type'],
      method,
      response: envelope,
    },
  );
}

export function apiErrorFrom(
  envelope: Record<string, unknown>,
  verdict: Failure,
  method: string,
  httpStatus: number,
): GigyaApiError<number> {
  return new GigyaApiError<number>({
    errorCode: verdict.errorCode,
    errorMessage: stringField(envelope, 'errorMessage') ?? verdict.info?.message ?? 'Unknown error',
    errorDetails: stringField(envelope, 'errorDetails'),
    callId: stringField(envelope, 'callId'),
    statusCode: typeof envelope.statusCode === 'number' ? envelope.statusCode : undefined,
    statusReason: stringField(envelope, 'statusReason'),
    httpStatus,
    method,
    response: envelope,
    info: verdict.info,
  });
}

/** A non-empty text field of the envelope. */
export function stringField(envelope: Record<string, unknown>, key: string): string | undefined {
  const v = envelope[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
}
