/**
 * Catalog IR → every output file, in memory; then writing them or comparing them with the disk.
 * Keys are POSIX paths relative to the output dir (TypeScript) or the docs dir (Markdown).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RuntimeImport } from './emit/code.js';
import { emitCommon } from './emit/common-params.js';
import { Provenance } from './emit/common.js';
import { renderCommonDocs, renderErrorDocs, renderNamespaceDocs } from './emit/docs.js';
import { emitErrorDocs, emitErrors } from './emit/errors.js';
import { emitNamespaceIndex, emitReadme, emitRootIndex } from './emit/index.js';
import { emitMethods } from './emit/methods.js';
import { emitTypes } from './emit/types.js';
import { emitValidatorChecks, emitValidators } from './emit/validators.js';
import { compareStrings, type CatalogIR, type ErrorCodeIR, type NamespaceIR } from './ir.js';
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

/** Files of a part of the output: [out files, docs files]. */
type Part = [[string, string][], [string, string][]];

/** The files of one namespace. Namespaces are independent of each other. */
function generateNamespace(ns: NamespaceIR, ir: CatalogIR, prov: Provenance, options: GenerateOptions): Part {
  const { runtime } = options;
  const codes: ReadonlyMap<number, ErrorCodeIR> = new Map(ir.errors.codes.map((c) => [c.code, c] as const));
  const common = ir.commonParams.params;
  const ctx = { ns, prov, hasCommonParams: common.length > 0, commonParamNames: new Set(common.map((p) => p.name)) };
  const out: [string, string][] = [
    [files.types(ns.name), emitTypes(ctx, runtime)],
    [files.validators(ns.name), emitValidators(ns, runtime, common)],
    ...((options.checks ?? true)
      ? [[files.validatorChecks(ns.name), emitValidatorChecks(ns, runtime, common)] as [string, string]]
      : []),
    [files.methods(ns.name), emitMethods(ctx, codes, runtime)],
    [files.namespaceIndex(ns.name), emitNamespaceIndex(ns, runtime)],
  ];
  const docs: [string, string][] = options.docs
    ? [[files.docsNamespace(ns.name), renderNamespaceDocs(ns, codes, prov, common.length > 0)]]
    : [];
  return [out, docs];
}

/** The files every namespace shares: the error tables, the root index, the README, the error docs. */
function generateShared(ir: CatalogIR, prov: Provenance, options: GenerateOptions): Part {
  const { runtime } = options;
  const out: [string, string][] = [
    [files.common, emitCommon(ir, prov, runtime)],
    [files.errors, emitErrors(ir, runtime)],
    [files.errorDocs, emitErrorDocs(ir, runtime)],
    [files.index, emitRootIndex(ir, runtime)],
    [files.readme, emitReadme(ir, ir.errors.sourceFile.split('/')[0] ?? 'catalog', options.checks ?? true)],
  ];
  const docs: [string, string][] = options.docs
    ? [
        [files.docsErrors, renderErrorDocs(ir, prov)],
        [files.docsCommon, renderCommonDocs(ir, prov)],
      ]
    : [];
  return [out, docs];
}

export function generate(ir: CatalogIR, options: GenerateOptions): GeneratedFiles {
  const prov = new Provenance(ir.sources);
  const parts = [
    generateShared(ir, prov, options),
    ...ir.namespaces.map((ns) => generateNamespace(ns, ir, prov, options)),
  ];
  // In path order, so the result never depends on the order parts were made in.
  return { out: sortMap(new Map(parts.flatMap((p) => p[0]))), docs: sortMap(new Map(parts.flatMap((p) => p[1]))) };
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
