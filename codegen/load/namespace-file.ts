/**
 * Reads one `<namespace>.yaml`: the namespace keys, its shapes, its methods with their params,
 * responses and error lists. Checks that need only this file happen here; checks across files run
 * on the IR (codegen/check.ts).
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { CLIENT_PARAMS } from '../../src/runtime.js';
import {
  ACCESS_MODES,
  METHOD_STATUSES,
  typeToText,
  VERIFICATIONS,
  type CheckedNamespace,
  type ErrorCodeIR,
  type FieldIR,
  type MethodIR,
  type SourceLocation,
  type TypeRef,
  type Verification,
} from '../ir.js';
import { FIELD_NAME, METHOD_NAME, NAMESPACE_NAME, PRIMITIVE_TYPES, SHAPE_NAME, pascalCase } from '../naming.js';
import {
  containsCsv,
  ENUM_TYPES,
  ENVELOPE_FIELDS,
  FIELD_SPEC,
  METHOD_SPEC,
  NS_ROOT,
  parseType,
  readSources,
  RESERVED_NAMESPACES,
  RESPONSE_SPEC,
  SHAPE_SPEC,
} from './format.js';
import type { CatalogIssue } from './issues.js';
import type { CatalogSource } from './sources.js';
import { closest, describe, FileReader, join, type Entry } from './yaml.js';

type FieldRole = 'param' | 'response field' | 'field';

interface NsContext {
  readonly r: FileReader;
  readonly shapeNames: readonly string[];
  /** Display path of errors.yaml, named in fixes. */
  readonly errorsFile: string;
}

export function readNamespaceFile(
  source: CatalogSource,
  codes: ReadonlyMap<number, ErrorCodeIR>,
  errorsFile: string,
  issues: CatalogIssue[],
): CheckedNamespace | undefined {
  const r = new FileReader(source, issues);
  if (!r.ok) return undefined;
  const contents = r.deref(r.doc.contents);
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    r.add(
      1,
      '',
      `the file is empty; start it with namespace: ${source.fileName.replace(/\.yaml$/, '')} (format: catalog/README.md)`,
    );
    return undefined;
  }
  const root = r.object(contents, 1, '', 'the namespace file', NS_ROOT);
  if (!root) return undefined;
  const expected = source.fileName.replace(/\.yaml$/, '');
  const name = r.text(root, 'namespace', '', 'the namespace file', NS_ROOT);
  if (name !== undefined) {
    const line = root.get('namespace')?.line ?? 1;
    if (!NAMESPACE_NAME.test(name))
      r.add(line, 'namespace', `namespace "${name}" must be one lower-camel word (letters and digits); rename it`);
    else if (RESERVED_NAMESPACES.includes(name))
      r.add(
        line,
        'namespace',
        `namespace "${name}" would clash with client.${name} (a member of every client); rename it`,
      );
    else if (name !== expected)
      r.add(
        line,
        'namespace',
        `namespace "${name}" does not match the file name ${source.fileName}; rename the file to ${name}.yaml or set namespace: ${expected}`,
      );
  }
  const description = r.text(root, 'description', '', 'the namespace file', NS_ROOT);
  const docs = r.url(root, 'docs', '', 'the namespace file');

  // Shapes first: field types may name any shape, in any order.
  const shapeEntry = root.get('shapes');
  const shapeMap = shapeEntry ? r.object(shapeEntry.value, shapeEntry.line, 'shapes', 'shapes') : undefined;
  const shapeNamesList = shapeMap ? [...shapeMap.keys()] : [];
  const ctx: NsContext = { r, shapeNames: shapeNamesList.filter((s) => SHAPE_NAME.test(s)), errorsFile };
  const shapes: CheckedNamespace['shapes'][number][] = [];
  for (const [shapeName, entry] of shapeMap ?? []) {
    const where = `shapes.${shapeName}`;
    const what = `shape "${shapeName}"`;
    if (!SHAPE_NAME.test(shapeName)) {
      r.add(
        entry.line,
        where,
        `shape name "${shapeName}" must be PascalCase (letters and digits); rename it to "${pascalCase(shapeName.replace(/[^A-Za-z0-9]+/g, ' '))}"`,
      );
      continue;
    }
    if ((PRIMITIVE_TYPES as readonly string[]).includes(shapeName)) continue;
    const s = r.object(entry.value, entry.line, where, what, SHAPE_SPEC);
    if (!s) continue;
    const shapeDescription = r.text(s, 'description', where, what, SHAPE_SPEC);
    const fields = readFields(ctx, s, 'fields', where, 'field', `of shape "${shapeName}"`);
    if (shapeDescription === undefined || fields === undefined) continue;
    shapes.push({
      name: shapeName,
      description: shapeDescription,
      fields,
      location: { file: source.displayPath, line: entry.line, path: where },
    });
  }

  const methods: CheckedNamespace['methods'][number][] = [];
  const methodItems = r.list(root, 'methods', '', 'the namespace file', 'a list of methods (- name: …)') ?? [];
  const seenMethods = new Map<string, number>();
  for (const [index, item] of methodItems.entries()) {
    const guess = isMap(item.node) ? item.node.get('name') : undefined;
    const what = typeof guess === 'string' ? `method "${guess}"` : `method #${index + 1}`;
    const m = r.object(item.node, item.line, item.where, what, METHOD_SPEC);
    if (!m) continue;
    const method = readMethod(ctx, m, item, what, name ?? expected, codes);
    if (!method) continue;
    const first = seenMethods.get(method.name);
    if (first !== undefined) {
      r.add(
        item.line,
        item.where,
        `duplicate method name "${method.name}" (first at line ${first}); rename or remove one`,
      );
      continue;
    }
    seenMethods.set(method.name, item.line);
    methods.push(method);
  }
  checkMethodPaths(r, methods);

  if (name === undefined || description === undefined) return undefined;
  return {
    name,
    sourceFile: source.bannerPath,
    description,
    ...(docs === undefined ? {} : { docs }),
    shapes,
    methods,
    location: { file: source.displayPath, line: root.get('namespace')?.line ?? 1, path: 'namespace' },
  };
}

function readMethod(
  ctx: NsContext,
  m: Map<string, Entry>,
  item: { line: number; where: string },
  what: string,
  namespace: string,
  codes: ReadonlyMap<number, ErrorCodeIR>,
): CheckedNamespace['methods'][number] | undefined {
  const { r } = ctx;
  const where = item.where;
  const name = r.text(m, 'name', where, what, METHOD_SPEC);
  const nameLine = m.get('name')?.line ?? item.line;
  let nameOk = name !== undefined;
  if (name !== undefined) {
    if (name.startsWith(`${namespace}.`)) {
      r.add(
        nameLine,
        join(where, 'name'),
        `method name "${name}" repeats the namespace; write name: ${name.slice(namespace.length + 1)}`,
      );
      nameOk = false;
    } else if (!METHOD_NAME.test(name)) {
      r.add(
        nameLine,
        join(where, 'name'),
        `method name "${name}" must be dot-separated words of letters, digits and _ (e.g. setStatus, facebook.deauthorize); rename it`,
      );
      nameOk = false;
    }
  }
  const description = r.text(m, 'description', where, what, METHOD_SPEC);
  const status = r.oneOf(m, 'status', where, what, METHOD_STATUSES) ?? 'active';
  const deprecated = r.text(m, 'deprecated', where, what, METHOD_SPEC);
  if (status === 'deprecated' && deprecated === undefined && !m.has('deprecated')) {
    r.add(
      m.get('status')?.line ?? item.line,
      join(where, 'status'),
      `${what} has status deprecated but no "deprecated" note; add deprecated: <what to use instead>`,
    );
  }
  if (status === 'active' && deprecated !== undefined) {
    r.add(
      m.get('deprecated')?.line ?? item.line,
      join(where, 'deprecated'),
      `${what} has a deprecated note but status active; set status: deprecated (or legacy), or remove the note`,
    );
  }
  const access = r.oneOf(m, 'access', where, what, ACCESS_MODES) ?? 'signed';
  const safeToRepeat = r.bool(m, 'safeToRepeat', where, what);
  const docs = r.url(m, 'docs', where, what);
  const sources = readSources(r, m, where, what);
  const verification = r.oneOf<Verification>(m, 'verification', where, what, VERIFICATIONS);
  const notes = r.textList(m, 'notes', where, what, '[<note>]') ?? [];
  // params, response.fields and errors are required keys (reported by `object`): a method always says it has none.
  const params = readFields(ctx, m, 'params', where, 'param', `of ${what}`);
  for (const p of params ?? []) {
    if (CLIENT_PARAMS.has(p.name))
      r.add(
        p.location.line,
        p.location.path,
        `param "${p.name}" of ${what} is set by the client itself (credentials, signing or format); remove it from the catalog`,
      );
  }

  let extendsList: string[] = [];
  let responseFields: FieldIR[] | undefined;
  const responseEntry = m.get('response');
  if (responseEntry) {
    const rw = join(where, 'response');
    const resp = r.object(responseEntry.value, responseEntry.line, rw, `response of ${what}`, RESPONSE_SPEC);
    if (resp) {
      extendsList = r.textList(resp, 'extends', rw, `response of ${what}`, '[<Shape>]') ?? [];
      const extendsLine = resp.get('extends')?.line ?? responseEntry.line;
      for (const shape of extendsList) {
        if (!ctx.shapeNames.includes(shape)) {
          const close = closest(shape, ctx.shapeNames);
          r.add(
            extendsLine,
            join(rw, 'extends'),
            `response of ${what} extends unknown shape "${shape}"; ${close ? `did you mean "${close}"?` : `define it under shapes or remove it${ctx.shapeNames.length ? ` (shapes: ${ctx.shapeNames.join(', ')})` : ''}`}`,
          );
        }
      }
      responseFields = readFields(ctx, resp, 'fields', rw, 'response field', `of ${what}`);
    }
  }

  const listedErrors: number[] = [];
  const errorItems = r.list(m, 'errors', where, what, '[403005, 500024]') ?? [];
  for (const e of errorItems) {
    const v = isScalar(e.node) ? e.node.value : undefined;
    if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
      r.add(
        e.line,
        e.where,
        `${what}: errors must list numeric codes, not ${describe(e.node)}; write the code, e.g. 403005`,
      );
      continue;
    }
    if (listedErrors.includes(v)) {
      r.add(e.line, e.where, `${what} lists error ${v} twice; remove the repeat`);
      continue;
    }
    if (!codes.has(v)) {
      r.add(
        e.line,
        e.where,
        `${what} lists error ${v}, which is not in errors.yaml; add ${v} to ${ctx.errorsFile} or remove it from errors`,
      );
      continue;
    }
    listedErrors.push(v);
  }

  // Fields from extended shapes sit at the top level of the response, next to the method's own.
  const shapeFieldNames = new Map<string, string>();
  for (const shape of extendsList) {
    for (const f of shapeFieldsOf(ctx, shape)) {
      if (ENVELOPE_FIELDS.includes(f)) {
        r.add(
          responseEntry?.line ?? item.line,
          join(where, 'response.extends'),
          `response of ${what} extends shape "${shape}", whose field "${f}" is an envelope field every response carries; remove the field from the shape or do not extend it`,
        );
      }
      const other = shapeFieldNames.get(f);
      if (other !== undefined && other !== shape) {
        r.add(
          responseEntry?.line ?? item.line,
          join(where, 'response.extends'),
          `response of ${what} extends shapes "${other}" and "${shape}", which both have field "${f}"; extend only one or rename the field in a shape`,
        );
      }
      shapeFieldNames.set(f, shape);
    }
  }
  for (const f of responseFields ?? []) {
    if (ENVELOPE_FIELDS.includes(f.name)) {
      r.add(
        f.location.line,
        f.location.path,
        `response field "${f.name}" of ${what} is an envelope field every response carries; remove it (the envelope is typed once, in src/runtime.ts)`,
      );
      continue;
    }
    const shape = shapeFieldNames.get(f.name);
    if (shape !== undefined)
      r.add(
        f.location.line,
        f.location.path,
        `response field "${f.name}" of ${what} is also a field of shape "${shape}" (response extends it); remove one`,
      );
  }

  if (
    !nameOk ||
    name === undefined ||
    description === undefined ||
    safeToRepeat === undefined ||
    params === undefined ||
    responseFields === undefined
  )
    return undefined;
  return {
    name,
    description,
    status,
    ...(deprecated === undefined ? {} : { deprecated }),
    access,
    safeToRepeat,
    ...(docs === undefined ? {} : { docs }),
    sources,
    ...(verification === undefined ? {} : { verification }),
    params,
    response: { extends: [...new Set(extendsList)].filter((s) => ctx.shapeNames.includes(s)), fields: responseFields },
    listedErrors,
    notes,
    location: { file: r.source.displayPath, line: item.line, path: where },
  } satisfies Omit<MethodIR, 'wireName' | 'names' | 'ownErrorCodes' | 'errorCodes' | 'csvParams' | 'paramsOptional'>;
}

/** Field names of a shape, read straight from the YAML (the shape list may still be incomplete). */
function shapeFieldsOf(ctx: NsContext, shape: string): string[] {
  const contents = ctx.r.deref(ctx.r.doc.contents);
  if (!isMap(contents)) return [];
  const shapes = ctx.r.deref(contents.get('shapes', true));
  if (!isMap(shapes)) return [];
  const s = ctx.r.deref(shapes.get(shape, true));
  if (!isMap(s)) return [];
  const fields = ctx.r.deref(s.get('fields', true));
  if (!isSeq(fields)) return [];
  return fields.items
    .map((f) => ctx.r.deref(f))
    .map((f) => (isMap(f) ? f.get('name') : undefined))
    .filter((n): n is string => typeof n === 'string');
}

/** A method named `facebook` and one named `facebook.deauthorize` would need the same property. */
function checkMethodPaths(r: FileReader, methods: readonly { name: string; location: SourceLocation }[]): void {
  const names = new Set(methods.map((m) => m.name));
  for (const m of methods) {
    const parts = m.name.split('.');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('.');
      if (names.has(prefix)) {
        r.add(
          m.location.line,
          m.location.path,
          `method "${m.name}" sits under "${prefix}", which is itself a method (client.${prefix} cannot be both a method and a group); rename one of them`,
        );
      }
    }
  }
}

function readFields(
  ctx: NsContext,
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
    const guess = isMap(item.node) ? item.node.get('name') : undefined;
    const what = typeof guess === 'string' ? `${role} "${guess}"` : `${role} #${index + 1} ${owner}`;
    const f = r.object(item.node, item.line, item.where, what, FIELD_SPEC);
    if (!f) continue;
    const field = readField(ctx, f, item, what);
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
  ctx: NsContext,
  f: Map<string, Entry>,
  item: { line: number; where: string },
  what: string,
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
  const deprecated = r.text(f, 'deprecated', where, what, FIELD_SPEC);
  const recalled = r.bool(f, 'recalled', where, what) ?? false;

  let type: TypeRef | undefined;
  if (typeText !== undefined) {
    const typeLine = f.get('type')?.line ?? item.line;
    const parsed = parseType(typeText.replace(/\s+/g, ''), ctx.shapeNames);
    if ('error' in parsed) {
      r.add(
        typeLine,
        join(where, 'type'),
        `${what} has unknown type "${typeText}"${parsed.part !== typeText ? ` ("${parsed.part}" is not a type)` : ''}; ${parsed.error}`,
      );
    } else if (parsed.type.kind !== 'primitive' && containsCsv(parsed.type)) {
      r.add(
        typeLine,
        join(where, 'type'),
        `${what} has type "${typeText}", but csv can only be a field's whole type; use string[] for a list inside ${parsed.type.kind === 'map' ? 'a map' : 'an array'}`,
      );
    } else {
      type = parsed.type;
    }
  }

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
    const value: unknown = node === null ? null : node.toJSON();
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
          `${what}: default ${JSON.stringify(bad)} is not one of the enum values (${enumValues.join(', ')}); fix the default or the enum`,
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
    ...(deprecated === undefined ? {} : { deprecated }),
    recalled,
    location: { file: r.source.displayPath, line: item.line, path: where },
  };
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
      `${what}: ${key} is only allowed on string, csv or string[] fields, not ${typeToText(type)}; remove ${key} or change the type`,
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
  for (const [i, raw] of entry.value.items.entries()) {
    const node = r.deref(raw);
    const v = isScalar(node) ? node.value : undefined;
    if (typeof v !== 'string' || v === '') {
      r.add(
        r.lineOf(node, line),
        `${kw}[${i}]`,
        `${what}: ${key} values must be text, not ${describe(node)}; quote it: "${isScalar(node) ? String(node.value) : '…'}"`,
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
