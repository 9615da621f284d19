/**
 * Runs a parsed query over accounts: compiles the WHERE clause to a predicate over a per-account
 * search document, sorts with precomputed keys, and projects results.
 *
 * Semantics where Gigya's documentation is silent (chosen, not copied from it):
 * - two-valued logic: a comparison with a missing field is false, `!=` and NOT are its exact
 *   negation (so they match accounts without the field, as a search-index "must not" does);
 * - a path through an array matches when any element matches (identities.provider = "google");
 * - `=` is case-sensitive, CONTAINS is a case-insensitive substring match;
 * - strings that both look like ISO dates compare as instants (created > "2024-01-01");
 * - ORDER BY puts accounts without the field last; ties and unordered queries fall back to
 *   creation time, then UID, so pages are deterministic.
 */
import { thaw } from '../merge.js';
import type { AccountRecord } from '../model.js';
import { isPlainObject, type JsonObject } from '../params.js';
import { emailsOf, loginIDsOf, renderSearchResult, socialProviders } from '../view.js';
import { QuerySyntaxError } from './lexer.js';
import type { Expr, FieldRef, Literal, Query } from './parser.js';

/** Top-level fields a query may name; the ones marked true hold nested fields. */
const ROOTS: Readonly<Record<string, boolean>> = {
  UID: false,
  profile: true,
  data: true,
  preferences: true,
  subscriptions: true,
  loginIDs: true,
  emails: true,
  identities: true,
  isActive: false,
  isRegistered: false,
  isVerified: false,
  created: false,
  createdTimestamp: false,
  registered: false,
  registeredTimestamp: false,
  verified: false,
  verifiedTimestamp: false,
  lastLogin: false,
  lastLoginTimestamp: false,
  lastUpdated: false,
  lastUpdatedTimestamp: false,
  oldestDataUpdated: false,
  oldestDataUpdatedTimestamp: false,
  loginProvider: false,
  regSource: false,
  socialProviders: false,
  phoneNumber: false,
  lang: false,
};

const documents = new WeakMap<AccountRecord, JsonObject>();

function iso(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

/** The searchable view of an account; cached, since stored accounts never change in place. */
export function searchDocument(account: AccountRecord): JsonObject {
  let doc = documents.get(account);
  if (!doc) {
    doc = {
      UID: account.UID,
      profile: account.profile,
      data: account.data,
      preferences: account.preferences,
      subscriptions: account.subscriptions,
      loginIDs: loginIDsOf(account),
      emails: emailsOf(account),
      identities: account.identities,
      isActive: account.isActive,
      isRegistered: account.isRegistered,
      isVerified: account.isVerified,
      created: iso(account.created),
      createdTimestamp: account.created,
      registered: iso(account.registered),
      registeredTimestamp: account.registered,
      verified: iso(account.verified),
      verifiedTimestamp: account.verified,
      lastLogin: iso(account.lastLogin),
      lastLoginTimestamp: account.lastLogin,
      lastUpdated: iso(account.lastUpdated),
      lastUpdatedTimestamp: account.lastUpdated,
      oldestDataUpdated: iso(account.oldestDataUpdated),
      oldestDataUpdatedTimestamp: account.oldestDataUpdated,
      loginProvider: account.loginProvider,
      regSource: account.regSource,
      socialProviders: socialProviders(account),
      phoneNumber: account.phoneNumber,
      lang: account.lang,
    };
    documents.set(account, doc);
  }
  return doc;
}

type Getter = (doc: JsonObject) => unknown[];

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

function checkField(field: FieldRef, query: string): readonly string[] {
  const segments = field.path.split('.');
  const root = segments[0] as string;
  const nested = ROOTS[root];
  if (nested === undefined) {
    throw new QuerySyntaxError(`Unknown field "${field.path}": a field starts with one of ${Object.keys(ROOTS).join(', ')}`, field.pos, query);
  }
  if (!nested && segments.length > 1) throw new QuerySyntaxError(`"${root}" is a value, it has no field "${segments.slice(1).join('.')}"`, field.pos, query);
  return segments;
}

function getter(field: FieldRef, query: string): Getter {
  const segments = checkField(field, query);
  return (doc) => {
    const out: unknown[] = [];
    collect(doc, segments, 0, out);
    return out;
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Negative, zero or positive; undefined when the two cannot be ordered. */
function compareValues(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string') {
    if (ISO_DATE.test(a) && ISO_DATE.test(b)) {
      const da = Date.parse(a);
      const db = Date.parse(b);
      if (!Number.isNaN(da) && !Number.isNaN(db)) return da - db;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  return undefined;
}

function literalValue(l: Literal): unknown {
  return l.kind === 'null' ? null : l.value;
}

export type Predicate = (doc: JsonObject) => boolean;

export function compileWhere(expr: Expr, query: string): Predicate {
  switch (expr.type) {
    case 'and': {
      const l = compileWhere(expr.left, query);
      const r = compileWhere(expr.right, query);
      return (d) => l(d) && r(d);
    }
    case 'or': {
      const l = compileWhere(expr.left, query);
      const r = compileWhere(expr.right, query);
      return (d) => l(d) || r(d);
    }
    case 'not': {
      const inner = compileWhere(expr.expr, query);
      return (d) => !inner(d);
    }
    case 'isNull': {
      const get = getter(expr.field, query);
      return expr.negated ? (d) => get(d).length > 0 : (d) => get(d).length === 0;
    }
    case 'in': {
      const get = getter(expr.field, query);
      const wanted = expr.values.map(literalValue);
      const matchNull = wanted.includes(null);
      const test: Predicate = (d) => {
        const values = get(d);
        if (values.length === 0) return matchNull;
        return values.some((v) => wanted.some((w) => w !== null && v === w));
      };
      return expr.negated ? (d) => !test(d) : test;
    }
    case 'contains': {
      const get = getter(expr.field, query);
      const needle = expr.value.toLowerCase();
      const test: Predicate = (d) => get(d).some((v) => typeof v === 'string' && v.toLowerCase().includes(needle));
      return expr.negated ? (d) => !test(d) : test;
    }
    case 'compare': {
      const get = getter(expr.field, query);
      if (expr.value.kind === 'null') {
        if (expr.op !== '=' && expr.op !== '!=') throw new QuerySyntaxError(`NULL can only be compared with = or != (or use IS NULL)`, expr.field.pos, query);
        return expr.op === '=' ? (d) => get(d).length === 0 : (d) => get(d).length > 0;
      }
      const target = expr.value.value;
      const equal: Predicate = (d) => get(d).some((v) => v === target);
      switch (expr.op) {
        case '=':
          return equal;
        case '!=':
          return (d) => !equal(d);
        default: {
          const op = expr.op;
          const accept = (c: number): boolean => (op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0);
          return (d) =>
            get(d).some((v) => {
              const c = compareValues(v, target);
              return c !== undefined && accept(c);
            });
        }
      }
    }
  }
}

/** A comparator over accounts for the ORDER BY clause (with the default tie-breakers). */
export function compileOrder(query: Query, text: string): (accounts: readonly AccountRecord[]) => AccountRecord[] {
  const terms = query.orderBy.map((t) => ({ get: getter(t.field, text), dir: t.direction === 'desc' ? -1 : 1 }));
  return (accounts) => {
    const keyed = accounts.map((account) => {
      const doc = searchDocument(account);
      return { account, keys: terms.map((t) => t.get(doc)[0]) };
    });
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
      return a.account.created - b.account.created || (a.account.UID < b.account.UID ? -1 : a.account.UID > b.account.UID ? 1 : 0);
    });
    return keyed.map((k) => k.account);
  };
}

function typeRank(v: unknown): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : typeof v === 'boolean' ? 2 : 3;
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
  const paths = query.select.fields.map((f) => checkField(f, text));
  return (account) => {
    const doc = searchDocument(account);
    const out: JsonObject = {};
    for (const segments of paths) {
      const piece = project(doc, segments, 0);
      if (isPlainObject(piece)) mergeInto(out, piece);
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
  const matches = query.where ? compileWhere(query.where, text) : () => true;
  return { query, matches, sort: compileOrder(query, text), project: compileProjection(query, text) };
}

/** Every account of the list the query selects, in result order. */
export function runQuery(compiled: CompiledQuery, accounts: Iterable<AccountRecord>): AccountRecord[] {
  const hits: AccountRecord[] = [];
  for (const account of accounts) if (compiled.matches(searchDocument(account))) hits.push(account);
  return compiled.sort(hits);
}
