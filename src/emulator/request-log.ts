/**
 * The emulator's memory of requests: every request it saw (secrets redacted), the oldest dropped
 * beyond a limit, and one log line per request for the `log` option and the CLI. The inspector
 * reads it too: the headers and answer of the latest requests (kept as they were, redacted only
 * when shown) and a call per new request while someone listens.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { RecordedRequest } from './types.js';

/** What the inspector shows of a request besides its record; raw, redacted when shown. */
export interface RequestDetails {
  readonly seq: number;
  readonly headers: IncomingHttpHeaders;
  /** The answer's body (its first ANSWER_KEPT characters); undefined when none was sent. */
  readonly answer: string | undefined;
  /** For a 403003: the signature expected and the one received, which the record leaves out. */
  readonly signatures: { readonly expected: string; readonly received: string } | undefined;
}

/** Requests whose headers and answer are kept, the newest. */
export const DETAILS_KEPT = 500;
/** Characters of an answer kept. */
export const ANSWER_KEPT = 16 * 1024;

type Listener = (entry: RecordedRequest) => void;

/** The params of a record before any are known (frozen, so one object serves every record). */
const NO_PARAMS: Readonly<Record<string, string>> = Object.freeze({});

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Control characters escaped, so a value from a request cannot forge log lines. */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this escapes.
  return text.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export class RequestLog {
  readonly #max: number;
  readonly #sink: ((line: string) => void) | undefined;
  #entries: RecordedRequest[] = [];
  #seq = 0;
  /** Slot `seq % DETAILS_KEPT`; a slot whose seq differs belongs to an older request. */
  readonly #details: Array<RequestDetails | undefined> = new Array(DETAILS_KEPT);
  readonly #listeners = new Set<Listener>();

  constructor(max: number, sink: ((line: string) => void) | undefined) {
    this.#max = max;
    this.#sink = sink;
  }

  /** In completion order. */
  get entries(): readonly RecordedRequest[] {
    this.#trim();
    return this.#entries;
  }

  /** A record for a request that just arrived, before anything of it is known. */
  open(httpMethod: string, receivedAt: number): Mutable<RecordedRequest> {
    return {
      seq: ++this.#seq,
      receivedAt,
      httpMethod,
      method: '',
      url: '',
      absoluteForm: false,
      params: NO_PARAMS,
      apiKey: undefined,
      userKey: undefined,
      nonce: undefined,
      timestamp: undefined,
      jti: undefined,
      authMode: 'none',
      errorCode: undefined,
      httpStatus: undefined,
      faults: [],
      format: 'xml',
      durationMs: 0,
      signatureCheck: undefined,
    };
  }

  /**
   * Keeps a frozen copy of `record` (the request's stages may still hold the original). Written out
   * field by field, in `open`'s order: a spread of a record this size costs several times more.
   */
  add(record: RecordedRequest, details?: RequestDetails): void {
    const entry: RecordedRequest = {
      seq: record.seq,
      receivedAt: record.receivedAt,
      httpMethod: record.httpMethod,
      method: record.method,
      url: record.url,
      absoluteForm: record.absoluteForm,
      params: record.params,
      apiKey: record.apiKey,
      userKey: record.userKey,
      nonce: record.nonce,
      timestamp: record.timestamp,
      jti: record.jti,
      authMode: record.authMode,
      errorCode: record.errorCode,
      httpStatus: record.httpStatus,
      faults: record.faults,
      format: record.format,
      durationMs: record.durationMs,
      signatureCheck: record.signatureCheck,
    };
    const frozen = Object.freeze(entry);
    this.#entries.push(frozen);
    // Trimmed in batches (the list is read trimmed): a splice per request would copy the whole list each time.
    if (this.#entries.length >= this.#max + Math.max(64, this.#max >> 2)) this.#trim();
    if (details) this.#details[details.seq % DETAILS_KEPT] = details;
    if (this.#sink) this.#sink(lineOf(entry));
    if (this.#listeners.size > 0) for (const listener of this.#listeners) listener(frozen);
  }

  /** The record of request `seq`, while it is still kept. */
  find(seq: number): RecordedRequest | undefined {
    // Completion order is close to arrival order: look from the newest end.
    for (let i = this.#entries.length - 1; i >= 0; i--) if (this.#entries[i]?.seq === seq) return this.#entries[i];
    return undefined;
  }

  /** Headers and answer of request `seq`, for the latest DETAILS_KEPT requests. */
  details(seq: number): RequestDetails | undefined {
    const slot = this.#details[seq % DETAILS_KEPT];
    return slot?.seq === seq ? slot : undefined;
  }

  /** Calls `listener` with each request recorded from now on, until the returned function is called. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #trim(): void {
    if (this.#entries.length > this.#max) this.#entries.splice(0, this.#entries.length - this.#max);
  }

  /** Writes a line to the log, if the emulator has one. */
  line(text: string): void {
    this.#sink?.(text);
  }

  /** Starts a new list; a list read before stays as it was. */
  clear(): void {
    this.#entries = [];
  }
}

function lineOf(entry: RecordedRequest): string {
  const code = entry.errorCode === undefined ? '-' : String(entry.errorCode);
  const status = entry.httpStatus === undefined ? 'dropped' : String(entry.httpStatus);
  const faults = entry.faults.length > 0 ? ` faults=${entry.faults.join('+')}` : '';
  const who = `${entry.httpMethod} ${printable(
    entry.method || '(no method)',
  )} apiKey=${printable(entry.apiKey ?? '-')}`;
  return `${who} auth=${entry.authMode} errorCode=${code} http=${status} ${entry.durationMs.toFixed(1)}ms${faults}`;
}
