/** Emits `errors.gen.ts`: the `ErrorCode` map, the code unions, per-method unions and the info table. */
import { StructureKind, type Project } from 'ts-morph';
import { OUTCOMES, RETRY_CLASSES, type CatalogIR, type ErrorCodeIR } from '../ir.js';
import { ERRORS_MODULE_NAMES as N, errorCodeMember, files } from '../naming.js';
import { constStatement, doc, objectLiteral, renderTs, str, tsBanner, type StatementStructures } from './common.js';

function union(codes: readonly (number | string)[]): string {
  if (codes.length === 0) return 'never';
  if (codes.length <= 4) return codes.join(' | ');
  return `\n${codes.map((c) => `  | ${c}`).join('\n')}`;
}

function infoLiteral(c: ErrorCodeIR): string {
  const entries: [string, string][] = [
    ['code', String(c.code)],
    ['name', str(c.name)],
    ['message', str(c.message)],
    ['description', str(c.description)],
    ['httpStatus', String(c.httpStatus)],
    ['outcome', str(c.outcome)],
    ['retry', str(c.retry)],
    ['common', String(c.common)],
  ];
  if (c.legacy) entries.push(['legacyMessage', str(c.legacy.message)]);
  return objectLiteral(entries);
}

export function emitErrors(project: Project, ir: CatalogIR): string {
  const codes = ir.errors.codes;
  const byOutcome = (o: ErrorCodeIR['outcome']): number[] => codes.filter((c) => c.outcome === o).map((c) => c.code);
  const errorCodes = byOutcome('error');
  const common = codes.filter((c) => c.common && c.outcome === 'error').map((c) => c.code);
  const commonSet = new Set(common);

  const statements: StatementStructures[] = [
    {
      kind: StructureKind.TypeAlias,
      name: N.retryClass,
      isExported: true,
      docs: [doc(['How the client treats a code when deciding whether to try again (catalog/README.md, "Retry classes").'])],
      type: RETRY_CLASSES.map(str).join(' | '),
    },
    {
      kind: StructureKind.Interface,
      name: N.info,
      isExported: true,
      docs: [doc(['Catalog facts about one Gigya error code.'])],
      properties: [
        { name: 'code', type: 'number', isReadonly: true },
        { name: 'name', type: 'string', isReadonly: true, docs: [doc([`PascalCase name, the key in \`${N.map}\`.`])] },
        { name: 'message', type: 'string', isReadonly: true, docs: [doc(["Gigya's own message for the code."])] },
        { name: 'description', type: 'string', isReadonly: true, docs: [doc(['What the code means and what to do about it.'])] },
        { name: 'httpStatus', type: 'number', isReadonly: true, docs: [doc(['HTTP status Gigya uses for the code when `httpStatusCodes=true`.'])] },
        { name: 'outcome', type: OUTCOMES.map(str).join(' | '), isReadonly: true, docs: [doc(['`ok` and `pending` codes are results; only `error` codes are thrown.'])] },
        { name: 'retry', type: N.retryClass, isReadonly: true },
        { name: 'common', type: 'boolean', isReadonly: true, docs: [doc(['Can come back from any method (signing, auth, rate limits).'])] },
        { name: 'legacyMessage', type: 'string', isReadonly: true, hasQuestionToken: true, docs: [doc(['A different meaning the code had in an older table.'])] },
      ],
    },
    constStatement({
      name: N.map,
      docs: doc([`Every catalogued Gigya error code by name: \`${N.map}.InvalidRequestSignature === 403003\`.`]),
      initializer: (w) => {
        w.write('{').newLine();
        for (const c of codes) {
          w.writeLine(`/** ${c.code} ${docLine(c.message)}: ${docLine(c.description)}${c.legacy ? ` (In the ${docLine(c.legacy.era)}: ${docLine(c.legacy.message)}.)` : ''} */`);
          w.writeLine(`${errorCodeMember(c.name)}: ${c.code},`);
        }
        w.write('} as const');
      },
    }),
    {
      kind: StructureKind.TypeAlias,
      name: N.value,
      isExported: true,
      docs: [doc(['Any catalogued code.'])],
      type: `(typeof ${N.map})[keyof typeof ${N.map}]`,
    },
    {
      kind: StructureKind.TypeAlias,
      name: N.result,
      isExported: true,
      docs: [doc(['Codes a successful call can carry: 0, other `ok` codes and the pending codes. They are results, not errors.'])],
      type: union([...byOutcome('ok'), ...byOutcome('pending')].sort((a, b) => a - b)),
    },
    {
      kind: StructureKind.TypeAlias,
      name: N.pending,
      isExported: true,
      docs: [doc(['Codes meaning "more steps needed" (e.g. a regToken to continue a registration).'])],
      type: union(byOutcome('pending')),
    },
    {
      kind: StructureKind.TypeAlias,
      name: N.error,
      isExported: true,
      docs: [doc(['Every catalogued code that ends a call with a `GigyaApiError`.'])],
      type: union(errorCodes),
    },
    {
      kind: StructureKind.TypeAlias,
      name: N.common,
      isExported: true,
      docs: [doc(['Error codes any method can answer with (signing, auth, rate limits, …).'])],
      type: union(common),
    },
  ];

  for (const ns of ir.namespaces) {
    for (const m of ns.methods) {
      const own = m.ownErrorCodes.filter((c) => !commonSet.has(c));
      statements.push({
        kind: StructureKind.TypeAlias,
        name: m.names.errorUnion,
        isExported: true,
        docs: [doc([`Error codes \`${m.wireName}\` can fail with: ${own.length > 0 ? 'the common ones and its own' : 'the common ones'}.`])],
        type: union(common.length > 0 ? [N.common, ...own] : own),
      });
    }
  }

  statements.push(
    constStatement({
      name: N.table,
      type: `{ readonly [C in ${N.value}]: ${N.info} }`,
      docs: doc(['Facts about every catalogued code, by code.']),
      initializer: (w) => {
        w.write('{').newLine();
        for (const c of codes) w.writeLine(`${c.code}: ${infoLiteral(c)},`);
        w.write('}');
      },
    }),
    {
      kind: StructureKind.Function,
      name: N.lookup,
      isExported: true,
      docs: [doc(['Catalog facts for a code, or `undefined` for a code the catalog does not know.'])],
      parameters: [{ name: 'code', type: 'number' }],
      returnType: `${N.info} | undefined`,
      statements: [`return Object.hasOwn(${N.table}, code) ? ${N.table}[code as ${N.value}] : undefined;`],
    },
  );
  return renderTs(project, files.errors, tsBanner([ir.errors.sourceFile, ...ir.namespaces.map((n) => n.sourceFile)]), statements);
}

/** One line of text for a `/** … *\/` comment. */
function docLine(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ');
}
