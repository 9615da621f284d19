/**
 * The factor store's building blocks: TOTP against the RFC 6238 test vectors, base32, and the
 * one-time tokens (digest-keyed, per site, expiring, a bounded number of wrong codes).
 */
import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  FactorStore,
  otpauthUri,
  totpCode,
  totpMatches,
} from '../../../src/emulator/accounts/factors.js';
import { ManualClock } from './helpers.js';

// RFC 6238 appendix B: the SHA-1 key is the ASCII text "12345678901234567890".
const RFC_SECRET = base32Encode(Buffer.from('12345678901234567890', 'ascii'));

describe('TOTP', () => {
  it('matches the RFC 6238 SHA-1 vectors (last six digits)', () => {
    expect(totpCode(RFC_SECRET, 59_000)).toBe('287082');
    expect(totpCode(RFC_SECRET, 1_111_111_109_000)).toBe('081804');
    expect(totpCode(RFC_SECRET, 1_234_567_890_000)).toBe('005924');
    expect(totpCode(RFC_SECRET, 2_000_000_000_000)).toBe('279037');
  });

  it('accepts one step of drift either way, not two', () => {
    const at = 1_234_567_890_000;
    expect(totpMatches(RFC_SECRET, totpCode(RFC_SECRET, at - 30_000), at)).toBe(true);
    expect(totpMatches(RFC_SECRET, totpCode(RFC_SECRET, at + 30_000), at)).toBe(true);
    expect(totpMatches(RFC_SECRET, totpCode(RFC_SECRET, at + 60_000), at)).toBe(false);
  });

  it('reads the secret from an otpauth:// URI, as an authenticator app does', () => {
    const uri = otpauthUri(RFC_SECRET, 'ada@example.com', '3_site');
    expect(uri).toMatch(/^otpauth:\/\/totp\/3_site%3Aada%40example\.com\?secret=/);
    expect(totpCode(uri, 59_000)).toBe('287082');
  });

  it('base32 round-trips any bytes and refuses other text', () => {
    for (const bytes of [
      Buffer.alloc(0),
      Buffer.from([0]),
      Buffer.from('foobar'),
      Buffer.from([255, 1, 2, 3, 4, 5, 6]),
    ])
      expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(() => base32Decode('not base32!')).toThrow(TypeError);
  });
});

describe('FactorStore tokens', () => {
  it('are per kind and site, expire, and die after their wrong codes', () => {
    const clock = new ManualClock();
    const store = new FactorStore(clock.now);
    const token = store.issue('vToken', 'site-a', { uid: 'u1', data: { x: 1 }, ttlMs: 1000, attempts: 2 });
    expect(store.read('vToken', 'site-a', token)?.data).toEqual({ x: 1 });
    expect(store.read('vToken', 'site-b', token)).toBeUndefined();
    expect(store.read('phvToken', 'site-a', token)).toBeUndefined();
    const record = store.read('vToken', 'site-a', token)!;
    expect(store.wrongCode(record)).toBe(true);
    expect(store.wrongCode(record)).toBe(false);
    expect(store.read('vToken', 'site-a', token)).toBeUndefined();

    const other = store.issue('vToken', 'site-a', { ttlMs: 1000 });
    clock.advance(1000);
    expect(store.read('vToken', 'site-a', other)).toBeUndefined();
  });

  it('never shows tokens in dumps', () => {
    const store = new FactorStore(Date.now);
    const token = store.issue('gigyaAssertion', 'site', { ttlMs: 1000 });
    expect(JSON.stringify(store)).not.toContain(token);
    expect(
      String((store as unknown as { [k: symbol]: () => string })[Symbol.for('nodejs.util.inspect.custom')]!()),
    ).not.toContain(token);
  });
});
