/**
 * Renders `docs/api/<namespace>.md`, `docs/api/errors.md` and `docs/api/common.md` from the IR with
 * the handlebars templates of `codegen/templates/`. Everything a page prints is shaped here into a
 * view (links, sentences, notes); the templates only lay it out. The result is tidied: blank-line
 * runs collapsed, no trailing spaces.
 */
import {
  typeToText,
  type CatalogIR,
  type ErrorCodeIR,
  type FieldIR,
  type FlowStateIR,
  type MethodIR,
  type NamespaceIR,
  type TypeRef,
} from '../ir.js';
import type { Provenance } from './common.js';
import { renderTemplate } from './templates.js';

/** Blank-line runs collapsed, no trailing spaces, one final newline: stable Markdown. */
function tidy(markdown: string): string {
  return `${markdown
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

function firstSentence(text: string): string {
  // A sentence ends at . ! or ? followed by a capital letter or the end (so `e.g. a` does not end one).
  const match = /^(.*?[.!?])(?=\s+[A-Z`]|\s*$)/s.exec(text);
  return (match ? (match[1] as string) : text).replace(/\s+/g, ' ');
}

function typeMarkdown(type: TypeRef, field: Pick<FieldIR, 'enum' | 'suggest'>, position: 'param' | 'other'): string {
  const base = typeText(type);
  const list = (values: readonly string[]): string => values.map((v) => `\`${v}\``).join(', ');
  const enumText = field.enum
    ? ` (one of ${list(field.enum)})`
    : field.suggest
      ? ` (e.g. ${list(field.suggest)}; other values too)`
      : '';
  const csv =
    type.kind === 'primitive' && type.name === 'csv' && position === 'param' ? ' (comma-separated, or an array)' : '';
  return `${base}${csv}${enumText}`;
}

/** Anchor of a shape's section in the namespace page. */
function shapeAnchor(name: string): string {
  return `shape-${name.toLowerCase()}`;
}

function shapeLink(name: string): string {
  return `[\`${name}\`](#${shapeAnchor(name)})`;
}

function typeText(type: TypeRef): string {
  return typeToText(type, (t) =>
    t.kind === 'shape' ? shapeLink(t.name) : t.kind === 'site' ? `\`${t.name}\` (the site's schema)` : `\`${t.name}\``,
  );
}

/** The description cell of a field: its doc, then deprecation, spelling, basis. */
function fieldText(f: FieldIR, prov: Provenance): string {
  const notes = [
    f.deprecated !== undefined ? `**Deprecated:** ${f.deprecated}` : '',
    f.referenceName !== undefined
      ? `(Also accepted as \`${f.referenceName}\`, the current reference's spelling; one per call.)`
      : '',
    f.recalled ? '(Recalled, unverified.)' : '',
    f.sources.length > 0 && !f.recalled ? `(Source: ${prov.markdown(f.sources)}.)` : '',
  ].filter(Boolean);
  return [f.doc, ...notes].join(' ');
}

/** A row of a params, response or shape table. */
interface FieldView {
  readonly name: string;
  readonly type: string;
  readonly required: boolean;
  readonly default: string;
  readonly doc: string;
}

function fieldView(f: FieldIR, position: 'param' | 'other', prov: Provenance): FieldView {
  return {
    name: f.name,
    type: typeMarkdown(f.type, f, position),
    required: f.required,
    default: f.default ?? '',
    doc: fieldText(f, prov),
  };
}

interface FlowView {
  readonly code: number;
  readonly name: string;
  readonly how: string;
  readonly fields: string;
}

function flowView(f: FlowStateIR): FlowView {
  return {
    code: f.code,
    name: f.name,
    how: f.outcome === 'error' ? 'thrown; fields on `error.response`' : 'resolves; fields on the result',
    fields: f.fields.map((x) => `\`${x.name}\`${x.required ? '' : ' (when sent)'}`).join(', ') || 'none typed',
  };
}

interface MethodErrorView {
  readonly code: number;
  readonly name: string;
  readonly meaning: string;
  readonly basis: string;
}

function methodErrorView(m: MethodIR, c: ErrorCodeIR, prov: Provenance): MethodErrorView {
  const ref = m.errorRefs.find((r) => r.code === c.code);
  const basis =
    ref?.inferred !== undefined
      ? `inferred: ${ref.inferred}`
      : ref !== undefined && ref.sources.length > 0
        ? prov.markdown(ref.sources)
        : 'documented';
  return { code: c.code, name: c.name, meaning: `${c.message}: ${c.description}`, basis };
}

function cursorText(cursor: NonNullable<MethodIR['cursor']>): string {
  return (
    `\`${cursor.open}\` opens a cursor, \`${cursor.param}\` continues it; each page's items ` +
    `are in \`${cursor.items}\`, the next cursor in \`${cursor.next}\` (absent at the end).` +
    pageSizeNote(cursor.pageSize) +
    ' `paginate(params)` iterates every item.'
  );
}

function methodView(ns: NamespaceIR, m: MethodIR, codes: ReadonlyMap<number, ErrorCodeIR>, prov: Provenance) {
  return {
    wireName: m.wireName,
    status: m.status,
    access: m.access,
    safeToRepeat: m.safeToRepeat,
    summary: firstSentence(m.description),
    description: m.description,
    notes: m.notes,
    deprecated: m.deprecated ?? (m.status === 'deprecated' ? 'Deprecated.' : ''),
    legacy: m.status === 'legacy',
    member: `${ns.name}.${m.names.path.join('.')}`,
    fn: m.names.fn,
    opt: m.paramsOptional ? '?' : '',
    accessText: m.access === 'public' ? 'public (an API key alone is enough)' : 'signed credentials',
    sources: prov.markdown(m.sources),
    verification: m.verification ?? '',
    cursor: m.cursor ? cursorText(m.cursor) : '',
    docs: m.docs ?? '',
    params: m.params.map((f) => fieldView(f, 'param', prov)),
    extends: m.response.extends.map(shapeLink).join(', '),
    fields: m.response.fields.map((f) => fieldView(f, 'other', prov)),
    flows: [...m.resultFlows, ...m.errorFlows].map(flowView),
    errors: m.ownErrorCodes
      .map((c) => codes.get(c))
      .filter((c): c is ErrorCodeIR => c !== undefined)
      .map((c) => methodErrorView(m, c, prov)),
  };
}

export function renderNamespaceDocs(
  ns: NamespaceIR,
  codes: ReadonlyMap<number, ErrorCodeIR>,
  prov: Provenance,
  hasCommonParams: boolean,
): string {
  return tidy(
    renderTemplate('namespace', {
      sourceFile: ns.sourceFiles.join(', '),
      name: ns.name,
      description: ns.description,
      docs: ns.docs ?? '',
      hasCommonParams,
      generic: ns.methods.some((m) => m.siteParams || m.siteResponse),
      groups: ns.groups.map((g) => ({ path: `${ns.name}.${g.path}`, description: g.description })),
      methods: ns.methods.map((m) => methodView(ns, m, codes, prov)),
      shapes: ns.shapes.map((s) => ({
        anchor: shapeAnchor(s.name),
        name: s.name,
        description: s.description,
        sources: prov.markdown(s.sources),
        fields: s.fields.map((f) => fieldView(f, 'other', prov)),
      })),
    }),
  );
}

export function renderErrorDocs(ir: CatalogIR, prov: Provenance): string {
  return tidy(
    renderTemplate('errors', {
      sourceFile: ir.errors.sourceFile,
      common: ir.errors.codes.filter((c) => c.common && c.outcome === 'error'),
      codes: ir.errors.codes.map((c) => ({
        code: c.code,
        name: c.name,
        message: c.message,
        outcome: c.outcome,
        retry: c.retry,
        httpStatus: c.httpStatus,
        description: c.description,
        legacy: c.legacy ?? false,
        carries: c.carries.map((f) => `\`${f.name}\``).join(', '),
        sources: prov.markdown(c.sources),
      })),
    }),
  );
}

/** `docs/api/common.md`: the params every method takes, the envelope, and what each source is. */
export function renderCommonDocs(ir: CatalogIR, prov: Provenance): string {
  return tidy(
    renderTemplate('common', {
      sourceFile: [ir.commonParams.sourceFile, ir.errors.sourceFile].filter(Boolean).join(', '),
      params: ir.commonParams.params.map((f) => fieldView(f, 'param', prov)),
      sources: ir.sources.map((s) => ({ says: s.says, url: s.url ?? '', title: s.title })),
    }),
  );
}

function pageSizeNote(pageSize: { param: string; clause?: string } | undefined): string {
  if (!pageSize) return '';
  const clause = pageSize.clause ? ` as its ${pageSize.clause} clause` : '';
  return ` The page size goes in \`${pageSize.param}\`${clause}.`;
}
