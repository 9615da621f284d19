/**
 * The one-way boundary, measured: what a user's bundle carries (bench/bundle.ts, esbuild). Sizes
 * are deterministic, so these are checks, not timings.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureBundles, ONE_METHOD_BUDGET_BYTES, type BundleSize, type BundleSizes } from '../../bench/bundle.js';

const generatedInputs = (size: BundleSize): string[] =>
  size.inputs.map((i) => i.file).filter((f) => f.startsWith('generated/'));

/**
 * Bundlers drop an unused method only when generated top-level calls are marked pure; until the
 * generator marks them, importing one method keeps the namespace's other descriptors and schemas.
 */
const generatedIsPure = ['methods.gen.ts', 'validators.gen.ts'].every((file) =>
  /[@#]__PURE__/.test(readFileSync(new URL(`../../generated/socialize/${file}`, import.meta.url), 'utf8')),
);

let sizes: BundleSizes;
beforeAll(async () => {
  sizes = await measureBundles();
}, 60_000);

describe('bundle sizes', () => {
  it('the client runtime alone carries nothing of generated/', () => {
    expect(generatedInputs(sizes.runtime)).toEqual([]);
    expect(sizes.runtime.inputs.map((i) => i.file)).toContain('src/call/invoke.ts');
  });

  it('a base client from the package root carries the error table and no method', () => {
    expect(generatedInputs(sizes.baseClient)).toEqual(['generated/errors.gen.ts']);
  });

  it('the runtime alone stays well under the whole client', () => {
    expect(sizes.runtime.bytes).toBeLessThan(sizes.baseClient.bytes);
    expect(sizes.runtime.bytes).toBeLessThanOrEqual(0.6 * sizes.wholeClient.bytes);
  });

  it('one method imported through gigya-typed/socialize costs less than every method', () => {
    expect(generatedInputs(sizes.baseClientOneMethod)).not.toContain('generated/index.ts');
    expect(sizes.baseClientOneMethod.bytes).toBeGreaterThan(sizes.baseClient.bytes);
    expect(sizes.baseClientOneMethod.bytes).toBeLessThan(sizes.wholeClient.bytes);
  });

  it.runIf(generatedIsPure)(`one method adds at most ${ONE_METHOD_BUDGET_BYTES / 1024} KB to a base client`, () => {
    expect(sizes.baseClientOneMethod.bytes - sizes.baseClient.bytes).toBeLessThanOrEqual(ONE_METHOD_BUDGET_BYTES);
  });

  it('one accounts method carries only its own descriptor, not the namespace', () => {
    const generated = generatedInputs(sizes.baseClientOneAccountsMethod);
    expect(generated).not.toContain('generated/index.ts');
    expect(generated.some((f) => f.startsWith('generated/socialize/'))).toBe(false);
    const accounts = sizes.baseClientOneAccountsMethod.inputs.find(
      (i) => i.file === 'generated/accounts/methods.gen.ts',
    );
    const all = sizes.wholeClient.inputs.find((i) => i.file === 'generated/accounts/methods.gen.ts');
    expect(accounts?.bytes).toBeGreaterThan(0);
    // The one method's descriptor, function and shared hints: a small part of the namespace's 141 methods.
    expect(accounts!.bytes).toBeLessThan(0.1 * all!.bytes);
  });
});
