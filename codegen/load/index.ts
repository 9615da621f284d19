/**
 * Reads the catalog YAML and checks it. Every problem is collected with its file, line and path
 * inside the file, and all of them are thrown together as one `CatalogError`, so one run shows
 * everything to fix. Messages end with what to do.
 *
 * One module per job: sources.ts (which files), yaml.ts (reading with positions), format.ts (the
 * keys and the type syntax), errors-file.ts, namespace-file.ts; cross-file checks run on the IR in
 * ../check.ts.
 */
import { checkCatalog } from '../check.js';
import { buildNamespace, compareStrings, type CatalogIR, type CheckedNamespace, type ErrorCodeIR } from '../ir.js';
import { readErrorsFile } from './errors-file.js';
import { CatalogError, type CatalogIssue } from './issues.js';
import { readNamespaceFile } from './namespace-file.js';
import { ERRORS_FILE, readCatalogDir, type CatalogSource } from './sources.js';

export { CATALOG_KEYS, parseType, SOURCE_KEYS } from './format.js';
export { CatalogError, formatIssue, type CatalogIssue } from './issues.js';
export { ERRORS_FILE, readCatalogDir, type CatalogSource } from './sources.js';
export { closest, type Spec } from './yaml.js';

/** The catalog split by the work it takes: the error table first, then namespace files (independent of each other). */
interface CatalogParts {
  readonly errors: CatalogSource;
  readonly namespaces: readonly CatalogSource[];
}

function splitSources(sources: readonly CatalogSource[]): CatalogParts {
  const errorSources = sources.filter((s) => s.fileName === ERRORS_FILE);
  if (errorSources.length !== 1) {
    throw new CatalogError([
      {
        file: errorSources[1]?.displayPath ?? '(catalog)',
        line: 0,
        path: '',
        message: `expected exactly one ${ERRORS_FILE}, got ${errorSources.length}; keep one error table per catalog`,
      },
    ]);
  }
  return { errors: errorSources[0] as CatalogSource, namespaces: sources.filter((s) => s.fileName !== ERRORS_FILE) };
}

/** Reads one namespace file against the error table; its problems go to `issues`. */
function readNamespace(
  source: CatalogSource,
  codes: readonly ErrorCodeIR[],
  errorsFile: CatalogSource,
  issues: CatalogIssue[],
): CheckedNamespace | undefined {
  return readNamespaceFile(source, new Map(codes.map((c) => [c.code, c] as const)), errorsFile.displayPath, issues);
}

/** Builds the IR from what the files held (namespaces in file order) and runs the cross-file checks. */
function finishCatalog(
  errorsFile: CatalogSource,
  codes: readonly ErrorCodeIR[],
  checked: readonly CheckedNamespace[],
  issues: CatalogIssue[],
): CatalogIR {
  const byCode = new Map(codes.map((c) => [c.code, c] as const));
  // A stable sort: namespaces of the same name stay in file order, so the first one is named in messages.
  const namespaces = checked.map((ns) => buildNamespace(ns, byCode)).sort((a, b) => compareStrings(a.name, b.name));
  checkCatalog(namespaces, issues);
  if (issues.length > 0) throw new CatalogError(issues);
  return {
    errors: { sourceFile: errorsFile.bannerPath, codes: [...codes].sort((a, b) => a.code - b.code) },
    namespaces,
  };
}

/** Checks catalog sources (one errors.yaml plus namespace files) and builds the IR. */
export function parseCatalog(sources: readonly CatalogSource[]): CatalogIR {
  const parts = splitSources(sources);
  const issues: CatalogIssue[] = [];
  const codes = readErrorsFile(parts.errors, issues);
  const checked: CheckedNamespace[] = [];
  for (const source of parts.namespaces) {
    const ns = readNamespace(source, codes, parts.errors, issues);
    if (ns) checked.push(ns);
  }
  return finishCatalog(parts.errors, codes, checked, issues);
}

/** Reads and checks a catalog dir. Throws `CatalogError` listing every problem. */
export function loadCatalog(dir: string, options: { errorsFallback?: string } = {}): CatalogIR {
  return parseCatalog(readCatalogDir(dir, options));
}
