/**
 * The emulator's HTTP server: one request in, one Gigya envelope out (or an injected fault).
 *
 * Order of checks per request: request target → body (size, encoding) → injected faults →
 * format → method (501001) → data center (301001) → site and credentials → method access → params (generated zod
 * validators) → method behaviour. All per-request data lives in the handler's locals, so any
 * number of concurrent requests is safe.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { inspect } from 'node:util';
import { methodRegistry } from '../../generated/index.js';
import { checkDataCenter } from './datacenter.js';
import { validateParams } from './decode.js';
import { apiError, buildEnvelope, newCallId, renderEnvelope, statusCodeOf, xmlRootMethod, type ApiOutcome, type WireFormat } from './envelope.js';
import { FAULT_HEADER, FaultHeaderError, FaultInjector, parseFaultHeader } from './faults.js';
import { runHandler } from './handlers.js';
import { ReplayCache } from './replay.js';
import { EmulatorState, loadFixture } from './state.js';
import type { EmulatorAuthMode, EmulatorOptions, FaultRule, FaultType, RecordedRequest } from './types.js';
import { authenticate, claimedAuthMode } from './verify.js';
import { WireFormatError, decodeForm, methodFromPath, readBody, resolveTarget, sniffParam, type RequestTarget } from './wire.js';

export interface EmulatorHandle {
  /** Base URL, e.g. `http://127.0.0.1:41234`; calls go to `${url}/socialize.getUserInfo`. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** apiKey of the fixture's first site (the default fixture has one). */
  readonly apiKey: string;
  /** Secret of that site (a local test secret; not shown by `console.log(emulator)`). */
  readonly secret: string;
  /** The live in-memory state (sites, users, sessions); tests may read and change it. */
  readonly state: EmulatorState;
  /** Every request seen so far, in completion order (secrets redacted). */
  readonly requests: readonly RecordedRequest[];
  /** Replaces the fault rules (their counters restart). */
  setFaults(rules: readonly FaultRule[]): void;
  clearRequests(): void;
  /** Back to the fixture: state, remembered nonces, recorded requests and fault counters. */
  reset(): void;
  close(): Promise<void>;
}

const REDACTED = '[redacted]';
const SECRET_PARAMS: ReadonlySet<string> = new Set(['secret', 'sig', 'oauth_token']);
const FORMATS: ReadonlySet<string> = new Set(['json', 'jsonp', 'xml']);
const JSONP_CALLBACK = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

const UNAVAILABLE_PAGE =
  '<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head>' +
  '<body><h1>Service Unavailable</h1><p>The server is temporarily unable to service your request. Please try again later.</p></body></html>\n';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Unref'd: an injected delay still pending must not keep a closed emulator's process alive. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Control characters escaped, so a value from a request cannot forge log lines. */
function printable(text: string): string {
  return text.replace(/[\x00-\x1f\x7f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function redact(params: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    Object.defineProperty(out, key, { value: SECRET_PARAMS.has(key) ? REDACTED : value, enumerable: true, writable: false });
  }
  return Object.freeze(out);
}

/** Merges query and body params (the body wins on a duplicate name). */
function mergeParams(...lists: Array<Array<[string, string]>>): Record<string, string> {
  const map = new Map<string, string>();
  for (const list of lists) for (const [k, v] of list) map.set(k, v);
  return Object.fromEntries(map);
}

function isFormContentType(contentType: string | undefined): boolean {
  if (contentType === undefined || contentType.trim() === '') return true;
  const type = contentType.split(';')[0]?.trim().toLowerCase();
  return type === 'application/x-www-form-urlencoded' || type === 'text/plain';
}

export async function startEmulatorServer(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const now = options.now ?? Date.now;
  const fixture = loadFixture(options.fixture);
  const state = new EmulatorState(fixture, now);
  const windowSeconds = options.timestampWindowSeconds ?? 120;
  // A timestamp passes for 2 × window of real time, so a nonce must be remembered at least that
  // long, or a replay outlives the nonce memory and is accepted.
  const nonceTtlSeconds = Math.max(options.nonceTtlSeconds ?? 600, 2 * windowSeconds);
  const replay = new ReplayCache(nonceTtlSeconds * 1000, options.maxNonces ?? 1_000_000);
  const faults = new FaultInjector(options.faults ?? []);
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  const maxRecorded = options.maxRecordedRequests ?? 10_000;
  const allowFaultHeader = options.faultHeader ?? true;
  const baseLatency = options.latencyMs ?? 0;
  const tls = options.tls !== undefined;
  const trustForwardedProto = options.trustForwardedProto ?? false;
  const enforceDataCenter = options.enforceDataCenter ?? true;
  const log = options.log;
  let requests: RecordedRequest[] = [];
  let seqCounter = 0;

  function record(entry: RecordedRequest): void {
    requests.push(Object.freeze(entry));
    if (requests.length > maxRecorded) requests.splice(0, requests.length - maxRecorded);
    if (log) {
      const code = entry.errorCode === undefined ? '-' : String(entry.errorCode);
      const status = entry.httpStatus === undefined ? 'dropped' : String(entry.httpStatus);
      const faultText = entry.faults.length > 0 ? ` faults=${entry.faults.join('+')}` : '';
      log(
        `${entry.httpMethod} ${printable(entry.method || '(no method)')} apiKey=${printable(entry.apiKey ?? '-')} auth=${entry.authMode} errorCode=${code} http=${status} ${entry.durationMs.toFixed(1)}ms${faultText}`,
      );
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const t0 = performance.now();
    const callId = newCallId();
    const rec: Mutable<RecordedRequest> = {
      seq: ++seqCounter,
      receivedAt: now(),
      httpMethod: req.method ?? '',
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
    let format: WireFormat = 'xml';
    let method: string | undefined;
    let context: string | undefined;
    let callback: string | undefined;
    let httpStatusCodes = false;
    // An injected truncate/reset-after applies to whatever the answer is, errors included.
    let delivery: 'normal' | 'truncate' | 'reset' = 'normal';
    let finished = false;

    const finish = (): void => {
      if (finished) return;
      finished = true;
      rec.format = format;
      rec.durationMs = performance.now() - t0;
      record({ ...rec });
    };

    const drop = (): void => {
      const socket = req.socket as Socket & { resetAndDestroy?: () => Socket };
      if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
      else socket.destroy();
      finish();
    };

    const send = (outcome: ApiOutcome, closeAfter = false): void => {
      if (res.headersSent || res.destroyed) return finish();
      if (delivery === 'reset') return drop();
      const mode = delivery;
      let rendered;
      let errorCode = outcome.errorCode;
      try {
        rendered = renderEnvelope(format, xmlRootMethod(method), buildEnvelope(outcome, { callId, nowMs: now(), context }), callback);
      } catch {
        // Never let a rendering problem take the server down: answer 500001 in JSON.
        errorCode = 500001;
        rendered = renderEnvelope('json', xmlRootMethod(method), buildEnvelope(apiError(500001, 'The emulator could not render the response.'), { callId, nowMs: now(), context }));
      }
      const body = Buffer.from(rendered.body, 'utf8');
      const status = httpStatusCodes && errorCode !== 0 ? statusCodeOf(errorCode) : 200;
      const httpStatus = status >= 200 && status <= 599 ? status : 200;
      rec.errorCode = errorCode;
      const headers: Record<string, string> = {
        'content-type': rendered.contentType,
        'content-length': String(mode === 'truncate' ? body.length + 64 : body.length),
        date: new Date(now()).toUTCString(),
        'cache-control': 'no-store',
      };
      if (closeAfter) headers['connection'] = 'close';
      res.writeHead(httpStatus, headers);
      rec.httpStatus = httpStatus;
      if (mode === 'truncate') {
        // Announce more than is sent, then cut the connection mid-body.
        res.write(body.subarray(0, Math.floor(body.length / 2)), () => drop());
        return;
      }
      res.end(body);
      finish();
    };

    const sendUnavailable = (): void => {
      const body = Buffer.from(UNAVAILABLE_PAGE, 'utf8');
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'content-length': String(body.length), date: new Date(now()).toUTCString() });
      rec.httpStatus = 503;
      res.end(body);
      finish();
    };

    res.on('close', finish);

    let target: RequestTarget;
    try {
      // Per connection, not per server: a CONNECT tunnel may carry plain HTTP into a TLS emulator.
      target = resolveTarget(req, { tls: (req.socket as Socket & { encrypted?: boolean }).encrypted === true, trustForwardedProto });
    } catch (error) {
      if (error instanceof WireFormatError) {
        const raw = req.url ?? '';
        const asked = sniffParam(raw.includes('?') ? raw.slice(raw.indexOf('?') + 1) : '', 'format')?.toLowerCase();
        if (asked === 'json' || asked === 'xml') format = asked;
        req.resume();
        return send(apiError(400001, error.message), true);
      }
      throw error;
    }
    method = methodFromPath(target.path);
    rec.method = method ?? '';
    rec.url = target.signedUrl;
    rec.absoluteForm = target.absoluteForm;

    /** `format` and `httpStatusCodes` from text that may not parse as a whole, for early answers. */
    const sniffAnswerParams = (text: string): void => {
      const asked = sniffParam(text, 'format')?.toLowerCase();
      if (asked === 'json' || asked === 'xml') format = asked;
      if (sniffParam(text, 'httpStatusCodes')?.toLowerCase() === 'true') httpStatusCodes = true;
    };
    sniffAnswerParams(target.query);

    let body: Buffer;
    try {
      const result = await readBody(req, maxBody);
      if (result.kind === 'too-large') {
        sniffAnswerParams(`${result.head.toString('latin1')}&${result.tail.toString('latin1')}`);
        send(apiError(413001, `The body exceeds ${maxBody} bytes.`), true);
        if (!result.drained) res.on('finish', () => req.socket.destroy());
        return;
      }
      body = result.body;
    } catch {
      // The client went away while sending; nobody is left to answer.
      return drop();
    }

    let params: Record<string, string>;
    try {
      // Read before the strict decode, so even a body that is not UTF-8 is answered as asked.
      sniffAnswerParams(body.toString('latin1'));
      const bodyText = body.length === 0 ? '' : new TextDecoder('utf-8', { fatal: true }).decode(body);
      const queryPairs = decodeForm(target.query, 'query string');
      let bodyPairs: Array<[string, string]> = [];
      if (bodyText.length > 0) {
        if (!isFormContentType(req.headers['content-type'])) {
          throw new WireFormatError('The body must be application/x-www-form-urlencoded.');
        }
        bodyPairs = decodeForm(bodyText, 'body');
      }
      params = mergeParams(queryPairs, bodyPairs);
    } catch (error) {
      const why = error instanceof WireFormatError ? error.message : 'The body is not valid UTF-8.';
      return send(apiError(400001, why));
    }

    rec.params = redact(params);
    rec.apiKey = params['apiKey'];
    rec.userKey = params['userKey'];
    rec.nonce = params['nonce'];
    rec.timestamp = params['timestamp'];
    rec.authMode = claimedAuthMode(params, req.headers);
    context = params['context'];
    httpStatusCodes = params['httpStatusCodes']?.toLowerCase() === 'true';
    const requestedFormat = params['format']?.toLowerCase();
    let formatProblem: ApiOutcome | undefined;
    if (requestedFormat === undefined || requestedFormat === '') {
      format = 'xml'; // The REST reference's historical default; SDKs always send format=json.
    } else if (FORMATS.has(requestedFormat)) {
      format = requestedFormat as WireFormat;
      if (format === 'jsonp') {
        const cb = params['callback'];
        if (cb === undefined || cb === '') {
          format = 'json';
          formatProblem = apiError(400002, 'Missing required parameter: callback (needed with format=jsonp)');
        } else if (!JSONP_CALLBACK.test(cb)) {
          format = 'json';
          formatProblem = apiError(400006, 'Invalid parameter value: callback must be a JavaScript function name.');
        } else {
          callback = cb;
        }
      }
    } else {
      format = 'json';
      formatProblem = apiError(400006, 'Invalid parameter value: format must be json, jsonp or xml.');
    }

    // Injected faults happen "in front of" the API: before auth, so no nonce is spent.
    let headerFaults: Array<{ type: FaultType; ms?: number }> = [];
    const headerValue = req.headers[FAULT_HEADER];
    if (allowFaultHeader && headerValue !== undefined) {
      try {
        headerFaults = parseFaultHeader(Array.isArray(headerValue) ? headerValue.join(',') : headerValue);
      } catch (error) {
        return send(apiError(400001, (error as FaultHeaderError).message));
      }
    }
    const plan = faults.plan(method ?? '', params['apiKey'], headerFaults, baseLatency);
    rec.faults = plan.fired;
    if (plan.terminal === 'truncate') delivery = 'truncate';
    else if (plan.terminal === 'reset-after') delivery = 'reset';
    if (plan.latencyMs > 0) await sleep(plan.latencyMs);
    switch (plan.terminal) {
      case 'reset':
        return drop();
      case 'unavailable':
        return sendUnavailable();
      case 'rate-limit':
        return send(apiError(403048, 'Api rate limit exceeded'));
      case 'server-error':
        return send(apiError(500001, 'General Server error'));
      case 'expired':
        return send(apiError(403002, 'The request timestamp is outside the allowed window. The server time is in the "time" field and the Date header.'));
      default:
        break;
    }

    if (formatProblem) return send(formatProblem);
    if (req.method !== 'GET' && req.method !== 'POST' && req.method !== 'HEAD') {
      return send(apiError(400001, `HTTP method ${req.method ?? '?'} is not supported; use POST (or GET).`));
    }
    const descriptor = method === undefined ? undefined : methodRegistry.get(method);
    if (!descriptor) {
      return send(apiError(501001, method === undefined ? 'The path must name a method: /<namespace>.<method>.' : `${method} is not a known API method.`));
    }

    if (enforceDataCenter) {
      const moved = checkDataCenter(state, target.signedUrl, params);
      if (moved) return send(moved);
    }

    const auth = authenticate({
      httpMethod: req.method,
      signedUrl: target.signedUrl,
      secure: target.secure,
      params,
      headers: req.headers,
      nowMs: now(),
      windowSeconds,
      state,
      replay,
      nonceTtlSeconds,
      acceptSignatureWithoutPort: options.acceptSignatureWithoutPort ?? false,
    });
    rec.authMode = auth.mode as EmulatorAuthMode;
    rec.jti = auth.jti;
    // A bearer token names its userKey in the JWT's kid, not in a param.
    if (auth.ok && auth.userKey !== undefined) rec.userKey = auth.userKey;
    if (!auth.ok) return send(auth.outcome);
    if (auth.mode === 'anonymous' && descriptor.access !== 'public') {
      return send(apiError(403007, `${descriptor.name} needs credentials (a signed request, a secret over HTTPS, a bearer token or an oauth_token); the request carries only an apiKey.`));
    }

    const validated = validateParams(descriptor, params);
    if (!validated.ok) return send(apiError(validated.errorCode, validated.errorDetails, { validationErrors: validated.validationErrors }));

    return send(runHandler({ state, site: auth.site, auth, params: validated.params, descriptor, nowMs: now() }));
  }

  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch(() => {
      // Last line of defence: answer 500001 if nothing was sent yet, otherwise drop the connection.
      if (!res.headersSent && !res.destroyed) {
        const body = JSON.stringify(buildEnvelope(apiError(500001, 'The emulator failed while handling the request.'), { callId: newCallId(), nowMs: now(), context: undefined }));
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)) });
        res.end(body);
      } else {
        req.socket.destroy();
      }
    });
  };

  const onClientError = (_error: Error, socket: Duplex): void => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  };
  const server: Server = tls ? createHttpsServer({ key: options.tls?.key, cert: options.tls?.cert }, listener) : createHttpServer(listener);
  server.on('clientError', onClientError);
  // Plain HTTP inside a CONNECT tunnel of a TLS emulator; created on first use.
  let plainTunnels: Server | undefined;

  // A client whose proxy setting points here may tunnel (CONNECT host:port) instead of sending
  // absolute-form requests: undici by default, and every SDK for https targets. The tunnel ends
  // here and its requests are answered like any other, signed over the Gigya URL the client used.
  server.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const authority = req.url ?? '';
    const wantsTls = /:(\d+)$/.exec(authority)?.[1] !== '80';
    if (wantsTls && !tls) {
      const body = `This emulator serves plain HTTP, so it cannot end a TLS tunnel to ${authority}. Address Gigya over http (protocol: 'http'), or start the emulator with tls.\n`;
      socket.end(`HTTP/1.1 501 Not Implemented\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
      record({
        seq: ++seqCounter, receivedAt: now(), httpMethod: 'CONNECT', method: '', url: authority, absoluteForm: false, params: Object.freeze({}),
        apiKey: undefined, userKey: undefined, nonce: undefined, timestamp: undefined, jti: undefined, authMode: 'none',
        errorCode: undefined, httpStatus: 501, faults: [], format: 'json', durationMs: 0,
      });
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    let inner = server;
    if (!wantsTls && tls) {
      plainTunnels ??= createHttpServer(listener).on('clientError', onClientError);
      inner = plainTunnels;
    }
    log?.(`CONNECT ${printable(authority)} tunnel opened`);
    inner.emit('connection', socket);
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port: options.port ?? 0, backlog: 4096 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' || host.includes(':') ? `[${address.address}]` : host;
  const url = `${tls ? 'https' : 'http'}://${urlHost}:${address.port}`;
  let closing: Promise<void> | undefined;
  const [firstApiKey = '', firstSite] = Object.entries(fixture.sites)[0] ?? [];

  const emulator: EmulatorHandle = {
    url,
    port: address.port,
    host,
    apiKey: firstApiKey,
    secret: firstSite?.secret ?? '',
    state,
    get requests(): readonly RecordedRequest[] {
      return requests;
    },
    setFaults(rules: readonly FaultRule[]): void {
      faults.set(rules);
    },
    clearRequests(): void {
      requests = [];
    },
    reset(): void {
      state.reset();
      replay.clear();
      requests = [];
      faults.set(faults.rules);
    },
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        plainTunnels?.closeAllConnections();
      });
      return closing;
    },
  };
  Object.defineProperty(emulator, 'secret', { enumerable: false });
  Object.defineProperty(emulator, inspect.custom, {
    value: () => `GigyaEmulator { url: ${url}, apiKey: ${firstApiKey}, requests: ${requests.length} }`,
  });
  return emulator;
}
