/** Emits the barrels: `<ns>/index.ts`, the root `index.ts` (MethodMap, registry, namespaces) and README.md. */
import { StructureKind, type Project } from 'ts-morph';
import { compareStrings, type CatalogIR, type NamespaceIR } from '../ir.js';
import { ERRORS_MODULE_NAMES, files, moduleSpecifier, ROOT_INDEX_NAMES as N } from '../naming.js';
import { constStatement, doc, renderTs, runtimeSpecifier, str, tsBanner, type RuntimeImport, type Statement } from './common.js';

export function emitNamespaceIndex(project: Project, ns: NamespaceIR): string {
  const fileRel = files.namespaceIndex(ns.name);
  const statements: Statement[] = [
    `export * from '${moduleSpecifier(fileRel, files.types(ns.name))}';`,
    `export * from '${moduleSpecifier(fileRel, files.validators(ns.name))}';`,
    `export * from '${moduleSpecifier(fileRel, files.methods(ns.name))}';`,
  ];
  const unions = ns.methods.map((m) => m.names.errorUnion).sort(compareStrings);
  if (unions.length > 0) {
    statements.push({ kind: StructureKind.ExportDeclaration, isTypeOnly: true, moduleSpecifier: moduleSpecifier(fileRel, files.errors), namedExports: unions });
  }
  return renderTs(project, fileRel, tsBanner([ns.sourceFile]), statements);
}

export function emitRootIndex(project: Project, ir: CatalogIR, runtime: RuntimeImport): string {
  const fileRel = files.index;
  const statements: Statement[] = [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: runtimeSpecifier(runtime, fileRel), namedImports: ['Invoker', 'MethodDescriptor'] },
  ];
  const errorUnions = ir.namespaces.flatMap((ns) => ns.methods.map((m) => m.names.errorUnion)).sort(compareStrings);
  if (errorUnions.length > 0) statements.push({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: moduleSpecifier(fileRel, files.errors), namedImports: errorUnions });
  for (const ns of ir.namespaces) {
    statements.push({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: moduleSpecifier(fileRel, files.methods(ns.name)),
      namedImports: [{ name: ns.names.bindFunction }, { name: ns.names.methodList }, { name: ns.names.responseRequired }, { name: ns.names.namespaceInterface, isTypeOnly: true }].sort((a, b) => compareStrings(a.name, b.name)),
    });
    const types = ns.methods.flatMap((m) => [m.names.params, m.names.response]).sort(compareStrings);
    if (types.length > 0) statements.push({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: moduleSpecifier(fileRel, files.types(ns.name)), namedImports: types });
  }
  if (ir.namespaces.length > 0) {
    statements.push({ kind: StructureKind.ExportDeclaration, isTypeOnly: true, namedExports: ir.namespaces.map((ns) => ns.names.namespaceInterface) });
  }
  // createClient(options, thisModule) reads the catalog's own error table through it.
  statements.push({ kind: StructureKind.ExportDeclaration, moduleSpecifier: moduleSpecifier(fileRel, files.errors), namedExports: [ERRORS_MODULE_NAMES.lookup] });
  const methods = ir.namespaces.flatMap((ns) => ns.methods).sort((a, b) => compareStrings(a.wireName, b.wireName));
  statements.push(
    {
      kind: StructureKind.Interface,
      name: N.methodMap,
      isExported: true,
      docs: [doc(['Params, response and error codes of every catalogued method, by wire name (what `client.call(name, …)` is typed by).'])],
      properties: methods.map((m) => ({
        name: str(m.wireName),
        type: `{ params: ${m.names.params}; response: ${m.names.response}; errors: ${m.names.errorUnion} }`,
      })),
    },
    constStatement({
      name: N.registry,
      type: 'ReadonlyMap<string, MethodDescriptor>',
      initializer: `new Map(\n[${ir.namespaces.map((ns) => `...${ns.names.methodList}`).join(', ')}].map((d) => [d.name, d] as const),\n)`,
      docs: doc(['Descriptors of every catalogued method, by wire name.']),
    }),
    constStatement({
      name: N.responseRequired,
      type: 'Readonly<Record<string, readonly string[]>>',
      initializer: ir.namespaces.length === 0 ? '{}' : `{ ${ir.namespaces.map((ns) => `...${ns.names.responseRequired}`).join(', ')} }`,
      docs: doc(['Response fields the catalog marks as always present, by wire name, for every namespace.']),
    }),
    {
      kind: StructureKind.Interface,
      name: N.namespaces,
      isExported: true,
      docs: [doc(['One property per catalogued namespace, as on the client: `client.socialize`.'])],
      properties: ir.namespaces.map((ns) => ({ name: ns.names.property, type: ns.names.namespaceInterface, isReadonly: true, docs: [doc([ns.description])] })),
    },
    {
      kind: StructureKind.Function,
      name: N.bind,
      isExported: true,
      docs: [doc(['Binds every namespace to an invoker (a client).'])],
      parameters: [{ name: 'invoker', type: 'Invoker' }],
      returnType: N.namespaces,
      statements: (w) => {
        w.write('return ').inlineBlock(() => {
          for (const ns of ir.namespaces) w.writeLine(`${ns.names.property}: ${ns.names.bindFunction}(invoker),`);
        }).write(';');
      },
    },
  );
  return renderTs(project, fileRel, tsBanner([ir.errors.sourceFile, ...ir.namespaces.map((n) => n.sourceFile)]), statements);
}

export function emitReadme(ir: CatalogIR, catalogLabel: string): string {
  const lines = [
    `<!-- Generated from ${[ir.errors.sourceFile, ...ir.namespaces.map((n) => n.sourceFile)].join(', ')} by \`npm run generate\`. DO NOT EDIT. -->`,
    '',
    '# Generated code: do not edit',
    '',
    `Every file in this folder is generated from the YAML catalog (\`${catalogLabel}/\`) by`,
    '`npm run generate` (codegen/main.ts). Edits made here are lost on the next run, and',
    '`npm run generate -- --check` (part of `npm test`) fails when a file differs from what the',
    'catalog produces.',
    '',
    'To change a method, a param, a response field or an error code: edit the catalog',
    '(format: catalog/README.md), run `npm run generate`, and commit the catalog and this folder',
    'together. To change how code is generated: edit `codegen/`.',
    '',
    '| file | contents |',
    '|---|---|',
    '| `errors.gen.ts` | `ErrorCode` (an `as const` map), the code unions, per-method error unions, `errorCodeInfo`, `lookupErrorCode` |',
    ...ir.namespaces.flatMap((ns) => [
      `| \`${files.types(ns.name)}\` | interfaces of the ${ns.name} params, responses and shapes |`,
      `| \`${files.validators(ns.name)}\` | zod schemas of the ${ns.name} params, typed against the interfaces |`,
      `| \`${files.methods(ns.name)}\` | ${ns.name} method descriptors, per-method functions, \`${ns.names.namespaceInterface}\`, \`${ns.names.bindFunction}\` |`,
      `| \`${files.namespaceIndex(ns.name)}\` | everything of the ${ns.name} namespace |`,
    ]),
    `| \`index.ts\` | ${[...Object.values(N), ERRORS_MODULE_NAMES.lookup].map((n) => `\`${n}\``).join(', ')} |`,
    '',
    'The output is deterministic (sorted, no timestamps, one formatting pass): generating twice gives',
    'identical bytes.',
    '',
  ];
  return lines.join('\n');
}
