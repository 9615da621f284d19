/**
 * HTTP exchange over undici: pooled keep-alive connections, one deadline for the whole exchange
 * (connect, headers and body), a response size cap enforced while streaming, gzip/deflate, and
 * every failure mapped to a typed error whose message names the host and path but never the
 * request body (it carries the params and, in some auth modes, secrets).
 */
import type { Socket } from 'node:net';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import type { IncomingHttpHeaders } from 'node:http';
import { isUtf8 } from 'node:buffer';
import type { Agent, buildConnector, Dispatcher, ProxyAgent } from 'undici';
import {
  GigyaAbortError,
  GigyaConfigError,
  GigyaConnectionError,
  GigyaResponseError,
  GigyaTimeoutError,
} from '../errors.js';

export interface TransportOptions {
  /** Used as is and never closed by `close()`. Takes precedence over `proxy`. */
  dispatcher?: Dispatcher;
  /** `http://[user:pass@]host:port` (or https/socks5) proxy; requests go through an undici ProxyAgent. */
  proxy?: string;
  maxResponseBytes: number;
  userAgent: string;
}

export interface TransportRequest {
  url: URL;
  httpMethod: 'POST' | 'GET';
  headers: Record<string, string>;
  /** Already encoded (`application/x-www-form-urlencoded`) by the caller. */
  body: string | undefined;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

export interface TransportResponse {
  httpStatus: number;
  /** Lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** The body decoded (and decompressed) as UTF-8; invalid sequences as U+FFFD. */
  body: string;
  /** The body is not valid UTF-8: it cannot be an envelope, though an HTML page may still be reported as one. */
  malformedUtf8?: boolean;
}

export interface Transport {
  send(req: TransportRequest): Promise<TransportResponse>;
  /** Closes the connection pool this transport created (a caller's dispatcher is left open). */
  close(): Promise<void>;
}

/**
 * Pool settings. Keep-alive stays at undici's 4 s default when the server gives no `Keep-Alive`
 * hint: a longer guess risks reusing a socket the server has just closed, and a POST that fails
 * that way cannot be retried blindly. Server hints are honoured up to a minute.
 */
const POOL_OPTIONS = {
  connections: 64,
  keepAliveTimeout: 4_000,
  keepAliveMaxTimeout: 60_000,
} as const;

/** Longest connect (TCP and TLS) of any attempt; an attempt with less time left gets less. */
const MAX_CONNECT_MS = 10_000;

/** Largest delay `setTimeout` honours; longer timeouts mean "no deadline". */
const MAX_TIMER_MS = 2_147_483_647;

/** Headers the transport owns: the URL names the host, undici computes the length, the others are connection-level. */
const DROPPED_HEADERS: ReadonlySet<string> = new Set([
  'host',
  'content-length',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'proxy-authorization',
]);

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

/**
 * Creates the transport. Without a dispatcher it owns an undici `Agent` (or, with `proxy`, a
 * `ProxyAgent`). Through a proxy, `http://` targets are sent as absolute-form requests
 * (`POST http://host/path HTTP/1.1`, like curl and the official SDKs do) and `https://` targets
 * through a `CONNECT` tunnel: undici 7 would tunnel plain HTTP too by default, which many proxies
 * refuse for port 80.
 *
 * @throws GigyaConfigError when `proxy` is not a usable proxy URL or `maxResponseBytes` is not positive.
 */
export function createTransport(options: TransportOptions): Transport {
  if (!(options.maxResponseBytes > 0))
    throw new GigyaConfigError('maxResponseBytes must be a positive number of bytes.');
  const proxy = options.dispatcher || options.proxy === undefined ? undefined : proxyUrl(options.proxy);
  const viaProxy = proxy !== undefined;
  let closed = false;
  // The pool is opened on the first send, so importing the package and creating a client load no undici.
  let dispatcher: Dispatcher | undefined = options.dispatcher;
  let opening: Promise<Dispatcher> | undefined;
  const open = (): Promise<Dispatcher> =>
    (opening ??= createDispatcher(proxy).then((opened) => {
      dispatcher = opened;
      return opened;
    }));
  // undici hands a socket back to its pool one event-loop turn after its response completes. A
  // request sent before that would open another connection, so sends wait for the turn to pass
  // when a response has just completed: one wait per turn, shared by every request sent in it.
  let handoff: Promise<void> | undefined;
  const completed = (): void => {
    handoff ??= new Promise<void>((resolve) => {
      // From a microtask: undici schedules its hand-back after this response's handler returns.
      queueMicrotask(() =>
        setImmediate(() => {
          handoff = undefined;
          resolve();
        }),
      );
    });
  };

  /** The checks and waits, each in its place; `send` skips them when none applies. */
  const sendWhenReady = async (req: TransportRequest): Promise<TransportResponse> => {
    if (closed) throw closedError(req);
    if (!(req.timeoutMs > 0))
      throw new GigyaConfigError(`timeoutMs must be a positive number of milliseconds (request to ${whereOf(req)}).`);
    const ready = dispatcher ?? (await open());
    if (handoff) await handoff;
    if (closed) throw closedError(req);
    if (req.signal?.aborted) throw abortError(whereOf(req), req.signal);
    return exchange(ready, req, options, viaProxy, completed);
  };

  return {
    send(req: TransportRequest): Promise<TransportResponse> {
      if (closed || handoff || dispatcher === undefined || !(req.timeoutMs > 0) || req.signal?.aborted)
        return sendWhenReady(req);
      return exchange(dispatcher, req, options, viaProxy, completed);
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      if (opening) await (await opening.catch(() => undefined))?.close();
    },
  };
}

/** The proxy URL, checked when the client is created. */
function proxyUrl(proxy: string): URL {
  let url: URL;
  try {
    url = new URL(proxy);
  } catch {
    throw new GigyaConfigError(
      'proxy is not a valid URL; use the form http://host:port (credentials as http://user:pass@host:port).',
    );
  }
  if (!['http:', 'https:', 'socks5:', 'socks:'].includes(url.protocol)) {
    throw new GigyaConfigError(`proxy must be an http://, https:// or socks5:// URL, not ${url.protocol}//…`);
  }
  return url;
}

async function createDispatcher(proxy: URL | undefined): Promise<Dispatcher> {
  if (proxy === undefined) {
    const [AgentClass, connector] = await Promise.all([loadAgent(), loadConnector()]);
    return new AgentClass({ ...POOL_OPTIONS, connect: boundedConnector(connector) });
  }
  const ProxyAgentClass = await loadProxyAgent();
  try {
    return new ProxyAgentClass({
      uri: proxy.href,
      proxyTunnel: false,
      ...POOL_OPTIONS,
      connect: { timeout: MAX_CONNECT_MS },
    });
  } catch (error) {
    // The message may not repeat the URL: it can hold proxy credentials.
    throw new GigyaConfigError(
      `proxy ${proxy.protocol}//${proxy.host} cannot be used: ${error instanceof Error ? error.message : 'invalid'}.`,
      { cause: error },
    );
  }
}

/*
 * undici's Agent and connector are loaded from their own modules: the package's entry also loads
 * fetch, WebSocket, caches and mocks, which a client never uses and which triple the cost of a cold
 * start. They are the same the entry exports (a test checks it). Should undici move these files, or
 * a bundle leave them out (their names are not literals, which also keeps a user's compiler from
 * looking for their types), the entry is used instead. A ProxyAgent comes from the entry: its CONNECT
 * tunnel calls `connect()`, an API method the entry adds to every dispatcher.
 */
const AGENT_MODULE = 'undici/lib/dispatcher/agent.js';
const CONNECT_MODULE = 'undici/lib/core/connect.js';

async function loadAgent(): Promise<typeof Agent> {
  try {
    return ((await import(AGENT_MODULE)) as { default: typeof Agent }).default;
  } catch {
    return (await import('undici')).Agent;
  }
}

async function loadProxyAgent(): Promise<typeof ProxyAgent> {
  return (await import('undici')).ProxyAgent;
}

async function loadConnector(): Promise<typeof buildConnector> {
  try {
    return ((await import(CONNECT_MODULE)) as { default: typeof buildConnector }).default;
  } catch {
    return (await import('undici')).buildConnector;
  }
}

/**
 * The attempt whose dispatch is running right now. undici opens a connection synchronously inside
 * `dispatch()` for the request that needs it (a pool gives each waiting request its own
 * connection), so the connector learns from here which attempt caused the connect.
 */
let dispatching: Collector | undefined;

/**
 * undici's connector bound to the attempt: the connect (TCP, then TLS) ends when the attempt's
 * deadline passes or its caller aborts, not after undici's fixed connect timeout, and the half-open
 * socket is destroyed then, so a timed-out attempt leaves no connection behind.
 */
function boundedConnector(build: typeof buildConnector): buildConnector.connector {
  const connect = build({ timeout: MAX_CONNECT_MS });
  return (options, callback) => {
    const attempt = dispatching;
    if (attempt === undefined) return connect(options, callback);
    let settled = false;
    const settle = (error: Error | null, socket: Socket | null): void => {
      if (settled) {
        // A connect that completes after the attempt gave up is not handed to the pool.
        socket?.destroy();
        return;
      }
      settled = true;
      attempt.unwatchConnect(stop);
      if (error || socket === null) callback(error ?? connectStopped(), null);
      else callback(null, socket);
    };
    // undici's connector returns the socket it is connecting, though its type says void.
    const socket = connect(options, (error, connected) => settle(error, connected)) as unknown as Socket | undefined;
    function stop(): void {
      socket?.destroy();
      settle(connectStopped(), null);
    }
    attempt.watchConnect(stop);
  };
}

/** What undici tells the requests that waited for a connect the attempt stopped: nothing was sent. */
function connectStopped(): Error {
  const error = new Error('The connect was stopped at the deadline or by an abort of the attempt that opened it');
  return Object.assign(error, { code: 'UND_ERR_CONNECT_TIMEOUT' });
}

/** What the exchange learned before it failed, so errors can be classified. */
interface Progress {
  /** Response headers arrived. */
  responded: boolean;
  httpStatus: number | undefined;
  contentLength: number | undefined;
  received: number;
}

/** Whichever of the deadline and the caller's signal fired first decides how a failure is reported. */
interface Ending {
  readonly timedOut: boolean;
  readonly callerAborted: boolean;
}

/**
 * One exchange as an undici dispatch handler: the response is collected as it arrives (no stream,
 * no AbortController), and the exchange ends early on the deadline, the caller's abort, or an
 * answer over the size cap, whether undici has a socket for it yet or not. It settles once.
 */
class Collector implements Dispatcher.DispatchHandler, Ending {
  readonly progress: Progress = { responded: false, httpStatus: undefined, contentLength: undefined, received: 0 };
  readonly done: Promise<Buffer>;
  /** Lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string> = {};
  timedOut = false;
  callerAborted = false;

  readonly #req: TransportRequest;
  readonly #max: number;
  /** Called as a response completes, before undici hands its socket back to the pool. */
  readonly #completed: () => void;
  readonly #chunks: Buffer[] = [];
  #controller: Dispatcher.DispatchController | undefined;
  #settled = false;
  /** Why the exchange ended before undici gave it a controller: it is aborted as soon as it gets one. */
  #ended: Error | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Stops the connect this exchange's dispatch opened, while it is under way. */
  #stopConnect: (() => void) | undefined;
  #resolve!: (body: Buffer) => void;
  #reject!: (error: unknown) => void;

  constructor(req: TransportRequest, max: number, completed: () => void) {
    this.#req = req;
    this.#max = max;
    this.#completed = completed;
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    if (req.timeoutMs < MAX_TIMER_MS) this.#timer = setTimeout(onDeadline, req.timeoutMs, this);
    // The collector is the listener (handleEvent): no closure per exchange.
    req.signal?.addEventListener('abort', this, { once: true });
  }

  /** The deadline passed. */
  expire(): void {
    if (this.callerAborted) return;
    this.timedOut = true;
    this.#end(new Error('timeout'));
    this.#stopConnect?.();
  }

  /** The caller's signal fired. */
  handleEvent(): void {
    if (this.timedOut) return;
    this.callerAborted = true;
    this.#end(this.#req.signal?.reason);
    this.#stopConnect?.();
  }

  /** A connect for this exchange started (see boundedConnector); it ends at the deadline or abort. */
  watchConnect(stop: () => void): void {
    if (this.timedOut || this.callerAborted) stop();
    else this.#stopConnect = stop;
  }

  unwatchConnect(stop: () => void): void {
    if (this.#stopConnect === stop) this.#stopConnect = undefined;
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    // Ended while waiting for a socket: undici drops it before anything is written.
    if (this.#ended !== undefined) controller.abort(this.#ended);
    else this.#controller = controller;
  }

  onResponseStart(_controller: Dispatcher.DispatchController, statusCode: number, headers: IncomingHttpHeaders): void {
    if (statusCode < 200 || this.#settled) return; // 1xx: informational, the answer is still to come
    const progress = this.progress;
    progress.responded = true;
    progress.httpStatus = statusCode;
    const framing = framingProblem(headers);
    if (framing !== undefined)
      return this.#end(framingError(whereOf(this.#req), statusCode, `${framing}, so where its body ends is ambiguous`));
    this.headers = flattenHeaders(headers);
    const length = this.headers['content-length'];
    const declared = length === undefined ? NaN : Number(length);
    if (Number.isSafeInteger(declared) && declared >= 0) progress.contentLength = declared;
    if (progress.contentLength !== undefined && progress.contentLength > this.#max) this.#end(this.#tooLarge());
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.#settled) return;
    this.progress.received += chunk.length;
    if (this.progress.received > this.#max) return this.#end(this.#tooLarge());
    this.#chunks.push(chunk);
  }

  onResponseEnd(): void {
    if (this.#settled) return;
    const { contentLength, received } = this.progress;
    if (contentLength !== undefined && received < contentLength)
      return this.#end(truncated(whereOf(this.#req), this.progress, this.headers['content-type']));
    this.#completed();
    this.#settle(undefined, Buffer.concat(this.#chunks, received));
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    this.#settle(error);
  }

  #tooLarge(): GigyaResponseError {
    return tooLarge(whereOf(this.#req), this.#max, this.progress.httpStatus as number, this.headers['content-type']);
  }

  /** Ends the exchange from this side: undici drops the socket (an unread answer must not be reused). */
  #end(error: Error): void {
    if (this.#settled) return;
    this.#settle(error);
    if (this.#controller) this.#controller.abort(error);
    else this.#ended = error;
  }

  #settle(error: unknown, body?: Buffer): void {
    if (this.#settled) return;
    this.#settled = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#req.signal?.removeEventListener('abort', this);
    if (body === undefined) this.#reject(error);
    else this.#resolve(body);
  }
}

function onDeadline(collector: Collector): void {
  collector.expire();
}

function closedError(req: TransportRequest): GigyaConnectionError {
  return new GigyaConnectionError(
    `Cannot send to ${whereOf(req)}: the transport was closed. Create a new client.`,
    'UND_ERR_CLOSED',
  );
}

/** `host/path` of a request, as messages name it (never the query or the body). */
function whereOf(req: TransportRequest): string {
  return `${req.url.host}${req.url.pathname}`;
}

async function exchange(
  dispatcher: Dispatcher,
  req: TransportRequest,
  options: TransportOptions,
  viaProxy: boolean,
  completed: () => void,
): Promise<TransportResponse> {
  const collector = new Collector(req, options.maxResponseBytes, completed);
  try {
    dispatching = collector;
    try {
      dispatcher.dispatch(
        {
          origin: req.url.origin,
          path: `${req.url.pathname}${req.url.search}`,
          method: req.httpMethod,
          headers: requestHeaders(req, options.userAgent),
          body: req.body ?? null,
        },
        collector,
      );
    } finally {
      dispatching = undefined;
    }
    const raw = await collector.done;
    const { headers } = collector;
    const httpStatus = collector.progress.httpStatus as number;
    const encoding = headers['content-encoding'];
    const decoded =
      encoding === undefined || raw.length === 0
        ? raw
        : await decodeBody(raw, encoding, whereOf(req), options.maxResponseBytes, httpStatus, headers['content-type']);
    // Checked, not decoded leniently: a body that is not UTF-8 cannot be Gigya's answer.
    if (isUtf8(decoded)) return { httpStatus, headers, body: utf8Text(decoded) };
    return { httpStatus, headers, body: decoded.toString('utf8'), malformedUtf8: true };
  } catch (error) {
    throw failureOf(error, collector, req, whereOf(req), collector.progress, viaProxy);
  }
}

/** Valid UTF-8 as text, without a leading byte order mark (as a WHATWG decoder reads it). */
function utf8Text(bytes: Buffer): string {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return bom ? bytes.toString('utf8', 3) : bytes.toString('utf8');
}

/**
 * Refuses an answer whose end cannot be known for sure: several Content-Length values (equal ones
 * included, RFC 9112 §6.3), or Content-Length beside Transfer-Encoding, the shape of a response
 * smuggled through an intermediary. undici's own parser refuses these first (see mapError); this covers
 * dispatchers that hand such headers over (a MockAgent, a caller's own).
 */
function framingProblem(headers: IncomingHttpHeaders): string | undefined {
  const length = headers['content-length'];
  if (Array.isArray(length) || (length !== undefined && !/^\s*\d+\s*$/.test(length)))
    return 'carries more than one Content-Length value';
  if (length !== undefined && headers['transfer-encoding'] !== undefined)
    return 'carries both Content-Length and Transfer-Encoding';
  return undefined;
}

function framingError(
  where: string,
  httpStatus: number | undefined,
  what: string,
  cause?: unknown,
): GigyaResponseError {
  return new GigyaResponseError(
    `The response from ${where} ${what} (broken HTTP framing); it was not read. Something between the client and ` +
      `Gigya (a proxy, a gateway, a wrong \`baseUrl\`) answered; retrying would get the same.`,
    { problem: 'framing', httpStatus, ...(cause === undefined ? {} : { cause }) },
  );
}

/** The typed error an exchange ends with: the deadline and the caller's abort come first. */
function failureOf(
  error: unknown,
  limit: Ending,
  req: TransportRequest,
  where: string,
  progress: Progress,
  viaProxy: boolean,
): Error {
  if (limit.timedOut) {
    return new GigyaTimeoutError(
      `No complete answer from ${where} within ${req.timeoutMs} ms${
        progress.responded ? ' (the response body was still arriving)' : ''
      }. Gigya may or may not have processed the request; raise \`timeoutMs\`, or retry if the method is safe to ` +
        `repeat.`,
      req.timeoutMs,
      { cause: error },
    );
  }
  if (limit.callerAborted) return abortError(where, req.signal!);
  if (error instanceof GigyaResponseError || error instanceof GigyaConfigError) return error;
  return mapError(error, where, progress, req.timeoutMs, viaProxy);
}

function requestHeaders(req: TransportRequest, userAgent: string): Record<string, string> {
  const headers: Record<string, string> = { 'user-agent': userAgent, 'accept-encoding': 'gzip, deflate' };
  for (const [name, value] of Object.entries(req.headers)) {
    const key = name.toLowerCase();
    if (!DROPPED_HEADERS.has(key)) headers[key] = value;
  }
  return headers;
}

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

async function decodeBody(
  raw: Buffer,
  contentEncoding: string | undefined,
  where: string,
  max: number,
  httpStatus: number,
  contentType: string | undefined,
): Promise<Buffer> {
  if (raw.length === 0 || contentEncoding === undefined) return raw;
  // Codings apply in the order listed, so undo them from the last.
  const codings = contentEncoding
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity')
    .reverse();
  let data = raw;
  for (const coding of codings) {
    const opts = { maxOutputLength: max };
    try {
      if (coding === 'gzip' || coding === 'x-gzip') data = await gunzip(data, opts);
      // "deflate" should be zlib-wrapped, but some servers send raw deflate; the zlib header tells them apart.
      else if (coding === 'deflate')
        data = (data[0]! & 0x0f) === 0x08 ? await inflate(data, opts) : await inflateRaw(data, opts);
      else if (coding === 'br') data = await brotli(data, opts);
      else {
        throw new GigyaResponseError(
          `The response from ${where} uses Content-Encoding ${JSON.stringify(coding)}, which this client cannot ` +
            `decode (it asks for gzip or deflate). Check \`proxy\`/\`baseUrl\`.`,
          {
            problem: 'bad-encoding',
            httpStatus,
            contentType,
          },
        );
      }
    } catch (error) {
      if (error instanceof GigyaResponseError) throw error;
      const code = (error as { code?: unknown }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
        throw tooLarge(where, max, httpStatus, contentType, true);
      if (code === 'Z_BUF_ERROR') {
        throw new GigyaResponseError(
          `The ${coding} response body from ${where} ends early: the connection was probably cut. Retry if the ` +
            `method is safe to repeat.`,
          {
            problem: 'truncated',
            httpStatus,
            contentType,
            cause: error,
          },
        );
      }
      throw new GigyaResponseError(
        `The ${coding} response body from ${where} could not be decompressed (corrupt data). Retry later; check ` +
          `\`proxy\` if it keeps happening.`,
        {
          problem: 'bad-encoding',
          httpStatus,
          contentType,
          cause: error,
        },
      );
    }
  }
  return data;
}

function tooLarge(
  where: string,
  max: number,
  httpStatus: number,
  contentType: string | undefined,
  decompressed = false,
): GigyaResponseError {
  return new GigyaResponseError(
    `The response from ${where} is larger than maxResponseBytes (${max} bytes${
      decompressed ? ' once decompressed' : ''
    }); reading stopped. Raise \`maxResponseBytes\` if such answers are expected, or narrow the request.`,
    { problem: 'too-large', httpStatus, contentType },
  );
}

function truncated(
  where: string,
  progress: Progress,
  contentType: string | undefined,
  cause?: unknown,
): GigyaResponseError {
  const amount =
    progress.contentLength === undefined
      ? `${progress.received} bytes, before it was complete`
      : `${progress.received} of ${progress.contentLength} bytes announced by Content-Length`;
  return new GigyaResponseError(
    `The response from ${where} ended after ${amount}: the connection was cut. Retry if the method is safe to repeat.`,
    { problem: 'truncated', httpStatus: progress.httpStatus, contentType, ...(cause === undefined ? {} : { cause }) },
  );
}

/** `where` is the host and path, or the method name when nothing was sent yet. */
export function abortError(where: string, signal: AbortSignal): GigyaAbortError {
  const reason: unknown = signal.reason;
  const detail = reason instanceof Error && reason.name !== 'AbortError' ? `: ${reason.message}` : '';
  return new GigyaAbortError(`The request to ${where} was aborted by the caller's AbortSignal${detail}.`, {
    cause: reason,
  });
}

/** The first string `code` on the error, its cause chain, or an AggregateError's members (happy eyeballs). */
function errorCode(error: unknown, depth = 0): string | undefined {
  if (typeof error !== 'object' || error === null || depth > 4) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  const members = (error as { errors?: unknown }).errors;
  if (Array.isArray(members)) {
    for (const member of members) {
      const c = errorCode(member, depth + 1);
      if (c) return c;
    }
  }
  return errorCode((error as { cause?: unknown }).cause, depth + 1);
}

const TLS_CODES =
  /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$|HOSTNAME_MISMATCH$|UND_ERR_PRX_TLS)/;

/** Maps an undici / socket failure to the typed error the pipeline classifies. */
function mapError(error: unknown, where: string, progress: Progress, timeoutMs: number, viaProxy: boolean): Error {
  const code = errorCode(error);
  const opts = { cause: error };
  if (error instanceof Error && (error.name === 'HTTPParserError' || code?.startsWith('HPE_')))
    return framingError(where, progress.httpStatus, 'is not valid HTTP/1.1', error);
  // undici's parser refuses conflicting framing headers before it hands any headers over, and
  // reports that as a length mismatch; after the headers, the same code means a body cut short.
  if (code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' && !progress.responded)
    return framingError(
      where,
      undefined,
      'has conflicting framing headers (several Content-Length values, or Content-Length with Transfer-Encoding)',
      error,
    );
  const cutShort = progress.contentLength !== undefined && progress.received < progress.contentLength;

  switch (code) {
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return new GigyaTimeoutError(
        `The ${code === 'UND_ERR_HEADERS_TIMEOUT' ? 'response headers' : 'response body'} from ${where} did not ` +
          `arrive within the dispatcher's ${
            code === 'UND_ERR_HEADERS_TIMEOUT' ? 'headersTimeout' : 'bodyTimeout'
          }. Gigya may or may not have processed the request; raise the dispatcher timeout, or retry if the method ` +
          `is safe to repeat.`,
        timeoutMs,
        opts,
      );
    case 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH':
    case 'ERR_STREAM_PREMATURE_CLOSE':
      return truncated(where, progress, undefined, error);
    default:
      break;
  }
  // The socket closed or broke after the headers and before the body was complete (Content-Length
  // promised more, or a chunked body never got its last chunk): a truncated answer.
  const bodyIncomplete = progress.contentLength === undefined || cutShort;
  if (
    progress.responded &&
    bodyIncomplete &&
    (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_ABORTED')
  ) {
    return truncated(where, progress, undefined, error);
  }

  const stage = progress.responded ? 'while reading the response body' : 'before a response arrived';
  let what: string;
  switch (code) {
    case 'ECONNREFUSED':
      what =
        `Connection to ${where} refused${viaProxy ? ' (by the proxy or the host)' : ''}. Check ` +
        `\`baseUrl\`/\`dataCenter\`${viaProxy ? ' and `proxy`' : ''}; nothing was sent.`;
      break;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      what =
        `Cannot resolve the host of ${where} (DNS ${code}). Check \`dataCenter\`/\`apiDomain\`/\`baseUrl\` and ` +
        `the network's DNS; nothing was sent.`;
      break;
    case 'UND_ERR_CONNECT_TIMEOUT':
      what = `Connecting to ${where} timed out; nothing was sent. Check the network${
        viaProxy ? ' and `proxy`' : ''
      }, or retry later.`;
      break;
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      what =
        `The connection to ${where} was closed ${stage}. Gigya may or may not have processed the request; ` +
        `retry if the method is safe to repeat.`;
      break;
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      what = `The network could not reach ${where} (${code}). Check connectivity${
        viaProxy ? ' and `proxy`' : ''
      }, or retry later.`;
      break;
    case 'UND_ERR_CLOSED':
    case 'UND_ERR_DESTROYED':
      what =
        `Cannot send to ${where}: the connection pool was closed. Create a new client (or do not close a ` +
        `dispatcher still in use).`;
      break;
    case 'UND_ERR_ABORTED':
      // Not our deadline nor the caller's signal: undici gave up, e.g. a proxy refused the CONNECT tunnel.
      what = `The request to ${where} was abandoned ${stage}${
        viaProxy ? ' (the proxy refused to open a tunnel or dropped the connection)' : ''
      }: ${safeMessage(error)}. Check \`proxy\`, or retry later.`;
      break;
    case 'UND_ERR_INVALID_ARG':
      return new GigyaConfigError(
        `The request to ${where} could not be sent: ${safeMessage(error)}. Check the extra headers passed in the ` +
          `call options.`,
        opts,
      );
    case 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH':
      what =
        `The request body to ${where} did not match its Content-Length; nothing usable was sent. This is a bug ` +
        `in the caller's headers or body.`;
      break;
    default:
      if (code !== undefined && TLS_CODES.test(code)) {
        what =
          `TLS with ${where} failed (${code}). Check the system's CA certificates, the clock, and any ` +
          `TLS-intercepting \`proxy\`; nothing was sent.`;
      } else {
        what =
          `The request to ${where} failed ${stage}${code ? ` (${code})` : ''}: ${safeMessage(error)}. Retry if ` +
          `the method is safe to repeat.`;
      }
  }
  return new GigyaConnectionError(what, code, opts);
}

/** A short description of a low-level error. These messages come from undici/node and hold no request data. */
function safeMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 200 ? `${message.slice(0, 199)}…` : message || 'unknown error';
}
