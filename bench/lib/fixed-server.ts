/**
 * A minimal node:http server answering every request with the same envelope: the loopback server and the emulator's
 * yardstick.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ENVELOPE } from './fixture.js';

export interface FixedServer {
  url: string;
  /** Requests answered so far. */
  readonly requests: number;
  /** Body of the latest request, to check what a contender really sends. */
  readonly lastBody: string;
  close(): Promise<void>;
}

export async function startFixedServer(body = ENVELOPE): Promise<FixedServer> {
  const length = String(Buffer.byteLength(body));
  let requests = 0;
  let last: Buffer[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests++;
      last = chunks;
      res.writeHead(200, { 'content-type': 'application/json;charset=utf-8', 'content-length': length });
      res.end(body);
    });
  });
  // Long enough that no contender's pooled socket is closed under it between rounds.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return requests;
    },
    get lastBody() {
      return Buffer.concat(last).toString('utf8');
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
