/** Emits `<ns>/types.gen.ts`: shape, params and response interfaces with TSDoc. */
import type { NamespaceIR } from '../ir.js';
import { files } from '../naming.js';
import { interfaceDeclaration, TsFile, type RuntimeImport } from './code.js';
import { deprecationTags, doc, fieldMember, methodSeeTags, tsBanner, verificationTags } from './common.js';

export function emitTypes(ns: NamespaceIR, runtime: RuntimeImport): string {
  const file = new TsFile(files.types(ns.name), tsBanner([ns.sourceFile]), runtime);
  const shapeTypes = new Map(ns.shapes.map((s) => [s.name, s.names.type] as const));
  const shapeType = (name: string): string => shapeTypes.get(name) ?? name;

  for (const shape of ns.shapes) {
    file.add(
      interfaceDeclaration({
        name: shape.names.type,
        doc: doc([shape.description, `Shape \`${shape.name}\` of the ${ns.name} catalog.`]),
        members: shape.fields.map((f) => fieldMember(f, 'nested', shapeType, shape.inParams)),
      }),
    );
  }

  for (const m of ns.methods) {
    const deprecatedTag = deprecationTags(m);
    file.add(
      interfaceDeclaration({
        name: m.names.params,
        doc: doc([`Params of \`${m.wireName}\`: ${m.description}`], [...deprecatedTag, ...methodSeeTags(m)]),
        members: m.params.map((f) => fieldMember(f, 'param', shapeType)),
      }),
    );
    const extendsList = m.response.extends.map(shapeType);
    file.add(
      interfaceDeclaration({
        name: m.names.response,
        doc: doc(
          [
            `What \`${m.wireName}\` returns besides the envelope fields (\`callId\`, \`errorCode\`, \`statusCode\`, …).`,
            m.response.fields.length === 0 && extendsList.length === 0
              ? 'The catalog lists no other fields.'
              : undefined,
          ],
          [...verificationTags(m, 'fields'), ...deprecatedTag, ...methodSeeTags(m)],
        ),
        extends: extendsList,
        members: m.response.fields.map((f) => fieldMember(f, 'nested', shapeType)),
      }),
    );
  }
  return file.render();
}
