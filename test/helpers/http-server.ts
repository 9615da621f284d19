import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { methodRegistry } from '../../generated/index.js';

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  readonly params: Record<string, string>;
}

export type Handler = (req: RecordedRequest, res: ServerResponse, raw: IncomingMessage) => void | Promise<void>;

export interface TestServer {
  readonly url: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  /** Handlers used in turn for the next requests; the fallback answers when the queue is empty. */
  queue(...handlers: Handler[]): void;
  fallback(handler: Handler): void;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 whose answers each test scripts. */
export async function startTestServer(initial?: Handler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const pending: Handler[] = [];
  let fallback: Handler = initial ?? ((req, res) => json(res, ok({ callId: 'c0' }, req)));
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const target = new URL(req.url ?? '/', 'http://placeholder');
      const params: Record<string, string> = {};
      for (const [k, v] of new URLSearchParams(body)) params[k] = v;
      for (const [k, v] of target.searchParams) params[k] ??= v;
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        path: target.pathname,
        headers: req.headers,
        body,
        params,
      };
      requests.push(recorded);
      const handler = pending.shift() ?? fallback;
      Promise.resolve(handler(recorded, res, req)).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    queue: (...handlers) => pending.push(...handlers),
    fallback: (handler) => {
      fallback = handler;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json;charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/**
 * A success envelope. Given the request, it also carries placeholder values of the fields the
 * catalog marks as always present for that method (`UID` of getUserInfo), which the client requires.
 */
export function ok(data: Record<string, unknown> = {}, req?: RecordedRequest): Record<string, unknown> {
  const required = req ? (methodRegistry.get(req.path.slice(1))?.alwaysPresent ?? []) : [];
  const placeholders = Object.fromEntries(required.map((field) => [field, `${field}-value`]));
  return {
    callId: 'a1b2c3',
    errorCode: 0,
    apiVersion: 2,
    statusCode: 200,
    statusReason: 'OK',
    time: new Date().toISOString(),
    ...placeholders,
    ...data,
  };
}

export function apiError(
  errorCode: number,
  errorMessage: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const statusCode = Math.floor(errorCode / 1000);
  return {
    callId: 'e1',
    errorCode,
    errorMessage,
    errorDetails: errorMessage,
    apiVersion: 2,
    statusCode,
    statusReason: 'Error',
    time: new Date().toISOString(),
    ...extra,
  };
}
