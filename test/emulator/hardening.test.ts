/**
 * Issue 12, defect 10, the emulator's part: a bounded latency fault, fixture errors that never quote
 * the file, a request timeout for slow bodies, capped per-user collections, a request log redacted
 * like the client's traces, and the `expired` fault answered where Gigya answers it (the nonce spent).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  FAULT_HEADER,
  FixtureError,
  loadFixture,
  startEmulator,
  type EmulatorHandle,
} from '../../src/emulator/index.js';
import { MAX_STATUS_HISTORY } from '../../src/emulator/state.js';
import { callJson, prepare, send } from './helpers.js';

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await startEmulator();
});
beforeEach(() => {
  emu.setFaults([]);
  emu.reset();
});
afterAll(() => emu.close());

describe('latency faults are bounded', () => {
  it('a header latency beyond the limit is a 400001 naming the limit, with no TimeoutOverflowWarning', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error): void => void warnings.push(w.name);
    process.on('warning', onWarning);
    try {
      const res = await callJson(
        emu.url,
        'socialize.getUserInfo',
        { UID: 'alice' },
        { headers: { [FAULT_HEADER]: 'latency=1e12' } },
      );
      expect(res['errorCode']).toBe(400001);
      expect(String(res['errorDetails'])).toMatch(/at most 600000/);
      await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('TimeoutOverflowWarning');
  });

  it('rules and the latency option are checked too', async () => {
    expect(() => emu.setFaults([{ type: 'latency', ms: 1e12 }])).toThrow(/at most 600000/);
    expect(() => emu.setFaults([{ type: 'latency', ms: -1 }])).toThrow(TypeError);
    await expect(startEmulator({ latencyMs: 1e12 })).rejects.toThrow(/at most 600000/);
  });
});

describe('fixture errors', () => {
  it('a file that is not JSON is reported by position, never by its content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gigya-fixture-'));
    try {
      const file = join(dir, 'fixture.yaml');
      writeFileSync(file, 'secret: FIXTURE-SECRET-VALUE\nsites: {}\n');
      let message = '';
      try {
        loadFixture(file);
      } catch (error) {
        expect(error).toBeInstanceOf(FixtureError);
        message = (error as Error).message;
      }
      expect(message).toMatch(/not valid JSON/);
      expect(message).not.toContain('FIXTURE-SECRET');
      expect(message).not.toContain('secret:');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('slow request bodies', () => {
  it('a body that never finishes is cut at requestTimeoutMs, not after Node’s 300 s', async () => {
    const slow = await startEmulator({ requestTimeoutMs: 400 });
    try {
      const { port } = new URL(slow.url);
      const started = performance.now();
      const closedAfter = await new Promise<number>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write('POST /socialize.getUserInfo HTTP/1.1\r\nhost: x\r\ncontent-length: 100\r\n\r\napiKey=');
        });
        socket.on('error', () => undefined);
        socket.on('data', () => undefined);
        socket.on('close', () => resolve(performance.now() - started));
        setTimeout(() => reject(new Error('the emulator kept the connection open')), 5_000).unref();
      });
      expect(closedAfter).toBeLessThan(400 + 1_500);
    } finally {
      await slow.close();
    }
  });
});

describe('per-user collections are capped', () => {
  it('statusHistory keeps the latest MAX_STATUS_HISTORY entries', async () => {
    const user = emu.state.user(emu.apiKey, 'alice')!;
    for (let i = 0; i < MAX_STATUS_HISTORY + 20; i++) {
      const res = await callJson(emu.url, 'socialize.setStatus', { UID: 'alice', status: `s${i}` });
      expect(res['errorCode']).toBe(0);
    }
    expect(user.statusHistory).toHaveLength(MAX_STATUS_HISTORY);
    expect(user.statusHistory.at(-1)!.status).toBe(`s${MAX_STATUS_HISTORY + 19}`);
  });
});

describe('the request log', () => {
  it('redacts password, provider tokens and the OAuth code like the client’s traces', async () => {
    await callJson(emu.url, 'socialize.notifyLogin', {
      siteUID: 'carol',
      providerSessions: { facebook: { authToken: 'FB-AUTH-TOKEN-VALUE', tokenSecret: 'FB-TOKEN-SECRET' } },
    });
    await callJson(emu.url, 'socialize.getToken', { grant_type: 'authorization_code', code: 'OAUTH-CODE-VALUE' });
    await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, { headers: {} }).catch(() => undefined);
    const wire = prepare(`${emu.url}/socialize.getUserInfo`, { UID: 'alice', password: 'PASSWORD-VALUE' });
    await send(`${emu.url}/socialize.getUserInfo`, wire);
    const logged = JSON.stringify(emu.requests);
    for (const value of ['FB-AUTH-TOKEN-VALUE', 'FB-TOKEN-SECRET', 'OAUTH-CODE-VALUE', 'PASSWORD-VALUE'])
      expect(logged).not.toContain(value);
    expect(logged).toContain('[REDACTED]');
  });
});

describe('the expired fault', () => {
  it('is answered after the signature check and spends the nonce: a resend of the same request is 403004', async () => {
    emu.setFaults([{ type: 'expired', times: 1 }]);
    const url = `${emu.url}/socialize.getUserInfo`;
    const wire = prepare(url, { UID: 'alice' });
    expect((await send(url, wire)).json!['errorCode']).toBe(403002);
    // What SAP's Java SDK does after 403002: the byte-identical request again.
    expect((await send(url, wire)).json!['errorCode']).toBe(403004);
    // A client that signs again (fresh timestamp and nonce) gets through.
    expect((await send(url, prepare(url, { UID: 'alice' }))).json!['errorCode']).toBe(0);
  });

  it('a request that fails its signature check gets that error, not the fault', async () => {
    emu.setFaults([{ type: 'expired' }]);
    const url = `${emu.url}/socialize.getUserInfo`;
    const wire = { ...prepare(url, { UID: 'alice' }), sig: 'AAAA' };
    expect((await send(url, wire)).json!['errorCode']).toBe(403003);
  });
});

describe('connection faults over TLS', () => {
  it(
    'reset and truncate on a tunnel the emulator ends ' + 'with its CA close the connection instead of crashing',
    async () => {
      const { ProxyAgent, request } = await import('undici');
      const tunnel = new ProxyAgent({ uri: emu.url, requestTls: { ca: emu.caCertificate } });
      try {
        const url = 'https://socialize.us1.gigya.com/socialize.getUserInfo';
        for (const fault of ['reset', 'truncate', 'reset-after']) {
          const wire = prepare(url, { UID: 'alice' });
          const error = await request(url, {
            dispatcher: tunnel,
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', [FAULT_HEADER]: fault },
            body: new URLSearchParams(wire).toString(),
          })
            .then((res) => res.body.text())
            .then(
              () => undefined,
              (e: unknown) => e,
            );
          expect(error, fault).toBeInstanceOf(Error);
        }
        // Still serving.
        expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }))['errorCode']).toBe(0);
      } finally {
        await tunnel.close();
      }
    },
  );
});
