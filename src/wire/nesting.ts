/**
 * How deep a JSON value nests, measured without recursion. Every walk over caller data (trace
 * redaction, serialization, validation, the emulator's decoding and cloning) stays within
 * MAX_PARAM_DEPTH, so no caller value can exhaust the stack.
 */

/**
 * Deepest nesting of objects and arrays a param may have: `{ a: { b: 1 } }` is 2 levels. Gigya's
 * documented objects nest a handful of levels; the limit only guards against runaway values, and the
 * client and the emulator share it.
 */
export const MAX_PARAM_DEPTH = 100;

/** What a walk over a value found. */
export interface Nesting {
  /** Objects or arrays nest deeper than the limit (or in a cycle). */
  readonly tooDeep: boolean;
  /**
   * It holds an object that is not a plain object or array (a Date, Map, Set, class instance):
   * what is sent is its JSON form, which is not the value itself.
   */
  readonly nonPlain: boolean;
}

/** Walks `value` with an explicit stack, stopping at the first path deeper than `max` levels. */
export function nestingOf(value: unknown, max: number = MAX_PARAM_DEPTH): Nesting {
  if (typeof value !== 'object' || value === null) return { tooDeep: false, nonPlain: false };
  let nonPlain = false;
  const stack: Array<[object, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return { tooDeep: true, nonPlain };
    const proto: unknown = Object.getPrototypeOf(node);
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) nonPlain = true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return { tooDeep: false, nonPlain };
}

/** True when `value` nests objects or arrays deeper than `max` levels; a cycle counts as too deep. */
export function nestsDeeperThan(value: unknown, max: number = MAX_PARAM_DEPTH): boolean {
  return nestingOf(value, max).tooDeep;
}
