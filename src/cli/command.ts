/**
 * What a command of the `gigya-typed` program is: its name, its help, its options (node:util
 * parseArgs specs with a line of help each) and what it does. Each command is one module under
 * commands/, listed once in registry.ts.
 */
import { parseArgs } from 'node:util';

/** Exit codes, the same for every command (README, "Command line"). */
export const EXIT = Object.freeze({
  /** Done. */
  ok: 0,
  /** Gigya answered with an error code, or the thing asked for does not exist (an unknown error code). */
  failed: 1,
  /** The command line is wrong: an unknown command or option, a missing argument. */
  usage: 2,
  /** The configuration cannot work: no or bad credentials, a bad option value. */
  config: 3,
  /** No usable answer from Gigya: a timeout, a refused or broken connection, an unreadable response. */
  transport: 4,
  /** A bug: an exception nobody expected. */
  internal: 70,
});

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  /** The value's placeholder in the help (`--port N`). */
  readonly value?: string;
  readonly help: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Where a command reads and writes; the real process in the bin, buffers in tests. */
export interface Io {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly stdin?: AsyncIterable<Buffer | string>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** How the user ran the program, so help names the command that actually runs it. */
  readonly invocation: Invocation;
  /** Resolves when the user asks a long-running command (the emulator) to stop. */
  readonly stopRequested: () => Promise<string>;
}

export interface Output {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
}

/**
 * `gigya-typed …` from an install or `npx gigya-typed …`; or an npm script of this repository
 * that runs one command (`npm run emulator -- …` runs `emulator`).
 */
export interface Invocation {
  /** `gigya-typed` or `npx gigya-typed`. */
  readonly program: string;
  /** Set when an npm script fixes the command: its name and how to run it (`npm run emulator --`). */
  readonly script?: { readonly command: string; readonly run: string };
}

/** The words that run a command, as the user would type them. */
export function commandLine(invocation: Invocation, command: string): string {
  return invocation.script?.command === command ? invocation.script.run : `${invocation.program} ${command}`;
}

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
}

export interface Command {
  readonly name: string;
  /** One line for the list of commands. */
  readonly summary: string;
  /** What follows the command name in the usage line: `<method> [name=value …] [options]`. */
  readonly usage: string;
  /** Paragraphs after the usage line. */
  readonly description?: string;
  readonly options: OptionSpecs;
  /** Example invocations, after the command name. */
  readonly examples?: readonly string[];
  /** Most positionals accepted; more is a usage error. */
  readonly maxPositionals: number;
  run(args: ParsedArgs, io: Io): Promise<number>;
}

/** A command line that cannot be run; printed with the command's usage, exit 2. */
export class UsageError extends Error {}

/** Every command takes these. */
export const HELP_OPTION: OptionSpecs = { help: { type: 'boolean', short: 'h', help: 'show this help' } };

export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs | 'help' {
  const specs = { ...command.options, ...HELP_OPTION };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: Object.fromEntries(
        Object.entries(specs).map(([name, spec]) => [
          name,
          {
            type: spec.type,
            ...(spec.short ? { short: spec.short } : {}),
            ...(spec.multiple ? { multiple: true } : {}),
          },
        ]),
      ),
      allowPositionals: true,
      allowNegative: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(readableParseError(error));
  }
  if (parsed.values.help) return 'help';
  if (parsed.positionals.length > command.maxPositionals)
    throw new UsageError(
      command.maxPositionals === 0
        ? `${command.name} takes no arguments, got "${parsed.positionals[0]}".`
        : `Too many arguments: "${parsed.positionals.slice(command.maxPositionals).join(' ')}".`,
    );
  return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
}

/** parseArgs' messages, without their internal codes and with the way out. */
function readableParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\. To specify a positional argument starting with a '-'.*$/s, '.');
}

/** The help of one command. */
export function commandHelp(command: Command, invocation: Invocation): string {
  const specs = { ...command.options, ...HELP_OPTION };
  const rows = Object.entries(specs).map(([name, spec]) => {
    const value = spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : '';
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${value}`;
    return [flag, spec.help + (spec.multiple ? ' (repeatable)' : '')] as const;
  });
  const width = Math.min(30, Math.max(...rows.map(([flag]) => flag.length)) + 2);
  const lines = [
    `Usage: ${commandLine(invocation, command.name)} ${command.usage}`,
    '',
    command.summary,
    ...(command.description ? ['', command.description] : []),
    '',
    'Options:',
    ...rows.map(([flag, help]) =>
      flag.length + 2 > width ? `  ${flag}\n  ${' '.repeat(width)}${help}` : `  ${flag.padEnd(width)}${help}`,
    ),
  ];
  if (command.examples?.length) {
    lines.push('', 'Examples:', ...command.examples.map((e) => `  ${commandLine(invocation, command.name)} ${e}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The method named by the first argument and the `name=value` pairs after it, for `call` and `sign`.
 * `check` is the client's method-name check, passed in so this module stays free of the runtime.
 */
export function methodAndPairs(
  args: ParsedArgs,
  command: string,
  check: (name: string) => string,
): { method: string; pairs: readonly string[] } {
  const [given, ...pairs] = args.positionals;
  if (given === undefined) throw new UsageError(`Which method? e.g. ${command} socialize.getUserInfo uid=alice`);
  try {
    return { method: check(given), pairs };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function booleanOption(args: ParsedArgs, name: string): boolean | undefined {
  const value = args.values[name];
  return typeof value === 'boolean' ? value : undefined;
}

/** A whole, non-negative number from an option, or a usage error that names it. */
export function integerOption(args: ParsedArgs, name: string): number | undefined {
  const text = stringOption(args, name);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n))
    throw new UsageError(`--${name} needs a whole number, got "${text}".`);
  return n;
}

/** JSON on a terminal is indented for reading; piped, it is one line for the next program. */
export function writeJson(io: Io, value: unknown, args: ParsedArgs): void {
  const pretty = booleanOption(args, 'pretty') ?? io.stdout.isTTY === true;
  io.stdout.write(`${JSON.stringify(value, null, pretty ? 2 : undefined)}\n`);
}

/** The options of commands that print JSON. */
export const OUTPUT_OPTIONS: OptionSpecs = {
  pretty: { type: 'boolean', help: 'indent the JSON (the default on a terminal; --no-pretty for one line)' },
};

/** The options of commands that show progress on stderr (`export`, `import`). */
export const PROGRESS_OPTIONS: OptionSpecs = {
  quiet: { type: 'boolean', short: 'q', help: 'no progress on stderr, only the summary' },
};

/**
 * The start of `export` and `import`: checks their one positional, what to move (only `known` for
 * now), and returns the command line their messages start with.
 */
export function bulkCommandLine(args: ParsedArgs, io: Io, command: string, known: string, example: string): string {
  const kind = args.positionals[0];
  if (kind !== known)
    throw new UsageError(
      kind === undefined ? `What to ${command}? e.g. ${example}` : `${command} knows "${known}", not "${kind}".`,
    );
  return commandLine(io.invocation, command);
}

/** Aborts when the user asks the command to stop (Ctrl-C); `stoppedBy()` names the signal once it has. */
export function stopOnRequest(io: Io): { signal: AbortSignal; stoppedBy(): string | undefined } {
  const controller = new AbortController();
  let by: string | undefined;
  void io.stopRequested().then((name) => {
    by = name;
    controller.abort();
  });
  return { signal: controller.signal, stoppedBy: () => by };
}
