import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compareFiles, generate, hasDrift, writeFiles } from '../../codegen/generate.js';
import { loadCatalog } from '../../codegen/load/index.js';
import { parseArgs, resolveRuntime } from '../../codegen/main.js';
import { VALID_FIXTURE } from './helpers.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TMP = path.join(REPO, 'test', '.tmp', `cli-${process.pid}`);
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function tmpDir(name: string): string {
  const dir = path.join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Runs `codegen/main.ts` as `npm run generate` does (tsx), from the repo root. */
function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'codegen/main.ts', ...args], {
    cwd: REPO,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const rel = (p: string) => path.relative(REPO, p).split(path.sep).join('/');

describe('generate CLI', () => {
  it('writes a client for a user catalog, then --check passes', () => {
    const out = tmpDir('write');
    const docs = tmpDir('write-docs');
    const first = cli(['--catalog', 'test/codegen/fixtures/valid', '--out', rel(out), '--docs', rel(docs)]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`${rel(out)}/: 10 files, 10 written`);
    expect(readFileSync(path.join(out, 'socialize/methods.gen.ts'), 'utf8')).toContain(
      "from '../../../../../src/runtime.js'",
    );
    expect(existsSync(path.join(docs, 'socialize.md'))).toBe(true);
    const check = cli(['--check', '--catalog', 'test/codegen/fixtures/valid', '--out', rel(out), '--docs', rel(docs)]);
    expect(check.status).toBe(0);
    expect(check.stderr).toContain('Generated files are up to date (13 files).');
  });

  it('--check exits 1 listing stale, missing and extra files with the command to run', () => {
    const out = tmpDir('check');
    cli(['--catalog', 'test/codegen/fixtures/valid', '--out', rel(out), '--no-docs']);
    const types = path.join(out, 'socialize/types.gen.ts');
    const lines = readFileSync(types, 'utf8').split('\n');
    lines[9] = '  provider: number; // hand edit';
    writeFileSync(types, lines.join('\n'));
    rmSync(path.join(out, 'socialize/index.ts'));
    writeFileSync(path.join(out, 'notes.ts'), 'export {};\n');
    const r = cli(['--check', '--catalog', 'test/codegen/fixtures/valid', '--out', rel(out), '--no-docs']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      [
        'Generated files are out of date with the catalog:',
        `  stale:   ${rel(out)}/socialize/types.gen.ts (differs from line 10)`,
        `  missing: ${rel(out)}/socialize/index.ts`,
        `  extra:   ${rel(out)}/notes.ts (not produced by the catalog)`,
        'Run `npm run generate -- --catalog … --out …` and commit the result (never edit generated files by hand).',
        '',
      ].join('\n'),
    );
  });

  it('--check also covers the Markdown docs', () => {
    const out = tmpDir('check-docs');
    const docs = tmpDir('check-docs-md');
    const args = ['--catalog', 'test/codegen/fixtures/valid', '--out', rel(out), '--docs', rel(docs)];
    expect(cli(args).status).toBe(0);
    const md = path.join(docs, 'socialize.md');
    writeFileSync(
      md,
      readFileSync(md, 'utf8').replace('## `socialize.setStatus`', '## `socialize.setStatus` (edited)'),
    );
    rmSync(path.join(docs, 'errors.md'));
    const r = cli(['--check', ...args]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`  stale:   ${rel(docs)}/socialize.md (differs from line `);
    expect(r.stderr).toContain(`  missing: ${rel(docs)}/errors.md`);
  });

  it('`npm test` runs the linter, the type check and `generate --check` before the tests', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['generate']).toBe('tsx codegen/main.ts');
    expect(pkg.scripts['test']).toBe('npm run lint && npm run typecheck && npm run generate -- --check && vitest run');
  });

  it('a catalog error exits 1 with every problem and its file:line', () => {
    const r = cli(['--catalog', 'test/codegen/fixtures/invalid', '--out', rel(tmpDir('invalid'))]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'The catalog has 2 problems:\n  test/codegen/fixtures/invalid/socialize.yaml:9 methods[0].params[0]: ' +
        'param "status" has no "required"; add required: true or false',
    );
  });

  it('bad usage exits 2 with the usage text', () => {
    const r = cli(['--catalog', 'test/codegen/fixtures/valid']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('generate: --catalog needs --out DIR too');
    expect(r.stderr).toContain('Usage: npm run generate -- [options]');
    expect(cli(['--frobnicate']).stderr).toContain('generate: unknown option --frobnicate');
  });

  it('--watch regenerates on change, reports a broken catalog and keeps running', async () => {
    const dir = tmpDir('watch');
    const catalog = path.join(dir, 'catalog');
    const out = path.join(dir, 'out');
    cpSync(VALID_FIXTURE, catalog, { recursive: true });
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'codegen/main.ts', '--watch', '--catalog', rel(catalog), '--out', rel(out), '--no-docs'],
      { cwd: REPO },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const until = async (what: string, cond: () => boolean): Promise<void> => {
      for (let i = 0; i < 400 && !cond(); i++) await new Promise((r) => setTimeout(r, 25));
      if (!cond()) throw new Error(`gave up waiting for ${what}\nstdout: ${stdout}\nstderr: ${stderr}`);
    };
    try {
      await until('the first run', () => stdout.includes('Watching'));
      const yamlPath = path.join(catalog, 'socialize.yaml');
      const original = readFileSync(yamlPath, 'utf8');
      writeFileSync(
        yamlPath,
        `${original}  - name: ping\n    description: Added while watching.\n    safeToRepeat: true\n    ` +
          'params: []\n    response: { fields: [] }\n    errors: []\n',
      );
      await until(
        'the regenerated method',
        () =>
          existsSync(path.join(out, 'socialize/methods.gen.ts')) &&
          readFileSync(path.join(out, 'socialize/methods.gen.ts'), 'utf8').includes('export function ping('),
      );
      writeFileSync(yamlPath, `${original}  - name: broken\n`);
      await until('the catalog error', () => stderr.includes('method "broken" has no "description"'));
      expect(child.exitCode).toBe(null);
      writeFileSync(yamlPath, original);
      await until(
        'recovery',
        () => !readFileSync(path.join(out, 'socialize/methods.gen.ts'), 'utf8').includes('export function ping('),
      );
    } finally {
      child.kill();
    }
  });
});

describe('writing and comparing', () => {
  const produced = generate(loadCatalog(VALID_FIXTURE), {
    runtime: { kind: 'module', specifier: 'gigya-typed/runtime' },
    docs: false,
  }).out;

  it('writes only changed files and removes generated files the catalog no longer produces', () => {
    const out = tmpDir('files');
    expect(writeFiles(out, produced).written).toHaveLength(produced.size);
    mkdirSync(path.join(out, 'old'), { recursive: true });
    writeFileSync(
      path.join(out, 'old/types.gen.ts'),
      '// Generated from catalog/old.yaml by `npm run generate`. DO NOT EDIT.\n',
    );
    writeFileSync(path.join(out, 'mine.ts'), 'export const x = 1;\n');
    const report = writeFiles(out, produced);
    expect(report).toEqual({
      written: [],
      unchanged: [...produced.keys()],
      deleted: ['old/types.gen.ts'],
      foreign: ['mine.ts'],
    });
    expect(existsSync(path.join(out, 'mine.ts'))).toBe(true);
  });

  it('compareFiles finds a stale byte', () => {
    const out = tmpDir('compare');
    writeFiles(out, produced);
    expect(hasDrift(compareFiles(out, produced))).toBe(false);
    const file = path.join(out, 'errors.gen.ts');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('InvalidRequestSignature: 403003', 'InvalidRequestSignature: 403004'),
    );
    expect(compareFiles(out, produced).stale.map((s) => s.file)).toEqual(['errors.gen.ts']);
  });

  it('committed generated/ and docs/api/ match catalog/ byte for byte; generating again gives the same bytes', () => {
    const options = parseArgs([]);
    if (options === 'help') throw new Error('unexpected help');
    const first = generate(loadCatalog(options.catalog), { runtime: options.runtime, docs: true });
    const second = generate(loadCatalog(options.catalog), { runtime: options.runtime, docs: true });
    expect([...second.out]).toEqual([...first.out]);
    expect([...second.docs]).toEqual([...first.docs]);
    expect(compareFiles(options.out, first.out), 'run: npm run generate').toEqual({
      missing: [],
      stale: [],
      extra: [],
    });
    expect(compareFiles(options.docs!, first.docs), 'run: npm run generate').toEqual({
      missing: [],
      stale: [],
      extra: [],
    });
    // Every file carries the do-not-edit banner.
    for (const [name, text] of [...first.out, ...first.docs])
      expect(text.split('\n')[0], name).toMatch(
        /^(\/\/|<!--) Generated from catalog\/.*by `npm run generate`\. DO NOT EDIT/,
      );
  });

  it('the committed fixture output (test/types/fixture) matches the fixture catalog', () => {
    const fixtureOut = path.join(REPO, 'test/types/fixture');
    const expected = generate(loadCatalog(VALID_FIXTURE), {
      runtime: resolveRuntime(undefined, fixtureOut),
      docs: false,
    }).out;
    const drift = compareFiles(fixtureOut, expected);
    expect(
      drift,
      'run: npx tsx codegen/main.ts --catalog test/codegen/fixtures/valid --out test/types/fixture --no-docs',
    ).toEqual({ missing: [], stale: [], extra: [] });
  });
});

describe('options', () => {
  it('defaults to the repo catalog, generated/ and docs/api/', () => {
    const o = parseArgs([]);
    expect(o).not.toBe('help');
    if (o === 'help') return;
    expect([rel(o.catalog), rel(o.out), rel(o.docs!)]).toEqual(['catalog', 'generated', 'docs/api']);
    expect(o.runtime).toEqual({ kind: 'relative', fromRoot: '../src/runtime.js' });
  });

  it('writes the validator proofs unless --no-checks', () => {
    const on = parseArgs([]);
    const off = parseArgs(['--catalog', 'my', '--out', 'gen', '--no-checks'], REPO);
    expect(on !== 'help' && on.checks).toBe(true);
    expect(off !== 'help' && off.checks).toBe(false);
    const ir = loadCatalog(VALID_FIXTURE);
    const runtime = { kind: 'module', specifier: 'gigya-typed/runtime' } as const;
    expect([...generate(ir, { runtime, docs: false }).out.keys()]).toContain('socialize/validators.check.ts');
    const without = generate(ir, { runtime, docs: false, checks: false }).out;
    expect([...without.keys()].filter((f) => f.includes('check'))).toEqual([]);
    expect(without.get('README.md')).not.toContain('validators.check.ts');
  });

  it('imports the runtime from the package outside the repo, or from --runtime-import', () => {
    expect(resolveRuntime(undefined, path.resolve(REPO, '..', 'elsewhere'))).toEqual({
      kind: 'module',
      specifier: 'gigya-typed/runtime',
    });
    expect(resolveRuntime('@acme/gigya/runtime', path.join(REPO, 'generated'))).toEqual({
      kind: 'module',
      specifier: '@acme/gigya/runtime',
    });
    expect(resolveRuntime('./rt.js', path.join(REPO, 'generated'))).toEqual({ kind: 'relative', fromRoot: './rt.js' });
    const o = parseArgs(['--catalog=my', '--out', 'gen', '--runtime-import', 'gigya-typed/runtime'], REPO);
    expect(o !== 'help' && [rel(o.catalog), rel(o.out), o.docs, o.runtime]).toEqual([
      'my',
      'gen',
      undefined,
      { kind: 'module', specifier: 'gigya-typed/runtime' },
    ]);
  });
});
