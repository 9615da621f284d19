import type { Dispatcher } from 'undici';
import type { KeyObject } from 'node:crypto';
import { GigyaConfigError } from './errors.js';
import type { Logger } from './trace.js';

/** Gigya data centers, mapped to their API domains in `src/wire/hosts.ts`. */
export type DataCenter = 'us1' | 'eu1' | 'au1' | 'eu2' | 'cn1' | 'global';

export type ResponseFormat = 'json' | 'xml';

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
  /** Receives a redacted trace of every call. */
  logger?: Logger;
  /** Appended to the User-Agent header. */
  userAgent?: string;
  /** Cancels every call of this client. */
  signal?: AbortSignal;
  /** Current time in ms; for tests. Default `Date.now`. */
  now?: () => number;
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
  /** Extra HTTP headers. */
  headers?: Record<string, string>;
}

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

/** The client's settings, checked and with their defaults. Credentials and endpoint are checked by their own modules. */
export interface ClientSettings extends CallSettings {
  readonly maxResponseBytes: number;
  readonly validateParams: boolean;
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
        `Retry option ${key} must be a non-negative integer (milliseconds, or a count for maxRetries), got ${String(value)}.`,
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
  };
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
