/**
 * Cursor pagination as async iterators, built on the catalog's cursor block (`descriptor.cursor`):
 * which param opens a cursor, which continues it, which response fields carry the next cursor and
 * the items, and how a page size is asked for. Nothing here knows a method by name.
 */
import { GigyaApiError, GigyaCursorError, GigyaResponseError, GigyaValidationError } from '../errors.js';
import type { CallOptions } from '../options.js';
import type { CursorFields, GigyaResult, Invoker, MethodDescriptor } from '../runtime.js';

/** The params of `paginate`: the method's own, less the cursor's, plus an optional page size. */
export type PaginateParams<P, Own extends string> = Omit<P, Own> & {
  /** Items per page, sent as the catalog says (for accounts.search, a LIMIT clause of the query). */
  readonly pageSize?: number;
};

export interface PaginateOptions extends CallOptions {
  /**
   * Continue an earlier listing from this cursor (a page's `nextCursor`) instead of opening one;
   * the params' query is then not sent. A cursor lives only minutes, so this resumes a job that was
   * interrupted briefly, not one restarted the next day.
   */
  readonly resumeFrom?: string;
}

/** One page of a listing. */
export interface CursorPage<Item, Result> {
  /** 1 for the first page of this listing. */
  readonly number: number;
  readonly items: readonly Item[];
  /** The whole answer, envelope included (`totalCount`, `callId`, …). */
  readonly result: Result;
  /** The cursor that fetched this page; undefined for the page that opened the cursor. */
  readonly cursor: string | undefined;
  /** The cursor of the next page; undefined on the last. */
  readonly nextCursor: string | undefined;
}

/** What `paginate` returns: iterate it for items, or `.pages()` for pages. */
export interface Paginated<Item, Result> extends AsyncIterable<Item> {
  pages(): AsyncGenerator<CursorPage<Item, Result>, void, undefined>;
}

/** Codes with which Gigya refuses a param's value: on a continuation, only the cursor was sent. */
const REFUSED_VALUE_CODES: ReadonlySet<number> = new Set([400004, 400006]);

/**
 * Pages through a cursor method: `paginate(client, descriptor, { query }, options)`, the function
 * behind `client.accounts.search.paginate(…)`, also for clients made with `createBaseClient`.
 */
export function paginate<P, R, E extends number, Item = unknown>(
  invoker: Invoker,
  descriptor: MethodDescriptor<P, R, E>,
  params: PaginateParams<P, never>,
  options: PaginateOptions = {},
): Paginated<Item, GigyaResult<R>> {
  const cursor = descriptor.cursor;
  if (cursor === undefined)
    throw new TypeError(`${descriptor.name} has no cursor in the catalog, so it cannot be paginated.`);
  const first = firstParams(descriptor.name, cursor, params as Record<string, unknown>);
  const { resumeFrom, ...callOptions } = options;
  const pages = (): AsyncGenerator<CursorPage<Item, GigyaResult<R>>, void, undefined> =>
    walk<R, Item>(invoker, descriptor as MethodDescriptor<unknown, R, E>, cursor, first, resumeFrom, callOptions);
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
  };
}

/** The params of the request that opens the cursor: the caller's, the open flag and the page size. */
function firstParams(method: string, cursor: CursorFields, given: Record<string, unknown>): Record<string, unknown> {
  const { pageSize, ...rest } = given;
  const out: Record<string, unknown> = { ...rest };
  for (const own of [cursor.open, cursor.param]) {
    if (own in out)
      throw new GigyaValidationError(method, [
        {
          path: own,
          message: `paginate sends ${own} itself; leave it out (use the resumeFrom option to continue a cursor)`,
          problem: 'invalid',
        },
      ]);
  }
  out[cursor.open] = true;
  if (pageSize === undefined) return out;
  const size = cursor.pageSize;
  if (typeof pageSize !== 'number' || !Number.isSafeInteger(pageSize) || pageSize < 1)
    throw new GigyaValidationError(method, [
      {
        path: 'pageSize',
        message: `must be a whole number of at least 1, got ${String(pageSize)}`,
        problem: 'invalid',
      },
    ]);
  if (size === undefined)
    throw new GigyaValidationError(method, [
      { path: 'pageSize', message: `${method} takes no page size in the catalog`, problem: 'unknown' },
    ]);
  if (size.clause === undefined) {
    if (out[size.param] !== undefined)
      throw new GigyaValidationError(method, [
        { path: size.param, message: `give the page size once: ${size.param} or pageSize`, problem: 'invalid' },
      ]);
    out[size.param] = pageSize;
    return out;
  }
  const text = out[size.param];
  if (typeof text !== 'string')
    throw new GigyaValidationError(method, [
      { path: size.param, message: `pageSize is written into ${size.param}, which is missing`, problem: 'missing' },
    ]);
  // Digits right before the end: a clause inside a quoted string ends with its quote and does not match.
  if (new RegExp(`\\b${size.clause}\\s+\\d+\\s*$`, 'i').test(text))
    throw new GigyaValidationError(method, [
      {
        path: size.param,
        message:
          `the ${size.param} ends with its own ${size.clause}; give the page size once ` +
          `(${size.clause} or pageSize)`,
        problem: 'invalid',
      },
    ]);
  out[size.param] = `${text.trimEnd()} ${size.clause} ${pageSize}`;
  return out;
}

async function* walk<R, Item>(
  invoker: Invoker,
  descriptor: MethodDescriptor<unknown, R, number>,
  cursor: CursorFields,
  first: Record<string, unknown>,
  resumeFrom: string | undefined,
  options: CallOptions,
): AsyncGenerator<CursorPage<Item, GigyaResult<R>>, void, undefined> {
  let current = resumeFrom;
  let pagesRead = 0;
  let itemsRead = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    let result: GigyaResult<R>;
    try {
      result = await invoker.invoke(descriptor, current === undefined ? first : { [cursor.param]: current }, options);
    } catch (error) {
      if (current !== undefined && isCursorRefusal(error, cursor.param))
        throw new GigyaCursorError(error, {
          problem: /expir/i.test(`${error.errorMessage} ${error.errorDetails ?? ''}`) ? 'expired' : 'invalid',
          cursorParam: cursor.param,
          pagesRead,
          itemsRead,
          resumed: pagesRead === 0,
        });
      throw error;
    }
    const fields = result as unknown as Record<string, unknown>;
    const items = fields[cursor.items] ?? [];
    if (!Array.isArray(items))
      throw new GigyaResponseError(`${descriptor.name} answered ${cursor.items} that is not a list.`, {
        problem: 'unexpected-shape',
        httpStatus: undefined,
        method: descriptor.name,
        response: fields,
      });
    const next = fields[cursor.next];
    const nextCursor = typeof next === 'string' && next !== '' ? next : undefined;
    if (nextCursor !== undefined && nextCursor === current)
      throw new GigyaResponseError(
        `${descriptor.name} answered the cursor it was given as the next one; paging would never end.`,
        { problem: 'unexpected-shape', httpStatus: undefined, method: descriptor.name },
      );
    pagesRead += 1;
    itemsRead += items.length;
    yield { number: pagesRead, items: items as Item[], result, cursor: current, nextCursor };
    if (nextCursor === undefined) return;
    current = nextCursor;
  }
}

function isCursorRefusal(error: unknown, cursorParam: string): error is GigyaApiError<number> {
  if (!(error instanceof GigyaApiError) || error.local) return false;
  if (REFUSED_VALUE_CODES.has(error.errorCode)) return true;
  return `${error.errorMessage} ${error.errorDetails ?? ''}`.toLowerCase().includes(cursorParam.toLowerCase());
}
