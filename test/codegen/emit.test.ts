import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Project, SyntaxKind, ts, type SourceFile } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { generate } from '../../codegen/generate.js';
import { loadCatalog } from '../../codegen/load/index.js';
import { FIXTURE_ERRORS, generateSnippet, parseSnippet, VALID_FIXTURE } from './helpers.js';

const parser = new Project({ useInMemoryFileSystem: true });
function parse(text: string | undefined, name = 'file.ts'): SourceFile {
  if (text === undefined) throw new Error(`${name} was not generated`);
  return parser.createSourceFile(`/${Math.random()}/${name}`, text);
}

const fixture = generate(loadCatalog(VALID_FIXTURE), {
  runtime: { kind: 'relative', fromRoot: '../src/runtime.js' },
  docs: true,
});
const types = parse(fixture.out.get('socialize/types.gen.ts'));
const validators = parse(fixture.out.get('socialize/validators.gen.ts'));
const validatorChecks = parse(fixture.out.get('socialize/validators.check.ts'));
const methods = parse(fixture.out.get('socialize/methods.gen.ts'));
const errors = parse(fixture.out.get('errors.gen.ts'));
const errorDocs = parse(fixture.out.get('errors.docs.gen.ts'));
const rootIndex = parse(fixture.out.get('index.ts'));

/** A property of an interface; for params with a second spelling, of the interface holding the others (`…Base`). */
function prop(file: SourceFile, iface: string, name: string) {
  const p = (file.getInterface(iface) ?? file.getInterfaceOrThrow(`${iface}Base`)).getPropertyOrThrow(name);
  return {
    optional: p.hasQuestionToken(),
    type: p.getTypeNodeOrThrow().getText(),
    docs: p
      .getJsDocs()
      .map((d) => d.getText())
      .join('\n'),
  };
}

function initializer(file: SourceFile, name: string): string {
  return file.getVariableDeclarationOrThrow(name).getInitializerOrThrow().getText();
}

/**
 * A methods module's descriptor, `describeMethod(schema, facts, hints?) as MethodDescriptor<…>`, taken
 * apart: the facts and hints JSON parsed, the hints' shape list as written.
 */
function described(file: SourceFile, name: string) {
  const cast = file.getVariableDeclarationOrThrow(name).getInitializerIfKindOrThrow(SyntaxKind.AsExpression);
  const call = cast.getExpression().asKindOrThrow(SyntaxKind.CallExpression);
  const [schema, facts, hints] = call.getArguments();
  const hintsCall = hints?.asKindOrThrow(SyntaxKind.CallExpression);
  const hintArgs = hintsCall?.getArguments() ?? [];
  return {
    callee: call.getExpression().getText(),
    type: cast.getTypeNodeOrThrow().getText(),
    schema: schema?.getText(),
    facts: JSON.parse(facts!.asKindOrThrow(SyntaxKind.StringLiteral).getLiteralValue()) as Record<string, unknown>,
    hints: hintsCall && {
      callee: hintsCall.getExpression().getText(),
      value: JSON.parse(hintArgs[0]!.asKindOrThrow(SyntaxKind.StringLiteral).getLiteralValue()) as unknown,
      shapes: hintArgs[1]?.getText(),
    },
  };
}

/** The typed descriptor literal of a method in a check file's `descriptorsChecked`, indented as at top level. */
function checkedDescriptor(file: SourceFile, wireName: string): string {
  const returned = file
    .getFunctionOrThrow('descriptorsChecked')
    .getFirstDescendantByKindOrThrow(SyntaxKind.ReturnStatement)
    .getExpressionIfKindOrThrow(SyntaxKind.ObjectLiteralExpression);
  const property = returned.getPropertyOrThrow(`'${wireName}'`).asKindOrThrow(SyntaxKind.PropertyAssignment);
  return property
    .getInitializerOrThrow()
    .getText()
    .replace(/\n {4}/g, '\n');
}

/** Text of a multi-line expression as it stands one level deeper (inside `lazySchema<T>((z) => …)`). */
function reindent(text: string): string {
  return text.replace(/\n/g, '\n  ');
}

describe('generator output: file set and banners', () => {
  it('produces exactly the files of the contract', () => {
    expect([...fixture.out.keys()]).toEqual([
      'README.md',
      'common.gen.ts',
      'errors.docs.gen.ts',
      'errors.gen.ts',
      'index.ts',
      'socialize/index.ts',
      'socialize/methods.gen.ts',
      'socialize/types.gen.ts',
      'socialize/validators.check.ts',
      'socialize/validators.gen.ts',
    ]);
    expect([...fixture.docs.keys()]).toEqual(['common.md', 'errors.md', 'socialize.md']);
  });

  it('starts every file with a banner naming its catalog file and `npm run generate`', () => {
    for (const [name, text] of [...fixture.out, ...fixture.docs]) {
      const first = text.split('\n')[0]!;
      expect(first, name).toMatch(/Generated (from .*(valid|catalog)\/.*\.yaml )?by `npm run generate`\. DO NOT EDIT/);
    }
    expect(fixture.out.get('socialize/types.gen.ts')!.split('\n')[0]).toBe(
      '// Generated from valid/socialize.yaml by `npm run generate`. DO NOT EDIT.',
    );
    expect(fixture.out.get('errors.gen.ts')!.split('\n')[0]).toBe(
      '// Generated from valid/errors.yaml, valid/socialize.yaml by `npm run generate`. DO NOT EDIT.',
    );
    expect(fixture.out.get('README.md')).toContain('Every file in this folder is generated from the YAML catalog');
  });
});

describe('generator output: types.gen.ts', () => {
  it('params: required as is, optional as `?:` that also takes undefined', () => {
    expect(prop(types, 'SocializeSetStatusParams', 'status')).toMatchObject({ optional: false, type: 'string' });
    expect(prop(types, 'SocializeDeleteParams', 'count')).toMatchObject({ optional: true, type: 'number | undefined' });
  });

  it('a param with a second spelling takes either, never both: a union over the other params', () => {
    const alias = types.getTypeAliasOrThrow('SocializeSetStatusParams').getTypeNodeOrThrow().getText();
    const flat = alias.replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');
    expect(flat).toBe(
      'SocializeSetStatusParamsBase & ' +
        '( | { uid?: string | undefined; UID?: undefined; } | { UID?: string | undefined; uid?: undefined; } )',
    );
    expect(types.getInterfaceOrThrow('SocializeSetStatusParamsBase').getProperty('uid')).toBeUndefined();
    expect(alias).toContain('the same param as `uid` (pass one of them)');
  });

  it('every params interface extends the common params; one a method lists itself keeps its own definition', () => {
    const base = types.getInterfaceOrThrow('SocializeSetStatusParamsBase');
    expect(base.getExtends().map((e) => e.getText())).toEqual(["Omit<CommonParams, 'cid'>"]);
    expect(
      types
        .getInterfaceOrThrow('SocializeDeleteParams')
        .getExtends()
        .map((e) => e.getText()),
    ).toEqual(['CommonParams']);
    const common = parse(fixture.out.get('common.gen.ts'));
    expect(
      common
        .getInterfaceOrThrow('CommonParams')
        .getProperties()
        .map((p) => p.getName()),
    ).toEqual(['checkParams', 'cid', 'context']);
  });

  it('enums become literal unions; csv takes a string or a readonly array', () => {
    expect(prop(types, 'SocializeSetStatusParams', 'shortURLs').type).toBe(
      "'always' | 'whenRequired' | 'never' | undefined",
    );
    expect(prop(types, 'SocializeSetStatusParams', 'enabledProviders').type).toBe(
      'string | readonly string[] | undefined',
    );
    expect(prop(types, 'SocializeGetUserInfoParams', 'extraFields').type).toBe(
      "'languages' | 'address' | 'phones' | readonly ('languages' | 'address' | 'phones')[] | undefined",
    );
    expect(prop(types, 'SocializeMediaItem', 'type').type).toBe("'image' | 'flash' | 'mp3'");
  });

  it('maps the other catalog types', () => {
    expect(prop(types, 'SocializePublishUserActionParams', 'userAction').type).toBe('SocializeUserAction');
    expect(prop(types, 'SocializePublishUserActionParams', 'tags').type).toBe('readonly string[] | undefined');
    expect(prop(types, 'SocializePublishUserActionParams', 'ratio').type).toBe('number | undefined');
    expect(prop(types, 'SocializePublishUserActionParams', 'counters').type).toBe('Record<string, number> | undefined');
    expect(prop(types, 'SocializePublishUserActionParams', 'extra').type).toBe('Record<string, unknown> | undefined');
    expect(prop(types, 'SocializeSetStatusResponse', 'providerPostIDs').type).toBe('Record<string, string>');
    expect(prop(types, 'SocializeGetFeedResponse', 'items').type).toBe('unknown[]');
    expect(prop(types, 'SocializeUser', 'identities').type).toBe('SocializeIdentity[]');
    expect(prop(types, 'SocializeDeleteParams', 'count').type).toBe('number | undefined');
  });

  it('quotes wire names that are not identifiers', () => {
    expect(types.getInterfaceOrThrow('SocializePublishUserActionParams').getProperty("'x-forwarded'")).toBeDefined();
    expect(prop(types, 'SocializePublishUserActionParams', 'x_lang').optional).toBe(true);
  });

  it('response fields are optional unless always present, and responses extend their shapes', () => {
    expect(prop(types, 'SocializeGetUserInfoResponse', 'isSiteUser')).toMatchObject({
      optional: false,
      type: 'boolean',
    });
    expect(prop(types, 'SocializeGetUserInfoResponse', 'lastLoginTime')).toMatchObject({
      optional: true,
      type: 'number',
    });
    expect(
      types
        .getInterfaceOrThrow('SocializeGetUserInfoResponse')
        .getExtends()
        .map((e) => e.getText()),
    ).toEqual(['SocializeUser']);
    expect(prop(types, 'SocializeUser', 'UID').optional).toBe(false);
    expect(prop(types, 'SocializeUser', 'age').optional).toBe(true);
  });

  it('optional fields of shapes params reach also take undefined (sent values); response-only shapes do not', () => {
    expect(prop(types, 'SocializeUserAction', 'title')).toMatchObject({ optional: true, type: 'string | undefined' });
    expect(prop(types, 'SocializeMediaItem', 'children')).toMatchObject({
      optional: true,
      type: 'SocializeMediaItem[] | undefined',
    });
    expect(prop(types, 'SocializeMediaItem', 'src')).toMatchObject({ optional: false, type: 'string' });
    expect(prop(types, 'SocializeIdentity', 'isLoginIdentity')).toMatchObject({ optional: true, type: 'boolean' });
  });

  it('carries TSDoc: field docs, @defaultValue, @deprecated, @remarks for recalled facts, @see links', () => {
    expect(prop(types, 'SocializeSetStatusParams', 'status').docs).toBe('/** Status text. */');
    expect(prop(types, 'SocializeSetStatusParams', 'shortURLs').docs).toContain(
      "@defaultValue `whenRequired` (Gigya's default when omitted)",
    );
    expect(prop(types, 'SocializeSetStatusParams', 'cid').docs).toContain('@deprecated Use context instead.');
    expect(prop(types, 'SocializeUser', 'UID').docs).toBe('/** Unique user ID. */');
    expect(prop(types, 'SocializeUser', 'age').docs).toContain('@remarks Recalled, not confirmed by a stored source');
    const paramsDoc = types.getTypeAliasOrThrow('SocializeSetStatusParams').getJsDocs()[0]!.getText();
    expect(paramsDoc).toContain("Params of `socialize.setStatus`: Sets the user's status on networks that support it.");
    expect(paramsDoc).toContain(
      '@see {@link https://example.test/socialize.setStatus | socialize.setStatus reference}',
    );
    // A method without a page of its own links to its namespace's reference.
    expect(types.getInterfaceOrThrow('SocializeGetUserInfoParams').getJsDocs()[0]!.getText()).toContain(
      '@see {@link https://example.test/socialize | socialize reference} (no page of its own)',
    );
    expect(types.getInterfaceOrThrow('SocializeGetFeedParams').getJsDocs()[0]!.getText()).toContain(
      '@deprecated Removed from the API; there is no replacement.',
    );
  });
});

describe('generator output: suggested values', () => {
  it('types a suggest list as its literals plus any text, and validates it as text', () => {
    const text = [
      'namespace: socialize',
      'description: d',
      'methods:',
      '  - name: login',
      '    description: d',
      '    safeToRepeat: false',
      '    params:',
      '      - { name: x_provider, type: string, required: true, doc: P., suggest: [facebook, twitter] }',
      '      - { name: extra, type: csv, required: false, doc: E., suggest: [a, b] }',
      '    response: { fields: [] }',
      '    errors: []',
      '',
    ].join('\n');
    const out = generateSnippet(text).out;
    const types = parse(out.get('socialize/types.gen.ts'));
    expect(prop(types, 'SocializeLoginParams', 'x_provider').type).toBe("'facebook' | 'twitter' | (string & {})");
    expect(prop(types, 'SocializeLoginParams', 'extra').type).toBe(
      "'a' | 'b' | (string & {}) | readonly ('a' | 'b' | (string & {}))[] | undefined",
    );
    expect(
      parse(out.get('socialize/validators.gen.ts'))
        .getVariableDeclarationOrThrow('socializeLoginParamsSchema')
        .getInitializerOrThrow()
        .getText(),
    ).toContain('x_provider: z.string(),');
  });
});

describe('generator output: validators.gen.ts', () => {
  it('imports zod as a namespace and types each schema against its interface', () => {
    expect(validators.getImportDeclarationOrThrow('zod').getNamespaceImportOrThrow().getText()).toBe('z');
    const decl = validators.getVariableDeclarationOrThrow('socializeSetStatusParamsSchema');
    expect(decl.getTypeNodeOrThrow().getText()).toBe('z.ZodType<SocializeSetStatusParams>');
    expect(decl.getVariableStatementOrThrow().isExported()).toBe(true);
  });

  it('builds strict objects with optional fields, ints, enums and csv unions', () => {
    expect(initializer(validatorChecks, 'socializeSetStatusParamsSchema')).toBe(
      [
        'z.strictObject({',
        '  uid: z.string().optional(),',
        '  status: z.string(),',
        "  shortURLs: z.enum(['always', 'whenRequired', 'never']).optional(),",
        '  enabledProviders: z.union([z.string(), z.array(z.string())]).optional(),',
        '  cid: z.string().optional(),',
        '  checkParams: z.boolean().optional(),',
        '  context: z.unknown().optional(),',
        '})',
      ].join('\n'),
    );
    expect(initializer(validatorChecks, 'socializeDeleteParamsSchema')).toContain('count: z.number().int().optional()');
    // A method without params of its own still takes the common ones.
    expect(initializer(validatorChecks, 'socializeGetFeedParamsSchema')).toBe(
      [
        'z.strictObject({',
        '  checkParams: z.boolean().optional(),',
        '  cid: z.string().optional(),',
        '  context: z.unknown().optional(),',
        '})',
      ].join('\n'),
    );
  });

  it('declares each param shape schema once, reuses it, and references cycles lazily', () => {
    expect(initializer(validators, 'socializePublishUserActionParamsSchema')).toContain(
      'userAction: socializeUserActionSchema,',
    );
    expect(initializer(validators, 'socializeUserActionSchema')).toContain(
      'mediaItems: z.array(socializeMediaItemSchema).optional(),',
    );
    expect(initializer(validators, 'socializeMediaItemSchema')).toContain(
      'children: z.array(z.lazy(() => socializeMediaItemSchema)).optional(),',
    );
    const names = validators.getVariableDeclarations().map((d) => d.getName());
    // MediaItem before UserAction (dependency order); response-only shapes (User, Identity) get no schema.
    expect(names.filter((n) => !n.endsWith('ParamsSchema'))).toEqual([
      'socializeMediaItemSchema',
      'socializeUserActionSchema',
    ]);
  });
});

describe('generator output: validators.gen.ts builds the checked schemas lazily', () => {
  const checked = validatorChecks.getVariableDeclarations().map((d) => d.getName());

  it('declares the same schemas as the check file, each as its interface, in the same order', () => {
    expect(validators.getVariableDeclarations().map((d) => d.getName())).toEqual(checked);
    for (const name of checked) {
      expect(validators.getVariableDeclarationOrThrow(name).getTypeNodeOrThrow().getText(), name).toBe(
        validatorChecks.getVariableDeclarationOrThrow(name).getTypeNodeOrThrow().getText(),
      );
    }
  });

  it('wraps exactly the checked expression in a pure lazySchema call, typed by its interface', () => {
    for (const name of checked) {
      const decl = validators.getVariableDeclarationOrThrow(name);
      const call = decl.getInitializerIfKindOrThrow(SyntaxKind.CallExpression);
      expect(call.getExpression().getText(), name).toBe('lazySchema');
      const build = call.getArguments()[0]!.asKindOrThrow(SyntaxKind.ArrowFunction);
      expect(
        build.getParameters().map((p) => p.getName()),
        name,
      ).toEqual(['z']);
      expect(build.getBody().getText(), name).toBe(reindent(initializer(validatorChecks, name)));
      const type = decl
        .getTypeNodeOrThrow()
        .getText()
        .replace(/^z\.ZodType<(.*)>$/, '$1');
      expect(
        call.getTypeArguments().map((t) => t.getText()),
        name,
      ).toEqual([type]);
      expect(decl.getVariableStatementOrThrow().getText(), name).toContain(
        `= /* @__PURE__ */ lazySchema<${type}>((z) =>`,
      );
    }
    // The helper is the runtime's, which loads zod on first use: the module imports zod's types only.
    expect(validators.getFunction('lazySchema')).toBeUndefined();
    expect(validators.getImportDeclarations().map((i) => [i.getModuleSpecifierValue(), i.isTypeOnly()])).toEqual([
      ['zod', true],
      ['../../src/runtime.js', false],
      ['./types.gen.js', true],
    ]);
  });

  it('the check file proves both directions and is not part of the namespace barrel', () => {
    const flat = (text: string): string => text.replace(/\s+/g, ' ');
    const reverse = flat(validatorChecks.getFunctionOrThrow('validatorsMatchTheirInterfaces').getBodyText() ?? '');
    for (const name of checked) {
      const type = validatorChecks
        .getVariableDeclarationOrThrow(name)
        .getTypeNodeOrThrow()
        .getText()
        .replace(/^z\.ZodType<(.*)>$/, '$1');
      // The second spelling never reaches the validator: the proof is about the type without it.
      const proved = type === 'SocializeSetStatusParams' ? `Omit<Extract<${type}, { UID?: undefined }>, 'UID'>` : type;
      expect(reverse, name).toContain(flat(`matches<${proved}>()(${initializer(validatorChecks, name)});`));
    }
    expect(fixture.out.get('socialize/index.ts')).not.toContain('validators.check');
  });
});

describe('generator output: methods.gen.ts', () => {
  it('defines a descriptor per method with the catalog facts', () => {
    const setStatus = described(methods, 'setStatusMethod');
    expect(setStatus.callee).toBe('describeMethod');
    expect(setStatus.type).toBe(
      'MethodDescriptor<SocializeSetStatusParams, SocializeSetStatusResponse, SocializeSetStatusErrorCode>',
    );
    expect(setStatus.schema).toBe('socializeSetStatusParamsSchema');
    expect(setStatus.facts).toEqual({
      name: 'socialize.setStatus',
      safeToRepeat: false,
      errorCodes: [400002, 400006, 403003, 403005, 403006, 403048, 500024],
      csvParams: ['enabledProviders'],
      access: 'signed',
      aliases: { UID: 'uid' },
    });
    expect(setStatus.hints?.value).toEqual({ providerPostIDs: 'json' });
    // The check file builds the same descriptor from typed literals.
    expect(checkedDescriptor(validatorChecks, 'socialize.setStatus')).toBe(
      [
        'defineMethod<SocializeSetStatusParams, SocializeSetStatusResponse, SocializeSetStatusErrorCode>({',
        "  name: 'socialize.setStatus',",
        '  safeToRepeat: false,',
        '  errorCodes: [400002, 400006, 403003, 403005, 403006, 403048, 500024] as const,',
        '  params: socializeSetStatusParamsSchema,',
        "  csvParams: ['enabledProviders'],",
        "  access: 'signed',",
        '  aliases: {',
        "    UID: 'uid',",
        '  },',
        '  responseHints: {',
        "    providerPostIDs: 'json',",
        '  },',
        '})',
      ].join('\n'),
    );
    expect(described(methods, 'getFeedMethod').facts['deprecated']).toBe(
      'Removed from the API; there is no replacement.',
    );
    expect(described(methods, 'facebookDeauthorizeMethod').facts['access']).toBe('public');
    // The always-present fields travel with the descriptor, so the client can hold responses to them.
    expect(described(methods, 'getUserInfoMethod').facts['alwaysPresent']).toEqual(['UID', 'isSiteUser']);
    expect(described(methods, 'setStatusMethod').facts).not.toHaveProperty('alwaysPresent');
    expect(checkedDescriptor(validatorChecks, 'socialize.getUserInfo')).toContain(
      "  alwaysPresent: ['UID', 'isSiteUser'],",
    );
  });

  it('derives response hints from field types, sharing shape hints', () => {
    // An extended shape's hints are written out (a spread would keep bundlers from dropping the descriptor).
    const getUserInfoHints =
      "{\n    UID: 'string',\n    age: 'number',\n    identities: { items: { fields: " +
      "socializeIdentityHints } },\n    isSiteUser: 'boolean',\n    lastLoginTime: 'number',\n  }";
    const getUserInfo = described(methods, 'getUserInfoMethod').hints;
    expect(getUserInfo?.callee).toBe('hintsFromJson');
    // A shape's hints are a number in JSON: its place in the list given next to the text.
    expect(getUserInfo?.value).toEqual({
      UID: 'string',
      age: 'number',
      identities: { items: { fields: 0 } },
      isSiteUser: 'boolean',
      lastLoginTime: 'number',
    });
    expect(getUserInfo?.shapes).toBe('[socializeIdentityHints]');
    // Where a user's compiler sees them they are text; the check file types the same literals.
    expect(checkedDescriptor(validatorChecks, 'socialize.getUserInfo')).toContain(
      `  responseHints: ${getUserInfoHints},`,
    );
    const checked = validatorChecks.getFunctionOrThrow('descriptorsChecked');
    expect(checked.getReturnTypeNodeOrThrow().getText()).toBe('Readonly<Record<string, MethodDescriptor>>');
    expect(checked.getText()).toContain('  const socializeUserHints: ResponseHints = {\n');
    expect(initializer(methods, 'socializeUserHints')).toBe(
      'hintsFromJson(\'{"UID":"string","age":"number","identities":{"items":{"fields":0}}}\', ' +
        '[socializeIdentityHints])',
    );
    expect(described(methods, 'getFeedMethod').hints?.value).toMatchObject({ items: { items: 'json' } });
  });

  it('lists the always-present response fields of every method, extended shapes first', () => {
    const decl = methods.getVariableDeclarationOrThrow('socializeResponseRequired');
    expect(decl.getTypeNodeOrThrow().getText()).toBe('Readonly<Record<string, readonly string[]>>');
    const json = decl
      .getInitializerIfKindOrThrow(SyntaxKind.CallExpression)
      .getArguments()[0]!
      .asKindOrThrow(SyntaxKind.StringLiteral)
      .getLiteralValue();
    expect(Object.entries(JSON.parse(json) as Record<string, string[]>)).toEqual([
      ['socialize.delete', []],
      ['socialize.facebook.deauthorize', []],
      ['socialize.getFeed', []],
      ['socialize.getUserInfo', ['UID', 'isSiteUser']],
      ['socialize.publishUserAction', []],
      ['socialize.setStatus', []],
    ]);
  });

  it('exports a TSDoc-ed function per method; params optional only when nothing is required', () => {
    const setStatus = methods.getFunctionOrThrow('setStatus');
    expect(setStatus.isExported()).toBe(true);
    expect(setStatus.getParameters().map((p) => p.getText())).toEqual([
      'invoker: Invoker',
      'params: SocializeSetStatusParams',
      'options?: CallOptions',
    ]);
    expect(setStatus.getReturnTypeNodeOrThrow().getText()).toBe('Promise<GigyaResult<SocializeSetStatusResponse>>');
    expect(setStatus.getBodyText()).toBe('return invokeUnchecked(invoker, setStatusMethod, params, options);');
    // The same call typed by the descriptor, in the check file.
    const checkedCall = validatorChecks.getFunctionOrThrow('setStatusChecked');
    expect(checkedCall.getReturnTypeNodeOrThrow().getText()).toBe('Promise<GigyaResult<SocializeSetStatusResponse>>');
    expect(checkedCall.getBodyText()).toBe(
      'return invoker.invoke<SocializeSetStatusParams, SocializeSetStatusResponse, SocializeSetStatusErrorCode>(' +
        'setStatusMethod, params, options);',
    );
    const docs = setStatus.getJsDocs()[0]!.getText();
    expect(docs).toContain("Sets the user's status on networks that support it.");
    expect(docs).toContain('Errors besides the common ones: 403005 UnauthorizedUser; 500024 SocialProviderFailure.');
    expect(docs).toContain(
      'Where this comes from: {@link https://www.npmjs.com/package/gigya | Typed in the gigya npm package}; ' +
        'described in the original Socialize REST reference.',
    );
    expect(docs).toContain('@param params - See {@link SocializeSetStatusParams}.');
    expect(methods.getFunctionOrThrow('getUserInfo').getParameters()[1]!.getText()).toBe(
      'params?: SocializeGetUserInfoParams',
    );
  });

  it('names dotted methods in camelCase and escapes reserved words', () => {
    expect(methods.getFunction('facebookDeauthorize')).toBeDefined();
    expect(methods.getFunction('delete_')).toBeDefined();
    expect(methods.getVariableDeclaration('deleteMethod')).toBeDefined();
  });

  it('nests dotted methods in the namespace interface, each with its TSDoc', () => {
    const ns = methods.getInterfaceOrThrow('SocializeNamespace');
    expect(ns.getProperties().map((p) => p.getName())).toEqual([
      'delete',
      'facebook',
      'getFeed',
      'getUserInfo',
      'publishUserAction',
      'setStatus',
    ]);
    const setStatus = ns.getPropertyOrThrow('setStatus');
    expect(setStatus.isReadonly()).toBe(true);
    expect(setStatus.getTypeNodeOrThrow().getText()).toBe(
      'BoundMethod<SocializeSetStatusParams, SocializeSetStatusResponse, SocializeSetStatusErrorCode>',
    );
    expect(setStatus.getJsDocs()[0]!.getText()).toContain("Sets the user's status on networks that support it.");
    expect(ns.getPropertyOrThrow('getFeed').getJsDocs()[0]!.getText()).toContain('@deprecated Removed from the API');
    const facebook = ns.getPropertyOrThrow('facebook').getTypeNodeOrThrow().getText();
    expect(facebook).toContain(
      'readonly deauthorize: BoundMethod<SocializeFacebookDeauthorizeParams, ' +
        'SocializeFacebookDeauthorizeResponse, SocializeFacebookDeauthorizeErrorCode>;',
    );
    expect(facebook).toContain("Handles Facebook's deauthorization callback.");
  });

  it('binds the namespace from one table of paths; the check file binds each method as the interface says', () => {
    const body = methods.getFunctionOrThrow('bindSocialize').getText();
    expect(body).toContain('return bindMethods(invoker, {\n');
    expect(body).toContain("    'facebook.deauthorize': facebookDeauthorizeMethod,\n");
    expect(body).toContain('    setStatus: setStatusMethod,\n');
    expect(body).toContain('}) as SocializeNamespace;');
    const checked = validatorChecks.getFunctionOrThrow('bindSocializeChecked');
    expect(checked.getReturnTypeNodeOrThrow().getText()).toBe('SocializeNamespace');
    expect(checked.getText()).toContain(
      '    facebook: {\n      deauthorize: bindMethod(invoker, facebookDeauthorizeMethod),\n    },',
    );
    expect(checked.getText()).toContain('setStatus: bindMethod(invoker, setStatusMethod),');
    expect(checked.getText()).toContain('delete: bindMethod(invoker, deleteMethod),');
  });

  it('imports the runtime from a path relative to each file, or from a package', () => {
    expect(methods.getImportDeclarations()[0]!.getModuleSpecifierValue()).toBe('../../src/runtime.js');
    expect(rootIndex.getImportDeclarations()[0]!.getModuleSpecifierValue()).toBe('../src/runtime.js');
    const pkg = generateSnippet(
      'namespace: socialize\ndescription: d\nmethods:\n  - { name: logout, description: d, safeToRepeat: ' +
        'true, params: [], response: { fields: [] }, errors: [] }\n',
    );
    expect(parse(pkg.out.get('socialize/methods.gen.ts')).getImportDeclarations()[0]!.getModuleSpecifierValue()).toBe(
      'gigya-typed/runtime',
    );
  });
});

describe('generator output: errors.gen.ts', () => {
  it('ErrorCode is an as-const map of every code', () => {
    const init = initializer(errors, 'ErrorCode');
    expect(init).toMatch(/^\{\n[\s\S]*\} as const$/);
    expect(init).toContain('InvalidRequestSignature: 403003,');
    expect(init).toContain(
      '/** 403003 Invalid request signature: The sig param does not match the request. ' +
        '(In the 2010 Socialize REST table: Invalid date format.) */',
    );
  });

  it('emits the code unions', () => {
    const alias = (name: string) =>
      errors.getTypeAliasOrThrow(name).getTypeNodeOrThrow().getText().replace(/\s+/g, ' ');
    expect(alias('ResultCode')).toBe('0 | 206001');
    expect(alias('PendingCode')).toBe('206001');
    expect(alias('GigyaErrorCode')).toBe('| 400002 | 400006 | 403003 | 403005 | 403006 | 403048 | 500024');
    expect(alias('CommonErrorCode')).toBe('| 400002 | 400006 | 403003 | 403006 | 403048');
    expect(alias('SocializeSetStatusErrorCode')).toBe('CommonErrorCode | 403005 | 500024');
    expect(alias('SocializeGetUserInfoErrorCode')).toBe('CommonErrorCode');
    expect(alias('ErrorCodeValue')).toBe('(typeof ErrorCode)[keyof typeof ErrorCode]');
  });

  it('per-method unions hold outcome:error codes only', () => {
    const text =
      'namespace: socialize\ndescription: d\nmethods:\n  - { name: notifyLogin, description: d, ' +
      'safeToRepeat: false, params: [], response: { fields: [] }, errors: [206001, 500024] }\n';
    const out = parse(generateSnippet(text).out.get('errors.gen.ts'));
    expect(out.getTypeAliasOrThrow('SocializeNotifyLoginErrorCode').getTypeNodeOrThrow().getText()).toBe(
      'CommonErrorCode | 500024',
    );
    const descriptor = parse(generateSnippet(text).out.get('socialize/methods.gen.ts'));
    expect(described(descriptor, 'notifyLoginMethod').facts['errorCodes']).toEqual([
      400002, 400006, 403003, 403006, 403048, 500024,
    ]);
  });

  it('emits the info table and lookupErrorCode', () => {
    expect(errorDocs.getVariableDeclarationOrThrow('errorCodeInfo').getTypeNodeOrThrow().getText()).toBe(
      '{ readonly [C in ErrorCodeValue]: ErrorCodeInfo }',
    );
    expect(initializer(errorDocs, 'errorCodeInfo')).toContain(
      "403003: {\n    code: 403003,\n    name: 'InvalidRequestSignature',\n    message: 'Invalid request signature',",
    );
    expect(initializer(errorDocs, 'errorCodeInfo')).toContain("legacyMessage: 'Invalid date format',");
    expect(errorDocs.getFunctionOrThrow('lookupErrorCode').getReturnTypeNodeOrThrow().getText()).toBe(
      'ErrorCodeInfo | undefined',
    );
  });
});

describe('generator output: the error table, split', () => {
  it('errors.gen.ts holds what the runtime needs, without messages', () => {
    expect(errors.getVariableDeclarationOrThrow('runtimeErrorInfo').getTypeNodeOrThrow().getText()).toBe(
      '{ readonly [C in ErrorCodeValue]: RuntimeErrorCodeInfo }',
    );
    expect(initializer(errors, 'runtimeErrorInfo')).toContain(
      "403048: { code: 403048, name: 'RateLimitExceeded', httpStatus: 403, outcome: 'error', retry: " +
        "'rate-limit', common: true },",
    );
    expect(initializer(errors, 'runtimeErrorInfo')).not.toContain('message');
    expect(errors.getFunctionOrThrow('lookupRuntimeErrorInfo').getReturnTypeNodeOrThrow().getText()).toBe(
      'RuntimeErrorCodeInfo | undefined',
    );
    expect(errors.getImportDeclarationOrThrow('../src/runtime.js').getText()).toBe(
      "import type { ErrorCodeInfo as RuntimeErrorCodeInfo } from '../src/runtime.js';",
    );
    expect(errors.getTypeAlias('RetryClass')).toBeUndefined();
  });

  it('errors.docs.gen.ts adds the texts to the runtime facts; errors.gen.ts does not carry them', () => {
    const info = errorDocs.getInterfaceOrThrow('ErrorCodeInfo');
    expect(info.getExtends().map((e) => e.getText())).toEqual(['RuntimeErrorCodeInfo']);
    expect(info.getProperties().map((p) => p.getName())).toEqual(['message', 'description', 'legacyMessage']);
    expect(fixture.out.get('errors.gen.ts')).not.toContain('errors.docs.gen.js');
    // Namespace modules take types only from the tables.
    expect(fixture.out.get('socialize/methods.gen.ts')).toMatch(/import type \{[^}]*\} from '\.\.\/errors\.gen\.js';/);
    expect(fixture.out.get('socialize/methods.gen.ts')).not.toContain('errors.docs.gen.js');
  });
});

describe('generator output: pure top-level calls', () => {
  it('marks descriptors and the registry /* @__PURE__ */, with no spread in their arguments', () => {
    for (const d of methods.getVariableDeclarations().filter((v) => v.getName().endsWith('Method'))) {
      expect(d.getVariableStatementOrThrow().getText(), d.getName()).toContain('= /* @__PURE__ */ describeMethod(');
      expect(initializer(methods, d.getName()), d.getName()).not.toContain('...');
    }
    const statement = (name: string) => methods.getVariableStatementOrThrow(name).getText();
    for (const d of methods.getVariableDeclarations().filter((v) => v.getName().endsWith('Hints')))
      expect(statement(d.getName()), d.getName()).toContain('= /* @__PURE__ */ hintsFromJson(');
    expect(statement('socializeMethods')).toContain('= /* @__PURE__ */ listMethods(');
    expect(statement('socializeResponseRequired')).toContain('= /* @__PURE__ */ JSON.parse(');
    const registry = rootIndex.getVariableStatementOrThrow('methodRegistry').getText();
    expect(registry).toContain('= /* @__PURE__ */ new Map(\n  /* @__PURE__ */ [...socializeMethods].map(');
  });
});

describe('generator output: index.ts', () => {
  it('maps wire names to params, response and errors', () => {
    const map = rootIndex.getInterfaceOrThrow('MethodMap');
    expect(map.getProperties().map((p) => p.getName())).toEqual([
      "'socialize.delete'",
      "'socialize.facebook.deauthorize'",
      "'socialize.getFeed'",
      "'socialize.getUserInfo'",
      "'socialize.publishUserAction'",
      "'socialize.setStatus'",
    ]);
    expect(map.getPropertyOrThrow("'socialize.setStatus'").getTypeNodeOrThrow().getText()).toBe(
      '{ params: SocializeSetStatusParams; response: SocializeSetStatusResponse; errors: SocializeSetStatusErrorCode }',
    );
  });

  it('exports the registry, Namespaces and bindNamespaces', () => {
    expect(rootIndex.getVariableDeclarationOrThrow('methodRegistry').getTypeNodeOrThrow().getText()).toBe(
      'ReadonlyMap<string, MethodDescriptor>',
    );
    expect(
      rootIndex.getInterfaceOrThrow('Namespaces').getPropertyOrThrow('socialize').getTypeNodeOrThrow().getText(),
    ).toBe('SocializeNamespace');
    expect(rootIndex.getFunctionOrThrow('bindNamespaces').getText()).toContain(
      '  return {\n    socialize: bindSocialize(invoker),\n  };',
    );
    expect(initializer(rootIndex, 'responseRequired')).toBe('{ ...socializeResponseRequired }');
  });

  it('the namespace barrel re-exports its modules and error unions', () => {
    const barrel = fixture.out.get('socialize/index.ts')!;
    expect(barrel).toContain(
      "export * from './types.gen.js';\nexport * from './validators.gen.js';\nexport * from './methods.gen.js';",
    );
    expect(barrel).toContain("  SocializeSetStatusErrorCode,\n} from '../errors.gen.js';");
  });
});

describe('docs', () => {
  const docs = fixture.docs.get('socialize.md')!;
  it('renders a section per method with params, response and errors', () => {
    expect(docs).toContain('## `socialize.setStatus`');
    expect(docs).toContain(
      '| `shortURLs` | `string` (one of `always`, `whenRequired`, `never`) | no | `whenRequired` | Whether ' +
        'links are replaced by short URLs. |',
    );
    expect(docs).toContain(
      '| `enabledProviders` | `csv` (comma-separated, or an array) | no |  | Providers to post to. |',
    );
    expect(docs).toContain(
      '| [500024](errors.md#500024) | `SocialProviderFailure` | Social provider failure: The social network ' +
        'rejected the call. |',
    );
    expect(docs).toContain('Includes every field of [`User`](#shape-user).');
    expect(docs).toContain('> **Deprecated.** Removed from the API; there is no replacement.');
  });

  it('renders the error table with common codes first', () => {
    const table = fixture.docs.get('errors.md')!;
    expect(table).toContain('| [403048](#403048) | `RateLimitExceeded` | Rate limit exceeded | rate-limit |');
    expect(table).toContain(
      '| <a id="403003"></a>403003 | `InvalidRequestSignature` | Invalid request signature | error | none | ' +
        '403 | The sig param does not match the request. In the 2010 Socialize REST table: "Invalid date ' +
        'format". |',
    );
  });
});

describe('determinism', () => {
  it('two runs give identical bytes', () => {
    const again = generate(loadCatalog(VALID_FIXTURE), {
      runtime: { kind: 'relative', fromRoot: '../src/runtime.js' },
      docs: true,
    });
    expect([...again.out]).toEqual([...fixture.out]);
    expect([...again.docs]).toEqual([...fixture.docs]);
  });

  it('the order of methods, shapes and codes in the YAML does not change the output', () => {
    const ordered = [
      'namespace: socialize',
      'description: d',
      'shapes:',
      '  A: { description: a, fields: [{ name: x, type: string, required: true, doc: X. }] }',
      '  B: { description: b, fields: [{ name: a, type: A, required: false, doc: An A. }] }',
      'methods:',
      '  - { name: alpha, description: d, safeToRepeat: true, params: ' +
        '[{ name: b, type: B, required: true, doc: A B. }], response: { fields: [] }, errors: [403005, 500024] ' +
        '}',
      '  - { name: beta, description: d, safeToRepeat: false, params: [], response: { extends: [B], fields: ' +
        '[] }, errors: [] }',
      '',
    ];
    const reordered = [
      ordered[0],
      ordered[1],
      ordered[2],
      ordered[4],
      ordered[3],
      ordered[5],
      ordered[7],
      ordered[6]!.replace('[403005, 500024]', '[500024, 403005]'),
      '',
    ];
    const errorsReversed = [
      'codes:',
      ...FIXTURE_ERRORS.split('\n  - ')
        .slice(1)
        .reverse()
        .map((e) => `  - ${e.trimEnd()}`),
      '',
    ].join('\n');
    const a = generateSnippet(ordered.join('\n'));
    const b = generateSnippet(reordered.join('\n'), { errors: errorsReversed });
    expect([...b.out]).toEqual([...a.out]);
    expect([...b.docs]).toEqual([...a.docs]);
  });

  it('an empty namespace still produces compilable shapes of every file', () => {
    const ir = parseSnippet('namespace: socialize\ndescription: Nothing yet.\n');
    const out = generate(ir, { runtime: { kind: 'module', specifier: 'gigya-typed/runtime' }, docs: false }).out;
    expect(out.get('socialize/methods.gen.ts')).toContain(
      'export const socializeMethods = /* @__PURE__ */ listMethods();',
    );
    expect(out.get('socialize/methods.gen.ts')).toContain('export interface SocializeNamespace {}');
  });
});

describe('generator output: provenance, groups, flows and the site schema (catalog v2)', () => {
  const text = [
    'namespace: accounts',
    'description: Accounts.',
    'groups:',
    '  tfa: Two-factor authentication.',
    'shapes:',
    '  Account:',
    '    description: An account.',
    '    sources: [S_HELP]',
    '    fields:',
    '      - { name: data, type: SiteData, required: false, doc: The data. }',
    'methods:',
    '  - name: login',
    '    description: Logs in.',
    '    safeToRepeat: false',
    '    sources: [S_HELP, S_SH]',
    '    params:',
    '      - { name: loginID, type: string, required: true, doc: The login ID., sources: [S_TSW] }',
    '    response:',
    '      extends: [Account]',
    '      fields:',
    '        - { name: regToken, type: string, required: false, doc: The token. }',
    '    errors:',
    '      - 206001',
    '      - { code: 403005, inferred: A reason in our words. }',
    '  - name: tfa.getProviders',
    '    description: Lists providers.',
    '    safeToRepeat: true',
    '    sources: [S_TSW]',
    '    params: []',
    '    response: { fields: [] }',
    '    errors: []',
    '',
  ].join('\n');
  const errors = FIXTURE_ERRORS.replace(
    '    outcome: pending\n',
    '    outcome: pending\n    carries:\n      - { name: regToken, required: true }\n',
  );
  const out = generateSnippet(text, { fileName: 'accounts.yaml', errors });
  const m = parse(out.out.get('accounts/methods.gen.ts'));
  const t = parse(out.out.get('accounts/types.gen.ts'));
  const checks = parse(out.out.get('accounts/validators.check.ts'));
  const docs = out.docs.get('accounts.md')!;

  it('says where entries come from in words, linked, never as keys', () => {
    const hover = m.getFunctionOrThrow('login').getJsDocs()[0]!.getText();
    expect(hover).toContain(
      'Where this comes from: {@link ' +
        'https://help.sap.com/docs/SAP_CUSTOMER_DATA_CLOUD/8b8d6fffe113457094a17701f63e3d6a | Documented in ' +
        "SAP's reference}; {@link https://www.npmjs.com/package/gigya | typed in the gigya npm package}.",
    );
    expect(hover).toContain(
      'Errors besides the common ones: 403005 UnauthorizedUser (inferred: A reason in our words.).',
    );
    expect(prop(t, 'AccountsLoginParams', 'loginID').docs).toContain(
      'Source: {@link https://www.npmjs.com/package/@gigya-ts/rest-api | Typed in the @gigya-ts/rest-api ' +
        "package, which follows SAP's reference}.",
    );
    expect(docs).toContain("- Where this comes from: [Documented in SAP's reference](https://help.sap.com/");
    expect(docs).toContain('| inferred: A reason in our words. |');
    for (const [name, file] of [...out.out, ...out.docs]) expect(file, name).not.toMatch(/\bS_[A-Z]{2,}\b/);
  });

  it('nests groups in the namespace interface with their description', () => {
    const tfa = m.getInterfaceOrThrow('AccountsNamespace').getPropertyOrThrow('tfa');
    expect(tfa.getJsDocs()[0]!.getText()).toContain('Two-factor authentication.');
    expect(tfa.getTypeNodeOrThrow().getText()).toContain('readonly getProviders: BoundMethod<');
    expect(m.getFunctionOrThrow('bindAccounts').getText()).toContain("'tfa.getProviders': tfaGetProvidersMethod,");
    expect(checks.getFunctionOrThrow('bindAccountsChecked').getText()).toContain(
      'tfa: {\n      getProviders: bindMethod(invoker, tfaGetProvidersMethod),',
    );
  });

  it("makes what reaches the site's schema generic over it; writes see it as deep partials", () => {
    expect(
      t
        .getInterfaceOrThrow('AccountsAccount')
        .getTypeParameters()
        .map((p) => p.getText()),
    ).toEqual(['S extends SiteSchema = SiteSchema']);
    expect(prop(t, 'AccountsAccount', 'data').type).toBe('SiteData<S>');
    expect(m.getInterfaceOrThrow('AccountsNamespace').getTypeParameters()).toHaveLength(1);
  });

  it('types a result code that carries fields as a variant of the result, discriminated by errorCode', () => {
    const result = t.getTypeAliasOrThrow('AccountsLoginResult').getTypeNodeOrThrow().getText().replace(/\s+/g, ' ');
    expect(result).toContain('(AccountsLoginResponse<S> & { readonly errorCode: Exclude<ResultCode, 206001> })');
    expect(result).toContain('readonly errorCode: 206001;');
    expect(result).toContain('readonly regToken: string;');
    expect(described(m, 'loginMethod').type).toBe(
      'MethodDescriptor<AccountsLoginParams, AccountsLoginResult, AccountsLoginErrorCode>',
    );
  });
});

describe('generator output: an @ in catalog text never opens a TSDoc tag', () => {
  const text = [
    'namespace: socialize',
    'description: Social.',
    'methods:',
    '  - name: ping',
    '    description: Pings. @gigya-ts/rest-api types it too.',
    '    notes:',
    '      - "@gigya-ts/rest-api names no params; see {@link https://x.example/a | the @scope page} or `@keep`."',
    '    safeToRepeat: true',
    '    params:',
    '      - { name: who, type: string, required: false, doc: "Mail to a@b.example, or (@someone) by handle." }',
    '    response: { fields: [] }',
    '    errors: []',
    '',
  ].join('\n');
  const out = generateSnippet(text);
  const m = parse(out.out.get('socialize/methods.gen.ts'));
  const t = parse(out.out.get('socialize/types.gen.ts'));

  it('keeps the whole description and only the tags the generator writes', () => {
    const d = m.getFunctionOrThrow('ping').getJsDocs()[0]!;
    expect(d.getDescription()).toContain('Pings. `@gigya-ts/rest-api` types it too.');
    expect(d.getDescription()).toContain(
      '`@gigya-ts/rest-api` names no params; see {@link https://x.example/a | the @scope page} or `@keep`.',
    );
    expect(d.getTags().map((tag) => tag.getTagName())).toEqual(['param', 'param', 'param', 'returns']);
    const who = t.getInterfaceOrThrow('SocializePingParams').getPropertyOrThrow('who').getJsDocs()[0]!;
    expect(who.getDescription().trim()).toBe('Mail to a@b.example, or (`@someone`) by handle.');
    expect(who.getTags()).toEqual([]);
  });
});

describe('the built-in generated code: TSDoc holds no tag the generator did not write', () => {
  const written = new Set(['param', 'returns', 'remarks', 'see', 'deprecated', 'defaultValue', 'typeParam', 'example']);
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'generated');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s', (file) => {
    const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const stray: string[] = [];
    const visit = (node: ts.Node): void => {
      for (const tag of ts.getJSDocTags(node))
        if (!written.has(tag.tagName.text)) stray.push(`@${tag.tagName.text} at ${node.getStart(source)}`);
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(stray).toEqual([]);
  });
});
