/**
 * Emits `<ns>/types.gen.ts`: shape, params, response and result interfaces with TSDoc.
 *
 * Types that reach the site's own schema (`SiteData`, …) are generic over it: `<S extends
 * SiteSchema = SiteSchema>`, where the default leaves each part an open record. Read types pass
 * `S` on; params pass `SiteWrite<S>`, the same schema as deep partials, because a write sends only
 * what changes. A param Gigya merges (`merge: true`) is a `MergePatch` of its read type, so `null`
 * may delete any field inside it. Params with a second spelling (`uid`, also `UID`) are a union that takes exactly one.
 */
import type { FieldIR, MethodIR, NamespaceIR, ShapeIR } from '../ir.js';
import { COMMON_MODULE_NAMES, ERRORS_MODULE_NAMES, files, propertyKey } from '../naming.js';
import {
  block,
  docComment,
  generatedModule,
  interfaceDeclaration,
  memberLines,
  RUNTIME_MODULE,
  TsFile,
  typeAlias,
  type Binder,
  type Member,
  type RuntimeImport,
} from './code.js';
import {
  deprecationTags,
  doc,
  fieldMember,
  methodSeeTags,
  type Provenance,
  tsBanner,
  tsType,
  verificationTags,
  type TypeRefs,
} from './common.js';

/** The type parameter of generic declarations and the argument they pass on. */
const SITE_PARAM = 'S';

/** What the emitters of one namespace share. */
export interface NamespaceContext {
  readonly ns: NamespaceIR;
  readonly prov: Provenance;
  /** The catalog has common params: every params interface extends `CommonParams`. */
  readonly hasCommonParams: boolean;
  readonly commonParamNames: ReadonlySet<string>;
}

/** Type references inside one module, generic where the site's schema is reached. */
export class SiteTypes {
  readonly #shapes: ReadonlyMap<string, ShapeIR>;
  constructor(
    readonly bind: Binder,
    ns: NamespaceIR,
  ) {
    this.#shapes = new Map(ns.shapes.map((s) => [s.name, s] as const));
  }

  /** `<S extends SiteSchema = SiteSchema>`, bound on first use. */
  typeParams(): string {
    const schema = this.bind.type(RUNTIME_MODULE, 'SiteSchema');
    return `<${SITE_PARAM} extends ${schema} = ${schema}>`;
  }

  /** References where `view` is the schema as seen there: `S` in reads and shapes, `SiteWrite<S>` in params. */
  refs(view: 'read' | 'write'): TypeRefs {
    const schema = (): string =>
      view === 'read' ? SITE_PARAM : `${this.bind.type(RUNTIME_MODULE, 'SiteWrite')}<${SITE_PARAM}>`;
    return {
      shape: (name) => {
        const shape = this.#shapes.get(name);
        if (shape === undefined) return name;
        return shape.site ? `${shape.names.type}<${schema()}>` : shape.names.type;
      },
      site: (name) => `${this.bind.type(RUNTIME_MODULE, name)}<${schema()}>`,
    };
  }
}

/** Envelope fields a response doc names as examples. */
const ENVELOPE_EXAMPLES = '`callId`, `errorCode`, `statusCode`';

/** `Name<S>` when the declaration is generic, else `Name`. */
export function instantiate(name: string, generic: boolean, arg = SITE_PARAM): string {
  return generic ? `${name}<${arg}>` : name;
}

/** The name users see for a method's result: its flow union when it has one, else the response. */
export function resultName(m: MethodIR): string {
  return m.resultFlows.length > 0 ? m.names.result : m.names.response;
}

export function emitTypes(ctx: NamespaceContext, runtime: RuntimeImport): string {
  const { ns, prov } = ctx;
  const file = new TsFile(files.types(ns.name), tsBanner(ns.sourceFiles), runtime);
  const site = new SiteTypes(file.bind, ns);
  const commonName = ctx.hasCommonParams
    ? file.bind.type(generatedModule(files.common), COMMON_MODULE_NAMES.params)
    : undefined;
  // A method that lists a common param itself keeps its own definition of it.
  const common = (m: MethodIR): string[] => {
    if (commonName === undefined) return [];
    const own = m.params.filter((p) => ctx.commonParamNames.has(p.name)).map((p) => `'${p.name}'`);
    return [own.length === 0 ? commonName : `Omit<${commonName}, ${own.join(' | ')}>`];
  };

  for (const shape of ns.shapes) {
    file.add(
      interfaceDeclaration({
        name: `${shape.names.type}${shape.site ? site.typeParams() : ''}`,
        doc: doc([
          shape.description,
          `Shape \`${shape.name}\` of the ${ns.name} catalog.`,
          shape.sources.length > 0 ? `Where this comes from: ${prov.tsdoc(shape.sources)}.` : undefined,
        ]),
        members: shape.fields.map((f) => fieldMember(f, 'nested', site.refs('read'), shape.inParams, prov)),
      }),
    );
  }

  for (const m of ns.methods) {
    const deprecatedTag = deprecationTags(m);
    emitParams(file, site, m, common(m), deprecatedTag, prov);
    const extendsList = m.response.extends.map((name) => site.refs('read').shape(name));
    file.add(
      interfaceDeclaration({
        name: `${m.names.response}${m.siteResponse ? site.typeParams() : ''}`,
        doc: doc(
          [
            `What \`${m.wireName}\` returns besides the envelope fields (${ENVELOPE_EXAMPLES}, …).`,
            m.response.fields.length === 0 && extendsList.length === 0
              ? 'The catalog lists no other fields.'
              : undefined,
            m.resultFlows.length > 0
              ? `The call resolves to {@link ${m.names.result}}, which adds its flow states.`
              : undefined,
          ],
          [...verificationTags(m, 'fields'), ...deprecatedTag, ...methodSeeTags(m)],
        ),
        extends: extendsList,
        members: m.response.fields.map((f) => fieldMember(f, 'nested', site.refs('read'), false, prov)),
      }),
    );
    if (m.resultFlows.length > 0) emitResult(file, site, m);
    if (m.errorFlows.length > 0) emitErrorFields(file, site, m);
  }
  return file.render();
}

/**
 * The params interface. With a second spelling for some params, the interface holds the others
 * (`…ParamsBase`) and the params type adds one union per such param: either spelling, never both.
 */
function emitParams(
  file: TsFile,
  site: SiteTypes,
  m: MethodIR,
  common: readonly string[],
  deprecatedTag: ReturnType<typeof deprecationTags>,
  prov: Provenance,
): void {
  const generic = m.siteParams;
  const refs = site.refs('write');
  const aliased = new Set(m.aliases.map((a) => a.name));
  const members = m.params
    .filter((p) => !aliased.has(p.name))
    .map((f) => (f.merge ? mergeMember(site, f, prov) : fieldMember(f, 'param', refs, true, prov)));
  const paramsDoc = doc([`Params of \`${m.wireName}\`: ${m.description}`], [...deprecatedTag, ...methodSeeTags(m)]);
  const typeParams = generic ? site.typeParams() : '';
  if (m.aliases.length === 0) {
    file.add(
      interfaceDeclaration({ name: `${m.names.params}${typeParams}`, doc: paramsDoc, extends: common, members }),
    );
    return;
  }
  file.add(
    interfaceDeclaration({
      name: `${m.names.paramsBase}${typeParams}`,
      doc: doc([`The params of \`${m.wireName}\` that have one spelling; see {@link ${m.names.params}}.`]),
      extends: common,
      members,
    }),
  );
  const unions = m.aliases.map((a) => {
    const field = m.params.find((p) => p.name === a.name) as FieldIR;
    const asName = fieldMember(field, 'param', refs, true, prov);
    const asSpelling: Member = {
      ...asName,
      name: propertyKey(a.spelling),
      doc: doc([
        field.doc,
        `Spelled as SAP's current reference does; the same param as \`${a.name}\` (pass one of them).`,
      ]),
    };
    const other = (name: string): Member => ({ name: propertyKey(name), type: 'undefined', optional: true });
    const variant = (members: Member[]): string => block(memberLines(members));
    const arm = (members: Member[]): string => `\n  | ${variant(members).replace(/\n/g, '\n    ')}`;
    return `(${arm([asName, other(a.spelling)])}${arm([asSpelling, other(a.name)])}\n)`;
  });
  file.add(
    typeAlias({
      name: `${m.names.params}${typeParams}`,
      doc: paramsDoc,
      type: [instantiate(m.names.paramsBase, generic), ...unions].join(' & '),
    }),
  );
}

/**
 * A param Gigya merges into the stored object: `MergePatch` of the type as it is read, so every
 * field inside may be left out or be `null` (which deletes it), at any depth.
 */
function mergeMember(site: SiteTypes, f: FieldIR, prov: Provenance): Member {
  const member = fieldMember(f, 'nested', site.refs('read'), true, prov);
  const read = tsType(f.type, 'nested', f, site.refs('read'));
  const patch = `${site.bind.type(RUNTIME_MODULE, 'MergePatch')}<${read}>`;
  return { ...member, type: member.optional ? `${patch} | undefined` : patch };
}

/**
 * The result: the response with the code of a plain success, or with a flow state's code and the
 * fields that code carries (`errorCode: 206001` with `regToken: string`), so `if (r.errorCode ===
 * 206001)` narrows to that state.
 */
function emitResult(file: TsFile, site: SiteTypes, m: MethodIR): void {
  const resultCode = file.bind.type(generatedModule(files.errors), ERRORS_MODULE_NAMES.result);
  const response = instantiate(m.names.response, m.siteResponse);
  const flowCodes = m.resultFlows.map((f) => String(f.code)).join(' | ');
  const success = `(${response} & { readonly errorCode: Exclude<${resultCode}, ${flowCodes}> })`;
  const variants = m.resultFlows.map((flow) => {
    const members: Member[] = [
      {
        name: 'errorCode',
        type: String(flow.code),
        readonly: true,
        doc: doc([`${flow.name}: the flow stopped here and continues with the fields below.`]),
      },
      ...flow.fields.map((f) => ({ ...fieldMember(f, 'nested', site.refs('read')), readonly: true })),
    ];
    return `(${response} & ${block(memberLines(members)).replace(/\n/g, '\n  ')})`;
  });
  file.add(
    typeAlias({
      name: `${m.names.result}${m.siteResponse ? site.typeParams() : ''}`,
      doc: doc([
        `What \`${m.wireName}\` resolves to besides the envelope: a success, or a state its flow stopped in, ` +
          'told apart by `errorCode`.',
      ]),
      type: `\n  | ${[success, ...variants].join('\n  | ')}`,
    }),
  );
}

/** What the answer carries with each error code of the method that continues a flow (`regToken` with 403101). */
function emitErrorFields(file: TsFile, site: SiteTypes, m: MethodIR): void {
  const lines = m.errorFlows.map((flow) => {
    const members = flow.fields.map((f) => ({ ...fieldMember(f, 'nested', site.refs('read')), readonly: true }));
    const d = doc([`${flow.name}: thrown as a \`GigyaApiError\` whose \`response\` carries these fields.`]);
    return `${docComment(d)}readonly ${flow.code}: ${block(memberLines(members))};`;
  });
  const fieldsDoc = doc([
    `Fields the answer of \`${m.wireName}\` carries with each error code that continues a flow; typed on ` +
      '`error.response` once `errorCode` is narrowed.',
  ]);
  file.add(`${docComment(fieldsDoc)}export interface ${m.names.errorFields} ${block(lines)}`);
}
