/** Emits the barrels: `<ns>/index.ts`, the root `index.ts` (MethodMap, registry, namespaces) and README.md. */
import { compareStrings, type CatalogIR, type NamespaceIR } from '../ir.js';
import {
  COMMON_MODULE_NAMES,
  ERROR_DOCS_MODULE_NAMES,
  ERRORS_MODULE_NAMES,
  files,
  ROOT_INDEX_NAMES as N,
} from '../naming.js';
import {
  block,
  constDeclaration,
  functionDeclaration,
  generatedModule,
  interfaceDeclaration,
  RUNTIME_MODULE,
  TsFile,
  type RuntimeImport,
} from './code.js';
import { doc, str, tsBanner } from './common.js';

import { resultName } from './types.js';

/** The namespace is generic over the site's schema (some method reads or writes account data). */
function isGeneric(ns: NamespaceIR): boolean {
  return ns.methods.some((m) => m.siteParams || m.siteResponse);
}

export function emitNamespaceIndex(ns: NamespaceIR, runtime: RuntimeImport): string {
  const file = new TsFile(files.namespaceIndex(ns.name), tsBanner(ns.sourceFiles), runtime);
  for (const part of [files.types(ns.name), files.validators(ns.name), files.methods(ns.name)])
    file.bind.reexportAll(generatedModule(part));
  file.bind.reexport(
    generatedModule(files.errors),
    ns.methods.map((m) => m.names.errorUnion),
    true,
  );
  file.bind.reexport(generatedModule(files.common), [COMMON_MODULE_NAMES.params], true);
  return file.render();
}

export function emitRootIndex(ir: CatalogIR, runtime: RuntimeImport): string {
  const file = new TsFile(
    files.index,
    tsBanner([ir.errors.sourceFile, ...ir.namespaces.flatMap((n) => n.sourceFiles)]),
    runtime,
  );
  const errors = generatedModule(files.errors);
  file.bind.reexport(generatedModule(files.common), [COMMON_MODULE_NAMES.params], true);
  for (const ns of ir.namespaces)
    file.bind.reexport(generatedModule(files.methods(ns.name)), [ns.names.namespaceInterface], true);
  // createClient(options, thisModule) reads the catalog's own error table through these.
  file.bind.reexport(errors, [ERRORS_MODULE_NAMES.runtimeLookup], false);
  file.bind.reexport(generatedModule(files.errorDocs), [ERROR_DOCS_MODULE_NAMES.lookup], false);

  const methods = ir.namespaces
    .flatMap((ns) => ns.methods.map((m) => ({ ns, m })))
    .sort((a, b) => compareStrings(a.m.wireName, b.m.wireName));
  file.add(
    interfaceDeclaration({
      name: N.methodMap,
      doc: doc([
        'Params, response and error codes of every catalogued method, by wire name ' +
          '(what `client.call(name, …)` is typed by).',
      ]),
      members: methods.map(({ ns, m }) => {
        const types = generatedModule(files.types(ns.name));
        return {
          name: str(m.wireName),
          type:
            `{ params: ${file.bind.type(types, m.names.params)}; response: ` +
            `${file.bind.type(types, resultName(m))}; errors: ${file.bind.type(errors, m.names.errorUnion)} }`,
        };
      }),
    }),
  );
  const lists = ir.namespaces.map(
    (ns) => `...${file.bind.value(generatedModule(files.methods(ns.name)), ns.names.methodList)}`,
  );
  file.add(
    constDeclaration({
      name: N.registry,
      type: `ReadonlyMap<string, ${file.bind.type(RUNTIME_MODULE, 'MethodDescriptor')}>`,
      value: `/* @__PURE__ */ new Map(\n  /* @__PURE__ */ [${lists.join(', ')}].map((d) => [d.name, d] as const),\n)`,
      doc: doc(['Descriptors of every catalogued method, by wire name.']),
    }),
  );
  const required = ir.namespaces.map(
    (ns) => `...${file.bind.value(generatedModule(files.methods(ns.name)), ns.names.responseRequired)}`,
  );
  file.add(
    constDeclaration({
      name: N.responseRequired,
      type: 'Readonly<Record<string, readonly string[]>>',
      value: required.length === 0 ? '{}' : `{ ${required.join(', ')} }`,
      doc: doc(['Response fields the catalog marks as always present, by wire name, for every namespace.']),
    }),
  );
  const anyGeneric = ir.namespaces.some(isGeneric);
  const schema = anyGeneric ? file.bind.type(RUNTIME_MODULE, 'SiteSchema') : '';
  file.add(
    interfaceDeclaration({
      name: `${N.namespaces}${anyGeneric ? `<S extends ${schema} = ${schema}>` : ''}`,
      doc: doc([
        'One property per catalogued namespace, as on the client: `client.socialize`.',
        anyGeneric ? "`S` is the site's account schema (`createClient<{ data: MyData }>()`)." : undefined,
      ]),
      members: ir.namespaces.map((ns) => {
        const name = file.bind.type(generatedModule(files.methods(ns.name)), ns.names.namespaceInterface);
        return {
          name: ns.names.property,
          type: isGeneric(ns) ? `${name}<S>` : name,
          readonly: true,
          doc: doc([ns.description]),
        };
      }),
    }),
  );
  const binds = ir.namespaces.map(
    (ns) =>
      `${ns.names.property}: ` +
      `${file.bind.value(generatedModule(files.methods(ns.name)), ns.names.bindFunction)}(invoker),`,
  );
  file.add(
    functionDeclaration({
      name: N.bind,
      doc: doc(['Binds every namespace to an invoker (a client).']),
      params: [`invoker: ${file.bind.type(RUNTIME_MODULE, 'Invoker')}`],
      returns: N.namespaces,
      body: [`return ${block(binds)};`],
    }),
  );
  return file.render();
}

export function emitReadme(ir: CatalogIR, catalogLabel: string, checks: boolean): string {
  const rootExports = [...Object.values(N), ERRORS_MODULE_NAMES.runtimeLookup, ERROR_DOCS_MODULE_NAMES.lookup];
  const lines = [
    '<!-- Generated from ' +
      `${[ir.errors.sourceFile, ...ir.namespaces.flatMap((n) => n.sourceFiles)].join(', ')} by ` +
      '`npm run generate`. DO NOT EDIT. -->',
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
    `| \`${files.errors}\` | \`ErrorCode\` (an \`as const\` map), the code unions, per-method error unions, ` +
      `\`${ERRORS_MODULE_NAMES.runtimeTable}\` and \`${ERRORS_MODULE_NAMES.runtimeLookup}\` ` +
      '(what the runtime needs: name, outcome, retry class) |',
    `| \`${files.common}\` | \`${COMMON_MODULE_NAMES.params}\`: the params every method accepts (common.yaml) |`,
    `| \`${files.errorDocs}\` | \`${ERROR_DOCS_MODULE_NAMES.info}\`, \`${ERROR_DOCS_MODULE_NAMES.table}\`, ` +
      `\`${ERROR_DOCS_MODULE_NAMES.lookup}\`: every fact of a code, with Gigya's messages and descriptions |`,
    ...ir.namespaces.flatMap((ns) => [
      `| \`${files.types(ns.name)}\` | interfaces of the ${ns.name} params, responses and shapes |`,
      `| \`${files.validators(ns.name)}\` | zod schemas of the ${ns.name} params, declared as their ` +
        'interfaces and built on first use (`// @ts-nocheck`: untyped on purpose) |',
      ...(checks
        ? [
            `| \`${files.validatorChecks(ns.name)}\` | the proof that each ${ns.name} schema agrees with its ` +
              "interface, both ways, and the methods module's descriptors, calls and bindings built from typed " +
              'literals (type-checked; generated code never imports it) |',
          ]
        : []),
      `| \`${files.methods(ns.name)}\` | ${ns.name} method descriptors (facts and hints as JSON text), ` +
        `per-method functions, \`${ns.names.namespaceInterface}\`, \`${ns.names.bindFunction}\` ` +
        '(`// @ts-nocheck`: untyped on purpose) |',
      `| \`${files.namespaceIndex(ns.name)}\` | everything of the ${ns.name} namespace |`,
    ]),
    `| \`${files.index}\` | ${rootExports.map((n) => `\`${n}\``).join(', ')} |`,
    '',
    'The output is deterministic (sorted, no timestamps): generating twice gives identical bytes.',
    'Top-level calls are marked `/* @__PURE__ */`, so a bundler keeps only the methods a bundle uses.',
    ...(checks
      ? [
          '',
          'The `*.check.ts` files are for type-checking only. Compiling them costs what the validators',
          'themselves no longer cost a compiler; leave them out of a build that does not need the proof',
          '(`"exclude": ["**/*.check.ts"]`), or generate without them (`--no-checks`).',
        ]
      : []),
    '',
  ];
  return lines.join('\n');
}
