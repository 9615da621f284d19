/** Problems found in a catalog, and the error that carries all of them. */
import { compareStrings } from '../ir.js';

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
