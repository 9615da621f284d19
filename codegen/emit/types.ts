/** Emits `<ns>/types.gen.ts`: shape, params and response interfaces with TSDoc. */
import { StructureKind, type Project } from 'ts-morph';
import type { MethodIR, NamespaceIR } from '../ir.js';
import { files } from '../naming.js';
import { doc, propertyStructure, renderTs, tsBanner, type StatementStructures } from './common.js';

/** Where a method's docs live on the web and how sure the catalog is, as TSDoc tags. */
export function methodSeeTags(m: MethodIR): { tagName: string; text?: string }[] {
  return m.docs === undefined ? [] : [{ tagName: 'see', text: `{@link ${m.docs} | ${m.wireName} reference}` }];
}

export function emitTypes(project: Project, ns: NamespaceIR): string {
  const shapeType = (name: string): string => ns.shapes.find((s) => s.name === name)?.names.type ?? name;
  const statements: StatementStructures[] = [];

  for (const shape of ns.shapes) {
    statements.push({
      kind: StructureKind.Interface,
      name: shape.names.type,
      isExported: true,
      docs: [doc([shape.description, `Shape \`${shape.name}\` of the ${ns.name} catalog.`])],
      properties: shape.fields.map((f) => propertyStructure(f, 'nested', shapeType)),
    });
  }

  for (const m of ns.methods) {
    const deprecatedTag = m.deprecated !== undefined ? [{ tagName: 'deprecated', text: m.deprecated }] : m.status === 'deprecated' ? [{ tagName: 'deprecated' }] : [];
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
          [...responseRemarks(m), ...deprecatedTag, ...methodSeeTags(m)],
        ),
      ],
      extends: extendsList,
      properties: m.response.fields.map((f) => propertyStructure(f, 'nested', shapeType)),
    });
  }
  return renderTs(project, files.types(ns.name), tsBanner([ns.sourceFile]), statements);
}

function responseRemarks(m: MethodIR): { tagName: string; text: string }[] {
  if (m.verification === 'recalled') return [{ tagName: 'remarks', text: 'The fields of this method are recalled, not confirmed by a stored source: treat them as unverified.' }];
  if (m.verification === 'partial') return [{ tagName: 'remarks', text: 'Only part of this method is confirmed by stored sources; fields marked as recalled are unverified.' }];
  return [];
}
