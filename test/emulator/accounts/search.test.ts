import { describe, expect, it } from 'vitest';
import {
  deleteAccount,
  importFullAccount,
  search,
  setAccountInfo,
  type AccountStore,
} from '../../../src/emulator/accounts/index.js';
import { OTHER_KEY, expectCode, expectOk, newStore, server } from './helpers.js';

const PEOPLE = [
  {
    UID: 'u1',
    profile: { firstName: 'Ada', lastName: 'Lovelace', age: 36, email: 'ada@example.com', city: 'London' },
    data: { score: 10, tags: ['math', 'poetry'], team: { name: 'Analytical' } },
    isVerified: true,
  },
  {
    UID: 'u2',
    profile: { firstName: 'Grace', lastName: 'Hopper', age: 85, email: 'grace@navy.mil', city: 'New York' },
    data: { score: 30, tags: ['cobol'] },
    isVerified: false,
  },
  {
    UID: 'u3',
    profile: { firstName: 'Alan', lastName: 'Turing', age: 41, email: 'alan@example.com', city: 'London' },
    data: { score: 20 },
    isActive: false,
  },
  {
    UID: 'u4',
    profile: { firstName: 'Edsger', lastName: 'Dijkstra', email: 'ewd@example.nl' },
    data: {},
    identities: [{ provider: 'google', providerUID: 'g-4' }],
  },
];

function seeded(): AccountStore {
  const { store, clock } = newStore();
  for (const p of PEOPLE) {
    expectOk(importFullAccount(store, server, { ...p, loginIDs: { emails: [p.profile.email] } }));
    clock.advance(1000);
  }
  return store;
}

function uids(store: AccountStore, query: string): string[] {
  const out = expectOk(search(store, server, { query }));
  return (out['results'] as Array<{ UID?: string }>).map((r) => r.UID as string);
}

describe('accounts.search evaluation', () => {
  it('comparisons, AND/OR/NOT, parentheses', () => {
    const store = seeded();
    expect(uids(store, 'SELECT * FROM accounts WHERE profile.age > 40')).toEqual(['u2', 'u3']);
    expect(uids(store, 'SELECT * FROM accounts WHERE profile.age >= 36 AND profile.city = "London"')).toEqual([
      'u1',
      'u3',
    ]);
    expect(uids(store, 'SELECT * FROM accounts WHERE profile.city = "London" OR data.score = 30')).toEqual([
      'u1',
      'u2',
      'u3',
    ]);
    expect(uids(store, 'SELECT * FROM accounts WHERE NOT (profile.city = "London") ')).toEqual(['u2', 'u4']);
    expect(
      uids(store, 'SELECT * FROM accounts WHERE profile.age < 40 OR (data.score <= 20 AND isActive = false)'),
    ).toEqual(['u1', 'u3']);
    expect(uids(store, 'SELECT * FROM accounts WHERE profile.city != "London"')).toEqual(['u2', 'u4']);
    expect(uids(store, 'SELECT * FROM accounts WHERE isVerified = false')).toEqual(['u2']);
  });

  it('= is case-sensitive; CONTAINS is a case-insensitive substring match', () => {
    const store = seeded();
    expect(uids(store, 'SELECT * FROM accounts WHERE profile.firstName = "ada"')).toEqual([]);
    expect(uids(store, 'SELECT * FROM accounts WHERE profile.email CONTAINS "EXAMPLE.COM"')).toEqual(['u1', 'u3']);
    expect(uids(store, 'SELECT * FROM accounts WHERE profile.email NOT CONTAINS "example"')).toEqual(['u2']);
  });

  it('IS NULL, IS NOT NULL, IN and NOT IN; arrays match on any element', () => {
    const store = seeded();
    expect(uids(store, 'SELECT * FROM accounts WHERE profile.age IS NULL')).toEqual(['u4']);
    expect(uids(store, 'SELECT * FROM accounts WHERE data.tags IS NOT NULL')).toEqual(['u1', 'u2']);
    expect(uids(store, 'SELECT * FROM accounts WHERE profile.lastName IN ("Hopper", "Turing")')).toEqual(['u2', 'u3']);
    expect(uids(store, 'SELECT * FROM accounts WHERE profile.lastName NOT IN ("Hopper", "Turing")')).toEqual([
      'u1',
      'u4',
    ]);
    expect(uids(store, 'SELECT * FROM accounts WHERE data.tags = "poetry"')).toEqual(['u1']);
    expect(uids(store, 'SELECT * FROM accounts WHERE identities.provider = "google"')).toEqual(['u4']);
    expect(uids(store, 'SELECT * FROM accounts WHERE data.team.name = "Analytical"')).toEqual(['u1']);
    expect(uids(store, 'SELECT * FROM accounts WHERE loginIDs.emails = "ewd@example.nl"')).toEqual(['u4']);
  });

  it('compares dates as instants', () => {
    const store = seeded();
    const third = new Date(Date.UTC(2026, 0, 15, 12, 0, 2)).toISOString();
    expect(uids(store, `SELECT * FROM accounts WHERE created >= "${third}"`)).toEqual(['u3', 'u4']);
    expect(uids(store, 'SELECT * FROM accounts WHERE created > "2026-01-15"')).toEqual(['u1', 'u2', 'u3', 'u4']);
    expect(uids(store, `SELECT * FROM accounts WHERE createdTimestamp < ${Date.parse(third)}`)).toEqual(['u1', 'u2']);
  });

  it('ORDER BY ASC/DESC with missing values last, START and LIMIT', () => {
    const store = seeded();
    expect(uids(store, 'SELECT * FROM accounts ORDER BY profile.age DESC')).toEqual(['u2', 'u3', 'u1', 'u4']);
    expect(uids(store, 'SELECT * FROM accounts ORDER BY profile.age')).toEqual(['u1', 'u3', 'u2', 'u4']);
    expect(uids(store, 'SELECT * FROM accounts ORDER BY profile.city ASC, profile.age DESC')).toEqual([
      'u3',
      'u1',
      'u2',
      'u4',
    ]);
    const page = expectOk(search(store, server, { query: 'SELECT * FROM accounts ORDER BY UID START 1 LIMIT 2' }));
    expect(page['totalCount']).toBe(4);
    expect(page['objectsCount']).toBe(2);
    expect((page['results'] as Array<{ UID: string }>).map((r) => r.UID)).toEqual(['u2', 'u3']);
  });

  it('SELECT fields projects; SELECT * returns whole accounts; count(*) counts', () => {
    const store = seeded();
    const projected = expectOk(
      search(store, server, {
        query:
          'SELECT UID, profile.firstName, data.team.name, identities.provider FROM accounts WHERE UID IN ("u1", "u4")',
      }),
    );
    expect(projected['results']).toEqual([
      { UID: 'u1', profile: { firstName: 'Ada' }, data: { team: { name: 'Analytical' } } },
      { UID: 'u4', profile: { firstName: 'Edsger' }, identities: [{ provider: 'google' }] },
    ]);
    const all = expectOk(search(store, server, { query: 'SELECT * FROM accounts WHERE UID = "u1"' }));
    expect((all['results'] as unknown[])[0]).toMatchObject({
      UID: 'u1',
      profile: { firstName: 'Ada' },
      data: { score: 10 },
      loginIDs: { emails: ['ada@example.com'] },
      isActive: true,
    });
    expect(
      expectOk(search(store, server, { query: 'SELECT count(*) FROM accounts WHERE profile.city = "London"' })),
    ).toEqual({ results: [{ 'count(*)': 2 }], objectsCount: 1, totalCount: 2 });
  });

  it('answers 400006 with the position for malformed queries and unknown fields', () => {
    const store = seeded();
    const bad = expectCode(search(store, server, { query: 'SELECT * FROM accounts WHERE profile.age >' }), 400006);
    expect(bad.errorDetails).toMatch(/Expected a value after >.*position 42/);
    expect(bad.validationErrors).toEqual([
      { errorCode: 400006, fieldName: 'query', message: expect.stringContaining('position 42') },
    ]);
    expect(
      expectCode(search(store, server, { query: 'SELECT * FROM accounts WHERE prof.age = 1' }), 400006).errorDetails,
    ).toMatch(/Unknown field "prof.age"/);
    expect(expectCode(search(store, server, { query: 'SELECT UID.x FROM accounts' }), 400006).errorDetails).toMatch(
      /has no field/,
    );
    expect(expectCode(search(store, server, { query: 'SELECT * FROM users' }), 400006).errorDetails).toMatch(
      /FROM accounts/,
    );
    expect(
      expectCode(search(store, server, { query: 'SELECT * FROM accounts LIMIT 10001' }), 400006).errorDetails,
    ).toMatch(/at most 10000/);
    expect(
      expectCode(search(store, server, { query: 'SELECT * FROM accounts WHERE a.b < NULL' }), 400006).errorDetails,
    ).toBeDefined();
    expectCode(search(store, server, {}), 400002);
  });

  it('searches the calling site only; lite-only searches find nothing', () => {
    const store = seeded();
    expect(uids(store, 'SELECT * FROM accounts')).toHaveLength(4);
    expect(
      expectOk(search(store, { apiKey: OTHER_KEY, trusted: true }, { query: 'SELECT * FROM accounts' }))['totalCount'],
    ).toBe(0);
    expect(
      expectOk(search(store, server, { query: 'SELECT * FROM accounts', accountTypes: 'lite' }))['totalCount'],
    ).toBe(0);
  });

  it('sees writes immediately', () => {
    const store = seeded();
    expectOk(setAccountInfo(store, server, { UID: 'u4', profile: { city: 'Austin' } }));
    expect(uids(store, 'SELECT * FROM accounts WHERE profile.city = "Austin"')).toEqual(['u4']);
  });
});

describe('cursors', () => {
  function bulk(n: number): AccountStore {
    const { store } = newStore();
    for (let i = 0; i < n; i++)
      expectOk(importFullAccount(store, server, { UID: `a${String(i).padStart(4, '0')}`, data: { n: i } }));
    return store;
  }

  function page(store: AccountStore, params: Record<string, unknown>) {
    const out = expectOk(search(store, server, params));
    return {
      ids: (out['results'] as Array<{ UID: string }>).map((r) => r.UID),
      next: out['nextCursorId'] as string | undefined,
      total: out['totalCount'],
      count: out['objectsCount'],
    };
  }

  it('openCursor pages through every match exactly once, LIMIT being the page size', () => {
    const store = bulk(25);
    const seen: string[] = [];
    let p = page(store, {
      query: 'SELECT UID FROM accounts WHERE data.n >= 3 ORDER BY data.n LIMIT 10',
      openCursor: true,
    });
    expect(p.total).toBe(22);
    seen.push(...p.ids);
    while (p.next) {
      p = page(store, { cursorId: p.next });
      expect(p.total).toBe(22);
      expect(p.count).toBe(p.ids.length);
      seen.push(...p.ids);
    }
    expect(seen).toEqual(Array.from({ length: 22 }, (_, i) => `a${String(i + 3).padStart(4, '0')}`));
  });

  it('pages are stable while accounts change; a page can be fetched again with the same cursorId', () => {
    const store = bulk(9);
    const first = page(store, { query: 'SELECT * FROM accounts ORDER BY UID LIMIT 3', openCursor: true });
    expectOk(deleteAccount(store, server, { UID: 'a0004' }));
    expectOk(setAccountInfo(store, server, { UID: 'a0005', data: { n: 500 } }));
    expectOk(importFullAccount(store, server, { UID: 'a0001b' }));
    const second = page(store, { cursorId: first.next });
    expect(second.ids).toEqual(['a0003', 'a0004', 'a0005']);
    const again = expectOk(search(store, server, { cursorId: first.next }));
    expect((again['results'] as Array<{ data: { n: number } }>).map((r) => r.data.n)).toEqual([3, 4, 5]);
    const third = page(store, { cursorId: second.next });
    expect(third.ids).toEqual(['a0006', 'a0007', 'a0008']);
    expect(third.next).toBeUndefined();
  });

  it(
    'an unknown or expired cursor answers 400006 that says what to do; cursors live 5 minutes after their last ' +
      'use',
    () => {
      const { store, clock } = newStore();
      for (let i = 0; i < 5; i++) expectOk(importFullAccount(store, server, { UID: `c${i}` }));
      const unknown = expectCode(search(store, server, { cursorId: 'nope' }), 400006);
      expect(unknown.errorDetails).toMatch(/openCursor=true/);
      const first = page(store, { query: 'SELECT * FROM accounts LIMIT 2', openCursor: true });
      clock.advance(4 * 60_000);
      const second = page(store, { cursorId: first.next });
      clock.advance(4 * 60_000);
      page(store, { cursorId: second.next });
      clock.advance(5 * 60_000 + 1);
      const expired = expectCode(search(store, server, { cursorId: second.next }), 400006);
      expect(expired.errorDetails).toMatch(/expired/);
      // A cursor of one site means nothing to another.
      const mine = page(store, { query: 'SELECT * FROM accounts LIMIT 2', openCursor: true });
      expectCode(search(store, { apiKey: OTHER_KEY, trusted: true }, { cursorId: mine.next }), 400006);
    },
  );

  it('keeps a bounded number of open cursors, closing the least recently used', () => {
    const { store } = newStore({ limits: { maxOpenCursors: 2 } });
    for (let i = 0; i < 4; i++) expectOk(importFullAccount(store, server, { UID: `d${i}` }));
    const a = page(store, { query: 'SELECT * FROM accounts LIMIT 1', openCursor: true });
    const b = page(store, { query: 'SELECT * FROM accounts LIMIT 1', openCursor: true });
    page(store, { cursorId: a.next });
    page(store, { query: 'SELECT * FROM accounts LIMIT 1', openCursor: true });
    expect(store.cursors.openCount).toBe(2);
    expectCode(search(store, server, { cursorId: b.next }), 400006);
    page(store, { cursorId: a.next });
  });

  it('START is refused with openCursor; count(*) never opens a cursor', () => {
    const store = bulk(3);
    expect(
      expectCode(search(store, server, { query: 'SELECT * FROM accounts START 1', openCursor: true }), 400006)
        .errorDetails,
    ).toMatch(/START cannot be used with openCursor/);
    const counted = expectOk(search(store, server, { query: 'SELECT count(*) FROM accounts', openCursor: 'true' }));
    expect(counted).toEqual({ results: [{ 'count(*)': 3 }], objectsCount: 1, totalCount: 3 });
  });

  it('defaults to 300 results without LIMIT', () => {
    const store = bulk(305);
    const p = page(store, { query: 'SELECT UID FROM accounts', openCursor: true });
    expect(p.count).toBe(300);
    expect(page(store, { cursorId: p.next }).count).toBe(5);
    expect(page(store, { query: 'SELECT UID FROM accounts' }).count).toBe(300);
  });
});
