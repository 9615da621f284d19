/**
 * The emulator's HTTP server: one request in, one Gigya envelope out (or an injected fault). Each
 * request is an `Exchange` taken through the stages of src/emulator/stages.ts; all per-request data
 * lives on it, so any number of concurrent requests is safe. CONNECT tunnels end here too.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { inspect } from 'node:util';
import { methodRegistry } from '../../generated/index.js';
import { servedMethods } from './accounts-handlers.js';
import { resolveConfig, type EmulatorContext } from './context.js';
import { EmulatorAccounts, EmulatorWebhooks } from './control.js';
import { apiError, buildEnvelope, newCallId } from './envelope.js';
import { Exchange } from './exchange.js';
import { FaultInjector } from './faults.js';
import { ReplayCache } from './replay.js';
import { printable, RequestLog } from './request-log.js';
import { handleRequest } from './stages.js';
import { EmulatorState, loadFixture } from './state.js';
import type { EmulatorOptions, FaultRule, Fixture, RecordedRequest } from './types.js';

export interface EmulatorHandle {
  /** Base URL, e.g. `http://127.0.0.1:41234`; calls go to `${url}/socialize.getUserInfo`. */
  readonly url: string;
  readonly port: number;
  readonly host: string;
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
  /** Back to the fixture: state (accounts included), remembered nonces, recorded requests and fault counters. JWT keys stay. */
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
  const server: Server = tls
    ? createHttpsServer({ key: options.tls?.key, cert: options.tls?.cert }, listener)
    : createHttpServer(listener);
  server.on('clientError', onClientError);
  const tunnels = new Tunnels(server, listener, emulator);
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
  return emulatorHandle({ url, port: address.port, host, fixture, emulator, webhooks, close });
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
}

/** The public face of a running emulator; it never prints the secret. */
function emulatorHandle({ url, port, host, fixture, emulator, webhooks, close }: Listening): EmulatorHandle {
  const [firstApiKey = '', firstSite] = Object.entries(fixture.sites)[0] ?? [];
  const { state, replay, faults, requests } = emulator;
  let closing: Promise<void> | undefined;
  const handle: EmulatorHandle = {
    url,
    port,
    host,
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
      faults.set(faults.rules);
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
    methods: servedMethods(methodRegistry),
  };
}

function requestListener(emulator: EmulatorContext): Listener {
  return (req, res) => {
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
 * absolute-form requests: undici by default, and every SDK for https targets. The tunnel ends
 * here and its requests are answered like any other, signed over the Gigya URL the client used.
 */
class Tunnels {
  readonly #server: Server;
  readonly #listener: Listener;
  readonly #emulator: EmulatorContext;
  /** Plain HTTP inside a CONNECT tunnel of a TLS emulator; created on first use. */
  #plain: Server | undefined;

  constructor(server: Server, listener: Listener, emulator: EmulatorContext) {
    this.#server = server;
    this.#listener = listener;
    this.#emulator = emulator;
  }

  open(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const authority = req.url ?? '';
    const wantsTls = /:(\d+)$/.exec(authority)?.[1] !== '80';
    const tls = this.#emulator.config.tls;
    if (wantsTls && !tls) return this.#refuseTls(authority, socket);
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length > 0) socket.unshift(head);
    let inner = this.#server;
    if (!wantsTls && tls) {
      this.#plain ??= createHttpServer(this.#listener).on('clientError', onClientError);
      inner = this.#plain;
    }
    this.#emulator.requests.line(`CONNECT ${printable(authority)} tunnel opened`);
    inner.emit('connection', socket);
  }

  closeAll(): void {
    this.#plain?.closeAllConnections();
  }

  #refuseTls(authority: string, socket: Duplex): void {
    const body = `This emulator serves plain HTTP, so it cannot end a TLS tunnel to ${authority}. Address Gigya over http (protocol: 'http'), or start the emulator with tls.\n`;
    socket.end(
      `HTTP/1.1 501 Not Implemented\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
    const { requests, now } = this.#emulator;
    requests.add({ ...requests.open('CONNECT', now()), url: authority, httpStatus: 501, format: 'json' });
  }
}
