/**
 * Raw HTTP helpers for emulator tests: requests signed by hand with src/auth/signing.ts, sent with undici.
 */
import { request } from 'undici';
import { buildSignatureBaseString, calcSignature, createNonce, encodeFormBody } from '../../src/auth/signing.js';
import { defaultEmulatorFixture } from '../../src/emulator/index.js';

const fixture = defaultEmulatorFixture();
const [siteKey, site] = Object.entries(fixture.sites)[0]!;

export const API_KEY = siteKey;
export const SECRET = site.secret;
export const USER_KEY = 'AEmulatorUserKey';
export const USER_SECRET = site.userKeys![USER_KEY]!.secret!;

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
  /** Parsed JSON body (undefined when not JSON). */
  json: Record<string, unknown> | undefined;
}

export interface CallOptions {
  /** Sign with this secret (default: the site secret). `false`: send unsigned. */
  secret?: string | false;
  /** Add userKey param and sign with USER_SECRET unless `secret` says otherwise. */
  userKey?: string;
  apiKey?: string | false;
  httpMethod?: 'GET' | 'POST';
  format?: string | false;
  headers?: Record<string, string>;
  /** Override timestamp (unix seconds). */
  timestamp?: number;
  nonce?: string;
  /** URL the signature covers (default: the URL used). */
  signedUrl?: string;
}

/** Adds apiKey, format, timestamp, nonce and sig (unless opted out), as an SDK would. */
export function prepare(url: string, params: Record<string, unknown>, opts: CallOptions = {}): Record<string, string> {
  const all: Record<string, unknown> = { ...params };
  if (opts.apiKey !== false) all['apiKey'] ??= opts.apiKey ?? API_KEY;
  if (opts.format !== false) all['format'] ??= opts.format ?? 'json';
  if (opts.userKey !== undefined) all['userKey'] = opts.userKey;
  const secret = opts.secret === undefined ? (opts.userKey !== undefined ? USER_SECRET : SECRET) : opts.secret;
  if (secret !== false) {
    all['timestamp'] = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
    all['nonce'] = opts.nonce ?? createNonce();
  }
  const wire: Record<string, string> = {};
  for (const [k, v] of Object.entries(all)) {
    if (v === undefined || v === null) continue;
    wire[k] = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  if (secret !== false) {
    wire['sig'] = calcSignature(
      buildSignatureBaseString(opts.httpMethod ?? 'POST', opts.signedUrl ?? url, wire),
      secret,
    );
  }
  return wire;
}

export async function send(url: string, wire: Record<string, string>, opts: CallOptions = {}): Promise<RawResponse> {
  const httpMethod = opts.httpMethod ?? 'POST';
  const body = encodeFormBody(wire);
  const res = await request(httpMethod === 'GET' ? `${url}?${body}` : url, {
    method: httpMethod,
    headers: {
      ...(httpMethod === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      ...opts.headers,
    },
    ...(httpMethod === 'POST' ? { body } : {}),
  });
  const text = await res.body.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') headers[k] = v;
  return { status: res.statusCode, headers, text, json };
}

/** Signs and sends `base/method` with the params. */
export async function call(
  base: string,
  method: string,
  params: Record<string, unknown> = {},
  opts: CallOptions = {},
): Promise<RawResponse> {
  const url = `${base}/${method}`;
  return send(url, prepare(url, params, opts), opts);
}

/** Like `call` but returns the JSON envelope (fails the test when the body is not JSON). */
export async function callJson(
  base: string,
  method: string,
  params: Record<string, unknown> = {},
  opts: CallOptions = {},
): Promise<Record<string, unknown>> {
  const res = await call(base, method, params, opts);
  if (!res.json) throw new Error(`Expected JSON from ${method}, got HTTP ${res.status}: ${res.text.slice(0, 200)}`);
  return res.json;
}

/** Smallest valid value for a zod schema node; for an object, only its required keys. */
export function minimalValue(schema: unknown): unknown {
  const def = (schema as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'exact_optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return minimalValue(def['innerType']);
    case 'pipe':
      return minimalValue(def['in']);
    case 'lazy':
      return minimalValue((def['getter'] as () => unknown)());
    case 'string':
      return 'x';
    case 'number':
    case 'int':
      return 1;
    case 'boolean':
      return true;
    case 'enum':
      return Object.values(def['entries'] as Record<string, string>)[0];
    case 'literal':
      return (def['values'] as unknown[])[0];
    case 'union':
      return minimalValue((def['options'] as unknown[])[0]);
    case 'array':
      return [];
    case 'record':
      return {};
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(def['shape'] as Record<string, unknown>)) {
        if ((v as { _zod: { optin?: string } })._zod.optin !== 'optional') out[k] = minimalValue(v);
      }
      return out;
    }
    default:
      return 'x';
  }
}
