/**
 * Emits `<ns>/methods.gen.ts`: one descriptor and one per-method function per method, the bound
 * namespace interface (TSDoc on each property, so hovering `client.socialize.setStatus` shows the
 * docs) and `bind<Ns>(invoker)`. Descriptors are `/* @__PURE__ *\/` calls whose arguments have no
 * side effects (no object spreads), so a bundler drops every method a bundle does not use.
 */
import {
  compareStrings,
  shapesInDependencyOrder,
  type ErrorCodeIR,
  type MethodIR,
  type NamespaceIR,
  type TypeRef,
} from '../ir.js';
import { files, propertyKey } from '../naming.js';
import {
  arrayLiteral,
  block,
  constDeclaration,
  docComment,
  functionDeclaration,
  generatedModule,
  objectLiteral,
  RUNTIME_MODULE,
  TsFile,
  type Binder,
  type Doc,
  type RuntimeImport,
} from './code.js';
import {
  deprecationTags,
  doc,
  errorsParagraph,
  hintValue,
  methodSeeTags,
  sourcesParagraph,
  str,
  tsBanner,
  verificationTags,
  type Provenance,
} from './common.js';
import { instantiate, resultName, SiteTypes, type NamespaceContext } from './types.js';

/** The file-local helpers of a methods module that hand values to the runtime unchecked. */
const UNCHECKED = { invoke: 'invokeUnchecked' } as const;

/** The flow states of a method in words: which codes resolve, which throw, and what each carries. */
function flowsParagraph(m: MethodIR): string | undefined {
  const carried = (fields: readonly { name: string }[]): string =>
    fields.length === 0 ? '' : ` with ${fields.map((f) => `\`${f.name}\``).join(', ')}`;
  const resolves = m.resultFlows.map((f) => `${f.code} ${f.name}${carried(f.fields)}`);
  const throws = m.errorFlows.map((f) => `${f.code} ${f.name}${carried(f.fields)}`);
  const parts = [
    resolves.length > 0
      ? `Resolves with \`errorCode\` telling a flow state apart from a plain success: ${resolves.join('; ')}.`
      : undefined,
    throws.length > 0
      ? 'Throws for these flow states, the fields typed on `error.response` once `errorCode` is narrowed: ' +
        `${throws.join('; ')}.`
      : undefined,
  ].filter((p) => p !== undefined);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** TSDoc of a method: description, notes, facts, provenance, flows, errors, deprecation and link. */
export function methodDoc(
  m: MethodIR,
  codes: ReadonlyMap<number, ErrorCodeIR>,
  prov: Provenance,
  extraTags: { tagName: string; text?: string }[] = [],
): Doc {
  const facts = [
    `Calls \`${m.wireName}\`.`,
    m.access === 'public' ? 'Works with an API key alone.' : 'Needs signed credentials.',
    m.safeToRepeat
      ? 'Safe to repeat: transport failures are retried.'
      : 'Not safe to repeat: transport failures are not retried.',
  ].join(' ');
  const tags = [...verificationTags(m, 'params and fields'), ...extraTags, ...deprecationTags(m), ...methodSeeTags(m)];
  return doc(
    [
      m.description,
      ...m.notes,
      facts,
      m.status === 'legacy' ? 'Legacy: documented only in older references.' : undefined,
      sourcesParagraph(m, prov),
      flowsParagraph(m),
      errorsParagraph(m, codes, prov),
    ],
    tags,
  );
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

/** The names a methods module takes from the runtime, the error table, the types and the validators. */
class MethodModule {
  readonly types: ReturnType<typeof generatedModule>;
  readonly validators: ReturnType<typeof generatedModule>;
  readonly errors = generatedModule(files.errors);
  constructor(
    readonly bind: Binder,
    ns: NamespaceIR,
  ) {
    this.types = generatedModule(files.types(ns.name));
    this.validators = generatedModule(files.validators(ns.name));
  }
  runtimeValue(name: string): string {
    return this.bind.value(RUNTIME_MODULE, name);
  }
  runtimeType(name: string): string {
    return this.bind.type(RUNTIME_MODULE, name);
  }
  /** `<Params, Result, ErrorUnion>` of a method; `arg` instantiates the site-generic ones. */
  typeArgs(m: MethodIR, arg?: string): string {
    const params = this.bind.type(this.types, m.names.params);
    const result = this.bind.type(this.types, resultName(m));
    return (
      `${arg !== undefined ? instantiate(params, m.siteParams, arg) : params}, ` +
      `${arg !== undefined ? instantiate(result, m.siteResponse, arg) : result}, ` +
      `${this.bind.type(this.errors, m.names.errorUnion)}`
    );
  }
  /** The fourth type argument of `BoundMethod`: what the method's error codes carry, when some do. */
  errorFields(m: MethodIR): string {
    return m.errorFlows.length > 0 ? `, ${this.bind.type(this.types, m.names.errorFields)}` : '';
  }
}

/** The method uses the site's schema in its params or its result. */
function isSiteMethod(m: MethodIR): boolean {
  return m.siteParams || m.siteResponse;
}

export function emitMethods(
  ctx: NamespaceContext,
  codes: ReadonlyMap<number, ErrorCodeIR>,
  runtime: RuntimeImport,
): string {
  const { ns, prov } = ctx;
  const file = new TsFile(files.methods(ns.name), tsBanner(ns.sourceFiles, { unchecked: true }), runtime);
  const mod = new MethodModule(file.bind, ns);
  const site = new SiteTypes(file.bind, ns);

  const invoker = mod.runtimeType('Invoker');
  const callOptions = mod.runtimeType('CallOptions');
  file.add(
    [
      '/**',
      " * An unchecked pass, so that a user's compiler does not instantiate `invoke` for every method:",
      ' * validators.check.ts type-checks the same calls.',
      ' */',
      `function ${UNCHECKED.invoke}(invoker: ${invoker}, method: object, params: unknown, options: ` +
        `${callOptions} | undefined): Promise<never> {`,
      `  return invoker.invoke(method as ${mod.runtimeType('MethodDescriptor')}, params, options) as Promise<never>;`,
      '}',
    ].join('\n'),
  );
  // Descriptors and hints are JSON text: literal objects cost a user's compiler a dozen types per
  // method. validators.check.ts builds the same descriptors from typed literals; a test holds them equal.
  const hintsFromJson = (json: JsonHints): string =>
    `/* @__PURE__ */ ${mod.runtimeValue('hintsFromJson')}(${str(JSON.stringify(json.value))}` +
    `${json.shapes.length > 0 ? `, ${arrayLiteral(json.shapes)}` : ''})`;
  const jsonHints = responseHintsJson(ns);
  for (const [name, json] of jsonHints.shapes)
    file.add(constDeclaration({ name, value: hintsFromJson(json), exported: false }));
  for (const m of ns.methods) {
    const methodHints = jsonHints.methods.get(m);
    const args = [
      file.bind.value(mod.validators, m.names.paramsSchema),
      str(JSON.stringify(descriptorFacts(ns, m))),
      ...(methodHints === undefined ? [] : [hintsFromJson(methodHints)]),
    ];
    file.add(
      constDeclaration({
        name: m.names.descriptor,
        value:
          `/* @__PURE__ */ ${mod.runtimeValue('describeMethod')}(${args.join(', ')}) as ` +
          `${mod.runtimeType('MethodDescriptor')}<${mod.typeArgs(m)}>`,
        doc: doc([`Static facts about \`${m.wireName}\` (name, validator, error codes, response hints).`]),
      }),
    );
    const siteMethod = isSiteMethod(m);
    const fnDoc = methodDoc(m, codes, prov, [
      ...(siteMethod
        ? [
            {
              tagName: 'typeParam',
              text: "S - The site's schema: `{ data; preferences; subscriptions }`, each optional.",
            },
          ]
        : []),
      { tagName: 'param', text: 'invoker - A client (`createClient(…)` or `createBaseClient(…)`).' },
      { tagName: 'param', text: `params - See {@link ${m.names.params}}.` },
      { tagName: 'param', text: 'options - Per-call options: timeout, retries, signal, extra params, apiKey.' },
      {
        tagName: 'returns',
        text:
          "The response fields plus the envelope. Throws `GigyaApiError` (typed by the method's error codes) " +
          'or a transport error.',
      },
    ]);
    const paramsType = instantiate(file.bind.type(mod.types, m.names.params), m.siteParams);
    const resultType = instantiate(file.bind.type(mod.types, resultName(m)), m.siteResponse);
    const returns = `Promise<${mod.runtimeType('GigyaResult')}<${resultType}>>`;
    file.add(
      functionDeclaration({
        name: `${m.names.fn}${siteMethod ? site.typeParams() : ''}`,
        doc: fnDoc,
        params: [
          `invoker: ${invoker}`,
          `params${m.paramsOptional ? '?' : ''}: ${paramsType}`,
          `options?: ${callOptions}`,
        ],
        returns,
        // The descriptor is typed for the default schema; the site's types exist only for the compiler.
        // Unchecked: validators.check.ts makes the same call typed by the descriptor.
        body: [`return ${UNCHECKED.invoke}(invoker, ${m.names.descriptor}, params, options);`],
      }),
    );
  }

  const descriptorNames = ns.methods.map((m) => m.names.descriptor).join(', ');
  file.add(
    constDeclaration({
      name: ns.names.methodList,
      value: `/* @__PURE__ */ ${mod.runtimeValue('listMethods')}(${descriptorNames})`,
      doc: doc([`Every descriptor of the ${ns.name} namespace.`]),
    }),
  );
  file.add(
    constDeclaration({
      name: ns.names.responseRequired,
      type: 'Readonly<Record<string, readonly string[]>>',
      value: `/* @__PURE__ */ JSON.parse(${str(
        JSON.stringify(Object.fromEntries(ns.methods.map((m) => [m.wireName, requiredResponseFields(ns, m)]))),
      )})`,
      doc: doc([
        'Response fields the catalog marks as always present (`required: true`), by wire name, including ' +
          'those of extended shapes. Other fields may be missing.',
      ]),
    }),
  );

  const tree = methodTree(ns.methods);
  const generic = ns.methods.some(isSiteMethod);
  const boundMethod = (m: MethodIR): string => {
    const args = mod.typeArgs(m, isSiteMethod(m) ? 'S' : undefined);
    if (m.cursor === undefined) return `${mod.runtimeType('BoundMethod')}<${args}${mod.errorFields(m)}>`;
    // A cursor method also pages: its item type is the element of the items field, and the cursor's
    // own params are the paginator's to send.
    const fields = mod.errorFields(m) || `, ${mod.runtimeType('NoFlowFields')}`;
    const own = [m.cursor.open, m.cursor.param].map(str).join(' | ');
    return `${mod.runtimeType('CursorMethod')}<${args}${fields}, ${str(m.cursor.items)}, ${own}>`;
  };
  const groupDocs = new Map(ns.groups.map((g) => [g.path, g.description] as const));
  const interfaceBody = (group: Group, prefix: string): string[] =>
    sortedKeys(group).flatMap((key) => {
      const lines: string[] = [];
      const m = group.methods.get(key);
      if (m) lines.push(`${docComment(methodDoc(m, codes, prov))}readonly ${propertyKey(key)}: ${boundMethod(m)};`);
      const sub = group.groups.get(key);
      if (sub) {
        const path = prefix === '' ? key : `${prefix}.${key}`;
        const text = groupDocs.get(path);
        const groupDoc = doc([
          text,
          `The methods of \`${ns.name}.${path}\`: \`client.${ns.name}.${path}.<method>(params, options?)\`.`,
        ]);
        lines.push(`${docComment(groupDoc)}readonly ${propertyKey(key)}: ${block(interfaceBody(sub, path))};`);
      }
      return lines;
    });
  const nsDoc = doc(
    [
      ns.description,
      `The \`${ns.name}\` namespace: \`client.${ns.name}.<method>(params, options?)\`.`,
      generic
        ? "Methods that read or write an account's data, preferences or subscriptions are typed with the " +
          "site's schema `S`, given once: `createClient<{ data: MyData }>(options)`."
        : undefined,
    ],
    [
      ...(generic
        ? [
            {
              tagName: 'typeParam',
              text: "S - The site's schema: `{ data; preferences; subscriptions }`, each optional.",
            },
          ]
        : []),
      ...(ns.docs ? [{ tagName: 'see', text: `{@link ${ns.docs} | ${ns.name} reference}` }] : []),
    ],
  );
  file.add(
    `${docComment(nsDoc)}export interface ${ns.names.namespaceInterface}${generic ? site.typeParams() : ''} ` +
      `${block(interfaceBody(tree, ''))}`,
  );
  file.add(
    functionDeclaration({
      name: ns.names.bindFunction,
      doc: doc([`Binds every ${ns.name} method to an invoker (a client); \`createClient\` does this for you.`]),
      params: [`invoker: ${invoker}`],
      returns: ns.names.namespaceInterface,
      // One untyped table instead of a generic call per method; validators.check.ts binds them one by one.
      body: [
        `return ${mod.runtimeValue('bindMethods')}(invoker, ` +
          `${objectLiteral(methodPaths(tree).map(([path, m]) => [pathKey(path), m.names.descriptor] as const))}) as ` +
          `${ns.names.namespaceInterface};`,
      ],
    }),
  );
  return file.render();
}

/** A method's descriptor facts but its validator and hints, in the order of `MethodDescriptor`'s fields. */
function descriptorFacts(ns: NamespaceIR, m: MethodIR): Record<string, unknown> {
  const facts: Record<string, unknown> = {
    name: m.wireName,
    safeToRepeat: m.safeToRepeat,
    errorCodes: m.errorCodes,
    csvParams: m.csvParams,
    access: m.access,
  };
  if (m.deprecated !== undefined) facts['deprecated'] = m.deprecated;
  if (m.aliases.length > 0) facts['aliases'] = Object.fromEntries(m.aliases.map((a) => [a.spelling, a.name]));
  if (m.cursor !== undefined) {
    const { open, param, next, items, pageSize } = m.cursor;
    facts['cursor'] = {
      open,
      param,
      next,
      items,
      ...(pageSize === undefined
        ? {}
        : {
            pageSize: { param: pageSize.param, ...(pageSize.clause === undefined ? {} : { clause: pageSize.clause }) },
          }),
    };
  }
  const alwaysPresent = requiredResponseFields(ns, m);
  if (alwaysPresent.length > 0) facts['alwaysPresent'] = alwaysPresent;
  return facts;
}

/** A JSON value as a TypeScript literal, written as the emitters write literals. */
function tsLiteral(value: unknown): string {
  if (typeof value === 'string') return str(value);
  if (Array.isArray(value)) return arrayLiteral(value.map(tsLiteral));
  if (typeof value === 'object' && value !== null)
    return objectLiteral(Object.entries(value).map(([k, v]) => [propertyKey(k), tsLiteral(v)] as const));
  return String(value);
}

/**
 * The same descriptor as a typed `defineMethod` call, for validators.check.ts, from the same facts
 * as the JSON text; `hints` is its hints literal.
 */
function descriptorLiteral(mod: MethodModule, ns: NamespaceIR, m: MethodIR, hints: string | undefined): string {
  const { alwaysPresent, ...facts } = descriptorFacts(ns, m);
  const entries: [string, string][] = [];
  for (const [key, value] of Object.entries(facts)) {
    entries.push([key, key === 'errorCodes' ? `${tsLiteral(value)} as const` : tsLiteral(value)]);
    // The check file's own schema of that name: the typed expression validators.gen.ts emits untyped.
    if (key === 'errorCodes') entries.push(['params', m.names.paramsSchema]);
  }
  if (hints !== undefined) entries.push(['responseHints', hints]);
  if (alwaysPresent !== undefined) entries.push(['alwaysPresent', tsLiteral(alwaysPresent)]);
  return `${mod.runtimeValue('defineMethod')}<${mod.typeArgs(m)}>(${objectLiteral(entries)})`;
}

/**
 * Hints in JSON form as a literal, for validators.check.ts: a shape's number becomes the name of
 * its hints, declared before in the same function.
 */
function hintsLiteral(json: JsonHints): string {
  const hint = (value: unknown): string => {
    if (typeof value === 'string') return str(value);
    const { fields, items } = value as { fields?: number; items?: unknown };
    return fields !== undefined ? `{ fields: ${json.shapes[fields]} }` : `{ items: ${hint(items)} }`;
  };
  return objectLiteral(
    Object.entries(json.value as Record<string, unknown>).map(([k, v]) => [propertyKey(k), hint(v)] as const),
  );
}

/** Hints as `hintsFromJson` reads them: the JSON value and the shape hints its numbers refer to. */
interface JsonHints {
  readonly value: unknown;
  readonly shapes: readonly string[];
}

/**
 * The response hints of a namespace: the shared hints of shapes (in dependency order; a
 * back-reference, a cycle, stays 'json') and each method's, with the fields of extended shapes
 * written out (a spread would keep bundlers from dropping the descriptor). methods.gen.ts writes them
 * as JSON text, validators.check.ts as literals typed `ResponseHints` (`hintsLiteral`).
 */
function responseHintsJson(ns: NamespaceIR): { shapes: [string, JsonHints][]; methods: Map<MethodIR, JsonHints> } {
  const shapesByName = new Map(ns.shapes.map((s) => [s.name, s] as const));
  const declared = new Set<string>();
  const literal = (fields: readonly { name: string; type: TypeRef }[]): JsonHints => {
    const shapes: string[] = [];
    const ref = (name: string): number | undefined => {
      const hints = declared.has(name) ? shapesByName.get(name)?.names.hints : undefined;
      if (hints === undefined) return undefined;
      const at = shapes.indexOf(hints);
      return at >= 0 ? at : shapes.push(hints) - 1;
    };
    return { value: Object.fromEntries(fields.map((f) => [f.name, hintValue(f.type, ref)])), shapes };
  };
  const shapes: [string, JsonHints][] = [];
  for (const shape of shapesInDependencyOrder(ns.shapes, (s) => s.inResponses)) {
    shapes.push([shape.names.hints, literal(shape.fields)]);
    declared.add(shape.name);
  }
  const methods = new Map<MethodIR, JsonHints>();
  for (const m of ns.methods) {
    const extended = m.response.extends.flatMap((name) => shapesByName.get(name)?.fields ?? []);
    const fields = [...extended, ...m.response.fields];
    if (fields.length > 0) methods.set(m, literal(fields));
  }
  return { shapes, methods };
}

/** Every method of the tree with its path in the namespace (`facebook.deauthorize`), groups in place. */
/** The key of a method path in the bound object: a dotted path is quoted. */
function pathKey(path: string): string {
  return path.includes('.') ? str(path) : propertyKey(path);
}

function methodPaths(group: Group, prefix = ''): [string, MethodIR][] {
  return sortedKeys(group).flatMap((key) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    const m = group.methods.get(key);
    const sub = group.groups.get(key);
    return [...(m ? [[path, m] as [string, MethodIR]] : []), ...(sub ? methodPaths(sub, path) : [])];
  });
}

/**
 * The proof behind the methods module, added to validators.check.ts: the response hints typed as
 * the runtime reads them, and each method bound with its own generic call, returned as the namespace
 * interface (what `bindMethods` is declared to give).
 */
export function addMethodChecks(file: TsFile, ns: NamespaceIR): void {
  const mod = new MethodModule(file.bind, ns);
  const methodsModule = generatedModule(files.methods(ns.name));
  const hintsType = mod.runtimeType('ResponseHints');
  const hints = responseHintsJson(ns);
  file.add(
    functionDeclaration({
      name: 'descriptorsChecked',
      doc: doc([
        "The methods module's descriptors built from typed literals, by wire name: the hints typed as the " +
          'runtime reads them, each descriptor as its method declares it. A test holds them equal to the ' +
          "module's, which it builds from JSON text.",
      ]),
      params: [],
      returns: `Readonly<Record<string, ${mod.runtimeType('MethodDescriptor')}>>`,
      body: [
        ...hints.shapes.map(([name, json]) => `const ${name}: ${hintsType} = ${hintsLiteral(json)};`),
        `return ${objectLiteral(
          ns.methods.map((m) => {
            const methodHints = hints.methods.get(m);
            const literal = descriptorLiteral(mod, ns, m, methodHints && hintsLiteral(methodHints));
            return [str(m.wireName), literal] as const;
          }),
        )};`,
      ],
    }),
  );
  // Each method's call as its function declares it, typed by the descriptor (type arguments given,
  // as inferring them costs more); the site's types exist only for the compiler.
  const site = new SiteTypes(file.bind, ns);
  for (const m of ns.methods) {
    const descriptor = file.bind.value(methodsModule, m.names.descriptor);
    const siteMethod = isSiteMethod(m);
    const paramsType = instantiate(file.bind.type(mod.types, m.names.params), m.siteParams);
    const resultType = instantiate(file.bind.type(mod.types, resultName(m)), m.siteResponse);
    file.add(
      functionDeclaration({
        name: `${m.names.fn}Checked${siteMethod ? site.typeParams() : ''}`,
        params: [
          `invoker: ${mod.runtimeType('Invoker')}`,
          `params${m.paramsOptional ? '?' : ''}: ${paramsType}`,
          `options?: ${mod.runtimeType('CallOptions')}`,
        ],
        returns: `Promise<${mod.runtimeType('GigyaResult')}<${resultType}>>`,
        body: [
          siteMethod
            ? `return invoker.invoke<${mod.typeArgs(m, 'S')}>(${descriptor} as unknown as ` +
              `${mod.runtimeType('MethodDescriptor')}<${mod.typeArgs(m, 'S')}>, params, options);`
            : `return invoker.invoke<${mod.typeArgs(m)}>(${descriptor}, params, options);`,
        ],
      }),
    );
  }
  const bindBody = (group: Group): string[] =>
    sortedKeys(group).flatMap((key) => {
      const lines: string[] = [];
      const m = group.methods.get(key);
      const bind = mod.runtimeValue(m?.cursor ? 'bindCursorMethod' : 'bindMethod');
      if (m)
        lines.push(`${propertyKey(key)}: ${bind}(invoker, ${file.bind.value(methodsModule, m.names.descriptor)}),`);
      const sub = group.groups.get(key);
      if (sub) lines.push(`${propertyKey(key)}: ${block(bindBody(sub))},`);
      return lines;
    });
  file.add(
    functionDeclaration({
      name: `${ns.names.bindFunction}Checked`,
      params: [`invoker: ${mod.runtimeType('Invoker')}`],
      returns: file.bind.type(methodsModule, ns.names.namespaceInterface),
      body: [`return ${block(bindBody(methodTree(ns.methods)))};`],
    }),
  );
}
