/**
 * `npm run generate [-- --check | --watch] [--catalog DIR --out DIR] [--docs DIR] [--no-checks] [--runtime-import
 * SPEC]`
 *
 * Without flags: reads catalog/, writes generated/ and docs/api/. `--check` regenerates in memory
 * and exits 1 when anything on disk differs. `--watch` regenerates whenever the catalog changes.
 * `--catalog DIR --out DIR` generates a typed client for your own YAML.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareFiles, generate, writeFiles, type Drift, type RuntimeImport } from './generate.js';
import { CatalogError, ERRORS_FILE, loadCatalog } from './load/index.js';

/**
 * The folder holding the built-in catalog: the parent of codegen/ in a clone (or a copy of one),
 * and the package root when this file runs as dist/codegen/main.js from an installed package.
 */
function packageRoot(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const parent = path.dirname(here);
  return existsSync(path.join(parent, 'catalog', 'errors.yaml')) ? parent : path.dirname(parent);
}

const REPO_ROOT = packageRoot();
const DEFAULT_CATALOG = path.join(REPO_ROOT, 'catalog');
const DEFAULT_OUT = path.join(REPO_ROOT, 'generated');
const DEFAULT_DOCS = path.join(REPO_ROOT, 'docs', 'api');
const RUNTIME_FILE = path.join(REPO_ROOT, 'src', 'runtime.js');
/** Package subpath used when the output dir is outside this repository. */
const RUNTIME_PACKAGE = 'gigya-typed/runtime';

const USAGE = `Usage: npm run generate -- [options]

  (no options)          read catalog/, write generated/ and docs/api/
  --check               regenerate in memory; exit 1 listing stale, missing or extra files
  --watch               regenerate whenever a catalog file changes
  --catalog DIR         catalog folder (errors.yaml + <namespace>.yaml; errors.yaml defaults to the built-in one)
  --out DIR             output folder for the TypeScript (required with --catalog)
  --docs DIR            also render Markdown docs into DIR (default docs/api/ for the built-in catalog)
  --no-docs             skip the Markdown docs
  --no-checks           skip <namespace>/validators.check.ts (the type-only proof of the validators)
  --runtime-import SPEC where generated code imports the runtime from
                        (default: relative path to src/runtime.js inside this repo, else ${RUNTIME_PACKAGE})
  --help                show this text`;

export interface CliOptions {
  readonly check: boolean;
  readonly watch: boolean;
  readonly catalog: string;
  readonly out: string;
  readonly docs: string | undefined;
  /** Write the validator proofs (`validators.check.ts`). */
  readonly checks: boolean;
  readonly runtime: RuntimeImport;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], cwd = process.cwd()): CliOptions | 'help' {
  let check = false;
  let watchMode = false;
  let catalog: string | undefined;
  let out: string | undefined;
  let docs: string | undefined;
  let noDocs = false;
  let noChecks = false;
  let runtimeSpec: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--')))
        throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--check':
        check = true;
        break;
      case '--watch':
        watchMode = true;
        break;
      case '--catalog':
        catalog = path.resolve(cwd, value());
        break;
      case '--out':
        out = path.resolve(cwd, value());
        break;
      case '--docs':
        docs = path.resolve(cwd, value());
        break;
      case '--no-docs':
        noDocs = true;
        break;
      case '--no-checks':
        noChecks = true;
        break;
      case '--runtime-import':
        runtimeSpec = value();
        break;
      case '--help':
      case '-h':
        return 'help';
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (check && watchMode) throw new UsageError('--check and --watch cannot be combined');
  if (catalog !== undefined && out === undefined)
    throw new UsageError('--catalog needs --out DIR too (generated/ belongs to the built-in catalog)');
  const builtIn = catalog === undefined && out === undefined;
  const outDir = out ?? DEFAULT_OUT;
  return {
    check,
    watch: watchMode,
    catalog: catalog ?? DEFAULT_CATALOG,
    out: outDir,
    docs: noDocs ? undefined : (docs ?? (builtIn ? DEFAULT_DOCS : undefined)),
    checks: !noChecks,
    runtime: resolveRuntime(runtimeSpec, outDir),
  };
}

/**
 * A relative SPEC is relative to the output dir; by default, the repo's src/runtime.js when the output is inside the
 * repo.
 */
export function resolveRuntime(spec: string | undefined, outDir: string): RuntimeImport {
  if (spec !== undefined) {
    return spec.startsWith('.') ? { kind: 'relative', fromRoot: spec } : { kind: 'module', specifier: spec };
  }
  const rel = path.relative(REPO_ROOT, outDir);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { kind: 'module', specifier: RUNTIME_PACKAGE };
  return { kind: 'relative', fromRoot: path.relative(outDir, RUNTIME_FILE).split(path.sep).join('/') };
}

function shown(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return (rel === '' ? '.' : rel.startsWith('..') ? p : rel).split(path.sep).join('/');
}

function produce(options: CliOptions) {
  const ir = loadCatalog(options.catalog, { fallbackDir: DEFAULT_CATALOG });
  return generate(ir, { runtime: options.runtime, docs: options.docs !== undefined, checks: options.checks });
}

function describeDrift(dir: string, drift: Drift): string[] {
  const base = shown(dir);
  return [
    ...drift.stale.map((s) => `  stale:   ${base}/${s.file} (differs from line ${s.line})`),
    ...drift.missing.map((f) => `  missing: ${base}/${f}`),
    ...drift.extra.map((f) => `  extra:   ${base}/${f} (not produced by the catalog)`),
  ];
}

function runOnce(options: CliOptions, log: (line: string) => void): number {
  const produced = produce(options);
  if (options.check) {
    const lines = [...describeDrift(options.out, compareFiles(options.out, produced.out))];
    if (options.docs !== undefined)
      lines.push(...describeDrift(options.docs, compareFiles(options.docs, produced.docs)));
    if (lines.length > 0) {
      const cmd = options.catalog === DEFAULT_CATALOG ? 'npm run generate' : 'npm run generate -- --catalog … --out …';
      log(
        `Generated files are out of date with the catalog:\n${lines.join('\n')}\nRun \`${cmd}\` and commit ` +
          'the result (never edit generated files by hand).',
      );
      return 1;
    }
    log(`Generated files are up to date (${produced.out.size + produced.docs.size} files).`);
    return 0;
  }
  const reports = [{ dir: options.out, report: writeFiles(options.out, produced.out) }];
  if (options.docs !== undefined) reports.push({ dir: options.docs, report: writeFiles(options.docs, produced.docs) });
  for (const { dir, report } of reports) {
    const total = report.written.length + report.unchanged.length;
    log(
      `${shown(dir)}/: ${total} files, ${report.written.length} ` +
        `written${report.deleted.length ? `, ${report.deleted.length} removed (${report.deleted.join(', ')})` : ''}`,
    );
    if (report.foreign.length > 0)
      log(
        `  note: ${report.foreign.join(', ')} in ${shown(dir)}/ ` +
          `${report.foreign.length === 1 ? 'was' : 'were'} not produced by the generator; move ` +
          `${report.foreign.length === 1 ? 'it' : 'them'} out of the generated folder`,
      );
  }
  return 0;
}

function describeError(error: unknown): string {
  if (error instanceof CatalogError) return error.message;
  if (error instanceof Error) return `Generation failed: ${error.stack ?? error.message}`;
  return `Generation failed: ${String(error)}`;
}

/** Where the generator's lines go: the console, or the `gigya-typed generate` command's streams. */
export interface MainIo {
  log(line: string): void;
  error(line: string): void;
}

const CONSOLE_IO: MainIo = { log: (line) => console.log(line), error: (line) => console.error(line) };

/** What `main` returns in watch mode: the watchers, to close when the user stops. */
export interface Watching {
  readonly watchers: readonly FSWatcher[];
}

export function main(argv: readonly string[], io: MainIo = CONSOLE_IO): number | Watching {
  let options: CliOptions | 'help';
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.error(`generate: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (options === 'help') {
    io.log(USAGE);
    return 0;
  }
  if (!options.watch) {
    try {
      return runOnce(options, (line) => (options.check ? io.error(line) : io.log(line)));
    } catch (error) {
      io.error(describeError(error));
      return 1;
    }
  }
  const opts = options;
  const regenerate = (): void => {
    try {
      runOnce(opts, (line) => io.log(line));
    } catch (error) {
      // Keep watching: the next save may fix it.
      io.error(describeError(error));
    }
  };
  regenerate();
  let timer: NodeJS.Timeout | undefined;
  const onChange = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      io.log(`\n[${new Date().toLocaleTimeString()}] catalog changed, regenerating…`);
      regenerate();
    }, 150);
  };
  const watchers = [watch(opts.catalog, onChange)];
  // A catalog without its own errors.yaml is generated with the built-in one: watch that too.
  const fallback = path.join(DEFAULT_CATALOG, ERRORS_FILE);
  if (path.resolve(opts.catalog) !== DEFAULT_CATALOG && !existsSync(path.join(opts.catalog, ERRORS_FILE)))
    watchers.push(watch(fallback, onChange));
  io.log(`Watching ${shown(opts.catalog)}/ (Ctrl-C to stop).`);
  return { watchers };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const code = main(process.argv.slice(2));
  if (typeof code === 'number') process.exitCode = code;
}
