/**
 * Reads the catalog YAML and checks it. Every problem is collected with its file, line and path
 * inside the file, and all of them are thrown together as one `CatalogError`, so one run shows
 * everything to fix. Messages end with what to do.
 *
 * One module per job: sources.ts (which files), yaml.ts and fast-yaml.ts (reading with positions),
 * format.ts (the keys and the type syntax), provenance.ts (sources.yaml), errors-file.ts,
 * common-file.ts, fields.ts, namespace-file.ts (one file) and namespaces.ts (the files of a
 * namespace together); cross-file checks run on the IR in ../check.ts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCatalog } from '../check.js';
import {
  buildNamespace,
  compareStrings,
  type CatalogIR,
  type ErrorCodeIR,
  type FieldIR,
  type SourceIR,
} from '../ir.js';
import { readCommonFile } from './common-file.js';
import { readErrorsFile } from './errors-file.js';
import { COMMON_FILE, ERRORS_FILE, SOURCES_FILE } from './format.js';
import { CatalogError, type CatalogIssue } from './issues.js';
import { readNamespaces } from './namespaces.js';
import { readSourcesFile } from './provenance.js';
import { readCatalogDir, type CatalogSource, type ReadCatalogOptions } from './sources.js';

export { CATALOG_KEYS, COMMON_FILE, ERRORS_FILE, parseType, SOURCES_FILE, SPECIAL_FILES } from './format.js';
export { CatalogError, formatIssue, type CatalogIssue } from './issues.js';
export { readCatalogDir, type CatalogSource, type ReadCatalogOptions } from './sources.js';
export { closest, type Spec } from './yaml.js';

/** The catalog split by the work it takes: the tables first, then namespace files. */
interface CatalogParts {
  readonly errors: CatalogSource;
  readonly sources: CatalogSource | undefined;
  readonly common: CatalogSource | undefined;
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
  const special = [ERRORS_FILE, SOURCES_FILE, COMMON_FILE];
  return {
    errors: errorSources[0] as CatalogSource,
    sources: sources.find((s) => s.fileName === SOURCES_FILE),
    common: sources.find((s) => s.fileName === COMMON_FILE),
    namespaces: sources.filter((s) => !special.includes(s.fileName)),
  };
}

/**
 * Checks catalog sources (one errors.yaml, sources.yaml and common.yaml when there are, plus
 * namespace files) and builds the IR. A catalog with a sources.yaml of its own (not a fallback)
 * declares its provenance, and then every method and shape must name its sources.
 */
export function parseCatalog(sources: readonly CatalogSource[]): CatalogIR {
  const parts = splitSources(sources);
  const issues: CatalogIssue[] = [];
  const sourceTable: SourceIR[] = parts.sources ? readSourcesFile(parts.sources, issues) : [];
  const sourceKeys = new Set(sourceTable.map((s) => s.key));
  const codes = readErrorsFile(parts.errors, issues, sourceKeys);
  const common: FieldIR[] = parts.common ? readCommonFile(parts.common, issues, sourceKeys) : [];
  const byCode = new Map<number, ErrorCodeIR>(codes.map((c) => [c.code, c] as const));
  // An unreadable error table would make every listed code look unknown: report the table alone.
  const tableRead = !issues.some((i) => i.file === parts.errors.displayPath && i.message.startsWith('YAML error'));
  const checked = readNamespaces(
    parts.namespaces,
    tableRead ? byCode : undefined,
    sourceKeys,
    parts.errors.displayPath,
    issues,
  );
  const namespaces = checked.map((ns) => buildNamespace(ns, byCode)).sort((a, b) => compareStrings(a.name, b.name));
  const declaresSources = parts.sources !== undefined && parts.sources.fallback !== true;
  checkCatalog({ namespaces, codes: byCode, commonParams: common, requireSources: declaresSources }, issues);
  if (issues.length > 0) throw new CatalogError(issues);
  return {
    errors: { sourceFile: parts.errors.bannerPath, codes: [...codes].sort((a, b) => a.code - b.code) },
    sources: sourceTable,
    commonParams: { sourceFile: parts.common?.bannerPath, params: common },
    namespaces,
  };
}

/**
 * The catalog this package ships; its errors.yaml, sources.yaml and common.yaml stand in for those
 * a catalog lacks. Next to codegen/ in a clone, one level further up from dist/codegen/load/.
 */
export const BUILT_IN_CATALOG = ((): string => {
  const clone = fileURLToPath(new URL('../../catalog/', import.meta.url));
  return existsSync(path.join(clone, 'errors.yaml'))
    ? clone
    : fileURLToPath(new URL('../../../catalog/', import.meta.url));
})();

/**
 * Reads and checks a catalog dir. Throws `CatalogError` listing every problem. Files the dir lacks
 * come from `options.fallbackDir`, the built-in catalog unless given.
 */
export function loadCatalog(dir: string, options: ReadCatalogOptions = {}): CatalogIR {
  return parseCatalog(readCatalogDir(dir, { fallbackDir: BUILT_IN_CATALOG, ...options }));
}
