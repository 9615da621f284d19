/**
 * The intermediate representation between the checked catalog and the emitters. Everything an
 * emitter needs is resolved here (types, names, per-method error sets, which shapes each side
 * uses), so emitters only print. Lists are sorted, so output never depends on catalog order.
 */
import type { ErrorOutcome, RetryClass as RuntimeRetryClass } from '../src/runtime.js';
import {
  methodNames,
  namespaceNames,
  shapeNames,
  type MethodNames,
  type NamespaceNames,
  type PrimitiveType,
  type ShapeNames,
} from './naming.js';

/** Shapes no catalog defines: the site's own account schema, typed once by the user (`createClient<{ data }>()`). */
export const SITE_SHAPES = ['SiteData', 'SitePreferences', 'SiteSubscriptions'] as const;
export type SiteShape = (typeof SITE_SHAPES)[number];

export type TypeRef =
  | { readonly kind: 'primitive'; readonly name: PrimitiveType }
  | { readonly kind: 'shape'; readonly name: string }
  | { readonly kind: 'site'; readonly name: SiteShape }
  | { readonly kind: 'array'; readonly of: TypeRef }
  | { readonly kind: 'map'; readonly of: TypeRef };

/** Where a catalog entry was written, for messages. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly path: string;
}

export interface FieldIR {
  readonly name: string;
  readonly type: TypeRef;
  /** The type as spelled in the catalog, for docs. */
  readonly typeText: string;
  readonly required: boolean;
  readonly doc: string;
  readonly enum?: readonly string[];
  /** Usual values, offered by autocompletion; any other text is accepted too (SAML providers, new networks). */
  readonly suggest?: readonly string[];
  /** Gigya's default, rendered for docs (`whenRequired`, `20`, `true`). */
  readonly default?: string;
  readonly referenceName?: string;
  /**
   * A param Gigya merges into the stored object (setAccountInfo's profile): every field inside is optional and
   * nullable.
   */
  readonly merge?: true;
  readonly deprecated?: string;
  readonly recalled: boolean;
  /** Sources of this entry alone, when narrower than its method's or shape's; empty: it rests on those. */
  readonly sources: readonly string[];
  readonly location: SourceLocation;
}

/** One provenance key of `sources.yaml`, with the words readers see. */
export interface SourceIR {
  readonly key: string;
  readonly title: string;
  /** The phrase hovers and docs show ("Documented in SAP's reference"). */
  readonly says: string;
  readonly url?: string;
}

/** A listed error code and what it rests on: the method's sources, narrower ones, or an inference. */
export interface ErrorRefIR {
  readonly code: number;
  /** Narrower sources that document the code for this method; empty: the method's own sources. */
  readonly sources: readonly string[];
  /** Why the code is expected although no source lists it for the method (our words). */
  readonly inferred?: string;
}

/** The params of a method that continue and end a cursor (`accounts.search`), for pagination. */
export interface CursorIR {
  /** The param that asks for a cursor (`openCursor`). */
  readonly open: string;
  /** The param that continues one (`cursorId`). */
  readonly param: string;
  /** The response field with the next cursor, absent or empty at the end (`nextCursorId`). */
  readonly next: string;
  /** The response field with the page's items (`results`). */
  readonly items: string;
  /**
   * How a page size is asked for: a number param (`{ param: 'limit' }`), or a clause written into a
   * param's text (`{ param: 'query', clause: 'LIMIT' }`). Absent: the method has no page size.
   */
  readonly pageSize?: { readonly param: string; readonly clause?: string };
}

/** A response field that comes with an error or result code, in errors.yaml (`regToken` with 206001). */
export interface CarriedFieldIR {
  readonly name: string;
  /** Always present with this code. */
  readonly required: boolean;
  /** When absent, the type (and doc) is that of the method's response field of the same name. */
  readonly type?: TypeRef;
  readonly doc?: string;
  readonly sources: readonly string[];
  readonly location: SourceLocation;
}

/** A code a method lists that carries fields: the state a flow stops in, typed for that method. */
export interface FlowStateIR {
  readonly code: number;
  readonly name: string;
  readonly outcome: Outcome;
  /** The fields, resolved against the method's response (types and docs filled in). */
  readonly fields: readonly FieldIR[];
}

/** A sub-namespace (`accounts.tfa`, `accounts.tfa.backupcodes`) and its description. */
export interface GroupIR {
  /** Dotted path inside the namespace (`tfa.backupcodes`). */
  readonly path: string;
  readonly description: string;
  readonly location: SourceLocation;
}

export interface ShapeIR {
  readonly name: string;
  readonly names: ShapeNames;
  readonly description: string;
  readonly docs?: string;
  readonly fields: readonly FieldIR[];
  readonly sources: readonly string[];
  /** Uses the site's schema (SiteData, …), directly or through another shape: generic over it. */
  readonly site: boolean;
  /** Reachable from some method's params: gets a zod schema. */
  readonly inParams: boolean;
  /** Reachable from some method's response: gets response hints. */
  readonly inResponses: boolean;
  readonly location: SourceLocation;
}

// The allowed values of enumerated catalog keys: the loader checks against these lists, the types derive from them.
export const METHOD_STATUSES = ['active', 'legacy', 'deprecated'] as const;
export const ACCESS_MODES = ['signed', 'public'] as const;
export const VERIFICATIONS = ['verified', 'partial', 'recalled'] as const;
// Outcomes and retry classes are the runtime's types (src/runtime.ts): the catalog may use exactly those.
export const OUTCOMES = ['ok', 'pending', 'error'] as const satisfies readonly ErrorOutcome[];
export const RETRY_CLASSES = [
  'none',
  'transient',
  'transient-if-safe',
  'rate-limit',
  'clock-skew',
  'new-nonce',
  'redirect',
] as const satisfies readonly RuntimeRetryClass[];

export type MethodStatus = (typeof METHOD_STATUSES)[number];
export type AccessMode = (typeof ACCESS_MODES)[number];
export type Verification = (typeof VERIFICATIONS)[number];
export type Outcome = ErrorOutcome;
export type RetryClass = RuntimeRetryClass;

/** Compiles only when `List` names every value of `T`. */
type Covers<List extends readonly string[], T extends string> = [Exclude<T, List[number]>] extends [never]
  ? true
  : false;
/** A runtime value the catalog lists leave out fails here. */
export type ListsCoverRuntimeTypes = [
  Covers<typeof OUTCOMES, Outcome>,
  Covers<typeof RETRY_CLASSES, RetryClass>,
] extends [true, true]
  ? true
  : never;
export const LISTS_COVER_RUNTIME_TYPES: ListsCoverRuntimeTypes = true;

export interface MethodIR {
  /** Name inside the namespace: `setStatus`, `facebook.deauthorize`. */
  readonly name: string;
  /** The client's name for the last segment when the wire name is not lower camel case (`getlink` → `getLink`). */
  readonly alias?: string;
  /** The group of the file the method is written in (`tfa` for accounts.tfa.yaml). */
  readonly group?: string;
  /** `socialize.setStatus` */
  readonly wireName: string;
  readonly names: MethodNames;
  readonly description: string;
  readonly status: MethodStatus;
  readonly deprecated?: string;
  readonly access: AccessMode;
  readonly safeToRepeat: boolean;
  readonly docs?: string;
  /** The namespace's reference page, linked from methods that have no page of their own. */
  readonly namespaceDocs?: string;
  readonly sources: readonly string[];
  readonly verification?: Verification;
  readonly params: readonly FieldIR[];
  readonly response: { readonly extends: readonly string[]; readonly fields: readonly FieldIR[] };
  /** Codes as listed in the catalog (sorted). */
  readonly listedErrors: readonly number[];
  /** The listed codes with their provenance, sorted by code. */
  readonly errorRefs: readonly ErrorRefIR[];
  readonly cursor?: CursorIR;
  /** Result codes (ok, pending) this method lists that carry fields: variants of its result. */
  readonly resultFlows: readonly FlowStateIR[];
  /** Error codes this method lists that carry fields: typed on its errors. */
  readonly errorFlows: readonly FlowStateIR[];
  /** Params or response reach the site's schema: the method's types are generic over it. */
  readonly siteParams: boolean;
  readonly siteResponse: boolean;
  /** Top-level params with a second accepted spelling (`uid`, also `UID`): spelling → catalog name. */
  readonly aliases: readonly { readonly spelling: string; readonly name: string }[];
  /** Listed codes with outcome `error` that are not common: the method's own part of its union. */
  readonly ownErrorCodes: readonly number[];
  /** Every code the method can fail with: own ∪ common, outcome `error` only, sorted. */
  readonly errorCodes: readonly number[];
  /** Params of type csv (sent comma-joined when given as arrays). */
  readonly csvParams: readonly string[];
  readonly notes: readonly string[];
  /** No param is required: the params argument may be omitted. */
  readonly paramsOptional: boolean;
  readonly location: SourceLocation;
}

export interface NamespaceIR {
  readonly name: string;
  readonly names: NamespaceNames;
  /** `catalog/socialize.yaml`: named in banners (relative to the catalog dir's parent, so it never depends on cwd). */
  readonly sourceFile: string;
  /** Every file of the namespace (`catalog/accounts.yaml`, `catalog/accounts.tfa.yaml`, …), the main one first. */
  readonly sourceFiles: readonly string[];
  /** Sub-namespaces with a description, sorted by path. */
  readonly groups: readonly GroupIR[];
  readonly description: string;
  readonly docs?: string;
  readonly shapes: readonly ShapeIR[];
  readonly methods: readonly MethodIR[];
  /** The `namespace:` line of the file. */
  readonly location: SourceLocation;
}

export interface ErrorCodeIR {
  readonly code: number;
  readonly name: string;
  readonly message: string;
  readonly description: string;
  readonly httpStatus: number;
  readonly outcome: Outcome;
  readonly retry: RetryClass;
  readonly common: boolean;
  readonly legacy?: { readonly message: string; readonly era: string };
  readonly sources: readonly string[];
  /** Fields the response carries with this code (`regToken`), for the methods that list it. */
  readonly carries: readonly CarriedFieldIR[];
  readonly location: SourceLocation;
}

export interface CatalogIR {
  readonly errors: { readonly sourceFile: string; readonly codes: readonly ErrorCodeIR[] };
  /** Every provenance key, sorted. */
  readonly sources: readonly SourceIR[];
  /** Params Gigya accepts on every method (common.yaml), sorted by name. */
  readonly commonParams: { readonly sourceFile: string | undefined; readonly params: readonly FieldIR[] };
  readonly namespaces: readonly NamespaceIR[];
}

/** Plain code-point order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The catalog spelling of a type (`map<User[]>`); `leaf` may decorate primitive and shape names (docs links). */
export function typeToText(
  type: TypeRef,
  leaf: (t: Extract<TypeRef, { kind: 'primitive' | 'shape' | 'site' }>) => string = (t) => t.name,
): string {
  switch (type.kind) {
    case 'primitive':
    case 'shape':
    case 'site':
      return leaf(type);
    case 'array':
      return `${typeToText(type.of, leaf)}[]`;
    case 'map':
      return `map<${typeToText(type.of, leaf)}>`;
  }
}

/** Shape names a type mentions, directly or inside arrays and maps. */
export function shapesIn(type: TypeRef): string[] {
  switch (type.kind) {
    case 'primitive':
    case 'site':
      return [];
    case 'shape':
      return [type.name];
    case 'array':
    case 'map':
      return shapesIn(type.of);
  }
}

/** Whether a type names one of the site's schema shapes directly (inside arrays and maps too). */
export function namesSite(type: TypeRef): boolean {
  switch (type.kind) {
    case 'site':
      return true;
    case 'primitive':
    case 'shape':
      return false;
    case 'array':
    case 'map':
      return namesSite(type.of);
  }
}

/** Shapes reachable from `roots`, following shape fields. */
export function reachableShapes(
  roots: Iterable<string>,
  shapeFields: ReadonlyMap<string, readonly { readonly type: TypeRef }[]>,
): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const name = stack.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    for (const field of shapeFields.get(name) ?? []) stack.push(...shapesIn(field.type));
  }
  return seen;
}

/** Input of `buildNamespace`: what the loader checked, before derived facts are computed. */
export interface CheckedNamespace {
  readonly name: string;
  readonly sourceFile: string;
  readonly sourceFiles: readonly string[];
  readonly description: string;
  readonly docs?: string;
  readonly groups: readonly GroupIR[];
  readonly shapes: readonly Omit<ShapeIR, 'names' | 'inParams' | 'inResponses' | 'site'>[];
  readonly methods: readonly Omit<
    MethodIR,
    | 'wireName'
    | 'names'
    | 'listedErrors'
    | 'ownErrorCodes'
    | 'errorCodes'
    | 'csvParams'
    | 'paramsOptional'
    | 'namespaceDocs'
    | 'resultFlows'
    | 'errorFlows'
    | 'siteParams'
    | 'siteResponse'
    | 'aliases'
  >[];
  readonly location: SourceLocation;
}

/** Shapes that use the site's schema, directly or through other shapes. */
function siteShapes(shapes: CheckedNamespace['shapes']): Set<string> {
  const site = new Set<string>();
  let grew = true;
  while (grew) {
    grew = false;
    for (const shape of shapes) {
      if (site.has(shape.name)) continue;
      if (shape.fields.some((f) => namesSite(f.type) || shapesIn(f.type).some((n) => site.has(n)))) {
        site.add(shape.name);
        grew = true;
      }
    }
  }
  return site;
}

/**
 * The fields a code carries, resolved for one method: a field without its own type takes the type
 * and doc of the method's response field of the same name (the loader checked that one exists).
 */
function flowFields(code: ErrorCodeIR, response: ReadonlyMap<string, FieldIR>): FieldIR[] {
  return code.carries.flatMap((c): FieldIR[] => {
    const own = response.get(c.name);
    const type = c.type ?? own?.type;
    if (type === undefined) return [];
    return [
      {
        name: c.name,
        type,
        typeText: typeToText(type),
        required: c.required,
        doc: c.doc ?? own?.doc ?? '',
        ...(own?.enum ? { enum: own.enum } : {}),
        ...(own?.suggest ? { suggest: own.suggest } : {}),
        recalled: false,
        sources: c.sources,
        location: c.location,
      },
    ];
  });
}

/** Derives names, error sets, csv params, flow states and shape usage; sorts everything. */
export function buildNamespace(ns: CheckedNamespace, codes: ReadonlyMap<number, ErrorCodeIR>): NamespaceIR {
  const commonErrors = [...codes.values()].filter((c) => c.common && c.outcome === 'error').map((c) => c.code);
  const shapeFields = new Map(ns.shapes.map((s) => [s.name, s.fields] as const));
  const paramRoots = ns.methods.flatMap((m) => m.params.flatMap((p) => shapesIn(p.type)));
  const responseRoots = ns.methods.flatMap((m) => [
    ...m.response.extends,
    ...m.response.fields.flatMap((f) => shapesIn(f.type)),
  ]);
  const inParams = reachableShapes(paramRoots, shapeFields);
  const inResponses = reachableShapes(responseRoots, shapeFields);
  const site = siteShapes(ns.shapes);
  const usesSite = (fields: readonly FieldIR[]): boolean =>
    fields.some((f) => namesSite(f.type) || shapesIn(f.type).some((n) => site.has(n)));

  const methods: MethodIR[] = ns.methods.map((m) => {
    const errorRefs = [...m.errorRefs].sort((a, b) => a.code - b.code);
    const listed = errorRefs.map((r) => r.code);
    const own = listed.filter((c) => {
      const info = codes.get(c);
      return info !== undefined && info.outcome === 'error' && !info.common;
    });
    const responseFields = new Map(
      [...m.response.extends.flatMap((s) => shapeFields.get(s) ?? []), ...m.response.fields].map(
        (f) => [f.name, f] as const,
      ),
    );
    const flows = listed
      .map((c) => codes.get(c))
      .filter((c): c is ErrorCodeIR => c !== undefined && c.carries.length > 0)
      .map((c) => ({ code: c.code, name: c.name, outcome: c.outcome, fields: flowFields(c, responseFields) }));
    const names = methodNames(ns.name, m.name, m.alias);
    return {
      ...m,
      wireName: `${ns.name}.${m.name}`,
      names,
      listedErrors: listed,
      errorRefs,
      ownErrorCodes: own,
      errorCodes: [...new Set([...own, ...commonErrors])].sort((a, b) => a - b),
      csvParams: m.params.filter((p) => p.type.kind === 'primitive' && p.type.name === 'csv').map((p) => p.name),
      paramsOptional: m.params.every((p) => !p.required),
      resultFlows: flows.filter((f) => f.outcome !== 'error'),
      errorFlows: flows.filter((f) => f.outcome === 'error'),
      siteParams: usesSite(m.params),
      siteResponse:
        usesSite(m.response.fields) ||
        m.response.extends.some((s) => site.has(s)) ||
        flows.some((f) => usesSite(f.fields)),
      aliases: m.params
        .filter((p) => p.referenceName !== undefined && p.referenceName !== p.name)
        .map((p) => ({ spelling: p.referenceName as string, name: p.name })),
      ...(ns.docs === undefined ? {} : { namespaceDocs: ns.docs }),
    };
  });

  return {
    name: ns.name,
    names: namespaceNames(ns.name),
    sourceFile: ns.sourceFile,
    sourceFiles: ns.sourceFiles,
    groups: [...ns.groups].sort((a, b) => compareStrings(a.path, b.path)),
    description: ns.description,
    ...(ns.docs === undefined ? {} : { docs: ns.docs }),
    shapes: ns.shapes
      .map((s) => ({
        ...s,
        names: shapeNames(ns.name, s.name),
        site: site.has(s.name),
        inParams: inParams.has(s.name),
        inResponses: inResponses.has(s.name),
      }))
      .sort((a, b) => compareStrings(a.name, b.name)),
    methods: methods.sort((a, b) => compareStrings(a.name, b.name)),
    location: ns.location,
  };
}

/** Shapes in dependency order (a shape after the shapes its fields use); cycles keep name order. */
export function shapesInDependencyOrder(shapes: readonly ShapeIR[], include: (s: ShapeIR) => boolean): ShapeIR[] {
  const byName = new Map(shapes.filter(include).map((s) => [s.name, s] as const));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const out: ShapeIR[] = [];
  const visit = (shape: ShapeIR): void => {
    if (done.has(shape.name) || visiting.has(shape.name)) return;
    visiting.add(shape.name);
    const deps = [...new Set(shape.fields.flatMap((f) => shapesIn(f.type)))].sort(compareStrings);
    for (const dep of deps) {
      const next = byName.get(dep);
      if (next) visit(next);
    }
    visiting.delete(shape.name);
    done.add(shape.name);
    out.push(shape);
  };
  for (const name of [...byName.keys()].sort(compareStrings)) visit(byName.get(name) as ShapeIR);
  return out;
}
