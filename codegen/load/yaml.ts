/**
 * Reading YAML with positions: every value comes with its line, every problem is recorded with the
 * file, line and path inside the file, so one run reports everything to fix.
 *
 * Files are read into plain nodes (`YNode`) by the fast reader for the catalog's YAML subset
 * (fast-yaml.ts); a file outside the subset is read by the `yaml` package, loaded only then, whose
 * messages name any syntax error with its line.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';
import { parseFast } from './fast-yaml.js';
import type { CatalogIssue } from './issues.js';
import type { CatalogSource } from './sources.js';

export type Spec = Readonly<Record<string, { readonly required: boolean; readonly hint: string }>>;

export type YScalarValue = string | number | boolean | null;

/** A YAML value with the line it starts on. `null` stands for an empty value (`key:` with nothing after it). */
export type YNode =
  | { readonly kind: 'map'; readonly line: number; readonly items: readonly YPair[] }
  | { readonly kind: 'seq'; readonly line: number; readonly items: readonly (YNode | null)[] }
  | { readonly kind: 'scalar'; readonly line: number; readonly value: YScalarValue };

export interface YPair {
  /** The key as text; null for a key that is not a scalar. */
  readonly key: string | null;
  readonly keyLine: number;
  readonly value: YNode | null;
}

export type YMap = Extract<YNode, { kind: 'map' }>;

export function isMap(node: YNode | null | undefined): node is YMap {
  return node?.kind === 'map';
}

export function isSeq(node: YNode | null | undefined): node is Extract<YNode, { kind: 'seq' }> {
  return node?.kind === 'seq';
}

export function isScalar(node: YNode | null | undefined): node is Extract<YNode, { kind: 'scalar' }> {
  return node?.kind === 'scalar';
}

/** The value of key `key` in a mapping node (first occurrence). */
export function get(node: YNode | null | undefined, key: string): YNode | null | undefined {
  if (!isMap(node)) return undefined;
  return node.items.find((p) => p.key === key)?.value;
}

/** The text of a scalar node, or undefined. */
export function textOf(node: YNode | null | undefined): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** The plain JavaScript value of a node (what `yaml`'s toJS gives). */
export function toJS(node: YNode | null): unknown {
  if (node === null) return null;
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toJS);
    case 'map':
      return Object.fromEntries(node.items.map((p) => [p.key ?? '', toJS(p.value)]));
  }
}

export interface Entry {
  readonly value: YNode | null;
  readonly line: number;
}

/** A parsed file: its root node, or the syntax errors the `yaml` package found. */
export interface ParsedYaml {
  readonly root: YNode | null;
  readonly errors: readonly { readonly line: number; readonly message: string }[];
}

let yamlModule: typeof Yaml | undefined;

/** Reads YAML text into nodes: the fast reader when the text is in its subset, else the `yaml` package. */
export function parseYaml(text: string): ParsedYaml {
  const fast = parseFast(text);
  if (fast) return { root: fast.root, errors: [] };
  return parseWithYamlPackage(text);
}

/** The `yaml` package's reading, as nodes (exported for the test that compares both readers). */
export function parseWithYamlPackage(text: string): ParsedYaml {
  yamlModule ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  const y = yamlModule;
  const lines = new y.LineCounter();
  // Repeated keys are reported by `object()`, which can name the key and both lines.
  const doc = y.parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) {
    return {
      root: null,
      errors: doc.errors.map((error) => ({
        line: lines.linePos(error.pos[0]).line,
        message: error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message,
      })),
    };
  }
  const lineOf = (node: Yaml.Node, fallback: number): number => {
    const offset = node.range?.[0];
    return offset === undefined ? fallback : lines.linePos(offset).line;
  };
  const convert = (raw: unknown, fallback: number): YNode | null => {
    let node = raw;
    if (y.isAlias(node)) node = node.resolve(doc);
    if (node === null || node === undefined) return null;
    const n = node as Yaml.Node;
    const line = lineOf(n, fallback);
    if (y.isMap(n))
      return {
        kind: 'map',
        line,
        items: n.items.map((pair) => {
          const keyNode = y.isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
          const keyLine = y.isNode(keyNode) ? lineOf(keyNode, line) : line;
          const key = y.isScalar(keyNode) ? String(keyNode.value) : null;
          return { key, keyLine, value: convert(pair.value, keyLine) };
        }),
      };
    if (y.isSeq(n)) return { kind: 'seq', line, items: n.items.map((item) => convert(item, line)) };
    if (y.isScalar(n)) {
      const v = n.value;
      const value: YScalarValue =
        v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
      return { kind: 'scalar', line, value };
    }
    return null;
  };
  return { root: convert(doc.contents, 1), errors: [] };
}

export class FileReader {
  readonly root: YNode | null;
  readonly #ok: boolean;
  constructor(
    readonly source: CatalogSource,
    readonly issues: CatalogIssue[],
  ) {
    const parsed = parseYaml(source.text);
    this.root = parsed.root;
    this.#ok = parsed.errors.length === 0;
    for (const error of parsed.errors) this.add(error.line, '', `YAML error: ${error.message}; fix the YAML syntax`);
  }

  get ok(): boolean {
    return this.#ok;
  }

  add(line: number, where: string, message: string): void {
    this.issues.push({ file: this.source.displayPath, line, path: where, message });
  }

  lineOf(node: YNode | null | undefined, fallback = 1): number {
    return node?.line ?? fallback;
  }

  /**
   * The keys of a mapping, checked against `spec`: unknown keys and missing required keys are
   * reported. Without a spec (a mapping of names, like `shapes`) any key is allowed.
   */
  object(node: YNode | null, line: number, where: string, what: string, spec?: Spec): Map<string, Entry> | undefined {
    if (!isMap(node)) {
      this.add(
        line,
        where,
        `${what} must be a mapping (key: value lines), not ${describe(node)}; write it as key: value pairs`,
      );
      return undefined;
    }
    const entries = new Map<string, Entry>();
    const repeated = new Map<string, Entry>();
    const allowed = spec ? Object.keys(spec) : [];
    for (const pair of node.items) {
      const key = pair.key ?? undefined;
      const keyLine = pair.keyLine;
      if (key === undefined) {
        this.add(keyLine, where, `${what} has a key that is not plain text; use simple keys`);
        continue;
      }
      const first = entries.get(key) ?? repeated.get(key);
      if (first !== undefined) {
        this.add(
          keyLine,
          where,
          where === 'shapes'
            ? `shape "${key}" is defined twice (first at line ${first.line}); rename or remove one`
            : `${what} has key "${key}" twice (first at line ${first.line}); remove or rename one`,
        );
        continue;
      }
      if (spec && !Object.hasOwn(spec, key)) {
        repeated.set(key, { value: null, line: keyLine });
        const close = closest(key, allowed);
        this.add(
          keyLine,
          where,
          close
            ? `${what} has unknown key "${key}"; rename it to "${close}" or remove it`
            : `${what} has unknown key "${key}"; remove it (allowed keys: ${allowed.join(', ')})`,
        );
        continue;
      }
      entries.set(key, { value: pair.value, line: keyLine });
    }
    for (const [key, rule] of Object.entries(spec ?? {})) {
      if (rule.required && !entries.has(key))
        this.add(this.lineOf(node), where, `${what} has no "${key}"; add ${key}: ${rule.hint}`);
    }
    return entries;
  }

  private bad(entry: Entry, where: string, key: string, what: string, expected: string, hint: string): undefined {
    this.add(
      this.lineOf(entry.value, entry.line),
      join(where, key),
      `${what}: ${key} must be ${expected}, not ${describe(entry.value)}; write ${key}: ${hint}`,
    );
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

  oneOf<T extends string>(
    entries: Map<string, Entry>,
    key: string,
    where: string,
    what: string,
    values: readonly T[],
  ): T | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    const v = entry.value;
    if (isScalar(v) && typeof v.value === 'string' && (values as readonly string[]).includes(v.value))
      return v.value as T;
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
  list(
    entries: Map<string, Entry>,
    key: string,
    where: string,
    what: string,
    hint: string,
  ): { node: YNode | null; line: number; where: string }[] | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    const v = entry.value;
    if (!isSeq(v)) return this.bad(entry, where, key, what, 'a list', hint);
    return v.items.map((node, i) => ({
      node,
      line: this.lineOf(node, this.lineOf(v)),
      where: `${join(where, key)}[${i}]`,
    }));
  }

  textList(entries: Map<string, Entry>, key: string, where: string, what: string, hint: string): string[] | undefined {
    const items = this.list(entries, key, where, what, hint);
    if (!items) return undefined;
    const out: string[] = [];
    for (const item of items) {
      if (isScalar(item.node) && typeof item.node.value === 'string' && item.node.value.trim() !== '')
        out.push(item.node.value.trim());
      else
        this.add(
          item.line,
          item.where,
          `${what}: every item of ${key} must be text, not ${describe(item.node)}; write ${key}: ${hint}`,
        );
    }
    return out;
  }
}

export function join(where: string, key: string): string {
  return where ? `${where}.${key}` : key;
}

export function describe(node: YNode | null | undefined): string {
  if (node === null || node === undefined) return 'empty';
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
