import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAULT_HEADER, startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { ReplayCache } from '../../src/emulator/replay.js';
import { API_KEY, call, callJson, prepare, send } from './helpers.js';

let emu: EmulatorHandle;

beforeAll(async () => {
  emu = await startEmulator();
});
beforeEach(() => {
  emu.setFaults([]);
  emu.reset();
});
afterAll(async () => {
  await emu.close();
});

const fault = (value: string) => ({ headers: { [FAULT_HEADER]: value } });

async function errorOf(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected the request to fail');
}

describe('fault rules', () => {
  it('403048 on every 3rd matching request, counted per rule', async () => {
    emu.setFaults([{ type: 'rate-limit', every: 3, method: 'socialize.getUserInfo' }]);
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }))['errorCode'] as number);
    // Other methods do not advance the counter.
    expect((await callJson(emu.url, 'socialize.getFriendsInfo', { UID: 'alice' }))['errorCode']).toBe(0);
    expect(codes).toEqual([0, 0, 403048, 0, 0, 403048]);
    const limited = emu.requests.filter((r) => r.errorCode === 403048);
    expect(limited.map((r) => r.faults)).toEqual([['rate-limit'], ['rate-limit']]);
  });

  it('skip and times bound a rule; apiKey filters it', async () => {
    emu.setFaults([
      { type: 'server-error', skip: 1, times: 2 },
      { type: 'unavailable', apiKey: '3_other' },
    ]);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }))['errorCode'] as number);
    expect(codes).toEqual([0, 500001, 500001, 0, 0]);
  });

  it('a faulted request spends no nonce: the same signed request passes afterwards', async () => {
    emu.setFaults([{ type: 'rate-limit', times: 1 }]);
    const url = `${emu.url}/socialize.getUserInfo`;
    const wire = prepare(url, { UID: 'alice' });
    expect((await send(url, wire)).json!['errorCode']).toBe(403048);
    expect((await send(url, wire)).json!['errorCode']).toBe(0);
  });

  it('latency from options and rules is recorded and the call still succeeds', async () => {
    emu.setFaults([{ type: 'latency', ms: 20 }]);
    expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }))['errorCode']).toBe(0);
    expect(emu.requests.at(-1)!.faults).toEqual(['latency']);
  });
});

describe('per-request fault header', () => {
  it('503 with an HTML page', async () => {
    const res = await call(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, fault('503'));
    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<html>');
    expect(res.json).toBeUndefined();
  });

  it('500001, 403002 and 403048 envelopes', async () => {
    const server = await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, fault('server-error'));
    expect(server).toMatchObject({ errorCode: 500001, statusCode: 500, errorMessage: 'General Server error' });
    const expired = await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, fault('expired'));
    expect(expired).toMatchObject({ errorCode: 403002, statusCode: 403 });
    expect(typeof expired['time']).toBe('string');
    expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, fault('rate-limit')))['errorCode']).toBe(
      403048,
    );
  });

  it('reset drops the connection before the request is handled', async () => {
    const error = await errorOf(call(emu.url, 'socialize.setStatus', { UID: 'alice', status: 'lost' }, fault('reset')));
    expect(error.code ?? error.message).toMatch(/ECONNRESET|UND_ERR_SOCKET|other side closed/);
    expect(emu.state.user(API_KEY, 'alice')!.status).toBeUndefined();
    const rec = emu.requests.at(-1)!;
    expect(rec.faults).toEqual(['reset']);
    expect(rec.httpStatus).toBeUndefined();
  });

  it('reset-after handles the request, then drops the connection', async () => {
    await errorOf(call(emu.url, 'socialize.setStatus', { UID: 'alice', status: 'applied' }, fault('reset-after')));
    expect(emu.state.user(API_KEY, 'alice')!.status).toBe('applied');
  });

  it('truncate announces a longer body than it sends', async () => {
    const url = `${emu.url}/socialize.setStatus`;
    const wire = prepare(url, { UID: 'alice', status: 'cut' });
    const error = await errorOf(
      (async () => {
        const res = await request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', [FAULT_HEADER]: 'truncate' },
          body: new URLSearchParams(wire).toString(),
        });
        await res.body.text();
      })(),
    );
    expect(error).toBeInstanceOf(Error);
    expect(emu.state.user(API_KEY, 'alice')!.status).toBe('cut');
    expect(emu.requests.at(-1)!.faults).toEqual(['truncate']);
  });

  it('truncate and reset-after also apply to error answers, so no planned fault is lost', async () => {
    const wrongSig = await errorOf(
      call(
        emu.url,
        'socialize.getUserInfo',
        { UID: 'alice' },
        { ...fault('truncate'), secret: Buffer.from('wrong').toString('base64') },
      ),
    );
    expect(wrongSig).toBeInstanceOf(Error);
    expect(emu.requests.at(-1)).toMatchObject({ faults: ['truncate'], errorCode: 403003, httpStatus: 200 });

    const unknown = await errorOf(call(emu.url, 'socialize.noSuchMethod', {}, fault('reset-after')));
    expect(unknown.code ?? unknown.message).toMatch(/ECONNRESET|UND_ERR_SOCKET|other side closed/);
    expect(emu.requests.at(-1)).toMatchObject({ faults: ['reset-after'], httpStatus: undefined });

    // A rule counts only requests it really cut: every 2nd, whatever the answer.
    emu.setFaults([{ type: 'truncate', every: 2 }]);
    const outcomes: string[] = [];
    for (const method of [
      'socialize.noSuchMethod',
      'socialize.noSuchMethod',
      'socialize.getUserInfo',
      'socialize.getUserInfo',
    ]) {
      outcomes.push(
        await call(emu.url, method, { UID: 'alice' }).then(
          (r) => String(r.json?.['errorCode']),
          () => 'cut',
        ),
      );
    }
    expect(outcomes).toEqual(['501001', 'cut', '0', 'cut']);
  });

  it('combines latency with another fault; an unknown fault is a 400001', async () => {
    expect(
      (await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, fault('latency=10, rate-limit')))[
        'errorCode'
      ],
    ).toBe(403048);
    expect(emu.requests.at(-1)!.faults).toEqual(['latency', 'rate-limit']);
    const bad = await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, fault('explode'));
    expect(bad['errorCode']).toBe(400001);
  });
});

describe('concurrency', () => {
  it('handles 1,000 concurrent signed calls, each with its own nonce', async () => {
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        callJson(emu.url, 'socialize.setUserSettings', { UID: 'alice', group: 'load', settings: { [`k${i}`]: i } }),
      ),
    );
    expect(results.every((r) => r['errorCode'] === 0)).toBe(true);
    expect(new Set(results.map((r) => r['callId'])).size).toBe(1000);
    const nonces = emu.requests.map((r) => r.nonce);
    expect(new Set(nonces).size).toBe(1000);
    const stored = emu.state.user(API_KEY, 'alice')!.settings.get('load')!;
    expect(Object.keys(stored)).toHaveLength(1000);
    expect(stored['k999']).toBe(999);
  });
});

describe('replay cache', () => {
  it('forgets nonces after the TTL and stays bounded', () => {
    const cache = new ReplayCache(1000, 3);
    expect(cache.checkAndRemember('a', 0)).toBe(false);
    expect(cache.checkAndRemember('a', 500)).toBe(true);
    expect(cache.checkAndRemember('a', 1500)).toBe(false);
    for (const k of ['b', 'c', 'd', 'e']) cache.checkAndRemember(k, 1600);
    expect(cache.size).toBe(3);
    expect(cache.checkAndRemember('z', 5000)).toBe(false);
    expect(cache.size).toBe(1);
  });
});
