/**
 * The emulator's HTTP server: one request in, one Gigya envelope out (or an injected fault). Each
 * request is an `Exchange` taken through the stages of src/emulator/stages.ts; all per-request data
 * lives on it, so any number of concurrent requests is safe. CONNECT tunnels end here too.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { TLSSocket } from 'node:tls';
import type { Duplex } from 'node:stream';
import { inspect } from 'node:util';
import { methodRegistry } from '../../generated/index.js';
import { EmulatorCa } from './ca.js';
import { resolveConfig, type EmulatorContext } from './context.js';
import { EmulatorAccounts, EmulatorWebhooks } from './control.js';
import { apiError, buildEnvelope, newCallId } from './envelope.js';
import { Exchange } from './exchange.js';
import { FaultInjector } from './faults.js';
import { ReplayCache } from './replay.js';
import { printable, RequestLog } from './request-log.js';
import { handleInspector, INSPECTOR_PATH, isInspectorRequest } from './inspector/routes.js';
import { handleRequest } from './stages.js';
import { EmulatorState, loadFixture } from './state.js';
import type { EmulatorOptions, FaultRule, Fixture, RecordedRequest } from './types.js';

export interface EmulatorHandle {
  /** Base URL, e.g. `http://127.0.0.1:41234`; calls go to `${url}/socialize.getUserInfo`. */
  readonly url: string;
  /**
   * The inspector page (`${url}/__inspector`): the live request log, why a signature failed, the
   * accounts and sessions, and the faults in force. Undefined with `inspector: false`.
   */
  readonly inspectorUrl: string | undefined;
  readonly port: number;
  readonly host: string;
  /**
   * The emulator's CA certificate (PEM). A client that tunnels to an https target through this
   * emulator as its proxy (`CONNECT socialize.us1.gigya.com:443`) gets a certificate for that host
   * signed by this CA: trust it with `NODE_EXTRA_CA_CERTS`, a JVM truststore or Python's CA file.
   */
  readonly caCertificate: string;
  /** apiKey of the fixture's first site (the default fixture has one). */
  readonly apiKey: string;
  /** Secret of that site (a local test secret; not shown by `console.log(emulator)`). */
  readonly secret: string;
  /** The live in-memory state (sites, users, sessions, and `state.accounts`); tests may read and change it. */
  readonly state: EmulatorState;
  /** The accounts of the accounts namespace: accounts, sessions, the outbox of would-be e-mails, JWT key rotation. */
  readonly accounts: EmulatorAccounts;
  /** Webhook deliveries of `options.webhooks` (none configured: an empty list). */
  readonly webhooks: EmulatorWebhooks;
  /** Every request seen so far, in completion order (secrets redacted). */
  readonly requests: readonly RecordedRequest[];
  /** Replaces the fault rules (their counters restart). */
  setFaults(rules: readonly FaultRule[]): void;
  clearRequests(): void;
  /**
   * Back to the fixture: state (accounts included), remembered nonces, recorded requests and fault counters. JWT keys
   * stay.
   */
  reset(): void;
  close(): Promise<void>;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export async function startEmulatorServer(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const fixture = loadFixture(options.fixture);
  const now = options.now ?? Date.now;
  const state = new EmulatorState(
    fixture,
    now,
    options.passwordHashing === undefined ? {} : { passwordHashing: options.passwordHashing },
  );
  const emulator = emulatorContext(options, state);
  const webhookOptions = options.webhooks === undefined ? [] : [options.webhooks].flat();
  const webhooks = new EmulatorWebhooks(state, webhookOptions, now, options.webhookRetry);
  const listener = requestListener(emulator);
  const tls = emulator.config.tls;
  const limits = requestLimits(emulator.config.requestTimeoutMs);
  const server: Server = tls
    ? createHttpsServer({ key: options.tls?.key, cert: options.tls?.cert, ...limits }, listener)
    : createHttpServer(limits, listener);
  server.on('clientError', onClientError);
  const ca = EmulatorCa.create(options.ca, emulator.now);
  const tunnels = new Tunnels(server, listener, emulator, limits, ca);
  server.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => tunnels.open(req, socket, head));
  const host = options.host ?? '127.0.0.1';
  await listen(server, host, options.port ?? 0);
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' || host.includes(':') ? `[${address.address}]` : host;
  const url = `${tls ? 'https' : 'http'}://${urlHost}:${address.port}`;
  const close = async (): Promise<void> => {
    await webhooks.close();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
      tunnels.closeAll();
    });
  };
  return emulatorHandle({ url, port: address.port, host, fixture, emulator, webhooks, close, ca });
}

interface Listening {
  readonly url: string;
  readonly port: number;
  readonly host: string;
  readonly fixture: Fixture;
  readonly emulator: EmulatorContext;
  readonly webhooks: EmulatorWebhooks;
  /** Stops accepting connections and ends the open ones. */
  readonly close: () => Promise<void>;
  readonly ca: EmulatorCa;
}

/** The public face of a running emulator; it never prints the secret. */
function emulatorHandle({ url, port, host, fixture, emulator, webhooks, close, ca }: Listening): EmulatorHandle {
  const [firstApiKey = '', firstSite] = Object.entries(fixture.sites)[0] ?? [];
  const { state, replay, faults, requests } = emulator;
  let closing: Promise<void> | undefined;
  const handle: EmulatorHandle = {
    url,
    inspectorUrl: emulator.config.inspector ? `${url}${INSPECTOR_PATH}` : undefined,
    port,
    host,
    caCertificate: ca.certificate,
    apiKey: firstApiKey,
    secret: firstSite?.secret ?? '',
    state,
    accounts: new EmulatorAccounts(state, firstApiKey),
    webhooks,
    get requests(): readonly RecordedRequest[] {
      return requests.entries;
    },
    setFaults(rules: readonly FaultRule[]): void {
      faults.set(rules);
    },
    clearRequests(): void {
      requests.clear();
    },
    reset(): void {
      state.reset();
      replay.clear();
      requests.clear();
      faults.restart();
    },
    close(): Promise<void> {
      closing ??= close();
      return closing;
    },
  };
  Object.defineProperty(handle, 'secret', { enumerable: false });
  Object.defineProperty(handle, inspect.custom, {
    value: () => `GigyaEmulator { url: ${url}, apiKey: ${firstApiKey}, requests: ${requests.entries.length} }`,
  });
  return handle;
}

function emulatorContext(options: EmulatorOptions, state: EmulatorState): EmulatorContext {
  const config = resolveConfig(options);
  return {
    config,
    now: options.now ?? Date.now,
    state,
    replay: new ReplayCache(config.nonceTtlSeconds * 1000, config.maxNonces),
    faults: new FaultInjector(options.faults ?? []),
    requests: new RequestLog(config.maxRecordedRequests, options.log),
    methods: methodRegistry,
  };
}

function requestListener(emulator: EmulatorContext): Listener {
  return (req, res) => {
    if (emulator.config.inspector && isInspectorRequest(req.url)) {
      handleInspector(req, res, emulator).catch(() => {
        if (res.headersSent) res.destroy();
        else res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('The inspector failed.\n');
      });
      return;
    }
    handleRequest(new Exchange(req, res, emulator)).catch(() => {
      // Last line of defence: answer 500001 if nothing was sent yet, otherwise drop the connection.
      if (res.headersSent || res.destroyed) {
        req.socket.destroy();
        return;
      }
      const envelope = buildEnvelope(apiError(500001, 'The emulator failed while handling the request.'), {
        callId: newCallId(),
        nowMs: emulator.now(),
        context: undefined,
      });
      const body = JSON.stringify(envelope);
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(body)),
      });
      res.end(body);
    });
  };
}

/**
 * How long a request may take to arrive. Node checks open connections on an interval, so the
 * interval follows the timeout, or a short timeout would only act after Node's 30 s default.
 */
function requestLimits(requestTimeoutMs: number): {
  requestTimeout: number;
  headersTimeout: number;
  connectionsCheckingInterval: number;
} {
  return {
    requestTimeout: requestTimeoutMs,
    headersTimeout: requestTimeoutMs,
    connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(requestTimeoutMs / 4))),
  };
}

function onClientError(_error: Error, socket: Duplex): void {
  if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  else socket.destroy();
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host, port, backlog: 4096 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * A client whose proxy setting points here may tunnel (CONNECT host:port) instead of sending
 * absolute-form requests: undici by default, and every SDK for https targets. The tunnel ends here
 * and its requests are answered like any other, signed over the Gigya URL the client used. A TLS
 * tunnel into a plain emulator is ended with a certificate for the target host from the emulator's
 * CA; a TLS emulator ends it with its own certificate.
 */
class Tunnels {
  readonly #server: Server;
  readonly #listener: Listener;
  readonly #emulator: EmulatorContext;
  readonly #limits: ReturnType<typeof requestLimits>;
  readonly #ca: EmulatorCa;
  /** Plain HTTP inside a CONNECT tunnel of a TLS emulator; created on first use. */
  #plain: Server | undefined;
  readonly #secured = new Set<TLSSocket>();

  constructor(
    server: Server,
    listener: Listener,
    emulator: EmulatorContext,
    limits: ReturnType<typeof requestLimits>,
    ca: EmulatorCa,
  ) {
    this.#server = server;
    this.#listener = listener;
    this.#emulator = emulator;
    this.#limits = limits;
    this.#ca = ca;
  }

  open(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const authority = req.url ?? '';
    const port = /:(\d+)$/.exec(authority)?.[1];
    const wantsTls = port !== '80';
    const tls = this.#emulator.config.tls;
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    this.#emulator.requests.line(`CONNECT ${printable(authority)} tunnel opened`);
    if (wantsTls && !tls) return this.#endTls(authority, socket as Socket);
    let inner = this.#server;
    if (!wantsTls && tls) {
      this.#plain ??= createHttpServer(this.#limits, this.#listener).on('clientError', onClientError);
      inner = this.#plain;
    }
    inner.emit('connection', socket);
  }

  closeAll(): void {
    this.#plain?.closeAllConnections();
    for (const socket of this.#secured) socket.destroy();
  }

  /** TLS ended here with a certificate for the host the client asked for (its SNI, else the CONNECT host). */
  #endTls(authority: string, socket: Socket): void {
    const host = authority.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    const secure = new TLSSocket(socket, {
      isServer: true,
      secureContext: this.#ca.contextFor(host),
      SNICallback: (servername, done) => done(null, this.#ca.contextFor(servername)),
    });
    this.#secured.add(secure);
    let reason: string | undefined;
    let established = false;
    secure.once('secure', () => {
      established = true;
    });
    secure.once('error', (error: Error) => {
      reason = error.message;
      secure.destroy();
    });
    secure.on('close', () => {
      this.#secured.delete(secure);
      // A client that does not trust the certificate usually just hangs up during the handshake.
      if (!established)
        this.#emulator.requests.line(
          `CONNECT ${printable(authority)} TLS failed: ${printable(
            reason ?? 'the client closed the connection during the handshake',
          )} (does the client trust the emulator's caCertificate?)`,
        );
    });
    this.#server.emit('connection', secure);
  }
}
