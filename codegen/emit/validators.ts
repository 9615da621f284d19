/**
 * Emits `<ns>/validators.gen.ts` and its proof, `<ns>/validators.check.ts`.
 *
 * The validators are zod schemas declared as their interfaces (`z.ZodType<Params>`), so the
 * interfaces stay the source of truth. Each schema is written inside a `lazySchema((z) => …)`
 * builder that receives zod untyped: a user's compiler neither computes zod's types for it nor
 * re-proves that they match the interface (that proof is what made type-checking a large catalog
 * slow). Schemas are built on first use, so importing a namespace constructs none of them, and
 * `lazySchema` comes from the runtime, which loads zod only then: the module imports zod's types only.
 *
 * The check file also holds the methods module's proof (`addMethodChecks`: response hints typed,
 * each method bound one by one as its namespace interface declares it).
 *
 * The check file holds the same expressions, once typed against the interface (what passes a
 * validator has the interface's type) and once checked the other way (the same fields, and every
 * value the interface allows passes the validator: never stricter than the types). `npm test` type-checks it; nothing
 * imports it and the package does not ship it. Objects are strict: an unknown param is rejected at
 * runtime as it is at compile time.
 */
import { shapesInDependencyOrder, type FieldIR, type NamespaceIR, type ShapeIR, type TypeRef } from '../ir.js';
import { files, propertyKey, VALIDATOR_HELPERS, ZOD_NAMESPACE } from '../naming.js';
import {
  block,
  constDeclaration,
  generatedModule,
  indentRest,
  RUNTIME_MODULE,
  TsFile,
  ZOD_MODULE,
  type ModuleRef,
  type RuntimeImport,
} from './code.js';
import { doc, str, tsBanner, zodType, type Position } from './common.js';
import { addMethodChecks } from './methods.js';

/** One schema of a namespace: its name, the interface it validates and its zod expression. */
export interface SchemaSource {
  readonly name: string;
  readonly type: string;
  /** Params with a second spelling: the client passes the catalog's name to the validator, never the other. */
  readonly spellings: readonly string[];
  readonly doc: string;
  readonly expression: string;
  /** The object has no fields: nothing to accept but `{}`. */
  readonly empty: boolean;
  /** Validates the shape inside a merge param: `type` is then wrapped in `MergePatch`. */
  readonly patch: boolean;
}

/**
 * Shapes a merge param reaches where they are merged too: through shape fields and map values,
 * not through arrays (an array is replaced whole, so its elements are complete).
 */
function patchedShapesIn(type: TypeRef): string[] {
  switch (type.kind) {
    case 'shape':
      return [type.name];
    case 'map':
      return patchedShapesIn(type.of);
    default:
      return [];
  }
}

/**
 * The schemas of a namespace in declaration order: param shapes (dependencies first), then params.
 * Every params schema also accepts the common params (`cid`, `context`, …).
 */
export function schemaSources(ns: NamespaceIR, commonParams: readonly FieldIR[] = []): SchemaSource[] {
  const shapes = shapesInDependencyOrder(ns.shapes, (s) => s.inParams);
  const byName = new Map<string, ShapeIR>(ns.shapes.map((s) => [s.name, s] as const));
  const declared = new Set<string>();
  const schemaOf = (name: string): string => {
    const schema = byName.get(name)?.names.schema ?? name;
    // A shape used before its declaration (a cycle) is referenced lazily.
    return declared.has(name) ? schema : `${ZOD_NAMESPACE}.lazy(() => ${schema})`;
  };
  // Inside a merge param every field may be left out or be null (which deletes it), at any depth.
  const patchRoots = ns.methods.flatMap((m) => m.params.filter((p) => p.merge).flatMap((p) => patchedShapesIn(p.type)));
  const patched = new Set<string>();
  for (const stack = [...patchRoots]; stack.length > 0; ) {
    const name = stack.pop() as string;
    if (patched.has(name)) continue;
    patched.add(name);
    for (const f of byName.get(name)?.fields ?? []) stack.push(...patchedShapesIn(f.type));
  }
  const patchDeclared = new Set<string>();
  const patchSchemaOf = (name: string): string => {
    const schema = byName.get(name)?.names.patchSchema ?? name;
    return patchDeclared.has(name) ? schema : `${ZOD_NAMESPACE}.lazy(() => ${schema})`;
  };
  const patchType = (type: TypeRef, enumValues: readonly string[] | undefined): string => {
    if (type.kind === 'shape') return patchSchemaOf(type.name);
    if (type.kind === 'map')
      return (
        `${ZOD_NAMESPACE}.record(${ZOD_NAMESPACE}.string(), ${patchType(type.of, enumValues)}.nullable().option` +
        `al())`
      );
    return zodType(type, 'nested', enumValues, schemaOf);
  };
  const patchSchema = (fields: readonly FieldIR[]): string => {
    if (fields.length === 0) return `${ZOD_NAMESPACE}.strictObject({})`;
    const lines = fields.map((f) => `  ${propertyKey(f.name)}: ${patchType(f.type, f.enum)}.nullable().optional(),`);
    return `${ZOD_NAMESPACE}.strictObject({\n${lines.join('\n')}\n})`;
  };
  const field = (f: FieldIR, position: Position): string =>
    f.merge
      ? `  ${propertyKey(f.name)}: ${patchType(f.type, f.enum)}${f.required ? '' : '.optional()'},`
      : `  ${propertyKey(f.name)}: ${zodType(f.type, position, f.enum, schemaOf)}${f.required ? '' : '.optional()'},`;
  const objectSchema = (fields: readonly FieldIR[], position: Position): string => {
    if (fields.length === 0) return `${ZOD_NAMESPACE}.strictObject({})`;
    // Only sent values are validated: an optional field may be undefined anywhere (see fieldMember).
    const lines = fields.map((f) => field(f, position));
    return `${ZOD_NAMESPACE}.strictObject({\n${lines.join('\n')}\n})`;
  };
  const out: SchemaSource[] = [];
  for (const shape of shapes) {
    out.push({
      name: shape.names.schema,
      type: shape.names.type,
      spellings: [],
      doc: `Validates a {@link ${shape.names.type}} passed inside params.`,
      expression: objectSchema(shape.fields, 'nested'),
      empty: shape.fields.length === 0,
      patch: false,
    });
    declared.add(shape.name);
  }
  for (const shape of shapesInDependencyOrder(ns.shapes, (s) => patched.has(s.name))) {
    out.push({
      name: shape.names.patchSchema,
      type: shape.names.type,
      spellings: [],
      doc: `Validates a {@link ${shape.names.type}} inside a param Gigya merges: any field may be left out or null.`,
      expression: patchSchema(shape.fields),
      empty: shape.fields.length === 0,
      patch: true,
    });
    patchDeclared.add(shape.name);
  }
  for (const m of ns.methods) {
    const own = new Set(m.params.map((p) => p.name));
    const fields = [...m.params, ...commonParams.filter((p) => !own.has(p.name))];
    out.push({
      name: m.names.paramsSchema,
      type: m.names.params,
      spellings: m.aliases.map((a) => a.spelling),
      doc: `Validates the params of \`${m.wireName}\` (with the common ones); unknown params are rejected.`,
      expression: objectSchema(fields, 'param'),
      empty: fields.length === 0,
      patch: false,
    });
  }
  return out;
}

/** The type a schema validates: its interface, or `MergePatch` of it for a schema inside a merge param. */
function schemaType(file: TsFile, types: ModuleRef, s: SchemaSource): string {
  const type = file.bind.type(types, s.type);
  return s.patch ? `${file.bind.type(RUNTIME_MODULE, 'MergePatch')}<${type}>` : type;
}

/**
 * `lazySchema<Type>((z) => expression)`, laid out as a formatter would. The type argument is
 * explicit: inferring it from the declared type costs the compiler more than writing it.
 */
function lazyCall(type: string, expression: string): string {
  const head = `${VALIDATOR_HELPERS.lazy}<${type}>((${ZOD_NAMESPACE}) =>`;
  return expression.includes('\n') ? `${head}\n  ${indentRest(expression)},\n)` : `${head} ${expression})`;
}

export function emitValidators(ns: NamespaceIR, runtime: RuntimeImport, commonParams: readonly FieldIR[] = []): string {
  const file = new TsFile(files.validators(ns.name), tsBanner(ns.sourceFiles, { unchecked: true }), runtime);
  // zod is a type here: the runtime's lazySchema loads it when a schema is first read, not at import.
  const z = file.bind.namespace(ZOD_MODULE, ZOD_NAMESPACE, true);
  const types = generatedModule(files.types(ns.name));
  const sources = schemaSources(ns, commonParams);
  if (sources.length > 0) file.bind.value(RUNTIME_MODULE, VALIDATOR_HELPERS.lazy);
  for (const s of sources) {
    const type = schemaType(file, types, s);
    file.add(
      constDeclaration({
        name: s.name,
        type: `${z}.ZodType<${type}>`,
        value: `/* @__PURE__ */ ${lazyCall(type, s.expression)}`,
        doc: doc([s.doc]),
      }),
    );
  }
  return file.render();
}

export function emitValidatorChecks(
  ns: NamespaceIR,
  runtime: RuntimeImport,
  commonParams: readonly FieldIR[] = [],
): string {
  const fileRel = files.validatorChecks(ns.name);
  const file = new TsFile(fileRel, tsBanner(ns.sourceFiles), runtime);
  const z = file.bind.namespace(ZOD_MODULE, ZOD_NAMESPACE);
  const types = generatedModule(files.types(ns.name));
  const sources = schemaSources(ns, commonParams);
  file.add(
    [
      `// The proof behind ${files.validators(ns.name).split('/').pop()}, which declares each schema as its ` +
        'interface without',
      "// making a user's compiler check it, and behind the response hints and bindings of",
      `// ${files.methods(ns.name).split('/').pop()}. \`npm test\` type-checks this file; nothing imports it.`,
    ].join('\n'),
  );
  // Typed against the interface: every value a validator lets through has the interface's type.
  for (const s of sources)
    file.add(
      constDeclaration({ name: s.name, type: `${z}.ZodType<${schemaType(file, types, s)}>`, value: s.expression }),
    );
  if (sources.every((s) => s.empty)) {
    addMethodChecks(file, ns);
    return file.render();
  }
  const { matches, accepted, agreement } = VALIDATOR_HELPERS;
  file.add(
    [
      '/** Input types as a validator sees them at run time: a readonly array is an array. */',
      `type ${accepted}<T> = T extends readonly (infer E)[] ? readonly ${accepted}<E>[] : T extends object ? ` +
        `{ [K in keyof T]: ${accepted}<T[K]> } : T;`,
      '',
      '/** `true`, or what is wrong: the fields differ, or some value of `T` does not pass. */',
      `type ${agreement}<T, Input> = [Exclude<keyof T, keyof Input>, Exclude<keyof Input, keyof T>] extends ` +
        '[never, never]',
      `  ? [T] extends [${accepted}<Input>] ? true : 'refuses values its interface allows'`,
      "  : 'has other fields than its interface';",
      '',
      '/** Compiles only when `schema` has the fields of `T` and accepts every value of `T`. */',
      `function ${matches}<T>(): <S extends ${z}.ZodType>(schema: S & (${agreement}<T, ${z}.input<S>> extends true ` +
        `? unknown : { readonly problem: ${agreement}<T, ${z}.input<S>> })) => void {`,
      '  return () => {};',
      '}',
    ].join('\n'),
  );
  // The other way: a validator has its interface's fields and accepts every value the interface allows,
  // so it is never stricter than its type. A strict object without fields is left out: zod types its
  // input as `Record<string, never>`, and `{}`, all its interface allows, passes it.
  // A second spelling never reaches the validator (the client renames it first), so the proof is
  // about the type without it.
  const lines = sources
    .filter((s) => !s.empty)
    .map((s) => {
      const type = schemaType(file, types, s);
      const spelled = s.spellings.map((sp) => `${propertyKey(sp)}?: undefined`).join('; ');
      const checked =
        s.spellings.length > 0 ? `Omit<Extract<${type}, { ${spelled} }>, ${s.spellings.map(str).join(' | ')}>` : type;
      return `${matches}<${checked}>()(${s.expression});`;
    });
  file.add(`export function ${VALIDATOR_HELPERS.matchesAll}(): void ${block(lines)}`);
  addMethodChecks(file, ns);
  return file.render();
}
