/**
 * Reads the catalog YAML and checks it. Every problem is collected with its file, line and path
 * inside the file, and all of them are thrown together as one `CatalogError`, so one run shows
 * everything to fix. Messages end with what to do.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLMap } from 'yaml';
import { CLIENT_PARAMS, LOCAL_ERROR_CODES } from '../src/runtime.js';
import {
  ACCESS_MODES,
  buildNamespace,
  compareStrings,
  METHOD_STATUSES,
  OUTCOMES,
  RETRY_CLASSES,
  VERIFICATIONS,
  typeToText,
  type CatalogIR,
  type CheckedNamespace,
  type ErrorCodeIR,
  type FieldIR,
  type MethodIR,
  type NamespaceIR,
  type Outcome,
  type RetryClass,
  type SourceLocation,
  type TypeRef,
  type Verification,
} from './ir.js';
import {
  ERROR_NAME,
  ERRORS_MODULE_NAMES,
  FIELD_NAME,
  METHOD_NAME,
  NAMESPACE_NAME,
  PRIMITIVE_TYPES,
  ROOT_INDEX_NAMES,
  RUNTIME_IMPORTS,
  SHAPE_NAME,
  ZOD_NAMESPACE,
  pascalCase,
  type PrimitiveType,
} from './naming.js';

/** One catalog file's text. */
export interface CatalogSource {
  /** Path shown in messages (`catalog/socialize.yaml`). */
  readonly displayPath: string;
  /** Path named in generated banners; must not depend on the working directory. */
  readonly bannerPath: string;
  /** File name (`socialize.yaml`, `errors.yaml`). */
  readonly fileName: string;
  readonly text: string;
}

export interface CatalogIssue {
  readonly file: string;
  readonly line: number;
  /** Path inside the file (`methods[3].params[1]`); empty for the whole file. */
  readonly path: string;
  /** What is wrong, then `; ` and what to do. */
  readonly message: string;
}

export function formatIssue(issue: CatalogIssue): string {
  return `${issue.file}:${issue.line}${issue.path ? ` ${issue.path}` : ''}: ${issue.message}`;
}

/** The catalog has problems; `issues` lists every one, sorted by file and line. */
export class CatalogError extends Error {
  readonly issues: readonly CatalogIssue[];
  constructor(issues: readonly CatalogIssue[]) {
    const sorted = [...issues].sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line);
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    super(`The catalog has ${count}:\n${sorted.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.name = 'CatalogError';
    this.issues = sorted;
  }
}

export const ERRORS_FILE = 'errors.yaml';

export const SOURCE_KEYS: readonly string[] = [
  'seed', 'S_TSW', 'S_SH', 'S_GRZ', 'S_WIKI', 'S_CONF', 'S_HELP', 'S_JAVA', 'S_PHP', 'S_DOTNET',
  'S_ANDROID', 'S_SWIFT', 'S_TOOLKIT', 'S_GIST', 'S_LIVE', 'S_KNOW',
];
/** Client members a namespace property must not shadow (`then` would make the client a thenable). */
const RESERVED_NAMESPACES: readonly string[] = ['call', 'close', 'invoke', 'then', 'toJSON', 'constructor'];
/** Fields of every response envelope (`ResponseEnvelope` in src/runtime.ts); a method's response must not redefine them. */
const ENVELOPE_FIELDS: readonly string[] = ['callId', 'errorCode', 'statusCode', 'statusReason', 'time', 'apiVersion', 'errorMessage', 'errorDetails'];
/** Types `enum` may restrict. */
const ENUM_TYPES = ['string', 'csv', 'string[]'];

/**
 * Reads `errors.yaml` and every other `*.yaml` of a catalog dir. `errorsFallback` is used when the
 * dir has no errors.yaml (a user's own catalog reusing the built-in error table).
 */
export function readCatalogDir(dir: string, options: { errorsFallback?: string } = {}): CatalogSource[] {
  const absDir = path.resolve(dir);
  if (!existsSync(absDir)) throw new CatalogError([{ file: displayPath(absDir), line: 0, path: '', message: 'catalog directory does not exist; pass --catalog DIR with a folder holding errors.yaml and <namespace>.yaml files' }]);
  const names = readdirSync(absDir).sort(compareStrings);
  const sources: CatalogSource[] = [];
  const issues: CatalogIssue[] = [];
  for (const name of names) {
    const full = path.join(absDir, name);
    if (name.endsWith('.yml')) {
      issues.push({ file: displayPath(full), line: 1, path: '', message: `catalog files use the .yaml extension; rename it to ${name.slice(0, -4)}.yaml` });
      continue;
    }
    if (!name.endsWith('.yaml')) continue;
    sources.push({ displayPath: displayPath(full), bannerPath: `${path.basename(absDir)}/${name}`, fileName: name, text: readFileSync(full, 'utf8') });
  }
  if (!names.includes(ERRORS_FILE)) {
    if (options.errorsFallback !== undefined && existsSync(options.errorsFallback)) {
      const full = path.resolve(options.errorsFallback);
      sources.push({ displayPath: displayPath(full), bannerPath: `${path.basename(path.dirname(full))}/${ERRORS_FILE}`, fileName: ERRORS_FILE, text: readFileSync(full, 'utf8') });
    } else {
      issues.push({ file: displayPath(absDir), line: 0, path: '', message: `no ${ERRORS_FILE} in the catalog directory; add one (format: catalog/README.md)` });
    }
  }
  if (issues.length > 0) throw new CatalogError(issues);
  return sources;
}

/** Reads and checks a catalog dir. Throws `CatalogError` listing every problem. */
export function loadCatalog(dir: string, options: { errorsFallback?: string } = {}): CatalogIR {
  return parseCatalog(readCatalogDir(dir, options));
}

/** A path for messages: relative to the working directory when inside it, POSIX separators. */
function displayPath(full: string): string {
  const rel = path.relative(process.cwd(), full);
  const shown = rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? full : rel;
  return shown.split(path.sep).join('/');
}

/** Checks catalog sources (one errors.yaml plus namespace files) and builds the IR. */
export function parseCatalog(sources: readonly CatalogSource[]): CatalogIR {
  const issues: CatalogIssue[] = [];
  const errorSources = sources.filter((s) => s.fileName === ERRORS_FILE);
  const nsSources = sources.filter((s) => s.fileName !== ERRORS_FILE);
  if (errorSources.length !== 1) {
    throw new CatalogError([{ file: errorSources[1]?.displayPath ?? '(catalog)', line: 0, path: '', message: `expected exactly one ${ERRORS_FILE}, got ${errorSources.length}; keep one error table per catalog` }]);
  }
  const errorsSource = errorSources[0] as CatalogSource;
  const codes = readErrorsFile(errorsSource, issues);
  const byCode = new Map(codes.map((c) => [c.code, c] as const));

  const checked: CheckedNamespace[] = [];
  for (const source of nsSources) {
    const ns = readNamespaceFile(source, byCode, errorsSource.displayPath, issues);
    if (ns) checked.push(ns);
  }
  const seenNs = new Map<string, CatalogSource>();
  for (const [i, ns] of checked.entries()) {
    const prev = seenNs.get(ns.name);
    const src = nsSources[i] as CatalogSource;
    if (prev) issues.push({ file: src.displayPath, line: 1, path: 'namespace', message: `namespace "${ns.name}" is also defined in ${prev.displayPath}; keep one file per namespace` });
    seenNs.set(ns.name, src);
  }
  const namespaces = checked.map((ns) => buildNamespace(ns, byCode)).sort((a, b) => compareStrings(a.name, b.name));
  checkGeneratedNames(namespaces, issues);
  if (issues.length > 0) throw new CatalogError(issues);
  return { errors: { sourceFile: errorsSource.bannerPath, codes: [...codes].sort((a, b) => a.code - b.code) }, namespaces };
}

// ---------------------------------------------------------------------------------------------
// Reading YAML nodes with positions

export type Spec = Readonly<Record<string, { readonly required: boolean; readonly hint: string }>>;

interface Entry {
  readonly value: Node | null;
  readonly line: number;
}

class FileReader {
  readonly lines = new LineCounter();
  readonly doc: Document.Parsed;
  constructor(
    readonly source: CatalogSource,
    readonly issues: CatalogIssue[],
  ) {
    // Repeated keys are reported by `object()`, which can name the key and both lines.
    this.doc = parseDocument(source.text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: false });
    for (const error of this.doc.errors) {
      const line = this.lines.linePos(error.pos[0]).line;
      const text = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
      this.add(line, '', `YAML error: ${text}; fix the YAML syntax`);
    }
  }

  get ok(): boolean {
    return this.doc.errors.length === 0;
  }

  add(line: number, where: string, message: string): void {
    this.issues.push({ file: this.source.displayPath, line, path: where, message });
  }

  lineOf(node: Node | null | undefined, fallback = 1): number {
    const offset = node?.range?.[0];
    return offset === undefined ? fallback : this.lines.linePos(offset).line;
  }

  deref(node: unknown): Node | null {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return (node.resolve(this.doc) as Node | undefined) ?? null;
    return node as Node;
  }

  /**
   * The keys of a mapping, checked against `spec`: unknown keys and missing required keys are
   * reported. Without a spec (a mapping of names, like `shapes`) any key is allowed.
   */
  object(node: Node | null, line: number, where: string, what: string, spec?: Spec): Map<string, Entry> | undefined {
    if (!isMap(node)) {
      this.add(line, where, `${what} must be a mapping (key: value lines), not ${describe(node)}; write it as key: value pairs`);
      return undefined;
    }
    const entries = new Map<string, Entry>();
    const repeated = new Map<string, Entry>();
    const allowed = spec ? Object.keys(spec) : [];
    for (const pair of (node as YAMLMap<unknown, unknown>).items) {
      const keyNode = this.deref(pair.key);
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      const keyLine = this.lineOf(keyNode, this.lineOf(node));
      if (key === undefined) {
        this.add(keyLine, where, `${what} has a key that is not plain text; use simple keys`);
        continue;
      }
      const first = entries.get(key) ?? repeated.get(key);
      if (first !== undefined) {
        this.add(keyLine, where, where === 'shapes' ? `shape "${key}" is defined twice (first at line ${first.line}); rename or remove one` : `${what} has key "${key}" twice (first at line ${first.line}); remove or rename one`);
        continue;
      }
      if (spec && !Object.hasOwn(spec, key)) {
        repeated.set(key, { value: null, line: keyLine });
        const close = closest(key, allowed);
        this.add(keyLine, where, close ? `${what} has unknown key "${key}"; rename it to "${close}" or remove it` : `${what} has unknown key "${key}"; remove it (allowed keys: ${allowed.join(', ')})`);
        continue;
      }
      entries.set(key, { value: this.deref(pair.value), line: keyLine });
    }
    for (const [key, rule] of Object.entries(spec ?? {})) {
      if (rule.required && !entries.has(key)) this.add(this.lineOf(node), where, `${what} has no "${key}"; add ${key}: ${rule.hint}`);
    }
    return entries;
  }

  private bad(entry: Entry, where: string, key: string, what: string, expected: string, hint: string): undefined {
    this.add(this.lineOf(entry.value, entry.line), join(where, key), `${what}: ${key} must be ${expected}, not ${describe(entry.value)}; write ${key}: ${hint}`);
    return undefined;
  }

  text(entries: Map<string, Entry>, key: string, where: string, what: string, spec: Spec): string | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    const v = entry.value;
    if (isScalar(v) && typeof v.value === 'string' && v.value.trim() !== '') return v.value.trim();
    return this.bad(entry, where, key, what, 'text', spec[key]?.hint ?? '<text>');
  }

  bool(entries: Map<string, Entry>, key: string, where: string, what: string): boolean | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    const v = entry.value;
    if (isScalar(v) && typeof v.value === 'boolean') return v.value;
    return this.bad(entry, where, key, what, 'true or false', 'true or false');
  }

  int(entries: Map<string, Entry>, key: string, where: string, what: string, hint: string): number | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    const v = entry.value;
    if (isScalar(v) && typeof v.value === 'number' && Number.isSafeInteger(v.value) && v.value >= 0) return v.value;
    return this.bad(entry, where, key, what, 'a whole number', hint);
  }

  oneOf<T extends string>(entries: Map<string, Entry>, key: string, where: string, what: string, values: readonly T[]): T | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    const v = entry.value;
    if (isScalar(v) && typeof v.value === 'string' && (values as readonly string[]).includes(v.value)) return v.value as T;
    return this.bad(entry, where, key, what, `one of ${values.join(', ')}`, values.join(' | '));
  }

  url(entries: Map<string, Entry>, key: string, where: string, what: string): string | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    const v = entry.value;
    if (isScalar(v) && typeof v.value === 'string' && /^https?:\/\/\S+$/.test(v.value.trim())) return v.value.trim();
    return this.bad(entry, where, key, what, 'an http(s) URL', 'https://…');
  }

  /** A list; items are returned with their own path and line. */
  list(entries: Map<string, Entry>, key: string, where: string, what: string, hint: string): { node: Node | null; line: number; where: string }[] | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    const v = entry.value;
    if (!isSeq(v)) return this.bad(entry, where, key, what, 'a list', hint);
    return v.items.map((item, i) => {
      const node = this.deref(item);
      return { node, line: this.lineOf(node, this.lineOf(v)), where: `${join(where, key)}[${i}]` };
    });
  }

  textList(entries: Map<string, Entry>, key: string, where: string, what: string, hint: string): string[] | undefined {
    const items = this.list(entries, key, where, what, hint);
    if (!items) return undefined;
    const out: string[] = [];
    for (const item of items) {
      if (isScalar(item.node) && typeof item.node.value === 'string' && item.node.value.trim() !== '') out.push(item.node.value.trim());
      else this.add(item.line, item.where, `${what}: every item of ${key} must be text, not ${describe(item.node)}; write ${key}: ${hint}`);
    }
    return out;
  }

  sources(entries: Map<string, Entry>, where: string, what: string): string[] {
    const list = this.list(entries, 'sources', where, what, '[S_TSW, seed]') ?? [];
    const out: string[] = [];
    for (const item of list) {
      const value = isScalar(item.node) ? String(item.node.value) : undefined;
      if (value !== undefined && SOURCE_KEYS.includes(value)) {
        out.push(value);
      } else {
        const close = value === undefined ? undefined : closest(value, SOURCE_KEYS);
        this.add(item.line, item.where, `${what}: unknown source ${value === undefined ? describe(item.node) : `"${value}"`}; ${close ? `did you mean "${close}"?` : `use one of ${SOURCE_KEYS.join(', ')}`}`);
      }
    }
    return out;
  }
}

function join(where: string, key: string): string {
  return where ? `${where}.${key}` : key;
}

function describe(node: Node | null): string {
  if (node === null) return 'empty';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    if (node.value === null) return 'empty';
    return typeof node.value === 'string' ? JSON.stringify(node.value) : String(node.value);
  }
  return 'an unsupported value';
}

/** The allowed word closest to a typo, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] as number;
      row[j] = Math.min(up + 1, (row[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length] as number;
}

// ---------------------------------------------------------------------------------------------
// errors.yaml

const ERRORS_ROOT: Spec = { codes: { required: true, hint: 'a list of error codes' } };
const ERROR_SPEC: Spec = {
  code: { required: true, hint: '<number, e.g. 403003>' },
  name: { required: true, hint: '<PascalCase name, e.g. InvalidRequestSignature>' },
  message: { required: true, hint: "<Gigya's own message for the code>" },
  description: { required: true, hint: '<what the code means and what to do>' },
  httpStatus: { required: true, hint: '<number, usually code / 1000, e.g. 403>' },
  outcome: { required: true, hint: 'ok | pending | error' },
  retry: { required: true, hint: RETRY_CLASSES.join(' | ') },
  common: { required: false, hint: 'true or false' },
  legacy: { required: false, hint: '{ message: …, era: … }' },
  sources: { required: false, hint: '[S_GRZ, seed]' },
};
const LEGACY_SPEC: Spec = {
  message: { required: true, hint: '<the older message>' },
  era: { required: true, hint: '<which table, e.g. 2010 Socialize REST table>' },
};

function readErrorsFile(source: CatalogSource, issues: CatalogIssue[]): ErrorCodeIR[] {
  const r = new FileReader(source, issues);
  if (!r.ok) return [];
  const root = r.object(r.deref(r.doc.contents), 1, '', 'errors.yaml', ERRORS_ROOT);
  if (!root) return [];
  const items = r.list(root, 'codes', '', 'errors.yaml', '- code: …') ?? [];
  const out: ErrorCodeIR[] = [];
  const seenCodes = new Map<number, number>();
  const seenNames = new Map<string, { line: number; code: number | undefined }>();
  for (const item of items) {
    const codeGuess = isMap(item.node) ? item.node.get('code') : undefined;
    const what = typeof codeGuess === 'number' ? `error ${codeGuess}` : `error at ${item.where}`;
    const e = r.object(item.node, item.line, item.where, what, ERROR_SPEC);
    if (!e) continue;
    const code = r.int(e, 'code', item.where, what, '<number, e.g. 403003>');
    const name = r.text(e, 'name', item.where, what, ERROR_SPEC);
    const message = r.text(e, 'message', item.where, what, ERROR_SPEC);
    const description = r.text(e, 'description', item.where, what, ERROR_SPEC);
    const httpStatus = r.int(e, 'httpStatus', item.where, what, '<number, e.g. 403>');
    const outcome = r.oneOf<Outcome>(e, 'outcome', item.where, what, OUTCOMES);
    const retry = r.oneOf<RetryClass>(e, 'retry', item.where, what, RETRY_CLASSES);
    const common = r.bool(e, 'common', item.where, what) ?? false;
    const sources = r.sources(e, item.where, what);
    let legacy: { message: string; era: string } | undefined;
    const legacyEntry = e.get('legacy');
    if (legacyEntry) {
      const lw = join(item.where, 'legacy');
      const l = r.object(legacyEntry.value, legacyEntry.line, lw, `legacy note of ${what}`, LEGACY_SPEC);
      if (l) {
        const lm = r.text(l, 'message', lw, `legacy note of ${what}`, LEGACY_SPEC);
        const era = r.text(l, 'era', lw, `legacy note of ${what}`, LEGACY_SPEC);
        if (lm !== undefined && era !== undefined) legacy = { message: lm, era };
      }
    }
    if (name !== undefined && !ERROR_NAME.test(name)) {
      r.add(e.get('name')?.line ?? item.line, join(item.where, 'name'), `${what}: name "${name}" must be PascalCase letters and digits (it becomes ErrorCode.${name}); rename it to "${pascalCase(name.replace(/[^A-Za-z0-9]+/g, ' '))}"`);
    }
    if (httpStatus !== undefined && (httpStatus < 100 || httpStatus > 599)) {
      r.add(e.get('httpStatus')?.line ?? item.line, join(item.where, 'httpStatus'), `${what}: httpStatus ${httpStatus} is not an HTTP status; use a number from 100 to 599 (usually code / 1000)`);
    }
    if (code !== undefined) {
      const first = seenCodes.get(code);
      if (first !== undefined) r.add(item.line, item.where, `duplicate error code ${code} (first at line ${first}); each code appears once, remove one`);
      else seenCodes.set(code, item.line);
    }
    if (name !== undefined) {
      const first = seenNames.get(name);
      if (first !== undefined) r.add(e.get('name')?.line ?? item.line, join(item.where, 'name'), `duplicate error name "${name}" (first at line ${first.line}, code ${first.code}); give each code its own name`);
      else seenNames.set(name, { line: e.get('name')?.line ?? item.line, code });
    }
    if (code === undefined || name === undefined || message === undefined || description === undefined || httpStatus === undefined || outcome === undefined || retry === undefined) continue;
    if (seenCodes.get(code) !== item.line) continue;
    out.push({
      code,
      name,
      message,
      description,
      httpStatus,
      outcome,
      retry,
      common,
      ...(legacy ? { legacy } : {}),
      sources,
      location: { file: source.displayPath, line: item.line, path: item.where },
    });
  }
  // The client raises these for any method, so every method's error union must contain them.
  for (const [code, when] of LOCAL_ERROR_CODES) {
    const entry = out.find((e) => e.code === code);
    if (!entry) {
      // An entry that failed its own checks is reported already.
      const written = items.some((item) => isMap(item.node) && item.node.get('code') === code);
      if (!written) r.add(1, 'codes', `errors.yaml has no code ${code}, which the client raises itself for any method (${when}); add it with outcome: error and common: true`);
    } else if (!entry.common || entry.outcome !== 'error') {
      r.add(entry.location.line, entry.location.path, `error ${code} is raised by the client itself for any method (${when}); give it outcome: error and common: true`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// <namespace>.yaml

const NS_ROOT: Spec = {
  namespace: { required: true, hint: '<name, e.g. socialize>' },
  description: { required: true, hint: '<one paragraph about the namespace>' },
  docs: { required: false, hint: 'https://…' },
  shapes: { required: false, hint: 'a mapping of shape names to shapes' },
  methods: { required: false, hint: 'a list of methods' },
};
const SHAPE_SPEC: Spec = {
  description: { required: true, hint: '<what the object is>' },
  fields: { required: true, hint: 'a list of fields (- name: …)' },
};
const METHOD_SPEC: Spec = {
  name: { required: true, hint: '<method name without the namespace, e.g. setStatus>' },
  description: { required: true, hint: '<what the method does>' },
  status: { required: false, hint: METHOD_STATUSES.join(' | ') },
  deprecated: { required: false, hint: '<what to use instead>' },
  access: { required: false, hint: ACCESS_MODES.join(' | ') },
  safeToRepeat: { required: true, hint: 'true or false (true only if sending the same call twice cannot do harm)' },
  docs: { required: false, hint: 'https://…' },
  sources: { required: false, hint: '[S_TSW, seed]' },
  verification: { required: false, hint: VERIFICATIONS.join(' | ') },
  params: { required: true, hint: 'a list of params (- name: …), or [] when the method takes none' },
  response: { required: true, hint: '{ fields: [...] }, or { fields: [] } when it returns only the envelope' },
  errors: { required: true, hint: '[403005, 500024], or [] when its documentation names none' },
  notes: { required: false, hint: '[<note>]' },
};
const RESPONSE_SPEC: Spec = {
  extends: { required: false, hint: '[<Shape>]' },
  fields: { required: true, hint: 'a list of fields (- name: …), or [] when there are none' },
};
const FIELD_SPEC: Spec = {
  name: { required: true, hint: '<name as sent on the wire>' },
  type: { required: true, hint: `<type: ${PRIMITIVE_TYPES.join(', ')}, a shape, T[] or map<T>>` },
  required: { required: true, hint: 'true or false' },
  doc: { required: true, hint: '<one or two sentences>' },
  enum: { required: false, hint: '[value1, value2]' },
  suggest: { required: false, hint: '[value1, value2]' },
  default: { required: false, hint: '<value>' },
  referenceName: { required: false, hint: '<spelling in the current reference>' },
  deprecated: { required: false, hint: '<deprecation note>' },
  recalled: { required: false, hint: 'true or false' },
};

/** Every key table of the format, as documented in catalog/README.md (test/codegen/readme.test.ts compares them). */
export const CATALOG_KEYS: Readonly<Record<string, Spec>> = {
  'Namespace keys': NS_ROOT,
  'Shape keys': SHAPE_SPEC,
  'Method keys': METHOD_SPEC,
  'Response keys': RESPONSE_SPEC,
  'Field keys (params, response fields, shape fields)': FIELD_SPEC,
  'Error file keys': ERRORS_ROOT,
  'Error code keys': ERROR_SPEC,
  'Legacy keys': LEGACY_SPEC,
};

type FieldRole = 'param' | 'response field' | 'field';

interface NsContext {
  readonly r: FileReader;
  readonly shapeNames: readonly string[];
  /** Display path of errors.yaml, named in fixes. */
  readonly errorsFile: string;
}

function readNamespaceFile(source: CatalogSource, codes: ReadonlyMap<number, ErrorCodeIR>, errorsFile: string, issues: CatalogIssue[]): CheckedNamespace | undefined {
  const r = new FileReader(source, issues);
  if (!r.ok) return undefined;
  const contents = r.deref(r.doc.contents);
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    r.add(1, '', `the file is empty; start it with namespace: ${source.fileName.replace(/\.yaml$/, '')} (format: catalog/README.md)`);
    return undefined;
  }
  const root = r.object(contents, 1, '', 'the namespace file', NS_ROOT);
  if (!root) return undefined;
  const expected = source.fileName.replace(/\.yaml$/, '');
  const name = r.text(root, 'namespace', '', 'the namespace file', NS_ROOT);
  if (name !== undefined) {
    const line = root.get('namespace')?.line ?? 1;
    if (!NAMESPACE_NAME.test(name)) r.add(line, 'namespace', `namespace "${name}" must be one lower-camel word (letters and digits); rename it`);
    else if (RESERVED_NAMESPACES.includes(name)) r.add(line, 'namespace', `namespace "${name}" would clash with client.${name} (a member of every client); rename it`);
    else if (name !== expected) r.add(line, 'namespace', `namespace "${name}" does not match the file name ${source.fileName}; rename the file to ${name}.yaml or set namespace: ${expected}`);
  }
  const description = r.text(root, 'description', '', 'the namespace file', NS_ROOT);
  const docs = r.url(root, 'docs', '', 'the namespace file');

  // Shapes first: field types may name any shape, in any order.
  const shapeEntry = root.get('shapes');
  const shapeMap = shapeEntry ? r.object(shapeEntry.value, shapeEntry.line, 'shapes', 'shapes') : undefined;
  const shapeNamesList = shapeMap ? [...shapeMap.keys()] : [];
  const ctx: NsContext = { r, shapeNames: shapeNamesList.filter((s) => SHAPE_NAME.test(s)), errorsFile };
  const shapes: CheckedNamespace['shapes'][number][] = [];
  for (const [shapeName, entry] of shapeMap ?? []) {
    const where = `shapes.${shapeName}`;
    const what = `shape "${shapeName}"`;
    if (!SHAPE_NAME.test(shapeName)) {
      r.add(entry.line, where, `shape name "${shapeName}" must be PascalCase (letters and digits); rename it to "${pascalCase(shapeName.replace(/[^A-Za-z0-9]+/g, ' '))}"`);
      continue;
    }
    if ((PRIMITIVE_TYPES as readonly string[]).includes(shapeName)) continue;
    const s = r.object(entry.value, entry.line, where, what, SHAPE_SPEC);
    if (!s) continue;
    const shapeDescription = r.text(s, 'description', where, what, SHAPE_SPEC);
    const fields = readFields(ctx, s, 'fields', where, 'field', `of shape "${shapeName}"`);
    if (shapeDescription === undefined || fields === undefined) continue;
    shapes.push({ name: shapeName, description: shapeDescription, fields, location: { file: source.displayPath, line: entry.line, path: where } });
  }

  const methods: CheckedNamespace['methods'][number][] = [];
  const methodItems = r.list(root, 'methods', '', 'the namespace file', 'a list of methods (- name: …)') ?? [];
  const seenMethods = new Map<string, number>();
  for (const [index, item] of methodItems.entries()) {
    const guess = isMap(item.node) ? item.node.get('name') : undefined;
    const what = typeof guess === 'string' ? `method "${guess}"` : `method #${index + 1}`;
    const m = r.object(item.node, item.line, item.where, what, METHOD_SPEC);
    if (!m) continue;
    const method = readMethod(ctx, m, item, what, name ?? expected, codes);
    if (!method) continue;
    const first = seenMethods.get(method.name);
    if (first !== undefined) {
      r.add(item.line, item.where, `duplicate method name "${method.name}" (first at line ${first}); rename or remove one`);
      continue;
    }
    seenMethods.set(method.name, item.line);
    methods.push(method);
  }
  checkMethodPaths(r, methods);

  if (name === undefined || description === undefined) return undefined;
  return {
    name,
    sourceFile: source.bannerPath,
    description,
    ...(docs === undefined ? {} : { docs }),
    shapes,
    methods,
    location: { file: source.displayPath, line: root.get('namespace')?.line ?? 1, path: 'namespace' },
  };
}

function readMethod(
  ctx: NsContext,
  m: Map<string, Entry>,
  item: { line: number; where: string },
  what: string,
  namespace: string,
  codes: ReadonlyMap<number, ErrorCodeIR>,
): CheckedNamespace['methods'][number] | undefined {
  const { r } = ctx;
  const where = item.where;
  const name = r.text(m, 'name', where, what, METHOD_SPEC);
  const nameLine = m.get('name')?.line ?? item.line;
  let nameOk = name !== undefined;
  if (name !== undefined) {
    if (name.startsWith(`${namespace}.`)) {
      r.add(nameLine, join(where, 'name'), `method name "${name}" repeats the namespace; write name: ${name.slice(namespace.length + 1)}`);
      nameOk = false;
    } else if (!METHOD_NAME.test(name)) {
      r.add(nameLine, join(where, 'name'), `method name "${name}" must be dot-separated words of letters, digits and _ (e.g. setStatus, facebook.deauthorize); rename it`);
      nameOk = false;
    }
  }
  const description = r.text(m, 'description', where, what, METHOD_SPEC);
  const status = r.oneOf(m, 'status', where, what, METHOD_STATUSES) ?? 'active';
  const deprecated = r.text(m, 'deprecated', where, what, METHOD_SPEC);
  if (status === 'deprecated' && deprecated === undefined && !m.has('deprecated')) {
    r.add(m.get('status')?.line ?? item.line, join(where, 'status'), `${what} has status deprecated but no "deprecated" note; add deprecated: <what to use instead>`);
  }
  if (status === 'active' && deprecated !== undefined) {
    r.add(m.get('deprecated')?.line ?? item.line, join(where, 'deprecated'), `${what} has a deprecated note but status active; set status: deprecated (or legacy), or remove the note`);
  }
  const access = r.oneOf(m, 'access', where, what, ACCESS_MODES) ?? 'signed';
  const safeToRepeat = r.bool(m, 'safeToRepeat', where, what);
  const docs = r.url(m, 'docs', where, what);
  const sources = r.sources(m, where, what);
  const verification = r.oneOf<Verification>(m, 'verification', where, what, VERIFICATIONS);
  const notes = r.textList(m, 'notes', where, what, '[<note>]') ?? [];
  // params, response.fields and errors are required keys (reported by `object`): a method always says it has none.
  const params = readFields(ctx, m, 'params', where, 'param', `of ${what}`);
  for (const p of params ?? []) {
    if (CLIENT_PARAMS.has(p.name)) r.add(p.location.line, p.location.path, `param "${p.name}" of ${what} is set by the client itself (credentials, signing or format); remove it from the catalog`);
  }

  let extendsList: string[] = [];
  let responseFields: FieldIR[] | undefined;
  const responseEntry = m.get('response');
  if (responseEntry) {
    const rw = join(where, 'response');
    const resp = r.object(responseEntry.value, responseEntry.line, rw, `response of ${what}`, RESPONSE_SPEC);
    if (resp) {
      extendsList = r.textList(resp, 'extends', rw, `response of ${what}`, '[<Shape>]') ?? [];
      const extendsLine = resp.get('extends')?.line ?? responseEntry.line;
      for (const shape of extendsList) {
        if (!ctx.shapeNames.includes(shape)) {
          const close = closest(shape, ctx.shapeNames);
          r.add(extendsLine, join(rw, 'extends'), `response of ${what} extends unknown shape "${shape}"; ${close ? `did you mean "${close}"?` : `define it under shapes or remove it${ctx.shapeNames.length ? ` (shapes: ${ctx.shapeNames.join(', ')})` : ''}`}`);
        }
      }
      responseFields = readFields(ctx, resp, 'fields', rw, 'response field', `of ${what}`);
    }
  }

  const listedErrors: number[] = [];
  const errorItems = r.list(m, 'errors', where, what, '[403005, 500024]') ?? [];
  for (const e of errorItems) {
    const v = isScalar(e.node) ? e.node.value : undefined;
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
      r.add(e.line, e.where, `${what}: errors must list numeric codes, not ${describe(e.node)}; write the code, e.g. 403005`);
      continue;
    }
    if (listedErrors.includes(v)) {
      r.add(e.line, e.where, `${what} lists error ${v} twice; remove the repeat`);
      continue;
    }
    if (!codes.has(v)) {
      r.add(e.line, e.where, `${what} lists error ${v}, which is not in errors.yaml; add ${v} to ${ctx.errorsFile} or remove it from errors`);
      continue;
    }
    listedErrors.push(v);
  }

  // Fields from extended shapes sit at the top level of the response, next to the method's own.
  const shapeFieldNames = new Map<string, string>();
  for (const shape of extendsList) {
    for (const f of shapeFieldsOf(ctx, shape)) {
      if (ENVELOPE_FIELDS.includes(f)) {
        r.add(responseEntry?.line ?? item.line, join(where, 'response.extends'), `response of ${what} extends shape "${shape}", whose field "${f}" is an envelope field every response carries; remove the field from the shape or do not extend it`);
      }
      const other = shapeFieldNames.get(f);
      if (other !== undefined && other !== shape) {
        r.add(responseEntry?.line ?? item.line, join(where, 'response.extends'), `response of ${what} extends shapes "${other}" and "${shape}", which both have field "${f}"; extend only one or rename the field in a shape`);
      }
      shapeFieldNames.set(f, shape);
    }
  }
  for (const f of responseFields ?? []) {
    if (ENVELOPE_FIELDS.includes(f.name)) {
      r.add(f.location.line, f.location.path, `response field "${f.name}" of ${what} is an envelope field every response carries; remove it (the envelope is typed once, in src/runtime.ts)`);
      continue;
    }
    const shape = shapeFieldNames.get(f.name);
    if (shape !== undefined) r.add(f.location.line, f.location.path, `response field "${f.name}" of ${what} is also a field of shape "${shape}" (response extends it); remove one`);
  }

  if (!nameOk || name === undefined || description === undefined || safeToRepeat === undefined || params === undefined || responseFields === undefined) return undefined;
  return {
    name,
    description,
    status,
    ...(deprecated === undefined ? {} : { deprecated }),
    access,
    safeToRepeat,
    ...(docs === undefined ? {} : { docs }),
    sources,
    ...(verification === undefined ? {} : { verification }),
    params,
    response: { extends: [...new Set(extendsList)].filter((s) => ctx.shapeNames.includes(s)), fields: responseFields },
    listedErrors,
    notes,
    location: { file: r.source.displayPath, line: item.line, path: where },
  } satisfies Omit<MethodIR, 'wireName' | 'names' | 'ownErrorCodes' | 'errorCodes' | 'csvParams' | 'paramsOptional'>;
}

/** Field names of a shape, read straight from the YAML (the shape list may still be incomplete). */
function shapeFieldsOf(ctx: NsContext, shape: string): string[] {
  const contents = ctx.r.deref(ctx.r.doc.contents);
  if (!isMap(contents)) return [];
  const shapes = ctx.r.deref(contents.get('shapes', true));
  if (!isMap(shapes)) return [];
  const s = ctx.r.deref(shapes.get(shape, true));
  if (!isMap(s)) return [];
  const fields = ctx.r.deref(s.get('fields', true));
  if (!isSeq(fields)) return [];
  return fields.items
    .map((f) => ctx.r.deref(f))
    .map((f) => (isMap(f) ? f.get('name') : undefined))
    .filter((n): n is string => typeof n === 'string');
}

/** A method named `facebook` and one named `facebook.deauthorize` would need the same property. */
function checkMethodPaths(r: FileReader, methods: readonly { name: string; location: SourceLocation }[]): void {
  const names = new Set(methods.map((m) => m.name));
  for (const m of methods) {
    const parts = m.name.split('.');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('.');
      if (names.has(prefix)) {
        r.add(m.location.line, m.location.path, `method "${m.name}" sits under "${prefix}", which is itself a method (client.${prefix} cannot be both a method and a group); rename one of them`);
      }
    }
  }
}

function readFields(ctx: NsContext, parent: Map<string, Entry>, key: string, where: string, role: FieldRole, owner: string): FieldIR[] | undefined {
  const { r } = ctx;
  const items = r.list(parent, key, where, owner.replace(/^of /, ''), '- name: …');
  if (!items) return undefined;
  const out: FieldIR[] = [];
  const seen = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    const guess = isMap(item.node) ? item.node.get('name') : undefined;
    const what = typeof guess === 'string' ? `${role} "${guess}"` : `${role} #${index + 1} ${owner}`;
    const f = r.object(item.node, item.line, item.where, what, FIELD_SPEC);
    if (!f) continue;
    const field = readField(ctx, f, item, what);
    if (!field) continue;
    const first = seen.get(field.name);
    if (first !== undefined) {
      r.add(item.line, item.where, `two ${role}s named "${field.name}" ${owner} (first at line ${first}); rename or remove one`);
      continue;
    }
    seen.set(field.name, item.line);
    out.push(field);
  }
  return out;
}

function readField(ctx: NsContext, f: Map<string, Entry>, item: { line: number; where: string }, what: string): FieldIR | undefined {
  const { r } = ctx;
  const where = item.where;
  const name = r.text(f, 'name', where, what, FIELD_SPEC);
  if (name !== undefined && !FIELD_NAME.test(name)) {
    r.add(f.get('name')?.line ?? item.line, join(where, 'name'), `${what}: name "${name}" has characters Gigya names never use; write the name exactly as sent on the wire`);
  }
  const typeText = r.text(f, 'type', where, what, FIELD_SPEC);
  const required = r.bool(f, 'required', where, what);
  const doc = r.text(f, 'doc', where, what, FIELD_SPEC);
  const referenceName = r.text(f, 'referenceName', where, what, FIELD_SPEC);
  const deprecated = r.text(f, 'deprecated', where, what, FIELD_SPEC);
  const recalled = r.bool(f, 'recalled', where, what) ?? false;

  let type: TypeRef | undefined;
  if (typeText !== undefined) {
    const typeLine = f.get('type')?.line ?? item.line;
    const parsed = parseType(typeText.replace(/\s+/g, ''), ctx.shapeNames);
    if ('error' in parsed) {
      r.add(typeLine, join(where, 'type'), `${what} has unknown type "${typeText}"${parsed.part !== typeText ? ` ("${parsed.part}" is not a type)` : ''}; ${parsed.error}`);
    } else if (parsed.type.kind !== 'primitive' && containsCsv(parsed.type)) {
      r.add(typeLine, join(where, 'type'), `${what} has type "${typeText}", but csv can only be a field's whole type; use string[] for a list inside ${parsed.type.kind === 'map' ? 'a map' : 'an array'}`);
    } else {
      type = parsed.type;
    }
  }

  const enumValues = readValueList(r, f, 'enum', type, where, what, 'list the allowed values or remove enum');
  const suggest = readValueList(r, f, 'suggest', type, where, what, 'list the usual values or remove suggest');
  if (enumValues !== undefined && suggest !== undefined) {
    r.add(f.get('suggest')?.line ?? 0, join(where, 'suggest'), `${what}: enum and suggest exclude each other (enum closes the list, suggest leaves it open); keep one`);
  }

  let defaultText: string | undefined;
  const defaultEntry = f.get('default');
  if (defaultEntry) {
    const node = defaultEntry.value;
    const value: unknown = node === null ? null : node.toJSON();
    const dLine = r.lineOf(node, defaultEntry.line);
    const dw = join(where, 'default');
    const kind = type?.kind === 'primitive' ? type.name : undefined;
    if (value === null) {
      r.add(dLine, dw, `${what}: default is empty; write the default value or remove default`);
    } else if ((kind === 'int' || kind === 'long' || kind === 'timestamp') && !Number.isInteger(value)) {
      r.add(dLine, dw, `${what}: default must be a whole number for type ${kind}, not ${describe(node)}; fix the default`);
    } else if (kind === 'float' && typeof value !== 'number') {
      r.add(dLine, dw, `${what}: default must be a number for type float, not ${describe(node)}; fix the default`);
    } else if (kind === 'bool' && typeof value !== 'boolean') {
      r.add(dLine, dw, `${what}: default must be true or false for type bool, not ${describe(node)}; fix the default`);
    } else if (enumValues !== undefined) {
      const parts = kind === 'csv' && typeof value === 'string' ? value.split(',').map((p) => p.trim()) : Array.isArray(value) ? value : [value];
      const bad = parts.find((p) => typeof p !== 'string' || !enumValues?.includes(p));
      if (bad !== undefined) r.add(dLine, dw, `${what}: default ${JSON.stringify(bad)} is not one of the enum values (${enumValues.join(', ')}); fix the default or the enum`);
      else defaultText = typeof value === 'string' ? value : JSON.stringify(value);
    } else {
      defaultText = typeof value === 'string' ? value : JSON.stringify(value);
    }
  }

  if (name === undefined || typeText === undefined || type === undefined || required === undefined || doc === undefined) return undefined;
  return {
    name,
    type,
    typeText: typeToText(type),
    required,
    doc,
    ...(enumValues === undefined ? {} : { enum: enumValues }),
    ...(suggest === undefined || enumValues !== undefined ? {} : { suggest }),
    ...(defaultText === undefined ? {} : { default: defaultText }),
    ...(referenceName === undefined ? {} : { referenceName }),
    ...(deprecated === undefined ? {} : { deprecated }),
    recalled,
    location: { file: r.source.displayPath, line: item.line, path: where },
  };
}

function containsCsv(type: TypeRef): boolean {
  if (type.kind === 'primitive') return type.name === 'csv';
  if (type.kind === 'shape') return false;
  return containsCsv(type.of);
}

/** Parses `string`, `User`, `int[]`, `map<User[]>`. */
/**
 * The text values of `enum` (the only values allowed) or `suggest` (values offered, any text
 * accepted): a non-empty list of distinct strings, on a string, csv or string[] field.
 */
function readValueList(r: FileReader, f: ReadonlyMap<string, Entry>, key: 'enum' | 'suggest', type: TypeRef | undefined, where: string, what: string, emptyFix: string): string[] | undefined {
  const entry = f.get(key);
  if (!entry) return undefined;
  const kw = join(where, key);
  const line = r.lineOf(entry.value, entry.line);
  if (type !== undefined && !ENUM_TYPES.includes(typeToText(type))) {
    r.add(line, kw, `${what}: ${key} is only allowed on string, csv or string[] fields, not ${typeToText(type)}; remove ${key} or change the type`);
    return undefined;
  }
  if (!isSeq(entry.value)) {
    r.add(line, kw, `${what}: ${key} must be a list, not ${describe(entry.value)}; write ${key}: [value1, value2]`);
    return undefined;
  }
  if (entry.value.items.length === 0) {
    r.add(line, kw, `${what}: ${key} is empty; ${emptyFix}`);
    return undefined;
  }
  const values: string[] = [];
  for (const [i, raw] of entry.value.items.entries()) {
    const node = r.deref(raw);
    const v = isScalar(node) ? node.value : undefined;
    if (typeof v !== 'string' || v === '') {
      r.add(r.lineOf(node, line), `${kw}[${i}]`, `${what}: ${key} values must be text, not ${describe(node)}; quote it: "${isScalar(node) ? String(node.value) : '…'}"`);
      return undefined;
    }
    if (values.includes(v)) {
      r.add(r.lineOf(node, line), `${kw}[${i}]`, `${what}: ${key} lists "${v}" twice; remove the repeat`);
      return undefined;
    }
    values.push(v);
  }
  return values;
}

/** Names of other schema languages that are too far from ours for an edit-distance guess. */
const TYPE_ALIASES: Readonly<Record<string, string>> = { boolean: 'bool', integer: 'int', number: 'float', double: 'float', str: 'string', text: 'string' };

export function parseType(text: string, shapes: readonly string[]): { type: TypeRef } | { error: string; part: string } {
  if (text.endsWith('[]')) {
    const inner = parseType(text.slice(0, -2), shapes);
    return 'error' in inner ? inner : { type: { kind: 'array', of: inner.type } };
  }
  const map = /^map<(.+)>$/.exec(text);
  if (map) {
    const inner = parseType(map[1] as string, shapes);
    return 'error' in inner ? inner : { type: { kind: 'map', of: inner.type } };
  }
  if ((PRIMITIVE_TYPES as readonly string[]).includes(text)) return { type: { kind: 'primitive', name: text as PrimitiveType } };
  if (shapes.includes(text)) return { type: { kind: 'shape', name: text } };
  const close = TYPE_ALIASES[text] ?? closest(text, [...PRIMITIVE_TYPES, ...shapes, ...(text.startsWith('map') ? ['map<string>'] : [])]);
  const shapeList = shapes.length > 0 ? ` or a shape (${shapes.join(', ')})` : ' or a shape defined under shapes';
  return {
    part: text,
    error: close ? `did you mean "${close}"?` : `use ${PRIMITIVE_TYPES.join(', ')}${shapeList}, T[] or map<T>`,
  };
}

// ---------------------------------------------------------------------------------------------
// Names the generator will declare must not clash.

function checkGeneratedNames(namespaces: readonly NamespaceIR[], issues: CatalogIssue[]): void {
  const reported = new Set<string>();
  const claim = (pool: Map<string, string>, name: string, owner: string, loc: SourceLocation): void => {
    const prev = pool.get(name);
    if (prev !== undefined && prev !== owner) {
      // One message per catalog entry: a clash of one name usually means all its names clash.
      const key = `${loc.file}:${loc.line}:${loc.path}`;
      if (reported.has(key)) return;
      reported.add(key);
      issues.push({ file: loc.file, line: loc.line, path: loc.path, message: `${owner} would generate the name ${name}, which ${prev} already uses; rename one of them` });
      return;
    }
    pool.set(name, owner);
  };
  // errors.gen.ts and the root index.ts hold names of every namespace; each namespace module its own.
  const errorsModule = new Map<string, string>(Object.values(ERRORS_MODULE_NAMES).map((n) => [n, 'the error table']));
  const rootIndex = new Map<string, string>(Object.values(ROOT_INDEX_NAMES).map((n) => [n, 'the root index']));
  for (const ns of namespaces) {
    const taken = new Map<string, string>([...RUNTIME_IMPORTS, ZOD_NAMESPACE].map((n) => [n, 'an import of the generated module']));
    const nsLoc = ns.location;
    const nsOwner = `namespace "${ns.name}"`;
    const nsNames = [ns.names.namespaceInterface, ns.names.bindFunction, ns.names.methodList, ns.names.responseRequired];
    for (const pool of [taken, rootIndex]) for (const n of nsNames) claim(pool, n, nsOwner, nsLoc);
    for (const shape of ns.shapes) {
      const owner = `shape "${shape.name}"`;
      for (const n of [shape.names.type, shape.names.schema, shape.names.hints]) claim(taken, n, owner, shape.location);
    }
    for (const m of ns.methods) {
      const owner = `method "${m.name}"`;
      // The namespace barrel re-exports the method's error union next to its own declarations.
      for (const n of [m.names.params, m.names.response, m.names.errorUnion, m.names.paramsSchema, m.names.descriptor, m.names.fn]) claim(taken, n, owner, m.location);
      for (const n of [m.names.params, m.names.response]) claim(rootIndex, n, `method "${m.wireName}"`, m.location);
      claim(errorsModule, m.names.errorUnion, `method "${m.wireName}"`, m.location);
    }
  }
}
