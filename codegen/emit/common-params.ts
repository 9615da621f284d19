/** Emits `common.gen.ts`: `CommonParams`, the params every method accepts (from common.yaml). */
import type { CatalogIR } from '../ir.js';
import { COMMON_MODULE_NAMES, files } from '../naming.js';
import { interfaceDeclaration, TsFile, type RuntimeImport } from './code.js';
import { doc, fieldMember, tsBanner, type Provenance, type TypeRefs } from './common.js';

const NO_SHAPES: TypeRefs = {
  shape: (name) => name,
  site: () => 'Record<string, unknown>',
};

export function emitCommon(ir: CatalogIR, prov: Provenance, runtime: RuntimeImport): string {
  const source = ir.commonParams.sourceFile;
  const file = new TsFile(files.common, tsBanner(source === undefined ? [ir.errors.sourceFile] : [source]), runtime);
  file.add(
    interfaceDeclaration({
      name: COMMON_MODULE_NAMES.params,
      doc: doc([
        'Params Gigya accepts on every method, besides those the client sets itself ' +
          '(credentials, signature, format). Every params type of the catalog extends this one, and every ' +
          'validator accepts them.',
        source === undefined ? 'This catalog lists none.' : undefined,
      ]),
      members: ir.commonParams.params.map((p) => fieldMember(p, 'param', NO_SHAPES, true, prov)),
    }),
  );
  return file.render();
}
