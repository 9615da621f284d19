/**
 * Recursive-descent parser for the subset of Gigya's query language the emulator runs:
 *
 *   query    := SELECT select FROM word [WHERE or] [ORDER BY order {, order}] [START n] [LIMIT n]
 *   select   := * | COUNT(*) | field {, field}
 *   or       := and {OR and}
 *   and      := not {AND not}
 *   not      := NOT not | ( or ) | predicate
 *   predicate:= field op literal | field IS [NOT] NULL | field [NOT] IN (literal {, literal})
 *              | field [NOT] CONTAINS literal
 *   order    := field [ASC | DESC]
 *
 * Clauses come in Gigya's documented order; START and LIMIT may come in either order. Keywords are
 * case-insensitive; fields are case-sensitive dotted paths.
 */
import { QuerySyntaxError, tokenize, type Token } from './lexer.js';

export type Literal =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' };

export interface FieldRef {
  readonly path: string;
  readonly pos: number;
}

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';

export type Expr =
  | { readonly type: 'and'; readonly left: Expr; readonly right: Expr }
  | { readonly type: 'or'; readonly left: Expr; readonly right: Expr }
  | { readonly type: 'not'; readonly expr: Expr }
  | { readonly type: 'compare'; readonly field: FieldRef; readonly op: CompareOp; readonly value: Literal }
  | { readonly type: 'isNull'; readonly field: FieldRef; readonly negated: boolean }
  | { readonly type: 'in'; readonly field: FieldRef; readonly values: readonly Literal[]; readonly negated: boolean }
  | { readonly type: 'contains'; readonly field: FieldRef; readonly value: string; readonly negated: boolean };

export type Selection =
  | { readonly kind: 'all' }
  | { readonly kind: 'count' }
  | { readonly kind: 'fields'; readonly fields: readonly FieldRef[] };

export interface OrderTerm {
  readonly field: FieldRef;
  readonly direction: 'asc' | 'desc';
}

export interface Query {
  readonly select: Selection;
  readonly from: string;
  readonly fromPos: number;
  readonly where: Expr | undefined;
  readonly orderBy: readonly OrderTerm[];
  readonly start: number | undefined;
  readonly startPos: number | undefined;
  readonly limit: number | undefined;
  readonly limitPos: number | undefined;
}

const RESERVED = new Set([
  'SELECT',
  'FROM',
  'WHERE',
  'AND',
  'OR',
  'NOT',
  'IS',
  'NULL',
  'IN',
  'CONTAINS',
  'ORDER',
  'BY',
  'ASC',
  'DESC',
  'START',
  'LIMIT',
  'COUNT',
  'TRUE',
  'FALSE',
]);
/** SQL words the language has but the emulator does not run: named in the error instead of "unexpected". */
const UNSUPPORTED = new Set([
  'GROUP',
  'FILTER',
  'HAVING',
  'REGEX',
  'JOIN',
  'UNION',
  'OFFSET',
  'SUM',
  'AVG',
  'MIN',
  'MAX',
  'DISTINCT',
  'LIKE',
  'BETWEEN',
]);

function describeToken(t: Token): string {
  switch (t.kind) {
    case 'eof':
      return 'the end of the query';
    case 'string':
      return `the string ${JSON.stringify(t.text)}`;
    case 'number':
      return `the number ${t.text}`;
    default:
      return `"${t.text}"`;
  }
}

class Parser {
  #i = 0;
  constructor(
    readonly query: string,
    readonly tokens: readonly Token[],
  ) {}

  /** A method, not a getter: TypeScript must not narrow the current token across advances. */
  #cur(): Token {
    return this.tokens[this.#i] as Token;
  }

  #error(message: string, at: Token = this.#cur()): QuerySyntaxError {
    return new QuerySyntaxError(message, at.pos, this.query);
  }

  #isKeyword(word: string, t: Token = this.#cur()): boolean {
    return t.kind === 'word' && t.text.toUpperCase() === word;
  }

  #keyword(word: string, context: string): Token {
    const t = this.#cur();
    if (!this.#isKeyword(word)) throw this.#error(`Expected ${word} ${context}, found ${describeToken(t)}`);
    this.#i++;
    return t;
  }

  #unsupported(t: Token): QuerySyntaxError | undefined {
    if (t.kind === 'word' && UNSUPPORTED.has(t.text.toUpperCase())) {
      return this.#error(
        `${t.text.toUpperCase()} is not supported by the emulator's query engine (it runs SELECT, FROM, WHERE, ` +
          `ORDER BY, START and LIMIT)`,
        t,
      );
    }
    return undefined;
  }

  parse(): Query {
    this.#keyword('SELECT', 'at the start of the query');
    const select = this.#selection();
    this.#keyword('FROM', 'after the selected fields');
    const source = this.#cur();
    if (source.kind !== 'word' || RESERVED.has(source.text.toUpperCase()))
      throw this.#error(`Expected a data source name after FROM, found ${describeToken(source)}`);
    this.#i++;
    let where: Expr | undefined;
    if (this.#isKeyword('WHERE')) {
      this.#i++;
      where = this.#or();
    }
    const orderBy: OrderTerm[] = [];
    if (this.#isKeyword('ORDER')) {
      this.#i++;
      this.#keyword('BY', 'after ORDER');
      do {
        if (orderBy.length > 0) this.#i++;
        const field = this.#field('in ORDER BY');
        let direction: 'asc' | 'desc' = 'asc';
        if (this.#isKeyword('ASC') || this.#isKeyword('DESC')) {
          direction = this.#cur().text.toLowerCase() as 'asc' | 'desc';
          this.#i++;
        }
        orderBy.push({ field, direction });
      } while (this.#cur().kind === 'comma');
    }
    let start: number | undefined;
    let startPos: number | undefined;
    let limit: number | undefined;
    let limitPos: number | undefined;
    for (let round = 0; round < 2; round++) {
      if (this.#isKeyword('START') && start === undefined) {
        startPos = this.#cur().pos;
        this.#i++;
        start = this.#count('START');
      } else if (this.#isKeyword('LIMIT') && limit === undefined) {
        limitPos = this.#cur().pos;
        this.#i++;
        limit = this.#count('LIMIT');
      }
    }
    const rest = this.#cur();
    if (rest.kind !== 'eof') {
      const unsupported = this.#unsupported(rest);
      if (unsupported) throw unsupported;
      if (
        this.#isKeyword('WHERE') ||
        this.#isKeyword('ORDER') ||
        this.#isKeyword('START') ||
        this.#isKeyword('LIMIT')
      ) {
        throw this.#error(
          `${rest.text.toUpperCase()} is out of place: clauses go in the order SELECT, FROM, WHERE, ORDER BY, ` +
            `START, LIMIT, each once`,
        );
      }
      throw this.#error(`Unexpected ${describeToken(rest)}`);
    }
    return { select, from: source.text, fromPos: source.pos, where, orderBy, start, startPos, limit, limitPos };
  }

  #selection(): Selection {
    if (this.#cur().kind === 'star') {
      this.#i++;
      return { kind: 'all' };
    }
    if (this.#isKeyword('COUNT') && this.tokens[this.#i + 1]?.kind === 'lparen') {
      this.#i += 2;
      if (this.#cur().kind !== 'star')
        throw this.#error(`Expected * inside COUNT( ), found ${describeToken(this.#cur())}`);
      this.#i++;
      if (this.#cur().kind !== 'rparen')
        throw this.#error(`Expected ) to close COUNT(*), found ${describeToken(this.#cur())}`);
      this.#i++;
      return { kind: 'count' };
    }
    const fields: FieldRef[] = [];
    let all = false;
    do {
      if (fields.length > 0 || all) this.#i++;
      if (this.#cur().kind === 'star') {
        all = true;
        this.#i++;
        continue;
      }
      fields.push(this.#field('in the SELECT list'));
    } while (this.#cur().kind === 'comma');
    return all ? { kind: 'all' } : { kind: 'fields', fields };
  }

  #field(context: string): FieldRef {
    const t = this.#cur();
    if (t.kind !== 'word') throw this.#error(`Expected a field name ${context}, found ${describeToken(t)}`);
    const unsupported = this.#unsupported(t);
    if (unsupported) throw unsupported;
    if (RESERVED.has(t.text.toUpperCase()))
      throw this.#error(`Expected a field name ${context}, found the keyword ${t.text.toUpperCase()}`);
    this.#i++;
    return { path: t.text, pos: t.pos };
  }

  #count(clause: string): number {
    const t = this.#cur();
    if (t.kind !== 'number' || !/^\d+$/.test(t.text))
      throw this.#error(`${clause} needs a whole number that is 0 or more, found ${describeToken(t)}`);
    const n = Number(t.text);
    if (!Number.isSafeInteger(n)) throw this.#error(`${clause} ${t.text} is too large`);
    this.#i++;
    return n;
  }

  #or(): Expr {
    return this.#chain('OR', 'or', () => this.#and());
  }

  #and(): Expr {
    return this.#chain('AND', 'and', () => this.#not());
  }

  /** A left-associative run of `operand (KEYWORD operand)*`. */
  #chain(keyword: 'AND' | 'OR', type: 'and' | 'or', operand: () => Expr): Expr {
    let left = operand();
    while (this.#isKeyword(keyword)) {
      this.#i++;
      left = { type, left, right: operand() };
    }
    return left;
  }

  #not(): Expr {
    if (this.#isKeyword('NOT')) {
      this.#i++;
      return { type: 'not', expr: this.#not() };
    }
    if (this.#cur().kind === 'lparen') {
      const open = this.#cur();
      this.#i++;
      const inner = this.#or();
      if (this.#cur().kind !== 'rparen')
        throw this.#error(`Expected ) to close the ( at position ${open.pos}, found ${describeToken(this.#cur())}`);
      this.#i++;
      return inner;
    }
    return this.#predicate();
  }

  #predicate(): Expr {
    const field = this.#field('in the WHERE clause');
    const t = this.#cur();
    if (t.kind === 'op') {
      this.#i++;
      return { type: 'compare', field, op: t.text as CompareOp, value: this.#literal(`after ${t.text}`) };
    }
    if (this.#isKeyword('IS')) {
      this.#i++;
      let negated = false;
      if (this.#isKeyword('NOT')) {
        negated = true;
        this.#i++;
      }
      this.#keyword('NULL', negated ? 'after IS NOT' : 'after IS');
      return { type: 'isNull', field, negated };
    }
    let negated = false;
    if (this.#isKeyword('NOT')) {
      negated = true;
      this.#i++;
    }
    if (this.#isKeyword('IN')) {
      this.#i++;
      if (this.#cur().kind !== 'lparen') throw this.#error(`Expected ( after IN, found ${describeToken(this.#cur())}`);
      this.#i++;
      const values: Literal[] = [];
      do {
        if (values.length > 0) this.#i++;
        values.push(this.#literal('in the IN list'));
      } while (this.#cur().kind === 'comma');
      if (this.#cur().kind !== 'rparen')
        throw this.#error(`Expected , or ) in the IN list, found ${describeToken(this.#cur())}`);
      this.#i++;
      return { type: 'in', field, values, negated };
    }
    if (this.#isKeyword('CONTAINS')) {
      this.#i++;
      const value = this.#literal('after CONTAINS');
      if (value.kind !== 'string')
        throw new QuerySyntaxError('CONTAINS needs a quoted string', this.tokens[this.#i - 1]?.pos ?? 0, this.query);
      return { type: 'contains', field, value: value.value, negated };
    }
    const unsupported = this.#unsupported(this.#cur());
    if (unsupported) throw unsupported;
    throw this.#error(
      negated
        ? `Expected IN or CONTAINS after NOT, found ${describeToken(this.#cur())}`
        : `Expected an operator (=, !=, <, <=, >, >=, IS, IN, CONTAINS) after the ` +
            `field ${field.path}, found ${describeToken(this.#cur())}`,
    );
  }

  #literal(context: string): Literal {
    const t = this.#cur();
    if (t.kind === 'string') {
      this.#i++;
      return { kind: 'string', value: t.text };
    }
    if (t.kind === 'number') {
      this.#i++;
      return { kind: 'number', value: Number(t.text) };
    }
    if (this.#isKeyword('TRUE') || this.#isKeyword('FALSE')) {
      this.#i++;
      return { kind: 'boolean', value: t.text.toUpperCase() === 'TRUE' };
    }
    if (this.#isKeyword('NULL')) {
      this.#i++;
      return { kind: 'null' };
    }
    if (t.kind === 'word')
      throw this.#error(
        `Expected a value ${context}, found the word ${t.text} (strings are written in quotes: "${t.text}")`,
      );
    throw this.#error(`Expected a value ${context}, found ${describeToken(t)}`);
  }
}

/** Parses a query; throws QuerySyntaxError with the position of the problem. */
export function parseQuery(query: string): Query {
  if (query.trim() === '') throw new QuerySyntaxError('The query is empty', 0, query);
  return new Parser(query, tokenize(query)).parse();
}

/** The query as text again, for tests and messages (normalized spacing and keyword case). */
export function formatQuery(q: Query): string {
  const lit = (l: Literal): string =>
    l.kind === 'string' ? JSON.stringify(l.value) : l.kind === 'null' ? 'NULL' : String(l.value);
  const expr = (e: Expr): string => {
    switch (e.type) {
      case 'and':
        return `(${expr(e.left)} AND ${expr(e.right)})`;
      case 'or':
        return `(${expr(e.left)} OR ${expr(e.right)})`;
      case 'not':
        return `(NOT ${expr(e.expr)})`;
      case 'compare':
        return `${e.field.path} ${e.op} ${lit(e.value)}`;
      case 'isNull':
        return `${e.field.path} IS ${e.negated ? 'NOT ' : ''}NULL`;
      case 'in':
        return `${e.field.path} ${e.negated ? 'NOT ' : ''}IN (${e.values.map(lit).join(', ')})`;
      case 'contains':
        return `${e.field.path} ${e.negated ? 'NOT ' : ''}CONTAINS ${JSON.stringify(e.value)}`;
    }
  };
  const select =
    q.select.kind === 'all'
      ? '*'
      : q.select.kind === 'count'
        ? 'COUNT(*)'
        : q.select.fields.map((f) => f.path).join(', ');
  let out = `SELECT ${select} FROM ${q.from}`;
  if (q.where) out += ` WHERE ${expr(q.where)}`;
  if (q.orderBy.length > 0)
    out += ` ORDER BY ${q.orderBy.map((o) => `${o.field.path} ${o.direction.toUpperCase()}`).join(', ')}`;
  if (q.start !== undefined) out += ` START ${q.start}`;
  if (q.limit !== undefined) out += ` LIMIT ${q.limit}`;
  return out;
}
