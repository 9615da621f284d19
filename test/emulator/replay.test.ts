import { describe, expect, it } from 'vitest';
import { ReplayCache } from '../../src/emulator/replay.js';

/** The nonce memory as specified: sweep the expired front on every insert, then cap the size. */
class Reference {
  readonly entries = new Map<string, number>();
  constructor(
    readonly ttlMs: number,
    readonly max: number,
  ) {}

  checkAndRemember(key: string, nowMs: number): boolean {
    for (const [k, expiry] of this.entries) {
      if (expiry > nowMs) break;
      this.entries.delete(k);
    }
    const expiry = this.entries.get(key);
    if (expiry !== undefined && expiry > nowMs) return true;
    this.entries.delete(key);
    this.entries.set(key, nowMs + this.ttlMs);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return false;
  }
}

describe('ReplayCache', () => {
  it('answers and forgets as the specification does, with a clock that also goes back', () => {
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (const [ttl, max] of [
      [50, 1_000],
      [50, 5],
      [1_000, 1],
      [0, 10],
    ] as const) {
      const cache = new ReplayCache(ttl, max);
      const reference = new Reference(ttl, max);
      let now = 1_000;
      for (let i = 0; i < 20_000; i++) {
        const step = next(10);
        now += step === 0 ? -next(200) : step === 1 ? next(500) : next(5);
        if (i % 5_000 === 4_999) {
          cache.clear();
          reference.entries.clear();
        }
        const key = `k${next(300)}`;
        expect(cache.checkAndRemember(key, now), `${ttl}/${max} #${i}`).toBe(reference.checkAndRemember(key, now));
        expect(cache.size).toBe(reference.entries.size);
      }
    }
  });
});
