/** catalog/README.md documents exactly what the loader accepts, requires and defaults. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG_KEYS } from '../../codegen/load/index.js';
import { parseSnippet } from './helpers.js';

const README = readFileSync(new URL('../../catalog/README.md', import.meta.url), 'utf8');

interface Row {
  readonly key: string;
  readonly required: string;
  readonly default: string;
}

/** The rows of the `| key | required | default | meaning |` table under `### <title>`. */
function table(title: string): Row[] {
  const start = README.indexOf(`\n### ${title}\n`);
  if (start < 0) throw new Error(`catalog/README.md has no "### ${title}" section`);
  const section = README.slice(start + 1).split(/\n#{2,3} /)[0]!;
  const rows = section.split('\n').filter((l) => /^\| `/.test(l));
  return rows.map((line) => {
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) => c.trim());
    return { key: cells[0]!.replace(/`/g, ''), required: cells[1]!, default: cells[2]! };
  });
}

/** A default cell as a value: `none` → undefined, `` `[]` `` → [], `` `active` `` → 'active'. */
function defaultValue(cell: string): unknown {
  if (cell === 'none') return undefined;
  const text = /^`(.*)`$/.exec(cell)?.[1];
  if (text === undefined) throw new Error(`unreadable default cell: ${cell}`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

describe('catalog/README.md key tables', () => {
  for (const [title, spec] of Object.entries(CATALOG_KEYS)) {
    it(`"${title}" lists the loader's keys, in order, with the same required flag`, () => {
      const rows = table(title);
      expect(rows.map((r) => r.key)).toEqual(Object.keys(spec));
      expect(rows.map((r) => [r.key, r.required])).toEqual(
        Object.entries(spec).map(([k, rule]) => [k, rule.required ? 'yes' : 'no']),
      );
      // A required key has no default; an optional one always says what the loader uses.
      for (const r of rows) expect([r.key, r.default === ''], title).toEqual([r.key, r.required === 'yes']);
    });
  }
});

describe('the defaults the README states are the loader defaults', () => {
  // Code 0 takes every default; the client's own codes must be there, as common codes.
  const errors = [
    'codes:',
    '  - { code: 0, name: Ok, message: OK, description: Fine., httpStatus: 200, outcome: ok, retry: none }',
    '  - { code: 400002, name: Missing, message: M, description: d., httpStatus: 400, outcome: error, retry: ' +
      'none, common: true }',
    '  - { code: 400006, name: Invalid, message: I, description: d., httpStatus: 400, outcome: error, retry: ' +
      'none, common: true }',
    '  - { code: 403006, name: Https, message: H, description: d., httpStatus: 403, outcome: error, retry: ' +
      'none, common: true }',
    '',
  ].join('\n');
  const ir = parseSnippet(
    [
      'namespace: socialize',
      'description: d',
      'methods:',
      '  - name: setStatus',
      '    description: d',
      '    safeToRepeat: false',
      '    params:',
      '      - { name: status, type: string, required: true, doc: Text. }',
      '    response:',
      '      fields: []',
      '    errors: []',
      '',
    ].join('\n'),
    { errors },
  );
  const ns = parseSnippet('namespace: socialize\ndescription: d\n', { errors }).namespaces[0]!;
  const method = ir.namespaces[0]!.methods[0]!;
  const param = method.params[0]!;
  const code = ir.errors.codes[0]!;

  const cases: [title: string, read: (key: string) => unknown][] = [
    ['Namespace keys', (key) => ({ docs: ns.docs, shapes: ns.shapes, methods: ns.methods })[key]],
    ['Method keys', (key) => (method as unknown as Record<string, unknown>)[key]],
    ['Response keys', (key) => (method.response as unknown as Record<string, unknown>)[key]],
    ['Field keys (params, response fields, shape fields)', (key) => (param as unknown as Record<string, unknown>)[key]],
    ['Error code keys', (key) => (code as unknown as Record<string, unknown>)[key]],
  ];
  for (const [title, read] of cases) {
    it(title, () => {
      const optional = table(title).filter((r) => r.required === 'no');
      expect(optional.length).toBeGreaterThan(0);
      for (const row of optional) {
        // An empty mapping or list in the IR is what "none" means for shapes and methods.
        const actual = read(row.key);
        const expected = defaultValue(row.default);
        expect([
          row.key,
          Array.isArray(actual) && actual.length === 0 && expected === undefined ? undefined : actual,
        ]).toEqual([row.key, expected]);
      }
    });
  }
});
