/**
 * One request and its answer: the object every stage of request handling reads and fills in. It
 * knows how to answer (format, JSONP callback, `httpStatusCodes`, an injected delivery fault) and
 * records the request once, whatever way the exchange ends.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { MethodDescriptor } from '../runtime.js';
import type { EmulatorContext } from './context.js';
import {
  apiError,
  newCallId,
  renderOutcome,
  statusCodeOf,
  xmlRootMethod,
  type ApiOutcome,
  type RenderedBody,
  type WireFormat,
} from './envelope.js';
import { ANSWER_KEPT, type Mutable, type RequestDetails } from './request-log.js';
import type { RecordedRequest } from './types.js';
import type { AuthOk } from './verify.js';
import { sniffParam, type RequestTarget } from './wire.js';

/** Params before any are decoded. */
const NO_PARAMS: Readonly<Record<string, string>> = Object.freeze({});

/** How the answer reaches the client: whole, cut mid-body (`truncate`) or not at all (`reset-after`). */
export type Delivery = 'normal' | 'truncate' | 'reset';

const UNAVAILABLE_PAGE =
  '<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head>' +
  '<body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your request. Please try again ' +
  'later.</p></body></html>\n';

/** The Date header of the current second, formatted once per second. */
let dateSecond = Number.NaN;
let dateText = '';

function httpDate(nowMs: number): string {
  const second = Math.floor(nowMs / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateText = new Date(second * 1000).toUTCString();
  }
  return dateText;
}

export class Exchange {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly emulator: EmulatorContext;
  readonly callId = newCallId();
  /** What the request log will hold; stages fill it in as they learn. */
  readonly record: Mutable<RecordedRequest>;

  // How to answer; the REST reference's historical default is XML.
  format: WireFormat = 'xml';
  callback: string | undefined;
  context: string | undefined;
  httpStatusCodes = false;
  delivery: Delivery = 'normal';
  /** An injected `expired` fault, answered once the request has authenticated. */
  expiredFault = false;
  /** A 403003's signatures, for the inspector only. */
  signatures: RequestDetails['signatures'];

  // What the stages learn, in order.
  target: RequestTarget | undefined;
  /** The method the path names; undefined when it names none. */
  method: string | undefined;
  body: Buffer | undefined;
  /** Query and body params, as decoded text. */
  params: Readonly<Record<string, string>> = NO_PARAMS;
  /** A bad `format` or `callback`, answered once injected faults had their turn. */
  formatProblem: ApiOutcome | undefined;
  descriptor: MethodDescriptor | undefined;
  auth: AuthOk | undefined;
  /** The method's params, typed and validated, by the catalog's names. */
  methodParams: Record<string, unknown> | undefined;

  readonly #startedAt = performance.now();
  #finished = false;
  /** The body sent, for the inspector. */
  #answer: string | undefined;

  constructor(req: IncomingMessage, res: ServerResponse, emulator: EmulatorContext) {
    this.req = req;
    this.res = res;
    this.emulator = emulator;
    this.record = emulator.requests.open(req.method ?? '', emulator.now());
    res.on('close', () => this.finish());
  }

  /** `format` and `httpStatusCodes` from text that may not parse as a whole, for early answers. */
  sniffAnswerParams(text: string): void {
    const asked = sniffParam(text, 'format')?.toLowerCase();
    if (asked === 'json' || asked === 'xml') this.format = asked;
    if (sniffParam(text, 'httpStatusCodes')?.toLowerCase() === 'true') this.httpStatusCodes = true;
  }

  /** Answers with an envelope (or cuts it short, as an injected fault asks). */
  send(outcome: ApiOutcome, closeAfter = false): void {
    if (this.res.headersSent || this.res.destroyed) return this.finish();
    if (this.delivery === 'reset') return this.drop();
    const { rendered, errorCode } = this.#render(outcome);
    this.#answer = rendered.body;
    const length = Buffer.byteLength(rendered.body, 'utf8');
    const status = this.httpStatusCodes && errorCode !== 0 ? statusCodeOf(errorCode) : 200;
    const httpStatus = status >= 200 && status <= 599 ? status : 200;
    this.record.errorCode = errorCode;
    const truncate = this.delivery === 'truncate';
    const headers: Record<string, string> = {
      'content-type': rendered.contentType,
      'content-length': String(truncate ? length + 64 : length),
      date: httpDate(this.emulator.now()),
      'cache-control': 'no-store',
    };
    if (closeAfter) headers['connection'] = 'close';
    this.res.writeHead(httpStatus, headers);
    this.record.httpStatus = httpStatus;
    if (truncate) {
      // Announce more than is sent, then cut the connection mid-body.
      const body = Buffer.from(rendered.body, 'utf8');
      this.res.write(body.subarray(0, Math.floor(body.length / 2)), () => this.drop());
      return;
    }
    // As text: node:http sends the head and a text body in one write, a Buffer body in a writev.
    this.res.end(rendered.body, 'utf8');
    this.finish();
  }

  /** An HTML 503 page, as a load balancer in front of Gigya answers. */
  sendUnavailable(): void {
    const body = Buffer.from(UNAVAILABLE_PAGE, 'utf8');
    const headers = {
      'content-type': 'text/html; charset=utf-8',
      'content-length': String(body.length),
      date: httpDate(this.emulator.now()),
    };
    this.res.writeHead(503, headers);
    this.record.httpStatus = 503;
    this.#answer = UNAVAILABLE_PAGE;
    this.res.end(body);
    this.finish();
  }

  /** Resets the connection without an answer. */
  drop(): void {
    const socket = this.req.socket as Socket & { resetAndDestroy?: () => Socket };
    try {
      // A TCP reset where the socket has a TCP handle of its own; a TLS socket (HTTPS, or a tunnel
      // the emulator ends) throws ERR_INVALID_HANDLE_TYPE here, and is closed instead.
      if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
      else socket.destroy();
    } catch {
      socket.destroy();
    }
    this.finish();
  }

  /** Records the request, once. */
  finish(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.record.format = this.format;
    this.record.durationMs = performance.now() - this.#startedAt;
    const answer = this.#answer;
    this.emulator.requests.add(this.record, {
      seq: this.record.seq,
      headers: this.req.headers,
      // A copy of the start of a long answer, so the whole answer is not kept alive by it.
      answer:
        answer === undefined || answer.length <= ANSWER_KEPT
          ? answer
          : Buffer.from(answer.slice(0, ANSWER_KEPT)).toString(),
      signatures: this.signatures,
    });
  }

  /** Never lets a rendering problem take the server down: 500001 in JSON instead. */
  #render(outcome: ApiOutcome): { rendered: RenderedBody; errorCode: number } {
    const root = xmlRootMethod(this.method);
    const ctx = { callId: this.callId, nowMs: this.emulator.now(), context: this.context };
    try {
      return { rendered: renderOutcome(this.format, root, outcome, ctx, this.callback), errorCode: outcome.errorCode };
    } catch {
      const failed = apiError(500001, 'The emulator could not render the response.');
      return {
        rendered: renderOutcome('json', root, failed, { ...ctx, nowMs: this.emulator.now() }),
        errorCode: 500001,
      };
    }
  }
}
