/**
 * The built-in catalog's methods as the command line shows them, with their params read from the
 * validators (so what is listed is what is checked). Like the emulator, a composition point that
 * may import generated values; commands load it when they run, so `--help` stays quick.
 */
import { methodRegistry } from '../../generated/index.js';
import type { MethodDescriptor } from '../runtime.js';

export { methodRegistry };

export function catalogMethods(): readonly MethodDescriptor[] {
  return [...methodRegistry.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function namespaces(): string[] {
  return [...new Set(catalogMethods().map((m) => m.name.slice(0, m.name.lastIndexOf('.'))))].sort();
}

export interface ParamInfo {
  readonly name: string;
  readonly required: boolean;
  /** A short type: `string`, `boolean`, `'a' | 'b'`, `string | string[]`, `object`. */
  readonly type: string;
}

/** Zod's internals as far as the listing needs them (zod 4: every schema carries `_zod.def`). */
interface ZodLike {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly getter?: () => ZodLike;
      readonly innerType?: ZodLike;
      readonly shape?: Readonly<Record<string, ZodLike>>;
      readonly options?: readonly ZodLike[];
      readonly element?: ZodLike;
      readonly entries?: Readonly<Record<string, string | number>>;
      readonly values?: readonly unknown[];
    };
    readonly optin?: 'optional';
  };
}

function unwrap(schema: ZodLike): ZodLike {
  let s = schema;
  for (let i = 0; i < 20; i++) {
    const def = s._zod.def;
    if (def.type === 'lazy' && def.getter) s = def.getter();
    else if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType)
      s = def.innerType;
    else break;
  }
  return s;
}

function typeText(schema: ZodLike, depth = 0): string {
  const s = unwrap(schema);
  const def = s._zod.def;
  switch (def.type) {
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      return values.length > 6
        ? `${values
            .slice(0, 5)
            .map((v) => JSON.stringify(v))
            .join(' | ')} | … (${values.length})`
        : values.map((v) => JSON.stringify(v)).join(' | ');
    }
    case 'literal':
      return (def.values ?? []).map((v) => JSON.stringify(v)).join(' | ');
    case 'array':
      return def.element && depth < 3 ? `${typeText(def.element, depth + 1)}[]` : 'array';
    case 'union':
      return depth < 3 ? [...new Set((def.options ?? []).map((o) => typeText(o, depth + 1)))].join(' | ') : 'union';
    case 'object':
    case 'record':
      return 'object';
    case 'unknown':
    case 'any':
      return 'json';
    case 'int':
      return 'number';
    default:
      return def.type;
  }
}

/** The params of a method, in the catalog's order. */
export function paramsOf(descriptor: MethodDescriptor): ParamInfo[] {
  const object = unwrap(descriptor.params as unknown as ZodLike);
  const shape = object._zod.def.shape ?? {};
  return Object.entries(shape).map(([name, schema]) => ({
    name,
    required: schema._zod.optin !== 'optional',
    type: typeText(schema),
  }));
}
