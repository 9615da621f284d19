/**
 * Reads one namespace file: `<namespace>.yaml` (the namespace itself) or `<namespace>.<group>.yaml`
 * (a group of its methods). A namespace's files share one set of shapes, so files are read in two
 * passes: `scanNamespaceFile` finds each file's namespace, group and shape names; then
 * `readNamespaceFile` reads everything against the shapes of all files of its namespace. Checks
 * that need only one file happen here; ./namespaces.ts joins the files of a namespace.
 */
import { CLIENT_PARAMS } from '../../src/runtime.js';
import {
  ACCESS_MODES,
  METHOD_STATUSES,
  SITE_SHAPES,
  VERIFICATIONS,
  type CheckedNamespace,
  type CursorIR,
  type ErrorCodeIR,
  type ErrorRefIR,
  type FieldIR,
  type GroupIR,
  type SourceLocation,
  type Verification,
} from '../ir.js';
import { METHOD_NAME, NAMESPACE_NAME, PRIMITIVE_TYPES, SHAPE_NAME, pascalCase } from '../naming.js';
import {
  CURSOR_SPEC,
  ENVELOPE_FIELDS,
  ERROR_REF_SPEC,
  METHOD_SPEC,
  NS_ROOT,
  readSources,
  RESERVED_NAMESPACES,
  RESPONSE_SPEC,
  SHAPE_SPEC,
} from './format.js';
import { readFields, type FieldContext } from './fields.js';
import type { CatalogIssue } from './issues.js';
import type { CatalogSource } from './sources.js';
import { closest, describe, FileReader, get, isMap, isScalar, isSeq, join, textOf, type Entry } from './yaml.js';

/** What the first pass learns about a namespace file. */
export interface ScannedFile {
  readonly source: CatalogSource;
  readonly reader: FileReader;
  /** The namespace the file says it belongs to (or its file name's first segment). */
  readonly namespace: string;
  /** The `group:` it holds; undefined for the namespace's own file. */
  readonly group: string | undefined;
  /** Shape names it defines, with the names of their fields and the line of the definition. */
  readonly shapes: ReadonlyMap<string, { readonly fields: readonly string[]; readonly line: number }>;
}

/** A namespace file's part of its namespace, checked. */
export interface NamespacePart {
  readonly namespace: string;
  readonly group: string | undefined;
  readonly description?: string;
  readonly docs?: string;
  readonly groups: readonly GroupIR[];
  readonly shapes: CheckedNamespace['shapes'];
  readonly methods: CheckedNamespace['methods'];
  readonly source: CatalogSource;
  /** The `namespace:` line. */
  readonly location: SourceLocation;
}

interface NsContext extends FieldContext {
  /** Display path of errors.yaml, named in fixes. */
  readonly errorsFile: string;
  /** Field names of every shape of the namespace. */
  readonly shapeFields: ReadonlyMap<string, readonly string[]>;
}

/** First pass: namespace, group and shapes, or undefined when the file cannot be read at all. */
export function scanNamespaceFile(source: CatalogSource, issues: CatalogIssue[]): ScannedFile | undefined {
  const r = new FileReader(source, issues);
  if (!r.ok) return undefined;
  const root = r.root;
  const base = source.fileName.replace(/\.yaml$/, '');
  if (root === null || (isScalar(root) && root.value === null)) {
    r.add(1, '', `the file is empty; start it with namespace: ${base.split('.')[0]} (format: catalog/README.md)`);
    return undefined;
  }
  const namespace = textOf(get(root, 'namespace')) ?? base.split('.')[0] ?? base;
  const group = textOf(get(root, 'group'));
  const shapes = new Map<string, { fields: string[]; line: number }>();
  const shapeMap = get(root, 'shapes');
  if (isMap(shapeMap)) {
    for (const pair of shapeMap.items) {
      if (pair.key === null || shapes.has(pair.key)) continue;
      const fields = get(pair.value, 'fields');
      shapes.set(pair.key, {
        fields: isSeq(fields)
          ? fields.items.map((f) => textOf(get(f, 'name'))).filter((n): n is string => n !== undefined)
          : [],
        line: pair.keyLine,
      });
    }
  }
  return { source, reader: r, namespace, group, shapes };
}

/** Second pass: the whole file, against the shapes of every file of its namespace. */
export function readNamespaceFile(
  scanned: ScannedFile,
  namespaceShapes: ReadonlyMap<string, readonly string[]>,
  codes: ReadonlyMap<number, ErrorCodeIR> | undefined,
  sourceKeys: ReadonlySet<string>,
  errorsFile: string,
): NamespacePart | undefined {
  const { reader: r, source } = scanned;
  const root = r.object(r.root, 1, '', 'the namespace file', NS_ROOT);
  if (!root) return undefined;
  const base = source.fileName.replace(/\.yaml$/, '');
  const name = r.text(root, 'namespace', '', 'the namespace file', NS_ROOT);
  const group = r.text(root, 'group', '', 'the namespace file', NS_ROOT);
  const nsLine = root.get('namespace')?.line ?? 1;
  if (name !== undefined) {
    const expected = group === undefined ? name : `${name}.${group}`;
    if (!NAMESPACE_NAME.test(name))
      r.add(nsLine, 'namespace', `namespace "${name}" must be one lower-camel word (letters and digits); rename it`);
    else if (RESERVED_NAMESPACES.includes(name))
      r.add(
        nsLine,
        'namespace',
        `namespace "${name}" would clash with client.${name} (a member of every client); rename it`,
      );
    else if (base !== expected)
      r.add(
        nsLine,
        'namespace',
        group === undefined
          ? base.startsWith(`${name}.`)
            ? `${source.fileName} holds a group of namespace "${name}" but says no group; add group: ` +
              `${base.slice(name.length + 1)}`
            : `namespace "${name}" does not match the file name ${source.fileName}; rename the file to ` +
              `${name}.yaml or set namespace: ${base.split('.')[0]}`
          : `namespace "${name}" with group "${group}" belongs in ${expected}.yaml, not ${source.fileName}; ` +
              'rename the file',
      );
  }
  if (group !== undefined && !METHOD_NAME.test(group))
    r.add(
      root.get('group')?.line ?? 1,
      'group',
      `group "${group}" must be dot-separated words (e.g. tfa, auth.magiclink); rename it`,
    );
  const description = r.text(root, 'description', '', 'the namespace file', NS_ROOT);
  // A file named as a group but saying no group is reported above; it is not the namespace's own file.
  if (group === undefined && base === (name ?? base) && description === undefined && !root.has('description'))
    r.add(1, '', `the namespace file has no "description"; add description: <one paragraph about the namespace>`);
  if (group !== undefined && root.has('description'))
    r.add(
      root.get('description')?.line ?? 1,
      'description',
      `a group file does not describe the namespace (${name ?? base.split('.')[0]}.yaml does); describe the ` +
        'group under groups: instead',
    );
  const docs = r.url(root, 'docs', '', 'the namespace file');
  const groups = readGroups(r, root);

  const shapeNamesList = [...namespaceShapes.keys()].filter((s) => SHAPE_NAME.test(s));
  const ctx: NsContext = { r, shapeNames: shapeNamesList, sourceKeys, errorsFile, shapeFields: namespaceShapes };
  const shapes = readShapes(ctx, root);

  const methods: CheckedNamespace['methods'][number][] = [];
  const methodItems = r.list(root, 'methods', '', 'the namespace file', 'a list of methods (- name: …)') ?? [];
  const seenMethods = new Map<string, number>();
  for (const [index, item] of methodItems.entries()) {
    const guess = textOf(get(item.node, 'name'));
    const what = guess !== undefined ? `method "${guess}"` : `method #${index + 1}`;
    const m = r.object(item.node, item.line, item.where, what, METHOD_SPEC);
    if (!m) continue;
    const method = readMethod(ctx, m, item, what, name ?? base.split('.')[0] ?? base, codes);
    if (!method) continue;
    if (group !== undefined && !method.name.startsWith(`${group}.`)) {
      r.add(
        item.line,
        join(item.where, 'name'),
        `method "${method.name}" is in the file of group "${group}" but does not start with "${group}."; ` +
          `rename it to ${group}.${method.name} or move it`,
      );
      continue;
    }
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
    methods.push({ ...method, ...(group === undefined ? {} : { group }) });
  }

  if (name === undefined) return undefined;
  return {
    namespace: name,
    group,
    ...(description === undefined ? {} : { description }),
    ...(docs === undefined ? {} : { docs }),
    groups,
    shapes,
    methods,
    source,
    location: { file: source.displayPath, line: nsLine, path: 'namespace' },
  };
}

/** `groups:`: descriptions of sub-namespaces, keyed by dotted path. */
function readGroups(r: FileReader, root: Map<string, Entry>): GroupIR[] {
  const entry = root.get('groups');
  if (!entry) return [];
  const map = r.object(entry.value, entry.line, 'groups', 'groups');
  const out: GroupIR[] = [];
  for (const [path, e] of map ?? []) {
    const where = `groups.${path}`;
    if (!METHOD_NAME.test(path)) {
      r.add(e.line, where, `group "${path}" must be dot-separated words (e.g. tfa, tfa.backupcodes); rename it`);
      continue;
    }
    const text = textOf(e.value);
    if (text === undefined || text.trim() === '') {
      r.add(
        e.line,
        where,
        `group "${path}" needs a description, not ${describe(e.value)}; write ${path}: <what its methods do>`,
      );
      continue;
    }
    out.push({ path, description: text.trim(), location: { file: r.source.displayPath, line: e.line, path: where } });
  }
  return out;
}

function readShapes(ctx: NsContext, root: Map<string, Entry>): CheckedNamespace['shapes'][number][] {
  const { r } = ctx;
  const shapeEntry = root.get('shapes');
  const shapeMap = shapeEntry ? r.object(shapeEntry.value, shapeEntry.line, 'shapes', 'shapes') : undefined;
  const shapes: CheckedNamespace['shapes'][number][] = [];
  for (const [shapeName, entry] of shapeMap ?? []) {
    const where = `shapes.${shapeName}`;
    const what = `shape "${shapeName}"`;
    if (!SHAPE_NAME.test(shapeName)) {
      r.add(
        entry.line,
        where,
        `shape name "${shapeName}" must be PascalCase (letters and digits); rename it to ` +
          `"${pascalCase(shapeName.replace(/[^A-Za-z0-9]+/g, ' '))}"`,
      );
      continue;
    }
    if ((SITE_SHAPES as readonly string[]).includes(shapeName)) {
      r.add(
        entry.line,
        where,
        `shape name "${shapeName}" is reserved for the site's own schema, which users type once on the ` +
          'client; remove the definition and use the name as a type',
      );
      continue;
    }
    if ((PRIMITIVE_TYPES as readonly string[]).includes(shapeName)) continue;
    const s = r.object(entry.value, entry.line, where, what, SHAPE_SPEC);
    if (!s) continue;
    const shapeDescription = r.text(s, 'description', where, what, SHAPE_SPEC);
    const docs = r.url(s, 'docs', where, what);
    const sources = readSources(r, s, where, what, ctx.sourceKeys);
    const fields = readFields(ctx, s, 'fields', where, 'field', `of shape "${shapeName}"`);
    if (shapeDescription === undefined || fields === undefined) continue;
    shapes.push({
      name: shapeName,
      description: shapeDescription,
      ...(docs === undefined ? {} : { docs }),
      fields,
      sources,
      location: { file: r.source.displayPath, line: entry.line, path: where },
    });
  }
  return shapes;
}

function readMethod(
  ctx: NsContext,
  m: Map<string, Entry>,
  item: { line: number; where: string },
  what: string,
  namespace: string,
  codes: ReadonlyMap<number, ErrorCodeIR> | undefined,
): Omit<CheckedNamespace['methods'][number], 'group'> | undefined {
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
        `method name "${name}" must be dot-separated words of letters, digits and _ ` +
          '(e.g. setStatus, facebook.deauthorize); rename it',
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
  const sources = readSources(r, m, where, what, ctx.sourceKeys);
  const alias = r.text(m, 'alias', where, what, METHOD_SPEC);
  if (alias !== undefined && !/^[a-z][A-Za-z0-9]*$/.test(alias))
    r.add(
      m.get('alias')?.line ?? item.line,
      join(where, 'alias'),
      `${what}: alias "${alias}" must be one lower-camel word ` +
        `(the client's name for the last segment, e.g. getLink); fix it`,
    );
  if (alias !== undefined && name !== undefined && alias === name.split('.').pop())
    r.add(m.get('alias')?.line ?? item.line, join(where, 'alias'), `${what}: alias repeats the name; remove it`);
  const verification = r.oneOf<Verification>(m, 'verification', where, what, VERIFICATIONS);
  const notes = r.textList(m, 'notes', where, what, '[<note>]') ?? [];
  // params, response.fields and errors are required keys (reported by `object`): a method always says it has none.
  const params = readFields(ctx, m, 'params', where, 'param', `of ${what}`);
  for (const p of params ?? []) {
    if (CLIENT_PARAMS.has(p.name))
      r.add(
        p.location.line,
        p.location.path,
        `param "${p.name}" of ${what} is set by the client itself (credentials, signing or format); remove ` +
          'it from the catalog',
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
          const known = ctx.shapeNames.length ? ` (shapes: ${ctx.shapeNames.join(', ')})` : '';
          r.add(
            extendsLine,
            join(rw, 'extends'),
            `response of ${what} extends unknown shape "${shape}"; ` +
              (close ? `did you mean "${close}"?` : `define it under shapes or remove it${known}`),
          );
        }
      }
      responseFields = readFields(ctx, resp, 'fields', rw, 'response field', `of ${what}`);
    }
  }

  const errorRefs = readErrorRefs(ctx, m, where, what, codes);
  const cursor = readCursor(ctx, m, where, what, params ?? [], [
    ...extendsList.flatMap((s) => ctx.shapeFields.get(s) ?? []),
    ...(responseFields ?? []).map((f) => f.name),
  ]);

  // Fields from extended shapes sit at the top level of the response, next to the method's own.
  const shapeFieldNames = new Map<string, string>();
  for (const shape of extendsList) {
    for (const f of ctx.shapeFields.get(shape) ?? []) {
      if (ENVELOPE_FIELDS.includes(f)) {
        r.add(
          responseEntry?.line ?? item.line,
          join(where, 'response.extends'),
          `response of ${what} extends shape "${shape}", whose field "${f}" is an envelope field every ` +
            'response carries; remove the field from the shape or do not extend it',
        );
      }
      const other = shapeFieldNames.get(f);
      if (other !== undefined && other !== shape) {
        r.add(
          responseEntry?.line ?? item.line,
          join(where, 'response.extends'),
          `response of ${what} extends shapes "${other}" and "${shape}", which both have field "${f}"; ` +
            'extend only one or rename the field in a shape',
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
        `response field "${f.name}" of ${what} is an envelope field every response carries; remove it ` +
          '(the envelope is typed once, in src/runtime.ts)',
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
    errorRefs,
    ...(cursor === undefined ? {} : { cursor }),
    ...(alias === undefined ? {} : { alias }),
    notes,
    location: { file: r.source.displayPath, line: item.line, path: where },
  };
}

/**
 * `errors:`: a plain code is documented by the method's sources; `{ code, sources }` by narrower
 * ones; `{ code, inferred: <reason> }` is expected without a source listing it for the method.
 */
function readErrorRefs(
  ctx: NsContext,
  m: Map<string, Entry>,
  where: string,
  what: string,
  codes: ReadonlyMap<number, ErrorCodeIR> | undefined,
): ErrorRefIR[] {
  const { r } = ctx;
  const out: ErrorRefIR[] = [];
  const errorItems = r.list(m, 'errors', where, what, '[403005, 500024]') ?? [];
  for (const e of errorItems) {
    let code: unknown;
    let ref: ErrorRefIR | undefined;
    if (isMap(e.node)) {
      const o = r.object(e.node, e.line, e.where, `error of ${what}`, ERROR_REF_SPEC);
      if (!o) continue;
      const codeNode = o.get('code')?.value;
      code = isScalar(codeNode) ? codeNode.value : undefined;
      const inferred = r.text(o, 'inferred', e.where, `error ${String(code)} of ${what}`, ERROR_REF_SPEC);
      const sources = readSources(r, o, e.where, `error ${String(code)} of ${what}`, ctx.sourceKeys);
      if (inferred !== undefined && o.has('sources'))
        r.add(
          e.line,
          e.where,
          `${what}: error ${String(code)} is either inferred (with a reason) or documented by sources, not ` +
            'both; keep one',
        );
      else if (inferred === undefined && !o.has('sources') && !o.has('inferred'))
        r.add(
          e.line,
          e.where,
          `${what}: error ${String(code)} written as a mapping needs inferred: <reason> or sources: [...]; ` +
            'add one or write the plain code',
        );
      if (typeof code === 'number') ref = { code, sources, ...(inferred === undefined ? {} : { inferred }) };
    } else {
      code = isScalar(e.node) ? e.node.value : undefined;
      if (typeof code === 'number') ref = { code, sources: [] };
    }
    if (typeof code !== 'number' || !Number.isSafeInteger(code) || ref === undefined) {
      if (!isMap(e.node) || code !== undefined)
        r.add(
          e.line,
          e.where,
          `${what}: errors must list numeric codes, not ${describe(e.node)}; write the code, e.g. 403005`,
        );
      continue;
    }
    if (out.some((x) => x.code === code)) {
      r.add(e.line, e.where, `${what} lists error ${code} twice; remove the repeat`);
      continue;
    }
    if (codes !== undefined && !codes.has(code)) {
      r.add(
        e.line,
        e.where,
        `${what} lists error ${code}, which is not in errors.yaml; add ${code} to ${ctx.errorsFile} or ` +
          'remove it from errors',
      );
      continue;
    }
    out.push(ref);
  }
  return out;
}

/** `cursor:` names a param that opens a cursor, one that continues it, and the response fields that carry it. */
function readCursor(
  ctx: NsContext,
  m: Map<string, Entry>,
  where: string,
  what: string,
  params: readonly FieldIR[],
  responseFields: readonly string[],
): CursorIR | undefined {
  const { r } = ctx;
  const entry = m.get('cursor');
  if (!entry) return undefined;
  const cw = join(where, 'cursor');
  const c = r.object(entry.value, entry.line, cw, `cursor of ${what}`, CURSOR_SPEC);
  if (!c) return undefined;
  const keys = ['open', 'param', 'next', 'items'] as const;
  const values = Object.fromEntries(keys.map((k) => [k, r.text(c, k, cw, `cursor of ${what}`, CURSOR_SPEC)]));
  let ok = keys.every((k) => values[k] !== undefined);
  const paramNames = params.map((p) => p.name);
  for (const k of ['open', 'param'] as const) {
    const v = values[k];
    if (v !== undefined && !paramNames.includes(v)) {
      const close = closest(v, paramNames);
      r.add(
        c.get(k)?.line ?? entry.line,
        join(cw, k),
        `cursor of ${what}: ${k} "${v}" is not a param of the method; ` +
          `${close ? `did you mean "${close}"?` : 'name one of its params'}`,
      );
      ok = false;
    }
  }
  for (const k of ['next', 'items'] as const) {
    const v = values[k];
    if (v !== undefined && !responseFields.includes(v)) {
      const close = closest(v, responseFields);
      r.add(
        c.get(k)?.line ?? entry.line,
        join(cw, k),
        `cursor of ${what}: ${k} "${v}" is not a response field of the method; ` +
          `${close ? `did you mean "${close}"?` : 'name one of its response fields'}`,
      );
      ok = false;
    }
  }
  const pageSize = readPageSize(ctx, c, cw, what, paramNames, entry.line);
  if (pageSize === null || !ok) return undefined;
  return { ...(values as Omit<CursorIR, 'pageSize'>), ...(pageSize ? { pageSize } : {}) };
}

/**
 * `pageSize: query LIMIT` (the page size is a clause of that param's text) or `pageSize: limit` (a
 * number param). Undefined when absent, null when wrong (the problem is recorded).
 */
function readPageSize(
  ctx: NsContext,
  c: Map<string, Entry>,
  cw: string,
  what: string,
  paramNames: readonly string[],
  line: number,
): CursorIR['pageSize'] | null | undefined {
  const { r } = ctx;
  const text = r.text(c, 'pageSize', cw, `cursor of ${what}`, CURSOR_SPEC);
  if (text === undefined) return undefined;
  const where = join(cw, 'pageSize');
  const at = c.get('pageSize')?.line ?? line;
  const [param = '', clause, ...rest] = text.trim().split(/\s+/);
  if (rest.length > 0 || (clause !== undefined && !/^[A-Z]+$/.test(clause))) {
    r.add(
      at,
      where,
      `cursor of ${what}: pageSize "${text}" must be a param, optionally followed by an upper-case clause keyword ` +
        `(query LIMIT)`,
    );
    return null;
  }
  if (!paramNames.includes(param)) {
    const close = closest(param, paramNames);
    r.add(
      at,
      where,
      `cursor of ${what}: pageSize "${param}" is not a param of the method; ${
        close ? `did you mean "${close}"?` : 'name one of its params'
      }`,
    );
    return null;
  }
  return clause === undefined ? { param } : { param, clause };
}

/** A method named `facebook` and one named `facebook.deauthorize` would need the same property. */
export function checkMethodPaths(
  issues: CatalogIssue[],
  methods: readonly { name: string; location: SourceLocation }[],
): void {
  const names = new Set(methods.map((m) => m.name));
  for (const m of methods) {
    const parts = m.name.split('.');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('.');
      if (names.has(prefix)) {
        issues.push({
          file: m.location.file,
          line: m.location.line,
          path: m.location.path,
          message:
            `method "${m.name}" sits under "${prefix}", which is itself a method ` +
            `(client.${prefix} cannot be both a method and a group); rename one of them`,
        });
      }
    }
  }
}
