/**
 * methods.gen.ts and validators.gen.ts open with `// @ts-nocheck`: their expressions are untyped on
 * purpose, and a user's compiler should not spend time on them. The project still type-checks them:
 * this test copies the committed generated/ without the pragma and compiles it with the runtime, and
 * shows on a copy with one wrong type that such a compile does catch what the pragma would hide.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DIR = path.join(REPO, 'test', '.tmp', `unchecked-modules-${process.pid}`);
const PRAGMA = '// @ts-nocheck\n';

function generatedFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

/** generated/ copied to `name/` without the pragma, next to a link to src/ (whose imports reach the copy). */
function copyWithoutPragma(
  name: string,
  edit?: (rel: string, text: string) => string,
  include: readonly string[] = ['generated'],
): string {
  const root = path.join(DIR, name);
  mkdirSync(root, { recursive: true });
  cpSync(path.join(REPO, 'generated'), path.join(root, 'generated'), { recursive: true });
  symlinkSync(path.join(REPO, 'src'), path.join(root, 'src'), 'dir');
  for (const file of generatedFiles(path.join(root, 'generated'))) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, edit ? edit(rel, text.replace(PRAGMA, '')) : text.replace(PRAGMA, ''));
  }
  const base = path.relative(root, path.join(REPO, 'tsconfig.json')).split(path.sep).join('/');
  writeFileSync(
    path.join(root, 'tsconfig.json'),
    // preserveSymlinks: src/ is compiled where the link puts it, so it imports the copy of generated/.
    JSON.stringify({ extends: base, compilerOptions: { preserveSymlinks: true }, include }),
  );
  return root;
}

function tsc(root: string): { status: number | null; output: string } {
  const r = spawnSync(
    process.execPath,
    [path.join(REPO, 'node_modules/typescript/bin/tsc'), '--noEmit', '--pretty', 'false', '-p', root],
    { cwd: root, encoding: 'utf8' },
  );
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe('generated modules under @ts-nocheck', () => {
  it('are exactly the methods and validators modules', () => {
    const marked = generatedFiles(path.join(REPO, 'generated'))
      .filter((f) => readFileSync(f, 'utf8').includes(`\n${PRAGMA}`))
      .map((f) => path.relative(path.join(REPO, 'generated'), f).split(path.sep).join('/'))
      .sort();
    expect(marked).toEqual([
      'accounts/methods.gen.ts',
      'accounts/validators.gen.ts',
      'socialize/methods.gen.ts',
      'socialize/validators.gen.ts',
    ]);
  });

  it('type-check without the pragma', () => {
    const result = tsc(copyWithoutPragma('as-committed'));
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);

  it('a wrong type in them is reported once the pragma is gone', () => {
    const root = copyWithoutPragma(
      'wrong-type',
      (rel, text) =>
        rel === 'generated/socialize/methods.gen.ts'
          ? text.replace(
              'export const setStatusMethod = ',
              'export const wrongName: number = setStatusMethod.name;\nexport const setStatusMethod = ',
            )
          : text,
      // That module and what it imports are enough to show it.
      ['generated/socialize/methods.gen.ts'],
    );
    const result = tsc(root);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/generated\/socialize\/methods\.gen\.ts\(\d+,\d+\): error TS2322/);
  }, 120_000);
});
