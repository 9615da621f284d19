/**
 * Checks across catalog files, on the IR: a namespace defined twice, shape references that do
 * not resolve, and generated names that would clash (in a namespace's modules, in the error table
 * or in the root index). Checks within one file happen while it is read (codegen/load/).
 */
import { shapesIn, type NamespaceIR, type SourceLocation, type TypeRef } from './ir.js';
import type { CatalogIssue } from './load/issues.js';
import {
  ERROR_DOCS_MODULE_NAMES,
  ERRORS_MODULE_NAMES,
  ROOT_INDEX_NAMES,
  RUNTIME_IMPORTS,
  VALIDATOR_HELPERS,
  ZOD_NAMESPACE,
} from './naming.js';

/** Runs every cross-file check; problems are added to `issues`. Namespaces come sorted by name, same names in file order. */
export function checkCatalog(namespaces: readonly NamespaceIR[], issues: CatalogIssue[]): void {
  checkNamespacesOnce(namespaces, issues);
  checkShapeReferences(namespaces, issues);
  checkGeneratedNames(namespaces, issues);
}

function checkNamespacesOnce(namespaces: readonly NamespaceIR[], issues: CatalogIssue[]): void {
  const seen = new Map<string, NamespaceIR>();
  for (const ns of namespaces) {
    const prev = seen.get(ns.name);
    if (prev)
      issues.push({
        file: ns.location.file,
        line: 1,
        path: 'namespace',
        message: `namespace "${ns.name}" is also defined in ${prev.location.file}; keep one file per namespace`,
      });
    else seen.set(ns.name, ns);
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
            message: `${what} refers to shape "${name}", which namespace "${ns.name}" does not define; define it under shapes or change the type`,
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
      for (const n of [shape.names.type, shape.names.schema, shape.names.hints]) claim(taken, n, owner, shape.location);
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
      ])
        claim(taken, n, owner, m.location);
      for (const n of [m.names.params, m.names.response]) claim(rootIndex, n, `method "${m.wireName}"`, m.location);
      claim(errorsModule, m.names.errorUnion, `method "${m.wireName}"`, m.location);
    }
  }
}
