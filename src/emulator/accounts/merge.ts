/**
 * Gigya's merge semantics for profile, data, preferences and subscriptions: a field absent from the
 * update stays as it is, `null` deletes it, a nested object merges key by key, and anything else
 * (scalars, arrays) replaces the stored value. The result is a new object: stored documents are never
 * mutated, which is what keeps search cursor snapshots stable.
 */
import { isPlainObject, type JsonObject } from './params.js';

export function mergeSection(current: JsonObject, update: JsonObject): JsonObject {
  const out: JsonObject = { ...current };
  for (const [key, value] of Object.entries(update)) {
    if (value === undefined) continue;
    if (value === null) {
      delete out[key];
      continue;
    }
    const existing = out[key];
    if (isPlainObject(value) && isPlainObject(existing)) {
      const merged = mergeSection(existing, value);
      if (Object.keys(merged).length === 0) delete out[key];
      else out[key] = merged;
    } else if (isPlainObject(value)) {
      const fresh = mergeSection({}, value);
      if (Object.keys(fresh).length > 0) out[key] = fresh;
    } else {
      out[key] = Array.isArray(value) ? structuredClone(value) : value;
    }
  }
  return out;
}

/** Deep-freezes a stored document, so an accidental in-place write throws in strict mode. */
export function freezeDeep<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as Record<string, unknown>)) freezeDeep(child);
  }
  return value;
}

/** A mutable deep copy of a stored (frozen) value, for answers the caller may change. */
export function thaw<T>(value: T): T {
  return structuredClone(value);
}
