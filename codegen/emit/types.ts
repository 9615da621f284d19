/** Emits `<ns>/types.gen.ts`: shape, params and response interfaces with TSDoc. */
import { StructureKind, type Project } from 'ts-morph';
import type { NamespaceIR } from '../ir.js';
import { files } from '../naming.js';
import { deprecationTags, doc, methodSeeTags, propertyStructure, renderTs, tsBanner, verificationTags, type StatementStructures } from './common.js';

export function emitTypes(project: Project, ns: NamespaceIR): string {
  const shapeType = (name: string): string => ns.shapes.find((s) => s.name === name)?.names.type ?? name;
  const statements: StatementStructures[] = [];

  for (const shape of ns.shapes) {
    statements.push({
      kind: StructureKind.Interface,
      name: shape.names.type,
      isExported: true,
      docs: [doc([shape.description, `Shape \`${shape.name}\` of the ${ns.name} catalog.`])],
      properties: shape.fields.map((f) => propertyStructure(f, 'nested', shapeType, shape.inParams)),
    });
  }

  for (const m of ns.methods) {
    const deprecatedTag = deprecationTags(m);
    statements.push({
      kind: StructureKind.Interface,
      name: m.names.params,
      isExported: true,
      docs: [doc([`Params of \`${m.wireName}\`: ${m.description}`], [...deprecatedTag, ...methodSeeTags(m)])],
      properties: m.params.map((f) => propertyStructure(f, 'param', shapeType)),
    });
    const extendsList = m.response.extends.map(shapeType);
    statements.push({
      kind: StructureKind.Interface,
      name: m.names.response,
      isExported: true,
      docs: [
        doc(
          [
            `What \`${m.wireName}\` returns besides the envelope fields (\`callId\`, \`errorCode\`, \`statusCode\`, …).`,
            m.response.fields.length === 0 && extendsList.length === 0 ? 'The catalog lists no other fields.' : undefined,
          ],
          [...verificationTags(m, 'fields'), ...deprecatedTag, ...methodSeeTags(m)],
        ),
      ],
      extends: extendsList,
      properties: m.response.fields.map((f) => propertyStructure(f, 'nested', shapeType)),
    });
  }
  return renderTs(project, files.types(ns.name), tsBanner([ns.sourceFile]), statements);
}
