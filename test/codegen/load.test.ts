import { describe, expect, it } from 'vitest';
import { CatalogError, loadCatalog, parseCatalog } from '../../codegen/load/index.js';
import { FIXTURES, FIXTURE_ERRORS, issuesOf, parseSnippet, source, VALID_FIXTURE } from './helpers.js';

/** A namespace file: header on lines 1-3, so the first method's `- name:` is on line 4. Lines as given. */
function rawNs(...methodLines: string[]): string {
  return ['namespace: socialize', 'description: Test namespace.', 'methods:', ...methodLines, ''].join('\n');
}

const LIST_KEYS: readonly (readonly [string, string])[] = [
  ['params', '[]'],
  ['response', '{ fields: [] }'],
  ['errors', '[]'],
];

/**
 * Like `rawNs`, but a method that lacks `params`, `response` or `errors` (each required) gets an
 * empty one: at the end of its block, or inside its `{ … }`. So each test writes only what it is about.
 */
function ns(...methodLines: string[]): string {
  const out: string[] = [];
  let block: string[] = [];
  const flush = (): void => {
    if (block.length === 0) return;
    const missing = LIST_KEYS.filter(([key]) => !block.some((l) => l.startsWith(`    ${key}:`)));
    out.push(...block, ...missing.map(([key, empty]) => `    ${key}: ${empty}`));
    block = [];
  };
  for (const line of methodLines) {
    const flow = /^ {2}- \{ (.*) \}$/.exec(line);
    if (flow) {
      flush();
      const body = flow[1]!;
      const missing = LIST_KEYS.filter(([key]) => !new RegExp(`(^|, )${key}:`).test(body));
      out.push(`  - { ${[body, ...missing.map(([key, empty]) => `${key}: ${empty}`)].join(', ')} }`);
    } else {
      if (line.startsWith('  - ')) flush();
      block.push(line);
    }
  }
  flush();
  return rawNs(...out);
}

const SET_STATUS_HEAD = ['  - name: setStatus', '    description: Sets status.', '    safeToRepeat: false'];

/** The codes the client raises itself, which every errors.yaml must have as common codes. */
const LOCAL_CODES = [
  '  - { code: 400002, name: MissingRequiredParameter, message: Missing, description: d., httpStatus: 400, ' +
    'outcome: error, retry: none, common: true }',
  '  - { code: 400006, name: InvalidParameterValue, message: Invalid, description: d., httpStatus: 400, ' +
    'outcome: error, retry: none, common: true }',
  '  - { code: 403006, name: SecretSentOverHttp, message: Https, description: d., httpStatus: 403, outcome: ' +
    'error, retry: none, common: true }',
];

describe('catalog loader: valid input', () => {
  it('loads the fixture catalog into sorted IR', () => {
    const ir = loadCatalog(VALID_FIXTURE);
    expect(ir.namespaces.map((n) => n.name)).toEqual(['socialize']);
    const socialize = ir.namespaces[0]!;
    expect(socialize.methods.map((m) => m.name)).toEqual([
      'delete',
      'facebook.deauthorize',
      'getFeed',
      'getUserInfo',
      'publishUserAction',
      'setStatus',
    ]);
    expect(socialize.shapes.map((s) => s.name)).toEqual(['Identity', 'MediaItem', 'User', 'UserAction']);
    expect(ir.errors.codes.map((c) => c.code)).toEqual([
      0, 206001, 400002, 400006, 403003, 403005, 403006, 403048, 500024,
    ]);
    expect(ir.errors.sourceFile).toBe('valid/errors.yaml');
    expect(socialize.sourceFile).toBe('valid/socialize.yaml');
  });

  it('resolves per-method error sets: listed outcome:error codes plus the common ones', () => {
    const setStatus = loadCatalog(VALID_FIXTURE).namespaces[0]!.methods.find((m) => m.name === 'setStatus')!;
    expect(setStatus.listedErrors).toEqual([403003, 403005, 500024]);
    expect(setStatus.ownErrorCodes).toEqual([403005, 500024]);
    expect(setStatus.errorCodes).toEqual([400002, 400006, 403003, 403005, 403006, 403048, 500024]);
    expect(setStatus.csvParams).toEqual(['enabledProviders']);
    expect(setStatus.paramsOptional).toBe(false);
  });

  it('marks which shapes params and responses reach (transitively)', () => {
    const shapes = new Map(loadCatalog(VALID_FIXTURE).namespaces[0]!.shapes.map((s) => [s.name, s]));
    expect([
      shapes.get('UserAction')!.inParams,
      shapes.get('MediaItem')!.inParams,
      shapes.get('User')!.inParams,
    ]).toEqual([true, true, false]);
    expect([
      shapes.get('User')!.inResponses,
      shapes.get('Identity')!.inResponses,
      shapes.get('MediaItem')!.inResponses,
    ]).toEqual([true, true, false]);
  });

  it('defaults status to active and access to signed', () => {
    const ir = parseSnippet(ns(...SET_STATUS_HEAD));
    const m = ir.namespaces[0]!.methods[0]!;
    expect([m.status, m.access, m.paramsOptional, m.wireName]).toEqual([
      'active',
      'signed',
      true,
      'socialize.setStatus',
    ]);
  });
});

describe('catalog loader: each problem has its exact message', () => {
  it('a param without required', () => {
    const text = ns(
      ...SET_STATUS_HEAD,
      '    params:',
      '      - name: uid',
      '        type: string',
      '        required: false',
      '        doc: The user.',
      '      - name: status',
      '        type: string',
      '        doc: Status text.',
    );
    expect(issuesOf(text)).toEqual([
      'catalog/socialize.yaml:12 methods[0].params[1]: param "status" has no "required"; add required: true or false',
    ]);
  });

  it('merge is only for params of an object type', () => {
    const text = ns(
      ...SET_STATUS_HEAD,
      '    params:',
      '      - name: status',
      '        type: string',
      '        required: true',
      '        merge: true',
      '        doc: Status text.',
      '      - name: tags',
      '        type: string[]',
      '        required: false',
      '        merge: true',
      '        doc: Tags.',
      '      - name: extra',
      '        type: map<string>',
      '        required: false',
      '        merge: true',
      '        doc: Merged.',
      '    response:',
      '      fields:',
      '        - name: user',
      '          type: object',
      '          required: false',
      '          merge: true',
      '          doc: The user.',
    );
    const fix = 'remove merge or change the type';
    const objectTypes = 'a shape, SiteData, SitePreferences, SiteSubscriptions, object or map<T>';
    expect(issuesOf(text)).toEqual([
      'catalog/socialize.yaml:11 methods[0].params[0].merge: param "status": ' +
        `merge needs an object type (${objectTypes}), not string; ${fix}`,
      'catalog/socialize.yaml:16 methods[0].params[1].merge: param "tags": ' +
        `merge needs an object type (${objectTypes}), not string[]; ${fix}`,
      'catalog/socialize.yaml:28 methods[0].response.fields[0].merge: response field "user": merge is only for ' +
        'method params (what a call sends merges into the stored object); remove merge',
    ]);
    // A map or an object merges: the loader takes it and the IR marks it.
    const ok = parseSnippet(
      ns(
        ...SET_STATUS_HEAD,
        '    params:',
        '      - name: extra',
        '        type: map<string>',
        '        required: false',
        '        merge: true',
        '        doc: Merged.',
      ),
    );
    expect(ok.namespaces[0]!.methods[0]!.params[0]).toMatchObject({ name: 'extra', merge: true });
  });

  it('a typo in a key suggests the right key; an unknown key lists the allowed ones', () => {
    const text = ns(
      ...SET_STATUS_HEAD,
      '    params:',
      '      - name: status',
      '        type: string',
      '        requierd: true',
      '        doc: Status text.',
      '        color: blue',
    );
    expect(issuesOf(text)).toEqual([
      'catalog/socialize.yaml:8 methods[0].params[0]: param "status" has no "required"; add required: true or false',
      'catalog/socialize.yaml:10 methods[0].params[0]: param "status" has unknown key "requierd"; rename it ' +
        'to "required" or remove it',
      'catalog/socialize.yaml:12 methods[0].params[0]: param "status" has unknown key "color"; remove it ' +
        '(allowed keys: name, type, required, doc, enum, suggest, default, referenceName, merge, deprecated, ' +
        'recalled, sources)',
    ]);
  });

  it('duplicate method names', () => {
    const text = ns(...SET_STATUS_HEAD, ...SET_STATUS_HEAD);
    // The first method got params, response and errors appended (lines 7-9).
    expect(issuesOf(text)).toEqual([
      'catalog/socialize.yaml:10 methods[1]: duplicate method name "setStatus" (first at line 4); rename or remove one',
    ]);
  });

  it('duplicate param names', () => {
    const param = ['      - name: uid', '        type: string', '        required: false', '        doc: The user.'];
    expect(issuesOf(ns(...SET_STATUS_HEAD, '    params:', ...param, ...param))).toEqual([
      'catalog/socialize.yaml:12 methods[0].params[1]: two params named "uid" of method "setStatus" ' +
        '(first at line 8); rename or remove one',
    ]);
  });

  it('duplicate shape names', () => {
    const text = [
      'namespace: socialize',
      'description: d',
      'shapes:',
      '  User:',
      '    description: u',
      '    fields: []',
      '  User:',
      '    description: u2',
      '    fields: []',
      '',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      'catalog/socialize.yaml:7 shapes: shape "User" is defined twice (first at line 4); rename or remove one',
    ]);
  });

  it('duplicate error codes and error names in errors.yaml', () => {
    const errors = [
      'codes:',
      '  - { code: 0, name: Ok, message: OK, description: Fine., httpStatus: 200, outcome: ok, retry: none }',
      '  - { code: 403003, name: InvalidRequestSignature, message: Bad sig, description: d., httpStatus: ' +
        '403, outcome: error, retry: none }',
      '  - { code: 403003, name: SignatureAgain, message: Bad sig, description: d., httpStatus: 403, ' +
        'outcome: error, retry: none }',
      '  - { code: 403004, name: InvalidRequestSignature, message: Nonce, description: d., httpStatus: 403, ' +
        'outcome: error, retry: new-nonce }',
      ...LOCAL_CODES,
      '',
    ].join('\n');
    expect(issuesOf(ns(...SET_STATUS_HEAD), { errors })).toEqual([
      'catalog/errors.yaml:4 codes[2]: duplicate error code 403003 (first at line 3); each code appears ' +
        'once, remove one',
      'catalog/errors.yaml:5 codes[3].name: duplicate error name "InvalidRequestSignature" ' +
        '(first at line 3, code 403003); give each code its own name',
    ]);
  });

  it('the codes the client raises itself must be common error codes', () => {
    const errors = [
      'codes:',
      '  - { code: 0, name: Ok, message: OK, description: Fine., httpStatus: 200, outcome: ok, retry: none }',
      LOCAL_CODES[0]!.replace('common: true', 'common: false'),
      LOCAL_CODES[2]!.replace('outcome: error', 'outcome: pending'),
      '',
    ].join('\n');
    expect(issuesOf(ns(...SET_STATUS_HEAD), { errors })).toEqual([
      'catalog/errors.yaml:1 codes: errors.yaml has no code 400006, which the client raises itself for any ' +
        'method (a param has an invalid value); add it with outcome: error and common: true',
      'catalog/errors.yaml:3 codes[1]: error 400002 is raised by the client itself for any method ' +
        '(a required param is missing); give it outcome: error and common: true',
      'catalog/errors.yaml:4 codes[2]: error 403006 is raised by the client itself for any method ' +
        '(a secret would be sent over plain HTTP); give it outcome: error and common: true',
    ]);
  });

  it('type names of other schema languages get our name as the suggestion', () => {
    const text = ns(
      ...SET_STATUS_HEAD,
      '    params:',
      '      - { name: a, type: boolean, required: true, doc: A. }',
      '      - { name: b, type: "integer[]", required: true, doc: B. }',
    );
    expect(issuesOf(text)).toEqual([
      'catalog/socialize.yaml:8 methods[0].params[0].type: param "a" has unknown type "boolean"; did you mean "bool"?',
      'catalog/socialize.yaml:9 methods[0].params[1].type: param "b" has unknown type "integer[]" ' +
        '("integer" is not a type); did you mean "int"?',
    ]);
  });

  it('suggest is an open list: text values only, on text fields, never with enum', () => {
    const text = ns(
      ...SET_STATUS_HEAD,
      '    params:',
      '      - { name: a, type: string, required: true, doc: A., suggest: [x, y] }',
      '      - { name: b, type: int, required: true, doc: B., suggest: [x] }',
      '      - { name: c, type: string, required: true, doc: C., enum: [x], suggest: [y] }',
      '      - { name: d, type: string, required: true, doc: D., suggest: [x, x] }',
    );
    expect(issuesOf(text)).toEqual([
      'catalog/socialize.yaml:9 methods[0].params[1].suggest: param "b": suggest is only allowed on string, ' +
        'csv or string[] fields, not int; remove suggest or change the type',
      'catalog/socialize.yaml:10 methods[0].params[2].suggest: param "c": enum and suggest exclude each ' +
        'other (enum closes the list, suggest leaves it open); keep one',
      'catalog/socialize.yaml:11 methods[0].params[3].suggest[1]: param "d": suggest lists "x" twice; remove ' +
        'the repeat',
    ]);
  });

  it('an unknown type: close to a known one, or not', () => {
    const text = ns(
      ...SET_STATUS_HEAD,
      '    params:',
      '      - { name: a, type: strng, required: true, doc: A. }',
      '      - { name: b, type: "map<Usr>", required: true, doc: B. }',
      '      - { name: c, type: Whatever, required: true, doc: C. }',
    );
    const withShape = text.replace('methods:', 'shapes:\n  User:\n    description: u\n    fields: []\nmethods:');
    expect(issuesOf(withShape)).toEqual([
      'catalog/socialize.yaml:12 methods[0].params[0].type: param "a" has unknown type "strng"; did you mean "string"?',
      'catalog/socialize.yaml:13 methods[0].params[1].type: param "b" has unknown type "map<Usr>" ' +
        '("Usr" is not a type); did you mean "User"?',
      'catalog/socialize.yaml:14 methods[0].params[2].type: param "c" has unknown type "Whatever"; use ' +
        'string, int, long, float, bool, timestamp, csv, object, unknown or a shape (User), T[] or map<T>',
    ]);
  });

  it('an error code a method lists that errors.yaml lacks', () => {
    expect(issuesOf(ns(...SET_STATUS_HEAD, '    errors: [403005, 500099]'))).toEqual([
      'catalog/socialize.yaml:7 methods[0].errors[1]: method "setStatus" lists error 500099, which is not in ' +
        'errors.yaml; add 500099 to catalog/errors.yaml or remove it from errors',
    ]);
  });

  it('a bad enum: on a non-string type, empty, repeated, or a default outside it', () => {
    const text = ns(
      ...SET_STATUS_HEAD,
      '    params:',
      '      - { name: a, type: int, enum: [one], required: false, doc: A. }',
      '      - { name: b, type: string, enum: [], required: false, doc: B. }',
      '      - { name: c, type: csv, enum: [x, y, x], required: false, doc: C. }',
      '      - { name: d, type: string, enum: [always, never], default: sometimes, required: false, doc: D. }',
      '      - { name: e, type: "string[]", enum: [x, 3], required: false, doc: E. }',
    );
    expect(issuesOf(text)).toEqual([
      'catalog/socialize.yaml:8 methods[0].params[0].enum: param "a": enum is only allowed on string, csv or ' +
        'string[] fields, not int; remove enum or change the type',
      'catalog/socialize.yaml:9 methods[0].params[1].enum: param "b": enum is empty; list the allowed values ' +
        'or remove enum',
      'catalog/socialize.yaml:10 methods[0].params[2].enum[2]: param "c": enum lists "x" twice; remove the repeat',
      'catalog/socialize.yaml:11 methods[0].params[3].default: param "d": default "sometimes" is not one of ' +
        'the enum values (always, never); fix the default or the enum',
      'catalog/socialize.yaml:12 methods[0].params[4].enum[1]: param "e": enum values must be text, not 3; ' +
        'quote it: "3"',
    ]);
  });

  it('deprecated status without a note, and a note on an active method', () => {
    const text = ns(
      '  - name: getFeed',
      '    description: Feed.',
      '    status: deprecated',
      '    safeToRepeat: true',
      '  - name: getOld',
      '    description: Old.',
      '    deprecated: Use getNew.',
      '    safeToRepeat: true',
    );
    expect(issuesOf(text)).toEqual([
      'catalog/socialize.yaml:6 methods[0].status: method "getFeed" has status deprecated but no ' +
        '"deprecated" note; add deprecated: <what to use instead>',
      'catalog/socialize.yaml:13 methods[1].deprecated: method "getOld" has a deprecated note but status ' +
        'active; set status: deprecated (or legacy), or remove the note',
    ]);
  });

  it('a value of the wrong kind, and a value outside its allowed set', () => {
    const text = ns(
      '  - name: setStatus',
      '    description: Sets status.',
      '    safeToRepeat: yes',
      '    access: private',
    );
    expect(issuesOf(text)).toEqual([
      'catalog/socialize.yaml:6 methods[0].safeToRepeat: method "setStatus": safeToRepeat must be true or ' +
        'false, not "yes"; write safeToRepeat: true or false',
      'catalog/socialize.yaml:7 methods[0].access: method "setStatus": access must be one of signed, public, ' +
        'not "private"; write access: signed | public',
    ]);
  });

  it('a method without params, response (or its fields) or errors: each must be stated, even when empty', () => {
    expect(issuesOf(rawNs(...SET_STATUS_HEAD))).toEqual([
      'catalog/socialize.yaml:4 methods[0]: method "setStatus" has no "params"; add params: a list of params ' +
        '(- name: …), or [] when the method takes none',
      'catalog/socialize.yaml:4 methods[0]: method "setStatus" has no "response"; add response: { fields: ' +
        '[...] }, or { fields: [] } when it returns only the envelope',
      'catalog/socialize.yaml:4 methods[0]: method "setStatus" has no "errors"; add errors: ' +
        '[403005, 500024], or [] when its documentation names none',
    ]);
    expect(
      issuesOf(rawNs(...SET_STATUS_HEAD, '    params: []', '    errors: []', '    response:', '      extends: []')),
    ).toEqual([
      'catalog/socialize.yaml:10 methods[0].response: response of method "setStatus" has no "fields"; add ' +
        'fields: a list of fields (- name: …), or [] when there are none',
    ]);
  });

  it('missing required keys of a method', () => {
    expect(issuesOf(ns('  - name: setStatus'))).toEqual([
      'catalog/socialize.yaml:4 methods[0]: method "setStatus" has no "description"; add description: <what ' +
        'the method does>',
      'catalog/socialize.yaml:4 methods[0]: method "setStatus" has no "safeToRepeat"; add safeToRepeat: true ' +
        'or false (true only if sending the same call twice cannot do harm)',
    ]);
  });

  it('a namespace that does not match its file name, and a method repeating the namespace', () => {
    const text = [
      'namespace: social',
      'description: d',
      'methods:',
      '  - name: socialize.setStatus',
      '    description: d',
      '    safeToRepeat: false',
      '    params: []',
      '    response: { fields: [] }',
      '    errors: []',
      '',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      'catalog/socialize.yaml:1 namespace: namespace "social" does not match the file name socialize.yaml; ' +
        'rename the file to social.yaml or set namespace: socialize',
    ]);
    expect(issuesOf(text.replace('social\n', 'socialize\n'))).toEqual([
      'catalog/socialize.yaml:4 methods[0].name: method name "socialize.setStatus" repeats the namespace; ' +
        'write name: setStatus',
    ]);
  });

  it('a namespace named like a client member', () => {
    expect(issuesOf('namespace: close\ndescription: d\n', { fileName: 'close.yaml' })).toEqual([
      'catalog/close.yaml:1 namespace: namespace "close" would clash with client.close ' +
        '(a member of every client); rename it',
    ]);
  });

  it('a namespace whose generated names clash with the root index', () => {
    expect(issuesOf('namespace: namespaces\ndescription: d\n', { fileName: 'namespaces.yaml' })).toEqual([
      'catalog/namespaces.yaml:1 namespace: namespace "namespaces" would generate the name bindNamespaces, ' +
        'which the root index already uses; rename one of them',
    ]);
  });

  it('a shape named like the error union of a method (both re-exported by the namespace barrel)', () => {
    const text = [
      'namespace: socialize',
      'description: d',
      'shapes:',
      '  SetStatusErrorCode: { description: s, fields: [] }',
      'methods:',
      '  - { name: setStatus, description: d, safeToRepeat: false, params: [], response: { fields: [] }, errors: [] }',
      '',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      'catalog/socialize.yaml:6 methods[0]: method "setStatus" would generate the name ' +
        'SocializeSetStatusErrorCode, which shape "SetStatusErrorCode" already uses; rename one of them',
    ]);
  });

  it('a method that is also the group of a dotted method', () => {
    const text = ns(
      '  - { name: facebook, description: d, safeToRepeat: false }',
      '  - { name: facebook.deauthorize, description: d, safeToRepeat: false }',
    );
    expect(issuesOf(text)).toEqual([
      'catalog/socialize.yaml:5 methods[1]: method "facebook.deauthorize" sits under "facebook", which is ' +
        'itself a method (client.facebook cannot be both a method and a group); rename one of them',
    ]);
  });

  it('two methods whose generated names clash', () => {
    const text = ns(
      '  - { name: setStatus, description: d, safeToRepeat: false }',
      '  - { name: set_status, description: d, safeToRepeat: false }',
    );
    expect(issuesOf(text)).toEqual([
      'catalog/socialize.yaml:5 methods[1]: method "set_status" would generate the name ' +
        'SocializeSetStatusParams, which method "setStatus" already uses; rename one of them',
    ]);
  });

  it('response extends an unknown shape; a response field repeats a shape field', () => {
    const text = [
      'namespace: socialize',
      'description: d',
      'shapes:',
      '  User:',
      '    description: u',
      '    fields:',
      '      - { name: UID, type: string, required: true, doc: Id. }',
      'methods:',
      '  - name: getUserInfo',
      '    description: d',
      '    safeToRepeat: true',
      '    params: []',
      '    errors: []',
      '    response:',
      '      extends: [User, Usr]',
      '      fields:',
      '        - { name: UID, type: string, required: true, doc: Id. }',
      '',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      'catalog/socialize.yaml:15 methods[0].response.extends: response of method "getUserInfo" extends ' +
        'unknown shape "Usr"; did you mean "User"?',
      'catalog/socialize.yaml:17 methods[0].response.fields[0]: response field "UID" of method "getUserInfo" ' +
        'is also a field of shape "User" (response extends it); remove one',
    ]);
  });

  it('a param the client sets itself', () => {
    expect(
      issuesOf(
        ns(...SET_STATUS_HEAD, '    params:', '      - { name: timestamp, type: timestamp, required: false, doc: T. }'),
      ),
    ).toEqual([
      'catalog/socialize.yaml:8 methods[0].params[0]: param "timestamp" of method "setStatus" is set by the ' +
        'client itself (credentials, signing or format); remove it from the catalog',
    ]);
  });

  it('a response field that redefines an envelope field', () => {
    expect(
      issuesOf(
        ns(
          ...SET_STATUS_HEAD,
          '    response:',
          '      fields:',
          '        - { name: errorCode, type: string, required: false, doc: E. }',
        ),
      ),
    ).toEqual([
      'catalog/socialize.yaml:9 methods[0].response.fields[0]: response field "errorCode" of method ' +
        '"setStatus" is an envelope field every response carries; remove it ' +
        '(the envelope is typed once, in src/runtime.ts)',
    ]);
  });

  it('csv nested inside an array', () => {
    expect(
      issuesOf(ns(...SET_STATUS_HEAD, '    params:', '      - { name: a, type: "csv[]", required: false, doc: A. }')),
    ).toEqual([
      'catalog/socialize.yaml:8 methods[0].params[0].type: param "a" has type "csv[]", but csv can only be a ' +
        "field's whole type; use string[] for a list inside an array",
    ]);
  });

  it('a YAML syntax error names the line', () => {
    expect(issuesOf('namespace: socialize\ndescription: [unclosed\n')).toEqual([
      'catalog/socialize.yaml:3: YAML error: Flow sequence in block collection must be sufficiently indented ' +
        'and end with a ]; fix the YAML syntax',
    ]);
  });

  it('an unknown source key', () => {
    expect(issuesOf(ns(...SET_STATUS_HEAD, '    sources: [S_SHH, paper]'))).toEqual([
      'catalog/socialize.yaml:7 methods[0].sources[0]: method "setStatus": unknown source "S_SHH"; did you ' +
        'mean "S_SH"?',
      'catalog/socialize.yaml:7 methods[0].sources[1]: method "setStatus": unknown source "paper"; declare ' +
        'it in sources.yaml or use one of S_ANDROID, S_CAPTURE, S_CONF, S_DOTNET, S_GIST, S_GRZ, S_HELP, ' +
        'S_JAVA, S_KNOW, S_LIVE, S_PHP, S_SH, S_SWIFT, S_TOOLKIT, S_TSW, S_WIKI, seed',
    ]);
  });

  it('collects every problem of every file into one CatalogError', () => {
    const errors = FIXTURE_ERRORS.replace('    name: UnauthorizedUser\n', '');
    let caught: unknown;
    try {
      parseCatalog([
        source('errors.yaml', errors),
        source('socialize.yaml', ns('  - name: setStatus', '    errors: [403005]')),
      ]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CatalogError);
    const error = caught as CatalogError;
    expect(error.issues.map((i) => `${i.file}:${i.line}`)).toEqual([
      'catalog/errors.yaml:46',
      'catalog/socialize.yaml:4',
      'catalog/socialize.yaml:4',
      'catalog/socialize.yaml:5',
    ]);
    expect(error.message.split('\n')[0]).toBe('The catalog has 4 problems:');
    expect(error.message).toContain(
      '  catalog/errors.yaml:46 codes[5]: error 403005 has no "name"; add name: <PascalCase name, e.g. ' +
        'InvalidRequestSignature>',
    );
    // 403005 was dropped from the table, so the method's reference to it is reported too.
    expect(error.message).toContain(
      'catalog/socialize.yaml:5 methods[0].errors[0]: method "setStatus" lists error 403005, which is not in ' +
        'errors.yaml',
    );
  });

  it('reads a catalog dir from disk and reports paths relative to the working directory', () => {
    let caught: unknown;
    try {
      loadCatalog(`${FIXTURES}invalid`);
    } catch (error) {
      caught = error;
    }
    expect((caught as CatalogError).issues.map((i) => `${i.file}:${i.line} ${i.path}`)).toEqual([
      'test/codegen/fixtures/invalid/socialize.yaml:9 methods[0].params[0]',
      'test/codegen/fixtures/invalid/socialize.yaml:12 methods[0].errors[0]',
    ]);
  });
});

describe('catalog v2: namespaces over several files, provenance, flows', () => {
  /** A minimal method block (lines at two-space list indent). */
  const methodLines = (name: string, extra: string[] = []): string[] => [
    `  - name: ${name}`,
    '    description: d.',
    '    safeToRepeat: true',
    ...extra,
    '    params: []',
    '    response: { fields: [] }',
    '    errors: []',
  ];
  const main = (...lines: string[]): string =>
    ['namespace: accounts', 'description: Accounts.', ...lines, ''].join('\n');
  const group = (g: string, ...lines: string[]): string =>
    ['namespace: accounts', `group: ${g}`, ...lines, ''].join('\n');
  const parseFiles = (mainText: string, files: Record<string, string>) =>
    parseSnippet(mainText, {
      fileName: 'accounts.yaml',
      more: Object.entries(files).map(([name, text]) => source(name, text)),
    });
  const issuesOfFiles = (mainText: string, files: Record<string, string>): string[] => {
    try {
      parseFiles(mainText, files);
    } catch (error) {
      if (error instanceof CatalogError) return error.issues.map((i) => `${i.file}:${i.line} ${i.path}: ${i.message}`);
      throw error;
    }
    throw new Error('expected the catalog to be rejected');
  };

  it('joins a namespace file and its group files; shapes are shared; groups nest and are described', () => {
    const ir = parseFiles(
      main(
        'groups:',
        '  tfa: Two factors.',
        'shapes:',
        '  Account:',
        '    description: An account.',
        '    fields:',
        '      - { name: data, type: SiteData, required: false, doc: The data. }',
        'methods:',
        ...methodLines('getAccountInfo'),
      ),
      {
        'accounts.tfa.yaml': group(
          'tfa',
          'groups:',
          '  tfa.backupcodes: Codes.',
          'methods:',
          '  - name: tfa.backupcodes.get',
          '    description: d.',
          '    safeToRepeat: true',
          '    params: []',
          '    response: { extends: [Account], fields: [] }',
          '    errors: []',
        ),
      },
    );
    const ns = ir.namespaces[0]!;
    expect(ns.sourceFiles).toEqual(['catalog/accounts.yaml', 'catalog/accounts.tfa.yaml']);
    expect(ns.groups.map((g) => [g.path, g.description])).toEqual([
      ['tfa', 'Two factors.'],
      ['tfa.backupcodes', 'Codes.'],
    ]);
    const get = ns.methods.find((m) => m.name === 'tfa.backupcodes.get')!;
    expect([get.wireName, get.group, get.names.path, get.siteResponse]).toEqual([
      'accounts.tfa.backupcodes.get',
      'tfa',
      ['tfa', 'backupcodes', 'get'],
      true,
    ]);
    expect(ns.shapes.find((s) => s.name === 'Account')?.site).toBe(true);
  });

  it('reports each way the files of a namespace disagree', () => {
    const issues = issuesOfFiles(
      main('shapes:', '  Phone:', '    description: p.', '    fields: []', 'methods:', ...methodLines('login')),
      {
        'accounts.tfa.yaml': group(
          'tfa',
          'description: Not here.',
          'shapes:',
          '  Phone:',
          '    description: again.',
          '    fields: []',
          'methods:',
          ...methodLines('getProviders'),
        ),
        'accounts.otp.yaml': ['namespace: accounts', 'methods:', ...methodLines('otp.login'), ''].join('\n'),
        'accounts.rba.yaml': group(
          'rba',
          'groups:',
          '  rba.nothing: No methods here.',
          'methods:',
          ...methodLines('rba.lock'),
        ),
      },
    );
    expect(issues).toEqual([
      'catalog/accounts.otp.yaml:1 namespace: accounts.otp.yaml holds a group of namespace "accounts" but ' +
        'says no group; add group: otp',
      'catalog/accounts.otp.yaml:1 namespace: namespace "accounts" is also defined in catalog/accounts.yaml; ' +
        'keep one file per namespace (and one per group)',
      'catalog/accounts.rba.yaml:4 groups.rba.nothing: group "rba.nothing" is described, but no method of ' +
        'namespace "accounts" is named rba.nothing.<method>; remove the description or fix the path',
      'catalog/accounts.tfa.yaml:3 description: a group file does not describe the namespace ' +
        '(accounts.yaml does); describe the group under groups: instead',
      'catalog/accounts.tfa.yaml:5 shapes.Phone: shape "Phone" is also defined in catalog/accounts.yaml; ' +
        'shapes are shared by every file of namespace "accounts", so define it once ' +
        "(prefix a group's own shapes, e.g. TfaPhone)",
      'catalog/accounts.tfa.yaml:9 methods[0].name: method "getProviders" is in the file of group "tfa" but ' +
        'does not start with "tfa."; rename it to tfa.getProviders or move it',
    ]);
  });

  it('a group file needs its namespace file', () => {
    expect(
      issuesOf(group('tfa', 'methods:', ...methodLines('tfa.getProviders')), { fileName: 'accounts.tfa.yaml' }),
    ).toEqual([
      'catalog/accounts.tfa.yaml:1 namespace: namespace "accounts" has group files but no accounts.yaml; add ' +
        'it with namespace: accounts and a description',
    ]);
  });

  it('reserves the site-schema shapes, checks cursors, error references and aliases', () => {
    const issues = issuesOfFiles(
      main(
        'shapes:',
        '  SiteData:',
        '    description: Not ours.',
        '    fields: []',
        'methods:',
        '  - name: auth.magiclink.getlink',
        '    alias: GetLink',
        '    description: d.',
        '    safeToRepeat: false',
        '    params:',
        '      - { name: openCursor, type: bool, required: false, doc: O. }',
        '    response: { fields: [] }',
        '    errors:',
        '      - { code: 403005 }',
        '      - { code: 500024, inferred: A reason., sources: [S_HELP] }',
        '    cursor: { open: openCursor, param: cursorID, next: nextCursorId, items: results, pageSize: qurey LIMIT }',
      ),
      {},
    );
    expect(issues).toEqual([
      'catalog/accounts.yaml:4 shapes.SiteData: shape name "SiteData" is reserved for the site\'s own ' +
        'schema, which users type once on the client; remove the definition and use the name as a type',
      'catalog/accounts.yaml:9 methods[0].alias: method "auth.magiclink.getlink": alias "GetLink" must be ' +
        "one lower-camel word (the client's name for the last segment, e.g. getLink); fix it",
      'catalog/accounts.yaml:16 methods[0].errors[0]: method "auth.magiclink.getlink": error 403005 written ' +
        'as a mapping needs inferred: <reason> or sources: [...]; add one or write the plain code',
      'catalog/accounts.yaml:17 methods[0].errors[1]: method "auth.magiclink.getlink": error 500024 is ' +
        'either inferred (with a reason) or documented by sources, not both; keep one',
      'catalog/accounts.yaml:18 methods[0].cursor.param: cursor of method "auth.magiclink.getlink": param ' +
        '"cursorID" is not a param of the method; name one of its params',
      'catalog/accounts.yaml:18 methods[0].cursor.next: cursor of method "auth.magiclink.getlink": next ' +
        '"nextCursorId" is not a response field of the method; name one of its response fields',
      'catalog/accounts.yaml:18 methods[0].cursor.items: cursor of method "auth.magiclink.getlink": items ' +
        '"results" is not a response field of the method; name one of its response fields',
      'catalog/accounts.yaml:18 methods[0].cursor.pageSize: cursor of method "auth.magiclink.getlink": pageSize ' +
        '"qurey" is not a param of the method; name one of its params',
    ]);
  });

  it('keeps the provenance of error references and fields, and the alias in every TypeScript name', () => {
    const ir = parseFiles(
      main(
        'methods:',
        '  - name: auth.magiclink.getlink',
        '    alias: getLink',
        '    description: d.',
        '    safeToRepeat: false',
        '    sources: [S_TSW]',
        '    params:',
        '      - { name: email, type: string, required: true, doc: E., sources: [S_HELP] }',
        '    response: { fields: [] }',
        '    errors:',
        '      - 403005',
        '      - { code: 500024, inferred: Every session call can lose its session. }',
        '      - { code: 403003, sources: [S_HELP] }',
      ),
      {},
    );
    const m = ir.namespaces[0]!.methods[0]!;
    expect(m.errorRefs).toEqual([
      { code: 403003, sources: ['S_HELP'] },
      { code: 403005, sources: [] },
      { code: 500024, sources: [], inferred: 'Every session call can lose its session.' },
    ]);
    expect(m.params[0]!.sources).toEqual(['S_HELP']);
    expect([m.names.fn, m.names.params, m.names.path.join('.'), m.wireName]).toEqual([
      'authMagiclinkGetLink',
      'AccountsAuthMagiclinkGetLinkParams',
      'auth.magiclink.getLink',
      'accounts.auth.magiclink.getlink',
    ]);
  });

  it('a catalog with its own sources.yaml names sources on every method, shape and code', () => {
    const own = source(
      'sources.yaml',
      'sources:\n  S_A:\n    title: A source.\n    says: Said by A\n  bad-key:\n    title: t\n    says: s\n',
    );
    const issues = (() => {
      try {
        parseSnippet(
          main(
            'shapes:',
            '  Thing:',
            '    description: t.',
            '    fields: []',
            'methods:',
            ...methodLines('login', ['    sources: [S_B]']),
          ),
          { fileName: 'accounts.yaml', more: [own] },
        );
      } catch (error) {
        return (error as CatalogError).issues.map((i) => `${i.file}:${i.line} ${i.path}: ${i.message}`);
      }
      return [];
    })();
    expect(issues).toEqual(
      expect.arrayContaining([
        'catalog/accounts.yaml:4 shapes.Thing: shape "Thing" names no sources; add sources: [<keys of sources.yaml>]',
        'catalog/accounts.yaml:11 methods[0].sources[0]: method "login": unknown source "S_B"; did you mean "S_A"?',
        'catalog/sources.yaml:5 sources.bad-key: source key "bad-key" must be seed or S_<NAME> in capitals ' +
          '(e.g. S_HELP); rename it',
      ]),
    );
    expect(issues.some((i) => i.includes('error 0 names no sources'))).toBe(true);
  });

  it('types the fields a code carries for the methods that list it, and checks they can be typed', () => {
    const errors = FIXTURE_ERRORS.replace(
      '    outcome: pending\n',
      '    outcome: pending\n    carries:\n      - { name: regToken, required: true }\n      - { name: hint, ' +
        'required: false, type: string, doc: A hint. }\n',
    );
    expect(errors).not.toBe(FIXTURE_ERRORS);
    const ok = parseSnippet(
      main(
        'methods:',
        '  - name: login',
        '    description: d.',
        '    safeToRepeat: false',
        '    params: []',
        '    response:',
        '      fields:',
        '        - { name: regToken, type: string, required: false, doc: The token. }',
        '    errors: [206001]',
      ),
      { fileName: 'accounts.yaml', errors },
    );
    const flow = ok.namespaces[0]!.methods[0]!.resultFlows[0]!;
    expect(flow.fields.map((f) => [f.name, f.typeText, f.required, f.doc])).toEqual([
      ['regToken', 'string', true, 'The token.'],
      ['hint', 'string', false, 'A hint.'],
    ]);
    expect(
      issuesOf(main('methods:', ...methodLines('login').map((l) => l.replace('errors: []', 'errors: [206001]'))), {
        fileName: 'accounts.yaml',
        errors,
      }),
    ).toEqual([
      'catalog/accounts.yaml:4 methods[0]: method "login" lists 206001, whose response carries "regToken", ' +
        'but the method\'s response has no field "regToken" to type it; add the field to the response ' +
        '(required: false) or give the carried field a type in errors.yaml',
    ]);
  });

  it('common params: never required, never a client param; a method may define one itself', () => {
    const common = source(
      'common.yaml',
      'params:\n  - { name: cid, type: string, required: false, doc: C. }\n  - { name: sig, type: string, ' +
        'required: false, doc: S. }\n  - { name: x, type: string, required: true, doc: X. }\n',
    );
    expect(() =>
      parseSnippet(main('methods:', ...methodLines('login')), { fileName: 'accounts.yaml', more: [common] }),
    ).toThrow(/common param "sig" is set by the client itself[\s\S]*common param "x" is required/);
    const fine = source('common.yaml', 'params:\n  - { name: cid, type: string, required: false, doc: C. }\n');
    const ir = parseSnippet(
      main(
        'methods:',
        '  - name: login',
        '    description: d.',
        '    safeToRepeat: false',
        '    params:',
        '      - { name: cid, type: string, required: false, doc: Own. }',
        '    response: { fields: [] }',
        '    errors: []',
      ),
      { fileName: 'accounts.yaml', more: [fine] },
    );
    expect(ir.commonParams.params.map((p) => p.name)).toEqual(['cid']);
    expect(ir.namespaces[0]!.methods[0]!.params[0]!.doc).toBe('Own.');
  });
});
