/**
 * Step 1 of a call, prepare params: refuse what cannot be sent, validate against the catalog's
 * schema, and turn the params into the exact strings that are signed and sent.
 */
import type * as z from 'zod';
import { mergeForm, ParamEncodingError, serializeForm, type FormParam } from '../auth/signing.js';
import { GigyaValidationError, type ValidationIssue } from '../errors.js';
import type { CallOptions } from '../options.js';
import { isStandIn, quickAccepts, resolveSchema, zodLoaded } from '../lazy-schema.js';
import { CLIENT_PARAMS, type MethodDescriptor } from '../runtime.js';
import { defOf, objectShape, unwrap } from '../schema.js';
import { closestName } from '../suggest.js';
import { MAX_PARAM_DEPTH, nestingOf } from '../wire/nesting.js';

type AnyDescriptor = MethodDescriptor<unknown, unknown, number>;

/**
 * Thrown by `prepareParams` with `deferZod` when the params need zod's verdict and zod is not loaded:
 * the caller loads it (`loadZod`) and prepares again. Nothing has been signed or sent by then.
 */
export const ZOD_NEEDED: unique symbol = Symbol('zod needed');

/**
 * The params of a call as wire text, encoded for signing and sending, in code-point order.
 * Nothing is sent when this throws a `GigyaValidationError`.
 */
export function prepareParams(
  method: string,
  descriptor: AnyDescriptor | undefined,
  params: unknown,
  options: CallOptions,
  validate: boolean,
  deferZod = false,
): readonly FormParam[] {
  const given = asSent(method, canonicalSpellings(method, descriptor, paramsObject(method, params)));
  refuseClientParams(method, given, options.extraParams);
  const extra = options.extraParams === undefined ? undefined : asSent(method, options.extraParams);
  if (descriptor && validate) validateParams(method, descriptor, given, deferZod);
  return serialize(method, descriptor, given, extra);
}

/**
 * The params as the server will read them. A value nested deeper than MAX_PARAM_DEPTH is refused
 * before any walk over it (validation, serialization, trace redaction) could exhaust the stack. A
 * value holding a Date, Map, Set or class instance is replaced by its JSON form (a Date is a
 * string, a Map `{}`), so it is validated as what is sent and as the emulator and Gigya judge it.
 */
function asSent(method: string, params: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  const deep: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    const nesting = nestingOf(value);
    if (nesting.tooDeep) deep.push(key);
    else if (nesting.nonPlain) {
      out ??= { ...params };
      out[key] = jsonForm(value);
    }
  }
  if (deep.length > 0) {
    const message = `nests objects or arrays deeper than ${MAX_PARAM_DEPTH} levels; flatten it`;
    throw new GigyaValidationError(
      method,
      deep.map((k) => ({ path: k, message, problem: 'invalid' as const })),
    );
  }
  return out ?? params;
}

/** The value after a JSON round trip; a value JSON cannot hold is left for serialization to refuse. */
function jsonForm(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? value : JSON.parse(text);
  } catch {
    return value;
  }
}

/**
 * A param with two accepted spellings (socialize's `uid`, also `UID` as the current reference
 * writes it) is renamed to the catalog's spelling, which is what the validator knows and what is
 * sent. Both at once is ambiguous and refused.
 */
function canonicalSpellings(
  method: string,
  descriptor: AnyDescriptor | undefined,
  given: Record<string, unknown>,
): Record<string, unknown> {
  const aliases = descriptor?.aliases;
  if (aliases === undefined) return given;
  let out = given;
  const issues: ValidationIssue[] = [];
  for (const [spelling, name] of Object.entries(aliases)) {
    if (given[spelling] === undefined) continue;
    if (given[name] !== undefined) {
      issues.push({
        path: spelling,
        message: `is the same param as ${name}; pass one of them, not both`,
        problem: 'invalid',
      });
      continue;
    }
    if (out === given) out = { ...given };
    out[name] = out[spelling];
    delete out[spelling];
  }
  if (issues.length > 0) throw new GigyaValidationError(method, issues);
  return out;
}

function paramsObject(method: string, params: unknown): Record<string, unknown> {
  if (params === undefined) return {};
  if (typeof params === 'object' && params !== null && !Array.isArray(params)) return params as Record<string, unknown>;
  throw new GigyaValidationError(method, [
    { path: '', message: `params must be an object, got ${describe(params)}`, problem: 'invalid' },
  ]);
}

/** Params the client sets itself (credentials, signature, format) may not come from the caller. */
function refuseClientParams(
  method: string,
  given: Record<string, unknown>,
  extra: Record<string, unknown> | undefined,
): void {
  const reserved = reservedNames(given);
  if (extra !== undefined) reserved.push(...reservedNames(extra));
  if (reserved.length === 0) return;
  const message = (k: string): string => {
    const instead = CALL_OPTION_FOR[k];
    return instead === undefined
      ? 'is set by the client from its credentials and options; remove it from the params'
      : `is set by the client; remove it from the params and pass ${instead}`;
  };
  throw new GigyaValidationError(
    method,
    reserved.map((k) => ({ path: k, message: message(k), problem: 'invalid' as const })),
  );
}

function reservedNames(params: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const key of Object.keys(params)) if (CLIENT_PARAMS.has(key)) names.push(key);
  return names;
}

/** Client params a call can still choose, through its call options. */
const CALL_OPTION_FOR: Readonly<Record<string, string>> = {
  apiKey: 'the call option apiKey to act on another site: call(params, { apiKey })',
  format: "the call option format: call(params, { format: 'xml' })",
};

/**
 * Params the quick check accepts are valid (zod would accept them too); anything else is zod's to
 * judge and word. An empty param goes to zod: which params count as given then depends on the
 * schema's shape.
 */
function validateParams(
  method: string,
  descriptor: AnyDescriptor,
  given: Record<string, unknown>,
  deferZod: boolean,
): void {
  if (!Object.values(given).includes('') && quickAccepts(descriptor.params, given)) return;
  if (deferZod && !zodLoaded() && isStandIn(descriptor.params)) throw ZOD_NEEDED;
  checkWithZod(method, descriptor, given);
}

function checkWithZod(method: string, descriptor: AnyDescriptor, given: Record<string, unknown>): void {
  const checked = withoutEmptyParams(descriptor, given);
  const schema = resolveSchema(descriptor.params as z.ZodType<unknown>);
  const parsed = schema.safeParse(checked);
  if (!parsed.success)
    throw new GigyaValidationError(
      method,
      parsed.error.issues.flatMap((issue) => toIssues(issue, checked, schema)),
    );
}

/**
 * Gigya (and the emulator) read an empty param as one not given: a required param sent as `''`
 * is missing (400002), an optional one is ignored. Validation sees the params the same way; the
 * empty value is still sent as given.
 */
function withoutEmptyParams(descriptor: AnyDescriptor, given: Record<string, unknown>): Record<string, unknown> {
  if (!Object.values(given).includes('')) return given;
  const shape = objectShape(descriptor.params);
  if (!shape) return given;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given))
    if (value !== '' || !Object.hasOwn(shape, key))
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

function serialize(
  method: string,
  descriptor: AnyDescriptor | undefined,
  given: Record<string, unknown>,
  extra: Record<string, unknown> | undefined,
): readonly FormParam[] {
  try {
    // extraParams win over a param of the same name.
    const form = serializeForm(given, descriptor?.csvParams);
    return extra === undefined ? form : mergeForm(form, serializeForm(extra));
  } catch (error) {
    if (error instanceof ParamEncodingError) {
      throw new GigyaValidationError(method, [{ path: error.param, message: error.message, problem: 'invalid' }]);
    }
    throw error;
  }
}

/**
 * Zod issues as validation issues; unknown keys get one issue each, so every path is a real one,
 * with the known name it most likely meant.
 */
function toIssues(issue: z.core.$ZodIssue, given: unknown, schema: z.ZodType<unknown>): ValidationIssue[] {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const where = path === '' ? 'param' : `field of ${path}`;
    const known = knownKeys(schema, issue.path);
    return issue.keys.map((key) => {
      const guess = closestName(key, known);
      const hint = guess === undefined ? 'check the spelling' : `did you mean "${guess}"?`;
      return {
        path: [path, key].filter(Boolean).join('.'),
        message: `unknown ${where}; ${hint} (a param the catalog does not know goes in options.extraParams)`,
        problem: 'unknown' as const,
      };
    });
  }
  // A required csv param is a union (text or list): its absence is reported as a failed union.
  const missing =
    (issue.code === 'invalid_type' || issue.code === 'invalid_union') && valueAt(given, issue.path) === undefined;
  // Gigya's 400002 names a missing param; a field missing inside an object param is an invalid value (400006).
  const problem = missing && issue.path.length === 1 ? 'missing' : 'invalid';
  return [{ path, message: missing ? 'is required' : issue.message, problem }];
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/** The param or field names the schema knows at `path` (where an unknown key was found). */
function knownKeys(schema: unknown, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const key of path) {
    // Array items and record values lead into the object they hold; an index is no field name.
    node = elementOf(node);
    if (typeof key === 'number') continue;
    const shape = objectShape(node);
    if (shape === undefined || !Object.hasOwn(shape, key)) continue;
    node = shape[key as string];
  }
  return Object.keys(objectShape(elementOf(node)) ?? {});
}

/** The object inside arrays, records and unions of one object shape. */
function elementOf(schema: unknown): unknown {
  let node = unwrap(schema);
  for (let i = 0; i < 10; i++) {
    const def = defOf(node);
    if (def?.type === 'array') node = unwrap(def['element']);
    else if (def?.type === 'record') node = unwrap(def['valueType']);
    else if (def?.type === 'union')
      node = unwrap(((def['options'] as unknown[] | undefined) ?? []).find((o) => objectShape(o) !== undefined));
    else return node;
  }
  return node;
}
