/**
 * Builds what the bench measures: the package as `npm run build` emits it (same compiler settings,
 * so the same JavaScript as dist/), plus the bench's workers, into a scratch directory laid out like
 * an install (`<tmp>/node_modules/gigya-typed/{package.json,dist}`) next to an app `package.json`.
 * `import('gigya-typed')` from `<tmp>` then resolves through the package's `exports` exactly as in
 * a user's app, and dependencies
 * (undici, zod, gigya) resolve from the repository's node_modules. Always rebuilt: a stale dist/
 * must never be what gets measured.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BuiltPackage } from './contract.js';

export function buildPackage(root: string, tmpDir: string, log: (line: string) => void): BuiltPackage {
  const packageDir = path.join(tmpDir, 'node_modules', 'gigya-typed');
  const distDir = path.join(packageDir, 'dist');
  rmSync(packageDir, { recursive: true, force: true });
  mkdirSync(packageDir, { recursive: true });
  copyFileSync(path.join(root, 'package.json'), path.join(packageDir, 'package.json'));
  // The app's own package scope: without it, code run from <tmp> (inside the repository) would
  // resolve 'gigya-typed' to the repository itself by self-reference, i.e. to a possibly stale dist/.
  writeFileSync(
    path.join(tmpDir, 'package.json'),
    `${JSON.stringify({ name: 'gigya-typed-bench-app', private: true }, null, 2)}\n`,
  );
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const started = performance.now();
  const r = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'bench', 'tsconfig.json'), '--outDir', distDir], {
    cwd: root,
    encoding: 'utf8',
  });
  const built: BuiltPackage = {
    packageDir,
    distDir,
    appDir: tmpDir,
    worker: (name) => path.join(distDir, 'bench', 'workers', `${name}.js`),
  };
  const entry = path.join(distDir, 'src', 'index.js');
  if (!existsSync(entry) || !existsSync(built.worker('server'))) {
    throw new Error(`the build produced no ${path.relative(root, entry)}:\n${r.stdout}${r.stderr}`);
  }
  // tsc still emits on type errors; the JavaScript is measured, and `npm test` owns the type errors.
  if (r.status !== 0)
    log(
      `build: tsc reported errors (measuring the emitted JavaScript anyway):\n` +
        `${r.stdout}${r.stderr}`.trim().split('\n').slice(0, 10).join('\n'),
    );
  log(`build: ${path.relative(root, distDir)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return built;
}
