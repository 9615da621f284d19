/**
 * The emulator's memory of requests: every request it saw (secrets redacted), the oldest dropped
 * beyond a limit, and one log line per request for the `log` option and the CLI.
 */
import type { RecordedRequest } from './types.js';

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
      params: Object.freeze({}),
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
    };
  }

  add(entry: RecordedRequest): void {
    this.#entries.push(Object.freeze(entry));
    // Trimmed in batches (the list is read trimmed): a splice per request would copy the whole list each time.
    if (this.#entries.length >= this.#max + Math.max(64, this.#max >> 2)) this.#trim();
    if (this.#sink) this.#sink(lineOf(entry));
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
  const who = `${entry.httpMethod} ${printable(entry.method || '(no method)')} apiKey=${printable(entry.apiKey ?? '-')}`;
  return `${who} auth=${entry.authMode} errorCode=${code} http=${status} ${entry.durationMs.toFixed(1)}ms${faults}`;
}
