/**
 * The contract between `bench/run.ts` and the measure modules (signing.ts, e2e.ts, scale.ts, …).
 *
 * A measure module is a file `bench/<name>.ts` that exports
 *
 *   export async function run(ctx: BenchContext): Promise<Measure[]>
 *
 * and is listed in `MODULES` below. It returns every number it measured, each with a target when
 * an issue sets one; the harness judges targets, prints the table, writes results.json and sets the
 * exit code. Modules never print the table or exit themselves, and never assert timings.
 */

/** Measure modules, in run order: `bench/<name>.ts`. A listed file that is absent is reported as missing. */
export const MODULES = [
  'signing',
  'e2e',
  'coldstart',
  'heap',
  'emulator',
  'accounts',
  'bulk',
  'scale',
  'bundle',
] as const;

export type Comparison = '<=' | '<' | '>=' | '>';

export interface Target {
  op: Comparison;
  value: number;
  /** Where the target comes from, e.g. `issue 11`. */
  source: string;
}

/** Spread of the samples behind a value: min–max of rounds, or the interquartile range. */
export interface Spread {
  kind: 'range' | 'iqr';
  low: number;
  high: number;
}

export interface Measure {
  /** Stable, dotted key (`e2e.c64.cpu-vs-floor`); results.json consumers and the README rely on it. */
  id: string;
  /** Table section, usually the module name. */
  group: string;
  /** One line for the table: what was measured against what. */
  label: string;
  value: number;
  /** `x` for ratios; `ns`, `us`, `ms`, `s`, `MB`, `KB`, `calls/s`, `req/s`, `MB/100k calls`. */
  unit: string;
  spread?: Spread;
  /** Samples behind `value` (rounds, runs). */
  samples?: number;
  /** The samples themselves, in the order they were taken (drift across rounds shows here). */
  values?: number[];
  target?: Target;
  /** Set by a module only for a compound verdict; otherwise the harness derives it from `target`. */
  pass?: boolean;
  note?: string;
}

export interface BuiltPackage {
  /** A package directory laid out like an install: `package.json` and `dist/` (the bench's own build). */
  packageDir: string;
  /** `<packageDir>/dist`, with `src/`, `generated/` and `bench/` compiled as `npm run build` compiles them. */
  distDir: string;
  /** Directory to run `node -e "import('gigya-typed')"` from: resolves the package like a user's app does. */
  appDir: string;
  /** Compiled file of a bench worker, e.g. `worker('server')` → `<distDir>/bench/workers/server.js`. */
  worker(name: string): string;
}

export interface BenchContext {
  /** Small sample counts: checks that the plumbing works, numbers are not verdicts. */
  quick: boolean;
  /** Interleaved rounds per comparison (≥ 5 unless quick). */
  rounds: number;
  /** Repository root. */
  root: string;
  /** Scratch directory for this run (inside `.tmp/`), removed by nobody: inspect it after a run. */
  tmpDir: string;
  build: BuiltPackage;
  /** Progress line on stderr. */
  log(line: string): void;
}

export interface BenchModule {
  run(ctx: BenchContext): Promise<Measure[]>;
}

/** Whether `value` meets `target`. */
export function meets(value: number, target: Target): boolean {
  switch (target.op) {
    case '<=':
      return value <= target.value;
    case '<':
      return value < target.value;
    case '>=':
      return value >= target.value;
    case '>':
      return value > target.value;
  }
}

/** Shorthand for a target: `at('<=', 2, 'issue 11')`. */
export function at(op: Comparison, value: number, source: string): Target {
  return { op, value, source };
}
