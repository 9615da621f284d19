/**
 * Checks across catalog files, on the IR: shape references that do not resolve, provenance
 * present where the catalog declares its sources, common params not repeated per method, fields a
 * code carries that its methods can type, and generated names that would clash (in a namespace's
 * modules, in the error table or in the root index). Checks within one file happen while it is
 * read (codegen/load/).
 */
import { shapesIn, type ErrorCodeIR, type FieldIR, type NamespaceIR, type SourceLocation, type TypeRef } from './ir.js';
import type { CatalogIssue } from './load/issues.js';
import {
  ERROR_DOCS_MODULE_NAMES,
  ERRORS_MODULE_NAMES,
  ROOT_INDEX_NAMES,
  RUNTIME_IMPORTS,
  VALIDATOR_HELPERS,
  ZOD_NAMESPACE,
} from './naming.js';

export interface CatalogToCheck {
  readonly namespaces: readonly NamespaceIR[];
  readonly codes: ReadonlyMap<number, ErrorCodeIR>;
  readonly commonParams: readonly FieldIR[];
  /** The catalog has a sources.yaml of its own: every method, shape and code names its sources. */
  readonly requireSources: boolean;
}

/** Runs every cross-file check; problems are added to `issues`. */
export function checkCatalog(catalog: CatalogToCheck, issues: CatalogIssue[]): void {
  const { namespaces } = catalog;
  checkShapeReferences(namespaces, issues);
  if (catalog.requireSources) checkProvenance(catalog, issues);
  checkCommonParams(catalog, issues);
  checkCarriedFields(catalog, issues);
  checkGeneratedNames(namespaces, issues);
}

const issueAt = (loc: SourceLocation, message: string): CatalogIssue => ({
  file: loc.file,
  line: loc.line,
  path: loc.path,
  message,
});

/** Every method, shape and error code says where it comes from (sources.yaml lists the keys). */
function checkProvenance(catalog: CatalogToCheck, issues: CatalogIssue[]): void {
  for (const ns of catalog.namespaces) {
    for (const m of ns.methods)
      if (m.sources.length === 0)
        issues.push(issueAt(m.location, `method "${m.name}" names no sources; add sources: [<keys of sources.yaml>]`));
    for (const s of ns.shapes)
      if (s.sources.length === 0)
        issues.push(issueAt(s.location, `shape "${s.name}" names no sources; add sources: [<keys of sources.yaml>]`));
  }
  for (const c of catalog.codes.values())
    if (c.sources.length === 0)
      issues.push(issueAt(c.location, `error ${c.code} names no sources; add sources: [<keys of sources.yaml>]`));
}

/**
 * Common params are typed once for every method; a method that lists one as well keeps its own
 * definition (a user's catalog may), but a second spelling must not be a common param's name.
 */
function checkCommonParams(catalog: CatalogToCheck, issues: CatalogIssue[]): void {
  const common = new Set(catalog.commonParams.map((p) => p.name));
  if (common.size === 0) return;
  for (const ns of catalog.namespaces)
    for (const m of ns.methods)
      for (const p of m.params)
        if (p.referenceName !== undefined && common.has(p.referenceName))
          issues.push(
            issueAt(
              p.location,
              `param "${p.name}" is also spelled "${p.referenceName}", a common param; fix referenceName`,
            ),
          );
}

/**
 * A carried field without its own type is typed by the response of each method that lists the
 * code. One that is always there with the code must be in that response; an optional one is typed
 * where the response has it (400006 carries validationErrors only for methods that write data).
 */
function checkCarriedFields(catalog: CatalogToCheck, issues: CatalogIssue[]): void {
  for (const ns of catalog.namespaces) {
    const shapeFields = new Map(ns.shapes.map((s) => [s.name, s.fields] as const));
    for (const m of ns.methods) {
      const response = new Set([
        ...m.response.extends.flatMap((s) => (shapeFields.get(s) ?? []).map((f) => f.name)),
        ...m.response.fields.map((f) => f.name),
      ]);
      for (const code of m.listedErrors) {
        const info = catalog.codes.get(code);
        for (const c of info?.carries ?? []) {
          if (c.type === undefined && c.required && !response.has(c.name))
            issues.push(
              issueAt(
                m.location,
                `method "${m.name}" lists ${code}, whose response carries "${c.name}", but the method's ` +
                  `response has no field "${c.name}" to type it; add the field to the response ` +
                  '(required: false) or give the carried field a type in errors.yaml',
              ),
            );
        }
      }
    }
  }
}

/** Every shape a type or a response names is defined in the same namespace. */
function checkShapeReferences(namespaces: readonly NamespaceIR[], issues: CatalogIssue[]): void {
  for (const ns of namespaces) {
    const defined = new Set(ns.shapes.map((s) => s.name));
    const report = (names: readonly string[], what: string, loc: SourceLocation): void => {
      for (const name of names) {
        if (!defined.has(name))
          issues.push({
            file: loc.file,
            line: loc.line,
            path: loc.path,
            message:
              `${what} refers to shape "${name}", which namespace "${ns.name}" does not define; define it ` +
              'under shapes or change the type',
          });
      }
    };
    const fields = (
      list: readonly { name: string; type: TypeRef; location: SourceLocation }[],
      owner: string,
    ): void => {
      for (const f of list) report(shapesIn(f.type), `field "${f.name}" ${owner}`, f.location);
    };
    for (const shape of ns.shapes) fields(shape.fields, `of shape "${shape.name}"`);
    for (const m of ns.methods) {
      fields(m.params, `of method "${m.name}"`);
      fields(m.response.fields, `of the response of method "${m.name}"`);
      report(m.response.extends, `the response of method "${m.name}"`, m.location);
    }
  }
}

/** Names the generator will declare must not clash, in a namespace's modules or in the shared ones. */
function checkGeneratedNames(namespaces: readonly NamespaceIR[], issues: CatalogIssue[]): void {
  const reported = new Set<string>();
  const claim = (pool: Map<string, string>, name: string, owner: string, loc: SourceLocation): void => {
    const prev = pool.get(name);
    if (prev !== undefined && prev !== owner) {
      // One message per catalog entry: a clash of one name usually means all its names clash.
      const key = `${loc.file}:${loc.line}:${loc.path}`;
      if (reported.has(key)) return;
      reported.add(key);
      issues.push({
        file: loc.file,
        line: loc.line,
        path: loc.path,
        message: `${owner} would generate the name ${name}, which ${prev} already uses; rename one of them`,
      });
      return;
    }
    pool.set(name, owner);
  };
  // errors.gen.ts and the root index.ts hold names of every namespace; each namespace module its own.
  const errorsModule = new Map<string, string>(
    [...Object.values(ERRORS_MODULE_NAMES), ...Object.values(ERROR_DOCS_MODULE_NAMES)].map((n) => [
      n,
      'the error table',
    ]),
  );
  const rootIndex = new Map<string, string>(Object.values(ROOT_INDEX_NAMES).map((n) => [n, 'the root index']));
  for (const ns of namespaces) {
    const taken = new Map<string, string>(
      [...RUNTIME_IMPORTS, ZOD_NAMESPACE, ...Object.values(VALIDATOR_HELPERS)].map((n) => [
        n,
        'an import of the generated module',
      ]),
    );
    const nsLoc = ns.location;
    const nsOwner = `namespace "${ns.name}"`;
    const nsNames = [
      ns.names.namespaceInterface,
      ns.names.bindFunction,
      ns.names.methodList,
      ns.names.responseRequired,
    ];
    for (const pool of [taken, rootIndex]) for (const n of nsNames) claim(pool, n, nsOwner, nsLoc);
    for (const shape of ns.shapes) {
      const owner = `shape "${shape.name}"`;
      for (const n of [shape.names.type, shape.names.schema, shape.names.patchSchema, shape.names.hints])
        claim(taken, n, owner, shape.location);
    }
    for (const m of ns.methods) {
      const owner = `method "${m.name}"`;
      // The namespace barrel re-exports the method's error union next to its own declarations.
      for (const n of [
        m.names.params,
        m.names.response,
        m.names.errorUnion,
        m.names.paramsSchema,
        m.names.descriptor,
        m.names.fn,
        ...(m.aliases.length > 0 ? [m.names.paramsBase] : []),
        ...(m.resultFlows.length > 0 ? [m.names.result] : []),
        ...(m.errorFlows.length > 0 ? [m.names.errorFields] : []),
      ])
        claim(taken, n, owner, m.location);
      for (const n of [m.names.params, m.names.response]) claim(rootIndex, n, `method "${m.wireName}"`, m.location);
      claim(errorsModule, m.names.errorUnion, `method "${m.wireName}"`, m.location);
    }
  }
}
