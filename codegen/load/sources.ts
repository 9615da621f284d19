/** The catalog's files: which ones a catalog dir holds, and how their paths are shown. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compareStrings } from '../ir.js';
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
}

export const ERRORS_FILE = 'errors.yaml';

/**
 * Reads `errors.yaml` and every other `*.yaml` of a catalog dir. `errorsFallback` is used when the
 * dir has no errors.yaml (a user's own catalog reusing the built-in error table).
 */
export function readCatalogDir(dir: string, options: { errorsFallback?: string } = {}): CatalogSource[] {
  const absDir = path.resolve(dir);
  if (!existsSync(absDir))
    throw new CatalogError([
      {
        file: displayPath(absDir),
        line: 0,
        path: '',
        message:
          'catalog directory does not exist; pass --catalog DIR with a folder holding errors.yaml and <namespace>.yaml files',
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
    if (!name.endsWith('.yaml')) continue;
    sources.push({
      displayPath: displayPath(full),
      bannerPath: `${path.basename(absDir)}/${name}`,
      fileName: name,
      text: readFileSync(full, 'utf8'),
    });
  }
  if (!names.includes(ERRORS_FILE)) {
    if (options.errorsFallback !== undefined && existsSync(options.errorsFallback)) {
      const full = path.resolve(options.errorsFallback);
      sources.push({
        displayPath: displayPath(full),
        bannerPath: `${path.basename(path.dirname(full))}/${ERRORS_FILE}`,
        fileName: ERRORS_FILE,
        text: readFileSync(full, 'utf8'),
      });
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
