/**
 * Robustness: random and malformed requests (garbage bodies, bad percent-encoding, binary data,
 * odd or absent content types, GET with queries, oversized bodies, broken HTTP) never crash the
 * emulator. Each gets a readable Gigya envelope or a clean HTTP error, and the server keeps
 * answering real calls afterwards. Inputs come from a seeded generator, so a failure reproduces.
 */
import { connect } from 'node:net';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodRegistry } from '../../generated/index.js';
import { startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { encodeFormBody } from '../../src/auth/signing.js';
import { parseXml } from '../../src/wire/xml.js';
import { callJson, prepare } from './helpers.js';
import { seededRandom } from '../helpers/random.js';

const MAX_BODY = 16 * 1024;
let emu: EmulatorHandle;

beforeAll(async () => {
  emu = await startEmulator({ maxBodyBytes: MAX_BODY });
});
afterAll(async () => {
  await emu.close();
});

/** Checks an answer is a readable envelope (JSON, JSONP or XML) that is not a crash. */
function expectEnvelope(status: number, contentType: string | undefined, text: string, what: string): number {
  expect(status, what).toBeGreaterThanOrEqual(200);
  expect(status, what).toBeLessThan(600);
  let code: number;
  if (contentType?.startsWith('text/xml')) {
    const root = parseXml(text);
    expect(root.name.endsWith('Response'), what).toBe(true);
    code = Number(root.children.find((c) => c.name === 'errorCode')?.text);
    expect(root.children.find((c) => c.name === 'callId')?.text, what).toMatch(/^[0-9a-f]{32}$/);
  } else {
    expect(contentType, what).toMatch(/^(application\/json|text\/javascript)/);
    const json = text.replace(/^[\w$.]+\((.*)\);$/s, '$1');
    const env = JSON.parse(json) as Record<string, unknown>;
    code = env['errorCode'] as number;
    expect(env['callId'], what).toMatch(/^[0-9a-f]{32}$/);
  }
  expect(Number.isInteger(code), `${what}: ${text.slice(0, 200)}`).toBe(true);
  expect(code, `${what}: ${text.slice(0, 300)}`).not.toBe(500001);
  return code;
}

/** Sends raw bytes over a socket and returns everything the server wrote before closing. */
function rawExchange(payload: Buffer | string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(emu.port, '127.0.0.1', () => socket.end(payload));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('latin1')));
    socket.on('close', () => resolve(data));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve(data) : reject(error),
    );
  });
}

const METHODS = [...methodRegistry.keys()];
const ALPHABET = [
  'a',
  'Z',
  '0',
  '=',
  '&',
  '%',
  '%2',
  '%zz',
  '%00',
  '%C3%A9',
  '%E2%82',
  '%FF',
  '+',
  ' ',
  '\u00e9',
  '\u{1F600}',
  ';',
  '\\',
  '"',
  '<',
  '>',
  '[',
  ']',
  '{',
  '}',
  'UID',
  'apiKey',
  'format',
  'sig',
  'timestamp',
  'nonce',
  'callback',
];

function randomText(next: () => number, max: number): string {
  let out = '';
  const length = Math.floor(next() * max);
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return out;
}

function randomBytes(next: () => number, max: number): Buffer {
  const length = Math.floor(next() * max);
  const buf = Buffer.alloc(length);
  for (let i = 0; i < length; i++) buf[i] = Math.floor(next() * 256);
  return buf;
}

describe('random requests', () => {
  it('answers 300 seeded random requests with envelopes, never 500001', async () => {
    const next = seededRandom(0x5eed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const contentTypes = [
      undefined,
      'application/x-www-form-urlencoded',
      'application/x-www-form-urlencoded; charset=utf-8',
      'text/plain',
      'application/json',
      'multipart/form-data; boundary=x',
      'application/octet-stream',
    ];
    const formats = ['json', 'xml', 'jsonp', 'yaml', ''];
    const codes = new Map<number, number>();
    for (let i = 0; i < 300; i++) {
      const method = next() < 0.8 ? pick(METHODS) : randomText(next, 12);
      const httpMethod = next() < 0.3 ? 'GET' : 'POST';
      const format = pick(formats);
      let query = format === '' ? '' : `format=${format}${format === 'jsonp' ? '&callback=cb' : ''}`;
      if (next() < 0.4) query += `&${randomText(next, 30)}`;
      let body: Buffer | string | undefined;
      const kind = next();
      if (httpMethod === 'GET') body = undefined;
      else if (kind < 0.3) body = randomBytes(next, 400);
      else if (kind < 0.6) body = randomText(next, 80);
      else if (kind < 0.9) {
        // A properly signed request with one character changed.
        const url = `${emu.url}/${method}`;
        const wire = encodeFormBody(prepare(url, { UID: 'alice', status: 'x' }, { format: false }));
        const at = Math.floor(next() * wire.length);
        body = wire.slice(0, at) + pick(ALPHABET) + wire.slice(at + 1);
      } else body = '';
      const contentType = pick(contentTypes);
      const path = `/${encodeURI(method).replace(/%25/g, '%')}${query ? `?${query}` : ''}`;
      const what = `#${i} ${httpMethod} ${path} (${contentType ?? 'no content-type'})`;
      const res = await request(`${emu.url}${path}`, {
        method: httpMethod,
        headers: contentType === undefined ? {} : { 'content-type': contentType },
        ...(body === undefined ? {} : { body }),
      }).catch((error: unknown) => {
        throw new Error(`${what}: ${String(error)}`);
      });
      const text = await res.body.text();
      const code = expectEnvelope(res.statusCode, res.headers['content-type'] as string | undefined, text, what);
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    // The inputs reach different checks, not just one early rejection.
    expect(codes.size).toBeGreaterThan(4);
    expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }))['errorCode']).toBe(0);
  });
});

describe('malformed input', () => {
  it('bad percent-encoding in the body or query names the place, never the value', async () => {
    for (const [path, body] of [
      ['/socialize.getUserInfo?format=json', 'UID=%E2%82&apiKey=x'],
      ['/socialize.getUserInfo?format=json&UID=%zz', ''],
      ['/socialize.getUserInfo?format=json', '%ZZ=1'],
    ] as const) {
      const res = await request(`${emu.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      });
      const env = (await res.body.json()) as Record<string, unknown>;
      expect(env['errorCode']).toBe(400001);
      expect(String(env['errorDetails'])).toMatch(/not valid percent-encoded UTF-8/);
      expect(String(env['errorDetails'])).not.toContain('%');
    }
  });

  it(
    'a body that is not a form (JSON, binary) gets 400001; ' + 'a body without content type is read as a form',
    async () => {
      const json = await request(`${emu.url}/socialize.getUserInfo?format=json`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"UID":"alice"}',
      });
      expect(((await json.body.json()) as Record<string, unknown>)['errorCode']).toBe(400001);

      // No Content-Type header at all, over a raw socket so nothing adds one.
      const url = `${emu.url}/socialize.getUserInfo`;
      const body = encodeFormBody(prepare(url, { UID: 'alice' }));
      const answer = await rawExchange(
        `POST /socialize.getUserInfo HTTP/1.1\r\nHost: 127.0.0.1:${emu.port}\r\nContent-Length:` +
          ` ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
      expect(answer).toMatch(/^HTTP\/1\.1 200/);
      expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ errorCode: 0, UID: 'alice' });
    },
  );

  it('GET with a signed query works; GET with a garbage query gets an envelope', async () => {
    const url = `${emu.url}/socialize.getUserInfo`;
    const signed = await request(`${url}?${encodeFormBody(prepare(url, { UID: 'alice' }, { httpMethod: 'GET' }))}`);
    expect(((await signed.body.json()) as Record<string, unknown>)['errorCode']).toBe(0);
    const garbage = await request(`${url}?format=json&%%%&&==&x=%FF%FE`);
    expect(((await garbage.body.json()) as Record<string, unknown>)['errorCode']).toBe(400001);
  });

  it('a body over maxBodyBytes gets 413001; a huge declared body is refused without reading it', async () => {
    const big = await request(`${emu.url}/socialize.getUserInfo?format=json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `UID=${'a'.repeat(MAX_BODY)}`,
    });
    const env = (await big.body.json()) as Record<string, unknown>;
    expect(env).toMatchObject({ errorCode: 413001, statusCode: 413 });

    const answer = await rawExchange(
      `POST /socialize.getUserInfo?format=json HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ` +
        `application/x-www-form-urlencoded\r\nContent-Length: ${1024 * 1024 * 1024}\r\n\r\nUID=alice`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer).toContain('"errorCode":413001');
    expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }))['errorCode']).toBe(0);
  });

  it('broken HTTP gets a plain 400 and the connection is closed', async () => {
    for (const payload of [
      'NOT-HTTP AT ALL\r\n\r\n',
      'POST /socialize.getUserInfo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\nnope\r\n0\r\n\r\n',
      'POST /socialize.getUserInfo HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!',
      Buffer.from([0x00, 0xff, 0x13, 0x37, 0x0d, 0x0a, 0x0d, 0x0a]),
    ]) {
      const answer = await rawExchange(payload);
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    }
    // No Host header: the signature cannot be checked, so the request is refused with an envelope.
    const noHost = await rawExchange('GET /socialize.getUserInfo?format=json HTTP/1.0\r\n\r\n');
    expect(noHost).toMatch(/^HTTP\/1\.1 200/);
    expect(noHost).toContain('"errorCode":400001');
    expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }))['errorCode']).toBe(0);
  });

  it('a client that disconnects mid-body is dropped quietly', async () => {
    await new Promise<void>((resolve) => {
      const socket = connect(emu.port, '127.0.0.1', () => {
        socket.write(
          'POST /socialize.setStatus HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: ' +
            'application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nUID=al',
        );
        setTimeout(() => socket.destroy(), 20);
      });
      socket.on('close', () => resolve());
      socket.on('error', () => undefined);
    });
    expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }))['errorCode']).toBe(0);
  });
});
