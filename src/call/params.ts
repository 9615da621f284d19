/**
 * Step 1 of a call, prepare params: refuse what cannot be sent, validate against the catalog's
 * schema, and turn the params into the exact strings that are signed and sent.
 */
import type * as z from 'zod';
import { ParamEncodingError, serializeParams } from '../auth/signing.js';
import { GigyaValidationError, type ValidationIssue } from '../errors.js';
import type { CallOptions } from '../options.js';
import { CLIENT_PARAMS, type MethodDescriptor } from '../runtime.js';

type AnyDescriptor = MethodDescriptor<unknown, unknown, number>;

/** The params of a call as wire text. Nothing is sent when this throws a `GigyaValidationError`. */
export function prepareParams(
  method: string,
  descriptor: AnyDescriptor | undefined,
  params: unknown,
  options: CallOptions,
  validate: boolean,
): Record<string, string> {
  const given = canonicalSpellings(method, descriptor, paramsObject(method, params));
  refuseClientParams(method, given, options.extraParams);
  if (descriptor && validate) validateParams(method, descriptor, given);
  return serialize(method, descriptor, given, options.extraParams);
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
  const reserved = [...Object.keys(given), ...Object.keys(extra ?? {})].filter((k) => CLIENT_PARAMS.has(k));
  if (reserved.length === 0) return;
  const message = 'is set by the client from its credentials and options; remove it from the params';
  throw new GigyaValidationError(
    method,
    reserved.map((k) => ({ path: k, message, problem: 'invalid' as const })),
  );
}

function validateParams(method: string, descriptor: AnyDescriptor, given: Record<string, unknown>): void {
  const schema = descriptor.params as z.ZodType<unknown>;
  const parsed = schema.safeParse(given);
  if (!parsed.success)
    throw new GigyaValidationError(
      method,
      parsed.error.issues.flatMap((issue) => toIssues(issue, given, schema)),
    );
}

function serialize(
  method: string,
  descriptor: AnyDescriptor | undefined,
  given: Record<string, unknown>,
  extra: Record<string, unknown> | undefined,
): Record<string, string> {
  try {
    return { ...serializeParams(given, descriptor?.csvParams), ...serializeParams(extra ?? {}) };
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
  return [{ path, message: missing ? 'is required' : issue.message, problem: missing ? 'missing' : 'invalid' }];
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

/** The internals of a zod schema this module reads: the definition, and an object's shape. */
interface SchemaNode {
  readonly _zod?: { readonly def?: Record<string, unknown> };
  readonly shape?: Record<string, unknown>;
}

/** The schema without the wrappers around an object: lazy, optional, nullable, arrays and unions of one object. */
function unwrapObject(schema: unknown, depth = 0): SchemaNode | undefined {
  if (depth > 20 || typeof schema !== 'object' || schema === null) return undefined;
  const node = schema as SchemaNode;
  const def = node._zod?.def;
  switch (def?.['type']) {
    case 'object':
      return node;
    case 'lazy':
      return unwrapObject((def['getter'] as () => unknown)(), depth + 1);
    case 'optional':
    case 'nullable':
    case 'default':
      return unwrapObject(def['innerType'], depth + 1);
    case 'array':
      return unwrapObject(def['element'], depth + 1);
    case 'record':
      return unwrapObject(def['valueType'], depth + 1);
    case 'union':
      for (const option of (def['options'] as unknown[] | undefined) ?? []) {
        const found = unwrapObject(option, depth + 1);
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The param or field names the schema knows at `path` (where an unknown key was found). */
function knownKeys(schema: unknown, path: readonly PropertyKey[]): string[] {
  let node = unwrapObject(schema);
  for (const key of path) {
    if (node === undefined) return [];
    // Array indexes and record keys do not change the object they lead into.
    if (typeof key === 'number' || !Object.hasOwn(node.shape ?? {}, key)) continue;
    node = unwrapObject(node.shape?.[key as string]);
  }
  return Object.keys(node?.shape ?? {});
}

/** The known name a typo most likely meant: same letters in another case, or a few edits away. */
function closestName(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase !== undefined) return sameCase;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] as number;
      row[j] = Math.min(up + 1, (row[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length] as number;
}
