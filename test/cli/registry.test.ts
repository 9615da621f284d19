/** The command registry: every module under src/cli/commands/ is a listed command, once. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, findCommand } from '../../src/cli/registry.js';

const DIR = new URL('../../src/cli/commands/', import.meta.url);

describe('the command registry', () => {
  it('lists one command per file of src/cli/commands/, named like its file', async () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts'));
    expect(COMMANDS.map((c) => `${c.name}.ts`).sort()).toEqual(files.sort());
    for (const file of files) {
      const module = (await import(new URL(file, DIR).href)) as Record<string, unknown>;
      const exported = Object.values(module);
      const name = file.replace(/\.ts$/, '');
      expect(exported, file).toContain(findCommand(name));
    }
  });

  it('gives every command a summary and every option a line of help', () => {
    for (const c of COMMANDS) {
      expect(c.summary, c.name).toMatch(/^[A-Z].*\.$/);
      for (const [flag, spec] of Object.entries(c.options)) expect(spec.help, `${c.name} --${flag}`).not.toBe('');
    }
  });
});
