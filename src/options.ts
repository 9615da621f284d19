import type { Dispatcher } from 'undici';
import type { KeyObject } from 'node:crypto';
import { GigyaConfigError } from './errors.js';
import type { Environment } from './env.js';
import type { Logger, LogLevel } from './log.js';
import { didYouMean } from './suggest.js';
import type { DataCenterDomains } from './wire/hosts.js';

/**
 * Gigya's data centers by name: `us1`, `eu1`, `au1`, `eu2`, `cn1`, `global`, `ru1` (retired: SAP no
 * longer lists it) and `il1` (named by one community SDK only). See `DATA_CENTERS` for their domains.
 */
export type DataCenter = keyof DataCenterDomains;

export type ResponseFormat = 'json' | 'xml';

export type { Logger, LogLevel } from './log.js';

/**
 * Credentials. The auth mode follows from which fields are set (see `resolveAuth` in `src/auth/strategies.ts`):
 * - `apiKey` + `secret`: signed with HMAC-SHA1 (timestamp, nonce, sig)
 * - `apiKey?` + `userKey` + `secret`: signed with the user/application key's secret
 * - the same with `authMode: 'secret'`: the secret is sent as a param, HTTPS only
 * - `userKey` + `privateKey`: `Authorization: Bearer <RS256 JWT>`
 * - `oauthToken`: sent as `oauth_token`
 * - `apiKey` alone: anonymous, for Gigya's few public methods
 */
export interface Credentials {
  apiKey?: string;
  /** Base64 secret of the site or of the user/application key. */
  secret?: string;
  userKey?: string;
  /** RSA private key (PKCS#1 or PKCS#8 PEM, or a KeyObject) of the application key `userKey`. */
  privateKey?: string | KeyObject;
  oauthToken?: string;
  /** Pick a mode explicitly when the credentials allow more than one. */
  authMode?: AuthMode;
}

export type AuthMode = 'signed' | 'secret' | 'bearer' | 'oauth' | 'anonymous';

export interface RetryOptions {
  /** Attempts after the first. Default 2. */
  maxRetries?: number;
  /** First backoff delay. Default 200 ms. */
  baseDelayMs?: number;
  /** Longest backoff delay. Default 5 000 ms. */
  maxDelayMs?: number;
  /** First delay after Gigya's rate-limit code 403048. Default 2 000 ms. */
  rateLimitDelayMs?: number;
}

export interface ClientOptions extends Credentials {
  /** Default `us1`. Ignored when `apiDomain` or `baseUrl` is set. */
  dataCenter?: DataCenter | (string & {});
  /**
   * Scheme for Gigya's hosts. Default `https`. `http` is what the official SDKs use unless told
   * otherwise; signed requests stay valid over it (the signature covers the scheme), but the
   * secret-as-param mode refuses it. Ignored with `baseUrl`, whose scheme is used as given.
   */
  protocol?: 'https' | 'http';
  /** e.g. `eu1.gigya.com`; the host becomes `<namespace>.<apiDomain>`. */
  apiDomain?: string;
  /**
   * Send every call to `<baseUrl>/<namespace.method>` instead of Gigya's hosts: the emulator,
   * a test server or a reverse proxy. The URL signed is the URL used.
   */
  baseUrl?: string;
  /** Per-attempt timeout. Default 30 000 ms. */
  timeoutMs?: number;
  /** Response format requested from Gigya. Default `json`. */
  format?: ResponseFormat;
  retry?: RetryOptions;
  /** Shorthand for `retry.maxRetries`. */
  maxRetries?: number;
  /** HTTP(S) proxy URL; requests go through an undici ProxyAgent. */
  proxy?: string;
  /** Your own undici dispatcher (Agent, Pool, MockAgent, …). Not closed by `client.close()`. */
  dispatcher?: Dispatcher;
  /** Largest response body accepted. Default 16 MiB. */
  maxResponseBytes?: number;
  /** Validate params with the catalog's zod schemas before sending. Default true. */
  validateParams?: boolean;
  /**
   * Where log records go (`console`, pino, winston, or any object with the level methods); default
   * `console`. Records are written object first: `logger.debug({ trace }, 'socialize.getUserInfo ok')`.
   */
  logger?: Logger;
  /**
   * Records at this level and the ones before it are written: `off`, `error`, `warn` (default),
   * `info`, `debug`. Default from `GIGYA_LOG`, else `warn`.
   */
  logLevel?: LogLevel;
  /** HTTP headers sent with every call (a call's own `headers` add to and override them). */
  headers?: Record<string, string>;
  /**
   * Most characters of a response body kept in a call's trace (`getTrace(x).response.body`).
   * Default 8 192; 0 keeps none.
   */
  traceBodyLimit?: number;
  /**
   * Where `GIGYA_*` variables are read from when credentials or the endpoint are not passed:
   * `process.env` by default, another record (tests, secrets managers), or `false` for none.
   */
  env?: Environment | false;
  /** Appended to the User-Agent header. */
  userAgent?: string;
  /** Cancels every call of this client. */
  signal?: AbortSignal;
  /** Current time in ms; for tests. Default `Date.now`. */
  now?: () => number;
  /**
   * Send an OAuth token or a bearer JWT over plain http to a host that is not loopback. Default
   * false: those credentials travel as they are, so anyone on the path could reuse them. Signed
   * requests (the secret never travels) and the emulator on 127.0.0.1 or localhost need no such flag.
   */
  allowInsecureTransport?: boolean;
}

/** Options for one call; they override the client's. */
export interface CallOptions {
  /** Per-attempt timeout for this call. */
  timeoutMs?: number;
  /** Attempts after the first, for this call. */
  maxRetries?: number;
  /** Aborts this call only; the client's `signal` still applies too. */
  signal?: AbortSignal;
  /** Response format for this call. */
  format?: ResponseFormat;
  /** Params the catalog does not know; sent and signed as given, not validated. */
  extraParams?: Record<string, unknown>;
  /**
   * Extra HTTP headers, over the client's `headers`. Headers the client sets itself (`host`,
   * `content-length`, `content-type`, and `authorization` where the client signs with it or talks
   * to Gigya's own hosts) are refused, so they cannot be replaced by accident.
   */
  headers?: Record<string, string>;
  /**
   * Acts on another site for this call: sent as `apiKey` instead of the client's, signed with the
   * client's credentials (a partner secret or an application key with rights on that site), as
   * SAP's own tools do.
   */
  apiKey?: string;
}

/**
 * Options of a client made with `client.withOptions()`: everything but what belongs to the shared
 * connection pool (`dispatcher`, `proxy`, `maxResponseBytes`, `userAgent`) and the environment.
 */
export type DerivedClientOptions = Omit<
  ClientOptions,
  'dispatcher' | 'proxy' | 'maxResponseBytes' | 'userAgent' | 'env'
>;

// ---------------------------------------------------------------------------------------------
// Checks: every option is checked here, once for the client and once per call, before anything
// is signed or sent, so a bad option is a GigyaConfigError and never a failed attempt.

/** Retry settings once checked, every field set. */
export interface RetryPolicy {
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly rateLimitDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = Object.freeze({
  maxRetries: 2,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  rateLimitDelayMs: 2_000,
});

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** What every call of a client runs with unless its own options say otherwise. */
export interface CallSettings {
  readonly timeoutMs: number;
  readonly format: ResponseFormat;
  readonly retry: RetryPolicy;
}

/**
 * The client's settings, checked and with their defaults. Credentials and endpoint are checked by their own modules.
 */
export interface ClientSettings extends CallSettings {
  readonly maxResponseBytes: number;
  readonly validateParams: boolean;
  readonly traceBodyLimit: number;
}

export function resolveRetryPolicy(options: RetryOptions | undefined, maxRetries: number | undefined): RetryPolicy {
  const policy = {
    maxRetries: maxRetries ?? options?.maxRetries ?? DEFAULT_RETRY.maxRetries,
    baseDelayMs: options?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
    maxDelayMs: options?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
    rateLimitDelayMs: options?.rateLimitDelayMs ?? DEFAULT_RETRY.rateLimitDelayMs,
  };
  for (const [key, value] of Object.entries(policy)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new GigyaConfigError(
        `Retry option ${key} must be a non-negative integer (milliseconds, or a count for maxRetries), ` +
          `got ${String(value)}.`,
      );
    }
  }
  return policy;
}

export function checkTimeout(timeoutMs: unknown): number {
  if (typeof timeoutMs === 'number' && timeoutMs > 0) return timeoutMs;
  throw new GigyaConfigError(`timeoutMs must be a positive number of milliseconds, got ${String(timeoutMs)}.`);
}

export function checkFormat(format: unknown): ResponseFormat {
  if (format === 'json' || format === 'xml') return format;
  throw new GigyaConfigError(`format must be 'json' or 'xml', got ${JSON.stringify(String(format))}.`);
}

function checkMaxResponseBytes(maxResponseBytes: number): number {
  if (maxResponseBytes > 0) return maxResponseBytes;
  throw new GigyaConfigError('maxResponseBytes must be a positive number of bytes.');
}

/** Checks the client's options, in the order their errors are reported. */
export function resolveClientSettings(options: ClientOptions): ClientSettings {
  return {
    timeoutMs: checkTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    format: checkFormat(options.format ?? 'json'),
    retry: resolveRetryPolicy(options.retry, options.maxRetries),
    maxResponseBytes: checkMaxResponseBytes(options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES),
    validateParams: options.validateParams ?? true,
    traceBodyLimit: checkTraceBodyLimit(options.traceBodyLimit ?? DEFAULT_TRACE_BODY_LIMIT),
  };
}

const DEFAULT_TRACE_BODY_LIMIT = 8192;

function checkTraceBodyLimit(limit: unknown): number {
  if (typeof limit === 'number' && Number.isInteger(limit) && limit >= 0) return limit;
  throw new GigyaConfigError(`traceBodyLimit must be a non-negative integer (characters), got ${String(limit)}.`);
}

/** The settings of one call: the client's, overridden by the call's options. */
export function resolveCallSettings(client: CallSettings, options: CallOptions): CallSettings {
  // The client's settings were checked when it was created.
  if (options.timeoutMs === undefined && options.format === undefined && options.maxRetries === undefined)
    return client;
  const timeoutMs = checkTimeout(options.timeoutMs ?? client.timeoutMs);
  const format = checkFormat(options.format ?? client.format);
  const maxRetries = options.maxRetries;
  if (maxRetries === undefined) return { timeoutMs, format, retry: client.retry };
  if (!Number.isInteger(maxRetries) || maxRetries < 0) {
    throw new GigyaConfigError(`maxRetries must be a non-negative integer, got ${String(maxRetries)}.`);
  }
  return { timeoutMs, format, retry: { ...client.retry, maxRetries } };
}

const CALL_OPTION_KEYS: ReadonlySet<string> = new Set([
  'timeoutMs',
  'maxRetries',
  'signal',
  'format',
  'extraParams',
  'headers',
  'apiKey',
] satisfies (keyof CallOptions)[]);

/** Names other SDKs use for the same call options, so the error can point at ours. */
const CALL_OPTION_ALIASES: Readonly<Record<string, keyof CallOptions>> = {
  timeout: 'timeoutMs',
  retries: 'maxRetries',
  abortSignal: 'signal',
  params: 'extraParams',
  query: 'extraParams',
  header: 'headers',
};

/**
 * The options of one call, checked before anything is signed or sent: an object (or undefined),
 * known keys only (a misspelt `timeout` would otherwise be silently ignored), a real AbortSignal,
 * string headers that the client does not own (see {@link refuseOwnedHeaders}), and object
 * `extraParams`. Timeout, retries and format are checked with the client's settings in
 * {@link resolveCallSettings}.
 *
 * @throws GigyaConfigError naming the option; header values are never quoted (they may be credentials).
 */
export function checkCallOptions(options: unknown, ownsAuthorization: boolean): CallOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new GigyaConfigError(
      `Call options must be an object such as { timeoutMs: 5000 } or left out, not ${describeValue(options)}.`,
    );
  for (const key of Object.keys(options)) {
    if (CALL_OPTION_KEYS.has(key)) continue;
    const alias = CALL_OPTION_ALIASES[key];
    const hint = alias ? ` Did you mean "${alias}"?` : didYouMean(key, CALL_OPTION_KEYS);
    throw new GigyaConfigError(
      `Unknown call option "${key}".${hint} Call options are ${[...CALL_OPTION_KEYS].join(', ')}; Gigya params go ` +
        `in the first argument.`,
    );
  }
  const { signal, headers, extraParams, apiKey } = options as Record<string, unknown>;
  if (apiKey !== undefined && (typeof apiKey !== 'string' || apiKey === '' || /\s/.test(apiKey)))
    throw new GigyaConfigError(
      `apiKey in the call options must be a site's API key (text without spaces), got ${JSON.stringify(apiKey)}.`,
    );
  if (signal !== undefined && !isAbortSignal(signal))
    throw new GigyaConfigError(
      `The signal call option must be an AbortSignal (from an AbortController or AbortSignal.timeout()), ` +
        `not ${describeValue(signal)}.`,
    );
  if (headers !== undefined)
    refuseOwnedHeaders('Call option headers', checkHeaderValues('Call option headers', headers), ownsAuthorization);
  if (
    extraParams !== undefined &&
    (typeof extraParams !== 'object' || extraParams === null || Array.isArray(extraParams))
  )
    throw new GigyaConfigError(
      `extraParams must be an object of param names to values, not ${describeValue(extraParams)}.`,
    );
  return options as CallOptions;
}

/** An AbortSignal, also one of another copy of the platform's classes (a test environment, a polyfill). */
export function isAbortSignal(value: unknown): value is AbortSignal {
  if (value instanceof AbortSignal) return true;
  const candidate = value as Partial<AbortSignal> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.aborted === 'boolean' &&
    typeof candidate.addEventListener === 'function' &&
    typeof candidate.removeEventListener === 'function'
  );
}

export function checkHeaderValues(what: string, headers: unknown): Record<string, string> {
  if (typeof headers !== 'object' || headers === null || Array.isArray(headers))
    throw new GigyaConfigError(`${what} must be an object of header names to strings, not ${describeValue(headers)}.`);
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value !== 'string')
      throw new GigyaConfigError(`${what}: the value of header ${name} must be a string, not ${describeValue(value)}.`);
  }
  return headers as Record<string, string>;
}

/** Headers the client sets itself: from the URL, the body, or the connection. */
const OWNED_HEADERS: ReadonlySet<string> = new Set([
  'host',
  'content-length',
  'content-type',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'expect',
  'proxy-authorization',
]);

/**
 * Refuses headers the client owns, in any case. `authorization` is the client's in bearer mode,
 * and toward Gigya's own hosts, where it would compete with the request's credentials; in front of
 * a `baseUrl` (a gateway) it may carry the gateway's own credentials.
 */
export function refuseOwnedHeaders(
  what: string,
  headers: Readonly<Record<string, string>>,
  ownsAuthorization: boolean,
): void {
  for (const name of Object.keys(headers)) {
    const key = name.toLowerCase();
    if (OWNED_HEADERS.has(key))
      throw new GigyaConfigError(`${what}: the ${name} header is set by the client; remove it.`);
    if (key === 'authorization' && ownsAuthorization)
      throw new GigyaConfigError(
        `${what}: the ${name} header is set by the client from its credentials (bearer mode), or would compete with ` +
          `them on Gigya's hosts; remove it. ` +
          'Behind a gateway, give the gateway as baseUrl and its credentials in headers.',
      );
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
