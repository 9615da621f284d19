/**
 * Checkpoints of a bulk job: what earlier runs finished, so a restarted job skips it. The runner
 * records `started` before an item is sent and `done` or `failed` after, and waits for each record,
 * so an item whose `done` never made it to the checkpoint is known to be in doubt, not forgotten.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import { GigyaConfigError } from '../errors.js';

/**
 * What a run recorded for an item. `failed`: Gigya answered with an error, so nothing was applied
 * and a later run may try again. `in-doubt`: the request may have been carried out (a transport
 * failure of a method that is not safe to repeat), like a `started` without an outcome.
 */
export type CheckpointState = 'started' | 'done' | 'failed' | 'in-doubt';

export interface CheckpointEntry {
  readonly key: string;
  readonly state: CheckpointState;
  /** Gigya's error code, for `failed`. */
  readonly code?: number;
}

/** Where a job keeps its progress: a file (`fileCheckpoint`) or anything of the caller's. */
export interface BulkCheckpoint {
  /** The last state of every item earlier runs recorded. */
  load(): ReadonlyMap<string, CheckpointState> | Promise<ReadonlyMap<string, CheckpointState>>;
  /** Keeps one entry; the runner waits for it before it sends the item or counts it done. */
  record(entry: CheckpointEntry): void | Promise<void>;
  close?(): void | Promise<void>;
}

export interface FileCheckpointOptions {
  /**
   * What the job is (`import accounts into 3_abc…`): written into a new file and compared on
   * resume, so a checkpoint of another job is refused instead of skipping the wrong items.
   */
  readonly job?: string;
  /** fsync after every entry: survives a power cut, not only a killed process. Default false. */
  readonly durable?: boolean;
}

const STATES: ReadonlySet<string> = new Set<CheckpointState>(['started', 'done', 'failed', 'in-doubt']);

/**
 * A checkpoint in an append-only file of JSON lines, one entry per line, each written with one
 * write(2) so a killed process leaves at most a torn last line, which loading cuts off.
 */
export function fileCheckpoint(path: string, options: FileCheckpointOptions = {}): BulkCheckpoint {
  let fd: number | undefined;
  const append = (line: string): void => {
    fd ??= openSync(path, 'a');
    writeSync(fd, `${line}\n`);
    if (options.durable) fsyncSync(fd);
  };
  return {
    load() {
      const states = new Map<string, CheckpointState>();
      let text = existsSync(path) ? readFileSync(path, 'utf8') : '';
      if (text !== '' && !text.endsWith('\n')) {
        // A kill in the middle of a write left a torn line: drop it before appending after it.
        text = text.slice(0, text.lastIndexOf('\n') + 1);
        truncateSync(path, Buffer.byteLength(text));
      }
      const lines = text.split('\n');
      let header: string | undefined;
      lines.forEach((line, i) => {
        if (line.trim() === '') return;
        let entry: unknown;
        try {
          entry = JSON.parse(line);
        } catch {
          throw new GigyaConfigError(`${path}:${i + 1} is not a checkpoint line; is this the checkpoint file?`);
        }
        const e = entry as { k?: unknown; s?: unknown; job?: unknown };
        if (i === 0 && typeof e.job === 'string') {
          header = e.job;
          return;
        }
        if (typeof e.k !== 'string' || typeof e.s !== 'string' || !STATES.has(e.s))
          throw new GigyaConfigError(`${path}:${i + 1} is not a checkpoint entry; is this the checkpoint file?`);
        states.set(e.k, e.s as CheckpointState);
      });
      if (options.job !== undefined) {
        if (text.trim() === '') append(JSON.stringify({ job: options.job }));
        else if (header !== options.job)
          throw new GigyaConfigError(
            `${path} is the checkpoint of another job (${header ?? 'unnamed'}), not of "${options.job}"; give this ` +
              `job a checkpoint file of its own.`,
          );
      }
      return states;
    },
    record(entry) {
      append(JSON.stringify({ k: entry.key, s: entry.state, ...(entry.code === undefined ? {} : { c: entry.code }) }));
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

/** A checkpoint in memory, for tests and for callers that persist `entries` themselves. */
export function memoryCheckpoint(initial: readonly CheckpointEntry[] = []): BulkCheckpoint & {
  readonly entries: CheckpointEntry[];
} {
  const entries = [...initial];
  return {
    entries,
    load: () => new Map(entries.map((e) => [e.key, e.state] as const)),
    record: (entry) => void entries.push(entry),
  };
}
