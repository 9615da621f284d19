/**
 * The fidelity check (codegen/fidelity.ts): the comparison core on small inputs, the reading of
 * @gigya-ts/rest-api's .d.ts, and the check itself over the loaded catalog (the IR the generator
 * emits): every difference is recorded with a reason, no recorded one is stale, and every
 * namespace of the catalog is covered.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  catalogMethods,
  catalogScope,
  compareMethods,
  describeDifference,
  differenceKey,
  readDifferencesFile,
  readPackageTypings,
  reconcile,
  type NeutralMethod,
  type PackageTypings,
} from '../../codegen/fidelity.js';
import type { CatalogIR } from '../../codegen/ir.js';
import { loadCatalog } from '../../codegen/load/index.js';

const CATALOG = fileURLToPath(new URL('../../catalog/', import.meta.url));
const ir: CatalogIR = loadCatalog(CATALOG);

/** Read once: ts-morph takes a few seconds over the package's .d.ts. */
let typings: PackageTypings;
beforeAll(() => {
  typings = readPackageTypings();
});

const m = (wireName: string, params: [string, boolean][], responseFields: string[] = []): NeutralMethod => ({
  wireName,
  params: params.map(([name, required]) => ({ name, required })),
  responseFields,
});

describe('compareMethods', () => {
  const pkg = [
    m(
      'accounts.login',
      [
        ['loginID', false],
        ['password', true],
        ['cid', false],
      ],
      ['UID', 'sessionInfo'],
    ),
    m('accounts.logout', [['UID', true]]),
    m('accounts.tfa.initTFA', [['provider', true]]),
  ];
  const ours = [
    m(
      'accounts.login',
      [
        ['loginID', true],
        ['password', true],
        ['targetEnv', false],
      ],
      ['UID', 'regToken'],
    ),
    m('accounts.search', [['query', false]]),
  ];

  it('reports every kind of difference, in a stable order', () => {
    const found = compareMethods(pkg, ours).map(differenceKey);
    expect(found).toEqual([
      'accounts.login param-only-in-package cid',
      'accounts.login param-required-differs loginID',
      'accounts.login param-only-in-catalog targetEnv',
      'accounts.login response-field-only-in-catalog regToken',
      'accounts.login response-field-only-in-package sessionInfo',
      'accounts.logout method-only-in-package',
      'accounts.search method-only-in-catalog',
      'accounts.tfa.initTFA method-only-in-package',
    ]);
  });

  it('leaves out common params and methods outside the scope', () => {
    const found = compareMethods(pkg, ours, {
      commonParams: new Set(['cid']),
      include: (w) => !w.startsWith('accounts.tfa.'),
    }).map(differenceKey);
    expect(found).not.toContain('accounts.login param-only-in-package cid');
    expect(found).not.toContain('accounts.tfa.initTFA method-only-in-package');
    expect(found).toHaveLength(6);
  });

  it('describes a difference in words, with both required flags', () => {
    const [d] = compareMethods([m('a.b', [['x', true]])], [m('a.b', [['x', false]])]);
    expect(describeDifference(d!)).toBe('a.b: param x is required in the package, optional in the catalog');
  });
});

describe('catalogScope', () => {
  it('claims every namespace the catalog has and the package types, with all its groups', () => {
    const scope = catalogScope([m('accounts.login', []), m('socialize.facebook.deauthorize', [])]);
    expect(['accounts.logout', 'accounts.tfa.initTFA', 'socialize.login', 'socialize.facebook.x'].every(scope)).toBe(
      true,
    );
    expect(['ds.get', 'audit.search'].some(scope)).toBe(false);
    // A namespace the package does not type is not compared.
    expect(catalogScope([m('custom.x', [])], ['accounts'])('custom.x')).toBe(false);
  });
});

describe('reconcile and the differences file', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'fidelity-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (text: string): string => {
    const file = path.join(dir, `d${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(file, text);
    return file;
  };

  it('expands names, and tells unrecorded, stale and duplicated entries apart', () => {
    const file = write(`package: "@gigya-ts/rest-api@0.1.21"
differences:
  - method: a.b
    kind: param-only-in-catalog
    names: [x, y]
    reason: Both come from another documented source.
  - method: a.b
    kind: param-only-in-catalog
    name: x
    reason: Listed a second time by mistake.
  - method: a.c
    kind: method-only-in-catalog
    reason: Older method the package does not type.
`);
    const recorded = readDifferencesFile(file);
    expect(recorded.differences.map(differenceKey)).toEqual([
      'a.b param-only-in-catalog x',
      'a.b param-only-in-catalog y',
      'a.b param-only-in-catalog x',
      'a.c method-only-in-catalog',
    ]);
    const found = compareMethods(
      [m('a.b', [])],
      [
        m('a.b', [
          ['x', false],
          ['z', false],
        ]),
      ],
    );
    const r = reconcile(found, recorded.differences);
    expect(r.unrecorded.map(differenceKey)).toEqual(['a.b param-only-in-catalog z']);
    expect(r.stale.map(differenceKey)).toEqual(['a.b param-only-in-catalog y', 'a.c method-only-in-catalog']);
    expect(r.duplicates.map(differenceKey)).toEqual(['a.b param-only-in-catalog x']);
  });

  it('refuses entries without a reason, with a wrong kind, a misplaced name or out of order', () => {
    const file = write(`package: "@gigya-ts/rest-api@0.1.21"
differences:
  - method: z.z
    kind: method-only-in-catalog
    name: x
    reason: A method-level entry has no name.
  - method: a.a
    kind: param-missing
    name: x
    reason: The kind is not one of the kinds.
  - method: a.b
    kind: param-only-in-catalog
    name: x
    reason: short
`);
    const problems = [/a method-level difference has no name/, /kind is one of/, /reason says in a sentence/];
    expect(() => readDifferencesFile(file)).toThrow(
      new RegExp([...problems, /sorted by method/].map((r) => r.source).join('[\\s\\S]*')),
    );
  });
});

describe('readPackageTypings (@gigya-ts/rest-api 0.1.21)', () => {
  const get = (wireName: string): NeutralMethod => {
    const found = typings.methods.find((x) => x.wireName === wireName);
    if (found === undefined) throw new Error(`${wireName} is not in the package`);
    return found;
  };

  it('reads the 19 socialize and 132 accounts methods, normalizing the one key that repeats the namespace', () => {
    expect(typings.methods.filter((x) => x.wireName.startsWith('socialize.'))).toHaveLength(19);
    expect(typings.methods.filter((x) => x.wireName.startsWith('accounts.'))).toHaveLength(132);
    expect(get('accounts.auth.magiclink.getlink').wireName).toBe('accounts.auth.magiclink.getlink');
    expect(typings.methods.some((x) => x.wireName.startsWith('accounts.accounts.'))).toBe(false);
  });

  it('takes the common params from CommonRequestParams and leaves the envelope out of responses', () => {
    expect([...typings.commonParams].sort()).toEqual(['cid', 'context', 'httpStatusCodes']);
    expect(get('accounts.logout').responseFields).toEqual(['connectedProviders']);
    expect(get('accounts.login').params.find((p) => p.name === 'cid')).toBeUndefined();
  });

  it('reads required flags and response fields as the package types them', () => {
    const login = get('accounts.login');
    expect(login.params.find((p) => p.name === 'password')?.required).toBe(true);
    expect(login.params.find((p) => p.name === 'loginID')?.required).toBe(false);
    expect(login.responseFields).toEqual(expect.arrayContaining(['sessionInfo', 'regToken', 'profile', 'data']));
    expect(get('socialize.getUserInfo').responseFields).toEqual(['userData']);
    expect(get('accounts.search').responseFields).toEqual(['nextCursorId', 'objectsCount', 'results', 'totalCount']);
  });
});

describe('the catalog against @gigya-ts/rest-api', () => {
  it('covers every namespace the catalog has and the package types', () => {
    const include = catalogScope(catalogMethods(ir));
    expect(typings.methods.filter((x) => include(x.wireName))).toHaveLength(typings.methods.length);
    expect(new Set(ir.namespaces.map((n) => n.name))).toEqual(new Set(['accounts', 'socialize']));
  });

  it('has no difference that catalog/fidelity-differences.yaml does not accept, and no stale entry', () => {
    const ours = catalogMethods(ir);
    const { methods, commonParams } = typings;
    const include = catalogScope(ours);
    const found = compareMethods(methods, ours, { include, commonParams });
    const recorded = readDifferencesFile(path.join(CATALOG, 'fidelity-differences.yaml'));
    expect(recorded.package).toBe('@gigya-ts/rest-api@0.1.21');
    const { unrecorded, stale, duplicates } = reconcile(found, recorded.differences, { include });
    expect(unrecorded.map(describeDifference)).toEqual([]);
    expect(stale.map(differenceKey)).toEqual([]);
    expect(duplicates.map(differenceKey)).toEqual([]);
    // The issue's own example is among the accepted ones.
    expect(recorded.differences.some((d) => d.wireName === 'socialize.getUserInfo' && d.name === 'userData')).toBe(
      true,
    );
  });

  it('fails on a difference the file does not record, and on an entry that no longer differs', () => {
    const ours = catalogMethods(ir).map((x) =>
      x.wireName === 'accounts.logout' ? { ...x, params: [...x.params, { name: 'invented', required: false }] } : x,
    );
    const include = catalogScope(ours);
    const found = compareMethods(typings.methods, ours, { include, commonParams: typings.commonParams });
    const recorded = readDifferencesFile(path.join(CATALOG, 'fidelity-differences.yaml'));
    const { unrecorded } = reconcile(found, recorded.differences, { include });
    expect(unrecorded.map(differenceKey)).toEqual(['accounts.logout param-only-in-catalog invented']);
    const fixed = catalogMethods(ir).map((x) =>
      x.wireName === 'accounts.getAccountInfo' ? { ...x, params: x.params.filter((p) => p.name !== 'findBy') } : x,
    );
    const again = compareMethods(typings.methods, fixed, { include, commonParams: typings.commonParams });
    expect(reconcile(again, recorded.differences, { include }).stale.map(differenceKey)).toEqual([
      'accounts.getAccountInfo param-only-in-catalog findBy',
    ]);
  });

  it("marks a response field always present on the package's word only where the package types it so", () => {
    const theirs = new Map(typings.methods.map((x) => [x.wireName, x] as const));
    for (const ns of ir.namespaces) {
      const shapes = new Map(ns.shapes.map((s) => [s.name, s] as const));
      for (const meth of ns.methods) {
        const fields = [...meth.response.extends.flatMap((e) => shapes.get(e)?.fields ?? []), ...meth.response.fields];
        for (const f of fields.filter((x) => x.required && x.sources.includes('S_TSW'))) {
          expect(theirs.get(meth.wireName)?.requiredResponseFields, `${meth.wireName} ${f.name}`).toContain(f.name);
        }
      }
    }
  });
});
