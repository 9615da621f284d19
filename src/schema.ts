/**
 * Reading the catalog's zod schemas without running them: a method's params shape, which params are
 * optional, and what type a node is. The client's checks and the emulator's decoding share it, so
 * both sides read a schema the same way.
 */

export interface ZodDef extends Record<string, unknown> {
  type: string;
}

export function defOf(schema: unknown): ZodDef | undefined {
  return (schema as { _zod?: { def?: ZodDef } } | undefined)?._zod?.def;
}

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'readonly',
  'catch',
  'nonoptional',
  'exact_optional',
]);

/** Strips optional/nullable/default/pipe/lazy wrappers. */
export function unwrap(schema: unknown): unknown {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (!def) return current;
    if (WRAPPERS.has(def.type)) current = def['innerType'];
    else if (def.type === 'pipe') current = def['in'];
    else if (def.type === 'lazy') current = (def['getter'] as () => unknown)();
    else return current;
  }
  return current;
}

/** The type of a schema node once unwrapped (`string`, `object`, `record`, `union`, …). */
export function schemaType(schema: unknown): string | undefined {
  return defOf(unwrap(schema))?.type;
}

/** Shape of a zod object schema (key → field schema), or undefined if the schema is not an object. */
export function objectShape(schema: unknown): Readonly<Record<string, unknown>> | undefined {
  const node = unwrap(schema);
  const def = defOf(node);
  if (def?.type !== 'object') return undefined;
  const shape = (node as { shape?: unknown }).shape ?? def['shape'];
  return typeof shape === 'object' && shape !== null ? (shape as Record<string, unknown>) : undefined;
}

/** A field that may be left out. */
export function isOptionalSchema(schema: unknown): boolean {
  return (schema as { _zod?: { optin?: unknown } } | undefined)?._zod?.optin === 'optional';
}
