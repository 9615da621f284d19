/**
 * Reads the catalog YAML as written, in the v2 format (catalog/README.md plus
 * /notes/catalog-v2-format.md: sources.yaml, namespaces over several files with `group:`, provenance
 * on every entry, inferred error codes, the site-schema shapes, `cursor:`), without the loader.
 *
 * Two uses: `checkRawCatalog` checks keys, kinds, names, references and the built-in catalog's
 * conventions (sorted methods and shapes) until the loader accepts v2; `neutralMethods` reduces the
 * methods to the neutral form of the fidelity check (codegen/fidelity.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { NeutralMethod } from './fidelity.js';
import { compareStrings } from './ir.js';
import { PRIMITIVE_TYPES } from './naming.js';

/** Shapes every namespace may use without defining them: the site's own schema, typed by the user. */
export const SITE_SCHEMA_SHAPES: readonly string[] = ['SiteData', 'SitePreferences', 'SiteSubscriptions'];
/** Files of the catalog folder that are not namespace files. */
export const NON_NAMESPACE_FILES: readonly string[] = ['errors.yaml', 'sources.yaml', 'fidelity-differences.yaml'];
/** Params the client sets itself (`CLIENT_PARAMS` in src/runtime.ts). */
const CLIENT_PARAMS = ['apiKey', 'userKey', 'secret', 'sig', 'nonce', 'timestamp', 'oauth_token', 'format', 'httpStatusCodes', 'sdk'];
/** Envelope fields, typed once by the runtime. */
const ENVELOPE_FIELDS = ['callId', 'errorCode', 'statusCode', 'statusReason', 'time', 'apiVersion', 'errorMessage', 'errorDetails'];
const ENUM_TYPES = ['string', 'csv', 'string[]'];

export interface RawIssue {
  readonly file: string;
  readonly line: number;
  readonly path: string;
  readonly message: string;
}

export interface RawField {
  readonly name: string;
  /** The current reference's spelling, when the catalog sends another one (socialize's uid). */
  readonly referenceName?: string;
  readonly type: string;
  readonly required: boolean;
}

export interface RawMethod {
  readonly file: string;
  readonly namespace: string;
  readonly name: string;
  readonly wireName: string;
  readonly params: readonly RawField[];
  readonly responseExtends: readonly string[];
  readonly responseFields: readonly RawField[];
}

export interface RawCatalog {
  readonly methods: readonly RawMethod[];
  /** Shape fields per namespace and shape name. */
  readonly shapes: ReadonlyMap<string, ReadonlyMap<string, readonly RawField[]>>;
  /** Every group a namespace's files declare or its method names use (`''` for methods without one). */
  readonly groups: ReadonlyMap<string, ReadonlySet<string>>;
  readonly issues: readonly RawIssue[];
}

type Obj = Record<string, unknown>;

export interface RawCatalogOptions {
  /**
   * Files still written in the current (v1) format, which the current loader must keep reading:
   * their shapes may lack `sources:` (the v1 loader refuses that key on shapes).
   */
  readonly v1Files?: readonly string[];
}

/** Reads and checks every YAML file of a catalog folder. */
export function readRawCatalog(dir: string, options: RawCatalogOptions = {}): RawCatalog {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort(compareStrings);
  const docs = new Map<string, { value: unknown; lines: (p: readonly (string | number)[]) => number }>();
  const issues: RawIssue[] = [];
  for (const f of files) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
    for (const e of doc.errors) issues.push({ file: f, line: e.linePos?.[0]?.line ?? 1, path: '', message: e.message });
    docs.set(f, { value: doc.toJS(), lines: (p) => lineOf(doc.contents, p, counter) });
  }
  const checker = new Checker(issues, options.v1Files ?? []);

  const sourceKeys = checker.sources(docs.get('sources.yaml'));
  const errorCodes = checker.errors(docs.get('errors.yaml'), sourceKeys);

  // Shapes are shared by all files of a namespace, so they are collected before methods are checked.
  const nsFiles = files.filter((f) => !NON_NAMESPACE_FILES.includes(f));
  const shapes = new Map<string, Map<string, RawField[]>>();
  const shapeOwner = new Map<string, string>();
  for (const f of nsFiles) {
    const d = docs.get(f)!;
    if (!isObj(d.value)) continue;
    const ns = typeof d.value['namespace'] === 'string' ? d.value['namespace'] : f.split('.')[0]!;
    const into = shapes.get(ns) ?? new Map<string, RawField[]>();
    shapes.set(ns, into);
    if (!isObj(d.value['shapes'])) continue;
    for (const [name, s] of Object.entries(d.value['shapes'])) {
      const key = `${ns}:${name}`;
      if (shapeOwner.has(key)) checker.add(f, d.lines(['shapes', name]), `shapes.${name}`, `shape ${name} is also defined in ${shapeOwner.get(key)}; shape names are shared by all files of namespace ${ns}`);
      shapeOwner.set(key, f);
      into.set(name, isObj(s) && Array.isArray(s['fields']) ? s['fields'].filter(isObj).map(rawField) : []);
    }
  }

  const methods: RawMethod[] = [];
  const groups = new Map<string, Set<string>>();
  const wireNames = new Map<string, string>();
  for (const f of nsFiles) {
    const d = docs.get(f)!;
    const found = checker.namespaceFile(f, d.value, d.lines, { shapes, sourceKeys, errorCodes });
    if (found === undefined) continue;
    const g = groups.get(found.namespace) ?? new Set<string>();
    groups.set(found.namespace, g);
    for (const x of found.groups) g.add(x);
    for (const m of found.methods) {
      const prior = wireNames.get(m.wireName);
      if (prior !== undefined) checker.add(f, 1, 'methods', `method ${m.wireName} is also defined in ${prior}`);
      wireNames.set(m.wireName, f);
      methods.push(m);
    }
  }
  methods.sort((a, b) => compareStrings(a.wireName, b.wireName));
  return { methods, shapes, groups, issues };
}

/**
 * The catalog's methods in the neutral form of the fidelity check: a param is named as the current
 * reference spells it (the package follows the reference), and extended shapes' fields count as
 * response fields.
 */
export function neutralMethods(catalog: RawCatalog): NeutralMethod[] {
  return catalog.methods.map((m) => {
    const shapes = catalog.shapes.get(m.namespace);
    const fromShapes = m.responseExtends.flatMap((s) => (shapes?.get(s) ?? []).map((f) => f.name));
    return {
      wireName: m.wireName,
      params: m.params.map((p) => ({ name: p.referenceName ?? p.name, required: p.required })),
      responseFields: [...new Set([...fromShapes, ...m.responseFields.map((f) => f.name)])].sort(compareStrings),
    };
  });
}

/** The group of a method name: its first dotted segment, or `''` when it has none. */
export function groupOf(methodName: string): string {
  const dot = methodName.indexOf('.');
  return dot < 0 ? '' : methodName.slice(0, dot);
}

function rawField(f: Obj): RawField {
  const ref = f['referenceName'];
  return { name: String(f['name']), ...(typeof ref === 'string' ? { referenceName: ref } : {}), type: String(f['type']), required: f['required'] === true };
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Line of the node at a path (1-based), falling back to the closest ancestor that exists. */
function lineOf(root: unknown, p: readonly (string | number)[], counter: LineCounter): number {
  let node = root as YamlNode | null | undefined;
  let best = 1;
  for (const key of p) {
    if (node === null || node === undefined) break;
    if (isMap(node)) {
      const pair = node.items.find((i) => isScalar(i.key) && i.key.value === key);
      if (pair === undefined) break;
      if (isScalar(pair.key) && pair.key.range) best = counter.linePos(pair.key.range[0]).line;
      node = pair.value as YamlNode | null;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key] as YamlNode | null;
      const r = (node as { range?: [number, number, number] } | null)?.range;
      if (r) best = counter.linePos(r[0]).line;
    } else break;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// Key tables: required flag and the kind of value.

type Kind = 'string' | 'bool' | 'number' | 'list' | 'map' | 'url' | 'any';
type Table = Readonly<Record<string, { readonly required: boolean; readonly kind: Kind }>>;

const NAMESPACE_KEYS: Table = {
  namespace: { required: true, kind: 'string' },
  group: { required: false, kind: 'string' },
  description: { required: false, kind: 'string' },
  docs: { required: false, kind: 'url' },
  groups: { required: false, kind: 'map' },
  shapes: { required: false, kind: 'map' },
  methods: { required: false, kind: 'list' },
};
const SHAPE_KEYS: Table = {
  description: { required: true, kind: 'string' },
  docs: { required: false, kind: 'url' },
  sources: { required: true, kind: 'list' },
  fields: { required: true, kind: 'list' },
};
const METHOD_KEYS: Table = {
  name: { required: true, kind: 'string' },
  description: { required: true, kind: 'string' },
  status: { required: true, kind: 'string' },
  deprecated: { required: false, kind: 'string' },
  access: { required: false, kind: 'string' },
  safeToRepeat: { required: true, kind: 'bool' },
  docs: { required: false, kind: 'url' },
  sources: { required: true, kind: 'list' },
  verification: { required: false, kind: 'string' },
  params: { required: true, kind: 'list' },
  response: { required: true, kind: 'map' },
  errors: { required: true, kind: 'list' },
  notes: { required: false, kind: 'list' },
  cursor: { required: false, kind: 'map' },
};
const RESPONSE_KEYS: Table = {
  extends: { required: false, kind: 'list' },
  fields: { required: true, kind: 'list' },
};
const FIELD_KEYS: Table = {
  name: { required: true, kind: 'string' },
  type: { required: true, kind: 'string' },
  required: { required: true, kind: 'bool' },
  doc: { required: true, kind: 'string' },
  enum: { required: false, kind: 'list' },
  suggest: { required: false, kind: 'list' },
  default: { required: false, kind: 'any' },
  referenceName: { required: false, kind: 'string' },
  deprecated: { required: false, kind: 'string' },
  recalled: { required: false, kind: 'bool' },
  sources: { required: false, kind: 'list' },
};
const CURSOR_KEYS: Table = {
  open: { required: true, kind: 'string' },
  param: { required: true, kind: 'string' },
  next: { required: true, kind: 'string' },
  items: { required: true, kind: 'string' },
};
const ERROR_REF_KEYS: Table = {
  code: { required: true, kind: 'number' },
  inferred: { required: false, kind: 'string' },
  sources: { required: false, kind: 'list' },
};
const SOURCE_KEYS_TABLE: Table = {
  title: { required: true, kind: 'string' },
  says: { required: true, kind: 'string' },
  url: { required: false, kind: 'url' },
};
const ERROR_CODE_KEYS: Table = {
  code: { required: true, kind: 'number' },
  name: { required: true, kind: 'string' },
  message: { required: true, kind: 'string' },
  description: { required: true, kind: 'string' },
  httpStatus: { required: true, kind: 'number' },
  outcome: { required: true, kind: 'string' },
  retry: { required: true, kind: 'string' },
  common: { required: false, kind: 'bool' },
  legacy: { required: false, kind: 'map' },
  sources: { required: false, kind: 'list' },
};

const STATUSES = ['active', 'legacy', 'deprecated'];
const ACCESS = ['signed', 'public'];
const VERIFICATION = ['verified', 'partial', 'recalled'];
const OUTCOMES = ['ok', 'pending', 'error'];
const RETRIES = ['none', 'transient', 'transient-if-safe', 'rate-limit', 'clock-skew', 'new-nonce', 'redirect'];

interface NamespaceContext {
  readonly shapes: ReadonlyMap<string, ReadonlyMap<string, readonly RawField[]>>;
  readonly sourceKeys: ReadonlySet<string>;
  readonly errorCodes: ReadonlySet<number>;
}

class Checker {
  constructor(private readonly issues: RawIssue[], private readonly v1Files: readonly string[]) {}

  add(file: string, line: number, where: string, message: string): void {
    this.issues.push({ file, line, path: where, message });
  }

  /** Checks an object against a key table; false when it is not an object. */
  keys(file: string, line: (p: readonly (string | number)[]) => number, at: readonly (string | number)[], value: unknown, table: Table, what: string): value is Obj {
    const where = pathText(at);
    if (!isObj(value)) {
      this.add(file, line(at), where, `${what} must be a mapping`);
      return false;
    }
    for (const key of Object.keys(value)) {
      if (!(key in table)) this.add(file, line([...at, key]), `${where}.${key}`.replace(/^\./, ''), `unknown key "${key}" in ${what}; allowed: ${Object.keys(table).join(', ')}`);
    }
    for (const [key, spec] of Object.entries(table)) {
      const v = value[key];
      if (v === undefined) {
        if (spec.required) this.add(file, line(at), where, `${what} lacks the required key "${key}"`);
        continue;
      }
      if (!fitsKind(v, spec.kind)) this.add(file, line([...at, key]), `${where}.${key}`.replace(/^\./, ''), `${what}: "${key}" must be ${kindText(spec.kind)}`);
    }
    return true;
  }

  sourceList(file: string, line: number, where: string, list: unknown, keys: ReadonlySet<string>, what: string): void {
    if (!Array.isArray(list)) return;
    if (list.length === 0) this.add(file, line, where, `${what}: sources must name at least one key`);
    for (const k of list) {
      if (typeof k !== 'string' || !keys.has(k)) this.add(file, line, where, `${what}: unknown source ${JSON.stringify(k)}; declare it in sources.yaml`);
    }
    if (new Set(list).size !== list.length) this.add(file, line, where, `${what}: a source is listed twice`);
  }

  sources(doc: { value: unknown; lines: (p: readonly (string | number)[]) => number } | undefined): Set<string> {
    const keys = new Set<string>();
    if (doc === undefined) {
      this.add('sources.yaml', 0, '', 'the catalog has no sources.yaml; declare every provenance key there');
      return keys;
    }
    if (!this.keys('sources.yaml', doc.lines, [], doc.value, { sources: { required: true, kind: 'map' } }, 'sources.yaml')) return keys;
    const map = doc.value['sources'];
    if (!isObj(map)) return keys;
    const names = Object.keys(map);
    for (const name of names) {
      if (!/^(seed|S_[A-Z0-9_]+)$/.test(name)) this.add('sources.yaml', doc.lines(['sources', name]), `sources.${name}`, `source key "${name}" should be seed or S_<NAME>`);
      if (this.keys('sources.yaml', doc.lines, ['sources', name], map[name], SOURCE_KEYS_TABLE, `source ${name}`)) keys.add(name);
    }
    return keys;
  }

  errors(doc: { value: unknown; lines: (p: readonly (string | number)[]) => number } | undefined, sourceKeys: ReadonlySet<string>): Set<number> {
    const codes = new Set<number>();
    if (doc === undefined) {
      this.add('errors.yaml', 0, '', 'the catalog has no errors.yaml');
      return codes;
    }
    if (!this.keys('errors.yaml', doc.lines, [], doc.value, { codes: { required: true, kind: 'list' } }, 'errors.yaml')) return codes;
    const list = doc.value['codes'];
    if (!Array.isArray(list)) return codes;
    let previous = -Infinity;
    const names = new Set<string>();
    list.forEach((c, i) => {
      const at = ['codes', i];
      if (!this.keys('errors.yaml', doc.lines, at, c, ERROR_CODE_KEYS, `code #${i + 1}`)) return;
      const code = c['code'];
      const label = `code ${String(code)}`;
      const line = doc.lines(at);
      if (typeof code === 'number') {
        if (codes.has(code)) this.add('errors.yaml', line, pathText(at), `${label} is listed twice`);
        if (code <= previous) this.add('errors.yaml', line, pathText(at), `${label} is out of order; codes are sorted by number`);
        previous = code;
        codes.add(code);
      }
      if (typeof c['name'] === 'string') {
        if (!/^[A-Z][A-Za-z0-9]*$/.test(c['name'])) this.add('errors.yaml', line, pathText(at), `${label}: name ${c['name']} is not PascalCase`);
        if (names.has(c['name'])) this.add('errors.yaml', line, pathText(at), `${label}: name ${c['name']} is used twice`);
        names.add(c['name']);
      }
      this.oneOf('errors.yaml', line, pathText(at), c['outcome'], OUTCOMES, `${label}: outcome`);
      this.oneOf('errors.yaml', line, pathText(at), c['retry'], RETRIES, `${label}: retry`);
      if (typeof c['httpStatus'] === 'number' && (c['httpStatus'] < 100 || c['httpStatus'] > 599)) this.add('errors.yaml', line, pathText(at), `${label}: httpStatus must be 100 to 599`);
      if (c['sources'] !== undefined) this.sourceList('errors.yaml', line, pathText(at), c['sources'], sourceKeys, label);
      if (isObj(c['legacy'])) this.keys('errors.yaml', doc.lines, [...at, 'legacy'], c['legacy'], { message: { required: true, kind: 'string' }, era: { required: true, kind: 'string' } }, `${label}: legacy`);
    });
    return codes;
  }

  oneOf(file: string, line: number, where: string, v: unknown, allowed: readonly string[], what: string): void {
    if (v !== undefined && (typeof v !== 'string' || !allowed.includes(v))) this.add(file, line, where, `${what} must be one of ${allowed.join(', ')}`);
  }

  namespaceFile(file: string, value: unknown, line: (p: readonly (string | number)[]) => number, ctx: NamespaceContext): { namespace: string; groups: string[]; methods: RawMethod[] } | undefined {
    if (!this.keys(file, line, [], value, NAMESPACE_KEYS, file)) return undefined;
    const ns = value['namespace'];
    if (typeof ns !== 'string') return undefined;
    const group = typeof value['group'] === 'string' ? value['group'] : undefined;
    const expected = group === undefined ? `${ns}.yaml` : `${ns}.${group}.yaml`;
    if (file !== expected) this.add(file, 1, 'namespace', `namespace ${ns}${group ? ` with group ${group}` : ''} belongs in ${expected}`);
    if (!/^[a-z][A-Za-z0-9]*$/.test(ns)) this.add(file, line(['namespace']), 'namespace', `namespace "${ns}" is not one lower-camel word`);
    if (group === undefined && typeof value['description'] !== 'string') this.add(file, 1, '', `${file} holds the namespace itself and needs a description`);
    if (group !== undefined && !/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)*$/.test(group)) this.add(file, line(['group']), 'group', `group "${group}" must be dot-separated lower-camel words`);

    const groups = new Set<string>(group === undefined ? [] : [group]);
    if (isObj(value['groups'])) {
      for (const [g, text] of Object.entries(value['groups'])) {
        if (typeof text !== 'string') this.add(file, line(['groups', g]), `groups.${g}`, `group ${g}: the description must be text`);
        groups.add(g.split('.')[0]!);
      }
    }

    const shapes = ctx.shapes.get(ns) ?? new Map<string, readonly RawField[]>();
    const shapeNames = [...shapes.keys()];
    if (isObj(value['shapes'])) {
      const names = Object.keys(value['shapes']);
      this.sorted(file, line(['shapes']), 'shapes', names, 'shapes');
      for (const name of names) {
        const at = ['shapes', name];
        if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) this.add(file, line(at), pathText(at), `shape name ${name} is not PascalCase`);
        if (SITE_SCHEMA_SHAPES.includes(name)) this.add(file, line(at), pathText(at), `${name} is reserved for the site's own schema; do not define it`);
        const s = value['shapes'][name];
        const table = this.v1Files.includes(file) ? { ...SHAPE_KEYS, sources: { required: false, kind: 'list' as const } } : SHAPE_KEYS;
        if (!this.keys(file, line, at, s, table, `shape ${name}`)) continue;
        if (s['sources'] !== undefined) this.sourceList(file, line(at), pathText(at), s['sources'], ctx.sourceKeys, `shape ${name}`);
        if (Array.isArray(s['fields'])) this.fields(file, line, [...at, 'fields'], s['fields'], shapeNames, ctx, `shape ${name}`, 'shape');
      }
    }

    const methods: RawMethod[] = [];
    if (Array.isArray(value['methods'])) {
      const list = value['methods'];
      this.sorted(file, line(['methods']), 'methods', list.filter(isObj).map((m) => String(m['name'])), 'methods');
      list.forEach((m, i) => {
        const at = ['methods', i];
        if (!this.keys(file, line, at, m, METHOD_KEYS, `method #${i + 1}`)) return;
        const name = typeof m['name'] === 'string' ? m['name'] : `#${i + 1}`;
        const label = `${ns}.${name}`;
        const l = line(at);
        const where = pathText(at);
        if (!/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/.test(name)) this.add(file, l, where, `${label}: method names are dot-separated words`);
        if (name.startsWith(`${ns}.`)) this.add(file, l, where, `${label}: the name must not repeat the namespace`);
        if (group !== undefined && !name.startsWith(`${group}.`)) this.add(file, l, where, `${label}: methods of ${file} start with ${group}.`);
        groups.add(groupOf(name));
        this.oneOf(file, l, where, m['status'], STATUSES, `${label}: status`);
        this.oneOf(file, l, where, m['access'], ACCESS, `${label}: access`);
        this.oneOf(file, l, where, m['verification'], VERIFICATION, `${label}: verification`);
        if (m['status'] === 'deprecated' && typeof m['deprecated'] !== 'string') this.add(file, l, where, `${label}: a deprecated method says what to use instead (deprecated:)`);
        if (m['status'] === 'active' && m['deprecated'] !== undefined) this.add(file, l, where, `${label}: an active method has no deprecated note`);
        this.sourceList(file, l, where, m['sources'], ctx.sourceKeys, label);
        if (Array.isArray(m['notes'])) m['notes'].forEach((n, j) => { if (typeof n !== 'string') this.add(file, l, `${where}.notes[${j}]`, `${label}: notes are sentences`); });
        const params = Array.isArray(m['params']) ? m['params'] : [];
        this.fields(file, line, [...at, 'params'], params, shapeNames, ctx, label, 'param');
        let responseExtends: string[] = [];
        let responseFields: Obj[] = [];
        const response = m['response'];
        if (this.keys(file, line, [...at, 'response'], response, RESPONSE_KEYS, `${label}: response`)) {
          responseExtends = Array.isArray(response['extends']) ? response['extends'].map(String) : [];
          responseFields = Array.isArray(response['fields']) ? response['fields'].filter(isObj) : [];
          const seen = new Map<string, string>();
          for (const s of responseExtends) {
            const fields = shapes.get(s);
            if (fields === undefined) { this.add(file, l, `${where}.response.extends`, `${label}: extends unknown shape ${s}`); continue; }
            for (const f of fields) {
              const other = seen.get(f.name);
              if (other !== undefined) this.add(file, l, `${where}.response.extends`, `${label}: shapes ${other} and ${s} both have field ${f.name}`);
              seen.set(f.name, s);
              if (ENVELOPE_FIELDS.includes(f.name)) this.add(file, l, `${where}.response.extends`, `${label}: ${s}.${f.name} is an envelope field`);
            }
          }
          if (Array.isArray(response['fields'])) this.fields(file, line, [...at, 'response', 'fields'], response['fields'], shapeNames, ctx, `${label} response`, 'response');
          for (const f of responseFields) {
            const from = seen.get(String(f['name']));
            if (from !== undefined) this.add(file, l, `${where}.response.fields`, `${label}: response field ${String(f['name'])} repeats a field of ${from}`);
          }
        }
        this.errorRefs(file, l, `${where}.errors`, m['errors'], ctx, label);
        if (m['cursor'] !== undefined && this.keys(file, line, [...at, 'cursor'], m['cursor'], CURSOR_KEYS, `${label}: cursor`)) {
          const c = m['cursor'];
          const paramNames = params.filter(isObj).map((p) => p['name']);
          const fieldNames = [...responseFields.map((f) => f['name']), ...responseExtends.flatMap((s) => (shapes.get(s) ?? []).map((f) => f.name))];
          for (const k of ['open', 'param']) if (!paramNames.includes(c[k])) this.add(file, l, `${where}.cursor.${k}`, `${label}: cursor.${k} names no param of the method`);
          for (const k of ['next', 'items']) if (!fieldNames.includes(c[k])) this.add(file, l, `${where}.cursor.${k}`, `${label}: cursor.${k} names no response field of the method`);
        }
        methods.push({
          file,
          namespace: ns,
          name,
          wireName: `${ns}.${name}`,
          params: params.filter(isObj).map(rawField),
          responseExtends,
          responseFields: responseFields.map(rawField),
        });
      });
    }
    return { namespace: ns, groups: [...groups], methods };
  }

  sorted(file: string, line: number, where: string, names: readonly string[], what: string): void {
    for (let i = 1; i < names.length; i++) {
      if (compareStrings(names[i - 1]!, names[i]!) >= 0) {
        this.add(file, line, where, `${what} are written sorted by name (code-point order): ${names[i]} comes after ${names[i - 1]}`);
        return;
      }
    }
  }

  errorRefs(file: string, line: number, where: string, list: unknown, ctx: NamespaceContext, label: string): void {
    if (!Array.isArray(list)) return;
    const seen = new Set<number>();
    list.forEach((e, i) => {
      let code: unknown = e;
      if (isObj(e)) {
        this.keys(file, () => line, [], e, ERROR_REF_KEYS, `${label}: errors[${i}]`);
        code = e['code'];
        if (e['inferred'] !== undefined && e['sources'] !== undefined) this.add(file, line, `${where}[${i}]`, `${label}: error ${String(code)} is either inferred (with a reason) or documented by sources, not both`);
        if (e['inferred'] === undefined && e['sources'] === undefined) this.add(file, line, `${where}[${i}]`, `${label}: error ${String(code)} written as an object needs inferred: <reason> or sources:`);
        if (e['sources'] !== undefined) this.sourceList(file, line, `${where}[${i}]`, e['sources'], ctx.sourceKeys, `${label}: error ${String(code)}`);
      }
      if (typeof code !== 'number' || !Number.isInteger(code)) { this.add(file, line, `${where}[${i}]`, `${label}: error codes are whole numbers`); return; }
      if (!ctx.errorCodes.has(code)) this.add(file, line, `${where}[${i}]`, `${label}: error ${code} is not in errors.yaml`);
      if (seen.has(code)) this.add(file, line, `${where}[${i}]`, `${label}: error ${code} is listed twice`);
      seen.add(code);
    });
  }

  fields(file: string, line: (p: readonly (string | number)[]) => number, at: readonly (string | number)[], list: readonly unknown[], shapes: readonly string[], ctx: NamespaceContext, owner: string, role: 'param' | 'response' | 'shape'): void {
    const names = new Set<string>();
    list.forEach((f, i) => {
      const here = [...at, i];
      if (!this.keys(file, line, here, f, FIELD_KEYS, `${owner}: field #${i + 1}`)) return;
      const name = String(f['name']);
      const label = `${owner}: ${role === 'param' ? 'param' : 'field'} ${name}`;
      const l = line(here);
      const where = pathText(here);
      if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) this.add(file, l, where, `${label}: names start with a letter, _ or $ and hold letters, digits, _ or $`);
      if (names.has(name)) this.add(file, l, where, `${label} is listed twice`);
      names.add(name);
      if (role === 'param' && CLIENT_PARAMS.includes(name)) this.add(file, l, where, `${label} is set by the client itself from credentials and options; say so in notes instead`);
      if (role === 'response' && ENVELOPE_FIELDS.includes(name)) this.add(file, l, where, `${label} is an envelope field, typed once by the runtime`);
      const type = typeof f['type'] === 'string' ? f['type'] : '';
      const problem = typeProblem(type, shapes);
      if (problem !== undefined) this.add(file, l, where, `${label}: ${problem}`);
      for (const key of ['enum', 'suggest'] as const) {
        const values = f[key];
        if (values === undefined) continue;
        if (!ENUM_TYPES.includes(type)) this.add(file, l, where, `${label}: ${key} is only for ${ENUM_TYPES.join(', ')}`);
        if (!Array.isArray(values) || values.length === 0 || values.some((v) => typeof v !== 'string')) this.add(file, l, where, `${label}: ${key} is a non-empty list of text values`);
        else if (new Set(values).size !== values.length) this.add(file, l, where, `${label}: a ${key} value is listed twice`);
      }
      if (f['enum'] !== undefined && f['suggest'] !== undefined) this.add(file, l, where, `${label}: enum and suggest do not go together`);
      if (f['default'] !== undefined) {
        const d = f['default'];
        const fits = type === 'bool' ? typeof d === 'boolean'
          : ['int', 'long', 'timestamp'].includes(type) ? Number.isInteger(d)
          : type === 'float' ? typeof d === 'number'
          : typeof d === 'string';
        if (!fits) this.add(file, l, where, `${label}: default ${JSON.stringify(d)} does not fit type ${type}`);
        if (Array.isArray(f['enum']) && type === 'string' && !f['enum'].includes(d)) this.add(file, l, where, `${label}: default ${JSON.stringify(d)} is not in the enum`);
      }
      if (f['sources'] !== undefined) this.sourceList(file, l, where, f['sources'], ctx.sourceKeys, label);
      if (f['recalled'] === true && Array.isArray(f['sources']) && f['sources'].some((s) => s !== 'S_KNOW')) this.add(file, l, where, `${label}: recalled means only S_KNOW backs it, yet other sources are named`);
    });
  }
}

function typeProblem(text: string, shapes: readonly string[]): string | undefined {
  const known = (t: string): boolean => (PRIMITIVE_TYPES as readonly string[]).includes(t) || shapes.includes(t) || SITE_SCHEMA_SHAPES.includes(t);
  const inner = (t: string): string | undefined => {
    if (t.endsWith('[]')) return t === 'csv[]' ? 'csv is a whole field type; use string[]' : inner(t.slice(0, -2));
    const m = /^map<(.+)>$/.exec(t);
    if (m) return m[1] === 'csv' ? 'csv is a whole field type; use map<string>' : inner(m[1]!);
    return known(t) ? undefined : `unknown type "${t}"`;
  };
  if (text === '') return 'the type is missing';
  return inner(text);
}

function fitsKind(v: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'string': return typeof v === 'string' && v.trim() !== '';
    case 'bool': return typeof v === 'boolean';
    case 'number': return typeof v === 'number' && Number.isInteger(v);
    case 'list': return Array.isArray(v);
    case 'map': return isObj(v);
    case 'url': return typeof v === 'string' && /^https?:\/\/\S+$/.test(v);
    case 'any': return true;
  }
}

function kindText(kind: Kind): string {
  return { string: 'non-empty text', bool: 'true or false', number: 'a whole number', list: 'a list', map: 'a mapping', url: 'an http(s) URL', any: 'a value' }[kind];
}

function pathText(p: readonly (string | number)[]): string {
  return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

