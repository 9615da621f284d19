/**
 * accounts.stream.create and accounts.stream.read: the site's account changes in order. A stream
 * starts now (or at `since`, at most 30 days back, within what the emulator still holds); each page
 * answers the cursor of the next one, also when it is empty, so a reader can poll. Reading a cursor
 * again answers the same page, so a retried read loses nothing.
 */
import { randomBytes } from 'node:crypto';
import { fail, ok, type CallContext, type Outcome } from '../outcome.js';
import { guarded, int, text, type Params } from '../params.js';
import type { AccountStore } from '../store.js';
import { serverOnly } from './common.js';

const CURSOR_TTL_MS = 30 * 24 * 3600 * 1000;
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 10_000;

function cursor(store: AccountStore, ctx: CallContext, streamId: string, after: number, sinceMs: number): string {
  return store.factors.issue('streamCursor', ctx.apiKey, { data: { streamId, after, sinceMs }, ttlMs: CURSOR_TTL_MS });
}

export function streamCreate(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const denied = serverOnly(ctx, 'accounts.stream.create');
    if (denied) return denied;
    const since = int(params, 'since');
    const nowMs = store.now();
    if (since !== undefined && (since * 1000 < nowMs - CURSOR_TTL_MS || since * 1000 > nowMs))
      return fail(400006, 'Invalid parameter value: since must be a time in the last 30 days (Unix seconds)');
    const streamId = randomBytes(12).toString('hex');
    const after = since === undefined ? store.lastChange : 0;
    return ok({ streamId, cursorId: cursor(store, ctx, streamId, after, since === undefined ? 0 : since * 1000) });
  });
}

export function streamRead(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const denied = serverOnly(ctx, 'accounts.stream.read');
    if (denied) return denied;
    const cursorId = text(params, 'cursorId');
    if (cursorId === undefined) return fail(400002, 'Missing required parameter: cursorId');
    const record = store.factors.read('streamCursor', ctx.apiKey, cursorId);
    if (!record)
      return fail(400006, 'Invalid parameter value: cursorId is not a stream cursor of this site, or has expired.');
    const limit = int(params, 'limit') ?? DEFAULT_LIMIT;
    if (limit < 1 || limit > MAX_LIMIT)
      return fail(400006, `Invalid parameter value: limit must be between 1 and ${MAX_LIMIT}`);
    const { streamId, after, sinceMs } = record.data as { streamId: string; after: number; sinceMs: number };
    const changes = store.changes(ctx.apiKey, after, sinceMs, limit);
    const last = changes.at(-1)?.seq ?? after;
    return ok({
      results: changes.map((c) => ({ uid: c.uid, operation: c.type, details: [] })),
      cursorId: cursor(store, ctx, streamId, last, sinceMs),
    });
  });
}
