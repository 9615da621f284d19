/**
 * Emits `<ns>/validators.gen.ts`: zod schemas typed against the interfaces (`z.ZodType<Params>`),
 * so the interfaces stay the source of truth and type-checking stays cheap. Objects are strict:
 * an unknown param is rejected at runtime as it is at compile time.
 */
import { StructureKind, type Project } from 'ts-morph';
import { compareStrings, shapesInDependencyOrder, type FieldIR, type NamespaceIR } from '../ir.js';
import { files, moduleSpecifier, propertyKey, ZOD_NAMESPACE } from '../naming.js';
import { constStatement, doc, renderTs, tsBanner, zodType, type Position, type StatementStructures } from './common.js';

export function emitValidators(project: Project, ns: NamespaceIR): string {
  const shapes = shapesInDependencyOrder(ns.shapes, (s) => s.inParams);
  const declared = new Set<string>();
  const schemaOf = (name: string): string => {
    const shape = ns.shapes.find((s) => s.name === name);
    const schema = shape?.names.schema ?? name;
    // A shape used before its declaration (a cycle) is referenced lazily.
    return declared.has(name) ? schema : `z.lazy(() => ${schema})`;
  };
  const objectSchema = (fields: readonly FieldIR[], position: Position): string => {
    if (fields.length === 0) return 'z.strictObject({})';
    const lines = fields.map((f) => {
      const base = zodType(f.type, position, f.enum, schemaOf);
      // Only sent values are validated: an optional field may be undefined anywhere (see propertyStructure).
      const optional = f.required ? '' : '.optional()';
      return `${propertyKey(f.name)}: ${base}${optional},`;
    });
    return `z.strictObject({\n${lines.join('\n')}\n})`;
  };

  const typeImports = new Set<string>();
  const statements: StatementStructures[] = [];
  for (const shape of shapes) {
    typeImports.add(shape.names.type);
    statements.push(
      constStatement({
        name: shape.names.schema,
        type: `${ZOD_NAMESPACE}.ZodType<${shape.names.type}>`,
        initializer: objectSchema(shape.fields, 'nested'),
        docs: doc([`Validates a {@link ${shape.names.type}} passed inside params.`]),
      }),
    );
    declared.add(shape.name);
  }
  for (const m of ns.methods) {
    typeImports.add(m.names.params);
    statements.push(
      constStatement({
        name: m.names.paramsSchema,
        type: `${ZOD_NAMESPACE}.ZodType<${m.names.params}>`,
        initializer: objectSchema(m.params, 'param'),
        docs: doc([`Validates the params of \`${m.wireName}\`; unknown params are rejected.`]),
      }),
    );
  }

  const fileRel = files.validators(ns.name);
  const imports: StatementStructures[] = [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: 'zod', namespaceImport: ZOD_NAMESPACE }];
  if (typeImports.size > 0) {
    imports.push({
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: moduleSpecifier(fileRel, files.types(ns.name)),
      namedImports: [...typeImports].sort(compareStrings),
    });
  }
  return renderTs(project, fileRel, tsBanner([ns.sourceFile]), [...imports, ...statements]);
}
