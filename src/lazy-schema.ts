/**
 * The catalog's schemas without zod at import time. A generated schema is a stand-in for the zod
 * schema it describes: zod is loaded, and the schema built, only when something reads the schema.
 * The call pipeline reads none on the common path: `quickAccepts` runs the schema's builder against a
 * recorder instead of zod and checks params against what it recorded, conservatively. It answers
 * `true` only for values zod certainly accepts; anything else (a wrong value, a construct it does not
 * model, a value it is unsure of) goes to zod, which decides and words the errors, as before.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as z from 'zod';

type Zod = typeof import('zod');

let zod: Zod | undefined;

export function zodLoaded(): boolean {
  return zod !== undefined;
}

/** Loads zod (a literal import, so bundlers carry it). */
export async function loadZod(): Promise<void> {
  zod ??= (await import('zod')) as Zod;
}

/**
 * zod, now: a schema read synchronously before any call loaded it (the emulator, the CLI, a user
 * reading `descriptor.params`). The package's own ESM entry is required where that resolves (the
 * same instance a later `import('zod')` returns), zod's CommonJS build otherwise.
 */
function zodNow(): Zod {
  if (zod) return zod;
  const require = createRequire(import.meta.url);
  try {
    zod = require(fileURLToPath(import.meta.resolve('zod'))) as Zod;
  } catch {
    zod = require('zod') as Zod;
  }
  return zod;
}

/** What the recorder made of a schema: the constructs zod's acceptance is certain for. */
type Shape =
  | { readonly k: 'string' | 'boolean' | 'number' | 'int' | 'unknown' }
  | { readonly k: 'optional' | 'nullable' | 'array' | 'record'; readonly of: Shape }
  | { readonly k: 'union'; readonly of: readonly Shape[] }
  | {
      readonly k: 'object';
      readonly fields: ReadonlyMap<string, Shape>;
      /** Fields that must be given: not optional. */
      readonly required: readonly string[];
      /** Optional fields named like a property of Object.prototype, which zod would read from there. */
      readonly inherited: readonly string[];
    }
  | { readonly k: 'ref'; readonly target: Deferred }
  | { readonly k: 'lazy'; readonly get: () => unknown }
  | { readonly k: 'opaque' };

interface Deferred {
  readonly build: (zod: unknown) => unknown;
  real?: z.ZodType;
  /** Recorded on the first quick check. */
  shape?: Shape;
}

const deferredOf = new WeakMap<object, Deferred>();
const OPAQUE: Shape = { k: 'opaque' };

/** Set while a builder runs against the recorder: a stand-in read then is a reference, not a schema. */
let recording = 0;

function materialize(d: Deferred): z.ZodType {
  if (d.real) return d.real;
  const instance = zodNow();
  let schema: z.ZodType | undefined;
  d.real = instance.lazy(() => (schema ??= d.build(instance) as z.ZodType));
  return d.real;
}

/** A zod constructor or method as a builder sees it: anything in, an untyped node out. */
export type UntypedCall = (...args: readonly unknown[]) => UntypedNode;

/** A schema node as a builder sees it. */
export interface UntypedNode {
  readonly optional: UntypedCall;
  readonly nullable: UntypedCall;
  readonly int: UntypedCall;
}

/**
 * What a schema builder receives: zod, untyped, with the constructors the generator writes (the
 * recorder below models the same ones; a construct added to the generator is added to both). A
 * compiler computes no zod types for a builder.
 */
export interface UntypedZod {
  readonly string: UntypedCall;
  readonly number: UntypedCall;
  readonly boolean: UntypedCall;
  readonly unknown: UntypedCall;
  readonly strictObject: UntypedCall;
  readonly array: UntypedCall;
  readonly record: UntypedCall;
  readonly union: UntypedCall;
  readonly lazy: UntypedCall;
}

/**
 * The traps of every stand-in, whose target is its own record. Reading a stand-in builds it, and
 * everything is asked of the built schema; while a builder is being recorded, a stand-in it reads
 * is a reference to record instead.
 */
const STAND_IN: ProxyHandler<Deferred> = {
  get: (d, key) => (recording > 0 ? recordedMember(d, key) : forward(d, key)),
  set: (d, key, value) => Reflect.set(materialize(d), key, value),
  has: (d, key) => Reflect.has(materialize(d), key),
  ownKeys: (d) => Reflect.ownKeys(materialize(d)),
  getOwnPropertyDescriptor: (d, key) => {
    const desc = Reflect.getOwnPropertyDescriptor(materialize(d), key);
    // The target holds none of these, so none may be reported as fixed on it.
    return desc && { ...desc, configurable: true };
  },
  defineProperty: (d, key, desc) => Reflect.defineProperty(materialize(d), key, desc),
  deleteProperty: (d, key) => Reflect.deleteProperty(materialize(d), key),
  getPrototypeOf: (d) => Reflect.getPrototypeOf(materialize(d)),
};

/**
 * A schema built on its first use, once (the generated validators' helper). The builder receives zod
 * untyped. Reading the result builds it: it is a `z.lazy` over the built schema, as it was when the
 * validators imported zod themselves.
 */
export function lazySchema<T>(build: (zod: UntypedZod) => unknown): z.ZodType<T> {
  const d: Deferred = { build: build as (zod: unknown) => unknown };
  const stand = new Proxy(d, STAND_IN) as unknown as z.ZodType<T>;
  deferredOf.set(stand, d);
  return stand;
}

/** A schema of `lazySchema`, built or not. */
export function isStandIn(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && deferredOf.has(schema);
}

/** A builder being recorded calls a method on another schema (`userLocationSchema.optional()`). */
function recordedMember(d: Deferred, key: string | symbol): unknown {
  const ref = new Recorded({ k: 'ref', target: d });
  const member: unknown = Reflect.get(ref, key);
  return typeof member === 'function' ? member.bind(ref) : member;
}

function forward(d: Deferred, key: string | symbol): unknown {
  const real = materialize(d);
  return Reflect.get(real, key, real);
}

/** The zod schema itself (built now), for code that parses with it on a hot path. */
export function resolveSchema<T>(schema: z.ZodType<T>): z.ZodType<T> {
  const d = deferredOf.get(schema);
  return d ? (materialize(d) as z.ZodType<T>) : schema;
}

/** What the recorder's `z` hands a builder: a node with the few methods the generator writes. */
class Recorded {
  constructor(readonly shape: Shape) {}
  optional(...rest: unknown[]): Recorded {
    return new Recorded(rest.length === 0 ? { k: 'optional', of: this.shape } : OPAQUE);
  }
  nullable(...rest: unknown[]): Recorded {
    return new Recorded(rest.length === 0 ? { k: 'nullable', of: this.shape } : OPAQUE);
  }
  int(...rest: unknown[]): Recorded {
    return new Recorded(rest.length === 0 && this.shape.k === 'number' ? { k: 'int' } : OPAQUE);
  }
}

function node(value: unknown): Shape {
  // A stand-in first: `instanceof` would read its prototype, which builds it.
  const d = typeof value === 'object' && value !== null ? deferredOf.get(value) : undefined;
  if (d) return { k: 'ref', target: d };
  return value instanceof Recorded ? value.shape : OPAQUE;
}

const leaf =
  (k: 'string' | 'boolean' | 'number' | 'unknown') =>
  (...rest: unknown[]): Recorded =>
    new Recorded(rest.length === 0 ? { k } : OPAQUE);

/**
 * The recorder: zod's constructors the generator writes, each recording its node. Any other call
 * fails the builder, which leaves the schema opaque (every value goes to zod); so does any argument
 * beyond the ones modelled.
 */
const RECORDER = {
  string: leaf('string'),
  boolean: leaf('boolean'),
  number: leaf('number'),
  unknown: leaf('unknown'),
  array: (element: unknown, ...rest: unknown[]) =>
    new Recorded(rest.length === 0 ? { k: 'array', of: node(element) } : OPAQUE),
  record: (key: unknown, value: unknown, ...rest: unknown[]) =>
    new Recorded(rest.length === 0 && node(key).k === 'string' ? { k: 'record', of: node(value) } : OPAQUE),
  union: (options: unknown, ...rest: unknown[]) =>
    new Recorded(rest.length === 0 && Array.isArray(options) ? { k: 'union', of: options.map(node) } : OPAQUE),
  lazy: (get: unknown, ...rest: unknown[]) =>
    new Recorded(rest.length === 0 && typeof get === 'function' ? { k: 'lazy', get: get as () => unknown } : OPAQUE),
  strictObject: (fields: unknown, ...rest: unknown[]) => {
    if (rest.length > 0 || typeof fields !== 'object' || fields === null) return new Recorded(OPAQUE);
    if (Object.getPrototypeOf(fields) !== Object.prototype || Object.getOwnPropertySymbols(fields).length > 0)
      return new Recorded(OPAQUE);
    const map = new Map<string, Shape>();
    for (const [key, value] of Object.entries(fields)) map.set(key, node(value));
    // zod skips a declared __proto__; the object check does not model that.
    if (map.has('__proto__')) return new Recorded(OPAQUE);
    const required = [...map].filter(([, shape]) => shape.k !== 'optional').map(([key]) => key);
    const inherited = [...map.keys()].filter((key) => key in Object.prototype && !required.includes(key));
    return new Recorded({ k: 'object', fields: map, required, inherited });
  },
};

function shapeOf(d: Deferred): Shape {
  if (d.shape) return d.shape;
  recording++;
  try {
    d.shape = node(d.build(RECORDER));
  } catch {
    d.shape = OPAQUE;
  } finally {
    recording--;
  }
  return d.shape;
}

/**
 * Whether zod would certainly accept `value` under `schema`, decided without zod. `false` means
 * "ask zod", not "invalid". Only stand-ins of this module are checked; any other schema is zod's.
 */
export function quickAccepts(schema: unknown, value: unknown): boolean {
  const d = typeof schema === 'object' && schema !== null ? deferredOf.get(schema) : undefined;
  return d !== undefined && accepts(shapeOf(d), value);
}

/** An object whose prototype is Object's or none: what a params literal or parsed JSON is. */
function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function accepts(shape: Shape, value: unknown): boolean {
  switch (shape.k) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'int':
      return Number.isSafeInteger(value);
    case 'unknown':
      return true;
    case 'optional':
      return value === undefined || accepts(shape.of, value);
    case 'nullable':
      return value === null || accepts(shape.of, value);
    case 'union':
      return shape.of.some((option) => accepts(option, value));
    case 'ref':
      return accepts(shapeOf(shape.target), value);
    case 'lazy':
      return accepts(node(shape.get()), value);
    case 'array': {
      if (!Array.isArray(value)) return false;
      for (let i = 0; i < value.length; i++) if (!accepts(shape.of, value[i])) return false;
      return true;
    }
    case 'record': {
      // zod's plain-object test also looks at an own `constructor`; such a value is left to it.
      if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlain(value)) return false;
      if (Object.hasOwn(value, 'constructor') || Object.getOwnPropertySymbols(value).length > 0) return false;
      for (const key of Object.keys(value)) {
        if (key === '__proto__' || !accepts(shape.of, (value as Record<string, unknown>)[key])) return false;
      }
      return true;
    }
    case 'object':
      return acceptsObject(shape, value);
    case 'opaque':
      return false;
  }
}

/**
 * A strict object: every key given is declared, own and accepted, and every required field is
 * given. Only the given keys are walked, so a method with many optional params costs what its call uses.
 */
function acceptsObject(shape: Extract<Shape, { k: 'object' }>, value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !isPlain(value)) return false;
  const input = value as Record<string, unknown>;
  for (const key in input) {
    const field = shape.fields.get(key);
    // An undeclared key is zod's to report; an inherited one is left to it too.
    if (field === undefined || !Object.hasOwn(input, key) || !accepts(field, input[key])) return false;
  }
  for (const key of shape.required) if (!Object.hasOwn(input, key)) return false;
  // zod would see an absent field of such a name as given (`key in input`), with the prototype's value.
  for (const key of shape.inherited) if (!Object.hasOwn(input, key)) return false;
  return true;
}
