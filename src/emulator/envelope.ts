/**
 * Gigya's response envelope in JSON, JSONP and XML.
 */
import { randomFillSync } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import { lookupErrorCode } from '../../generated/errors.docs.gen.js';
import { toXmlEnvelope } from './xml.js';

export type WireFormat = 'json' | 'jsonp' | 'xml';

/** What a step of request handling decided: a code, an optional message/details, and data fields. */
export interface ApiOutcome {
  readonly errorCode: number;
  /** Defaults to the catalog's message for the code. */
  readonly errorMessage?: string;
  readonly errorDetails?: string;
  /** Method response fields (success) or extra error fields (e.g. validationErrors). */
  readonly data?: Readonly<Record<string, unknown>>;
}

export function apiError(errorCode: number, errorDetails?: string, data?: Record<string, unknown>): ApiOutcome {
  return {
    errorCode,
    ...(errorDetails === undefined ? {} : { errorDetails }),
    ...(data === undefined ? {} : { data }),
  };
}

export function isApiOutcome(value: unknown): value is ApiOutcome {
  return (
    typeof value === 'object' && value !== null && typeof (value as { errorCode?: unknown }).errorCode === 'number'
  );
}

/** `statusCode` of the envelope: 200 for success, otherwise `errorCode // 1000` (as every observed envelope). */
export function statusCodeOf(errorCode: number): number {
  return errorCode === 0 ? 200 : Math.floor(errorCode / 1000);
}

const REASONS: Readonly<Record<number, string>> = { 413: 'Request Entity Too Large' };

export function statusReasonOf(statusCode: number): string {
  return REASONS[statusCode] ?? STATUS_CODES[statusCode] ?? 'Unknown';
}

/**
 * Call ids drawn 256 at a time: one system call and one hex conversion for all of them cost less
 * than either per request.
 */
const CALL_IDS_PER_DRAW = 256;
const callIdBytes = Buffer.alloc(16 * CALL_IDS_PER_DRAW);
let callIdHex = '';
let callIdNext = CALL_IDS_PER_DRAW;

/** 32 random hex digits, like Gigya's call ids. */
export function newCallId(): string {
  if (callIdNext === CALL_IDS_PER_DRAW) {
    randomFillSync(callIdBytes);
    callIdHex = callIdBytes.toString('hex');
    callIdNext = 0;
  }
  const start = 32 * callIdNext++;
  return callIdHex.slice(start, start + 32);
}

const ENVELOPE_FIELDS = new Set([
  'callId',
  'errorCode',
  'errorMessage',
  'errorDetails',
  'apiVersion',
  'statusCode',
  'statusReason',
  'time',
  'context',
]);

export interface EnvelopeContext {
  readonly callId: string;
  readonly nowMs: number;
  readonly context: string | undefined;
}

/** The envelope as an ordered object (JSON field order). Data fields never overwrite envelope fields. */
export function buildEnvelope(outcome: ApiOutcome, ctx: EnvelopeContext): Record<string, unknown> {
  const statusCode = statusCodeOf(outcome.errorCode);
  const env: Record<string, unknown> = { callId: ctx.callId, errorCode: outcome.errorCode };
  if (outcome.errorCode !== 0) {
    const message = outcome.errorMessage ?? lookupErrorCode(outcome.errorCode)?.message ?? 'Error';
    env['errorDetails'] = outcome.errorDetails ?? message;
    env['errorMessage'] = message;
  }
  env['apiVersion'] = 2;
  env['statusCode'] = statusCode;
  env['statusReason'] = statusReasonOf(statusCode);
  env['time'] = isoTime(ctx.nowMs);
  if (ctx.context !== undefined) env['context'] = ctx.context;
  for (const [key, value] of Object.entries(outcome.data ?? {})) {
    if (!ENVELOPE_FIELDS.has(key) && value !== undefined) env[key] = value;
  }
  return env;
}

/**
 * `JSON.stringify(buildEnvelope(outcome, ctx))`, written as text: every request renders one, and
 * the object in between cost more than the answer's other work. Data whose keys could be array
 * indexes (which an object lists first) goes the long way, so the text stays the same.
 */
export function envelopeJson(outcome: ApiOutcome, ctx: EnvelopeContext): string {
  const { errorCode, data } = outcome;
  let rest: Record<string, unknown> | undefined;
  if (data !== undefined) {
    for (const key in data) {
      if (!Object.hasOwn(data, key)) continue;
      const code = key.charCodeAt(0);
      if (code >= 0x30 && code <= 0x39) return JSON.stringify(buildEnvelope(outcome, ctx));
      const value = data[key];
      if (value === undefined || ENVELOPE_FIELDS.has(key)) continue;
      rest ??= {};
      rest[key] = value;
    }
  }
  const statusCode = statusCodeOf(errorCode);
  let text = `{"callId":${jsonText(ctx.callId)},"errorCode":${jsonNumber(errorCode)}`;
  if (errorCode !== 0) {
    const message = outcome.errorMessage ?? lookupErrorCode(errorCode)?.message ?? 'Error';
    text += `,"errorDetails":${JSON.stringify(outcome.errorDetails ?? message)}`;
    text += `,"errorMessage":${JSON.stringify(message)}`;
  }
  text += `,"apiVersion":2,"statusCode":${jsonNumber(statusCode)},"statusReason":${reasonJson(statusCode)}`;
  text += `,"time":"${isoTime(ctx.nowMs)}"`;
  if (ctx.context !== undefined) text += `,"context":${JSON.stringify(ctx.context)}`;
  if (rest === undefined) return `${text}}`;
  const fields = JSON.stringify(rest);
  return fields === '{}' ? `${text}}` : `${text},${fields.slice(1)}`;
}

/** Text JSON writes as is (a call id's hex digits, a method name) skips JSON.stringify. */
const PLAIN_TEXT = /^[\w.-]*$/;

/** `JSON.stringify(value)` of a string. */
export function jsonText(value: string): string {
  return PLAIN_TEXT.test(value) ? `"${value}"` : JSON.stringify(value);
}

/** `JSON.stringify(value)` of a number. */
export function jsonNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : 'null';
}

/** `statusReason` as JSON, per status code. */
const reasonsJson = new Map<number, string>();

function reasonJson(statusCode: number): string {
  let text = reasonsJson.get(statusCode);
  if (text === undefined) {
    text = JSON.stringify(statusReasonOf(statusCode));
    if (reasonsJson.size < 1024) reasonsJson.set(statusCode, text);
  }
  return text;
}

/** `new Date(ms).toISOString()`, its seconds formatted once per second. */
let isoSecond = Number.NaN;
let isoPrefix = '';

function isoTime(nowMs: number): string {
  const ms = Math.trunc(nowMs);
  const second = Math.floor(ms / 1000);
  if (second !== isoSecond) {
    // Throws for a time no Date can hold, as toISOString does.
    const text = new Date(second * 1000).toISOString();
    if (text.length !== 24) return new Date(ms).toISOString();
    isoSecond = second;
    isoPrefix = text.slice(0, 20);
  }
  const milli = ms - second * 1000;
  return `${isoPrefix}${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
}

/** Field order of the seed's XML answers: status first, then error, then the rest. */
function xmlOrder(env: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of [
    'statusCode',
    'statusReason',
    'errorCode',
    'errorMessage',
    'errorDetails',
    'callId',
    'apiVersion',
    'time',
    'context',
  ]) {
    if (env[key] !== undefined) out[key] = env[key];
  }
  for (const [key, value] of Object.entries(env)) {
    if (!ENVELOPE_FIELDS.has(key)) out[key] = value;
  }
  return out;
}

export interface RenderedBody {
  readonly body: string;
  readonly contentType: string;
}

/** Serializes the envelope. `callback` is the (already checked) JSONP function name. */
export function renderEnvelope(
  format: WireFormat,
  method: string,
  env: Record<string, unknown>,
  callback?: string,
): RenderedBody {
  if (format === 'xml') {
    return { body: toXmlEnvelope(method, xmlOrder(env)), contentType: XML_TYPE };
  }
  return jsonBody(format, JSON.stringify(env), callback);
}

/** `renderEnvelope(format, method, buildEnvelope(outcome, ctx), callback)`, JSON without the object. */
export function renderOutcome(
  format: WireFormat,
  method: string,
  outcome: ApiOutcome,
  ctx: EnvelopeContext,
  callback?: string,
): RenderedBody {
  if (format === 'xml') return renderEnvelope(format, method, buildEnvelope(outcome, ctx));
  return jsonBody(format, envelopeJson(outcome, ctx), callback);
}

const XML_TYPE = 'text/xml; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const JSONP_TYPE = 'text/javascript; charset=utf-8';

function jsonBody(format: WireFormat, json: string, callback: string | undefined): RenderedBody {
  if (format === 'jsonp' && callback !== undefined) return { body: `${callback}(${json});`, contentType: JSONP_TYPE };
  return { body: json, contentType: JSON_TYPE };
}

/** The root element name needs a method; unknown paths get a neutral one. */
export function xmlRootMethod(method: string | undefined): string {
  return method ?? 'gigya.api';
}
