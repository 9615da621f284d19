/**
 * Renders `docs/api/<namespace>.md`, `docs/api/errors.md` and `docs/api/common.md` from the IR.
 * Pages are written as lists of lines, then tidied (blank-line runs collapsed, no trailing spaces):
 * a template engine cost more than all the TypeScript emitters together, on every `--check`.
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

/** Text safe inside one Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** Blank-line runs collapsed, no trailing spaces, one final newline: stable Markdown. */
function tidy(lines: readonly string[]): string {
  return `${lines
    .join('\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

const COMMON_PARAMS_LINK = ', and takes the [common params](common.md#common-params)';
function banner(sourceFile: string): string {
  return (
    `<!-- Generated from ${sourceFile} by \`npm run generate\`. DO NOT EDIT: change the catalog and ` +
    'regenerate. -->'
  );
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

/** `| name | type | required | default | description |` rows of params. */
function paramRows(fields: readonly FieldIR[], prov: Provenance): string[] {
  return [
    '| name | type | required | default | description |',
    '|---|---|---|---|---|',
    ...fields.map(
      (f) =>
        `| \`${f.name}\` | ${cell(typeMarkdown(f.type, f, 'param'))} | ${yesNo(f.required)} | ` +
        `${f.default ? `\`${f.default}\`` : ''} | ${cell(fieldText(f, prov))} |`,
    ),
  ];
}

/** Rows of response or shape fields; `header` names the third column. */
function fieldRows(fields: readonly FieldIR[], prov: Provenance, header: string): string[] {
  return [
    `| name | type | ${header} | description |`,
    '|---|---|---|---|',
    ...fields.map(
      (f) =>
        `| \`${f.name}\` | ${cell(typeMarkdown(f.type, f, 'other'))} | ${yesNo(f.required)} | ` +
        `${cell(fieldText(f, prov))} |`,
    ),
  ];
}

function flowRow(f: FlowStateIR): string {
  const how = f.outcome === 'error' ? 'thrown; fields on `error.response`' : 'resolves; fields on the result';
  const fields = f.fields.map((x) => `\`${x.name}\`${x.required ? '' : ' (when sent)'}`).join(', ') || 'none typed';
  return `| [${f.code}](errors.md#${f.code}) | \`${f.name}\` | ${how} | ${fields} |`;
}

function errorRow(m: MethodIR, c: ErrorCodeIR, prov: Provenance): string {
  const ref = m.errorRefs.find((r) => r.code === c.code);
  const basis =
    ref?.inferred !== undefined
      ? `inferred: ${ref.inferred}`
      : ref !== undefined && ref.sources.length > 0
        ? prov.markdown(ref.sources)
        : 'documented';
  return (
    `| [${c.code}](errors.md#${c.code}) | \`${c.name}\` | ${cell(`${c.message}: ${c.description}`)} | ` +
    `${cell(basis)} |`
  );
}

function methodSection(
  ns: NamespaceIR,
  m: MethodIR,
  codes: ReadonlyMap<number, ErrorCodeIR>,
  prov: Provenance,
): string[] {
  const opt = m.paramsOptional ? '?' : '';
  const deprecated = m.deprecated ?? (m.status === 'deprecated' ? 'Deprecated.' : '');
  const sources = prov.markdown(m.sources);
  const extendsText = m.response.extends.map(shapeLink).join(', ');
  const out: string[] = [`<a id="${m.wireName}"></a>`, '', `## \`${m.wireName}\``, ''];
  if (deprecated) out.push(`> **Deprecated.** ${deprecated}`, '');
  if (m.status === 'legacy') out.push('> **Legacy:** documented only in older references.', '');
  out.push(m.description, '', ...m.notes.map((n) => `- ${n}`), '');
  out.push(
    `- Client: \`client.${ns.name}.${m.names.path.join('.')}(params${opt}, options?)\`; function: ` +
      `\`${m.names.fn}(client, params${opt}, options?)\``,
    `- Access: ${m.access === 'public' ? 'public (an API key alone is enough)' : 'signed credentials'}`,
    `- Safe to repeat: ${yesNo(m.safeToRepeat)}${m.safeToRepeat ? '' : ' (transport failures are not retried)'}`,
  );
  if (sources) out.push(`- Where this comes from: ${sources}`);
  if (m.verification) out.push(`- Verification: ${m.verification}`);
  if (m.cursor)
    out.push(
      `- Cursor: \`${m.cursor.open}\` opens a cursor, \`${m.cursor.param}\` continues it; each page's items ` +
        `are in \`${m.cursor.items}\`, the next cursor in \`${m.cursor.next}\` (absent at the end).` +
        pageSizeNote(m.cursor.pageSize) +
        ' `paginate(params)` iterates every item.',
    );
  if (m.docs) out.push(`- Reference: <${m.docs}>`);
  out.push('', '### Params', '', ...(m.params.length > 0 ? paramRows(m.params, prov) : ['None.']), '');
  out.push('### Response', '');
  if (extendsText) out.push(`Includes every field of ${extendsText}.`, '');
  if (m.response.fields.length > 0) out.push(...fieldRows(m.response.fields, prov, 'always present'));
  else if (!extendsText)
    out.push('Only the envelope fields (`callId`, `errorCode`, `statusCode`, `statusReason`, `time`).');
  out.push('');
  const flows = [...m.resultFlows, ...m.errorFlows];
  if (flows.length > 0)
    out.push(
      '### Flow states',
      '',
      '| code | name | how it comes back | fields |',
      '|---|---|---|---|',
      ...flows.map(flowRow),
      '',
    );
  out.push('### Errors', '');
  const own = m.ownErrorCodes.map((c) => codes.get(c)).filter((c): c is ErrorCodeIR => c !== undefined);
  if (own.length > 0)
    out.push(
      'Besides the common codes:',
      '',
      '| code | name | meaning | basis |',
      '|---|---|---|---|',
      ...own.map((c) => errorRow(m, c, prov)),
    );
  else out.push('Only the [common codes](errors.md#common-error-codes).');
  out.push('');
  return out;
}

export function renderNamespaceDocs(
  ns: NamespaceIR,
  codes: ReadonlyMap<number, ErrorCodeIR>,
  prov: Provenance,
  hasCommonParams: boolean,
): string {
  const generic = ns.methods.some((m) => m.siteParams || m.siteResponse);
  const out: string[] = [
    banner(ns.sourceFiles.join(', ')),
    '',
    `# \`${ns.name}\` API reference`,
    '',
    ns.description,
    '',
  ];
  if (ns.docs) out.push(`Official reference: <${ns.docs}>`, '');
  out.push(
    `Every method is on the client as \`client.${ns.name}.<method>(params, options?)\` and as a function`,
    `\`<method>(client, params, options?)\` from \`gigya-typed/${ns.name}\`. Every call can also fail with the`,
    `[common error codes](errors.md#common-error-codes)${hasCommonParams ? COMMON_PARAMS_LINK : ''}.`,
  );
  if (generic)
    out.push(
      '',
      "Methods that read or write an account's `data`, `preferences` or `subscriptions` are typed with the",
      "site's own schema, given once: " +
        '`createClient<{ data: MyData; preferences: MyPrefs; subscriptions: MySubs }>(options)`',
      '(each part optional, an open record by default). Writes take deep partials.',
    );
  if (ns.groups.length > 0)
    out.push(
      '',
      '## Groups',
      '',
      '| group | what it holds |',
      '|---|---|',
      ...ns.groups.map((g) => `| \`${ns.name}.${g.path}\` | ${cell(g.description)} |`),
    );
  out.push(
    '',
    '| method | status | access | safe to repeat | summary |',
    '|---|---|---|---|---|',
    ...ns.methods.map(
      (m) =>
        `| [\`${m.wireName}\`](#${m.wireName}) | ${m.status} | ${m.access} | ${yesNo(m.safeToRepeat)} | ` +
        `${cell(firstSentence(m.description))} |`,
    ),
    '',
  );
  for (const m of ns.methods) out.push(...methodSection(ns, m, codes, prov));
  if (ns.shapes.length > 0) {
    out.push('## Shapes', '');
    for (const s of ns.shapes) {
      const sources = prov.markdown(s.sources);
      out.push(`<a id="${shapeAnchor(s.name)}"></a>`, '', `### \`${s.name}\``, '', s.description);
      if (sources) out.push('', `Where this comes from: ${sources}`);
      out.push('', ...fieldRows(s.fields, prov, 'required'), '');
    }
  }
  return tidy(out);
}

export function renderErrorDocs(ir: CatalogIR, prov: Provenance): string {
  const common = ir.errors.codes.filter((c) => c.common && c.outcome === 'error');
  const out = [
    banner(ir.errors.sourceFile),
    '',
    '# Error codes',
    '',
    'Gigya answers every call with an `errorCode`. `0` means success; codes with outcome `pending`',
    'are results too (the call needs more steps). Every other code ends the call with a',
    '`GigyaApiError` whose `errorCode` you can compare with `ErrorCode.<Name>`.',
    '',
    'Retry classes: `none` is never retried; `transient` is retried with backoff; `transient-if-safe`',
    'only for methods that are safe to repeat; `rate-limit` waits longer first; `clock-skew` fixes the',
    'clock offset and retries once; `new-nonce` retries once with a fresh nonce, for methods that are',
    'safe to repeat; `redirect` retries once on the data center Gigya names.',
    '',
    '## Common error codes',
    '',
    'Any method can answer with these.',
    '',
    '| code | name | message | retry |',
    '|---|---|---|---|',
    ...common.map((c) => `| [${c.code}](#${c.code}) | \`${c.name}\` | ${cell(c.message)} | ${c.retry} |`),
    '',
    '## All codes',
    '',
    '| code | name | message | outcome | retry | HTTP | description | where this comes from |',
    '|---|---|---|---|---|---|---|---|',
    ...ir.errors.codes.map((c) => {
      const legacy = c.legacy ? ` In the ${cell(c.legacy.era)}: "${cell(c.legacy.message)}".` : '';
      const carries =
        c.carries.length > 0 ? ` The answer carries ${c.carries.map((f) => `\`${f.name}\``).join(', ')}.` : '';
      return (
        `| <a id="${c.code}"></a>${c.code} | \`${c.name}\` | ${cell(c.message)} | ${c.outcome} | ${c.retry} | ` +
        `${c.httpStatus} | ${cell(c.description)}${legacy}${carries} | ${cell(prov.markdown(c.sources))} |`
      );
    }),
  ];
  return tidy(out);
}

/** `docs/api/common.md`: the params every method takes, the envelope, and what each source is. */
export function renderCommonDocs(ir: CatalogIR, prov: Provenance): string {
  const params = ir.commonParams.params;
  const out = [
    banner([ir.commonParams.sourceFile, ir.errors.sourceFile].filter(Boolean).join(', ')),
    '',
    '# Common params, the envelope, and the sources',
    '',
    '<a id="common-params"></a>',
    '',
    '## Common params',
    '',
    'Every method takes these besides its own params. The client sets the credentials, the signature',
    '(`timestamp`, `nonce`, `sig`), `format` and `httpStatusCodes` itself.',
    '',
    ...(params.length > 0 ? paramRows(params, prov) : ['This catalog lists none.']),
    '',
    '## The envelope',
    '',
    'Every answer carries `callId`, `errorCode`, `statusCode`, `statusReason` and `time`, and may carry',
    '`apiVersion`, `errorMessage`, `errorDetails`, `context` (the `context` param, sent back unchanged)',
    'and `ignoredParams` (params Gigya did not recognise for the method and ignored, each with',
    '`paramName`, `warningCode` and `message`).',
    '',
    '<a id="sources"></a>',
    '',
    "## Where the catalog's facts come from",
    '',
    'Each method, param, field and error code of these pages says which of these sources back it.',
    '',
    '| source | what it is |',
    '|---|---|',
    ...ir.sources.map((s) => `| ${s.url ? `[${cell(s.says)}](${s.url})` : cell(s.says)} | ${cell(s.title)} |`),
  ];
  return tidy(out);
}

function pageSizeNote(pageSize: { param: string; clause?: string } | undefined): string {
  if (!pageSize) return '';
  const clause = pageSize.clause ? ` as its ${pageSize.clause} clause` : '';
  return ` The page size goes in \`${pageSize.param}\`${clause}.`;
}
