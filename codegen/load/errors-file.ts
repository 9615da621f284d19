/** Reads `errors.yaml`: the error-code table, checked entry by entry. */
import { LOCAL_ERROR_CODES } from '../../src/runtime.js';
import {
  OUTCOMES,
  RETRY_CLASSES,
  type CarriedFieldIR,
  type ErrorCodeIR,
  type Outcome,
  type RetryClass,
} from '../ir.js';
import { ERROR_NAME, FIELD_NAME, pascalCase } from '../naming.js';
import {
  CARRIED_SPEC,
  containsCsv,
  ENVELOPE_FIELDS,
  ERROR_SPEC,
  ERRORS_ROOT,
  LEGACY_SPEC,
  parseType,
  readSources,
} from './format.js';
import type { CatalogIssue } from './issues.js';
import type { CatalogSource } from './sources.js';
import { FileReader, get, isMap, isScalar, join, type Entry } from './yaml.js';

export function readErrorsFile(
  source: CatalogSource,
  issues: CatalogIssue[],
  sourceKeys: ReadonlySet<string>,
): ErrorCodeIR[] {
  const r = new FileReader(source, issues);
  if (!r.ok) return [];
  const root = r.object(r.root, 1, '', 'errors.yaml', ERRORS_ROOT);
  if (!root) return [];
  const items = r.list(root, 'codes', '', 'errors.yaml', '- code: …') ?? [];
  const out: ErrorCodeIR[] = [];
  const seenCodes = new Map<number, number>();
  const seenNames = new Map<string, { line: number; code: number | undefined }>();
  for (const item of items) {
    const codeNode = get(item.node, 'code');
    const codeGuess = isScalar(codeNode) ? codeNode.value : undefined;
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
    const sources = readSources(r, e, item.where, what, sourceKeys);
    const carries = readCarries(r, e, item.where, what, sourceKeys);
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
        `${what}: name "${name}" must be PascalCase letters and digits (it becomes ErrorCode.${name}); ` +
          `rename it to "${pascalCase(name.replace(/[^A-Za-z0-9]+/g, ' '))}"`,
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
          `duplicate error name "${name}" (first at line ${first.line}, code ${first.code}); give each code ` +
            'its own name',
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
      carries,
      location: { file: source.displayPath, line: item.line, path: item.where },
    });
  }
  // The client raises these for any method, so every method's error union must contain them.
  for (const [code, when] of LOCAL_ERROR_CODES) {
    const entry = out.find((e) => e.code === code);
    if (!entry) {
      // An entry that failed its own checks is reported already.
      const written = items.some((item) => {
        const c = get(item.node, 'code');
        return isMap(item.node) && isScalar(c) && c.value === code;
      });
      if (!written)
        r.add(
          1,
          'codes',
          `errors.yaml has no code ${code}, which the client raises itself for any method (${when}); add it ` +
            'with outcome: error and common: true',
        );
    } else if (!entry.common || entry.outcome !== 'error') {
      r.add(
        entry.location.line,
        entry.location.path,
        `error ${code} is raised by the client itself for any method (${when}); give it outcome: error and ` +
          'common: true',
      );
    }
  }
  return out;
}

/**
 * `carries:`: response fields that come with the code (`regToken` with 206001). Types are built-in
 * types; a field without a type takes its type from the response of each method that lists the code.
 */
function readCarries(
  r: FileReader,
  e: Map<string, Entry>,
  where: string,
  what: string,
  sourceKeys: ReadonlySet<string>,
): CarriedFieldIR[] {
  const items = r.list(e, 'carries', where, what, '- name: regToken') ?? [];
  const out: CarriedFieldIR[] = [];
  for (const item of items) {
    const f = r.object(item.node, item.line, item.where, `field carried by ${what}`, CARRIED_SPEC);
    if (!f) continue;
    const fw = `field carried by ${what}`;
    const name = r.text(f, 'name', item.where, fw, CARRIED_SPEC);
    const required = r.bool(f, 'required', item.where, fw);
    const typeText = r.text(f, 'type', item.where, fw, CARRIED_SPEC);
    const doc = r.text(f, 'doc', item.where, fw, CARRIED_SPEC);
    const sources = readSources(r, f, item.where, fw, sourceKeys);
    if (name !== undefined && (!FIELD_NAME.test(name) || ENVELOPE_FIELDS.includes(name)))
      r.add(
        item.line,
        join(item.where, 'name'),
        `${fw}: "${name}" is not a response field name (or is an envelope field); fix it`,
      );
    if (name !== undefined && out.some((o) => o.name === name))
      r.add(item.line, item.where, `${what} carries "${name}" twice; remove the repeat`);
    let type: CarriedFieldIR['type'];
    if (typeText !== undefined) {
      const parsed = parseType(typeText.replace(/\s+/g, ''), []);
      if (
        'error' in parsed ||
        containsCsv(parsed.type) ||
        (parsed.type.kind === 'primitive' && parsed.type.name === 'csv')
      )
        r.add(
          f.get('type')?.line ?? item.line,
          join(item.where, 'type'),
          `${fw}: type "${typeText}" must be a built-in type, T[] or map<T> ` +
            `(shapes belong to the method's response: leave type out to use its field)`,
        );
      else type = parsed.type;
    }
    if (typeText !== undefined && doc === undefined && !f.has('doc'))
      r.add(item.line, item.where, `${fw}: a field with its own type needs a doc; add doc: <one or two sentences>`);
    if (name === undefined || required === undefined) continue;
    out.push({
      name,
      required,
      ...(type === undefined ? {} : { type }),
      ...(doc === undefined ? {} : { doc }),
      sources,
      location: { file: r.source.displayPath, line: item.line, path: item.where },
    });
  }
  return out;
}
