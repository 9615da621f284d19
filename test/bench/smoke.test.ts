/**
 * Keeps `npm run bench` from rotting: runs its quick mode end to end (build, every module, table,
 * results.json) and checks the shape of what it writes. Timing is not a test: no number is judged
 * here, only that every measure is there, finite and labelled, and that verdicts follow targets.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meets, MODULES, type Measure } from '../../bench/lib/contract.js';
import { exitCode, formatValue, judge, summarize as summarizeResults, type Results } from '../../bench/lib/report.js';
import { median, pairedRatios, quantile, rotated, slope, summarize } from '../../bench/lib/stats.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const OUT = path.join(REPO, 'test', '.tmp', `bench-smoke-${process.pid}`);
const RESULTS = path.join(OUT, 'results.json');

/** The targets of issue 11: each must be measured and carry its target. */
const TARGETED = [
  'signing.public-vs-floor',
  'signing.attempt-vs-floor',
  'signing.gigya-vs-attempt',
  'e2e.c64.cpu-vs-floor',
  'e2e.c1.wall-vs-floor',
  'e2e.c1.vs-gigya',
  'e2e.c64.vs-gigya',
  'e2e.c1.vs-gigya-keepalive',
  'e2e.c64.vs-gigya-keepalive',
  'coldstart.import-vs-peer',
  'coldstart.first-vs-peer',
  'heap.slope',
  'emulator.inproc.ratio',
  'emulator.ownproc.ratio',
  'bundle.one-method-added',
  'bundle.runtime-vs-whole',
];

let run: { code: number | null; stdout: string; stderr: string };
let results: Results;

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.BENCH_NO_FAIL;
  run = await new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/run.ts', '--quick', '--out', RESULTS, '--tmp', OUT],
      { cwd: REPO, env },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  results = JSON.parse(readFileSync(RESULTS, 'utf8')) as Results;
}, 180_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('npm run bench -- --quick', () => {
  it('runs every module and exits 0 (quick mode reports misses without failing)', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(results.quick).toBe(true);
    expect(results.enforced).toBe(false);
    for (const name of MODULES) {
      expect(existsSync(path.join(REPO, 'bench', `${name}.ts`)), name).toBe(true);
      const outcome = results.modules.find((m) => m.name === name);
      expect(outcome?.status, `${name}: ${outcome?.error ?? ''}`).toBe('ok');
    }
  });

  it('writes results.json with the machine, the commit and a summary that adds up', () => {
    expect(results.schema).toBe(1);
    expect(results.machine.cores).toBeGreaterThan(0);
    expect(results.machine.node).toBe(process.version);
    // A checkout records its commit; a copy without .git has none to record.
    if (existsSync(path.join(REPO, '.git'))) expect(results.git?.commit).toMatch(/^[0-9a-f]{40}$/);
    const targeted = results.measures.filter((m) => m.target);
    expect(results.summary.measures).toBe(results.measures.length);
    expect(results.summary.targets).toBe(targeted.length);
    expect(results.summary.passed + results.summary.missed.length).toBe(targeted.length);
  });

  it('gives every measure a unique id, a label, a unit and a finite value; targets come with a verdict', () => {
    const ids = results.measures.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of results.measures) {
      expect(m.id).toMatch(/^[a-z0-9]+(\.[a-z0-9-]+)+$/);
      expect(m.label.length).toBeGreaterThan(0);
      expect(m.unit.length).toBeGreaterThan(0);
      expect(Number.isFinite(m.value), m.id).toBe(true);
      if (m.spread) expect(m.spread.low).toBeLessThanOrEqual(m.spread.high);
      if (m.target) {
        expect(m.target.source.length).toBeGreaterThan(0);
        expect(m.pass).toBe(meets(m.value, m.target));
      }
    }
  });

  it("measures each of issue 11's targets", () => {
    for (const id of TARGETED) expect(results.measures.find((m) => m.id === id)?.target, id).toBeDefined();
  });

  it('prints the table with every measure', () => {
    for (const m of results.measures) expect(run.stdout).toContain(`\`${m.id}\``);
    expect(run.stdout).toMatch(/targets met/);
  });
});

describe('bench verdicts and statistics', () => {
  const m = (value: number, op: '<=' | '>=', target: number): Measure => ({
    id: 'x.y',
    group: 'x',
    label: 'x',
    value,
    unit: 'x',
    target: { op, value: target, source: 't' },
  });

  it('a miss fails an enforced run, a failed module fails any run', () => {
    const judged = judge([m(1.1, '<=', 1.25), m(1.3, '<=', 1.25), m(2.6, '>=', 2.5)]);
    expect(judged.map((x) => x.pass)).toEqual([true, false, true]);
    const ok = summarizeResults(judged, [{ name: 'e2e', status: 'ok' }]);
    expect(ok.missed).toEqual(['x.y']);
    expect(exitCode({ enforced: true, summary: ok })).toBe(1);
    expect(exitCode({ enforced: false, summary: ok })).toBe(0);
    const failed = summarizeResults([], [{ name: 'e2e', status: 'failed', error: 'boom' }]);
    expect(exitCode({ enforced: false, summary: failed })).toBe(2);
  });

  it('medians, quantiles, paired ratios, slopes and rotation', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(summarize([5, 1, 3]).spread).toEqual({ kind: 'range', low: 1, high: 5 });
    expect(pairedRatios([2, 6], [1, 3])).toEqual([2, 2]);
    expect(
      slope([
        [0, 1],
        [1, 3],
        [2, 5],
      ]),
    ).toBeCloseTo(2);
    expect(rotated(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotated(['a', 'b', 'c'], 3)).toEqual(['a', 'b', 'c']);
    expect(formatValue(1.254, 'x')).toBe('1.25×');
    expect(formatValue(12_345.6, 'calls/s')).toBe('12,346 calls/s');
  });
});
