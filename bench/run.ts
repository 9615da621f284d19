/**
 * `npm run bench`: gigya-typed against the floor (what any Node client must spend) and against the
 * `gigya` npm package, plus the generator, type-check and bundle scales, each number with its target.
 *
 *   npm run bench                      full run: rounds ≥ 5, targets enforced (exit 1 on a miss)
 *   npm run bench -- --quick           small samples: checks the plumbing, never fails on a target
 *   npm run bench -- --no-fail         full run, reports misses without failing (or BENCH_NO_FAIL=1)
 *   npm run bench -- --only e2e,heap   some modules only (--skip to leave some out)
 *   --rounds N   --out FILE (default bench/results.json)   --tmp DIR (default .tmp/bench)
 *
 * Exit code: 0 all enforced targets met, 1 a target missed, 2 a module failed or bad arguments.
 * How the comparisons are kept fair, and how to add a measure: bench/README.md.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPackage } from './lib/build.js';
import { MODULES, type BenchContext, type BenchModule, type Measure } from './lib/contract.js';
import {
  busyWarning,
  describeMachine,
  exitCode,
  formatTable,
  gitState,
  judge,
  machine,
  summarize,
  type ModuleOutcome,
  type Results,
} from './lib/report.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

function list(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}

const OPTIONS = {
  quick: { type: 'boolean', default: false },
  'no-fail': { type: 'boolean', default: false },
  rounds: { type: 'string' },
  only: { type: 'string' },
  skip: { type: 'string' },
  out: { type: 'string' },
  tmp: { type: 'string' },
} as const;

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true }>>['values'];
  try {
    args = parseArgs({ options: OPTIONS, strict: true }).values;
  } catch (error) {
    log((error as Error).message);
    return 2;
  }
  const quick = args.quick === true;
  const rounds = args.rounds === undefined ? (quick ? 2 : 7) : Number(args.rounds);
  if (!Number.isInteger(rounds) || rounds < 1 || (!quick && rounds < 5)) {
    log(`--rounds must be an integer ≥ 5 (≥ 1 with --quick), got ${args.rounds}`);
    return 2;
  }
  const only = list(args.only);
  const skip = list(args.skip) ?? [];
  for (const name of [...(only ?? []), ...skip]) {
    if (!(MODULES as readonly string[]).includes(name)) {
      log(`unknown module "${name}"; modules: ${MODULES.join(', ')}`);
      return 2;
    }
  }
  const enforced = !quick && !args['no-fail'] && process.env.BENCH_NO_FAIL !== '1';
  const tmpDir = path.resolve(args.tmp ?? path.join(ROOT, '.tmp', 'bench'));
  const out = path.resolve(args.out ?? path.join(ROOT, 'bench', 'results.json'));
  const started = new Date();
  const t0 = performance.now();
  const host = machine();
  log(`${quick ? 'quick run' : `${rounds} rounds`} on ${describeMachine(host)}`);
  const busy = busyWarning(host);
  if (busy) log(`warning: ${busy}`);

  mkdirSync(tmpDir, { recursive: true });
  const build = buildPackage(ROOT, tmpDir, log);
  const ctx: BenchContext = { quick, rounds, root: ROOT, tmpDir, build, log };

  const modules: ModuleOutcome[] = [];
  let measures: Measure[] = [];
  for (const name of MODULES) {
    const file = path.join(ROOT, 'bench', `${name}.ts`);
    if ((only && !only.includes(name)) || skip.includes(name)) {
      modules.push({ name, status: 'skipped' });
      continue;
    }
    if (!existsSync(file)) {
      modules.push({ name, status: 'missing' });
      continue;
    }
    const m0 = performance.now();
    log(`${name}…`);
    try {
      const mod = (await import(pathToFileURL(file).href)) as BenchModule;
      const got = await mod.run(ctx);
      const bad = got.find((m) => !Number.isFinite(m.value));
      if (bad) throw new Error(`measure ${bad.id} has no finite value (${bad.value})`);
      measures = measures.concat(got);
      modules.push({ name, status: 'ok', durationMs: Math.round(performance.now() - m0) });
      log(`${name}: ${got.length} measures in ${((performance.now() - m0) / 1000).toFixed(1)} s`);
    } catch (error) {
      const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
      modules.push({ name, status: 'failed', durationMs: Math.round(performance.now() - m0), error: text });
      log(`${name} FAILED: ${text}`);
    }
  }

  measures = judge(measures);
  const ids = new Set<string>();
  for (const m of measures) {
    if (ids.has(m.id)) {
      log(`two measures share the id ${m.id}; ids must be unique`);
      return 2;
    }
    ids.add(m.id);
  }
  const results: Results = {
    schema: 1,
    startedAt: started.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    quick,
    rounds,
    enforced,
    machine: host,
    git: gitState(ROOT),
    modules,
    measures,
    summary: summarize(measures, modules),
  };
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

  const s = results.summary;
  process.stdout.write(`${formatTable(measures, modules, enforced)}\n\n`);
  process.stdout.write(
    `Ran on ${describeMachine(host)}${
      quick ? ' (quick: small samples, not a verdict)' : `, ${rounds} rounds`
    }, in ${(results.durationMs / 1000).toFixed(0)} s.\n` +
      `${s.passed}/${s.targets} targets met${
        s.missed.length ? `; missed: ${s.missed.join(', ')}` : ''
      }${enforced ? '' : ' (not enforced)'}.` +
      `${s.failedModules.length ? ` Failed modules: ${s.failedModules.join(', ')}.` : ''} Results:` +
      ` ${path.relative(process.cwd(), out)}\n` +
      (busy ? `Warning: ${busy}\n` : ''),
  );
  return exitCode(results);
}

try {
  process.exitCode = await main();
} catch (error) {
  log(`the bench could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 2;
}
