/**
 * Reads `common.yaml`: the params Gigya accepts on every method (`cid`, `context`, …). The
 * generator adds them to every method's params, so the catalog never repeats them per method.
 */
import { CLIENT_PARAMS } from '../../src/runtime.js';
import { compareStrings, type FieldIR } from '../ir.js';
import { readFields } from './fields.js';
import { COMMON_ROOT } from './format.js';
import type { CatalogIssue } from './issues.js';
import type { CatalogSource } from './sources.js';
import { FileReader } from './yaml.js';

export function readCommonFile(
  source: CatalogSource,
  issues: CatalogIssue[],
  sourceKeys: ReadonlySet<string>,
): FieldIR[] {
  const r = new FileReader(source, issues);
  if (!r.ok) return [];
  const root = r.object(r.root, 1, '', 'common.yaml', COMMON_ROOT);
  if (!root) return [];
  const params =
    readFields({ r, shapeNames: [], sourceKeys }, root, 'params', '', 'common param', 'of common.yaml') ?? [];
  for (const p of params) {
    if (CLIENT_PARAMS.has(p.name))
      r.add(
        p.location.line,
        p.location.path,
        `common param "${p.name}" is set by the client itself (credentials, signing or format); remove it`,
      );
    if (p.required)
      r.add(
        p.location.line,
        p.location.path,
        `common param "${p.name}" is required; a param every method needs is the client's to set, so make it ` +
          'required: false',
      );
  }
  return params.filter((p) => !CLIENT_PARAMS.has(p.name)).sort((a, b) => compareStrings(a.name, b.name));
}
