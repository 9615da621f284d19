/**
 * The catalog format: the keys each kind of entry allows or requires (as documented in
 * catalog/README.md), the provenance keys, and the type syntax (`string`, `User[]`, `map<T>`).
 */
import {
  ACCESS_MODES,
  METHOD_STATUSES,
  RETRY_CLASSES,
  SITE_SHAPES,
  VERIFICATIONS,
  type SiteShape,
  type TypeRef,
} from '../ir.js';
import { PRIMITIVE_TYPES, type PrimitiveType } from '../naming.js';
import { closest, describe, isScalar, join, type Entry, type FileReader, type Spec } from './yaml.js';

/** Client members a namespace property must not shadow (`then` would make the client a thenable). */
export const RESERVED_NAMESPACES: readonly string[] = ['call', 'close', 'invoke', 'then', 'toJSON', 'constructor'];
/**
 * Fields of every response envelope (`ResponseEnvelope` in src/runtime.ts); a method's response must not redefine them.
 */
export const ENVELOPE_FIELDS: readonly string[] = [
  'callId',
  'errorCode',
  'statusCode',
  'statusReason',
  'time',
  'apiVersion',
  'errorMessage',
  'errorDetails',
  'context',
  'ignoredParams',
];
/** Files of a catalog folder that are not namespace files. */
export const ERRORS_FILE = 'errors.yaml';
export const SOURCES_FILE = 'sources.yaml';
export const COMMON_FILE = 'common.yaml';
/** Read by the fidelity check (codegen/fidelity.ts), not by the loader. */
export const FIDELITY_FILE = 'fidelity-differences.yaml';
export const SPECIAL_FILES: readonly string[] = [ERRORS_FILE, SOURCES_FILE, COMMON_FILE, FIDELITY_FILE];
/** Types `enum` may restrict. */
export const ENUM_TYPES = ['string', 'csv', 'string[]'];

export const ERRORS_ROOT: Spec = { codes: { required: true, hint: 'a list of error codes' } };
export const ERROR_SPEC: Spec = {
  code: { required: true, hint: '<number, e.g. 403003>' },
  name: { required: true, hint: '<PascalCase name, e.g. InvalidRequestSignature>' },
  message: { required: true, hint: "<Gigya's own message for the code>" },
  description: { required: true, hint: '<what the code means and what to do>' },
  httpStatus: { required: true, hint: '<number, usually code / 1000, e.g. 403>' },
  outcome: { required: true, hint: 'ok | pending | error' },
  retry: { required: true, hint: RETRY_CLASSES.join(' | ') },
  common: { required: false, hint: 'true or false' },
  legacy: { required: false, hint: '{ message: …, era: … }' },
  sources: { required: false, hint: '[S_GRZ, seed]' },
  carries: { required: false, hint: 'a list of fields the response carries with this code (- name: regToken, …)' },
};
export const CARRIED_SPEC: Spec = {
  name: { required: true, hint: '<response field name, e.g. regToken>' },
  required: { required: true, hint: 'true or false (true: always present with this code)' },
  type: { required: false, hint: '<type; without it, the type of the method response field of the same name>' },
  doc: { required: false, hint: '<one or two sentences; without it, the doc of that response field>' },
  sources: { required: false, hint: '[S_SWIFT]' },
};
export const LEGACY_SPEC: Spec = {
  message: { required: true, hint: '<the older message>' },
  era: { required: true, hint: '<which table, e.g. 2010 Socialize REST table>' },
};

export const SOURCES_ROOT: Spec = {
  sources: { required: true, hint: 'a mapping of provenance keys to { title, says, url }' },
};
export const SOURCE_SPEC: Spec = {
  title: { required: true, hint: '<what the source is>' },
  says: { required: true, hint: "<the phrase readers see, e.g. Documented in SAP's reference>" },
  url: { required: false, hint: 'https://…' },
};
export const COMMON_ROOT: Spec = {
  params: { required: true, hint: 'a list of the params Gigya accepts on every method (- name: cid, …)' },
};
export const NS_ROOT: Spec = {
  namespace: { required: true, hint: '<name, e.g. socialize>' },
  group: { required: false, hint: '<the group this file holds, e.g. tfa; the file is <namespace>.<group>.yaml>' },
  description: { required: false, hint: '<one paragraph about the namespace>' },
  docs: { required: false, hint: 'https://…' },
  groups: { required: false, hint: 'a mapping of group paths to descriptions (tfa: …, tfa.backupcodes: …)' },
  shapes: { required: false, hint: 'a mapping of shape names to shapes' },
  methods: { required: false, hint: 'a list of methods' },
};
export const SHAPE_SPEC: Spec = {
  description: { required: true, hint: '<what the object is>' },
  docs: { required: false, hint: 'https://…' },
  sources: { required: false, hint: '[S_HELP, S_TSW]' },
  fields: { required: true, hint: 'a list of fields (- name: …)' },
};
export const METHOD_SPEC: Spec = {
  name: { required: true, hint: '<method name without the namespace, e.g. setStatus>' },
  alias: { required: false, hint: '<lower-camel name of the last segment on the client, e.g. getLink for getlink>' },
  description: { required: true, hint: '<what the method does>' },
  status: { required: false, hint: METHOD_STATUSES.join(' | ') },
  deprecated: { required: false, hint: '<what to use instead>' },
  access: { required: false, hint: ACCESS_MODES.join(' | ') },
  safeToRepeat: { required: true, hint: 'true or false (true only if sending the same call twice cannot do harm)' },
  docs: { required: false, hint: 'https://…' },
  sources: { required: false, hint: '[S_TSW, seed]' },
  verification: { required: false, hint: VERIFICATIONS.join(' | ') },
  params: { required: true, hint: 'a list of params (- name: …), or [] when the method takes none' },
  response: { required: true, hint: '{ fields: [...] }, or { fields: [] } when it returns only the envelope' },
  errors: { required: true, hint: '[403005, 500024], or [] when its documentation names none' },
  notes: { required: false, hint: '[<note>]' },
  cursor: {
    required: false,
    hint: '{ open: openCursor, param: cursorId, next: nextCursorId, items: results, pageSize: query LIMIT }',
  },
};
export const ERROR_REF_SPEC: Spec = {
  code: { required: true, hint: '<number, e.g. 403120>' },
  inferred: { required: false, hint: '<why the code is expected although no source lists it here>' },
  sources: { required: false, hint: '[S_HELP]' },
};
export const CURSOR_SPEC: Spec = {
  open: { required: true, hint: '<the param that asks for a cursor, e.g. openCursor>' },
  param: { required: true, hint: '<the param that continues it, e.g. cursorId>' },
  next: { required: true, hint: '<the response field with the next cursor, e.g. nextCursorId>' },
  items: { required: true, hint: "<the response field with the page's items, e.g. results>" },
  pageSize: {
    required: false,
    hint: '<the param that sets the page size, e.g. limit; or a param and its clause: query LIMIT>',
  },
};
export const RESPONSE_SPEC: Spec = {
  extends: { required: false, hint: '[<Shape>]' },
  fields: { required: true, hint: 'a list of fields (- name: …), or [] when there are none' },
};
export const FIELD_SPEC: Spec = {
  name: { required: true, hint: '<name as sent on the wire>' },
  type: { required: true, hint: `<type: ${PRIMITIVE_TYPES.join(', ')}, a shape, T[] or map<T>>` },
  required: { required: true, hint: 'true or false' },
  doc: { required: true, hint: '<one or two sentences>' },
  enum: { required: false, hint: '[value1, value2]' },
  suggest: { required: false, hint: '[value1, value2]' },
  default: { required: false, hint: '<value>' },
  referenceName: { required: false, hint: '<spelling in the current reference>' },
  merge: { required: false, hint: 'true or false' },
  deprecated: { required: false, hint: '<deprecation note>' },
  recalled: { required: false, hint: 'true or false' },
  sources: { required: false, hint: '[S_HELP]' },
};

/** Every key table of the format, as documented in catalog/README.md (test/codegen/readme.test.ts compares them). */
export const CATALOG_KEYS: Readonly<Record<string, Spec>> = {
  'Namespace keys': NS_ROOT,
  'Shape keys': SHAPE_SPEC,
  'Method keys': METHOD_SPEC,
  'Response keys': RESPONSE_SPEC,
  'Error reference keys': ERROR_REF_SPEC,
  'Cursor keys': CURSOR_SPEC,
  'Field keys (params, response fields, shape fields)': FIELD_SPEC,
  'Error file keys': ERRORS_ROOT,
  'Error code keys': ERROR_SPEC,
  'Carried field keys': CARRIED_SPEC,
  'Legacy keys': LEGACY_SPEC,
  'Sources file keys': SOURCES_ROOT,
  'Source keys': SOURCE_SPEC,
  'Common file keys': COMMON_ROOT,
};

/** The provenance keys of an entry (`sources: [S_TSW, seed]`); an unknown key is reported with a guess. */
export function readSources(
  r: FileReader,
  entries: Map<string, Entry>,
  where: string,
  what: string,
  known: ReadonlySet<string>,
): string[] {
  const list = r.list(entries, 'sources', where, what, '[S_TSW, seed]') ?? [];
  const out: string[] = [];
  if (entries.has('sources') && list.length === 0)
    r.add(
      entries.get('sources')?.line ?? 1,
      join(where, 'sources'),
      `${what}: sources is empty; name at least one key or remove it`,
    );
  for (const item of list) {
    const value = isScalar(item.node) ? String(item.node.value) : undefined;
    if (value !== undefined && known.has(value)) {
      if (out.includes(value)) r.add(item.line, item.where, `${what} lists source "${value}" twice; remove the repeat`);
      else out.push(value);
    } else {
      const keys = [...known];
      const close = value === undefined ? undefined : closest(value, keys);
      r.add(
        item.line,
        item.where,
        `${what}: unknown source ${value === undefined ? describe(item.node) : `"${value}"`}; ` +
          `${close ? `did you mean "${close}"?` : `declare it in sources.yaml or use one of ${keys.join(', ')}`}`,
      );
    }
  }
  return out;
}

/** Names of other schema languages that are too far from ours for an edit-distance guess. */
const TYPE_ALIASES: Readonly<Record<string, string>> = {
  boolean: 'bool',
  integer: 'int',
  number: 'float',
  double: 'float',
  str: 'string',
  text: 'string',
};

export function parseType(
  text: string,
  shapes: readonly string[],
): { type: TypeRef } | { error: string; part: string } {
  if (text.endsWith('[]')) {
    const inner = parseType(text.slice(0, -2), shapes);
    return 'error' in inner ? inner : { type: { kind: 'array', of: inner.type } };
  }
  const map = /^map<(.+)>$/.exec(text);
  if (map) {
    const inner = parseType(map[1] as string, shapes);
    return 'error' in inner ? inner : { type: { kind: 'map', of: inner.type } };
  }
  if ((PRIMITIVE_TYPES as readonly string[]).includes(text))
    return { type: { kind: 'primitive', name: text as PrimitiveType } };
  if ((SITE_SHAPES as readonly string[]).includes(text)) return { type: { kind: 'site', name: text as SiteShape } };
  if (shapes.includes(text)) return { type: { kind: 'shape', name: text } };
  const close =
    TYPE_ALIASES[text] ??
    closest(text, [...PRIMITIVE_TYPES, ...SITE_SHAPES, ...shapes, ...(text.startsWith('map') ? ['map<string>'] : [])]);
  const shapeList = shapes.length > 0 ? ` or a shape (${shapes.join(', ')})` : ' or a shape defined under shapes';
  return {
    part: text,
    error: close ? `did you mean "${close}"?` : `use ${PRIMITIVE_TYPES.join(', ')}${shapeList}, T[] or map<T>`,
  };
}

/** A csv somewhere inside an array or map type (csv is only allowed as a whole field type). */
export function containsCsv(type: TypeRef): boolean {
  if (type.kind === 'primitive') return type.name === 'csv';
  if (type.kind === 'shape' || type.kind === 'site') return false;
  return containsCsv(type.of);
}
