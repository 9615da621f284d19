/**
 * Progress of the bulk commands (`export`, `import`) on stderr: a bar redrawn in place on a
 * terminal, a plain line every few seconds otherwise (a log file or CI keeps every line readable).
 */
import type { Output } from './command.js';

export interface ProgressState {
  readonly done: number;
  readonly failed: number;
  readonly skipped: number;
  readonly total: number | undefined;
  /** Items per second. */
  readonly rate: number;
  readonly etaMs: number | undefined;
  /** Calls at once, for the runner. */
  readonly concurrency?: number;
  readonly rateLimited?: number;
}

const BAR = 24;
const LINE_INTERVAL_MS = 5_000;

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** One status line, the same words in both forms. */
export function describeProgress(label: string, p: ProgressState, unit: string): string {
  const finished = p.done + p.failed + p.skipped;
  const parts = [
    p.total === undefined
      ? `${formatCount(finished)} ${unit}`
      : `${formatCount(finished)}/${formatCount(p.total)} ${unit}`,
    `${formatCount(p.rate)}/s`,
  ];
  if (p.etaMs !== undefined && p.total !== undefined && finished < p.total)
    parts.push(`ETA ${formatDuration(p.etaMs)}`);
  if (p.failed > 0) parts.push(`${formatCount(p.failed)} failed`);
  if (p.skipped > 0) parts.push(`${formatCount(p.skipped)} done earlier`);
  if (p.concurrency !== undefined) parts.push(`${p.concurrency} at once`);
  if (p.rateLimited) parts.push(`${formatCount(p.rateLimited)} rate-limited`);
  return `${label}: ${parts.join(' · ')}`;
}

export interface ProgressView {
  update(p: ProgressState): void;
  /** Ends the bar (a newline on a terminal) so the summary starts on a line of its own. */
  end(p: ProgressState): void;
}

/** A bar on a terminal, lines elsewhere; `quiet` shows nothing. */
export function progressView(
  stderr: Output,
  label: string,
  unit: string,
  quiet: boolean,
  now = Date.now,
): ProgressView {
  if (quiet) return { update() {}, end() {} };
  if (stderr.isTTY) {
    let drawn = false;
    const draw = (p: ProgressState): void => {
      const finished = p.done + p.failed + p.skipped;
      const share = p.total ? Math.min(1, finished / p.total) : undefined;
      const bar =
        share === undefined
          ? ''
          : `[${'#'.repeat(Math.round(share * BAR)).padEnd(BAR, '.')}] ` +
            `${String(Math.floor(share * 100)).padStart(3)}% `;
      stderr.write(`\r\x1b[2K${bar}${describeProgress(label, p, unit)}`);
      drawn = true;
    };
    return {
      update: draw,
      end(p) {
        draw(p);
        if (drawn) stderr.write('\n');
      },
    };
  }
  let last = now();
  return {
    update(p) {
      if (now() - last < LINE_INTERVAL_MS) return;
      last = now();
      stderr.write(`${describeProgress(label, p, unit)}\n`);
    },
    end(p) {
      stderr.write(`${describeProgress(label, p, unit)}\n`);
    },
  };
}
