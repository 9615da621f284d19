/**
 * Search cursors. Opening one takes a snapshot of the matching accounts (references to the stored,
 * immutable documents), so later pages are stable while accounts change. Each page has its own
 * cursorId and a page can be fetched again with the same id (a retried request gets the same page).
 * A cursor lives for `ttlMs` after its last use; at most `max` are open, least recently used first out.
 */
import { randomBytes } from 'node:crypto';
import type { AccountRecord } from '../model.js';
import type { Clock } from '../outcome.js';
import type { JsonObject } from '../params.js';

interface Cursor {
  readonly apiKey: string;
  readonly items: readonly AccountRecord[];
  readonly pageSize: number;
  readonly render: (account: AccountRecord) => JsonObject;
  /** offset → cursorId of the page starting there */
  readonly pageIds: Map<number, string>;
  /** ms, for expiry */
  lastUsed: number;
  /** Use order, for eviction (time may stand still on a test clock). */
  touched: number;
}

export interface CursorPage {
  readonly results: JsonObject[];
  readonly totalCount: number;
  /** Absent on the last page. */
  readonly nextCursorId: string | undefined;
}

export type CursorMiss = 'unknown' | 'expired';

const DEAD_REMEMBERED = 1_000;

export class CursorRegistry {
  readonly #now: Clock;
  readonly #ttlMs: number;
  readonly #max: number;
  /** cursorId → the cursor and the offset of its page */
  readonly #ids = new Map<string, { cursor: Cursor; offset: number }>();
  readonly #cursors = new Set<Cursor>();
  /** Ids of cursors that expired or were evicted, so the error can say so. */
  readonly #dead = new Map<string, true>();
  #tick = 0;

  constructor(options: { now: Clock; ttlMs: number; max: number }) {
    this.#now = options.now;
    this.#ttlMs = options.ttlMs;
    this.#max = Math.max(1, options.max);
  }

  get openCount(): number {
    this.#sweep();
    return this.#cursors.size;
  }

  /** Opens a cursor over a snapshot and returns its first page. */
  open(
    apiKey: string,
    items: readonly AccountRecord[],
    pageSize: number,
    render: (account: AccountRecord) => JsonObject,
  ): CursorPage {
    this.#sweep();
    while (this.#cursors.size >= this.#max) {
      let oldest: Cursor | undefined;
      for (const c of this.#cursors) if (!oldest || c.touched < oldest.touched) oldest = c;
      if (!oldest) break;
      this.#close(oldest);
    }
    const cursor: Cursor = {
      apiKey,
      items,
      pageSize: Math.max(1, pageSize),
      render,
      pageIds: new Map(),
      lastUsed: this.#now(),
      touched: ++this.#tick,
    };
    this.#cursors.add(cursor);
    return this.#page(cursor, 0);
  }

  /** The page a cursorId names, or why there is none. A cursorId of another site is unknown. */
  next(apiKey: string, cursorId: string): CursorPage | CursorMiss {
    this.#sweep();
    const entry = this.#ids.get(cursorId);
    if (!entry || entry.cursor.apiKey !== apiKey) return this.#dead.has(cursorId) ? 'expired' : 'unknown';
    entry.cursor.lastUsed = this.#now();
    entry.cursor.touched = ++this.#tick;
    return this.#page(entry.cursor, entry.offset);
  }

  #page(cursor: Cursor, offset: number): CursorPage {
    const end = Math.min(offset + cursor.pageSize, cursor.items.length);
    const results: JsonObject[] = [];
    for (let i = offset; i < end; i++) results.push(cursor.render(cursor.items[i] as AccountRecord));
    let nextCursorId: string | undefined;
    if (end < cursor.items.length) {
      nextCursorId = cursor.pageIds.get(end);
      if (nextCursorId === undefined) {
        nextCursorId = randomBytes(18).toString('base64url');
        cursor.pageIds.set(end, nextCursorId);
        this.#ids.set(nextCursorId, { cursor, offset: end });
      }
    }
    return { results, totalCount: cursor.items.length, nextCursorId };
  }

  #sweep(): void {
    const now = this.#now();
    for (const cursor of this.#cursors) if (now - cursor.lastUsed > this.#ttlMs) this.#close(cursor);
  }

  #close(cursor: Cursor): void {
    this.#cursors.delete(cursor);
    for (const id of cursor.pageIds.values()) {
      this.#ids.delete(id);
      this.#dead.set(id, true);
    }
    while (this.#dead.size > DEAD_REMEMBERED) {
      const first = this.#dead.keys().next();
      if (first.done) break;
      this.#dead.delete(first.value);
    }
  }

  /** Closes every cursor (e.g. on an emulator reset). */
  clear(): void {
    for (const cursor of [...this.#cursors]) this.#close(cursor);
  }
}
