import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIOME = path.join(ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');

const VALUE_IMPORT =
  "import { methodRegistry } from '../../generated/index.js';\nexport const n = methodRegistry.size;\n";
const VALUE_REEXPORT = "export { ErrorCode } from '../../generated/errors.gen.js';\n";
const TYPE_IMPORT = "import type { MethodMap } from '../../generated/index.js';\nexport type M = MethodMap;\n";

let dir: string;

/** Lints one file of a scratch tree laid out like the repo, with the repo's own biome.json and plugin. */
function lint(file: string, text: string): { ok: boolean; output: string } {
  const full = path.join(dir, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
  try {
    const output = execFileSync(process.execPath, [BIOME, 'lint', '--colors=off', '--vcs-enabled=false', file], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  } finally {
    rmSync(full);
  }
}

describe('the one-way boundary is a lint rule', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gigya-boundary-'));
    cpSync(path.join(ROOT, 'biome.json'), path.join(dir, 'biome.json'));
    cpSync(path.join(ROOT, 'lint'), path.join(dir, 'lint'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a value import or re-export from generated/ in the client runtime', () => {
    for (const text of [VALUE_IMPORT, VALUE_REEXPORT]) {
      const result = lint('src/call/probe.ts', text);
      expect(result.ok).toBe(false);
      expect(result.output).toContain('may not import values from generated/');
    }
  });

  it('allows type-only imports, and value imports at the composition points', () => {
    expect(lint('src/call/probe.ts', TYPE_IMPORT).ok).toBe(true);
    expect(lint('src/emulator/sub/probe.ts', VALUE_IMPORT).ok).toBe(true);
    expect(lint('src/index.ts', VALUE_IMPORT.replaceAll('../../', '../')).ok).toBe(true);
    expect(lint('src/cli/catalog.ts', VALUE_IMPORT).ok).toBe(true);
    expect(lint('src/cli/error-table.ts', VALUE_IMPORT).ok).toBe(true);
  });

  it("the command line's other modules go through its catalog module", () => {
    expect(lint('src/cli/commands/probe.ts', VALUE_IMPORT.replace('../../', '../../../')).ok).toBe(false);
  });
});
