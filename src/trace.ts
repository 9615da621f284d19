import { MAX_PARAM_DEPTH } from './wire/nesting.js';

/** One HTTP attempt of a call, as recorded in its trace. */
export interface AttemptTrace {
  readonly attempt: number;
  /** Unix ms when the attempt started. */
  readonly startedAt: number;
  readonly durationMs: number;
  /** HTTP status when a response arrived. */
  readonly httpStatus?: number;
  /** Gigya errorCode when an envelope was parsed. */
  readonly errorCode?: number;
  /** Error class name when the attempt failed without an envelope. */
  readonly failure?: string;
  /** Why the next attempt was made, if one was. */
  readonly retryReason?: string;
  /** Delay before the next attempt. */
  readonly delayMs?: number;
}

/**
 * The last HTTP response of a call, as received: what `getTrace(resultOrError).response` gives for
 * every result and for every error that got an answer (an API error, an HTML page, a 5xx).
 */
export interface ResponseTrace {
  readonly httpStatus: number;
  /** Lower-case names, repeated headers joined with `, `; `set-cookie` values are redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * The start of the body as received (decompressed), at most the client's `traceBodyLimit`
   * characters (default 8 192), with the values of secret fields redacted.
   */
  readonly body: string;
  /** Length of the whole body, in characters. */
  readonly bodyLength: number;
  /** True when `body` is only the start of the body. */
  readonly bodyTruncated: boolean;
}

/**
 * What happened during one call, like the official SDKs' GSResponse.getLog(), but structured.
 * Secrets, signatures, tokens and bearer headers are replaced by `[REDACTED]`.
 */
export interface CallTrace {
  readonly method: string;
  readonly url: string;
  readonly httpMethod: 'POST' | 'GET';
  readonly format: 'json' | 'xml';
  readonly authMode: string;
  /** Params of the last attempt, redacted. */
  readonly params: Readonly<Record<string, string>>;
  readonly attempts: readonly AttemptTrace[];
  readonly totalMs: number;
  readonly callId?: string;
  /** The last response received; absent when none arrived (a timeout, a refused connection, a local error). */
  readonly response?: ResponseTrace;
}

/**
 * Lower-cased names of params whose values are never shown: the single list behind trace redaction,
 * the redaction of response excerpts (src/wire/response.ts) and the emulator's request log. Matched case-insensitively,
 * since
 * `extraParams` may spell a name any way.
 */
export const SECRET_PARAM_NAMES: ReadonlySet<string> = new Set(
  [
    'secret',
    'sig',
    'oauth_token',
    'userKeySecret',
    'privateKey',
    'password',
    'newPassword',
    'client_secret',
    'regToken',
    'sessionSecret',
    'sessionToken',
    'securityAnswer',
    'secretAnswer',
    'passwordResetToken',
    'access_token',
    'refresh_token',
    'id_token',
    'idToken',
    'login_token',
    'vToken',
    'gigyaAssertion',
    'assertion',
    // Provider credentials (providerSessions) and socialize.getToken's authorization code.
    'authToken',
    'tokenSecret',
    'code',
    'sessionHandle',
    'cookieValue',
    // Tokens and credentials of the accounts flows (TFA, one-time codes, push, SMS vendors, transfers).
    'phvToken',
    'providerAssertion',
    'sctToken',
    'verificationToken',
    'aToken',
    'emailToken',
    'transferRequest',
    'clientSecret',
    'vendors',
    'backupCodes',
    'qrCode',
    'magicLink',
    'emailAccountToken',
    'hashedPassword',
    'compoundHashedPassword',
    'secretQuestionAndAnswer',
    'captchaToken',
    'x_regToken',
    'pushToken',
    'credentials',
    'token',
    'channelToken',
    'metadataToken',
  ].map((name) => name.toLowerCase()),
);

export const REDACTED = '[REDACTED]';

/**
 * Names shaped like a credential whatever the method calls them (`phvToken`, `providerAssertion`,
 * `clientSecret`, `hashedPassword`): Gigya keeps adding flows, each with tokens of its own. Flags
 * (`hasPassword`, `isToken…`) describe a credential without being one.
 */
export const SECRET_NAME_SHAPE = /^(?!has|is)[A-Za-z0-9_]*(?:token|secret|password|assertion)$/i;

/** A compact JWS/JWT (an id_token, a bearer assertion) under any name. */
export const JWT_SHAPE = /^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;

export function isSecretParam(name: string): boolean {
  return SECRET_PARAM_NAMES.has(name.toLowerCase()) || SECRET_NAME_SHAPE.test(name);
}

function isSecretValue(value: string): boolean {
  return value.length > 20 && value.charCodeAt(0) === 0x65 /* e */ && JWT_SHAPE.test(value);
}

/**
 * Params as sent, with secret values replaced: by name (the list, or a credential-shaped name) and
 * by value (a JWT). Object and array params travel as JSON, so secrets nested inside them
 * (`providerSessions: { facebook: { authToken } }`) are found by walking the JSON.
 */
export function redactParams(params: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of Object.keys(params)) {
    const v = params[k] as string;
    const value = isSecretParam(k) || isSecretValue(v) ? REDACTED : redactJsonText(v);
    // A param named "__proto__" is data, not the prototype.
    if (k === '__proto__')
      Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
    else out[k] = value;
  }
  return out;
}

function redactJsonText(value: string): string {
  const first = value.charCodeAt(0);
  if (first !== 0x7b /* { */ && first !== 0x5b /* [ */) return value;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return value;
  }
  const redacted = redactNested(parsed, 1);
  return redacted === parsed ? value : JSON.stringify(redacted);
}

/**
 * The same value when nothing in it is secret, so unchanged params keep their exact text. Levels
 * below MAX_PARAM_DEPTH are not walked but replaced whole: a JSON text inside a string param can
 * nest any depth, and what is not looked at cannot be shown.
 */
function redactNested(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return isSecretValue(value) ? REDACTED : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth > MAX_PARAM_DEPTH) return REDACTED;
  if (Array.isArray(value)) {
    let changed = false;
    const items = value.map((item) => {
      const next = redactNested(item, depth + 1);
      if (next !== item) changed = true;
      return next;
    });
    return changed ? items : value;
  }
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const next = isSecretParam(k) ? REDACTED : redactNested(v, depth + 1);
    if (next !== v) changed = true;
    out[k] = next;
  }
  return changed ? out : value;
}
