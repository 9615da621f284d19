/**
 * methods.gen.ts builds its descriptors from JSON text (`describeMethod`, `hintsFromJson`), which a
 * compiler does not check; validators.check.ts builds the same descriptors from typed literals, which
 * `npm test` type-checks. This test holds the two equal, method by method, in every committed
 * namespace and in the fixture output, so the typed proof covers what the runtime gets.
 */
import { describe, expect, it } from 'vitest';
import * as accountsChecks from '../../generated/accounts/validators.check.js';
import * as accounts from '../../generated/accounts/index.js';
import * as socializeChecks from '../../generated/socialize/validators.check.js';
import * as socialize from '../../generated/socialize/index.js';
import * as fixtureChecks from '../types/fixture/socialize/validators.check.js';
import * as fixture from '../types/fixture/socialize/index.js';
import type { MethodDescriptor } from '../../src/runtime.js';

const cases = [
  ['accounts', accounts.accountsMethods, accountsChecks.descriptorsChecked(), accounts],
  ['socialize', socialize.socializeMethods, socializeChecks.descriptorsChecked(), socialize],
  ['fixture socialize', fixture.socializeMethods, fixtureChecks.descriptorsChecked(), fixture],
] as const;

/** A descriptor without its validator, which each side builds on its own (the check file's is typed). */
function facts(d: MethodDescriptor): Omit<MethodDescriptor, 'params'> {
  const { params: _params, ...rest } = d;
  return rest;
}

describe.each(cases)('%s: descriptors from JSON equal the typed ones', (_name, list, checked, module) => {
  it('lists the same methods', () => {
    expect(list.map((d) => d.name)).toEqual(Object.keys(checked));
  });

  it('has the same facts, hints and key order, method by method', () => {
    for (const d of list) {
      const typed = checked[d.name]!;
      expect(facts(d), d.name).toEqual(facts(typed));
      expect(Object.keys(d), d.name).toEqual(Object.keys(typed));
      expect(Object.isFrozen(d), d.name).toBe(true);
    }
  });

  it("takes each method's validator from validators.gen.ts", () => {
    const schemas = module as unknown as Record<string, unknown>;
    const validatorOf = new Map(
      Object.entries(schemas)
        .filter(([key]) => key.endsWith('ParamsSchema'))
        .map(([key, value]) => [value, key] as const),
    );
    for (const d of list) expect(validatorOf.get(d.params), d.name).toMatch(/ParamsSchema$/);
  });
});

it('shares the hints of a shape between the accounts methods that return it', () => {
  const nested = accounts.accountsMethods.flatMap((d) =>
    Object.values(d.responseHints ?? {}).flatMap((hint) => {
      const inner = typeof hint === 'object' && 'items' in hint ? hint.items : hint;
      return typeof inner === 'object' && 'fields' in inner ? [inner.fields] : [];
    }),
  );
  // Repeated objects, not copies: a shape's hints are declared once per module.
  expect(new Set(nested).size).toBeLessThan(nested.length / 2);
});
