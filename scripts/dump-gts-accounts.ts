// Dumps the @gigya-ts/rest-api typings of the accounts sub-namespace methods as JSON, the input of
// `check-catalog-v2.ts --gts`: per method its docs link, params and top-level response fields with
// their required flags. Argument: the package's dist folder.
//
//   npx tsx scripts/dump-gts-accounts.ts node_modules/@gigya-ts/rest-api/dist > gts.json
import { Node, Project, type Type } from 'ts-morph';

const root = process.argv[2];
if (!root) throw new Error('usage: dump-gts-accounts.ts <@gigya-ts/rest-api dist folder>');

// The groups written as catalog/accounts.<group>.yaml. The package keys one method with the
// namespace doubled ('accounts.auth.magiclink.getlink'), hence the optional prefix.
const GROUP_METHOD = /^(accounts\.)?(tfa|auth|otp|rba|webhooks|sms|address|devices|emailAccount|extensions|global|identifiers|progression|store|stream)\./;
// Common params and envelope fields, typed once elsewhere.
const SKIP = new Set(['cid', 'context', 'httpStatusCodes', 'apiVersion', 'callId', 'errorCode', 'errorDetails', 'errorMessage', 'statusCode', 'statusReason', 'time']);

const project = new Project({ compilerOptions: { strict: true } });
const file = project.addSourceFileAtPath(`${root}/namespaces/accounts.d.ts`);
project.resolveSourceFileDependencies();
const namespace = file.getTypeAliasOrThrow('GigyaAccountsNamespace').getType();

const withoutUndefined = (t: Type): Type => {
  if (!t.isUnion()) return t;
  const rest = t.getUnionTypes().filter((u) => !u.isUndefined());
  return rest.length === 1 ? rest[0]! : t;
};

function fields(t: Type, at: Node) {
  return withoutUndefined(t).getProperties()
    .filter((p) => !SKIP.has(p.getName()))
    .map((p) => ({
      name: p.getName(),
      required: !p.isOptional(),
      type: p.getTypeAtLocation(at).getText(at).replace(/import\([^)]*\)\./g, '').replace(/ \| undefined$/, ''),
    }));
}

const out: Record<string, unknown> = {};
for (const prop of namespace.getProperties()) {
  const key = prop.getName();
  if (!GROUP_METHOD.test(key)) continue;
  const decl = prop.getDeclarations()[0];
  if (!decl) continue;
  const docs = Node.isJSDocable(decl) ? decl.getJsDocs().map((j) => j.getInnerText()).join('\n') : '';
  const sig = prop.getTypeAtLocation(decl).getCallSignatures()[0];
  if (!sig) continue;
  const param = sig.getParameters()[0];
  const ret = sig.getReturnType();
  const resolved = ret.getTypeArguments()[0] ?? ret;
  out[key.replace(/^accounts\./, '')] = {
    key,
    url: /@see\s+(\S+)/.exec(docs)?.[1] ?? null,
    params: param ? fields(param.getTypeAtLocation(decl), decl) : [],
    response: fields(resolved, decl),
  };
}
console.log(JSON.stringify(out, null, 1));
