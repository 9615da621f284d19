/**
 * Step 1 of a call, prepare params: refuse what cannot be sent, validate against the catalog's
 * schema, and turn the params into the exact strings that are signed and sent.
 */
import type * as z from 'zod';
import { mergeForm, ParamEncodingError, serializeForm, type FormParam } from '../auth/signing.js';
import { GigyaValidationError, type ValidationIssue } from '../errors.js';
import type { CallOptions } from '../options.js';
import { CLIENT_PARAMS, type MethodDescriptor } from '../runtime.js';
import { objectShape } from '../schema.js';
import { MAX_PARAM_DEPTH, nestingOf } from '../wire/nesting.js';

type AnyDescriptor = MethodDescriptor<unknown, unknown, number>;

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
): readonly FormParam[] {
  const given = asSent(method, paramsObject(method, params));
  refuseClientParams(method, given, options.extraParams);
  const extra = options.extraParams === undefined ? undefined : asSent(method, options.extraParams);
  if (descriptor && validate) validateParams(method, descriptor, given);
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
  const message = 'is set by the client from its credentials and options; remove it from the params';
  throw new GigyaValidationError(
    method,
    reserved.map((k) => ({ path: k, message, problem: 'invalid' as const })),
  );
}

function reservedNames(params: Record<string, unknown>): string[] {
  const names: string[] = [];
  for (const key of Object.keys(params)) if (CLIENT_PARAMS.has(key)) names.push(key);
  return names;
}

function validateParams(method: string, descriptor: AnyDescriptor, given: Record<string, unknown>): void {
  const checked = withoutEmptyParams(descriptor, given);
  const parsed = (descriptor.params as z.ZodType<unknown>).safeParse(checked);
  if (!parsed.success)
    throw new GigyaValidationError(
      method,
      parsed.error.issues.flatMap((issue) => toIssues(issue, checked)),
    );
}

/**
 * Gigya (and the emulator) read an empty param as one not given: a required param sent as `''`
 * is missing (400002), an optional one is ignored. Validation sees the params the same way; the
 * empty value is still sent as given.
 */
function withoutEmptyParams(descriptor: AnyDescriptor, given: Record<string, unknown>): Record<string, unknown> {
  const shape = objectShape(descriptor.params);
  if (!shape || !Object.values(given).includes('')) return given;
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

/** Zod issues as validation issues; unknown keys get one issue each, so every path is a real one. */
function toIssues(issue: z.core.$ZodIssue, given: unknown): ValidationIssue[] {
  const path = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const where = path === '' ? 'param' : `field of ${path}`;
    const message = `unknown ${where}; check the spelling or pass it in options.extraParams`;
    return issue.keys.map((key) => ({
      path: [path, key].filter(Boolean).join('.'),
      message,
      problem: 'unknown' as const,
    }));
  }
  const missing = issue.code === 'invalid_type' && valueAt(given, issue.path) === undefined;
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
