/**
 * 1,000 concurrent calls through one typed client, every response matched to its own request:
 * each call is for a different user and carries its own `context`, which Gigya (and the emulator)
 * echo back; JSON and XML calls are interleaved on the same connection pool.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateUserSignature } from '../../src/index.js';
import { startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { Clients, SECRET, e2eFixture } from './helpers.js';

const N = 1_000;

let emu: EmulatorHandle;
const clients = new Clients(() => emu);

beforeAll(async () => {
  emu = await startEmulator({ fixture: e2eFixture() });
});
afterAll(async () => {
  await clients.closeAll();
  await emu.close();
});

const formatOf = (i: number) => (i % 2 === 0 ? 'json' : 'xml') as 'json' | 'xml';
const echoed = (res: object): unknown => (res as Record<string, unknown>)['context'];

describe(`${N} concurrent calls`, () => {
  it(
    'creates N users with N concurrent notifyLogin calls, then reads each back with N concurrent getUserInfo ' +
      'calls',
    async () => {
      const c = clients.make();

      const logins = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          c.socialize.notifyLogin(
            { siteUID: `user-${i}`, userInfo: { nickname: `Nick ${i}` } },
            { format: formatOf(i), extraParams: { context: `login-${i}` } },
          ),
        ),
      );
      logins.forEach((res, i) => {
        expect(res.UID).toBe(`user-${i}`);
        expect(echoed(res)).toBe(`login-${i}`);
      });

      emu.clearRequests();
      const infos = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          c.socialize.getUserInfo({ uid: `user-${i}` }, { format: formatOf(i), extraParams: { context: `info-${i}` } }),
        ),
      );
      let mismatches = 0;
      infos.forEach((res, i) => {
        const uid = `user-${i}`;
        const ok =
          res.UID === uid &&
          res.nickname === `Nick ${i}` &&
          echoed(res) === `info-${i}` &&
          res.isLoggedIn === true &&
          validateUserSignature(uid, res.signatureTimestamp!, SECRET, res.UIDSignature!);
        if (!ok) mismatches++;
      });
      expect(mismatches).toBe(0);

      // The emulator saw N distinct signed requests, each for the user its context names.
      const seen = emu.requests;
      expect(seen).toHaveLength(N);
      expect(new Set(seen.map((r) => r.nonce)).size).toBe(N);
      expect(seen.every((r) => r.errorCode === 0 && r.authMode === 'signed')).toBe(true);
      expect(seen.every((r) => r.params['context'] === `info-${r.params['uid']!.slice('user-'.length)}`)).toBe(true);
      expect(seen.filter((r) => r.format === 'xml')).toHaveLength(N / 2);
      expect(new Set(infos.map((r) => r.callId)).size).toBe(N);
    },
  );
});
