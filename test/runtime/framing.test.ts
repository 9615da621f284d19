/**
 * Issue 12, defect 9: framing errors are reported as such and not retried (duplicate Content-Length,
 * Content-Length with Transfer-Encoding, a reply that is not HTTP), and invalid UTF-8 inside a JSON
 * body is a `bad-encoding` error, never a success holding U+FFFD.
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, GigyaResponseError } from '../../src/index.js';

let server: Server;
let port = 0;
/** The raw bytes the next connections answer with. */
let reply: Buffer = Buffer.alloc(0);
let connections = 0;

beforeAll(async () => {
  server = createServer((socket) => {
    connections++;
    socket.on('error', () => undefined);
    socket.once('data', () => socket.end(reply));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ENVELOPE = '{"errorCode":0,"statusCode":200,"UID":"u"}';

function response(head: string, body: Buffer | string): Buffer {
  return Buffer.concat([
    Buffer.from(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n${head}\r\n`),
    Buffer.from(body),
  ]);
}

async function failureOf(bytes: Buffer): Promise<GigyaResponseError> {
  reply = bytes;
  connections = 0;
  const client = createClient({
    apiKey: '3_key',
    secret: Buffer.from('k').toString('base64'),
    baseUrl: `http://127.0.0.1:${port}`,
    retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 1 },
  });
  try {
    await client.socialize.getUserInfo({ uid: 'u' });
  } catch (error) {
    expect(error).toBeInstanceOf(GigyaResponseError);
    return error as GigyaResponseError;
  } finally {
    await client.close();
  }
  throw new Error('expected a failure');
}

describe('framing errors', () => {
  const len = Buffer.byteLength(ENVELOPE);
  const cases: Array<[string, Buffer]> = [
    ['two equal Content-Length headers', response(`content-length: ${len}\r\ncontent-length: ${len}\r\n`, ENVELOPE)],
    [
      'two different Content-Length headers',
      response(`content-length: ${len}\r\ncontent-length: ${len + 1}\r\n`, ENVELOPE),
    ],
    ['one Content-Length listing two values', response(`content-length: ${len}, ${len}\r\n`, ENVELOPE)],
    [
      'Content-Length with Transfer-Encoding',
      response(
        `content-length: ${len}\r\ntransfer-encoding: chunked\r\n`,
        `${len.toString(16)}\r\n${ENVELOPE}\r\n0\r\n\r\n`,
      ),
    ],
  ];
  for (const [what, bytes] of cases) {
    it(`${what}: problem framing, one attempt (a safe method is not retried)`, async () => {
      const error = await failureOf(bytes);
      expect(error.problem).toBe('framing');
      expect(error.attempts).toBe(1);
      expect(error.message).toMatch(/framing|Content-Length/);
      expect(connections).toBe(1);
    });
  }

  it('an answer that is not HTTP at all: problem framing, not retried', async () => {
    const error = await failureOf(Buffer.from('SSH-2.0-OpenSSH_9.2\r\n\r\n'));
    expect(error.problem).toBe('framing');
    expect(error.attempts).toBe(1);
  });
});

describe('invalid UTF-8', () => {
  it('inside a JSON envelope: bad-encoding, not a success with U+FFFD', async () => {
    const body = Buffer.concat([
      Buffer.from('{"errorCode":0,"statusCode":200,"UID":"u","nickname":"'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}'),
    ]);
    const error = await failureOf(response(`content-length: ${body.length}\r\n`, body));
    expect(error.problem).toBe('bad-encoding');
  });

  it('valid UTF-8, multi-byte characters and a BOM included, still parses', async () => {
    const body = Buffer.from('\uFEFF{"errorCode":0,"statusCode":200,"UID":"u","nickname":"Zoë 🎉"}');
    reply = response(`content-length: ${body.length}\r\n`, body);
    const client = createClient({
      apiKey: '3_key',
      secret: Buffer.from('k').toString('base64'),
      baseUrl: `http://127.0.0.1:${port}`,
    });
    try {
      expect((await client.socialize.getUserInfo({ uid: 'u' })).nickname).toBe('Zoë 🎉');
    } finally {
      await client.close();
    }
  });
});
