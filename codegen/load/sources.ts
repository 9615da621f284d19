/** The catalog's files: which ones a catalog dir holds, and how their paths are shown. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compareStrings } from '../ir.js';
import { COMMON_FILE, ERRORS_FILE, FIDELITY_FILE, SOURCES_FILE } from './format.js';
import { CatalogError, type CatalogIssue } from './issues.js';

/** One catalog file's text. */
export interface CatalogSource {
  /** Path shown in messages (`catalog/socialize.yaml`). */
  readonly displayPath: string;
  /** Path named in generated banners; must not depend on the working directory. */
  readonly bannerPath: string;
  /** File name (`socialize.yaml`, `errors.yaml`). */
  readonly fileName: string;
  readonly text: string;
  /** Taken from the built-in catalog because the folder has no file of this name. */
  readonly fallback?: boolean;
}

export { ERRORS_FILE } from './format.js';

export interface ReadCatalogOptions {
  /** errors.yaml to use when the dir has none (a user's own catalog reusing the built-in error table). */
  readonly errorsFallback?: string;
  /**
   * The built-in catalog folder, whose sources.yaml and common.yaml (and errors.yaml, unless
   * `errorsFallback` says otherwise) stand in for the files a user's catalog does not have.
   */
  readonly fallbackDir?: string;
}

/**
 * Reads `errors.yaml`, `sources.yaml`, `common.yaml` and every namespace file of a catalog dir.
 * A file the dir lacks comes from the fallbacks (marked `fallback`); only errors.yaml must exist somewhere.
 * `fidelity-differences.yaml` belongs to the fidelity check and is not read.
 */
export function readCatalogDir(dir: string, options: ReadCatalogOptions = {}): CatalogSource[] {
  const absDir = path.resolve(dir);
  if (!existsSync(absDir))
    throw new CatalogError([
      {
        file: displayPath(absDir),
        line: 0,
        path: '',
        message:
          'catalog directory does not exist; pass --catalog DIR with a folder holding errors.yaml and ' +
          '<namespace>.yaml files',
      },
    ]);
  const names = readdirSync(absDir).sort(compareStrings);
  const sources: CatalogSource[] = [];
  const issues: CatalogIssue[] = [];
  for (const name of names) {
    const full = path.join(absDir, name);
    if (name.endsWith('.yml')) {
      issues.push({
        file: displayPath(full),
        line: 1,
        path: '',
        message: `catalog files use the .yaml extension; rename it to ${name.slice(0, -4)}.yaml`,
      });
      continue;
    }
    if (!name.endsWith('.yaml') || name === FIDELITY_FILE) continue;
    sources.push({
      displayPath: displayPath(full),
      bannerPath: `${path.basename(absDir)}/${name}`,
      fileName: name,
      text: readFileSync(full, 'utf8'),
    });
  }
  const fallback = (full: string, fileName: string): void => {
    sources.push({
      displayPath: displayPath(full),
      bannerPath: `${path.basename(path.dirname(full))}/${fileName}`,
      fileName,
      text: readFileSync(full, 'utf8'),
      fallback: true,
    });
  };
  for (const fileName of [SOURCES_FILE, COMMON_FILE]) {
    const full = options.fallbackDir === undefined ? undefined : path.join(options.fallbackDir, fileName);
    if (!names.includes(fileName) && full !== undefined && existsSync(full)) fallback(path.resolve(full), fileName);
  }
  if (!names.includes(ERRORS_FILE)) {
    const errorsFallback =
      options.errorsFallback ??
      (options.fallbackDir === undefined ? undefined : path.join(options.fallbackDir, ERRORS_FILE));
    if (errorsFallback !== undefined && existsSync(errorsFallback)) {
      fallback(path.resolve(errorsFallback), ERRORS_FILE);
    } else {
      issues.push({
        file: displayPath(absDir),
        line: 0,
        path: '',
        message: `no ${ERRORS_FILE} in the catalog directory; add one (format: catalog/README.md)`,
      });
    }
  }
  if (issues.length > 0) throw new CatalogError(issues);
  return sources;
}

/** A path for messages: relative to the working directory when inside it, POSIX separators. */
export function displayPath(full: string): string {
  const rel = path.relative(process.cwd(), full);
  const shown = rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? full : rel;
  return shown.split(path.sep).join('/');
}
