/**
 * The log against the emulator, through pino as a user would wire it: a data-center move after
 * 301001 (the emulator as the proxy of a client set to the wrong data center) and a clock
 * correction after 403002 (a client whose clock is an hour off) come out as warnings.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { API_KEY, Clients, EU_API_KEY, EU_SECRET, e2eFixture, SECRET } from './helpers.js';

let emu: EmulatorHandle;
const clients = new Clients(() => emu);
beforeAll(async () => {
  emu = await startEmulator({ fixture: e2eFixture() });
});
afterAll(async () => {
  await clients.closeAll();
  await emu.close();
});

function pinoLines() {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'trace' }, sink), lines };
}

describe('log records against the emulator', () => {
  it('warns once when Gigya moves the client to its data center, then calls go straight there', async () => {
    const { logger, lines } = pinoLines();
    const c = clients.raw({
      apiKey: EU_API_KEY,
      secret: EU_SECRET,
      protocol: 'http',
      dataCenter: 'us1',
      proxy: emu.url,
      logger,
    });
    await c.socialize.getUserInfo({ uid: 'emma' });
    await c.socialize.getUserInfo({ uid: 'emma' });
    const warnings = lines.filter((l) => l.level === 40);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      method: 'socialize.getUserInfo',
      errorCode: 301001,
      apiDomain: 'eu1.gigya.com',
      msg: expect.stringMatching(/moved to data center eu1\.gigya\.com.*Set dataCenter/),
    });
  });

  it('warns when the clock is corrected after 403002, with the offset, and logs each call at debug', async () => {
    const { logger, lines } = pinoLines();
    const c = clients.raw({
      apiKey: API_KEY,
      secret: SECRET,
      baseUrl: emu.url,
      logger,
      logLevel: 'debug',
      now: () => Date.now() - 3_600_000,
    });
    const user = await c.socialize.getUserInfo({ uid: 'alice' });
    expect(user.UID).toBe('alice');
    const warning = lines.find((l) => l.level === 40)!;
    expect(warning).toMatchObject({ errorCode: 403002, msg: expect.stringMatching(/local clock is 3\d{3} s off/) });
    expect(Math.abs((warning.clockOffsetSeconds as number) - 3600)).toBeLessThan(5);
    const debug = lines.find((l) => l.level === 20)!;
    expect(debug.msg).toMatch(/^socialize\.getUserInfo ok \(2 attempts, \d+ ms\)$/);
    expect((debug.trace as { attempts: Array<{ errorCode: number }> }).attempts.map((a) => a.errorCode)).toEqual([
      403002, 0,
    ]);
    expect(JSON.stringify(lines)).not.toContain(SECRET);
  });
});
