/**
 * validators.gen.ts declares each schema as its interface without making the compiler check it;
 * validators.check.ts holds the proof. This test makes a validator and its interface disagree (the
 * types from the fixture catalog, the validators from an altered copy) and type-checks the result:
 * the check file must fail at that schema, for each way they can disagree, while validators.gen.ts
 * of the same altered copy compiles (which is why the check file is needed).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Provenance } from '../../codegen/emit/common.js';
import { generate } from '../../codegen/generate.js';
import { emitTypes, type NamespaceContext } from '../../codegen/emit/types.js';
import { emitValidatorChecks, emitValidators } from '../../codegen/emit/validators.js';
import type { FieldIR, MethodIR, NamespaceIR } from '../../codegen/ir.js';
import { loadCatalog } from '../../codegen/load/index.js';
import { VALID_FIXTURE } from './helpers.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DIR = path.join(REPO, 'test', '.tmp', `validator-checks-${process.pid}`);
/** Each case's output is one folder below DIR; its code imports the repo's runtime. */
const RUNTIME = {
  kind: 'relative',
  fromRoot: path
    .relative(path.join(DIR, 'case'), path.join(REPO, 'src', 'runtime.js'))
    .split(path.sep)
    .join('/'),
} as const;
const catalog = loadCatalog(VALID_FIXTURE);
const fixture = catalog.namespaces[0]!;
/** The rest of the fixture's output (errors, methods, …), which the check file's method proofs import. */
const fixtureOutput = generate(catalog, { runtime: RUNTIME, docs: false });

/** What the types emitter needs besides the namespace: here no common params, as in the validators below. */
const emitContext = (ns: NamespaceIR): NamespaceContext => ({
  ns,
  prov: new Provenance([]),
  hasCommonParams: false,
  commonParamNames: new Set(),
});

/** The fixture namespace with `socialize.setStatus`'s params changed. */
function alteredSetStatus(change: (params: readonly FieldIR[]) => FieldIR[]): NamespaceIR {
  const methods = fixture.methods.map(
    (m): MethodIR => (m.name === 'setStatus' ? { ...m, params: change(m.params) } : m),
  );
  return { ...fixture, methods };
}
const param = (params: readonly FieldIR[], name: string, patch: Partial<FieldIR>): FieldIR[] =>
  params.map((p) => (p.name === name ? { ...p, ...patch } : p));

/** Each way a validator can disagree with its interface, and what the check must say. */
const CASES: Record<string, { ns: NamespaceIR; expect: RegExp }> = {
  // The validator lets through a value the interface forbids.
  'lets a wrong type through': {
    ns: alteredSetStatus((p) => param(p, 'status', { type: { kind: 'primitive', name: 'int' } })),
    expect: /is not assignable to type 'ZodType<SocializeSetStatusParams/,
  },
  // The validator refuses values the interface allows: stricter than the types.
  'takes fewer values': {
    ns: alteredSetStatus((p) => param(p, 'cid', { enum: ['only-this'] })),
    expect: /refuses values its interface allows/,
  },
  'requires an optional param': {
    ns: alteredSetStatus((p) => param(p, 'uid', { required: true })),
    expect: /refuses values its interface allows/,
  },
  'misses a param': {
    ns: alteredSetStatus((p) => p.filter((f) => f.name !== 'cid')),
    expect: /has other fields than its interface/,
  },
  'has an extra param': {
    ns: alteredSetStatus((p) => [...p, { ...p[0]!, name: 'colour' }]),
    expect: /has other fields than its interface/,
  },
};

let tsc: { status: number | null; output: string };
let mergedValidators = '';
/** Per case dir: the lines of the check file where setStatus's schema is declared and matched. */
const setStatusLines = new Map<string, number[]>();

beforeAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  const include: string[] = [];
  const write = (rel: string, text: string): void => {
    mkdirSync(path.dirname(path.join(DIR, rel)), { recursive: true });
    writeFileSync(path.join(DIR, rel), text);
    include.push(rel);
  };
  for (const [name, { ns }] of [['agreeing', { ns: fixture }] as const, ...Object.entries(CASES)]) {
    const dir = name.replace(/\s+/g, '-');
    for (const [rel, text] of fixtureOutput.out) if (rel.endsWith('.ts')) write(`${dir}/${rel}`, text);
    // The interfaces always come from the fixture; only the validators are altered.
    write(`${dir}/socialize/types.gen.ts`, emitTypes(emitContext(fixture), RUNTIME));
    write(`${dir}/socialize/validators.gen.ts`, emitValidators(ns, RUNTIME));
    const checks = emitValidatorChecks(ns, RUNTIME);
    write(`${dir}/socialize/validators.check.ts`, checks);
    const lines = checks.split('\n');
    setStatusLines.set(dir, [
      lines.findIndex((l) => l.startsWith('export const socializeSetStatusParamsSchema:')) + 1,
      lines.findIndex((l) => /^\s*matches<.*\bSocializeSetStatusParams\b.*>\(\)\(/.test(l)) + 1,
    ]);
  }
  // A merge param (a map of shapes whose fields hold arrays of shapes): its types and its patch
  // validators come from the same catalog and must agree.
  const merged = alteredSetStatus((p) => [
    ...p,
    {
      name: 'actions',
      type: { kind: 'map', of: { kind: 'shape', name: 'UserAction' } },
      typeText: 'map<UserAction>',
      required: false,
      merge: true,
      doc: 'Merged.',
      recalled: false,
      sources: [],
      location: p[0]!.location,
    },
  ]);
  // MergePatch comes from the runtime: here the repository's own, by a relative path.
  const runtime = {
    kind: 'module',
    specifier: path.relative(path.join(DIR, 'agreeing-merge/socialize'), path.join(REPO, 'src/runtime.js')),
  } as const;
  // The rest of its output (errors, methods, …), which the check file's method proofs import.
  for (const [rel, text] of generate({ ...catalog, namespaces: [merged] }, { runtime: RUNTIME, docs: false }).out)
    if (rel.endsWith('.ts')) write(`agreeing-merge/${rel}`, text);
  write('agreeing-merge/socialize/types.gen.ts', emitTypes(emitContext(merged), runtime));
  mergedValidators = emitValidators(merged, runtime);
  write('agreeing-merge/socialize/validators.gen.ts', mergedValidators);
  write('agreeing-merge/socialize/validators.check.ts', emitValidatorChecks(merged, runtime));
  writeFileSync(path.join(DIR, 'tsconfig.json'), JSON.stringify({ extends: '../../../tsconfig.json', include }));
  const r = spawnSync(
    process.execPath,
    [
      path.join(REPO, 'node_modules/typescript/bin/tsc'),
      '--noEmit',
      '--pretty',
      'false',
      '-p',
      path.join(DIR, 'tsconfig.json'),
    ],
    { cwd: DIR, encoding: 'utf8' },
  );
  tsc = { status: r.status, output: `${r.stdout}${r.stderr}` };
}, 60_000);

afterAll(() => rmSync(DIR, { recursive: true, force: true }));

/** Error messages of one file, with the lines they continue on. */
function errorsIn(file: string): string[] {
  const blocks = tsc.output.split(/\n(?=\S)/);
  return blocks.filter((b) => b.startsWith(file)).map((b) => b.replace(/\s+/g, ' '));
}

describe('validators.check.ts fails when a validator and its interface disagree', () => {
  it('compiles when they agree, merge params (patch schemas) included', () => {
    expect(errorsIn('agreeing/')).toEqual([]);
    expect(errorsIn('agreeing-merge/')).toEqual([]);
    // The altered cases below make the run fail as a whole.
    expect(tsc.status).not.toBe(0);
  });

  it('a merge param validates its shapes with patch schemas: fields nullable, arrays whole', () => {
    expect(mergedValidators).toContain(
      'actions: z.record(z.string(), socializeUserActionPatchSchema.nullable().optional()).optional(),',
    );
    expect(mergedValidators).toContain('mediaItems: z.array(socializeMediaItemSchema).nullable().optional(),');
  });

  for (const [name, c] of Object.entries(CASES)) {
    const dir = name.replace(/\s+/g, '-');
    it(`fails at the schema when the validator ${name}`, () => {
      const errors = errorsIn(`${dir}/socialize/validators.check.ts`);
      expect(errors.length, tsc.output).toBeGreaterThan(0);
      expect(errors.join('\n')).toMatch(c.expect);
      // Only setStatus was altered: every error is at its schema, declared or matched.
      const at = errors.map((e) => Number(/^[^(]+\((\d+),/.exec(e)?.[1]));
      for (const line of at) expect(setStatusLines.get(dir)).toContain(line);
    });

    it(`validators.gen.ts of the same catalog compiles (${name}): the user's compiler does not do the proof`, () => {
      expect(errorsIn(`${dir}/socialize/validators.gen.ts`)).toEqual([]);
    });
  }
});
