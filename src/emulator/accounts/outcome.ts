/**
 * What an accounts flow decides, as plain data: Gigya's errorCode, optional message and details,
 * field-level validation errors, and the response fields. The HTTP layer turns it into an envelope;
 * nothing here knows about requests, formats or the server.
 */

/** Current time in milliseconds since the epoch. Injected everywhere so tests can move time. */
export type Clock = () => number;

/** One entry of Gigya's `validationErrors` array: `{ errorCode, message, fieldName }`. */
export interface ValidationError {
  readonly errorCode: number;
  readonly message: string;
  readonly fieldName: string;
}

export interface Outcome<F extends Record<string, unknown> = Record<string, unknown>> {
  readonly errorCode: number;
  /** Omitted: the catalog's message for the code. */
  readonly errorMessage?: string;
  readonly errorDetails?: string;
  readonly validationErrors?: readonly ValidationError[];
  /** Response fields; on an error, the extra fields Gigya sends with it (regToken, UID, …). */
  readonly fields: F;
}

export function ok<F extends Record<string, unknown>>(fields: F): Outcome<F>;
export function ok(): Outcome<Record<string, never>>;
export function ok(fields: Record<string, unknown> = {}): Outcome {
  return { errorCode: 0, fields: withoutUndefined(fields) };
}

export function fail(
  errorCode: number,
  errorDetails?: string,
  fields: Record<string, unknown> = {},
  validationErrors?: readonly ValidationError[],
  errorMessage?: string,
): Outcome {
  return {
    errorCode,
    ...(errorMessage === undefined ? {} : { errorMessage }),
    ...(errorDetails === undefined ? {} : { errorDetails }),
    ...(validationErrors === undefined || validationErrors.length === 0 ? {} : { validationErrors }),
    fields: withoutUndefined(fields),
  };
}

export function isOutcome(value: unknown): value is Outcome {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { errorCode?: unknown }).errorCode === 'number' &&
    'fields' in value
  );
}

/** Drops keys whose value is undefined (a response never carries `"x": undefined`). */
export function withoutUndefined<T extends Record<string, unknown>>(fields: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out as T;
}

/** Who is calling, as far as the accounts model cares. */
export interface CallContext {
  /** The site (apiKey) the call is for. */
  readonly apiKey: string;
  /**
   * True for server calls authenticated with a secret, signature or bearer token; false for calls
   * made with the apiKey alone (the Web SDK's kind), which schema `writeAccess` restricts.
   */
  readonly trusted: boolean;
  /** The request's callId, copied into webhook events. */
  readonly callId?: string;
}
