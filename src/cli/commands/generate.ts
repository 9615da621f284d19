/**
 * `gigya-typed generate --catalog DIR --out DIR`: a typed client for your own catalog YAML, on the
 * same runtime. The generator needs `yaml`, an optional peer dependency, so it stays out of installs
 * that never generate; a clear message says to add it.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { booleanOption, type Command, commandLine, EXIT, type Io, stringOption, UsageError } from '../command.js';

const require = createRequire(import.meta.url);

export const generate: Command = {
  name: 'generate',
  summary: 'Generate a typed client from your own catalog YAML (the format of catalog/README.md).',
  usage: '--catalog DIR --out DIR [options]',
  description: [
    'Writes <namespace>/{types,validators,methods,index}.gen.ts and errors.gen.ts into --out, importing',
    "the runtime from gigya-typed/runtime; pass the output's module to createClient(options, catalog).",
    'A catalog without its own errors.yaml uses the built-in one. Needs the yaml package in your',
    'project (npm install --save-dev yaml).',
  ].join('\n'),
  options: {
    catalog: {
      type: 'string',
      value: 'DIR',
      help: 'catalog folder: <namespace>.yaml files and an optional errors.yaml',
    },
    out: { type: 'string', value: 'DIR', help: 'output folder for the TypeScript' },
    docs: { type: 'string', value: 'DIR', help: 'also render Markdown docs into DIR' },
    check: { type: 'boolean', help: 'write nothing; exit 1 listing stale, missing or extra files' },
    watch: { type: 'boolean', help: 'regenerate whenever a catalog file changes' },
    checks: {
      type: 'boolean',
      help: 'write <namespace>/validators.check.ts, the type-level proof of the validators (default; --no-checks)',
    },
    'runtime-import': {
      type: 'string',
      value: 'SPEC',
      help: 'module the generated code imports the runtime from (default gigya-typed/runtime)',
    },
  },
  examples: ['--catalog catalog --out src/gigya', '--catalog catalog --out src/gigya --check'],
  maxPositionals: 0,
  async run(args, io) {
    const program = commandLine(io.invocation, 'generate');
    const catalog = stringOption(args, 'catalog');
    const out = stringOption(args, 'out');
    if (catalog === undefined || out === undefined)
      throw new UsageError(
        'generate needs --catalog DIR and --out DIR: it generates your own catalog (the built-in one ships generated).',
      );
    const docs = stringOption(args, 'docs');
    if (!resolvable('yaml')) {
      io.stderr.write(
        `${program} needs yaml, an optional peer dependency of gigya-typed that is not installed.\n` +
          'Add it to your project: npm install --save-dev yaml\n',
      );
      return EXIT.config;
    }
    const argv = ['--catalog', resolve(io.cwd, catalog), '--out', resolve(io.cwd, out)];
    argv.push(...(docs !== undefined ? ['--docs', resolve(io.cwd, docs)] : ['--no-docs']));
    if (booleanOption(args, 'check')) argv.push('--check');
    if (booleanOption(args, 'watch')) argv.push('--watch');
    if (booleanOption(args, 'checks') === false) argv.push('--no-checks');
    const runtime = stringOption(args, 'runtime-import');
    argv.push('--runtime-import', runtime ?? 'gigya-typed/runtime');

    const { main } = await import('../../../codegen/main.js');
    const result = main(argv, lines(io));
    if (typeof result === 'number') return result;
    await io.stopRequested();
    for (const watcher of result.watchers) watcher.close();
    return EXIT.ok;
  },
};

function resolvable(name: string): boolean {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

function lines(io: Io) {
  return {
    log: (line: string) => void io.stdout.write(`${line}\n`),
    error: (line: string) => void io.stderr.write(`${line}\n`),
  };
}
