/**
 * Every naming rule of the generator, in one place. Emitters and docs never build an identifier
 * themselves; they ask here, so a rename is a one-line change and clashes can be checked up front.
 */

/** Words that cannot name a function, class or variable (ES strict mode plus TS's own). */
const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'arguments',
  'await',
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'eval',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'implements',
  'import',
  'in',
  'instanceof',
  'interface',
  'let',
  'new',
  'null',
  'package',
  'private',
  'protected',
  'public',
  'return',
  'static',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'undefined',
  'var',
  'void',
  'while',
  'with',
  'yield',
]);

/** Identifiers generated modules import or declare themselves; a method must not shadow them. */
export const RUNTIME_IMPORTS = [
  'bindMethod',
  'defineMethod',
  'BoundMethod',
  'CallOptions',
  'GigyaResult',
  'Invoker',
  'MethodDescriptor',
  'SiteSchema',
  'SiteData',
  'SitePreferences',
  'SiteSubscriptions',
  'SiteWrite',
  'MergePatch',
  'CommonParams',
  'ResultCode',
] as const;
export const ZOD_NAMESPACE = 'z';
/** Helpers of the validator modules: `lazy` from the runtime, the rest declared in validators.check.ts. */
export const VALIDATOR_HELPERS = {
  lazy: 'lazySchema',
  matches: 'matches',
  matchesAll: 'validatorsMatchTheirInterfaces',
  accepted: 'Accepted',
  agreement: 'Agreement',
} as const;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifier(text: string): boolean {
  return IDENTIFIER.test(text);
}

export function isReservedWord(text: string): boolean {
  return RESERVED_WORDS.has(text);
}

/** A name safe to declare: reserved words get a trailing underscore (`delete` → `delete_`). */
export function safeIdentifier(name: string): string {
  return isReservedWord(name) ? `${name}_` : name;
}

/** Splits on dots, underscores, dashes and spaces; keeps the inner casing (`initTFA` stays `initTFA`). */
function words(text: string): string[] {
  return text.split(/[._\-\s]+/).filter((w) => w.length > 0);
}

function upperFirst(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

/** `facebook.deauthorize` → `FacebookDeauthorize`, `setStatus` → `SetStatus`. */
export function pascalCase(text: string): string {
  return words(text).map(upperFirst).join('');
}

/** `facebook.deauthorize` → `facebookDeauthorize`. */
export function camelCase(text: string): string {
  return lowerFirst(pascalCase(text));
}

/** A property key as written in TS source: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The wire name: `socialize` + `facebook.deauthorize` → `socialize.facebook.deauthorize`. */
export function wireName(namespace: string, method: string): string {
  return `${namespace}.${method}`;
}

/** Path of a method inside its bound namespace object: `facebook.deauthorize` → `['facebook', 'deauthorize']`. */
export function namespacePath(method: string): string[] {
  return method.split('.');
}

/** Names generated for one namespace. */
export interface NamespaceNames {
  /** `Socialize` */
  readonly pascal: string;
  /** `SocializeNamespace`: the interface of `client.socialize`. */
  readonly namespaceInterface: string;
  /** `bindSocialize` */
  readonly bindFunction: string;
  /** `socializeMethods`: the list of descriptors. */
  readonly methodList: string;
  /** `socializeResponseRequired`: the always-present response fields of each method, by wire name. */
  readonly responseRequired: string;
  /** `socialize`: the property on the client and in `Namespaces`. */
  readonly property: string;
  /** `socialize`: the folder under the output dir. */
  readonly folder: string;
}

export function namespaceNames(namespace: string): NamespaceNames {
  const pascal = pascalCase(namespace);
  return {
    pascal,
    namespaceInterface: `${pascal}Namespace`,
    bindFunction: `bind${pascal}`,
    methodList: `${camelCase(namespace)}Methods`,
    responseRequired: `${camelCase(namespace)}ResponseRequired`,
    property: namespace,
    folder: namespace,
  };
}

/** Names generated for one method of a namespace. */
export interface MethodNames {
  /** `SocializeSetStatusParams` */
  readonly params: string;
  /** `SocializeSetStatusResponse` */
  readonly response: string;
  /** `SocializeSetStatusErrorCode` (in errors.gen.ts) */
  readonly errorUnion: string;
  /** `socializeSetStatusParamsSchema` */
  readonly paramsSchema: string;
  /** `setStatusMethod`: the descriptor const. */
  readonly descriptor: string;
  /** `setStatus`, `facebookDeauthorize`, `delete_`: the per-method function. */
  readonly fn: string;
  /** `['facebook', 'deauthorize']`: the property path in the bound namespace. */
  readonly path: readonly string[];
  /** `SocializeGetUserInfoParamsBase`: the params besides those with two spellings (only when there are such). */
  readonly paramsBase: string;
  /** `AccountsLoginResult`: the response with its flow states, discriminated by `errorCode` (only when it has them). */
  readonly result: string;
  /** `AccountsLoginErrorFields`: what each error code of the method carries (only when some code does). */
  readonly errorFields: string;
}

/**
 * `alias` replaces the last segment in every TypeScript name (`auth.magiclink.getlink` with alias
 * `getLink` → `client.accounts.auth.magiclink.getLink`, `AccountsAuthMagiclinkGetLinkParams`); the
 * wire name keeps Gigya's spelling.
 */
export function methodNames(namespace: string, method: string, alias?: string): MethodNames {
  const segments = method.split('.');
  if (alias !== undefined) segments[segments.length - 1] = alias;
  const tsName = segments.join('.');
  const base = `${pascalCase(namespace)}${pascalCase(tsName)}`;
  const fn = camelCase(tsName);
  return {
    params: `${base}Params`,
    response: `${base}Response`,
    errorUnion: `${base}ErrorCode`,
    paramsSchema: `${lowerFirst(base)}ParamsSchema`,
    descriptor: `${fn}Method`,
    fn: safeIdentifier(fn),
    path: namespacePath(tsName),
    paramsBase: `${base}ParamsBase`,
    result: `${base}Result`,
    errorFields: `${base}ErrorFields`,
  };
}

/** Names generated for one shape (reusable object type) of a namespace. */
export interface ShapeNames {
  /** `SocializeUser` */
  readonly type: string;
  /** `socializeUserSchema` */
  readonly schema: string;
  /** `socializeUserPatchSchema`: the schema of the shape inside a merge param (every field optional and nullable) */
  readonly patchSchema: string;
  /** `socializeUserHints` (internal const of methods.gen.ts) */
  readonly hints: string;
}

export function shapeNames(namespace: string, shape: string): ShapeNames {
  const base = `${pascalCase(namespace)}${pascalCase(shape)}`;
  return {
    type: base,
    schema: `${lowerFirst(base)}Schema`,
    patchSchema: `${lowerFirst(base)}PatchSchema`,
    hints: `${lowerFirst(base)}Hints`,
  };
}

/** `ErrorCode.<member>`: the catalog's PascalCase name as is. */
export function errorCodeMember(name: string): string {
  return name;
}

/** Names `errors.gen.ts` declares besides the per-method unions (`SocializeSetStatusErrorCode`). */
export const ERRORS_MODULE_NAMES = {
  map: 'ErrorCode',
  value: 'ErrorCodeValue',
  result: 'ResultCode',
  pending: 'PendingCode',
  error: 'GigyaErrorCode',
  common: 'CommonErrorCode',
  runtimeTable: 'runtimeErrorInfo',
  runtimeLookup: 'lookupRuntimeErrorInfo',
} as const;

/** Names `errors.docs.gen.ts` declares (errors.gen.ts re-exports them too). */
export const ERROR_DOCS_MODULE_NAMES = {
  info: 'ErrorCodeInfo',
  table: 'errorCodeInfo',
  lookup: 'lookupErrorCode',
} as const;

/** Names `common.gen.ts` declares. */
export const COMMON_MODULE_NAMES = { params: 'CommonParams' } as const;

/** Names the root `index.ts` declares. */
export const ROOT_INDEX_NAMES = {
  methodMap: 'MethodMap',
  registry: 'methodRegistry',
  responseRequired: 'responseRequired',
  namespaces: 'Namespaces',
  bind: 'bindNamespaces',
} as const;

/** Files, relative to the output dir (POSIX separators). */
export const files = {
  errors: 'errors.gen.ts',
  /** `CommonParams`: the params every method accepts (from common.yaml). */
  common: 'common.gen.ts',
  errorDocs: 'errors.docs.gen.ts',
  index: 'index.ts',
  readme: 'README.md',
  types: (ns: string) => `${namespaceNames(ns).folder}/types.gen.ts`,
  validators: (ns: string) => `${namespaceNames(ns).folder}/validators.gen.ts`,
  /** The proof that each validator agrees with its interface: type-checked by the project, imported by tests only. */
  validatorChecks: (ns: string) => `${namespaceNames(ns).folder}/validators.check.ts`,
  methods: (ns: string) => `${namespaceNames(ns).folder}/methods.gen.ts`,
  namespaceIndex: (ns: string) => `${namespaceNames(ns).folder}/index.ts`,
  /** Docs, relative to the docs dir. */
  docsNamespace: (ns: string) => `${ns}.md`,
  docsErrors: 'errors.md',
  /** The common params, the envelope and what each source is. */
  docsCommon: 'common.md',
} as const;

/** Module specifier of a generated file, for imports between generated files (`./types.gen.js`). */
export function moduleSpecifier(fromFile: string, toFile: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = toFile.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  const rest = to.slice(common).join('/').replace(/\.ts$/, '.js');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}

/** Catalog type names (lower-case built-ins) and the syntax around them. */
export const PRIMITIVE_TYPES = [
  'string',
  'int',
  'long',
  'float',
  'bool',
  'timestamp',
  'csv',
  'object',
  'unknown',
] as const;
export type PrimitiveType = (typeof PRIMITIVE_TYPES)[number];

/** Shape names as written in the catalog: PascalCase. */
export const SHAPE_NAME = /^[A-Z][A-Za-z0-9]*$/;
/** Error names as written in errors.yaml: PascalCase, used as `ErrorCode.<Name>`. */
export const ERROR_NAME = /^[A-Z][A-Za-z0-9]*$/;
/** Namespace names: one lower-camel word (the host's first label and the first segment of the wire name). */
export const NAMESPACE_NAME = /^[a-z][A-Za-z0-9]*$/;
/** Method names: dot-separated words (`setStatus`, `facebook.deauthorize`, `tfa.initTFA`). */
export const METHOD_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/;
/** Param and field names as sent on the wire. */
export const FIELD_NAME = /^[A-Za-z_$][A-Za-z0-9_$.-]*$/;
