/**
 * Fidelity check: the catalog against an independent typing of the same API, the
 * `@gigya-ts/rest-api` package (hand-written `.d.ts`, transcribed from SAP's reference).
 *
 * Both sides are reduced to one neutral form (wire name, params with their required flag, top-level
 * response field names): the catalog from the loaded IR (`catalogMethods`, what the generator
 * emits), the package from its .d.ts. `compareMethods` returns every difference; a committed
 * file (`catalog/fidelity-differences.yaml`) accepts the known ones with a reason, and
 * `reconcile` says which differences are new and which accepted ones no longer occur.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Node, Project, ts, type Symbol as MorphSymbol, type Type } from 'ts-morph';
import { parse } from 'yaml';
import { compareStrings as compare, type CatalogIR, type FieldIR } from './ir.js';

export interface NeutralParam {
  readonly name: string;
  readonly required: boolean;
}

export interface NeutralMethod {
  /** Full wire name, e.g. `accounts.getAccountInfo`. */
  readonly wireName: string;
  readonly params: readonly NeutralParam[];
  /** Top-level fields of a successful response, envelope fields excluded. */
  readonly responseFields: readonly string[];
  /** Of those, the ones typed as always present (every variant requires them). */
  readonly requiredResponseFields?: readonly string[];
}

export type DifferenceKind =
  | 'method-only-in-package'
  | 'method-only-in-catalog'
  | 'param-only-in-package'
  | 'param-only-in-catalog'
  | 'param-required-differs'
  | 'response-field-only-in-package'
  | 'response-field-only-in-catalog';

export interface Difference {
  readonly wireName: string;
  readonly kind: DifferenceKind;
  /** The param or response field concerned; absent for method-level differences. */
  readonly name?: string;
  /** For `param-required-differs`: the flag on each side. */
  readonly packageRequired?: boolean;
  readonly catalogRequired?: boolean;
}

/** An accepted difference as written in the differences file. */
export interface RecordedDifference {
  readonly wireName: string;
  readonly kind: DifferenceKind;
  readonly name?: string;
  readonly reason: string;
}

export const DIFFERENCE_KINDS: readonly DifferenceKind[] = [
  'method-only-in-package',
  'method-only-in-catalog',
  'param-only-in-package',
  'param-only-in-catalog',
  'param-required-differs',
  'response-field-only-in-package',
  'response-field-only-in-catalog',
];

/** The package's namespace types and the wire prefix of their keys. */
const NAMESPACE_TYPES: Readonly<Record<string, string>> = {
  socialize: 'GigyaSocializeNamespace',
  accounts: 'GigyaAccountsNamespace',
};

/** Type aliases whose members every request or response carries (common params, the envelope). */
const COMMON_CONTAINERS = new Set(['CommonRequestParams', 'CommonResponseParams']);

export interface ReadPackageOptions {
  /** Namespaces to read (default: every one the package types and this module knows). */
  readonly namespaces?: readonly string[];
  /** Folder holding the package's `dist/index.d.ts` (default: resolved from node_modules). */
  readonly packageDir?: string;
}

export interface PackageTypings {
  /** The package's methods in neutral form, sorted by wire name. */
  readonly methods: readonly NeutralMethod[];
  /** Params the package types once for every method (`CommonRequestParams`): not compared per method. */
  readonly commonParams: ReadonlySet<string>;
}

/** Reads the package's `.d.ts` with ts-morph. */
export function readPackageTypings(options: ReadPackageOptions = {}): PackageTypings {
  const dir = options.packageDir ?? resolvePackageDir();
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: { strict: true, skipLibCheck: true, noEmit: true, target: ts.ScriptTarget.ES2022 },
  });
  project.addSourceFilesAtPaths(path.join(dir, 'dist', '**', '*.d.ts'));
  const files = project.getSourceFiles();
  const common = files.map((f) => f.getTypeAlias('CommonRequestParams')).find((a) => a !== undefined);
  if (common === undefined)
    throw new Error('@gigya-ts/rest-api has no type CommonRequestParams; has the package changed?');
  const commonParams = new Set(
    common
      .getType()
      .getProperties()
      .map((p) => p.getName()),
  );
  const methods: NeutralMethod[] = [];
  for (const ns of options.namespaces ?? Object.keys(NAMESPACE_TYPES)) {
    const typeName = NAMESPACE_TYPES[ns];
    if (typeName === undefined)
      throw new Error(`the fidelity check does not know the package's type for namespace "${ns}"`);
    const alias = files.map((f) => f.getTypeAlias(typeName)).find((a) => a !== undefined);
    if (alias === undefined) throw new Error(`@gigya-ts/rest-api has no type ${typeName}; has the package changed?`);
    for (const member of alias.getType().getProperties()) {
      const decl = member.getDeclarations()[0];
      if (decl === undefined) continue;
      const signature = member.getTypeAtLocation(decl).getCallSignatures()[0];
      if (signature === undefined) continue;
      const paramSymbol = signature.getParameters()[0];
      const paramType = paramSymbol === undefined ? undefined : paramSymbol.getTypeAtLocation(decl);
      const resolved = signature.getReturnType().getTypeArguments()[0];
      methods.push({
        wireName: wireNameOf(ns, member.getName()),
        params: paramType === undefined ? [] : paramsOf(paramType, decl),
        responseFields: resolved === undefined ? [] : fieldNamesOf(resolved),
        requiredResponseFields: resolved === undefined ? [] : requiredFieldNamesOf(resolved, decl),
      });
    }
  }
  return { methods: methods.sort((a, b) => compare(a.wireName, b.wireName)), commonParams };
}

/** The package's methods alone (see `readPackageTypings`). */
export function readPackageMethods(options: ReadPackageOptions = {}): NeutralMethod[] {
  return [...readPackageTypings(options).methods];
}

/** Keys are method names without the namespace; one artefact key repeats it (`accounts.auth.magiclink.getlink`). */
function wireNameOf(ns: string, key: string): string {
  return key.startsWith(`${ns}.`) ? key : `${ns}.${key}`;
}

function resolvePackageDir(): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve('@gigya-ts/rest-api/package.json'));
}

/** Object members of a type, following unions (a member of any variant counts) and skipping common ones. */
function membersOf(type: Type): MorphSymbol[][] {
  const variants = type.isUnion() ? type.getUnionTypes() : [type];
  return variants.map((v) => v.getProperties().filter((p) => !isCommon(p)));
}

function isCommon(symbol: MorphSymbol): boolean {
  const decls = symbol.getDeclarations();
  return (
    decls.length > 0 &&
    decls.every((d) => {
      const owner = d.getFirstAncestor((a) => Node.isTypeAliasDeclaration(a) || Node.isInterfaceDeclaration(a));
      return (
        owner !== undefined &&
        (Node.isTypeAliasDeclaration(owner) || Node.isInterfaceDeclaration(owner)) &&
        COMMON_CONTAINERS.has(owner.getName())
      );
    })
  );
}

/** A param is required when every variant of the request type requires it. */
function paramsOf(type: Type, at: Node): NeutralParam[] {
  const variants = membersOf(type);
  const names = new Set(variants.flatMap((v) => v.map((p) => p.getName())));
  const params: NeutralParam[] = [];
  for (const name of names) {
    const required = variants.every((v) => {
      const p = v.find((s) => s.getName() === name);
      return p !== undefined && !p.isOptional() && !acceptsUndefined(p, at);
    });
    params.push({ name, required });
  }
  return params.sort((a, b) => compare(a.name, b.name));
}

function acceptsUndefined(symbol: MorphSymbol, at: Node): boolean {
  const t = symbol.getTypeAtLocation(at);
  return t.isUndefined() || (t.isUnion() && t.getUnionTypes().some((u) => u.isUndefined()));
}

function requiredFieldNamesOf(type: Type, at: Node): string[] {
  const variants = membersOf(type);
  const names = new Set(variants.flatMap((v) => v.map((p) => p.getName())));
  return [...names]
    .filter((name) =>
      variants.every((v) => {
        const p = v.find((s) => s.getName() === name);
        return p !== undefined && !p.isOptional() && !acceptsUndefined(p, at);
      }),
    )
    .sort(compare);
}

function fieldNamesOf(type: Type): string[] {
  const names = new Set(membersOf(type).flatMap((v) => v.map((p) => p.getName())));
  return [...names].sort(compare);
}

export interface CompareOptions {
  /** Only wire names this accepts are compared (e.g. the namespaces or files a check owns). */
  readonly include?: (wireName: string) => boolean;
  /** Params typed once for every method on either side (cid, context, …): left out of the per-method comparison. */
  readonly commonParams?: ReadonlySet<string>;
}

/** Every difference between the package's methods and the catalog's, in a stable order. */
export function compareMethods(
  pkg: readonly NeutralMethod[],
  catalog: readonly NeutralMethod[],
  options: CompareOptions = {},
): Difference[] {
  const keep = options.include ?? (() => true);
  const byName = (list: readonly NeutralMethod[]) =>
    new Map(list.filter((m) => keep(m.wireName)).map((m) => [m.wireName, m] as const));
  const p = byName(pkg);
  const c = byName(catalog);
  const out: Difference[] = [];
  for (const wireName of [...new Set([...p.keys(), ...c.keys()])].sort(compare)) {
    const a = p.get(wireName);
    const b = c.get(wireName);
    if (a === undefined) {
      out.push({ wireName, kind: 'method-only-in-catalog' });
      continue;
    }
    if (b === undefined) {
      out.push({ wireName, kind: 'method-only-in-package' });
      continue;
    }
    const perMethod = (x: NeutralParam) => !(options.commonParams?.has(x.name) ?? false);
    const bParams = new Map(b.params.filter(perMethod).map((x) => [x.name, x] as const));
    const aParams = new Map(a.params.filter(perMethod).map((x) => [x.name, x] as const));
    for (const name of [...new Set([...aParams.keys(), ...bParams.keys()])].sort(compare)) {
      const x = aParams.get(name);
      const y = bParams.get(name);
      if (y === undefined) out.push({ wireName, kind: 'param-only-in-package', name });
      else if (x === undefined) out.push({ wireName, kind: 'param-only-in-catalog', name });
      else if (x.required !== y.required)
        out.push({
          wireName,
          kind: 'param-required-differs',
          name,
          packageRequired: x.required,
          catalogRequired: y.required,
        });
    }
    const aFields = new Set(a.responseFields);
    const bFields = new Set(b.responseFields);
    for (const name of [...new Set([...aFields, ...bFields])].sort(compare)) {
      if (!bFields.has(name)) out.push({ wireName, kind: 'response-field-only-in-package', name });
      else if (!aFields.has(name)) out.push({ wireName, kind: 'response-field-only-in-catalog', name });
    }
  }
  return out;
}

/** The identity of a difference: recorded entries match on it, reasons aside. */
export function differenceKey(d: {
  readonly wireName: string;
  readonly kind: DifferenceKind;
  readonly name?: string | undefined;
}): string {
  return d.name === undefined ? `${d.wireName} ${d.kind}` : `${d.wireName} ${d.kind} ${d.name}`;
}

export interface Reconciled {
  /** Differences found that the file does not accept: the check fails on these. */
  readonly unrecorded: readonly Difference[];
  /** Accepted differences that no longer occur: the file is stale there. */
  readonly stale: readonly RecordedDifference[];
  /** Accepted differences listed more than once. */
  readonly duplicates: readonly RecordedDifference[];
}

export function reconcile(
  found: readonly Difference[],
  recorded: readonly RecordedDifference[],
  options: CompareOptions = {},
): Reconciled {
  const keep = options.include ?? (() => true);
  const inScope = recorded.filter((r) => keep(r.wireName));
  const seen = new Set<string>();
  const duplicates: RecordedDifference[] = [];
  for (const r of inScope) {
    const k = differenceKey(r);
    if (seen.has(k)) duplicates.push(r);
    seen.add(k);
  }
  const foundKeys = new Set(found.map(differenceKey));
  return {
    unrecorded: found.filter((d) => !seen.has(differenceKey(d))),
    stale: inScope.filter((r) => !foundKeys.has(differenceKey(r))),
    duplicates,
  };
}

/** One line per difference, for messages. */
export function describeDifference(d: Difference): string {
  switch (d.kind) {
    case 'method-only-in-package':
      return `${d.wireName}: typed by @gigya-ts/rest-api, not in the catalog`;
    case 'method-only-in-catalog':
      return `${d.wireName}: in the catalog, not typed by @gigya-ts/rest-api`;
    case 'param-only-in-package':
      return `${d.wireName}: param ${d.name} is typed by the package, not in the catalog`;
    case 'param-only-in-catalog':
      return `${d.wireName}: param ${d.name} is in the catalog, not typed by the package`;
    case 'param-required-differs':
      return (
        `${d.wireName}: param ${d.name} is ${d.packageRequired ? 'required' : 'optional'} in the package, ` +
        `${d.catalogRequired ? 'required' : 'optional'} in the catalog`
      );
    case 'response-field-only-in-package':
      return `${d.wireName}: response field ${d.name} is typed by the package, not in the catalog`;
    case 'response-field-only-in-catalog':
      return `${d.wireName}: response field ${d.name} is in the catalog, not typed by the package`;
  }
}

/**
 * The catalog's methods in the neutral form: a param is named as the current reference spells it
 * (the package follows the reference), and the fields of extended shapes count as response fields.
 * Common params (common.yaml) are typed once for every method, so they are not listed per method.
 */
export function catalogMethods(ir: CatalogIR): NeutralMethod[] {
  return ir.namespaces
    .flatMap((ns) => {
      const shapes = new Map(ns.shapes.map((s) => [s.name, s.fields] as const));
      return ns.methods.map((m) => {
        const fields: FieldIR[] = [...m.response.extends.flatMap((s) => shapes.get(s) ?? []), ...m.response.fields];
        return {
          wireName: m.wireName,
          params: m.params.map((p) => ({ name: p.referenceName ?? p.name, required: p.required })),
          responseFields: [...new Set(fields.map((f) => f.name))].sort(compare),
          requiredResponseFields: fields
            .filter((f) => f.required)
            .map((f) => f.name)
            .sort(compare),
        };
      });
    })
    .sort((a, b) => compare(a.wireName, b.wireName));
}

/** The namespace of a wire name: its first segment. */
export function namespaceOf(wireName: string): string {
  return wireName.split('.')[0] ?? wireName;
}

/**
 * What the comparison covers: every namespace the catalog has (all its groups, written or not)
 * that the package also types. A namespace the catalog does not have yet stays out as a whole.
 */
export function catalogScope(
  catalog: readonly NeutralMethod[],
  packageNamespaces: Iterable<string> = Object.keys(NAMESPACE_TYPES),
): (wireName: string) => boolean {
  const typed = new Set(packageNamespaces);
  const claimed = new Set(catalog.map((m) => namespaceOf(m.wireName)).filter((ns) => typed.has(ns)));
  return (wireName) => claimed.has(namespaceOf(wireName));
}

export interface DifferencesFile {
  /** The package version the differences were recorded against. */
  readonly package: string;
  readonly differences: readonly RecordedDifference[];
}

/** Reads and checks the accepted-differences file; throws with every problem listed. */
export function readDifferencesFile(file: string): DifferencesFile {
  const raw = parse(readFileSync(file, 'utf8')) as unknown;
  const problems: string[] = [];
  const obj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!obj(raw)) throw new Error(`${file}: expected a mapping with package and differences`);
  const pkg = raw['package'];
  if (typeof pkg !== 'string')
    problems.push(
      'package: the package and version the differences were recorded against, e.g. "@gigya-ts/rest-api@0.1.21"',
    );
  const list = raw['differences'];
  const out: RecordedDifference[] = [];
  if (!Array.isArray(list)) problems.push('differences: a list of { method, kind, name?, reason }');
  else
    list.forEach((d, i) => {
      const at = `differences[${i}]`;
      if (!obj(d)) {
        problems.push(`${at}: expected a mapping`);
        return;
      }
      for (const k of Object.keys(d))
        if (!['method', 'kind', 'name', 'names', 'reason'].includes(k)) problems.push(`${at}: unknown key ${k}`);
      const { method, kind, name, names, reason } = d;
      if (typeof method !== 'string') problems.push(`${at}: method is the wire name`);
      if (typeof kind !== 'string' || !(DIFFERENCE_KINDS as readonly string[]).includes(kind))
        problems.push(`${at}: kind is one of ${DIFFERENCE_KINDS.join(', ')}`);
      const methodLevel = kind === 'method-only-in-package' || kind === 'method-only-in-catalog';
      const list = names === undefined ? (name === undefined ? [] : [name]) : names;
      if (name !== undefined && names !== undefined) problems.push(`${at}: give name or names, not both`);
      if (!Array.isArray(list) || list.some((n) => typeof n !== 'string'))
        problems.push(`${at}: names is a list of param or field names`);
      else if (methodLevel ? list.length > 0 : list.length === 0)
        problems.push(
          methodLevel
            ? `${at}: a method-level difference has no name`
            : `${at}: name (or names) is the param or response field`,
        );
      else if (names !== undefined && [...list].sort(compare).some((n, j) => n !== list[j]))
        problems.push(`${at}: names are sorted`);
      if (typeof reason !== 'string' || reason.trim().length < 10)
        problems.push(`${at}: reason says in a sentence why the difference is accepted`);
      if (typeof method === 'string' && typeof kind === 'string' && typeof reason === 'string' && Array.isArray(list)) {
        if (list.length === 0) out.push({ wireName: method, kind: kind as DifferenceKind, reason });
        for (const n of list) out.push({ wireName: method, kind: kind as DifferenceKind, name: String(n), reason });
      }
    });
  const order = out.map((d) => `${d.wireName} ${d.kind}`);
  if (order.some((k, i) => i > 0 && compare(order[i - 1]!, k) > 0))
    problems.push('differences are written sorted by method, then kind');
  if (problems.length > 0) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return { package: pkg as string, differences: out };
}
