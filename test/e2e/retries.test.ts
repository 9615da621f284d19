/**
 * The client's retry rules against the emulator's injected faults, set both ways: by option
 * (`startEmulator({ faults })`, `latencyMs`) and per request (the `x-emulator-fault` header).
 * Every attempt must reach the emulator with its own nonce; methods the catalog does not mark
 * safe to repeat (writes) must not be sent twice after a failure that may have hidden a success.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  type GigyaApiError,
  GigyaConnectionError,
  GigyaResponseError,
  GigyaTimeoutError,
  getTrace,
  type ClientOptions,
  type GigyaClient,
} from '../../src/index.js';
import {
  FAULT_HEADER,
  startEmulator,
  type EmulatorHandle,
  type EmulatorOptions,
  type RecordedRequest,
} from '../../src/emulator/index.js';
import { methodRegistry } from '../../generated/index.js';
import { API_KEY, Clients, e2eFixture, failureOf, until } from './helpers.js';

let emu: EmulatorHandle | undefined;
const clients = new Clients(() => emu!);

/** A fresh emulator per test: a delayed request still running must not touch the next test's state. */
async function emulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  emu = await startEmulator({ fixture: e2eFixture(), ...options });
  return emu;
}

afterEach(async () => {
  await clients.closeAll();
  await emu?.close();
  emu = undefined;
});

const client = (options: Partial<ClientOptions> = {}): GigyaClient => clients.make(options);
const fault = (value: string) => ({ headers: { [FAULT_HEADER]: value } });
const sent = (method: string): RecordedRequest[] => emu!.requests.filter((r) => r.method === method);
const GET = 'socialize.getUserInfo';
const SET = 'socialize.setStatus';

function expectDistinctNonces(requests: readonly RecordedRequest[]): void {
  expect(requests.every((r) => typeof r.nonce === 'string' && r.nonce !== '')).toBe(true);
  expect(new Set(requests.map((r) => r.nonce)).size).toBe(requests.length);
}

it('the catalog marks the methods used here as expected', () => {
  expect(methodRegistry.get(GET)?.safeToRepeat).toBe(true);
  expect(methodRegistry.get(SET)?.safeToRepeat).toBe(false);
});

describe('latency and timeouts', () => {
  it('latency from the option delays every answer: a client with a shorter timeout gives up', async () => {
    await emulator({ latencyMs: 2_000 });
    const error = await failureOf(client({ timeoutMs: 200, maxRetries: 0 }).socialize.getUserInfo({ uid: 'alice' }));
    expect(error).toBeInstanceOf(GigyaTimeoutError);
    await until(() => sent(GET).length === 1, 'the attempt to be recorded');
    expect(sent(GET)[0]!.httpStatus).toBeUndefined();
  });

  it('a safe method that times out is retried with a new nonce', async () => {
    await emulator({ faults: [{ type: 'latency', ms: 5_000, times: 1, method: GET }] });
    const res = await client({ timeoutMs: 1_000 }).socialize.getUserInfo({ uid: 'alice' });
    expect(res.UID).toBe('alice');
    expect(getTrace(res)!.attempts.map((a) => a.failure ?? a.errorCode)).toEqual(['GigyaTimeoutError', 0]);
    await until(() => sent(GET).length === 2, 'both attempts to be recorded');
    expect(sent(GET).map((r) => r.faults)).toEqual([['latency'], []]);
    expectDistinctNonces(sent(GET));
  });

  it('a write that times out is not repeated (the emulator may still act on it)', async () => {
    await emulator();
    const error = await failureOf(
      client({ timeoutMs: 300 }).socialize.setStatus({ uid: 'alice', status: 'slow' }, fault('latency=3000')),
    );
    expect(error).toBeInstanceOf(GigyaTimeoutError);
    expect((error as GigyaTimeoutError).attempts).toBe(1);
    await until(() => sent(SET).length === 1, 'the attempt to be recorded');
    expect(sent(SET)).toHaveLength(1);
  });
});

describe('503 with an HTML page', () => {
  it('is retried for a safe method', async () => {
    await emulator({ faults: [{ type: 'unavailable', times: 2 }] });
    const res = await client().socialize.getUserInfo({ uid: 'alice' });
    expect(res.UID).toBe('alice');
    expect(sent(GET).map((r) => r.httpStatus)).toEqual([503, 503, 200]);
    expectDistinctNonces(sent(GET));
    expect(getTrace(res)!.attempts.map((a) => a.failure ?? a.errorCode)).toEqual([
      'GigyaResponseError',
      'GigyaResponseError',
      0,
    ]);
  });

  it('gives up after maxRetries with a typed error naming the HTML answer', async () => {
    await emulator();
    const error = await failureOf(client().socialize.getUserInfo({ uid: 'alice' }, fault('503')));
    expect(error).toBeInstanceOf(GigyaResponseError);
    expect((error as GigyaResponseError).httpStatus).toBe(503);
    expect((error as GigyaResponseError).attempts).toBe(3);
    expect(sent(GET)).toHaveLength(3);
    expectDistinctNonces(sent(GET));
  });

  it('is not retried for a write', async () => {
    await emulator();
    const error = await failureOf(client().socialize.setStatus({ uid: 'alice', status: 'x' }, fault('503')));
    expect(error).toBeInstanceOf(GigyaResponseError);
    expect((error as GigyaResponseError).attempts).toBe(1);
    expect(sent(SET)).toHaveLength(1);
  });
});

describe('403048 every N requests', () => {
  it(
    'is retried for reads and writes alike (the request was not processed), ' + 'each attempt with a new nonce',
    async () => {
      await emulator({ faults: [{ type: 'rate-limit', every: 3 }] });
      const c = client();
      const attempts: number[] = [];
      for (let i = 0; i < 6; i++) {
        const res =
          i % 2 === 0
            ? await c.socialize.setStatus({ uid: 'alice', status: `s${i}` })
            : await c.socialize.getUserInfo({ uid: 'alice' });
        attempts.push(getTrace(res)!.attempts.length);
      }
      // Requests 3 and 6 are limited; each is retried once.
      expect(attempts).toEqual([1, 1, 2, 1, 2, 1]);
      expect(emu!.requests.map((r) => r.errorCode)).toEqual([0, 0, 403048, 0, 0, 403048, 0, 0]);
      expectDistinctNonces(emu!.requests);
      expect(emu!.state.user(API_KEY, 'alice')!.statusHistory.map((s) => s.status)).toEqual(['s0', 's2', 's4']);
    },
  );

  it('surfaces 403048 after maxRetries', async () => {
    await emulator({ faults: [{ type: 'rate-limit' }] });
    const error = await failureOf(client({ maxRetries: 1 }).socialize.setStatus({ uid: 'alice', status: 'x' }));
    expect((error as GigyaApiError).errorCode).toBe(403048);
    expect((error as GigyaApiError).attempts).toBe(2);
    expectDistinctNonces(sent(SET));
  });
});

describe('connection reset', () => {
  it('before the request is handled: retried for a safe method', async () => {
    await emulator({ faults: [{ type: 'reset', times: 1 }] });
    const res = await client().socialize.getUserInfo({ uid: 'alice' });
    expect(getTrace(res)!.attempts.map((a) => a.failure ?? a.errorCode)).toEqual(['GigyaConnectionError', 0]);
    expect(sent(GET).map((r) => r.faults)).toEqual([['reset'], []]);
    expectDistinctNonces(sent(GET));
  });

  it('not retried for a write, even when the emulator did not act', async () => {
    await emulator();
    const error = await failureOf(client().socialize.setStatus({ uid: 'alice', status: 'lost' }, fault('reset')));
    expect(error).toBeInstanceOf(GigyaConnectionError);
    expect((error as GigyaConnectionError).attempts).toBe(1);
    await until(() => sent(SET).length === 1, 'the attempt to be recorded');
    expect(emu!.state.user(API_KEY, 'alice')!.status).toBeUndefined();
  });

  it('after the request was handled: a write is not repeated, so it is applied exactly once', async () => {
    await emulator();
    const error = await failureOf(client().socialize.setStatus({ uid: 'alice', status: 'once' }, fault('reset-after')));
    expect(error).toBeInstanceOf(GigyaConnectionError);
    expect((error as GigyaConnectionError).attempts).toBe(1);
    await until(() => sent(SET).length === 1, 'the attempt to be recorded');
    expect(emu!.state.user(API_KEY, 'alice')!.statusHistory).toHaveLength(1);
  });
});

describe('truncated body', () => {
  it('is retried for a safe method', async () => {
    await emulator({ faults: [{ type: 'truncate', times: 1, method: GET }] });
    const res = await client().socialize.getUserInfo({ uid: 'alice' });
    expect(res.UID).toBe('alice');
    expect(sent(GET).map((r) => r.faults)).toEqual([['truncate'], []]);
    expectDistinctNonces(sent(GET));
    expect(getTrace(res)!.attempts).toHaveLength(2);
  });

  it('is not retried for a write, whose effect already happened', async () => {
    await emulator();
    const error = await failureOf(client().socialize.setStatus({ uid: 'alice', status: 'applied' }, fault('truncate')));
    expect(error instanceof GigyaResponseError || error instanceof GigyaConnectionError).toBe(true);
    expect((error as GigyaResponseError).attempts).toBe(1);
    await until(() => sent(SET).length === 1, 'the attempt to be recorded');
    expect(emu!.state.user(API_KEY, 'alice')!.statusHistory.map((s) => s.status)).toEqual(['applied']);
  });
});

describe('500001', () => {
  it('is retried (the catalog marks it transient) for reads and writes', async () => {
    await emulator({
      faults: [
        { type: 'server-error', times: 1, method: GET },
        { type: 'server-error', times: 1, method: SET },
      ],
    });
    const c = client();
    expect(getTrace(await c.socialize.getUserInfo({ uid: 'alice' }))!.attempts.map((a) => a.errorCode)).toEqual([
      500001, 0,
    ]);
    expect(
      getTrace(await c.socialize.setStatus({ uid: 'alice', status: 'x' }))!.attempts.map((a) => a.errorCode),
    ).toEqual([500001, 0]);
    expectDistinctNonces(emu!.requests);
    expect(emu!.state.user(API_KEY, 'alice')!.statusHistory).toHaveLength(1);
  });

  it('per request, on every attempt: surfaces after maxRetries', async () => {
    await emulator();
    const error = await failureOf(client().socialize.getUserInfo({ uid: 'alice' }, fault('500001')));
    expect((error as GigyaApiError).errorCode).toBe(500001);
    expect((error as GigyaApiError).attempts).toBe(3);
    expect(sent(GET).map((r) => r.faults)).toEqual([['server-error'], ['server-error'], ['server-error']]);
    expectDistinctNonces(sent(GET));
  });
});

describe('per-request faults with XML answers', () => {
  it('a rate limit then success, both in XML', async () => {
    await emulator({ faults: [{ type: 'rate-limit', times: 1 }] });
    const res = await client({ format: 'xml' }).socialize.getFriendsInfo({ uid: 'alice' });
    expect(res.friends).toHaveLength(2);
    expect(emu!.requests.map((r) => [r.format, r.errorCode])).toEqual([
      ['xml', 403048],
      ['xml', 0],
    ]);
  });
});
