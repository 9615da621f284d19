/**
 * Emits the error table in two modules.
 *
 * `errors.gen.ts` is what the runtime needs: the `ErrorCode` map, the code unions, per-method
 * unions, and per code its name, outcome, retry class, HTTP status and whether it is common.
 * `errors.docs.gen.ts` adds Gigya's messages, descriptions and legacy meanings, for docs, hovers
 * and the CLI. Namespace modules import types only from either, so their bundles carry neither.
 */
import type { CatalogIR, ErrorCodeIR } from '../ir.js';
import { ERROR_DOCS_MODULE_NAMES as D, ERRORS_MODULE_NAMES as N, errorCodeMember, files } from '../naming.js';
import {
  block,
  constDeclaration,
  functionDeclaration,
  generatedModule,
  indentRest,
  interfaceDeclaration,
  objectLiteral,
  RUNTIME_MODULE,
  TsFile,
  typeAlias,
  type RuntimeImport,
  withoutTagStarts,
} from './code.js';
import { doc, str, tsBanner } from './common.js';

/** The runtime's own type of an entry, imported under this name where the docs type takes `ErrorCodeInfo`. */
const RUNTIME_INFO = 'RuntimeErrorCodeInfo';

function union(codes: readonly (number | string)[]): string {
  if (codes.length === 0) return 'never';
  if (codes.length <= 4) return codes.join(' | ');
  return `\n${codes.map((c) => `  | ${c}`).join('\n')}`;
}

function banner(ir: CatalogIR): string {
  return tsBanner([ir.errors.sourceFile, ...ir.namespaces.flatMap((n) => n.sourceFiles)]);
}

/**
 * The facts of a code in the order tables show them; `texts` adds Gigya's message, description and
 * legacy meaning (the docs table) to what the runtime reads.
 */
function facts(c: ErrorCodeIR, texts: boolean): [string, string][] {
  return [
    ['code', String(c.code)],
    ['name', str(c.name)],
    ...(texts
      ? ([
          ['message', str(c.message)],
          ['description', str(c.description)],
        ] as [string, string][])
      : []),
    ['httpStatus', String(c.httpStatus)],
    ['outcome', str(c.outcome)],
    ['retry', str(c.retry)],
    ['common', String(c.common)],
    ...(texts && c.legacy ? ([['legacyMessage', str(c.legacy.message)]] as [string, string][]) : []),
  ];
}

/** One line per code: the table reads as a table. */
function runtimeEntry(c: ErrorCodeIR): string {
  return `{ ${facts(c, false)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')} }`;
}

function infoLiteral(c: ErrorCodeIR): string {
  return objectLiteral(facts(c, true));
}

/** `{ code: entry, … }`, one code per line or block. */
function table(codes: readonly ErrorCodeIR[], entry: (c: ErrorCodeIR) => string): string {
  return codes.length === 0 ? '{}' : `{\n${codes.map((c) => `  ${c.code}: ${indentRest(entry(c))},`).join('\n')}\n}`;
}

/** `Object.hasOwn(table, code) ? table[code] : undefined` as the body of a lookup function. */
function lookupBody(tableName: string, value: string): string[] {
  return [`return Object.hasOwn(${tableName}, code) ? ${tableName}[code as ${value}] : undefined;`];
}

export function emitErrors(ir: CatalogIR, runtime: RuntimeImport): string {
  const file = new TsFile(files.errors, banner(ir), runtime);
  const codes = ir.errors.codes;
  const byOutcome = (o: ErrorCodeIR['outcome']): number[] => codes.filter((c) => c.outcome === o).map((c) => c.code);
  const common = codes.filter((c) => c.common && c.outcome === 'error').map((c) => c.code);
  const commonSet = new Set(common);

  file.add(
    `// The full facts, with Gigya's messages, are in ${files.errorDocs}; the re-exports above serve code ` +
      'that imports them from here.',
  );
  const mapLines = codes.flatMap((c) => [
    `/** ${c.code} ${docLine(c.message)}: ${docLine(c.description)}${c.legacy ? legacyNote(c.legacy) : ''} */`,
    `${errorCodeMember(c.name)}: ${c.code},`,
  ]);
  file.add(
    constDeclaration({
      name: N.map,
      doc: doc([`Every catalogued Gigya error code by name: \`${N.map}.InvalidRequestSignature === 403003\`.`]),
      value: `${block(mapLines)} as const`,
    }),
  );
  file.add(
    typeAlias({ name: N.value, doc: doc(['Any catalogued code.']), type: `(typeof ${N.map})[keyof typeof ${N.map}]` }),
  );
  file.add(
    typeAlias({
      name: N.result,
      doc: doc([
        'Codes a successful call can carry: 0, other `ok` codes and the pending codes. They are results, not errors.',
      ]),
      type: union([...byOutcome('ok'), ...byOutcome('pending')].sort((a, b) => a - b)),
    }),
  );
  file.add(
    typeAlias({
      name: N.pending,
      doc: doc(['Codes meaning "more steps needed" (e.g. a regToken to continue a registration).']),
      type: union(byOutcome('pending')),
    }),
  );
  file.add(
    typeAlias({
      name: N.error,
      doc: doc(['Every catalogued code that ends a call with a `GigyaApiError`.']),
      type: union(byOutcome('error')),
    }),
  );
  file.add(
    typeAlias({
      name: N.common,
      doc: doc(['Error codes any method can answer with (signing, auth, rate limits, …).']),
      type: union(common),
    }),
  );

  for (const ns of ir.namespaces) {
    for (const m of ns.methods) {
      const own = m.ownErrorCodes.filter((c) => !commonSet.has(c));
      file.add(
        typeAlias({
          name: m.names.errorUnion,
          doc: doc([
            `Error codes \`${m.wireName}\` can fail with: ` +
              `${own.length > 0 ? 'the common ones and its own' : 'the common ones'}.`,
          ]),
          type: union(common.length > 0 ? [N.common, ...own] : own),
        }),
      );
    }
  }

  const info = file.bind.type(RUNTIME_MODULE, 'ErrorCodeInfo', RUNTIME_INFO);
  file.add(
    constDeclaration({
      name: N.runtimeTable,
      type: `{ readonly [C in ${N.value}]: ${info} }`,
      doc: doc([
        'What the runtime needs to know about every catalogued code, by code. Messages and descriptions are ' +
          `in \`${files.errorDocs}\`.`,
      ]),
      value: table(codes, runtimeEntry),
    }),
  );
  file.add(
    functionDeclaration({
      name: N.runtimeLookup,
      doc: doc(['Name, outcome and retry class of a code, or `undefined` for a code the catalog does not know.']),
      params: ['code: number'],
      returns: `${info} | undefined`,
      body: lookupBody(N.runtimeTable, N.value),
    }),
  );
  return file.render();
}

export function emitErrorDocs(ir: CatalogIR, runtime: RuntimeImport): string {
  const file = new TsFile(files.errorDocs, banner(ir), runtime);
  const value = file.bind.type(generatedModule(files.errors), N.value);
  file.add(
    interfaceDeclaration({
      name: D.info,
      doc: doc([
        'Catalog facts about one Gigya error code: what the runtime uses, plus the texts for docs and hovers.',
      ]),
      extends: [file.bind.type(RUNTIME_MODULE, 'ErrorCodeInfo', RUNTIME_INFO)],
      members: [
        { name: 'message', type: 'string', readonly: true, doc: doc(["Gigya's own message for the code."]) },
        {
          name: 'description',
          type: 'string',
          readonly: true,
          doc: doc(['What the code means and what to do about it.']),
        },
        {
          name: 'legacyMessage',
          type: 'string',
          readonly: true,
          optional: true,
          doc: doc(['A different meaning the code had in an older table.']),
        },
      ],
    }),
  );
  file.add(
    constDeclaration({
      name: D.table,
      type: `{ readonly [C in ${value}]: ${D.info} }`,
      doc: doc(['Facts about every catalogued code, by code.']),
      value: table(ir.errors.codes, infoLiteral),
    }),
  );
  file.add(
    functionDeclaration({
      name: D.lookup,
      doc: doc(['Catalog facts for a code, or `undefined` for a code the catalog does not know.']),
      params: ['code: number'],
      returns: `${D.info} | undefined`,
      body: lookupBody(D.table, value),
    }),
  );
  return file.render();
}

/** What a code meant in an older era of the API, as the end of its one-line doc. */
function legacyNote(legacy: { readonly era: string; readonly message: string }): string {
  return ` (In the ${docLine(legacy.era)}: ${docLine(legacy.message)}.)`;
}

/** One line of text for a `/** … *\/` comment. */
function docLine(text: string): string {
  return withoutTagStarts(text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' '));
}
