#!/usr/bin/env node
/**
 * The `gigya-typed` program: `gigya-typed <command> [options]`. `run` does the work against an
 * `Io`, so tests can drive it in-process; the bottom of the file wires it to the real process.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PACKAGE_VERSION } from '../version.js';
import { type Command, commandHelp, EXIT, type Invocation, type Io, parseCommandArgs, UsageError } from './command.js';
import { COMMANDS, findCommand } from './registry.js';
import { didYouMean } from '../suggest.js';

function programHelp(invocation: Invocation): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    `Usage: ${invocation.program} <command> [options]`,
    '',
    'The Gigya REST API from the command line, with the local emulator.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    `Run \`${invocation.program} <command> --help\` for a command's options, \`${invocation.program} --version\` ` +
      `for the version.`,
    'Credentials come from flags or from GIGYA_API_KEY, GIGYA_SECRET, GIGYA_USER_KEY, GIGYA_PRIVATE_KEY(_FILE),',
    'GIGYA_DATA_CENTER, GIGYA_API_DOMAIN and GIGYA_BASE_URL; GIGYA_LOG=debug shows each call.',
    '',
    'Exit codes: 0 done, 1 Gigya answered with an error (or what was asked for does not exist),',
    '2 bad command line, 3 bad or missing configuration, 4 no usable answer from Gigya, 70 a bug.',
    '',
  ].join('\n');
}

/** Runs one command line; resolves to the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const { invocation } = io;
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    const command = topic === undefined ? undefined : findCommand(topic);
    if (topic !== undefined && !command)
      return usage(
        io,
        `Unknown command "${topic}".${didYouMean(
          topic,
          COMMANDS.map((c) => c.name),
        )}`,
      );
    io.stdout.write(command ? commandHelp(command, invocation) : programHelp(invocation));
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${PACKAGE_VERSION}\n`);
    return EXIT.ok;
  }
  const command = findCommand(first);
  if (!command) {
    const hint = didYouMean(
      first,
      COMMANDS.map((c) => c.name),
    );
    return usage(io, `Unknown command "${first}".${hint} Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`);
  }
  return runCommand(command, rest, io);
}

async function runCommand(command: Command, argv: readonly string[], io: Io): Promise<number> {
  try {
    const args = parseCommandArgs(command, argv);
    if (args === 'help') {
      io.stdout.write(commandHelp(command, io.invocation));
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error.message, command);
    // Loaded only now: it brings the catalog, which `--help` and `--version` do without.
    const { reportError } = await import('./report.js');
    return reportError(error, io, io.invocation.program);
  }
}

function usage(io: Io, message: string, command?: Command): number {
  const help = command
    ? `Run \`${
        command.name === io.invocation.script?.command
          ? io.invocation.script.run
          : `${io.invocation.program} ${command.name}`
      } --help\` for its options.`
    : `Run \`${io.invocation.program} --help\` for the commands.`;
  io.stderr.write(`${io.invocation.program}: ${message}\n${help}\n`);
  return EXIT.usage;
}

/**
 * How the user ran the program. npm sets npm_lifecycle_event for `npx` and for scripts: a script
 * of this repository that runs `cli/main… <command>` fixes that command (`npm run emulator --`).
 */
export function invocationFrom(env: Readonly<Record<string, string | undefined>>): Invocation {
  const event = env['npm_lifecycle_event'];
  const script = env['npm_lifecycle_script'];
  if (event === 'npx') return { program: 'npx gigya-typed' };
  const fixed = script === undefined ? undefined : /cli\/main\.[jt]s\s+([a-z]+)/.exec(script)?.[1];
  if (event !== undefined && fixed !== undefined && findCommand(fixed))
    return { program: 'gigya-typed', script: { command: fixed, run: `npm run ${event} --` } };
  return { program: 'gigya-typed' };
}

function processIo(): Io {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    // A getter: touching process.stdin opens it, which only `--params-json -` needs.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    invocation: invocationFrom(process.env),
    stopRequested: () =>
      new Promise((resolve) => {
        const stop = (signal: NodeJS.Signals): void => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve(signal);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      }),
  };
}

/** True when this file is the program being run (through the bin link too), not a module imported by a test. */
function isMain(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  run(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`gigya-typed: unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = EXIT.internal;
    },
  );
}
