/**
 * `npm run build`: dist/ from nothing. The folder is removed first, so a file deleted from src/
 * cannot linger in the package; then tsc emits JavaScript, declarations and source maps (with their
 * sources inside, since src/ is not shipped). The generator renders its Markdown docs from code, so
 * nothing but tsc's output goes into dist/.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist');

rmSync(DIST, { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
  {
    cwd: ROOT,
    stdio: 'inherit',
  },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
for (const bin of Object.values(pkg.bin)) {
  const file = path.join(ROOT, bin);
  if (!readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n')) {
    console.error(`build: ${bin} lacks its #!/usr/bin/env node line`);
    process.exit(1);
  }
  chmodSync(file, 0o755);
}
