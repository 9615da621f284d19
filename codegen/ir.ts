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

export type TypeRef =
  | { readonly kind: 'primitive'; readonly name: PrimitiveType }
  | { readonly kind: 'shape'; readonly name: string }
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
  readonly deprecated?: string;
  readonly recalled: boolean;
  readonly location: SourceLocation;
}

export interface ShapeIR {
  readonly name: string;
  readonly names: ShapeNames;
  readonly description: string;
  readonly docs?: string;
  readonly fields: readonly FieldIR[];
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
  readonly location: SourceLocation;
}

export interface CatalogIR {
  readonly errors: { readonly sourceFile: string; readonly codes: readonly ErrorCodeIR[] };
  readonly namespaces: readonly NamespaceIR[];
}

/** Plain code-point order: the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The catalog spelling of a type (`map<User[]>`); `leaf` may decorate primitive and shape names (docs links). */
export function typeToText(
  type: TypeRef,
  leaf: (t: Extract<TypeRef, { kind: 'primitive' | 'shape' }>) => string = (t) => t.name,
): string {
  switch (type.kind) {
    case 'primitive':
    case 'shape':
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
      return [];
    case 'shape':
      return [type.name];
    case 'array':
    case 'map':
      return shapesIn(type.of);
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
  readonly description: string;
  readonly docs?: string;
  readonly shapes: readonly Omit<ShapeIR, 'names' | 'inParams' | 'inResponses'>[];
  readonly methods: readonly Omit<
    MethodIR,
    'wireName' | 'names' | 'ownErrorCodes' | 'errorCodes' | 'csvParams' | 'paramsOptional' | 'namespaceDocs'
  >[];
  readonly location: SourceLocation;
}

/** Derives names, error sets, csv params and shape usage; sorts everything. */
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

  const methods: MethodIR[] = ns.methods.map((m) => {
    const listed = [...new Set(m.listedErrors)].sort((a, b) => a - b);
    const own = listed.filter((c) => {
      const info = codes.get(c);
      return info !== undefined && info.outcome === 'error' && !info.common;
    });
    return {
      ...m,
      wireName: `${ns.name}.${m.name}`,
      names: methodNames(ns.name, m.name),
      listedErrors: listed,
      ownErrorCodes: own,
      errorCodes: [...new Set([...own, ...commonErrors])].sort((a, b) => a - b),
      csvParams: m.params.filter((p) => p.type.kind === 'primitive' && p.type.name === 'csv').map((p) => p.name),
      paramsOptional: m.params.every((p) => !p.required),
      ...(ns.docs === undefined ? {} : { namespaceDocs: ns.docs }),
    };
  });

  return {
    name: ns.name,
    names: namespaceNames(ns.name),
    sourceFile: ns.sourceFile,
    description: ns.description,
    ...(ns.docs === undefined ? {} : { docs: ns.docs }),
    shapes: ns.shapes
      .map((s) => ({
        ...s,
        names: shapeNames(ns.name, s.name),
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
