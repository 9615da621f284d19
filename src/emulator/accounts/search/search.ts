/**
 * accounts.search over the store: `query` (with LIMIT as the page size when `openCursor` is set),
 * or `cursorId` for the next page. Answers `results`, `objectsCount`, `totalCount` and, while pages
 * remain, `nextCursorId`.
 */
import type { AccountStore } from '../store.js';
import { fail, ok, type CallContext, type Outcome } from '../outcome.js';
import { bool, guarded, list, text, type Params } from '../params.js';
import { compileQuery, runQuery } from './evaluate.js';
import { QuerySyntaxError } from './lexer.js';
import { parseQuery, type Query } from './parser.js';

/** Results per call without LIMIT. */
export const DEFAULT_SEARCH_LIMIT = 300;
/** Largest LIMIT (and cursor page) accepted. */
export const MAX_SEARCH_LIMIT = 10_000;

function queryError(error: QuerySyntaxError): Outcome {
  const { line, column } = error.location;
  const where = `line ${line}, column ${column} (position ${error.position})`;
  return fail(400006, `Invalid parameter value: query: ${error.message} at ${where}`, {}, [
    { errorCode: 400006, message: `${error.message} at ${where}`, fieldName: 'query' },
  ]);
}

function checkClauses(query: Query, text: string, openCursor: boolean): QuerySyntaxError | undefined {
  const from = query.from.toLowerCase();
  if (from !== 'accounts') {
    const why =
      from === 'emailaccounts'
        ? 'the emulator keeps full accounts only; FROM emailAccounts is not supported'
        : `unknown data source "${query.from}" (use FROM accounts)`;
    return new QuerySyntaxError(why, query.fromPos, text);
  }
  if (query.limit !== undefined && query.limit > MAX_SEARCH_LIMIT)
    return new QuerySyntaxError(`LIMIT is at most ${MAX_SEARCH_LIMIT}`, query.limitPos ?? 0, text);
  if (openCursor && query.start !== undefined)
    return new QuerySyntaxError(
      'START cannot be used with openCursor; the cursor does the paging',
      query.startPos ?? 0,
      text,
    );
  return undefined;
}

export function search(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const cursorId = text(params, 'cursorId');
    if (cursorId !== undefined) {
      const page = store.cursors.next(ctx.apiKey, cursorId);
      if (page === 'unknown' || page === 'expired') {
        // The stored sources name no code for a dead cursor; an invalid parameter value is the
        // closest documented one, and the details say what to do.
        const why =
          page === 'expired'
            ? 'has expired (a cursor lives 5 minutes after its last use by default)'
            : 'is not a cursor of this site';
        return fail(
          400006,
          `Invalid parameter value: cursorId ${why}. Start again with the query and openCursor=true.`,
        );
      }
      return ok({
        results: page.results,
        objectsCount: page.results.length,
        totalCount: page.totalCount,
        nextCursorId: page.nextCursorId,
      });
    }
    const queryText = text(params, 'query');
    if (queryText === undefined) return fail(400002, 'Missing required parameter: query (or cursorId)');
    const openCursor = bool(params, 'openCursor') ?? false;
    let parsed: Query;
    let compiled: ReturnType<typeof compileQuery>;
    try {
      parsed = parseQuery(queryText);
      const clauseError = checkClauses(parsed, queryText, openCursor);
      if (clauseError) throw clauseError;
      compiled = compileQuery(parsed, queryText);
    } catch (error) {
      if (error instanceof QuerySyntaxError) return queryError(error);
      throw error;
    }
    // Lite accounts are not modelled: a search of lite accounts only finds none.
    const types = list(params, 'accountTypes') ?? ['full'];
    const accounts = types.includes('full') ? store.accounts(ctx.apiKey) : [];
    const hits = runQuery(compiled, accounts);
    if (parsed.select.kind === 'count') {
      return ok({ results: [{ 'count(*)': hits.length }], objectsCount: 1, totalCount: hits.length });
    }
    const limit = parsed.limit ?? DEFAULT_SEARCH_LIMIT;
    if (openCursor) {
      const page = store.cursors.open(ctx.apiKey, hits, limit, compiled.project);
      return ok({
        results: page.results,
        objectsCount: page.results.length,
        totalCount: page.totalCount,
        nextCursorId: page.nextCursorId,
      });
    }
    const start = parsed.start ?? 0;
    const results = hits.slice(start, start + limit).map(compiled.project);
    return ok({ results, objectsCount: results.length, totalCount: hits.length });
  });
}
