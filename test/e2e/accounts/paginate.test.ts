/**
 * `client.accounts.search.paginate(…)` against the emulator: 20,000 accounts exported through a
 * cursor exactly once while 403048 is injected, pages and items, the page size written into the
 * query, breaking out stops fetching, and an expired or foreign cursor as a GigyaCursorError.
 */
import { describe, expect, it } from 'vitest';
import { importRecord } from '../../../src/emulator/accounts/index.js';
import { GigyaCursorError, GigyaValidationError, paginate } from '../../../src/index.js';
import { API_KEY, failureOf, useAccountsWorld } from './helpers.js';

const world = useAccountsWorld();

/** Seeds `n` accounts straight into the emulator's store (no HTTP), UIDs `bulk-000000` on. */
function seed(n: number): string[] {
  const store = world.emulator.accounts.store;
  const uids: string[] = [];
  for (let i = 0; i < n; i++) {
    const UID = `bulk-${String(i).padStart(6, '0')}`;
    const outcome = importRecord(
      store,
      { apiKey: API_KEY, trusted: true },
      { UID, profile: { email: `${UID}@example.com`, age: 18 + (i % 60) }, data: { rank: i } },
      { policy: 'insert', allowClearPassword: false },
    );
    if (outcome.errorCode !== 0) throw new Error(`seeding ${UID}: ${outcome.errorCode}`);
    uids.push(UID);
  }
  return uids;
}

/** Every item of an async iterable (Array.fromAsync is Node 22's). */
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const searchRequests = () => world.emulator.requests.filter((r) => r.method === 'accounts.search');

describe('paginate', () => {
  it('exports 20,000 accounts exactly once under injected 403048 faults', async () => {
    const seeded = new Set(seed(20_000));
    world.emulator.setFaults([{ type: 'rate-limit', method: 'accounts.search', every: 3 }]);
    const client = world.server({ maxRetries: 4 });
    const counts = new Map<string, number>();
    for await (const account of client.accounts.search.paginate({
      query: 'SELECT UID FROM accounts WHERE UID CONTAINS "bulk-"',
      pageSize: 1000,
    })) {
      const uid = account.UID ?? '';
      counts.set(uid, (counts.get(uid) ?? 0) + 1);
    }
    expect(counts.size).toBe(20_000);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    expect([...counts.keys()].every((uid) => seeded.has(uid))).toBe(true);

    // The faults fired, and the pages they hit were fetched again with the same cursorId.
    const requests = searchRequests();
    const limited = requests.filter((r) => r.errorCode === 403048);
    expect(limited.length).toBeGreaterThan(5);
    const retriedCursor = limited.find((r) => r.params['cursorId'] !== undefined)!.params['cursorId'];
    expect(requests.filter((r) => r.params['cursorId'] === retriedCursor).map((r) => r.errorCode)).toEqual([403048, 0]);
    // One cursor opened (the page size in its query), then only cursorIds, never the query again.
    const opened = requests.filter((r) => r.params['openCursor'] === 'true' && r.errorCode === 0);
    expect(opened).toHaveLength(1);
    expect(opened[0]!.params['query']).toMatch(/ LIMIT 1000$/);
    expect(requests.filter((r) => r.errorCode === 0)).toHaveLength(20);
  });

  it('gives pages with their answer and cursors, and stops fetching when the loop breaks', async () => {
    seed(25);
    const client = world.server();
    const query = 'SELECT UID, data.rank FROM accounts WHERE UID CONTAINS "bulk-" ORDER BY data.rank';
    const pages = [];
    for await (const page of client.accounts.search.paginate({ query, pageSize: 10 }).pages()) pages.push(page);
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 5]);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(pages[0]!.cursor).toBeUndefined();
    expect(pages[1]!.cursor).toBe(pages[0]!.nextCursor);
    expect(pages[2]!.nextCursor).toBeUndefined();
    expect(pages[0]!.result.totalCount).toBe(25);
    expect(pages.flatMap((p) => p.items.map((a) => a.data?.['rank']))).toEqual([...Array(25).keys()]);

    const before = searchRequests().length;
    let taken = 0;
    for await (const _ of client.accounts.search.paginate({ query, pageSize: 10 })) {
      if (++taken === 3) break;
    }
    expect(searchRequests().length - before).toBe(1);

    // The same through the function, for clients without namespaces.
    const viaFunction: unknown[] = [];
    for await (const a of paginate(client, client.accounts.search.descriptor, { query: `${query} LIMIT 7` }))
      viaFunction.push(a);
    expect(viaFunction).toHaveLength(25);
  });

  it('refuses params it owns and a page size given twice, before sending', async () => {
    const client = world.server();
    const before = searchRequests().length;
    const q = 'SELECT * FROM accounts';
    expect(() => client.accounts.search.paginate({ query: `${q} LIMIT 5`, pageSize: 5 })).toThrow(
      /ends with its own LIMIT/,
    );
    expect(() => client.accounts.search.paginate({ query: q, pageSize: 0 })).toThrow(GigyaValidationError);
    expect(() => client.accounts.search.paginate({ query: q, openCursor: true } as never)).toThrow(
      /paginate sends openCursor itself/,
    );
    // A LIMIT inside a quoted string is not the query's own.
    const quoted = client.accounts.search.paginate({
      query: 'SELECT UID FROM accounts WHERE profile.firstName = "LIMIT 3"',
      pageSize: 5,
    });
    expect(await collect(quoted)).toEqual([]);
    expect(searchRequests().length - before).toBe(1);
  });

  it('an expired cursor ends the loop with a GigyaCursorError that says what to do', async () => {
    seed(30);
    const client = world.server();
    const seen: string[] = [];
    const error = await failureOf(
      (async () => {
        for await (const account of client.accounts.search.paginate({
          query: 'SELECT UID FROM accounts WHERE UID CONTAINS "bulk-"',
          pageSize: 10,
        })) {
          seen.push(account.UID ?? '');
          // Past the cursor's five minutes of idle life, between two pages.
          if (seen.length === 10) world.clock.advance(6 * 60);
        }
      })(),
    );
    expect(error).toBeInstanceOf(GigyaCursorError);
    const e = error as GigyaCursorError;
    expect(e.problem).toBe('expired');
    expect(e.errorCode).toBe(400006);
    expect(e.pagesRead).toBe(1);
    expect(e.itemsRead).toBe(10);
    expect(e.method).toBe('accounts.search');
    expect(e.message).toMatch(/expired after 1 page/);
    expect(e.message).toMatch(/start the listing again/);
    expect(seen).toHaveLength(10);
  });

  it('a cursor that is not the site’s, given as resumeFrom, is an invalid cursor', async () => {
    const client = world.server();
    const error = await failureOf(
      collect(client.accounts.search.paginate({ query: 'SELECT * FROM accounts' }, { resumeFrom: 'nope' })),
    );
    expect(error).toBeInstanceOf(GigyaCursorError);
    expect((error as GigyaCursorError).problem).toBe('invalid');
    expect((error as GigyaCursorError).message).toMatch(/resumeFrom/);
    // resumeFrom continues a live cursor without sending the query again.
    seed(12);
    const pages = client.accounts.search
      .paginate({ query: 'SELECT UID FROM accounts WHERE UID CONTAINS "bulk-"', pageSize: 5 })
      .pages();
    const first = (await pages.next()).value!;
    await pages.return(undefined);
    const rest = await collect(
      client.accounts.search.paginate({ query: 'ignored' }, { resumeFrom: first.nextCursor! }),
    );
    expect(rest).toHaveLength(7);
  });
});
