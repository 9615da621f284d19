/**
 * The docs' template engine costs nothing to a run that renders no docs: handlebars is loaded when
 * the first page is rendered, not when the generator is imported.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { generate } from '../../codegen/generate.js';
import { loadCatalog } from '../../codegen/load/index.js';
import { VALID_FIXTURE } from './helpers.js';

const loaded = (): boolean =>
  Object.keys(createRequire(import.meta.url).cache).some((file) => /[\\/]node_modules[\\/]handlebars[\\/]/.test(file));

describe('the docs template engine', () => {
  it('is loaded by the first page rendered, not by a run without docs', () => {
    const ir = loadCatalog(VALID_FIXTURE);
    const runtime = { kind: 'relative', fromRoot: '../src/runtime.js' } as const;
    expect(generate(ir, { runtime, docs: false }).docs.size).toBe(0);
    expect(loaded()).toBe(false);
    const withDocs = generate(ir, { runtime, docs: true });
    expect([...withDocs.docs.keys()]).toEqual(['common.md', 'errors.md', 'socialize.md']);
    expect(loaded()).toBe(true);
    // Rendered again by the same process (compiled templates reused): the same bytes.
    expect(generate(ir, { runtime, docs: true }).docs).toEqual(withDocs.docs);
  });
});
