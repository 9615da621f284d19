/**
 * accounts.search end to end: the query language (comparisons, AND / OR / NOT, parentheses,
 * CONTAINS, IS NULL, IN, ORDER BY, START, LIMIT, count(*)), bad queries answered 400006 with
 * where the problem is, and cursors whose pages stay stable while accounts change.
 */
import { describe, expect, it } from 'vitest';
import { expectCode, failureOf, registerAccount, useAccountsWorld, validationErrorsOf } from './helpers.js';

const world = useAccountsWorld();

type Row = Record<string, unknown>;
const uids = (answer: { readonly results?: readonly object[] | undefined }): string[] =>
  ((answer.results ?? []) as Row[]).map((r) => String(r['UID']));

describe.each(['json', 'xml'] as const)('the query language (format=%s)', (format) => {
  const cases: Array<[string, string[]]> = [
    ['SELECT * FROM accounts WHERE profile.country = "GB" ORDER BY UID', ['ada', 'alan', 'barbara']],
    [
      'SELECT * FROM accounts WHERE profile.age >= 50 AND profile.age < 70 ORDER BY profile.age DESC',
      ['edsger', 'barbara'],
    ],
    ["SELECT * FROM accounts WHERE data.favoriteColor IN ('red', 'blue') ORDER BY UID", ['ada', 'barbara', 'edsger']],
    ['SELECT * FROM accounts WHERE NOT (profile.country = "GB" OR profile.country = "NL")', ['grace']],
    ['SELECT * FROM accounts WHERE profile.firstName CONTAINS "ED" ORDER BY UID', ['edsger']],
    ['SELECT * FROM accounts WHERE data.loyalty.tier IS NOT NULL', ['grace']],
    [
      'SELECT * FROM accounts WHERE data.loyalty.tier IS NULL AND isVerified = true ORDER BY UID',
      ['ada', 'barbara', 'donald'],
    ],
    ['SELECT * FROM accounts WHERE created < "2021-03-15" ORDER BY created', ['grace', 'ada', 'alan', 'barbara']],
    ['select * from accounts where profile.country != "NL" order by UID start 1 limit 2', ['alan', 'barbara']],
  ];
  it.each(cases)('%s', async (query, expected) => {
    const answer = await world.server({ format }).accounts.search({ query });
    expect(uids(answer)).toEqual(expected);
    expect(Number(answer['objectsCount'])).toBe(expected.length);
  });

  it('selects fields and counts', async () => {
    const s = world.server({ format });
    const fields = await s.accounts.search({
      query: 'SELECT UID, profile.firstName FROM accounts WHERE profile.country = "NL" ORDER BY UID',
    });
    expect(fields['results']).toEqual([
      { UID: 'donald', profile: { firstName: 'Donald' } },
      { UID: 'edsger', profile: { firstName: 'Edsger' } },
    ]);
    const count = await s.accounts.search({ query: 'SELECT count(*) FROM accounts WHERE profile.age > 40' });
    expect(Number((count['results'] as Row[])[0]!['count(*)'])).toBe(4);
    expect(Number(count['totalCount'])).toBe(4);
  });
});

describe('bad queries answer 400006 saying where, never 500001', () => {
  const bad: Array<[string, RegExp]> = [
    ['SELEKT * FROM accounts', /Expected SELECT/],
    ['SELECT * FROM accounts WHERE', /field name in the WHERE clause, found the end of the query/],
    ['SELECT * FROM accounts WHERE profile.age > ', /Expected a value after >/],
    ['SELECT * FROM accounts WHERE (profile.age > 3', /\)/],
    ['SELECT * FROM accounts WHERE profile.age >> 3', /Expected a value after >/],
    ['SELECT * FROM accounts WHERE profile.firstName = "unterminated', /string/i],
    ['SELECT * FROM users', /unknown data source/],
    ['SELECT * FROM accounts LIMIT -1', /LIMIT needs a whole number/],
    ['SELECT * FROM accounts LIMIT 999999', /at most/],
    ['SELECT * FROM accounts ORDER BY', /field name in ORDER BY/],
    ['SELECT * FROM accounts WHERE nosuchfield = 1', /Unknown field "nosuchfield"/],
  ];
  it.each(bad)('%s', async (query, details) => {
    const error = expectCode(await failureOf(world.server().accounts.search({ query })), 400006);
    expect(error.errorDetails).toMatch(details);
    expect(error.errorDetails).toMatch(/line 1, column \d+/);
    expect(validationErrorsOf(error)[0]).toMatchObject({ errorCode: 400006, fieldName: 'query' });
    expect(world.emulator.requests.at(-1)!.errorCode).toBe(400006);
  });

  it('a missing query, an unknown cursor and START with openCursor are refused too', async () => {
    const s = world.server();
    expectCode(await failureOf(s.accounts.search({})), 400002);
    expectCode(await failureOf(s.accounts.search({ cursorId: 'no-such-cursor' })), 400006);
    expectCode(
      await failureOf(s.accounts.search({ query: 'SELECT * FROM accounts START 2', openCursor: true })),
      400006,
    );
  });
});

describe.each(['json', 'xml'] as const)('cursors (format=%s)', (format) => {
  it('pages through every match with nextCursorId; totalCount is the match count', async () => {
    const s = world.server({ format });
    const seen: string[] = [];
    let page = await s.accounts.search({
      query: 'SELECT * FROM accounts ORDER BY UID LIMIT 2',
      openCursor: true,
    });
    expect(Number(page['totalCount'])).toBe(6);
    for (;;) {
      seen.push(...uids(page));
      expect(Number(page['objectsCount'])).toBe(uids(page).length);
      const next = page['nextCursorId'];
      if (next === undefined) break;
      page = await s.accounts.search({ cursorId: next });
    }
    expect(seen).toEqual(['ada', 'alan', 'barbara', 'donald', 'edsger', 'grace']);
  });

  it('pages stay stable while accounts are added, changed and deleted', async () => {
    const s = world.server({ format });
    const first = await s.accounts.search({
      query: 'SELECT UID, data.favoriteColor FROM accounts ORDER BY UID LIMIT 2',
      openCursor: true,
    });
    const next = first['nextCursorId'];
    expect(uids(first)).toEqual(['ada', 'alan']);

    await registerAccount(world.browser(), { email: 'aaron@example.com' });
    await s.accounts.setAccountInfo({ UID: 'barbara', data: { favoriteColor: 'black' } });
    await s.accounts.deleteAccount({ UID: 'donald' });

    const second = await s.accounts.search({ cursorId: next });
    expect(second['results']).toEqual([
      { UID: 'barbara', data: { favoriteColor: 'blue' } },
      { UID: 'donald', data: { favoriteColor: 'green' } },
    ]);
    // The same cursorId answers the same page again (a retried request is safe).
    expect((await s.accounts.search({ cursorId: next }))['results']).toEqual(second['results']);
    expect(Number(second['totalCount'])).toBe(6);

    // A new search sees the changes.
    const fresh = await s.accounts.search({ query: 'SELECT UID, profile.email FROM accounts' });
    const now = uids(fresh);
    expect(now).toHaveLength(6);
    expect(now).not.toContain('donald');
    expect(now).toContain(world.emulator.accounts.findByLoginID('aaron@example.com')!.UID);
  });
});
