/**
 * Reading YAML with positions: every value comes with its line, every problem is recorded with the
 * file, line and path inside the file, so one run reports everything to fix.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';
import type { CatalogIssue } from './issues.js';
import type { CatalogSource } from './sources.js';

export type Spec = Readonly<Record<string, { readonly required: boolean; readonly hint: string }>>;

export interface Entry {
  readonly value: Node | null;
  readonly line: number;
}

export class FileReader {
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
      entries.set(key, { value: this.deref(pair.value), line: keyLine });
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
  ): { node: Node | null; line: number; where: string }[] | undefined {
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

export function describe(node: Node | null): string {
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
