/**
 * Emits `<ns>/methods.gen.ts`: one descriptor and one per-method function per method, the bound
 * namespace interface (TSDoc on each property, so hovering `client.socialize.setStatus` shows the
 * docs) and `bind<Ns>(invoker)`.
 */
import { StructureKind, type CodeBlockWriter, type JSDocStructure, type OptionalKind, type Project } from 'ts-morph';
import { compareStrings, shapesInDependencyOrder, type MethodIR, type NamespaceIR } from '../ir.js';
import { files, moduleSpecifier, propertyKey } from '../naming.js';
import { constStatement, deprecationTags, doc, hintExpr, methodSeeTags, objectLiteral, renderTs, runtimeSpecifier, str, tsBanner, verificationTags, type RuntimeImport, type Statement, type StatementStructures } from './common.js';

/** TSDoc of a method: description, notes, facts, errors, deprecation and link. */
export function methodDoc(m: MethodIR, codeNames: ReadonlyMap<number, string>, extraTags: { tagName: string; text?: string }[] = []): OptionalKind<JSDocStructure> {
  const facts = [
    `Calls \`${m.wireName}\`.`,
    m.access === 'public' ? 'Works with an API key alone.' : 'Needs signed credentials.',
    m.safeToRepeat ? 'Safe to repeat: transport failures are retried.' : 'Not safe to repeat: transport failures are not retried.',
  ].join(' ');
  const own = m.ownErrorCodes.map((c) => `${c} ${codeNames.get(c) ?? ''}`.trim());
  const errors = own.length > 0 ? `Errors besides the common ones: ${own.join(', ')}.` : undefined;
  const tags = [...verificationTags(m, 'params and fields'), ...extraTags, ...deprecationTags(m), ...methodSeeTags(m)];
  return doc([m.description, ...m.notes, facts, m.status === 'legacy' ? 'Legacy: documented only in older references.' : undefined, errors], tags);
}

/** Top-level response fields that are always present: those of extended shapes, then the method's own. */
export function requiredResponseFields(ns: NamespaceIR, m: MethodIR): string[] {
  const shapeFields = m.response.extends.flatMap((name) => ns.shapes.find((s) => s.name === name)?.fields ?? []);
  return [...shapeFields, ...m.response.fields].filter((f) => f.required).map((f) => f.name);
}

/** A tree of method paths: `facebook.deauthorize` nests under `facebook`. */
interface Group {
  readonly methods: Map<string, MethodIR>;
  readonly groups: Map<string, Group>;
}

function methodTree(methods: readonly MethodIR[]): Group {
  const root: Group = { methods: new Map(), groups: new Map() };
  for (const m of methods) {
    let node = root;
    const path = m.names.path;
    for (const part of path.slice(0, -1)) {
      let next = node.groups.get(part);
      if (!next) {
        next = { methods: new Map(), groups: new Map() };
        node.groups.set(part, next);
      }
      node = next;
    }
    node.methods.set(path[path.length - 1] as string, m);
  }
  return root;
}

function sortedKeys(group: Group): string[] {
  return [...new Set([...group.methods.keys(), ...group.groups.keys()])].sort(compareStrings);
}

function boundType(m: MethodIR): string {
  return `BoundMethod<${m.names.params}, ${m.names.response}, ${m.names.errorUnion}>`;
}

function writeDoc(w: CodeBlockWriter, d: OptionalKind<JSDocStructure>): void {
  const lines = [...String(d.description ?? '').split('\n')];
  for (const t of d.tags ?? []) lines.push(`@${t.tagName}${t.text ? ` ${String(t.text)}` : ''}`);
  while (lines.length > 0 && lines[0] === '') lines.shift();
  if (lines.length === 1) {
    w.writeLine(`/** ${lines[0]} */`);
    return;
  }
  w.writeLine('/**');
  for (const line of lines) w.writeLine(line === '' ? ' *' : ` * ${line}`);
  w.writeLine(' */');
}

export function emitMethods(project: Project, ns: NamespaceIR, codeNames: ReadonlyMap<number, string>, runtime: RuntimeImport): string {
  const fileRel = files.methods(ns.name);
  const statements: Statement[] = [];

  // Shared response hints of shapes, declared in dependency order; a back-reference (cycle) stays 'json'.
  const hintShapes = shapesInDependencyOrder(ns.shapes, (s) => s.inResponses);
  const declaredHints = new Set<string>();
  const hintRef = (name: string): string | undefined => (declaredHints.has(name) ? ns.shapes.find((s) => s.name === name)?.names.hints : undefined);
  for (const shape of hintShapes) {
    const entries = shape.fields.map((f) => [propertyKey(f.name), hintExpr(f.type, hintRef)] as const);
    statements.push(constStatement({ name: shape.names.hints, initializer: `${objectLiteral(entries)} as const`, exported: false }));
    declaredHints.add(shape.name);
  }

  for (const m of ns.methods) {
    const descriptor: [string, string][] = [
      ['name', str(m.wireName)],
      ['safeToRepeat', String(m.safeToRepeat)],
      ['errorCodes', `[${m.errorCodes.join(', ')}] as const`],
      ['params', m.names.paramsSchema],
      ['csvParams', `[${m.csvParams.map(str).join(', ')}]`],
      ['access', str(m.access)],
    ];
    if (m.deprecated !== undefined) descriptor.push(['deprecated', str(m.deprecated)]);
    const hintEntries: string[] = [];
    for (const shape of m.response.extends) {
      const ref = hintRef(shape);
      if (ref) hintEntries.push(`...${ref},`);
    }
    for (const f of m.response.fields) hintEntries.push(`${propertyKey(f.name)}: ${hintExpr(f.type, hintRef)},`);
    if (hintEntries.length > 0) descriptor.push(['responseHints', `{\n${hintEntries.join('\n')}\n}`]);
    const alwaysPresent = requiredResponseFields(ns, m);
    if (alwaysPresent.length > 0) descriptor.push(['alwaysPresent', `[${alwaysPresent.map(str).join(', ')}]`]);

    statements.push(
      constStatement({
        name: m.names.descriptor,
        initializer: `defineMethod<${m.names.params}, ${m.names.response}, ${m.names.errorUnion}>(${objectLiteral(descriptor)})`,
        docs: doc([`Static facts about \`${m.wireName}\` (name, validator, error codes, response hints).`]),
      }),
    );
    statements.push({
      kind: StructureKind.Function,
      name: m.names.fn,
      isExported: true,
      docs: [
        methodDoc(m, codeNames, [
          { tagName: 'param', text: 'invoker - A client (`createClient(…)` or `createBaseClient(…)`).' },
          { tagName: 'param', text: `params - See {@link ${m.names.params}}.` },
          { tagName: 'param', text: 'options - Per-call options: timeout, retries, signal, extra params.' },
          { tagName: 'returns', text: 'The response fields plus the envelope. Throws `GigyaApiError` (typed by the method\'s error codes) or a transport error.' },
        ]),
      ],
      parameters: [
        { name: 'invoker', type: 'Invoker' },
        { name: 'params', type: m.names.params, hasQuestionToken: m.paramsOptional },
        { name: 'options', type: 'CallOptions', hasQuestionToken: true },
      ],
      returnType: `Promise<GigyaResult<${m.names.response}>>`,
      statements: [`return invoker.invoke(${m.names.descriptor}, params, options);`],
    });
  }

  statements.push(
    constStatement({
      name: ns.names.methodList,
      // Element type `any`: a descriptor's P and R are interfaces, which do not widen to the registry's Record types.
      type: 'readonly MethodDescriptor<any, any, any>[]',
      initializer: ns.methods.length === 0 ? '[]' : `[\n${ns.methods.map((m) => `${m.names.descriptor},`).join('\n')}\n]`,
      docs: doc([`Every descriptor of the ${ns.name} namespace.`]),
    }),
    constStatement({
      name: ns.names.responseRequired,
      type: 'Readonly<Record<string, readonly string[]>>',
      initializer: objectLiteral(ns.methods.map((m) => [str(m.wireName), `[${requiredResponseFields(ns, m).map(str).join(', ')}]`] as const)),
      docs: doc([`Response fields the catalog marks as always present (\`required: true\`), by wire name, including those of extended shapes. Other fields may be missing.`]),
    }),
  );

  const tree = methodTree(ns.methods);
  const writeInterfaceBody = (w: CodeBlockWriter, group: Group, prefix: string): void => {
    for (const key of sortedKeys(group)) {
      const m = group.methods.get(key);
      if (m) {
        writeDoc(w, methodDoc(m, codeNames));
        w.writeLine(`readonly ${propertyKey(key)}: ${boundType(m)};`);
      }
      const sub = group.groups.get(key);
      if (sub) {
        writeDoc(w, doc([`Methods under \`${prefix}.${key}\`.`]));
        w.write(`readonly ${propertyKey(key)}: `).inlineBlock(() => writeInterfaceBody(w, sub, `${prefix}.${key}`)).write(';').newLine();
      }
    }
  };
  const writeBindBody = (w: CodeBlockWriter, group: Group): void => {
    for (const key of sortedKeys(group)) {
      const m = group.methods.get(key);
      if (m) w.writeLine(`${propertyKey(key)}: bindMethod(invoker, ${m.names.descriptor}),`);
      const sub = group.groups.get(key);
      if (sub) w.write(`${propertyKey(key)}: `).inlineBlock(() => writeBindBody(w, sub)).write(',').newLine();
    }
  };

  // Written by hand (not as a structure) so nested groups carry their own TSDoc.
  statements.push((w) => {
    writeDoc(w, doc([ns.description, `The \`${ns.name}\` namespace: \`client.${ns.name}.<method>(params, options?)\`.`], ns.docs ? [{ tagName: 'see', text: `{@link ${ns.docs} | ${ns.name} reference}` }] : []));
    w.write(`export interface ${ns.names.namespaceInterface} `).inlineBlock(() => writeInterfaceBody(w, tree, ns.name)).newLine();
  });
  statements.push({
    kind: StructureKind.Function,
    name: ns.names.bindFunction,
    isExported: true,
    docs: [doc([`Binds every ${ns.name} method to an invoker (a client); \`createClient\` does this for you.`])],
    parameters: [{ name: 'invoker', type: 'Invoker' }],
    returnType: ns.names.namespaceInterface,
    statements: (w) => {
      w.write('return ').inlineBlock(() => writeBindBody(w, tree)).write(';');
    },
  });

  const typeImports = new Set<string>();
  const valueImports = new Set<string>();
  const errorImports = new Set<string>();
  for (const m of ns.methods) {
    typeImports.add(m.names.params);
    typeImports.add(m.names.response);
    valueImports.add(m.names.paramsSchema);
    errorImports.add(m.names.errorUnion);
  }
  const runtimeNamed = [
    { name: 'bindMethod' },
    { name: 'defineMethod' },
    { name: 'BoundMethod', isTypeOnly: true },
    { name: 'CallOptions', isTypeOnly: true },
    { name: 'GigyaResult', isTypeOnly: true },
    { name: 'Invoker', isTypeOnly: true },
    { name: 'MethodDescriptor', isTypeOnly: true },
  ];
  const imports: StatementStructures[] = [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: runtimeSpecifier(runtime, fileRel), namedImports: runtimeNamed }];
  if (errorImports.size > 0) imports.push({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: moduleSpecifier(fileRel, files.errors), namedImports: [...errorImports].sort(compareStrings) });
  if (typeImports.size > 0) imports.push({ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: moduleSpecifier(fileRel, files.types(ns.name)), namedImports: [...typeImports].sort(compareStrings) });
  if (valueImports.size > 0) imports.push({ kind: StructureKind.ImportDeclaration, moduleSpecifier: moduleSpecifier(fileRel, files.validators(ns.name)), namedImports: [...valueImports].sort(compareStrings) });
  return renderTs(project, fileRel, tsBanner([ns.sourceFile]), [...imports, ...statements]);
}
