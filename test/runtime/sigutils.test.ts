import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { GigyaConfigError } from '../../src/errors.js';
import {
  DEFAULT_SIGNATURE_WINDOW_SECONDS,
  getDynamicSessionSignature,
  getDynamicSessionSignatureUserSigned,
  signFriend,
  signUser,
  validateFriendSignature,
  validateUserSignature,
} from '../../src/auth/sigutils.js';

const SECRET = 'EJgUJI386AUHo1aKqlZSJNQBeR/iQITGn+nezFQBDM8=';
const OTHER_SECRET = 'dGVzdC1jb25zdW1lci1zZWNyZXQmdGVzdC10b2tlbi1zZWNyZXQ=';
const UID = 'PUT-UID-HERE';
const FRIEND = 'FRIEND-UID';
const TS = 1700000000;

/*
 * Fixed vectors, computed independently of this code with openssl (and cross-checked with Python's hmac):
 *   K=$(echo 'EJgUJI386AUHo1aKqlZSJNQBeR/iQITGn+nezFQBDM8=' | base64 -d | xxd -p -c 256)
 *   printf '%s' '<base string>' | openssl dgst -sha1 -mac HMAC -macopt hexkey:$K -binary | base64
 */
const USER_SIG = 'gAYPJTULP+QZkpPUrtv9lBiC8g0='; // base "1700000000_PUT-UID-HERE"
const FRIEND_SIG = '6hc2B2uytvoucwVkZd1wEJ9DpPk='; // base "1700000000_FRIEND-UID_PUT-UID-HERE"
const DYN_SIG = 'f559Fg7ElVunxxOAENVJp8YLtLc='; // base "GLT-COOKIE-VALUE_1700000600"
const DYN_USER_SIG = '3PGcTTOwpaWG5qEH8iMCgu83uZo='; // base "GLT-COOKIE-VALUE_1700000600_AUserKey123"
// base "1586977937_PUT-UID-HERE" (the Python SDK test's expired timestamp)
const OLD_SIG = 'mX1YN2SbarWxRD6W0i4NyQkYUhc=';

describe('signUser / signFriend', () => {
  it('match the independently computed vectors', () => {
    expect(signUser(UID, TS, SECRET)).toBe(USER_SIG);
    expect(signUser(UID, String(TS), SECRET)).toBe(USER_SIG);
    expect(signUser(UID, TS, Buffer.from(SECRET, 'base64'))).toBe(USER_SIG);
    expect(signFriend(UID, TS, FRIEND, SECRET)).toBe(FRIEND_SIG);
    expect(signUser(UID, 1586977937, SECRET)).toBe(OLD_SIG);
  });

  it('differ by uid, timestamp, friend and secret', () => {
    const sigs = new Set([
      signUser(UID, TS, SECRET),
      signUser(`${UID}x`, TS, SECRET),
      signUser(UID, TS + 1, SECRET),
      signUser(UID, TS, OTHER_SECRET),
      signFriend(UID, TS, FRIEND, SECRET),
      signFriend(FRIEND, TS, UID, SECRET),
    ]);
    expect(sigs.size).toBe(6);
  });
});

describe('validateUserSignature', () => {
  it('accepts the fixed vector within the window (number or string timestamp)', () => {
    expect(validateUserSignature(UID, TS, SECRET, USER_SIG, { now: TS })).toBe(true);
    expect(validateUserSignature(UID, String(TS), SECRET, USER_SIG, { now: TS + 10 })).toBe(true);
    expect(validateUserSignature(UID, TS, Buffer.from(SECRET, 'base64'), USER_SIG, { now: TS })).toBe(true);
  });

  it('round-trips with signUser at the current time by default', () => {
    const now = Math.floor(Date.now() / 1000);
    const sig = signUser('_gid_abc+/=', now, SECRET);
    expect(validateUserSignature('_gid_abc+/=', now, SECRET, sig)).toBe(true);
    expect(validateUserSignature('_gid_abc+/=', String(now), SECRET, sig)).toBe(true);
  });

  it('rejects a wrong signature, uid, timestamp or secret', () => {
    expect(validateUserSignature(UID, TS, SECRET, FRIEND_SIG, { now: TS })).toBe(false);
    expect(validateUserSignature('OTHER', TS, SECRET, USER_SIG, { now: TS })).toBe(false);
    expect(validateUserSignature(UID, TS + 1, SECRET, USER_SIG, { now: TS })).toBe(false);
    expect(validateUserSignature(UID, TS, OTHER_SECRET, USER_SIG, { now: TS })).toBe(false);
    expect(validateUserSignature(UID, TS, SECRET, USER_SIG.toLowerCase(), { now: TS })).toBe(false);
    expect(validateUserSignature(UID, TS, SECRET, USER_SIG.slice(0, -1), { now: TS })).toBe(false);
    expect(validateUserSignature(UID, TS, SECRET, '', { now: TS })).toBe(false);
  });

  it('signs the timestamp text as given ("01700000000" is not "1700000000")', () => {
    expect(validateUserSignature(UID, '01700000000', SECRET, USER_SIG, { now: TS })).toBe(false);
    const sig = signUser(UID, '01700000000', SECRET);
    expect(validateUserSignature(UID, '01700000000', SECRET, sig, { now: TS })).toBe(true);
  });

  it(`uses a ${DEFAULT_SIGNATURE_WINDOW_SECONDS} s inclusive window by default`, () => {
    expect(DEFAULT_SIGNATURE_WINDOW_SECONDS).toBe(180);
    expect(validateUserSignature(UID, TS, SECRET, USER_SIG, { now: TS + 180 })).toBe(true);
    expect(validateUserSignature(UID, TS, SECRET, USER_SIG, { now: TS - 180 })).toBe(true);
    expect(validateUserSignature(UID, TS, SECRET, USER_SIG, { now: TS + 181 })).toBe(false);
    expect(validateUserSignature(UID, TS, SECRET, USER_SIG, { now: TS - 181 })).toBe(false);
    // Fractional "now" is rounded down to whole seconds.
    expect(validateUserSignature(UID, TS, SECRET, USER_SIG, { now: TS + 180.9 })).toBe(true);
  });

  it('honours windowSeconds, including false to skip the time check', () => {
    expect(validateUserSignature(UID, TS, SECRET, USER_SIG, { now: TS + 300, windowSeconds: 300 })).toBe(true);
    expect(validateUserSignature(UID, TS, SECRET, USER_SIG, { now: TS + 301, windowSeconds: 300 })).toBe(false);
    expect(validateUserSignature(UID, TS, SECRET, USER_SIG, { now: TS, windowSeconds: 0 })).toBe(true);
    expect(validateUserSignature(UID, TS, SECRET, USER_SIG, { now: TS + 1, windowSeconds: 0 })).toBe(false);
    expect(validateUserSignature(UID, TS, SECRET, USER_SIG, { now: TS + 10 ** 9, windowSeconds: false })).toBe(true);
    expect(
      validateUserSignature(UID, TS, SECRET, USER_SIG, { now: TS + 10 ** 9, windowSeconds: Number.POSITIVE_INFINITY }),
    ).toBe(true);
    // A skipped time check still checks the signature.
    expect(validateUserSignature(UID, TS, SECRET, FRIEND_SIG, { windowSeconds: false })).toBe(false);
  });

  it('matches the Python SDK test: 1586977937 is expired for 180 s, now+80 s is valid', () => {
    const now = Math.floor(Date.now() / 1000);
    expect(validateUserSignature(UID, 1586977937, SECRET, OLD_SIG, { windowSeconds: 180 })).toBe(false);
    expect(validateUserSignature(UID, 1586977937, SECRET, OLD_SIG, { windowSeconds: false })).toBe(true);
    expect(
      validateUserSignature(UID, now + 80, SECRET, signUser(UID, now + 80, SECRET), { now, windowSeconds: 180 }),
    ).toBe(true);
  });

  it('treats timestamps that do not parse as invalid, without throwing', () => {
    for (const ts of [
      '',
      'abc',
      '1700000000.0',
      ' 1700000000',
      '1700000000 ',
      '+1700000000',
      '0x6553f100',
      '1e9',
      '99999999999999999999',
      Number.NaN,
      1700000000.5,
      Number.POSITIVE_INFINITY,
    ]) {
      const sig = typeof ts === 'string' ? signUser(UID, ts, SECRET) : USER_SIG;
      expect(validateUserSignature(UID, ts, SECRET, sig, { now: TS, windowSeconds: false }), String(ts)).toBe(false);
    }
    expect(validateUserSignature(UID, undefined, SECRET, USER_SIG, { now: TS })).toBe(false);
  });

  it('returns false rather than throwing for missing uid or signature', () => {
    expect(validateUserSignature(undefined, TS, SECRET, USER_SIG, { now: TS })).toBe(false);
    expect(validateUserSignature(UID, TS, SECRET, undefined, { now: TS })).toBe(false);
    expect(validateUserSignature(UID, TS, SECRET, 42 as unknown as string, { now: TS })).toBe(false);
  });

  it('throws GigyaConfigError for a bad secret, even when the signature would be rejected anyway', () => {
    expect(() => validateUserSignature(UID, TS, 'not base64!', USER_SIG, { now: TS })).toThrow(GigyaConfigError);
    expect(() => validateUserSignature(UID, 'garbage', '', USER_SIG)).toThrow(/not valid Base64/);
  });

  it('does not leak the secret in the error', () => {
    const secret = 'S3cr3tValue$$NotBase64';
    let error: unknown;
    try {
      validateUserSignature(UID, TS, secret, USER_SIG);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GigyaConfigError);
    const text = [(error as Error).message, String((error as Error).stack), inspect(error, { showHidden: true })].join(
      '\n',
    );
    expect(text).not.toContain('S3cr3tValue');
  });

  it('rejects nonsensical options with a RangeError', () => {
    expect(() => validateUserSignature(UID, TS, SECRET, USER_SIG, { windowSeconds: -1 })).toThrow(RangeError);
    expect(() => validateUserSignature(UID, TS, SECRET, USER_SIG, { windowSeconds: Number.NaN })).toThrow(RangeError);
    expect(() => validateUserSignature(UID, TS, SECRET, USER_SIG, { now: Number.NaN })).toThrow(RangeError);
  });
});

describe('validateFriendSignature', () => {
  it('accepts the fixed vector and rejects swapped uids', () => {
    expect(validateFriendSignature(UID, TS, FRIEND, SECRET, FRIEND_SIG, { now: TS })).toBe(true);
    expect(validateFriendSignature(FRIEND, TS, UID, SECRET, FRIEND_SIG, { now: TS })).toBe(false);
    expect(validateFriendSignature(UID, TS, FRIEND, SECRET, USER_SIG, { now: TS })).toBe(false);
  });

  it('applies the same window and parsing rules', () => {
    expect(validateFriendSignature(UID, String(TS), FRIEND, SECRET, FRIEND_SIG, { now: TS - 180 })).toBe(true);
    expect(validateFriendSignature(UID, TS, FRIEND, SECRET, FRIEND_SIG, { now: TS + 181 })).toBe(false);
    expect(validateFriendSignature(UID, TS, FRIEND, SECRET, FRIEND_SIG, { now: TS + 181, windowSeconds: false })).toBe(
      true,
    );
    expect(validateFriendSignature(UID, 'x', FRIEND, SECRET, FRIEND_SIG, { now: TS })).toBe(false);
    expect(validateFriendSignature(UID, TS, undefined, SECRET, FRIEND_SIG, { now: TS })).toBe(false);
    expect(() => validateFriendSignature(UID, TS, FRIEND, 'bad secret', FRIEND_SIG)).toThrow(GigyaConfigError);
  });

  it('round-trips with signFriend', () => {
    const now = Math.floor(Date.now() / 1000);
    const sig = signFriend('u1', now, 'f1', OTHER_SECRET);
    expect(validateFriendSignature('u1', now, 'f1', OTHER_SECRET, sig)).toBe(true);
    expect(validateFriendSignature('u1', now, 'f1', SECRET, sig)).toBe(false);
  });
});

describe('getDynamicSessionSignature', () => {
  it('builds "exp_sig" over "glt_exp" (fixed vector)', () => {
    expect(getDynamicSessionSignature('GLT-COOKIE-VALUE', 600, SECRET, { now: TS })).toBe(`1700000600_${DYN_SIG}`);
    expect(getDynamicSessionSignature('GLT-COOKIE-VALUE', 600, SECRET, { now: TS + 0.7 })).toBe(
      `1700000600_${DYN_SIG}`,
    );
  });

  it('uses the current time by default', () => {
    const before = Math.floor(Date.now() / 1000);
    const value = getDynamicSessionSignature('glt', 60, SECRET);
    const after = Math.floor(Date.now() / 1000);
    const exp = Number(value.split('_')[0]);
    expect(exp).toBeGreaterThanOrEqual(before + 60);
    expect(exp).toBeLessThanOrEqual(after + 60);
    expect(value).toBe(getDynamicSessionSignature('glt', 60, SECRET, { now: exp - 60 }));
  });

  it('rejects bad input', () => {
    expect(() => getDynamicSessionSignature('glt', 60, 'bad secret')).toThrow(GigyaConfigError);
    expect(() => getDynamicSessionSignature('', 60, SECRET)).toThrow(TypeError);
    expect(() => getDynamicSessionSignature('glt', 1.5, SECRET)).toThrow(RangeError);
    expect(() => getDynamicSessionSignature('glt', -1, SECRET)).toThrow(RangeError);
  });
});

describe('getDynamicSessionSignatureUserSigned', () => {
  it('builds "exp_userKey_sig" over "glt_exp_userKey" (fixed vector)', () => {
    expect(getDynamicSessionSignatureUserSigned('GLT-COOKIE-VALUE', 600, 'AUserKey123', SECRET, { now: TS })).toBe(
      `1700000600_AUserKey123_${DYN_USER_SIG}`,
    );
  });

  it('rejects bad input', () => {
    expect(() => getDynamicSessionSignatureUserSigned('glt', 60, '', SECRET)).toThrow(TypeError);
    expect(() => getDynamicSessionSignatureUserSigned('glt', 60, 'uk', '')).toThrow(GigyaConfigError);
  });
});
