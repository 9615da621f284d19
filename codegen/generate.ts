/**
 * Catalog IR → every output file, in memory; then writing them or comparing them with the disk.
 * Keys are POSIX paths relative to the output dir (TypeScript) or the docs dir (Markdown).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RuntimeImport } from './emit/code.js';
import { renderErrorDocs, renderNamespaceDocs } from './emit/docs.js';
import { emitErrorDocs, emitErrors } from './emit/errors.js';
import { emitNamespaceIndex, emitReadme, emitRootIndex } from './emit/index.js';
import { emitMethods } from './emit/methods.js';
import { emitTypes } from './emit/types.js';
import { emitValidatorChecks, emitValidators } from './emit/validators.js';
import { compareStrings, type CatalogIR } from './ir.js';
import { files } from './naming.js';

export type { RuntimeImport } from './emit/code.js';

export interface GenerateOptions {
  readonly runtime: RuntimeImport;
  /** Render Markdown docs too. */
  readonly docs: boolean;
  /** Emit `<ns>/validators.check.ts`, the proof that validators agree with their interfaces (default true). */
  readonly checks?: boolean;
}

export interface GeneratedFiles {
  /** Files of the output dir (`generated/`). */
  readonly out: ReadonlyMap<string, string>;
  /** Files of the docs dir (`docs/api/`); empty when docs are off. */
  readonly docs: ReadonlyMap<string, string>;
}

export function generate(ir: CatalogIR, options: GenerateOptions): GeneratedFiles {
  const { runtime } = options;
  const checks = options.checks ?? true;
  const out = new Map<string, string>();
  const codeNames = new Map(ir.errors.codes.map((c) => [c.code, c.name] as const));
  const codes = new Map(ir.errors.codes.map((c) => [c.code, c] as const));
  out.set(files.errors, emitErrors(ir, runtime));
  out.set(files.errorDocs, emitErrorDocs(ir, runtime));
  for (const ns of ir.namespaces) {
    out.set(files.types(ns.name), emitTypes(ns, runtime));
    out.set(files.validators(ns.name), emitValidators(ns, runtime));
    if (checks) out.set(files.validatorChecks(ns.name), emitValidatorChecks(ns, runtime));
    out.set(files.methods(ns.name), emitMethods(ns, codeNames, runtime));
    out.set(files.namespaceIndex(ns.name), emitNamespaceIndex(ns, runtime));
  }
  out.set(files.index, emitRootIndex(ir, runtime));
  out.set(files.readme, emitReadme(ir, ir.errors.sourceFile.split('/')[0] ?? 'catalog', checks));

  const docs = new Map<string, string>();
  if (options.docs) {
    for (const ns of ir.namespaces) docs.set(files.docsNamespace(ns.name), renderNamespaceDocs(ns, codes));
    docs.set(files.docsErrors, renderErrorDocs(ir));
  }
  return { out: sortMap(out), docs: sortMap(docs) };
}

function sortMap(map: Map<string, string>): Map<string, string> {
  return new Map([...map.entries()].sort(([a], [b]) => compareStrings(a, b)));
}

/** Files under `dir` (POSIX, relative), skipping dotfiles. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const name of readdirSync(path.join(dir, rel)).sort(compareStrings)) {
      if (name.startsWith('.')) continue;
      const childRel = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, childRel)).isDirectory()) walk(childRel);
      else out.push(childRel);
    }
  };
  walk('');
  return out;
}

/** Generated files start with a banner saying so; only those are deleted when no longer produced. */
export function looksGenerated(text: string): boolean {
  return /^(\/\/ Generated from |<!-- Generated )/.test(text);
}

export interface WriteReport {
  readonly written: string[];
  readonly unchanged: string[];
  readonly deleted: string[];
  /** Files in the output dir the generator did not produce and did not write (no banner). */
  readonly foreign: string[];
}

/** Writes files whose content changed; deletes generated files the catalog no longer produces. */
export function writeFiles(dir: string, produced: ReadonlyMap<string, string>): WriteReport {
  const report: WriteReport = { written: [], unchanged: [], deleted: [], foreign: [] };
  for (const [rel, text] of produced) {
    const full = path.join(dir, rel);
    if (existsSync(full) && readFileSync(full, 'utf8') === text) {
      report.unchanged.push(rel);
      continue;
    }
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    report.written.push(rel);
  }
  for (const rel of listFiles(dir)) {
    if (produced.has(rel)) continue;
    const full = path.join(dir, rel);
    if (looksGenerated(readFileSync(full, 'utf8'))) {
      rmSync(full);
      report.deleted.push(rel);
    } else {
      report.foreign.push(rel);
    }
  }
  return report;
}

export interface Drift {
  readonly missing: string[];
  /** Stale files with the first line that differs. */
  readonly stale: { readonly file: string; readonly line: number }[];
  readonly extra: string[];
}

/** Compares what the catalog produces with the disk. */
export function compareFiles(dir: string, produced: ReadonlyMap<string, string>): Drift {
  const drift: Drift = { missing: [], stale: [], extra: [] };
  for (const [rel, text] of produced) {
    const full = path.join(dir, rel);
    if (!existsSync(full)) {
      drift.missing.push(rel);
      continue;
    }
    const actual = readFileSync(full, 'utf8');
    if (actual !== text) drift.stale.push({ file: rel, line: firstDifferentLine(actual, text) });
  }
  for (const rel of listFiles(dir)) if (!produced.has(rel)) drift.extra.push(rel);
  return drift;
}

function firstDifferentLine(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return i + 1;
  return 1;
}

export function hasDrift(drift: Drift): boolean {
  return drift.missing.length + drift.stale.length + drift.extra.length > 0;
}
