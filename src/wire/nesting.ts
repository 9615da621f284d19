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

/**
 * True when `value` nests objects or arrays deeper than `max` levels. Walks with an explicit stack
 * and stops at the first path that is too deep; a cycle counts as too deep.
 */
export function nestsDeeperThan(value: unknown, max: number = MAX_PARAM_DEPTH): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const stack: Array<[object, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
