/**
 * Reads `sources.yaml`: every provenance key the catalog may use, with the words hovers and docs
 * show for it. Keys are `seed` or `S_<NAME>`; `says` is what a reader sees next to an entry.
 */
import { compareStrings, type SourceIR } from '../ir.js';
import { SOURCE_SPEC, SOURCES_ROOT } from './format.js';
import type { CatalogIssue } from './issues.js';
import type { CatalogSource } from './sources.js';
import { FileReader } from './yaml.js';

const SOURCE_KEY = /^(seed|S_[A-Z0-9_]+)$/;

export function readSourcesFile(source: CatalogSource, issues: CatalogIssue[]): SourceIR[] {
  const r = new FileReader(source, issues);
  if (!r.ok) return [];
  const root = r.object(r.root, 1, '', 'sources.yaml', SOURCES_ROOT);
  const entry = root?.get('sources');
  if (!root || !entry) return [];
  const map = r.object(entry.value, entry.line, 'sources', 'sources');
  const out: SourceIR[] = [];
  for (const [key, e] of map ?? []) {
    const where = `sources.${key}`;
    const what = `source ${key}`;
    if (!SOURCE_KEY.test(key)) {
      r.add(e.line, where, `source key "${key}" must be seed or S_<NAME> in capitals (e.g. S_HELP); rename it`);
      continue;
    }
    const s = r.object(e.value, e.line, where, what, SOURCE_SPEC);
    if (!s) continue;
    const title = r.text(s, 'title', where, what, SOURCE_SPEC);
    const says = r.text(s, 'says', where, what, SOURCE_SPEC);
    const url = r.url(s, 'url', where, what);
    if (title === undefined || says === undefined) continue;
    out.push({ key, title, says, ...(url === undefined ? {} : { url }) });
  }
  return out.sort((a, b) => compareStrings(a.key, b.key));
}
