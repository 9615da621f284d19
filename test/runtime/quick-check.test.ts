/**
 * The pipeline skips zod when the quick check accepts a call's params, so the quick check may never
 * accept what zod refuses. Every catalogued params schema is tried with valid values built from the
 * zod schema itself, then with each field (and each field of a nested object) replaced by values
 * around every edge the check models: zod must accept whatever the quick check accepts.
 */
import { describe, expect, it } from 'vitest';
import { methodRegistry } from '../../generated/index.js';
import { socializeUserLocationSchema } from '../../generated/socialize/validators.gen.js';
import { isStandIn, lazySchema, quickAccepts, resolveSchema } from '../../src/lazy-schema.js';

type Def = Record<string, unknown> & { type: string };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const isOptional = (schema: unknown): boolean => (schema as { _zod: { optin?: string } })._zod.optin === 'optional';

/** A value zod accepts, with every optional field filled down to `depth`. */
function fullValue(schema: unknown, depth = 3): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return fullValue(def['innerType'], depth);
    case 'lazy':
      return fullValue((def['getter'] as () => unknown)(), depth);
    case 'string':
      return 'x';
    case 'number':
      return (def['checks'] as unknown[] | undefined)?.length ? 3 : 2.5;
    case 'boolean':
      return false;
    case 'unknown':
      return { any: ['thing'] };
    case 'union':
      return fullValue((def['options'] as unknown[])[(def['options'] as unknown[]).length - 1], depth);
    case 'array':
      return depth > 0 ? [fullValue(def['element'], depth - 1)] : [];
    case 'record':
      return depth > 0 ? { k: fullValue(def['valueType'], depth - 1) } : {};
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(def['shape'] as Record<string, unknown>)) {
        if (depth > 0 || !isOptional(v)) out[k] = fullValue(v, depth - 1);
      }
      return out;
    }
    default:
      throw new Error(`no value for a ${def.type} schema`);
  }
}

class Point {
  x = 1;
}

const EDGES: readonly unknown[] = [
  'x',
  '',
  0,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 53,
  1n,
  true,
  null,
  undefined,
  [],
  ['x'],
  [1],
  [null],
  [undefined],
  // biome-ignore lint/suspicious/noSparseArray: a hole is read as undefined.
  ['x', , 'y'],
  {},
  { x: 1 },
  { constructor: 1 },
  { constructor: () => 1 },
  Object.create(null),
  Object.assign(Object.create({ inherited: 'x' }), { own: 'x' }),
  JSON.parse('{"__proto__":"x"}'),
  { [Symbol('s')]: 'x' },
  new Date(0),
  new Map(),
  new Point(),
  () => 'x',
];

/** Every way of replacing one field of `value` (and one field of each nested object) with an edge. */
function* variants(value: Record<string, unknown>, fields: readonly string[]): Generator<unknown> {
  for (const key of fields) {
    for (const edge of EDGES) yield { ...value, [key]: edge };
    const { [key]: _dropped, ...rest } = value;
    yield rest;
    const inner = value[key];
    if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
      for (const innerKey of [...Object.keys(inner), 'unknownField'])
        for (const edge of EDGES) yield { ...value, [key]: { ...inner, [innerKey]: edge } };
    }
    if (Array.isArray(inner) && typeof inner[0] === 'object' && inner[0] !== null) {
      for (const innerKey of Object.keys(inner[0]))
        for (const edge of EDGES) yield { ...value, [key]: [{ ...inner[0], [innerKey]: edge }] };
    }
  }
  yield { ...value, notAParam: 'x' };
  yield [value];
  yield null;
  yield 'x';
}

describe('the quick params check', () => {
  it('accepts nothing zod refuses, for every catalogued method', () => {
    let agreed = 0;
    let deferred = 0;
    for (const [name, d] of methodRegistry) {
      expect(isStandIn(d.params), name).toBe(true);
      const schema = resolveSchema(d.params);
      const full = fullValue(schema) as Record<string, unknown>;
      expect(schema.safeParse(full).success, name).toBe(true);
      // Built from the schema, valid, and made only of modelled constructs: the quick check takes it.
      expect(quickAccepts(d.params, full), name).toBe(true);
      for (const candidate of variants(full, Object.keys(full))) {
        if (!quickAccepts(d.params, candidate)) {
          deferred++;
          continue;
        }
        agreed++;
        const parsed = schema.safeParse(candidate);
        if (!parsed.success) expect.fail(`${name}: quick check accepted ${String(JSON.stringify(candidate))}`);
      }
    }
    // Not vacuous: a good part of the variants is valid, and the check takes them.
    expect(agreed).toBeGreaterThan(10_000);
    expect(deferred).toBeGreaterThan(10_000);
  });

  it('leaves to zod what it does not model, and anything not built by lazySchema', () => {
    // Builders with constructs the generator does not write: typed with zod's own types here.
    const built = <T>(build: (z: typeof import('zod')) => unknown) => lazySchema<T>(build as never);
    const withBounds = built<{ name: string }>((z) => z.strictObject({ name: z.string().min(3) }));
    const withEnum = built<{ kind: string }>((z) => z.strictObject({ kind: z.enum(['a', 'b']) }));
    const looseObject = built<{ name: string }>((z) => z.object({ name: z.string() }));
    expect(quickAccepts(withBounds, { name: 'abcd' })).toBe(false);
    expect(quickAccepts(withEnum, { kind: 'a' })).toBe(false);
    expect(quickAccepts(looseObject, { name: 'a' })).toBe(false);
    expect(resolveSchema(withBounds).safeParse({ name: 'ab' }).success).toBe(false);
    expect(quickAccepts(resolveSchema(withBounds), { name: 'abcd' })).toBe(false);
    // A nested stand-in and a cycle through z.lazy are followed.
    type Tree = { name: string; children?: Tree[] };
    const tree: ReturnType<typeof lazySchema<Tree>> = lazySchema<Tree>((z) =>
      z.strictObject({ name: z.string(), children: z.array(z.lazy(() => tree)).optional() }),
    );
    expect(quickAccepts(tree, { name: 'a', children: [{ name: 'b', children: [] }] })).toBe(true);
    expect(quickAccepts(tree, { name: 'a', children: [{ name: 1 }] })).toBe(false);
    expect(resolveSchema(tree).safeParse({ name: 'a', children: [{ name: 'b' }] }).success).toBe(true);
  });

  it('a stand-in is the zod schema it describes: parsed, unwrapped and composed like one', async () => {
    const z = await import('zod');
    expect(socializeUserLocationSchema).toBeInstanceOf(z.ZodType);
    expect(defOf(socializeUserLocationSchema).type).toBe('lazy');
    expect(socializeUserLocationSchema.safeParse({ latitude: 1.5, longitude: 2 }).success).toBe(true);
    expect(socializeUserLocationSchema.safeParse({ latitude: '1.5', longitude: 2 }).success).toBe(false);
    const composed = z.strictObject({ where: socializeUserLocationSchema.optional() });
    expect(composed.safeParse({ where: { latitude: 1.5, longitude: 2 } }).success).toBe(true);
    expect(composed.safeParse({ where: { latitude: 1.5, longitude: 2, x: 1 } }).success).toBe(false);
    expect(Object.keys(socializeUserLocationSchema)).toEqual(Object.keys(resolveSchema(socializeUserLocationSchema)));
  });
});
