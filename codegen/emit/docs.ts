/** Renders `docs/api/<namespace>.md` and `docs/api/errors.md` from the IR with handlebars. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Handlebars from 'handlebars';
import { typeToText, type CatalogIR, type ErrorCodeIR, type FieldIR, type NamespaceIR, type TypeRef } from '../ir.js';
import type { Provenance } from './common.js';

const TEMPLATE_DIR = new URL('../templates/', import.meta.url);

function createEnv(): typeof Handlebars {
  // Loaded on first use: a run without docs does not pay for it.
  const hb = (createRequire(import.meta.url)('handlebars') as typeof Handlebars).create();
  hb.registerHelper('yesNo', (value: unknown) => (value ? 'yes' : 'no'));
  hb.registerHelper('cell', (value: unknown) => cell(String(value ?? '')));
  return hb;
}

/** Compiled once per process: compiling costs more than rendering a namespace. */
const compiled = new Map<string, HandlebarsTemplateDelegate>();

function render(name: string, view: unknown): string {
  let fn = compiled.get(name);
  if (!fn) {
    fn = createEnv().compile(readFileSync(new URL(name, TEMPLATE_DIR), 'utf8'), { noEscape: true });
    compiled.set(name, fn);
  }
  return fn(view);
}

/** Text safe inside one Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

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

function fieldView(f: FieldIR, position: 'param' | 'other', prov: Provenance): Record<string, unknown> {
  const notes = [
    f.deprecated !== undefined ? `**Deprecated:** ${f.deprecated}` : '',
    f.referenceName !== undefined
      ? `(Also accepted as \`${f.referenceName}\`, the current reference's spelling; one per call.)`
      : '',
    f.recalled ? '(Recalled, unverified.)' : '',
    f.sources.length > 0 && !f.recalled ? `(Source: ${prov.markdown(f.sources)}.)` : '',
  ].filter(Boolean);
  return {
    name: f.name,
    type: typeMarkdown(f.type, f, position),
    required: f.required,
    default: f.default ?? '',
    doc: [f.doc, ...notes].join(' '),
  };
}

export function renderNamespaceDocs(
  ns: NamespaceIR,
  codes: ReadonlyMap<number, ErrorCodeIR>,
  prov: Provenance,
  hasCommonParams: boolean,
): string {
  const view = {
    name: ns.name,
    sourceFile: ns.sourceFiles.join(', '),
    description: ns.description,
    docs: ns.docs ?? '',
    hasCommonParams,
    generic: ns.methods.some((m) => m.siteParams || m.siteResponse),
    groups: ns.groups.map((g) => ({ path: `${ns.name}.${g.path}`, description: g.description })),
    methods: ns.methods.map((m) => ({
      name: m.name,
      member: m.names.path.join('.'),
      wireName: m.wireName,
      anchor: m.wireName,
      fn: m.names.fn,
      summary: firstSentence(m.description),
      description: m.description,
      status: m.status,
      legacy: m.status === 'legacy',
      deprecated: m.deprecated ?? (m.status === 'deprecated' ? 'Deprecated.' : ''),
      access: m.access,
      accessText: m.access === 'public' ? 'public (an API key alone is enough)' : 'signed credentials',
      safeToRepeat: m.safeToRepeat,
      paramsOptional: m.paramsOptional,
      verification: m.verification ?? '',
      sources: prov.markdown(m.sources),
      docs: m.docs ?? '',
      notes: m.notes,
      cursor: m.cursor
        ? `\`${m.cursor.open}\` opens a cursor, \`${m.cursor.param}\` continues it; each page's items are in \`${m.cursor.items}\`, the next cursor in \`${m.cursor.next}\` (absent at the end).`
        : '',
      params: m.params.map((f) => fieldView(f, 'param', prov)),
      extends: m.response.extends.map(shapeLink).join(', '),
      fields: m.response.fields.map((f) => fieldView(f, 'other', prov)),
      flows: [...m.resultFlows, ...m.errorFlows].map((f) => ({
        code: f.code,
        name: f.name,
        how: f.outcome === 'error' ? 'thrown; fields on `error.response`' : 'resolves; fields on the result',
        fields: f.fields.map((x) => `\`${x.name}\`${x.required ? '' : ' (when sent)'}`).join(', ') || 'none typed',
      })),
      errors: m.ownErrorCodes
        .map((c) => codes.get(c))
        .filter((c): c is ErrorCodeIR => c !== undefined)
        .map((c) => {
          const ref = m.errorRefs.find((r) => r.code === c.code);
          const basis =
            ref?.inferred !== undefined
              ? `inferred: ${ref.inferred}`
              : ref !== undefined && ref.sources.length > 0
                ? prov.markdown(ref.sources)
                : 'documented';
          return { code: c.code, name: c.name, description: `${c.message}: ${c.description}`, basis };
        }),
    })),
    shapes: ns.shapes.map((s) => ({
      name: s.name,
      anchor: shapeAnchor(s.name),
      description: s.description,
      sources: prov.markdown(s.sources),
      fields: s.fields.map((f) => fieldView(f, 'other', prov)),
    })),
  };
  return tidy(render('namespace.md.hbs', view));
}

export function renderErrorDocs(ir: CatalogIR, prov: Provenance): string {
  const view = {
    sourceFile: ir.errors.sourceFile,
    common: ir.errors.codes.filter((c) => c.common && c.outcome === 'error'),
    codes: ir.errors.codes.map((c) => ({
      ...c,
      legacy: c.legacy ?? false,
      sources: prov.markdown(c.sources),
      carries: c.carries.map((f) => `\`${f.name}\``).join(', '),
    })),
  };
  return tidy(render('errors.md.hbs', view));
}

/** `docs/api/common.md`: the params every method takes, the envelope, and what each source is. */
export function renderCommonDocs(ir: CatalogIR, prov: Provenance): string {
  const view = {
    sourceFile: [ir.commonParams.sourceFile, ir.errors.sourceFile].filter(Boolean).join(', '),
    params: ir.commonParams.params.map((f) => fieldView(f, 'param', prov)),
    sources: ir.sources.map((s) => ({ ...s, url: s.url ?? '' })),
  };
  return tidy(render('common.md.hbs', view));
}
