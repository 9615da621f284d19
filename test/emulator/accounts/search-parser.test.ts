import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatQuery,
  parseQuery,
  QuerySyntaxError,
  tokenize,
  type Expr,
  type Literal,
  type Query,
} from '../../../src/emulator/accounts/index.js';

function syntaxError(query: string): QuerySyntaxError {
  try {
    parseQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(query)} to be refused`);
}

describe('lexer', () => {
  it('reads words with dotted paths, numbers, both quote styles with escapes, and operators', () => {
    const tokens = tokenize(
      `SELECT * FROM accounts WHERE data.x.y >= -1.5e2 AND profile.name = 'O''Brien' OR a != "q\\"t\\u0041" <> b`,
    );
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ['word', 'SELECT'],
      ['star', '*'],
      ['word', 'FROM'],
      ['word', 'accounts'],
      ['word', 'WHERE'],
      ['word', 'data.x.y'],
      ['op', '>='],
      ['number', '-1.5e2'],
      ['word', 'AND'],
      ['word', 'profile.name'],
      ['op', '='],
      ['string', "O'Brien"],
      ['word', 'OR'],
      ['word', 'a'],
      ['op', '!='],
      ['string', 'q"tA'],
      ['op', '!='],
      ['word', 'b'],
      ['eof', ''],
    ]);
  });

  it('names the position of what it cannot read', () => {
    expect(() => tokenize('a = "open')).toThrow(QuerySyntaxError);
    const e = syntaxError('SELECT * FROM accounts WHERE x = "unterminated');
    expect(e.position).toBe(33);
    expect(e.message).toMatch(/Unterminated string/);
    expect(syntaxError('SELECT * FROM accounts WHERE a ; b').message).toMatch(/Unexpected character ";"/);
    expect(syntaxError('SELECT * FROM accounts WHERE data. = 1').message).toMatch(/cannot end with "\."/);
    expect(syntaxError('SELECT * FROM accounts WHERE a = 12abc').message).toMatch(/right after a number/);
    expect(syntaxError('SELECT * FROM accounts WHERE a = "\\q"').message).toMatch(/Unknown escape/);
  });
});

describe('parser', () => {
  it('parses every clause', () => {
    const q = parseQuery(
      'select UID, profile.email from accounts where (isActive = true and not data.n < 3) or profile.city in ' +
        '("Paris", "Rome") order by profile.age desc, UID start 10 limit 5',
    );
    expect(q.select).toEqual({
      kind: 'fields',
      fields: [
        { path: 'UID', pos: 7 },
        { path: 'profile.email', pos: 12 },
      ],
    });
    expect(q.from).toBe('accounts');
    expect(q.orderBy.map((o) => [o.field.path, o.direction])).toEqual([
      ['profile.age', 'desc'],
      ['UID', 'asc'],
    ]);
    expect([q.start, q.limit]).toEqual([10, 5]);
    expect(formatQuery(q)).toBe(
      'SELECT UID, profile.email FROM accounts WHERE ((isActive = true AND (NOT data.n < 3)) OR profile.city IN ' +
        '("Paris", "Rome")) ORDER BY profile.age DESC, UID ASC START 10 LIMIT 5',
    );
  });

  it('gives AND precedence over OR, and NOT binds tightest', () => {
    const q = parseQuery('SELECT * FROM accounts WHERE a = 1 OR b = 2 AND NOT c = 3');
    expect(q.where?.type).toBe('or');
    expect((q.where as Extract<Expr, { type: 'or' }>).right.type).toBe('and');
  });

  it('reads IS [NOT] NULL, [NOT] IN, [NOT] CONTAINS, COUNT(*), LIMIT before START', () => {
    expect(
      formatQuery(
        parseQuery(
          'SELECT count(*) FROM accounts WHERE a IS NOT NULL AND b is null AND c NOT IN (1, null) AND d not ' +
            'contains "x" LIMIT 3 START 1',
        ),
      ),
    ).toBe(
      'SELECT COUNT(*) FROM accounts WHERE (((a IS NOT NULL AND b IS NULL) AND c NOT IN (1, NULL)) AND d NOT ' +
        'CONTAINS "x") START 1 LIMIT 3',
    );
  });

  const refusals: Array<[string, RegExp]> = [
    ['', /empty/],
    ['DELETE FROM accounts', /Expected SELECT/],
    ['SELECT FROM accounts', /Expected a field name in the SELECT list, found the keyword FROM/],
    ['SELECT * accounts', /Expected FROM/],
    ['SELECT * FROM', /data source/],
    ['SELECT * FROM accounts WHERE', /Expected a field name in the WHERE clause, found the end/],
    ['SELECT * FROM accounts WHERE a', /Expected an operator/],
    ['SELECT * FROM accounts WHERE a = ', /Expected a value after =/],
    ['SELECT * FROM accounts WHERE a = Paris', /strings are written in quotes/],
    ['SELECT * FROM accounts WHERE (a = 1', /Expected \) to close/],
    ['SELECT * FROM accounts WHERE a IN 1', /Expected \( after IN/],
    ['SELECT * FROM accounts WHERE a IN (1 2)', /Expected , or \)/],
    ['SELECT * FROM accounts WHERE a CONTAINS 3', /CONTAINS needs a quoted string/],
    ['SELECT * FROM accounts WHERE a IS 3', /Expected NULL after IS/],
    ['SELECT * FROM accounts WHERE a NOT = 3', /Expected IN or CONTAINS after NOT/],
    ['SELECT * FROM accounts LIMIT -1', /whole number/],
    ['SELECT * FROM accounts LIMIT 2.5', /whole number/],
    ['SELECT * FROM accounts LIMIT 5 WHERE a = 1', /out of place/],
    ['SELECT * FROM accounts LIMIT 5 LIMIT 6', /out of place/],
    ['SELECT * FROM accounts GROUP BY profile.age', /GROUP is not supported/],
    ['SELECT * FROM accounts WHERE a regex ("x")', /REGEX is not supported/],
    ['SELECT * FROM accounts WHERE a = 1 extra', /Unexpected "extra"/],
    ['SELECT COUNT(x) FROM accounts', /Expected \* inside COUNT/],
  ];
  it.each(refusals)('refuses %j with a clear message and position', (query, message) => {
    const e = syntaxError(query);
    expect(e.message).toMatch(message);
    expect(e.position).toBeGreaterThanOrEqual(0);
    expect(e.position).toBeLessThanOrEqual(query.length);
    expect(e.describe()).toMatch(/at line 1, column \d+ \(position \d+\):\n {2}.*\n {2} *\^/);
  });

  it('reports line and column on multi-line queries', () => {
    const e = syntaxError('SELECT *\nFROM accounts\nWHERE a = ');
    expect(e.location).toEqual({ line: 3, column: 11 });
  });
});

// Property tests: generated ASTs survive a print/parse round trip, and no input makes the parser
// throw anything but a QuerySyntaxError.
const fieldArb = fc.constantFrom(
  'UID',
  'profile.email',
  'data.score',
  'data.nested.deep',
  'isActive',
  'profile.age',
  'identities.provider',
);
const literalArb: fc.Arbitrary<Literal> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }).map((value) => ({ kind: 'string', value }) as const),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((value) => ({ kind: 'number', value }) as const),
  fc.boolean().map((value) => ({ kind: 'boolean', value }) as const),
);
const exprArb: fc.Arbitrary<Expr> = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      type: fc.constant('compare' as const),
      field: fieldArb.map((path) => ({ path, pos: 0 })),
      op: fc.constantFrom('=', '!=', '<', '<=', '>', '>=' as const),
      value: literalArb,
    }),
    fc.record({
      type: fc.constant('isNull' as const),
      field: fieldArb.map((path) => ({ path, pos: 0 })),
      negated: fc.boolean(),
    }),
    fc.record({
      type: fc.constant('in' as const),
      field: fieldArb.map((path) => ({ path, pos: 0 })),
      values: fc.array(literalArb, { minLength: 1, maxLength: 3 }),
      negated: fc.boolean(),
    }),
    fc.record({
      type: fc.constant('contains' as const),
      field: fieldArb.map((path) => ({ path, pos: 0 })),
      value: fc.string({ unit: 'binary', maxLength: 8 }),
      negated: fc.boolean(),
    }),
    fc.record({ type: fc.constant('and' as const), left: tie('expr'), right: tie('expr') }),
    fc.record({ type: fc.constant('or' as const), left: tie('expr'), right: tie('expr') }),
    fc.record({ type: fc.constant('not' as const), expr: tie('expr') }),
  ),
})).expr;

function stripPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripPositions);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => !['pos', 'fromPos', 'startPos', 'limitPos'].includes(k))
        .map(([k, v]) => [k, stripPositions(v)]),
    );
  }
  return value;
}

describe('parser properties', () => {
  it('formatQuery ∘ parseQuery is the identity on generated queries', () => {
    fc.assert(
      fc.property(
        exprArb,
        fc.option(fc.nat(500), { nil: undefined }),
        fc.option(fc.nat(500), { nil: undefined }),
        (where, start, limit) => {
          const query: Query = {
            select: { kind: 'all' },
            from: 'accounts',
            fromPos: 0,
            where,
            orderBy: [],
            start,
            startPos: undefined,
            limit,
            limitPos: undefined,
          };
          const text = formatQuery(query);
          const parsed = parseQuery(text);
          expect(stripPositions(parsed)).toEqual(stripPositions(query));
          expect(formatQuery(parsed)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('any text either parses or fails with a QuerySyntaxError inside the query', () => {
    const pieces = fc.constantFrom(
      'SELECT',
      '*',
      'FROM',
      'accounts',
      'WHERE',
      'a',
      'data.x',
      '=',
      '!=',
      '<',
      '(',
      ')',
      ',',
      '"s"',
      "'t'",
      '1',
      '-2.5',
      'AND',
      'OR',
      'NOT',
      'IN',
      'IS',
      'NULL',
      'CONTAINS',
      'ORDER',
      'BY',
      'DESC',
      'LIMIT',
      'START',
      '"',
      '.',
      ';',
      ' ',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.array(pieces, { maxLength: 20 }).map((p) => p.join(' ')),
        ),
        (text) => {
          try {
            parseQuery(text);
          } catch (error) {
            expect(error).toBeInstanceOf(QuerySyntaxError);
            const e = error as QuerySyntaxError;
            expect(e.position).toBeGreaterThanOrEqual(0);
            expect(e.position).toBeLessThanOrEqual(text.length);
            expect(typeof e.describe()).toBe('string');
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
