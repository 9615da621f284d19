/** Reads `errors.yaml`: the error-code table, checked entry by entry. */
import { isMap } from 'yaml';
import { LOCAL_ERROR_CODES } from '../../src/runtime.js';
import { OUTCOMES, RETRY_CLASSES, type ErrorCodeIR, type Outcome, type RetryClass } from '../ir.js';
import { ERROR_NAME, pascalCase } from '../naming.js';
import { ERROR_SPEC, ERRORS_ROOT, LEGACY_SPEC, readSources } from './format.js';
import type { CatalogIssue } from './issues.js';
import type { CatalogSource } from './sources.js';
import { FileReader, join } from './yaml.js';

export function readErrorsFile(source: CatalogSource, issues: CatalogIssue[]): ErrorCodeIR[] {
  const r = new FileReader(source, issues);
  if (!r.ok) return [];
  const root = r.object(r.deref(r.doc.contents), 1, '', 'errors.yaml', ERRORS_ROOT);
  if (!root) return [];
  const items = r.list(root, 'codes', '', 'errors.yaml', '- code: …') ?? [];
  const out: ErrorCodeIR[] = [];
  const seenCodes = new Map<number, number>();
  const seenNames = new Map<string, { line: number; code: number | undefined }>();
  for (const item of items) {
    const codeGuess = isMap(item.node) ? item.node.get('code') : undefined;
    const what = typeof codeGuess === 'number' ? `error ${codeGuess}` : `error at ${item.where}`;
    const e = r.object(item.node, item.line, item.where, what, ERROR_SPEC);
    if (!e) continue;
    const code = r.int(e, 'code', item.where, what, '<number, e.g. 403003>');
    const name = r.text(e, 'name', item.where, what, ERROR_SPEC);
    const message = r.text(e, 'message', item.where, what, ERROR_SPEC);
    const description = r.text(e, 'description', item.where, what, ERROR_SPEC);
    const httpStatus = r.int(e, 'httpStatus', item.where, what, '<number, e.g. 403>');
    const outcome = r.oneOf<Outcome>(e, 'outcome', item.where, what, OUTCOMES);
    const retry = r.oneOf<RetryClass>(e, 'retry', item.where, what, RETRY_CLASSES);
    const common = r.bool(e, 'common', item.where, what) ?? false;
    const sources = readSources(r, e, item.where, what);
    let legacy: { message: string; era: string } | undefined;
    const legacyEntry = e.get('legacy');
    if (legacyEntry) {
      const lw = join(item.where, 'legacy');
      const l = r.object(legacyEntry.value, legacyEntry.line, lw, `legacy note of ${what}`, LEGACY_SPEC);
      if (l) {
        const lm = r.text(l, 'message', lw, `legacy note of ${what}`, LEGACY_SPEC);
        const era = r.text(l, 'era', lw, `legacy note of ${what}`, LEGACY_SPEC);
        if (lm !== undefined && era !== undefined) legacy = { message: lm, era };
      }
    }
    if (name !== undefined && !ERROR_NAME.test(name)) {
      r.add(
        e.get('name')?.line ?? item.line,
        join(item.where, 'name'),
        `${what}: name "${name}" must be PascalCase letters and digits (it becomes ErrorCode.${name}); rename it to "${pascalCase(name.replace(/[^A-Za-z0-9]+/g, ' '))}"`,
      );
    }
    if (httpStatus !== undefined && (httpStatus < 100 || httpStatus > 599)) {
      r.add(
        e.get('httpStatus')?.line ?? item.line,
        join(item.where, 'httpStatus'),
        `${what}: httpStatus ${httpStatus} is not an HTTP status; use a number from 100 to 599 (usually code / 1000)`,
      );
    }
    if (code !== undefined) {
      const first = seenCodes.get(code);
      if (first !== undefined)
        r.add(
          item.line,
          item.where,
          `duplicate error code ${code} (first at line ${first}); each code appears once, remove one`,
        );
      else seenCodes.set(code, item.line);
    }
    if (name !== undefined) {
      const first = seenNames.get(name);
      if (first !== undefined)
        r.add(
          e.get('name')?.line ?? item.line,
          join(item.where, 'name'),
          `duplicate error name "${name}" (first at line ${first.line}, code ${first.code}); give each code its own name`,
        );
      else seenNames.set(name, { line: e.get('name')?.line ?? item.line, code });
    }
    if (
      code === undefined ||
      name === undefined ||
      message === undefined ||
      description === undefined ||
      httpStatus === undefined ||
      outcome === undefined ||
      retry === undefined
    )
      continue;
    if (seenCodes.get(code) !== item.line) continue;
    out.push({
      code,
      name,
      message,
      description,
      httpStatus,
      outcome,
      retry,
      common,
      ...(legacy ? { legacy } : {}),
      sources,
      location: { file: source.displayPath, line: item.line, path: item.where },
    });
  }
  // The client raises these for any method, so every method's error union must contain them.
  for (const [code, when] of LOCAL_ERROR_CODES) {
    const entry = out.find((e) => e.code === code);
    if (!entry) {
      // An entry that failed its own checks is reported already.
      const written = items.some((item) => isMap(item.node) && item.node.get('code') === code);
      if (!written)
        r.add(
          1,
          'codes',
          `errors.yaml has no code ${code}, which the client raises itself for any method (${when}); add it with outcome: error and common: true`,
        );
    } else if (!entry.common || entry.outcome !== 'error') {
      r.add(
        entry.location.line,
        entry.location.path,
        `error ${code} is raised by the client itself for any method (${when}); give it outcome: error and common: true`,
      );
    }
  }
  return out;
}
