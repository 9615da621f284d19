/**
 * Runs a parsed query over accounts: compiles the WHERE clause to a predicate, sorts with
 * precomputed keys, and projects results. Fields are read straight from the stored account through
 * one reader per top-level field, so nothing is built per account to search it.
 *
 * Semantics where Gigya's documentation is silent (chosen, not copied from it):
 * - two-valued logic: a comparison with a missing field is false, `!=` and NOT are its exact
 *   negation (so they match accounts without the field, as a search-index "must not" does);
 * - a path through an array matches when any element matches (identities.provider = "google");
 * - `=` is case-sensitive, CONTAINS is a case-insensitive substring match;
 * - dates compare as instants: the account's timestamps (created, lastLogin, …) against a literal
 *   that reads as an ISO date (created > "2024-01-01"), and two ISO strings of data fields alike;
 * - ORDER BY puts accounts without the field last; ties and unordered queries fall back to
 *   creation time, then UID, so pages are deterministic.
 */
import { thaw } from '../merge.js';
import type { AccountRecord } from '../model.js';
import { isPlainObject, type JsonObject } from '../params.js';
import { renderSearchResult, sharedEmails, sharedLoginIDs, socialProviders } from '../view.js';
import { QuerySyntaxError } from './lexer.js';
import type { Expr, FieldRef, Literal, Query } from './parser.js';

function iso(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

/** Account fields kept as milliseconds and shown as ISO text (with a `…Timestamp` twin). */
const DATE_FIELDS = ['created', 'registered', 'verified', 'lastLogin', 'lastUpdated', 'oldestDataUpdated'] as const;
type DateField = (typeof DATE_FIELDS)[number];

type Reader = (account: AccountRecord) => unknown;

/** Top-level fields a query may name, with whether they hold nested fields. */
const READERS: Readonly<Record<string, { read: Reader; nested: boolean; date?: DateField }>> = {
  UID: { read: (a) => a.UID, nested: false },
  profile: { read: (a) => a.profile, nested: true },
  data: { read: (a) => a.data, nested: true },
  preferences: { read: (a) => a.preferences, nested: true },
  subscriptions: { read: (a) => a.subscriptions, nested: true },
  loginIDs: { read: sharedLoginIDs, nested: true },
  emails: { read: sharedEmails, nested: true },
  identities: { read: (a) => a.identities, nested: true },
  isActive: { read: (a) => a.isActive, nested: false },
  isRegistered: { read: (a) => a.isRegistered, nested: false },
  isVerified: { read: (a) => a.isVerified, nested: false },
  loginProvider: { read: (a) => a.loginProvider, nested: false },
  regSource: { read: (a) => a.regSource, nested: false },
  socialProviders: { read: socialProviders, nested: false },
  phoneNumber: { read: (a) => a.phoneNumber, nested: false },
  lang: { read: (a) => a.lang, nested: false },
  ...Object.fromEntries(
    DATE_FIELDS.flatMap((f) => [
      [f, { read: (a: AccountRecord) => iso(a[f]), nested: false, date: f }],
      [`${f}Timestamp`, { read: (a: AccountRecord) => a[f], nested: false }],
    ]),
  ),
};

function collect(node: unknown, segments: readonly string[], i: number, out: unknown[]): void {
  if (node === undefined || node === null) return;
  if (Array.isArray(node)) {
    for (const element of node) collect(element, segments, i, out);
    return;
  }
  if (i === segments.length) {
    out.push(node);
    return;
  }
  if (!isPlainObject(node)) return;
  collect(node[segments[i] as string], segments, i + 1, out);
}

interface Resolved {
  readonly segments: readonly string[];
  readonly reader: (typeof READERS)[string];
}

function resolve(field: FieldRef, query: string): Resolved {
  const segments = field.path.split('.');
  const root = segments[0] as string;
  const reader = Object.hasOwn(READERS, root) ? READERS[root] : undefined;
  if (!reader)
    throw new QuerySyntaxError(
      `Unknown field "${field.path}": a field starts with one of ${Object.keys(READERS).join(', ')}`,
      field.pos,
      query,
    );
  if (!reader.nested && segments.length > 1)
    throw new QuerySyntaxError(
      `"${root}" is a value, it has no field "${segments.slice(1).join('.')}"`,
      field.pos,
      query,
    );
  return { segments, reader };
}

type Getter = (account: AccountRecord) => unknown[];

function getter(field: FieldRef, query: string): Getter {
  const { segments, reader } = resolve(field, query);
  const read = reader.read;
  if (segments.length === 1) {
    return (a) => {
      const v = read(a);
      if (v === undefined || v === null) return [];
      return Array.isArray(v) ? v.filter((x) => x !== undefined && x !== null) : [v];
    };
  }
  return (a) => {
    const out: unknown[] = [];
    collect(read(a), segments, 1, out);
    return out;
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Milliseconds of an ISO date literal, or undefined when it does not read as one. */
function dateLiteral(value: unknown): number | undefined {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

/** Negative, zero or positive; undefined when the two cannot be ordered. */
function compareValues(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') {
    const da = dateLiteral(a);
    const db = da === undefined ? undefined : dateLiteral(b);
    if (da !== undefined && db !== undefined) return da - db;
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return undefined;
}

function literalValue(l: Literal): unknown {
  return l.kind === 'null' ? null : l.value;
}

export type Predicate = (account: AccountRecord) => boolean;

function accept(op: '<' | '<=' | '>' | '>=', c: number): boolean {
  return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
}

function compileCompare(expr: Extract<Expr, { type: 'compare' }>, query: string): Predicate {
  const { reader } = resolve(expr.field, query);
  const get = getter(expr.field, query);
  if (expr.value.kind === 'null') {
    if (expr.op !== '=' && expr.op !== '!=')
      throw new QuerySyntaxError('NULL can only be compared with = or != (or use IS NULL)', expr.field.pos, query);
    return expr.op === '=' ? (a) => get(a).length === 0 : (a) => get(a).length > 0;
  }
  const target = expr.value.value;
  // An account date against a date literal: compare the stored milliseconds, no text involved.
  const when = reader.date === undefined ? undefined : dateLiteral(target);
  if (reader.date !== undefined && when !== undefined) {
    const field = reader.date;
    const op = expr.op;
    return (a) => {
      const t = a[field];
      if (t === undefined) return op === '!=';
      const c = t - when;
      return op === '=' ? c === 0 : op === '!=' ? c !== 0 : accept(op, c);
    };
  }
  const equal: Predicate = (a) => get(a).some((v) => v === target);
  if (expr.op === '=') return equal;
  if (expr.op === '!=') return (a) => !equal(a);
  const op = expr.op;
  return (a) =>
    get(a).some((v) => {
      const c = compareValues(v, target);
      return c !== undefined && accept(op, c);
    });
}

export function compileWhere(expr: Expr, query: string): Predicate {
  switch (expr.type) {
    case 'and': {
      const l = compileWhere(expr.left, query);
      const r = compileWhere(expr.right, query);
      return (a) => l(a) && r(a);
    }
    case 'or': {
      const l = compileWhere(expr.left, query);
      const r = compileWhere(expr.right, query);
      return (a) => l(a) || r(a);
    }
    case 'not': {
      const inner = compileWhere(expr.expr, query);
      return (a) => !inner(a);
    }
    case 'isNull': {
      const get = getter(expr.field, query);
      return expr.negated ? (a) => get(a).length > 0 : (a) => get(a).length === 0;
    }
    case 'in': {
      const get = getter(expr.field, query);
      const wanted = expr.values.map(literalValue);
      const matchNull = wanted.includes(null);
      const test: Predicate = (a) => {
        const values = get(a);
        if (values.length === 0) return matchNull;
        return values.some((v) => wanted.some((w) => w !== null && v === w));
      };
      return expr.negated ? (a) => !test(a) : test;
    }
    case 'contains': {
      const get = getter(expr.field, query);
      const needle = expr.value.toLowerCase();
      const test: Predicate = (a) => get(a).some((v) => typeof v === 'string' && v.toLowerCase().includes(needle));
      return expr.negated ? (a) => !test(a) : test;
    }
    case 'compare':
      return compileCompare(expr, query);
  }
}

function typeRank(v: unknown): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : typeof v === 'boolean' ? 2 : 3;
}

/** Sorts accounts for the ORDER BY clause (with the default tie-breakers). */
export function compileOrder(query: Query, text: string): (accounts: readonly AccountRecord[]) => AccountRecord[] {
  const terms = query.orderBy.map((t) => {
    const { reader } = resolve(t.field, text);
    // Account dates sort by their milliseconds.
    const get: (a: AccountRecord) => unknown =
      reader.date !== undefined
        ? (a) => a[reader.date as DateField]
        : (
            (g) => (a: AccountRecord) =>
              g(a)[0]
          )(getter(t.field, text));
    return { get, dir: t.direction === 'desc' ? -1 : 1 };
  });
  return (accounts) => {
    const keyed = accounts.map((account) => ({ account, keys: terms.map((t) => t.get(account)) }));
    keyed.sort((a, b) => {
      for (let i = 0; i < terms.length; i++) {
        const ka = a.keys[i];
        const kb = b.keys[i];
        if (ka === undefined && kb === undefined) continue;
        if (ka === undefined) return 1;
        if (kb === undefined) return -1;
        const c = compareValues(ka, kb) ?? typeRank(ka) - typeRank(kb);
        if (c !== 0) return c * (terms[i] as { dir: number }).dir;
      }
      return (
        a.account.created - b.account.created ||
        (a.account.UID < b.account.UID ? -1 : a.account.UID > b.account.UID ? 1 : 0)
      );
    });
    return keyed.map((k) => k.account);
  };
}

function project(node: unknown, segments: readonly string[], i: number): unknown {
  if (node === undefined || node === null) return undefined;
  if (i === segments.length) return thaw(node);
  if (Array.isArray(node)) {
    const items = node.map((el) => project(el, segments, i)).filter((v) => v !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (!isPlainObject(node)) return undefined;
  const child = project(node[segments[i] as string], segments, i + 1);
  return child === undefined ? undefined : { [segments[i] as string]: child };
}

function mergeInto(target: JsonObject, source: JsonObject): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isPlainObject(existing) && isPlainObject(value)) mergeInto(existing, value);
    else target[key] = value;
  }
}

/** Renders one result for the selection (`*` = the whole account). */
export function compileProjection(query: Query, text: string): (account: AccountRecord) => JsonObject {
  if (query.select.kind !== 'fields') return renderSearchResult;
  const fields = query.select.fields.map((f) => resolve(f, text));
  return (account) => {
    const out: JsonObject = {};
    for (const { segments, reader } of fields) {
      const root = segments[0] as string;
      const value = project(reader.read(account), segments, 1);
      if (value === undefined) continue;
      if (isPlainObject(out[root]) && isPlainObject(value)) mergeInto(out[root] as JsonObject, value);
      else out[root] = value;
    }
    return out;
  };
}

export interface CompiledQuery {
  readonly query: Query;
  readonly matches: Predicate;
  readonly sort: (accounts: readonly AccountRecord[]) => AccountRecord[];
  readonly project: (account: AccountRecord) => JsonObject;
}

/** Checks the fields of a parsed query and compiles it; throws QuerySyntaxError for unknown fields. */
export function compileQuery(query: Query, text: string): CompiledQuery {
  const matches: Predicate = query.where ? compileWhere(query.where, text) : () => true;
  return { query, matches, sort: compileOrder(query, text), project: compileProjection(query, text) };
}

/** Every account of the list the query selects, in result order. */
export function runQuery(compiled: CompiledQuery, accounts: Iterable<AccountRecord>): AccountRecord[] {
  const hits: AccountRecord[] = [];
  for (const account of accounts) if (compiled.matches(account)) hits.push(account);
  return compiled.sort(hits);
}
