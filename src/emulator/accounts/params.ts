/**
 * Reading flow params. They arrive either decoded by the generated validators (objects, booleans,
 * numbers, catalog spellings such as `uid`) or as wire text (`"true"`, JSON strings, `UID`), so every
 * reader accepts both and names are matched exactly first, then case-insensitively.
 */
import { fail, type Outcome } from './outcome.js';

export type Params = Readonly<Record<string, unknown>>;

export type JsonObject = { [key: string]: unknown };

export function isPlainObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

export function raw(params: Params, name: string): unknown {
  if (Object.hasOwn(params, name)) return params[name];
  const lower = name.toLowerCase();
  for (const key of Object.keys(params)) if (key.toLowerCase() === lower) return params[key];
  return undefined;
}

/** A text param; an empty string counts as absent (as Gigya treats `param=`). */
export function text(params: Params, name: string): string | undefined {
  const value = raw(params, name);
  if (value === undefined || value === null) return undefined;
  const s =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : undefined;
  return s === undefined || s === '' ? undefined : s;
}

export class ParamError extends Error {
  constructor(readonly outcome: Outcome) {
    super(outcome.errorDetails ?? 'invalid parameter');
  }
}

function invalid(name: string, why: string): ParamError {
  return new ParamError(fail(400006, `Invalid parameter value: ${name} ${why}`));
}

export function bool(params: Params, name: string): boolean | undefined {
  const value = raw(params, name);
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === '1' || value === 1) return true;
  if (value === 'false' || value === '0' || value === 0) return false;
  throw invalid(name, 'must be true or false');
}

export function int(params: Params, name: string): number | undefined {
  const value = raw(params, name);
  if (value === undefined || value === null || value === '') return undefined;
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) throw invalid(name, 'must be an integer');
  return n;
}

/** A JSON-object param, given as an object or as JSON text. */
export function object(params: Params, name: string): JsonObject | undefined {
  const value = raw(params, name);
  if (value === undefined || value === null || value === '') return undefined;
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      throw invalid(name, 'is not valid JSON');
    }
  }
  if (!isPlainObject(parsed)) throw invalid(name, 'must be a JSON object');
  return parsed;
}

/** A comma-separated list given as text or as an array; blanks dropped. */
export function list(params: Params, name: string): string[] | undefined {
  const value = raw(params, name);
  if (value === undefined || value === null || value === '') return undefined;
  const items = Array.isArray(value) ? value.map(String) : String(value).split(',');
  return items.map((s) => s.trim()).filter((s) => s !== '');
}

/** Runs a flow body, turning a ParamError into its outcome. */
export function guarded(body: () => Outcome): Outcome {
  try {
    return body();
  } catch (error) {
    if (error instanceof ParamError) return error.outcome;
    throw error;
  }
}
