/** Emits `errors.gen.ts`: the `ErrorCode` map, the code unions, per-method unions and the info table. */
import { StructureKind, VariableDeclarationKind, type Project } from 'ts-morph';
import type { CatalogIR, ErrorCodeIR } from '../ir.js';
import { errorCodeMember, files } from '../naming.js';
import { doc, objectLiteral, renderTs, str, tsBanner, type StatementStructures } from './common.js';

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
      name: 'RetryClass',
      isExported: true,
      docs: [doc(['How the client treats a code when deciding whether to try again (catalog/README.md, "Retry classes").'])],
      type: "'none' | 'transient' | 'transient-if-safe' | 'rate-limit' | 'clock-skew' | 'new-nonce' | 'redirect'",
    },
    {
      kind: StructureKind.Interface,
      name: 'ErrorCodeInfo',
      isExported: true,
      docs: [doc(['Catalog facts about one Gigya error code.'])],
      properties: [
        { name: 'code', type: 'number', isReadonly: true },
        { name: 'name', type: 'string', isReadonly: true, docs: [doc(['PascalCase name, the key in `ErrorCode`.'])] },
        { name: 'message', type: 'string', isReadonly: true, docs: [doc(["Gigya's own message for the code."])] },
        { name: 'description', type: 'string', isReadonly: true, docs: [doc(['What the code means and what to do about it.'])] },
        { name: 'httpStatus', type: 'number', isReadonly: true, docs: [doc(['HTTP status Gigya uses for the code when `httpStatusCodes=true`.'])] },
        { name: 'outcome', type: "'ok' | 'pending' | 'error'", isReadonly: true, docs: [doc(['`ok` and `pending` codes are results; only `error` codes are thrown.'])] },
        { name: 'retry', type: 'RetryClass', isReadonly: true },
        { name: 'common', type: 'boolean', isReadonly: true, docs: [doc(['Can come back from any method (signing, auth, rate limits).'])] },
        { name: 'legacyMessage', type: 'string', isReadonly: true, hasQuestionToken: true, docs: [doc(['A different meaning the code had in an older table.'])] },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [doc(['Every catalogued Gigya error code by name: `ErrorCode.InvalidRequestSignature === 403003`.'])],
      declarations: [
        {
          name: 'ErrorCode',
          initializer: (w) => {
            w.write('{').newLine();
            for (const c of codes) {
              w.writeLine(`/** ${c.code} ${docLine(c.message)}: ${docLine(c.description)}${c.legacy ? ` (In the ${docLine(c.legacy.era)}: ${docLine(c.legacy.message)}.)` : ''} */`);
              w.writeLine(`${errorCodeMember(c.name)}: ${c.code},`);
            }
            w.write('} as const');
          },
        },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'ErrorCodeValue',
      isExported: true,
      docs: [doc(['Any catalogued code.'])],
      type: '(typeof ErrorCode)[keyof typeof ErrorCode]',
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'ResultCode',
      isExported: true,
      docs: [doc(['Codes a successful call can carry: 0, other `ok` codes and the pending codes. They are results, not errors.'])],
      type: union([...byOutcome('ok'), ...byOutcome('pending')].sort((a, b) => a - b)),
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'PendingCode',
      isExported: true,
      docs: [doc(['Codes meaning "more steps needed" (e.g. a regToken to continue a registration).'])],
      type: union(byOutcome('pending')),
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'GigyaErrorCode',
      isExported: true,
      docs: [doc(['Every catalogued code that ends a call with a `GigyaApiError`.'])],
      type: union(errorCodes),
    },
    {
      kind: StructureKind.TypeAlias,
      name: 'CommonErrorCode',
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
        type: union(common.length > 0 ? ['CommonErrorCode', ...own] : own),
      });
    }
  }

  statements.push(
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [doc(['Facts about every catalogued code, by code.'])],
      declarations: [
        {
          name: 'errorCodeInfo',
          type: '{ readonly [C in ErrorCodeValue]: ErrorCodeInfo }',
          initializer: (w) => {
            w.write('{').newLine();
            for (const c of codes) w.writeLine(`${c.code}: ${infoLiteral(c)},`);
            w.write('}');
          },
        },
      ],
    },
    {
      kind: StructureKind.Function,
      name: 'lookupErrorCode',
      isExported: true,
      docs: [doc(['Catalog facts for a code, or `undefined` for a code the catalog does not know.'])],
      parameters: [{ name: 'code', type: 'number' }],
      returnType: 'ErrorCodeInfo | undefined',
      statements: ['return Object.hasOwn(errorCodeInfo, code) ? errorCodeInfo[code as ErrorCodeValue] : undefined;'],
    },
  );
  return renderTs(project, files.errors, tsBanner([ir.errors.sourceFile, ...ir.namespaces.map((n) => n.sourceFile)]), statements);
}

/** One line of text for a `/** … *\/` comment. */
function docLine(text: string): string {
  return text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ');
}
