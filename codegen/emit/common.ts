/**
 * Shared by the emitters: banners, literals, doc comments, and the catalog-type → TypeScript /
 * zod / hint mappings.
 */
import type { ErrorCodeIR, FieldIR, MethodIR, SiteShape, SourceIR, TypeRef } from '../ir.js';
import { propertyKey, type PrimitiveType } from '../naming.js';
import type { Doc, Member } from './code.js';

/**
 * Provenance in words: the `says` phrase of each source key, linked where the source has a URL.
 * Internal keys never reach a hover or a page.
 */
export class Provenance {
  readonly #byKey: ReadonlyMap<string, SourceIR>;
  constructor(sources: readonly SourceIR[]) {
    this.#byKey = new Map(sources.map((s) => [s.key, s] as const));
  }

  /** The sources as TSDoc text: `{@link url | Documented in SAP's reference}; typed in …`. */
  tsdoc(keys: readonly string[]): string {
    return this.#phrases(keys, (says, url) => (url === undefined ? says : `{@link ${url} | ${says}}`));
  }

  /** The same as Markdown: `[Documented in SAP's reference](url); …`. */
  markdown(keys: readonly string[]): string {
    return this.#phrases(keys, (says, url) => (url === undefined ? says : `[${says}](${url})`));
  }

  /** Plain words, no links (for short notes). */
  words(keys: readonly string[]): string {
    return this.#phrases(keys, (says) => says);
  }

  #phrases(keys: readonly string[], render: (says: string, url: string | undefined) => string): string {
    const parts = keys.map((k, i) => {
      const s = this.#byKey.get(k);
      // A key without an entry (a catalog without sources.yaml) is shown as is rather than dropped.
      const says = s?.says ?? k;
      return render(i === 0 ? says : lowerFirstWord(says), s?.url);
    });
    return parts.join('; ');
  }
}

/** `Documented in …` → `documented in …` after a semicolon; names (`SAP's`) keep their capital. */
function lowerFirstWord(text: string): string {
  const first = text.split(' ')[0] ?? '';
  return /^[A-Z][a-z]+$/.test(first) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** How type references are written in one place of a module: shapes (maybe generic) and the site's schema. */
export interface TypeRefs {
  shape(name: string): string;
  site(name: SiteShape): string;
}

/** The do-not-edit banner of a TypeScript file. */
export function tsBanner(sources: readonly string[], options: { readonly unchecked?: boolean } = {}): string {
  return [
    `// Generated from ${sources.join(', ')} by \`npm run generate\`. DO NOT EDIT.`,
    '// Change the catalog and run the generator again; `npm run generate -- --check` fails on any drift.',
    ...(options.unchecked ? UNCHECKED_PRAGMA : []),
    '',
  ].join('\n');
}

/**
 * The banner lines of a module whose expressions are untyped on purpose (validators built on an
 * untyped zod, descriptors as JSON text): checking them would cost a user's compiler time and prove
 * nothing, while the declared types it reads stay as they are. validators.check.ts holds the typed
 * proofs, and test/codegen/unchecked-modules.test.ts type-checks these modules without the pragma.
 */
const UNCHECKED_PRAGMA = [
  '// @ts-nocheck',
  '// Untyped on purpose, so not type-checked where it is compiled: validators.check.ts holds the proofs.',
];

/** A single-quoted JS string literal. */
export function str(value: string): string {
  return `'${value
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
}

/** Text safe inside a `/** … *\/` comment. */
export function docText(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\r\n?/g, '\n');
}

/** A TSDoc block: description paragraphs plus tags, in a fixed order. */
export function doc(
  paragraphs: readonly (string | undefined | false)[],
  tags: readonly { tagName: string; text?: string | undefined }[] = [],
): Doc {
  const description = paragraphs
    .filter((p): p is string => typeof p === 'string' && p.length > 0)
    .map(docText)
    .join('\n\n');
  return {
    description: description,
    tags: tags.map((t) =>
      t.text === undefined ? { tagName: t.tagName } : { tagName: t.tagName, text: docText(t.text) },
    ),
  };
}

/** TSDoc for one field (param, response field or shape field). */
export function fieldDoc(field: FieldIR, prov?: Provenance): Doc {
  const paragraphs = [field.doc];
  if (field.referenceName !== undefined)
    paragraphs.push(
      `The current reference spells it \`${field.referenceName}\`; either spelling may be passed, one per call.`,
    );
  if (field.merge)
    paragraphs.push(
      'Gigya merges it into the stored object: a field left out stays as it is and `null` deletes it, at any ' +
        'depth; arrays are replaced whole.',
    );
  if (prov !== undefined && field.sources.length > 0 && !field.recalled)
    paragraphs.push(`Source: ${prov.tsdoc(field.sources)}.`);
  const tags: { tagName: string; text?: string }[] = [];
  if (field.recalled)
    tags.push({ tagName: 'remarks', text: 'Recalled, not confirmed by a stored source: treat as unverified.' });
  if (field.default !== undefined)
    tags.push({ tagName: 'defaultValue', text: `\`${field.default}\` (Gigya's default when omitted)` });
  if (field.deprecated !== undefined) tags.push({ tagName: 'deprecated', text: field.deprecated });
  return doc(paragraphs, tags);
}

type Tag = { tagName: string; text?: string };

/** A link to the method's reference page, else to its namespace's (older methods have no page of their own). */
export function methodSeeTags(m: MethodIR): Tag[] {
  if (m.docs !== undefined) return [{ tagName: 'see', text: `{@link ${m.docs} | ${m.wireName} reference}` }];
  const ns = m.wireName.slice(0, m.wireName.indexOf('.'));
  return m.namespaceDocs === undefined
    ? []
    : [{ tagName: 'see', text: `{@link ${m.namespaceDocs} | ${ns} reference} (no page of its own)` }];
}

/** `@deprecated` with the catalog's note; bare for a deprecated method without one. */
export function deprecationTags(m: MethodIR): Tag[] {
  if (m.deprecated !== undefined) return [{ tagName: 'deprecated', text: m.deprecated }];
  return m.status === 'deprecated' ? [{ tagName: 'deprecated' }] : [];
}

/** How sure the catalog is about a method, as a `@remarks` tag; `what` names the parts concerned. */
export function verificationTags(m: MethodIR, what: string): Tag[] {
  if (m.verification === 'recalled')
    return [
      {
        tagName: 'remarks',
        text: `This method is recalled, not confirmed by a stored source: treat its ${what} as unverified.`,
      },
    ];
  if (m.verification === 'partial')
    return [
      {
        tagName: 'remarks',
        text: `Only part of this method is confirmed by stored sources; ${what} marked as recalled are unverified.`,
      },
    ];
  return [];
}

/** The method's sources as a sentence for its TSDoc. */
export function sourcesParagraph(m: MethodIR, prov: Provenance): string | undefined {
  return m.sources.length === 0 ? undefined : `Where this comes from: ${prov.tsdoc(m.sources)}.`;
}

/**
 * The method's own error codes in words: name, and how each is known when not from the method's
 * sources (narrower sources, or inferred with the reason).
 */
export function errorsParagraph(
  m: MethodIR,
  codes: ReadonlyMap<number, ErrorCodeIR>,
  prov: Provenance,
): string | undefined {
  const own = m.ownErrorCodes.map((c) => {
    const ref = m.errorRefs.find((r) => r.code === c);
    const basis =
      ref?.inferred !== undefined
        ? ` (inferred: ${ref.inferred})`
        : ref !== undefined && ref.sources.length > 0
          ? ` (${prov.words(ref.sources)})`
          : '';
    return `${c} ${codes.get(c)?.name ?? ''}`.trim() + basis;
  });
  return own.length > 0 ? `Errors besides the common ones: ${own.join('; ')}.` : undefined;
}

/** Whether a field sits at the top level of a method's params (csv arrays, readonly arrays, `| undefined`). */
export type Position = 'param' | 'nested';

function literalUnion(values: readonly string[]): string {
  return values.map(str).join(' | ');
}

function arrayOf(element: string, readonly: boolean): string {
  const wrapped = element.includes(' | ') || element.includes('&') ? `(${element})` : element;
  return `${readonly ? 'readonly ' : ''}${wrapped}[]`;
}

/** How each catalog primitive is typed, validated and hinted (`ValueHint` in src/xml.ts). */
const PRIMITIVES: {
  readonly [P in PrimitiveType]: {
    readonly ts: string;
    readonly zod: string;
    readonly hint: 'string' | 'number' | 'boolean' | 'json';
  };
} = {
  string: { ts: 'string', zod: 'z.string()', hint: 'string' },
  int: { ts: 'number', zod: 'z.number().int()', hint: 'number' },
  long: { ts: 'number', zod: 'z.number().int()', hint: 'number' },
  float: { ts: 'number', zod: 'z.number()', hint: 'number' },
  bool: { ts: 'boolean', zod: 'z.boolean()', hint: 'boolean' },
  timestamp: { ts: 'number', zod: 'z.number().int()', hint: 'number' },
  // Outside the top level of params (responses, shapes) a csv value is the joined text.
  csv: { ts: 'string', zod: 'z.string()', hint: 'string' },
  object: { ts: 'Record<string, unknown>', zod: 'z.record(z.string(), z.unknown())', hint: 'json' },
  unknown: { ts: 'unknown', zod: 'z.unknown()', hint: 'json' },
};

/** A top-level csv param also takes an array, sent comma-joined. */
function isCsvParam(type: TypeRef, position: Position): boolean {
  return type.kind === 'primitive' && type.name === 'csv' && position === 'param';
}

/** The TypeScript type of a field's value. `shapeType` maps a shape name to its interface name. */
export function tsType(type: TypeRef, position: Position, values: FieldValues, refs: TypeRefs): string {
  switch (type.kind) {
    case 'primitive': {
      if (type.name === 'csv' && !isCsvParam(type, position)) return PRIMITIVES.csv.ts;
      // `string & {}` keeps the suggested literals in autocompletion while any text type-checks.
      const base = values.enum
        ? literalUnion(values.enum)
        : values.suggest
          ? `${literalUnion(values.suggest)} | (string & {})`
          : PRIMITIVES[type.name].ts;
      return isCsvParam(type, position) ? `${base} | ${arrayOf(base, true)}` : base;
    }
    case 'shape':
      return refs.shape(type.name);
    case 'site':
      return refs.site(type.name);
    case 'array':
      return arrayOf(tsType(type.of, 'nested', values, refs), position === 'param');
    case 'map':
      return `Record<string, ${tsType(type.of, 'nested', values, refs)}>`;
  }
}

/** The value lists of a field that narrow its primitive type. */
export type FieldValues = Pick<FieldIR, 'enum' | 'suggest'>;

/**
 * One interface property. Where a value is sent (params, and shapes params reach), an optional
 * field also accepts `undefined`: the runtime drops it, so the validator accepts it too.
 */
export function fieldMember(
  field: FieldIR,
  position: Position,
  refs: TypeRefs,
  sent = position === 'param',
  prov?: Provenance,
): Member {
  const type = tsType(field.type, position, field, refs);
  const optional = !field.required;
  return {
    name: propertyKey(field.name),
    type: optional && sent ? `${type} | undefined` : type,
    optional,
    doc: fieldDoc(field, prov),
  };
}

/** The zod expression validating a field's value. */
export function zodType(
  type: TypeRef,
  position: Position,
  enumValues: readonly string[] | undefined,
  shapeSchema: (name: string) => string,
): string {
  switch (type.kind) {
    case 'primitive': {
      if (type.name === 'csv' && !isCsvParam(type, position)) return PRIMITIVES.csv.zod;
      const base = enumValues ? `z.enum([${enumValues.map(str).join(', ')}])` : PRIMITIVES[type.name].zod;
      return isCsvParam(type, position) ? `z.union([${base}, z.array(${base})])` : base;
    }
    case 'shape':
      return shapeSchema(type.name);
    case 'site':
      // The site's own schema is the user's type: at run time any object is passed on.
      return 'z.record(z.string(), z.unknown())';
    case 'array':
      return `z.array(${zodType(type.of, 'nested', enumValues, shapeSchema)})`;
    case 'map':
      return `z.record(z.string(), ${zodType(type.of, 'nested', enumValues, shapeSchema)})`;
  }
}

/**
 * The response hint of a field's value (see `ValueHint` in src/wire/xml.ts) as a JSON value, for
 * `hintsFromJson`: a shape with hints of its own is the number `shapeRef` gives it (its place in the
 * literal's list of shapes), any other shape stays 'json'.
 */
export function hintValue(type: TypeRef, shapeRef: (name: string) => number | undefined): unknown {
  switch (type.kind) {
    case 'primitive':
      return PRIMITIVES[type.name].hint;
    case 'shape': {
      const ref = shapeRef(type.name);
      return ref === undefined ? 'json' : { fields: ref };
    }
    case 'site':
    case 'map':
      return 'json';
    case 'array':
      return { items: hintValue(type.of, shapeRef) };
  }
}
