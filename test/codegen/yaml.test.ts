/**
 * The fast YAML reader (codegen/load/fast-yaml.ts) gives what the `yaml` package gives, values and
 * lines, on every catalog file and on the edge cases of its subset; outside the subset it gives up,
 * and the loader reads the file with the `yaml` package (so errors keep their file:line).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFast } from '../../codegen/load/fast-yaml.js';
import { parseWithYamlPackage, parseYaml, toJS, type YNode } from '../../codegen/load/yaml.js';
import { syntheticCatalog } from '../../bench/scale.js';

const CATALOG = fileURLToPath(new URL('../../catalog/', import.meta.url));

/** Every key with its line, and every scalar with its line, in document order. */
function positions(node: YNode | null, path = ''): string[] {
  if (node === null) return [];
  switch (node.kind) {
    case 'scalar':
      return [`${path}@${node.line}`];
    case 'seq':
      return [`${path}[]@${node.line}`, ...node.items.flatMap((item, i) => positions(item, `${path}[${i}]`))];
    case 'map':
      return [
        `${path}{}@${node.line}`,
        ...node.items.flatMap((p) => [`${path}.${p.key}:${p.keyLine}`, ...positions(p.value, `${path}.${p.key}`)]),
      ];
  }
}

function agree(text: string, what: string): void {
  const fast = parseFast(text);
  expect(fast, `${what}: the fast reader gave up`).toBeDefined();
  const slow = parseWithYamlPackage(text);
  expect(slow.errors, what).toEqual([]);
  expect(toJS(fast?.root ?? null), what).toEqual(toJS(slow.root));
  expect(positions(fast?.root ?? null), what).toEqual(positions(slow.root));
}

describe('the fast YAML reader', () => {
  it('reads every catalog file as the yaml package does, lines included', () => {
    const files = readdirSync(CATALOG).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(15);
    for (const f of files) agree(readFileSync(`${CATALOG}${f}`, 'utf8'), f);
  });

  it('reads the synthetic catalog of the scale bench', () => {
    for (const [name, text] of syntheticCatalog(200)) agree(text, name);
  });

  it.each([
    [
      'scalars of the core schema',
      'a: 1\nb: -2\nc: 1.5\nd: 1e3\ne: true\nf: False\ng: null\nh: ~\ni: 0x1F\nj: 0o17\nk: .inf\nl: text\n',
    ],
    ['quoted text with escapes', 'a: "x \\"y\\" \\u00e9 \\n"\nb: \'it\'\'s\'\nc: "# not a comment"\n'],
    ['comments and blank lines', '# head\na: 1 # trailing\n\n  # indented\nb: [x, y] # after a flow\n'],
    [
      'flow lists and mappings, nested, over lines',
      'a: [1, "two", { k: v, n: [3] }]\nb:\n  [\n    x,\n    y,\n  ]\nc: {}\nd: []\n',
    ],
    [
      'sequences of mappings at the key indent and deeper',
      'a:\n- x: 1\n  y: 2\n- z\nb:\n  - - ok\n'.replace('  - - ok\n', '  - ok\n'),
    ],
    ['empty values', 'a:\nb: \nc:\n  - \n  -\n'],
    ['keys with dots, dashes and quotes', 'tfa.backupcodes: T\nx-forwarded: y\n"quoted key": 1\n'],
    ['text with colons and hashes inside', 'url: https://example.test/a#b\ndoc: a:b and c#d\n'],
  ])('%s', (_what, text) => agree(text, _what));

  it.each([
    ['block scalars', 'a: |\n  line\n'],
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['a plain scalar over two lines', 'a: one\n  two\n'],
    ['tabs for indentation', 'a:\n\tb: 1\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['a nested sequence on one line', 'a:\n  - - x\n'],
    ['a syntax error', 'a: [1, 2\nb: 3\n'],
    ['a mapping inside a plain value', 'a: b: c\n'],
  ])('gives up on %s, and the yaml package reads it', (_what, text) => {
    expect(parseFast(text)).toBeUndefined();
    const read = parseYaml(text);
    expect(read).toEqual(parseWithYamlPackage(text));
  });

  it('a syntax error keeps its line through the fallback', () => {
    const read = parseYaml('a: 1\nb: [1, 2\nc: 3\n');
    expect(read.errors.length).toBeGreaterThan(0);
    expect(read.errors[0]?.line).toBeGreaterThanOrEqual(2);
  });
});
