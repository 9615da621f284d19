import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { inspect } from 'node:util';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import {
  GigyaAbortError,
  GigyaConfigError,
  GigyaConnectionError,
  GigyaResponseError,
  GigyaTimeoutError,
} from '../../src/errors.js';
import { parseResponse } from '../../src/wire/response.js';
import {
  createTransport,
  type Transport,
  type TransportOptions,
  type TransportRequest,
} from '../../src/wire/transport.js';

// A body that carries what must never show up in an error message.
const SECRET_BODY = 'apiKey=3_key&secret=SUPERSECRETVALUE&status=hello%20world';
const OK_BODY = JSON.stringify({ errorCode: 0, statusCode: 200, statusReason: 'OK', callId: 'c1' });

interface LocalServer {
  readonly server: Server;
  readonly url: string;
  readonly port: number;
  /** Socket of each request, in arrival order. */
  readonly sockets: Socket[];
  readonly bodies: string[];
  readonly requests: IncomingMessage[];
  close(): Promise<void>;
}

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function serve(handler: Handler): Promise<LocalServer> {
  const sockets: Socket[] = [];
  const bodies: string[] = [];
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    sockets.push(req.socket);
    requests.push(req);
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      bodies.push(body);
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = (): Promise<void> =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  cleanups.push(close);
  return { server, url: `http://127.0.0.1:${port}`, port, sockets, bodies, requests, close };
}

function transport(options: Partial<TransportOptions> = {}): Transport {
  const t = createTransport({ maxResponseBytes: 1024 * 1024, userAgent: 'gigya-typed/test', ...options });
  cleanups.push(() => t.close());
  return t;
}

function request(url: string, extra: Partial<TransportRequest> = {}): TransportRequest {
  return {
    url: new URL(url),
    httpMethod: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
    body: SECRET_BODY,
    timeoutMs: 5_000,
    ...extra,
  };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the request to fail');
}

function expectNoSecrets(error: Error): void {
  expect(error.message).not.toContain('SUPERSECRETVALUE');
  expect(inspect(error, { depth: 10 })).not.toContain('SUPERSECRETVALUE');
}

const never = (): void => {
  /* the server keeps the request open */
};

describe('requests and responses', () => {
  it('POSTs the caller’s body with user-agent, accept-encoding and the caller’s headers', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json;charset=utf-8', 'x-multi': ['a', 'b'], 'X-Upper': 'v' });
      res.end(OK_BODY);
    });
    const t = transport();
    const response = await t.send(
      request(`${s.url}/socialize.setStatus`, {
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': '3', 'X-Extra': 'yes' },
      }),
    );
    expect(response.httpStatus).toBe(200);
    expect(response.body).toBe(OK_BODY);
    expect(response.headers['content-type']).toBe('application/json;charset=utf-8');
    expect(response.headers['x-multi']).toBe('a, b');
    expect(response.headers['x-upper']).toBe('v');
    const [req] = s.requests;
    expect(req!.method).toBe('POST');
    expect(req!.url).toBe('/socialize.setStatus');
    expect(req!.headers['user-agent']).toBe('gigya-typed/test');
    expect(req!.headers['accept-encoding']).toBe('gzip, deflate');
    expect(req!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(req!.headers['x-extra']).toBe('yes');
    // The caller's wrong Content-Length is replaced by the real one.
    expect(req!.headers['content-length']).toBe(String(Buffer.byteLength(SECRET_BODY)));
    expect(s.bodies[0]).toBe(SECRET_BODY);
  });

  it('sends GET requests with the query string and no body', async () => {
    const s = await serve((_req, res) => res.end(OK_BODY));
    const response = await transport().send(
      request(`${s.url}/accounts.getJWTPublicKey?V2=true&apiKey=k`, { httpMethod: 'GET', body: undefined }),
    );
    expect(response.body).toBe(OK_BODY);
    expect(s.requests[0]!.method).toBe('GET');
    expect(s.requests[0]!.url).toBe('/accounts.getJWTPublicKey?V2=true&apiKey=k');
    expect(s.bodies[0]).toBe('');
  });

  it('decodes UTF-8, including characters split across chunks', async () => {
    const text = JSON.stringify({ errorCode: 0, nickname: 'Zoë 😀 中文' });
    const bytes = Buffer.from(text, 'utf8');
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const split = bytes.indexOf(0xf0) + 2; // inside the emoji
      res.write(bytes.subarray(0, split));
      setTimeout(() => res.end(bytes.subarray(split)), 20);
    });
    expect((await transport().send(request(s.url))).body).toBe(text);
  });

  it('decompresses gzip, zlib deflate, raw deflate and brotli bodies', async () => {
    const big = JSON.stringify({ errorCode: 0, data: 'x'.repeat(50_000) });
    const encodings: Record<string, Buffer> = {
      gzip: gzipSync(big),
      deflate: deflateSync(big),
      'deflate-raw': deflateRawSync(big),
      br: brotliCompressSync(big),
    };
    const s = await serve((req, res) => {
      const which = req.url!.slice(1);
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-encoding': which === 'deflate-raw' ? 'deflate' : which,
      });
      res.end(encodings[which]);
    });
    const t = transport();
    for (const which of Object.keys(encodings)) {
      const response = await t.send(request(`${s.url}/${which}`));
      expect(response.body, which).toBe(big);
    }
    expect(encodings['gzip']!.length).toBeLessThan(1000);
  });

  it('returns a 503 HTML page as is; parseResponse then reports it', async () => {
    const page = '<!DOCTYPE html><html><body><h1>503 Service Unavailable</h1></body></html>';
    const s = await serve((_req, res) => {
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end(page);
    });
    const response = await transport().send(request(`${s.url}/socialize.setStatus`));
    expect(response.httpStatus).toBe(503);
    expect(response.body).toBe(page);
    const error = (() => {
      try {
        parseResponse({
          httpStatus: response.httpStatus,
          contentType: response.headers['content-type'],
          body: response.body,
          format: 'json',
          method: 'socialize.setStatus',
        });
      } catch (e) {
        return e as GigyaResponseError;
      }
      throw new Error('expected a GigyaResponseError');
    })();
    expect(error).toBeInstanceOf(GigyaResponseError);
    expect(error.problem).toBe('html');
    expect(error.httpStatus).toBe(503);
    expect(error.excerpt).toContain('503 Service Unavailable');
  });
});

describe('connection reuse and concurrency', () => {
  it('reuses one keep-alive socket for sequential requests', async () => {
    const s = await serve((_req, res) => res.end(OK_BODY));
    const t = transport();
    for (let i = 0; i < 5; i++) expect((await t.send(request(s.url))).body).toBe(OK_BODY);
    expect(s.sockets).toHaveLength(5);
    expect(new Set(s.sockets).size).toBe(1);
  });

  it('answers 100 concurrent requests, each with its own response', async () => {
    const s = await serve((_req, res, body) => {
      const id = new URLSearchParams(body).get('id');
      setTimeout(() => res.end(JSON.stringify({ errorCode: 0, id })), Math.floor(Math.random() * 20));
    });
    const t = transport();
    const ids = Array.from({ length: 100 }, (_, i) => `r${i}`);
    const responses = await Promise.all(ids.map((id) => t.send(request(s.url, { body: `id=${id}` }))));
    expect(responses.map((r) => (JSON.parse(r.body) as { id: string }).id)).toEqual(ids);
    expect(s.bodies).toHaveLength(100);
    // Pooled: far fewer sockets than requests is not guaranteed, but never more than the pool allows.
    expect(new Set(s.sockets).size).toBeLessThanOrEqual(64);
  });
});

describe('timeouts and aborts', () => {
  it('times out a server that never answers', async () => {
    const s = await serve(never);
    const error = await rejection(transport().send(request(`${s.url}/socialize.setStatus`, { timeoutMs: 150 })));
    expect(error).toBeInstanceOf(GigyaTimeoutError);
    expect((error as GigyaTimeoutError).timeoutMs).toBe(150);
    expect(error.message).toContain(`127.0.0.1:${s.port}/socialize.setStatus`);
    expect(error.message).toMatch(/within 150 ms/);
    expectNoSecrets(error);
  });

  it('counts the body in the timeout: a body that stalls times out', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"errorCode":');
    });
    const error = await rejection(transport().send(request(s.url, { timeoutMs: 200 })));
    expect(error).toBeInstanceOf(GigyaTimeoutError);
    expect(error.message).toMatch(/body was still arriving/);
  });

  it('maps the dispatcher’s own headersTimeout to a timeout error', async () => {
    const s = await serve(never);
    const agent = new Agent({ headersTimeout: 100 });
    cleanups.push(() => agent.close());
    const error = await rejection(transport({ dispatcher: agent }).send(request(s.url, { timeoutMs: 10_000 })));
    expect(error).toBeInstanceOf(GigyaTimeoutError);
    expect(error.message).toMatch(/headersTimeout/);
  });

  it('does not send when the signal is already aborted', async () => {
    const s = await serve((_req, res) => res.end(OK_BODY));
    const controller = new AbortController();
    controller.abort(new Error('user left'));
    const error = await rejection(transport().send(request(`${s.url}/x`, { signal: controller.signal })));
    expect(error).toBeInstanceOf(GigyaAbortError);
    expect(error.message).toBe(
      `The request to 127.0.0.1:${s.port}/x was aborted by the caller's AbortSignal: user left.`,
    );
    expect(s.requests).toHaveLength(0);
  });

  it('aborts while waiting for the response, as an abort and not a timeout', async () => {
    const s = await serve(never);
    const controller = new AbortController();
    const pending = transport().send(request(s.url, { signal: controller.signal, timeoutMs: 10_000 }));
    await waitFor(() => s.requests.length === 1);
    controller.abort();
    const error = await rejection(pending);
    expect(error).toBeInstanceOf(GigyaAbortError);
    expect(error).not.toBeInstanceOf(GigyaTimeoutError);
  });

  it('aborts while the body is arriving', async () => {
    const controller = new AbortController();
    const s = await serve((_req, res) => {
      res.writeHead(200);
      res.write('{"errorCode":', () => controller.abort());
    });
    const error = await rejection(transport().send(request(s.url, { signal: controller.signal, timeoutMs: 10_000 })));
    expect(error).toBeInstanceOf(GigyaAbortError);
  });

  it('ends a request still waiting for a socket on its deadline or abort, and never sends it', async () => {
    const s = await serve(never);
    const agent = new Agent({ connections: 1 });
    cleanups.push(() => agent.destroy());
    const t = transport({ dispatcher: agent });
    // The one connection is taken by a request the server never answers.
    let firstSettled = false;
    const first = t.send(request(`${s.url}/first`, { timeoutMs: 10_000 }));
    first.then(
      () => (firstSettled = true),
      () => (firstSettled = true),
    );
    await waitFor(() => s.requests.length === 1);
    const timedOut = await rejection(t.send(request(`${s.url}/second`, { timeoutMs: 100 })));
    expect(timedOut).toBeInstanceOf(GigyaTimeoutError);
    // It did not wait for the connection to come free.
    expect(firstSettled).toBe(false);
    const controller = new AbortController();
    const aborted = t.send(request(`${s.url}/third`, { signal: controller.signal, timeoutMs: 10_000 }));
    setTimeout(() => controller.abort(), 20);
    expect(await rejection(aborted)).toBeInstanceOf(GigyaAbortError);
    // Freeing the connection lets undici take up the queued requests: both are dropped unsent.
    s.sockets[0]!.destroy();
    await rejection(first);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(s.requests.map((r) => r.url)).toEqual(['/first']);
  });

  it('reports a timeout, not an abort, when only the deadline passed', async () => {
    const s = await serve(never);
    const controller = new AbortController();
    const error = await rejection(transport().send(request(s.url, { signal: controller.signal, timeoutMs: 100 })));
    expect(error).toBeInstanceOf(GigyaTimeoutError);
    expect(controller.signal.aborted).toBe(false);
  });

  it('rejects a non-positive timeout before sending', async () => {
    const s = await serve((_req, res) => res.end(OK_BODY));
    expect(await rejection(transport().send(request(s.url, { timeoutMs: 0 })))).toBeInstanceOf(GigyaConfigError);
    expect(await rejection(transport().send(request(s.url, { timeoutMs: Number.NaN })))).toBeInstanceOf(
      GigyaConfigError,
    );
    expect(s.requests).toHaveLength(0);
  });
});

describe('broken connections and bodies', () => {
  it('maps a refused connection to GigyaConnectionError(ECONNREFUSED)', async () => {
    const s = await serve(never);
    const port = s.port;
    await s.close();
    const error = await rejection(transport().send(request(`http://127.0.0.1:${port}/socialize.setStatus`)));
    expect(error).toBeInstanceOf(GigyaConnectionError);
    expect((error as GigyaConnectionError).code).toBe('ECONNREFUSED');
    expect(error.message).toContain(`127.0.0.1:${port}/socialize.setStatus`);
    expect(error.message).toMatch(/nothing was sent/);
    expectNoSecrets(error);
  });

  it('maps a socket destroyed before the response to a connection error', async () => {
    const s = await serve((req) => req.socket.destroy());
    const error = await rejection(transport().send(request(`${s.url}/socialize.setStatus`)));
    expect(error).toBeInstanceOf(GigyaConnectionError);
    expect(['UND_ERR_SOCKET', 'ECONNRESET']).toContain((error as GigyaConnectionError).code);
    expect(error.message).toMatch(/before a response arrived/);
    expectNoSecrets(error);
  });

  it('reports a socket destroyed in the middle of a chunked body as a truncated answer', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"errorCode":0,"data":"', () => setTimeout(() => res.socket!.destroy(), 10));
    });
    const error = await rejection(transport().send(request(s.url)));
    expect(error).toBeInstanceOf(GigyaResponseError);
    expect((error as GigyaResponseError).problem).toBe('truncated');
    expect((error as GigyaResponseError).httpStatus).toBe(200);
    expect(error.message).toMatch(/ended after 23 bytes, before it was complete/);
    expectNoSecrets(error);
  });

  it('reports a body shorter than its Content-Length as truncated', async () => {
    const s = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      const partial = '{"errorCode":0,';
      if (req.url === '/end') res.write(partial, () => res.socket!.end());
      else res.write(partial, () => setTimeout(() => res.socket!.destroy(), 10));
    });
    const t = transport();
    for (const path of ['/end', '/destroy']) {
      const error = await rejection(t.send(request(`${s.url}${path}`)));
      expect(error, path).toBeInstanceOf(GigyaResponseError);
      expect((error as GigyaResponseError).problem).toBe('truncated');
      expect((error as GigyaResponseError).httpStatus).toBe(200);
      expect(error.message).toMatch(/after 15 of 100 bytes/);
      expectNoSecrets(error);
    }
  });

  it('reports a cut gzip stream as truncated', async () => {
    const gz = gzipSync(JSON.stringify({ errorCode: 0, data: 'y'.repeat(1000) }));
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(gz.subarray(0, gz.length - 12));
    });
    const error = await rejection(transport().send(request(s.url)));
    expect((error as GigyaResponseError).problem).toBe('truncated');
  });

  it('stops reading a body larger than maxResponseBytes', async () => {
    let finished = false;
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      // Chunked, no Content-Length: the limit must hold while streaming.
      const chunk = 'x'.repeat(16 * 1024);
      let sent = 0;
      const pump = (): void => {
        while (sent < 400 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end(() => (finished = true));
      };
      res.on('close', () => undefined);
      pump();
    });
    const error = await rejection(transport({ maxResponseBytes: 64 * 1024 }).send(request(s.url)));
    expect(error).toBeInstanceOf(GigyaResponseError);
    expect((error as GigyaResponseError).problem).toBe('too-large');
    expect(error.message).toMatch(/larger than maxResponseBytes \(65536 bytes\)/);
    // The client dropped the connection instead of draining ~6 MiB.
    await waitFor(() => s.sockets[0]!.destroyed);
    expect(finished).toBe(false);
  });

  it('refuses a declared Content-Length over the limit without reading', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-length': String(10 * 1024 * 1024) });
      res.write('{');
    });
    const error = await rejection(transport({ maxResponseBytes: 1024 }).send(request(s.url)));
    expect((error as GigyaResponseError).problem).toBe('too-large');
  });

  it('drops a complete but oversize body without an uncaught error from the discarded stream', async () => {
    const uncaught: unknown[] = [];
    const record = (e: unknown): void => void uncaught.push(e);
    process.on('uncaughtException', record);
    try {
      const s = await serve((_req, res) => {
        const body = JSON.stringify({ errorCode: 0, filler: 'x'.repeat(4096) });
        // Declared length, sent at once: undici has the whole body before the client refuses it.
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
        res.end(body);
      });
      const error = await rejection(transport({ maxResponseBytes: 1024 }).send(request(s.url)));
      expect((error as GigyaResponseError).problem).toBe('too-large');
      // undici reports the abort of an unread body a tick after destroy().
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', record);
    }
  });

  it('applies the limit to the decompressed size (zip bombs)', async () => {
    const bomb = gzipSync(Buffer.alloc(5 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(bomb);
    });
    const error = await rejection(transport({ maxResponseBytes: 1024 * 1024 }).send(request(s.url)));
    expect((error as GigyaResponseError).problem).toBe('too-large');
    expect(error.message).toMatch(/once decompressed/);
  });

  it('rejects an unknown content encoding', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'zstd' });
      res.end('abc');
    });
    const error = await rejection(transport().send(request(s.url)));
    expect(error).toBeInstanceOf(GigyaResponseError);
    expect((error as GigyaResponseError).problem).toBe('bad-encoding');
    expect(error.message).toMatch(/Content-Encoding "zstd"/);
  });

  it('reports corrupt compressed data as bad-encoding, not as a shape problem', async () => {
    // A valid gzip header, then a deflate block of the reserved type 3: corrupt, not cut short.
    const gz = Buffer.concat([gzipSync('x').subarray(0, 10), Buffer.alloc(32, 0xff)]);
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'application/json' });
      res.end(gz);
    });
    const error = await rejection(transport().send(request(s.url)));
    expect(error).toBeInstanceOf(GigyaResponseError);
    expect((error as GigyaResponseError).problem).toBe('bad-encoding');
    expect((error as GigyaResponseError).httpStatus).toBe(200);
    expect(error.message).toMatch(/could not be decompressed/);
  });
});

describe('dispatchers', () => {
  it('closes only the dispatcher it created', async () => {
    const s = await serve((_req, res) => res.end(OK_BODY));
    const agent = new Agent();
    cleanups.push(() => agent.close());
    const borrowed = createTransport({ dispatcher: agent, maxResponseBytes: 1024, userAgent: 'ua' });
    await borrowed.send(request(s.url));
    await borrowed.close();
    expect(agent.closed).toBe(false);
    const direct = await agent.request({ origin: s.url, path: '/', method: 'GET' });
    expect(await direct.body.text()).toBe(OK_BODY);
    const closedError = await rejection(borrowed.send(request(s.url)));
    expect(closedError).toBeInstanceOf(GigyaConnectionError);

    const own = createTransport({ maxResponseBytes: 1024, userAgent: 'ua' });
    await own.send(request(s.url));
    await own.close();
    await own.close();
    const error = await rejection(own.send(request(s.url)));
    expect(error).toBeInstanceOf(GigyaConnectionError);
    expect(error.message).toMatch(/transport was closed/);
  });

  it('validates its options', () => {
    expect(() => createTransport({ maxResponseBytes: 0, userAgent: 'ua' })).toThrow(GigyaConfigError);
    const bad = (() => {
      try {
        createTransport({ proxy: 'not a url with user:hunter2', maxResponseBytes: 1, userAgent: 'ua' });
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected a config error');
    })();
    expect(bad).toBeInstanceOf(GigyaConfigError);
    expect(bad.message).not.toContain('hunter2');
    expect(() => createTransport({ proxy: 'ftp://proxy:21', maxResponseBytes: 1, userAgent: 'ua' })).toThrow(
      /http:\/\/, https:\/\/ or socks5/,
    );
  });
});

describe('undici loading', () => {
  it('loads the same Agent and connector as the package entry exports', async () => {
    const entry = await import('undici');
    const own = async (path: string): Promise<unknown> => ((await import(path)) as { default: unknown }).default;
    expect(await own('undici/lib/dispatcher/agent.js')).toBe(entry.Agent);
    expect(await own('undici/lib/core/connect.js')).toBe(entry.buildConnector);
  });

  it('opens no pool before the first send, and closes cleanly without one', async () => {
    const t = createTransport({ maxResponseBytes: 1024, userAgent: 'ua' });
    await t.close();
    const error = await rejection(t.send(request('http://127.0.0.1:9/x')));
    expect(error).toBeInstanceOf(GigyaConnectionError);
  });
});

describe('proxy', () => {
  it('sends http:// targets to the proxy in absolute form (no CONNECT), with proxy credentials', async () => {
    const connects: string[] = [];
    const proxy = await serve((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errorCode: 0, seenBy: 'proxy', url: req.url }));
    });
    proxy.server.on('connect', (req: IncomingMessage, socket: Socket) => {
      connects.push(req.url ?? '');
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    const t = transport({ proxy: `http://user:p%40ss@127.0.0.1:${proxy.port}` });
    const response = await t.send(request('http://socialize.us1.gigya.com/socialize.setStatus'));
    expect(JSON.parse(response.body)).toEqual({
      errorCode: 0,
      seenBy: 'proxy',
      url: 'http://socialize.us1.gigya.com/socialize.setStatus',
    });
    const [req] = proxy.requests;
    expect(req!.method).toBe('POST');
    expect(req!.url).toBe('http://socialize.us1.gigya.com/socialize.setStatus');
    expect(req!.headers.host).toBe('socialize.us1.gigya.com');
    expect(req!.headers['proxy-authorization']).toBe(`Basic ${Buffer.from('user:p@ss').toString('base64')}`);
    expect(req!.headers['user-agent']).toBe('gigya-typed/test');
    expect(proxy.bodies[0]).toBe(SECRET_BODY);
    expect(connects).toEqual([]);
  });

  it('tunnels https:// targets with CONNECT; a refused tunnel is a connection error', async () => {
    const connects: Array<{ url: string; auth: string | undefined }> = [];
    const proxy = await serve((_req, res) => res.end('unexpected plain request'));
    proxy.server.on('connect', (req: IncomingMessage, socket: Socket) => {
      connects.push({ url: req.url ?? '', auth: req.headers['proxy-authorization'] });
      // The test proxy answers the CONNECT itself and forwards nothing.
      socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
    });
    const t = transport({ proxy: `http://user:hunter2@127.0.0.1:${proxy.port}` });
    const error = await rejection(t.send(request('https://socialize.us1.gigya.com/socialize.setStatus')));
    expect(connects).toEqual([
      { url: 'socialize.us1.gigya.com:443', auth: `Basic ${Buffer.from('user:hunter2').toString('base64')}` },
    ]);
    expect(error).toBeInstanceOf(GigyaConnectionError);
    expect(error.message).toContain('socialize.us1.gigya.com/socialize.setStatus');
    expect(error.message).toMatch(/proxy/);
    expect(error.message).not.toContain('hunter2');
    expectNoSecrets(error);
    expect(proxy.requests).toHaveLength(0);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}
