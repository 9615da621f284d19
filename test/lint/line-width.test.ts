import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAX_WIDTH = 120;
/** Generated output keeps whatever width its generator emits. */
const EXEMPT = ['generated/', 'test/types/fixture/'];

/** `file:line (width)` for each line wider than the limit; width counts code points, as editors do. */
function tooLong(file: string, text: string): string[] {
  const found: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const width = [...line].length;
    if (width > MAX_WIDTH) found.push(`${file}:${index + 1} (${width} characters)`);
  });
  return found;
}

function trackedSources(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--', '*.ts'], { cwd: ROOT, encoding: 'utf8' });
  return listed
    .split('\0')
    .filter((file) => file !== '' && !EXEMPT.some((prefix) => file.startsWith(prefix)))
    .filter((file) => existsSync(path.join(ROOT, file)));
}

describe('line width', () => {
  it('reports each line wider than 120 characters by file and line', () => {
    const text = `const a = 1;\n${'x'.repeat(121)}\n${'é'.repeat(120)}\n// ${'y'.repeat(130)}\n`;
    expect(tooLong('src/a.ts', text)).toEqual(['src/a.ts:2 (121 characters)', 'src/a.ts:4 (133 characters)']);
  });

  it('no tracked TypeScript file outside generated output has a line over 120 characters', () => {
    const files = trackedSources();
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('test/lint/line-width.test.ts');
    const found = files.flatMap((file) => tooLong(file, readFileSync(path.join(ROOT, file), 'utf8')));
    expect(found, `lines over ${MAX_WIDTH} characters:\n${found.join('\n')}`).toEqual([]);
  });
});
