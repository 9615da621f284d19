/**
 * Reading fields (params, response fields, shape fields, common params): name, type, required,
 * doc, value lists, default and provenance, with every check that needs only the field itself.
 */
import { typeToText, type FieldIR, type TypeRef } from '../ir.js';
import { FIELD_NAME } from '../naming.js';
import { containsCsv, ENUM_TYPES, FIELD_SPEC, parseType, readSources } from './format.js';
import { describe, type Entry, type FileReader, isMap, isScalar, isSeq, join, textOf, toJS } from './yaml.js';

export type FieldRole = 'param' | 'response field' | 'field' | 'common param';

/** What reading a field needs from its file. */
export interface FieldContext {
  readonly r: FileReader;
  /** Shapes a type may name (every shape of the namespace, over all its files). */
  readonly shapeNames: readonly string[];
  /** Provenance keys of sources.yaml. */
  readonly sourceKeys: ReadonlySet<string>;
}

export function readFields(
  ctx: FieldContext,
  parent: Map<string, Entry>,
  key: string,
  where: string,
  role: FieldRole,
  owner: string,
): FieldIR[] | undefined {
  const { r } = ctx;
  const items = r.list(parent, key, where, owner.replace(/^of /, ''), '- name: …');
  if (!items) return undefined;
  const out: FieldIR[] = [];
  const seen = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    const guess = isMap(item.node) ? textOf(item.node.items.find((p) => p.key === 'name')?.value) : undefined;
    const what = guess !== undefined ? `${role} "${guess}"` : `${role} #${index + 1} ${owner}`;
    const f = r.object(item.node, item.line, item.where, what, FIELD_SPEC);
    if (!f) continue;
    const field = readField(ctx, f, item, what, role);
    if (!field) continue;
    const first = seen.get(field.name);
    if (first !== undefined) {
      r.add(
        item.line,
        item.where,
        `two ${role}s named "${field.name}" ${owner} (first at line ${first}); rename or remove one`,
      );
      continue;
    }
    seen.set(field.name, item.line);
    out.push(field);
  }
  return out;
}

function readField(
  ctx: FieldContext,
  f: Map<string, Entry>,
  item: { line: number; where: string },
  what: string,
  role: FieldRole,
): FieldIR | undefined {
  const { r } = ctx;
  const where = item.where;
  const name = r.text(f, 'name', where, what, FIELD_SPEC);
  if (name !== undefined && !FIELD_NAME.test(name)) {
    r.add(
      f.get('name')?.line ?? item.line,
      join(where, 'name'),
      `${what}: name "${name}" has characters Gigya names never use; write the name exactly as sent on the wire`,
    );
  }
  const typeText = r.text(f, 'type', where, what, FIELD_SPEC);
  const required = r.bool(f, 'required', where, what);
  const doc = r.text(f, 'doc', where, what, FIELD_SPEC);
  const referenceName = r.text(f, 'referenceName', where, what, FIELD_SPEC);
  const merge = r.bool(f, 'merge', where, what) ?? false;
  const deprecated = r.text(f, 'deprecated', where, what, FIELD_SPEC);
  const recalled = r.bool(f, 'recalled', where, what) ?? false;
  const sources = readSources(r, f, where, what, ctx.sourceKeys);
  if (recalled && sources.some((s) => s !== 'S_KNOW'))
    r.add(
      f.get('recalled')?.line ?? item.line,
      join(where, 'recalled'),
      `${what} is recalled (only S_KNOW backs it) yet names other sources; drop recalled or the other sources`,
    );

  let type: TypeRef | undefined;
  if (typeText !== undefined) {
    const typeLine = f.get('type')?.line ?? item.line;
    const parsed = parseType(typeText.replace(/\s+/g, ''), ctx.shapeNames);
    if ('error' in parsed) {
      r.add(
        typeLine,
        join(where, 'type'),
        `${what} has unknown type ` +
          `"${typeText}"${parsed.part !== typeText ? ` ("${parsed.part}" is not a type)` : ''}; ${parsed.error}`,
      );
    } else if (parsed.type.kind !== 'primitive' && containsCsv(parsed.type)) {
      r.add(
        typeLine,
        join(where, 'type'),
        `${what} has type "${typeText}", but csv can only be a field's whole type; use string[] for a list ` +
          `inside ${parsed.type.kind === 'map' ? 'a map' : 'an array'}`,
      );
    } else {
      type = parsed.type;
    }
  }

  if (merge) checkMerge(r, f.get('merge')?.line ?? item.line, join(where, 'merge'), what, role, type);

  const enumValues = readValueList(r, f, 'enum', type, where, what, 'list the allowed values or remove enum');
  const suggest = readValueList(r, f, 'suggest', type, where, what, 'list the usual values or remove suggest');
  if (enumValues !== undefined && suggest !== undefined) {
    r.add(
      f.get('suggest')?.line ?? 0,
      join(where, 'suggest'),
      `${what}: enum and suggest exclude each other (enum closes the list, suggest leaves it open); keep one`,
    );
  }

  let defaultText: string | undefined;
  const defaultEntry = f.get('default');
  if (defaultEntry) {
    const node = defaultEntry.value;
    const value: unknown = toJS(node);
    const dLine = r.lineOf(node, defaultEntry.line);
    const dw = join(where, 'default');
    const kind = type?.kind === 'primitive' ? type.name : undefined;
    if (value === null) {
      r.add(dLine, dw, `${what}: default is empty; write the default value or remove default`);
    } else if ((kind === 'int' || kind === 'long' || kind === 'timestamp') && !Number.isInteger(value)) {
      r.add(
        dLine,
        dw,
        `${what}: default must be a whole number for type ${kind}, not ${describe(node)}; fix the default`,
      );
    } else if (kind === 'float' && typeof value !== 'number') {
      r.add(dLine, dw, `${what}: default must be a number for type float, not ${describe(node)}; fix the default`);
    } else if (kind === 'bool' && typeof value !== 'boolean') {
      r.add(dLine, dw, `${what}: default must be true or false for type bool, not ${describe(node)}; fix the default`);
    } else if (enumValues !== undefined) {
      const parts =
        kind === 'csv' && typeof value === 'string'
          ? value.split(',').map((p) => p.trim())
          : Array.isArray(value)
            ? value
            : [value];
      const bad = parts.find((p) => typeof p !== 'string' || !enumValues?.includes(p));
      if (bad !== undefined)
        r.add(
          dLine,
          dw,
          `${what}: default ${JSON.stringify(bad)} is not one of the enum values (${enumValues.join(', ')}); ` +
            'fix the default or the enum',
        );
      else defaultText = typeof value === 'string' ? value : JSON.stringify(value);
    } else {
      defaultText = typeof value === 'string' ? value : JSON.stringify(value);
    }
  }

  if (name === undefined || typeText === undefined || type === undefined || required === undefined || doc === undefined)
    return undefined;
  return {
    name,
    type,
    typeText: typeToText(type),
    required,
    doc,
    ...(enumValues === undefined ? {} : { enum: enumValues }),
    ...(suggest === undefined || enumValues !== undefined ? {} : { suggest }),
    ...(defaultText === undefined ? {} : { default: defaultText }),
    ...(referenceName === undefined ? {} : { referenceName }),
    ...(merge ? { merge: true as const } : {}),
    ...(deprecated === undefined ? {} : { deprecated }),
    recalled,
    sources,
    location: { file: r.source.displayPath, line: item.line, path: where },
  };
}

/**
 * `merge: true` marks a method param Gigya merges into a stored object, so it must be an object:
 * a shape, the site's schema, `object` or `map<T>`. An array is sent whole and a scalar replaces.
 */
function checkMerge(
  r: FileReader,
  line: number,
  where: string,
  what: string,
  role: FieldRole,
  type: TypeRef | undefined,
): void {
  if (role !== 'param') {
    r.add(
      line,
      where,
      `${what}: merge is only for method params (what a call sends merges into the stored object); remove merge`,
    );
    return;
  }
  if (type === undefined) return;
  const objectLike =
    type.kind === 'shape' ||
    type.kind === 'site' ||
    type.kind === 'map' ||
    (type.kind === 'primitive' && type.name === 'object');
  if (!objectLike)
    r.add(
      line,
      where,
      `${what}: merge needs an object type (a shape, SiteData, SitePreferences, SiteSubscriptions, object or ` +
        `map<T>), ` +
        `not ${typeToText(type)}; remove merge or change the type`,
    );
}

/**
 * The text values of `enum` (the only values allowed) or `suggest` (values offered, any text
 * accepted): a non-empty list of distinct strings, on a string, csv or string[] field.
 */
function readValueList(
  r: FileReader,
  f: ReadonlyMap<string, Entry>,
  key: 'enum' | 'suggest',
  type: TypeRef | undefined,
  where: string,
  what: string,
  emptyFix: string,
): string[] | undefined {
  const entry = f.get(key);
  if (!entry) return undefined;
  const kw = join(where, key);
  const line = r.lineOf(entry.value, entry.line);
  if (type !== undefined && !ENUM_TYPES.includes(typeToText(type))) {
    r.add(
      line,
      kw,
      `${what}: ${key} is only allowed on string, csv or string[] fields, not ${typeToText(type)}; remove ` +
        `${key} or change the type`,
    );
    return undefined;
  }
  if (!isSeq(entry.value)) {
    r.add(line, kw, `${what}: ${key} must be a list, not ${describe(entry.value)}; write ${key}: [value1, value2]`);
    return undefined;
  }
  if (entry.value.items.length === 0) {
    r.add(line, kw, `${what}: ${key} is empty; ${emptyFix}`);
    return undefined;
  }
  const values: string[] = [];
  for (const [i, node] of entry.value.items.entries()) {
    const v = isScalar(node) ? node.value : undefined;
    if (typeof v !== 'string' || v === '') {
      r.add(
        r.lineOf(node, line),
        `${kw}[${i}]`,
        `${what}: ${key} values must be text, not ${describe(node)}; quote it: ` +
          `"${isScalar(node) ? String(node.value) : '…'}"`,
      );
      return undefined;
    }
    if (values.includes(v)) {
      r.add(r.lineOf(node, line), `${kw}[${i}]`, `${what}: ${key} lists "${v}" twice; remove the repeat`);
      return undefined;
    }
    values.push(v);
  }
  return values;
}
