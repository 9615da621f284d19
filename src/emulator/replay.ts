/**
 * Remembers nonces (and JWT ids) for a fixed time so a replayed request is refused (403004).
 * Memory stays bounded: entries are kept in arrival order, expired ones are dropped from the front
 * on every insert, and beyond `maxEntries` the oldest go first.
 */
export class ReplayCache {
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  /** key → expiry (ms). Map keeps insertion order, which is (nearly) expiry order. */
  readonly #entries = new Map<string, number>();

  constructor(ttlMs: number, maxEntries: number) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = Math.max(1, maxEntries);
  }

  get size(): number {
    return this.#entries.size;
  }

  /** True when `key` was seen within the TTL; otherwise records it and returns false. */
  checkAndRemember(key: string, nowMs: number): boolean {
    this.#sweep(nowMs);
    const expiry = this.#entries.get(key);
    if (expiry !== undefined && expiry > nowMs) return true;
    // An expired entry the sweep has not reached yet moves to the end, in expiry order. It is
    // never the first entry: the sweep just removed every expired one from the front.
    if (expiry !== undefined) this.#entries.delete(key);
    const added = nowMs + this.#ttlMs;
    if (this.#entries.size === 0) this.#frontExpiry = added;
    this.#entries.set(key, added);
    if (this.#entries.size > this.#maxEntries) {
      while (this.#entries.size > this.#maxEntries) {
        const oldest = this.#entries.keys().next();
        if (oldest.done) break;
        this.#entries.delete(oldest.value);
      }
      this.#frontExpiry = this.#entries.values().next().value ?? Number.POSITIVE_INFINITY;
    }
    return false;
  }

  /** Expiry of the first entry (infinite when there is none): until then the sweep has nothing to drop. */
  #frontExpiry = Number.POSITIVE_INFINITY;

  #sweep(nowMs: number): void {
    if (this.#frontExpiry > nowMs) return;
    for (const [key, expiry] of this.#entries) {
      if (expiry > nowMs) {
        this.#frontExpiry = expiry;
        return;
      }
      this.#entries.delete(key);
    }
    this.#frontExpiry = Number.POSITIVE_INFINITY;
  }

  clear(): void {
    this.#entries.clear();
    this.#frontExpiry = Number.POSITIVE_INFINITY;
  }
}
