/** The run's outputs: verdicts, the table, results.json, the exit code. */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { meets, type Measure, type Target } from './contract.js';

export interface ModuleOutcome {
  name: string;
  /** `missing`: the module's file is not on this branch; `skipped`: left out by --only/--skip. */
  status: 'ok' | 'failed' | 'missing' | 'skipped';
  durationMs?: number;
  error?: string;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  /** 1, 5 and 15 minute load averages when the run started, before its own work. */
  loadAverage: number[];
}

export interface Results {
  schema: 1;
  startedAt: string;
  durationMs: number;
  quick: boolean;
  rounds: number;
  /** Whether a missed target fails the run (false with --quick or --no-fail). */
  enforced: boolean;
  machine: Machine;
  git: { commit: string; dirty: boolean } | undefined;
  modules: ModuleOutcome[];
  measures: Measure[];
  summary: { measures: number; targets: number; passed: number; missed: string[]; failedModules: string[] };
}

export function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

export function gitState(root: string): Results['git'] {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() !==
      '';
    return { commit, dirty };
  } catch {
    return undefined;
  }
}

/** Fills `pass` from the target wherever a module did not set it. */
export function judge(measures: Measure[]): Measure[] {
  return measures.map((m) => (m.target && m.pass === undefined ? { ...m, pass: meets(m.value, m.target) } : m));
}

export function summarize(measures: Measure[], modules: ModuleOutcome[]): Results['summary'] {
  const targeted = measures.filter((m) => m.target);
  return {
    measures: measures.length,
    targets: targeted.length,
    passed: targeted.filter((m) => m.pass).length,
    missed: targeted.filter((m) => !m.pass).map((m) => m.id),
    failedModules: modules.filter((m) => m.status === 'failed').map((m) => m.name),
  };
}

/** 2 when a module failed (its numbers are missing), 1 when an enforced target was missed, else 0. */
export function exitCode(results: Pick<Results, 'enforced' | 'summary'>): number {
  if (results.summary.failedModules.length > 0) return 2;
  if (results.enforced && results.summary.missed.length > 0) return 1;
  return 0;
}

const UNIT_TEXT: Record<string, string> = { x: '×', us: 'µs' };

export function formatValue(value: number, unit: string): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  let text: string;
  if (unit === 'calls/s' || unit === 'req/s') text = Math.round(value).toLocaleString('en-US');
  else if (unit === 'x') text = value.toFixed(2);
  else text = abs >= 100 ? value.toFixed(0) : abs >= 10 ? value.toFixed(1) : value.toFixed(2);
  const u = UNIT_TEXT[unit] ?? unit;
  return unit === 'x' ? `${text}${u}` : `${text} ${u}`;
}

function formatTarget(t: Target, unit: string): string {
  const op = { '<=': '≤', '<': '<', '>=': '≥', '>': '>' }[t.op];
  return `${op} ${formatValue(t.value, unit)}`;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Markdown tables, one per group: what the README's Performance section shows. */
export function formatTable(measures: Measure[], modules: ModuleOutcome[], enforced: boolean): string {
  const lines: string[] = [];
  const groups = [...new Set(measures.map((m) => m.group))];
  for (const group of groups) {
    lines.push(
      '',
      `### ${group}`,
      '',
      row(['measure', 'value', 'spread', 'target', 'result']),
      row(['---', '---:', '---:', '---:', '---']),
    );
    for (const m of measures.filter((x) => x.group === group)) {
      const spread = m.spread
        ? `${formatValue(m.spread.low, m.unit)} – ${formatValue(m.spread.high, m.unit)}` +
          (m.spread.kind === 'iqr' ? ' (IQR)' : '')
        : '';
      const result = m.target ? (m.pass ? 'pass' : enforced ? '**MISS**' : 'miss') : '';
      lines.push(
        row([
          `${m.label} \`${m.id}\``,
          formatValue(m.value, m.unit),
          spread,
          m.target ? formatTarget(m.target, m.unit) : '',
          result,
        ]),
      );
    }
  }
  const others = modules.filter((m) => m.status !== 'ok');
  if (others.length > 0) {
    lines.push('', row(['module', 'status']), row(['---', '---']));
    for (const m of others)
      lines.push(row([m.name, m.status === 'failed' ? `failed: ${m.error?.split('\n')[0] ?? ''}` : m.status]));
  }
  return lines.join('\n');
}

/** A warning when other work shared the machine as the run started (the bench itself keeps about two cores busy). */
export function busyWarning(m: Machine): string | undefined {
  const [oneMinute = 0] = m.loadAverage;
  if (oneMinute < 1) return undefined;
  return (
    `load average ${oneMinute} when the run started: other work shares this machine, so spreads widen and ` +
    `ratios are less reliable; rerun on an idle machine for numbers to quote.`
  );
}

export function describeMachine(m: Machine): string {
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}`;
}
