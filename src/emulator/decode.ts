/**
 * Turns wire strings into typed values by walking the method's generated zod schema, then
 * validates them with that same schema: the emulator checks params exactly as the client does.
 *
 * Decoding by schema node: string/enum → as is; number → decimal text; boolean → `true`/`false`
 * (any case, as Python/.NET send `True`/`False`) or `1`/`0` (PHP); objects, records, arrays →
 * JSON, except arrays of strings/enum values, which also take comma-separated text (csv params);
 * unions → the first option that validates; unknown → JSON when it parses as an object/array,
 * else the text.
 */
import type * as z from 'zod';
import type { MethodDescriptor } from '../runtime.js';
import { resolveSchema } from '../lazy-schema.js';
import { defOf, isOptionalSchema, objectShape, unwrap } from '../schema.js';
import { MAX_PARAM_DEPTH, nestsDeeperThan } from '../wire/nesting.js';

/** Params every request may carry that are not method params (auth, transport, envelope). */
export const TRANSPORT_PARAMS: ReadonlySet<string> = new Set([
  'apiKey',
  'userKey',
  'secret',
  'sig',
  'nonce',
  'timestamp',
  'format',
  'httpStatusCodes',
  'sdk',
  'oauth_token',
  'callback',
  'context',
]);

class DecodeProblem extends Error {}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** JSON text, nested no deeper than the client allows: later walks (validation, cloning, XML) stay bounded. */
function parseJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DecodeProblem('expected JSON text');
  }
  if (nestsDeeperThan(value)) throw new DecodeProblem(`nests deeper than ${MAX_PARAM_DEPTH} levels`);
  return value;
}

/** Typed value of one wire string for a schema node; throws DecodeProblem when it cannot be one. */
export function decodeValue(schema: unknown, text: string): unknown {
  const node = unwrap(schema);
  const def = defOf(node);
  if (!def) return text;
  switch (def.type) {
    case 'string':
    case 'enum':
    case 'template_literal':
      return text;
    case 'number':
    case 'int':
      if (!NUMBER.test(text.trim())) throw new DecodeProblem('expected a number');
      return Number(text.trim());
    case 'bigint':
      try {
        return BigInt(text.trim());
      } catch {
        throw new DecodeProblem('expected an integer');
      }
    case 'boolean': {
      const t = text.trim().toLowerCase();
      if (t === 'true' || t === '1') return true;
      if (t === 'false' || t === '0') return false;
      throw new DecodeProblem('expected true or false');
    }
    case 'literal': {
      const values = (def['values'] as unknown[] | undefined) ?? [];
      const first = values[0];
      if (typeof first === 'number') return decodeValue({ _zod: { def: { type: 'number' } } }, text);
      if (typeof first === 'boolean') return decodeValue({ _zod: { def: { type: 'boolean' } } }, text);
      return text;
    }
    case 'array': {
      // A csv list (`a,b`) of strings or enum values; anything else is JSON.
      const element = defOf(unwrap(def['element']));
      if (!text.trim().startsWith('[') && (element?.type === 'string' || element?.type === 'enum')) {
        return text
          .split(',')
          .map((item) => item.trim())
          .filter((item) => item !== '');
      }
      return parseJson(text);
    }
    case 'object':
    case 'record':
    case 'tuple':
    case 'map':
    case 'set':
      return parseJson(text);
    case 'union': {
      const options = (def['options'] as unknown[] | undefined) ?? [];
      let firstDecoded: { value: unknown } | undefined;
      for (const option of options) {
        let value: unknown;
        try {
          value = decodeValue(option, text);
        } catch {
          continue;
        }
        firstDecoded ??= { value };
        if ((option as z.ZodType).safeParse(value).success) return value;
      }
      if (firstDecoded) return firstDecoded.value;
      throw new DecodeProblem('no accepted form matches');
    }
    case 'unknown':
    case 'any': {
      const t = text.trim();
      if (t.startsWith('{') || t.startsWith('[')) {
        let value: unknown;
        try {
          value = JSON.parse(t);
        } catch {
          return text;
        }
        if (nestsDeeperThan(value)) throw new DecodeProblem(`nests deeper than ${MAX_PARAM_DEPTH} levels`);
        return value;
      }
      return text;
    }
    default:
      return text;
  }
}

export interface ValidationFailure {
  readonly ok: false;
  readonly errorCode: 400002 | 400006;
  readonly errorDetails: string;
  readonly validationErrors: ReadonlyArray<{ errorCode: number; message: string; fieldName: string }>;
}

export interface ValidationSuccess {
  readonly ok: true;
  /** Typed params, keyed by the catalog's names. */
  readonly params: Record<string, unknown>;
  /** Params received that the method does not know (ignored, as Gigya does). */
  readonly ignored: readonly string[];
}

interface ShapeIndex {
  /** Lower-cased name → the catalog's name (the first, when two differ only in case). */
  readonly byLower: ReadonlyMap<string, string>;
  /** Names of the fields that are not optional, in the shape's order. */
  readonly required: readonly string[];
}

/** A method's params shape, found once per schema: a schema does not change. */
const shapes = new WeakMap<object, Readonly<Record<string, unknown>> | null>();

export function shapeOf(schema: z.ZodType): Readonly<Record<string, unknown>> | undefined {
  let shape = shapes.get(schema);
  if (shape === undefined) {
    shape = objectShape(schema) ?? null;
    shapes.set(schema, shape);
  }
  return shape ?? undefined;
}

/** Per method shape, computed once: a schema does not change. */
const shapeIndexes = new WeakMap<object, ShapeIndex>();

function shapeIndex(shape: Readonly<Record<string, unknown>>): ShapeIndex {
  let index = shapeIndexes.get(shape);
  if (index === undefined) {
    const byLower = new Map<string, string>();
    for (const key of Object.keys(shape)) if (!byLower.has(key.toLowerCase())) byLower.set(key.toLowerCase(), key);
    index = { byLower, required: Object.keys(shape).filter((key) => !isOptionalSchema(shape[key])) };
    shapeIndexes.set(shape, index);
  }
  return index;
}

/** How Gigya spells a param in messages (the catalog's `uid` is Gigya's `UID`). */
function displayName(key: string): string {
  return key === 'uid' ? 'UID' : key;
}

/**
 * Decodes and validates the method params of a request. Transport params are skipped; unknown
 * params are ignored; names match the catalog exactly or, failing that, case-insensitively
 * (`UID` = `uid`); an empty value counts as absent.
 */
export function validateParams(
  descriptor: MethodDescriptor,
  wire: Readonly<Record<string, string>>,
): ValidationSuccess | ValidationFailure {
  const shape = shapeOf(descriptor.params);
  const typed: Record<string, unknown> = {};
  const ignored: string[] = [];
  if (!shape) {
    for (const [k, v] of Object.entries(wire)) if (!TRANSPORT_PARAMS.has(k)) typed[k] = v;
    return { ok: true, params: typed, ignored };
  }
  const { byLower, required } = shapeIndex(shape);
  const problems: Array<{ key: string; message: string }> = [];
  for (const name of Object.keys(wire)) {
    if (TRANSPORT_PARAMS.has(name)) continue;
    const text = wire[name] as string;
    const key = Object.hasOwn(shape, name) ? name : byLower.get(name.toLowerCase());
    if (key === undefined) {
      ignored.push(name);
      continue;
    }
    // An exact-name param wins over a case-insensitive duplicate.
    if (key !== name && Object.hasOwn(wire, key)) continue;
    if (text === '') continue;
    try {
      typed[key] = decodeValue(shape[key], text);
    } catch (problem) {
      problems.push({ key, message: problem instanceof DecodeProblem ? problem.message : 'cannot be read' });
    }
  }
  let missing: string[] | undefined;
  for (const key of required) if (!(key in typed) && !problems.some((p) => p.key === key)) (missing ??= []).push(key);
  if (missing !== undefined) {
    const names = missing.map(displayName);
    return {
      ok: false,
      errorCode: 400002,
      errorDetails: `Missing required parameter: ${names.join(', ')}`,
      validationErrors: names.map((fieldName) => ({
        errorCode: 400002,
        message: 'Missing required parameter',
        fieldName,
      })),
    };
  }
  if (problems.length === 0) {
    // The built schema itself: a generated one is a stand-in, each of whose reads goes through a proxy.
    const result = resolveSchema(descriptor.params).safeParse(typed);
    if (result.success) return { ok: true, params: result.data as Record<string, unknown>, ignored };
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      const head = path[0] ?? '';
      problems.push({
        key: [displayName(head), ...path.slice(1)].filter((p) => p !== '').join('.'),
        message: issue.message,
      });
    }
  }
  const described = problems.map((p) => `${displayName(p.key)}: ${p.message}`);
  return {
    ok: false,
    errorCode: 400006,
    errorDetails: `Invalid parameter value: ${described.join('; ')}`,
    validationErrors: problems.map((p) => ({ errorCode: 400006, message: p.message, fieldName: displayName(p.key) })),
  };
}
