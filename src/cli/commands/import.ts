/**
 * `gigya-typed import accounts < accounts.ndjson`: one accounts.importFullAccount per line, through
 * the bulk runner, with a checkpoint so a stopped or killed import resumes without writing twice.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  fstatSync,
  openSync,
  readSync,
  statSync,
} from 'node:fs';
import { resolve } from 'node:path';
import type { BulkFailure, GigyaClient, InDoubtDecision } from '../../index.js';
import {
  booleanOption,
  type Command,
  bulkCommandLine,
  EXIT,
  integerOption,
  type Io,
  PROGRESS_OPTIONS,
  stopOnRequest,
  stringOption,
  UsageError,
} from '../command.js';
import { CREDENTIAL_OPTIONS, clientOptionsFrom } from '../credentials.js';
import { formatCount, formatDuration, progressView } from '../progress.js';

const METHOD = 'accounts.importFullAccount';
const DEFAULT_CHECKPOINT = 'import-accounts.checkpoint';

interface Line {
  readonly line: number;
  readonly text: string;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'Import accounts from JSON lines through accounts.importFullAccount, resumable after a stop.',
  usage: 'accounts [--input FILE] [options] < accounts.ndjson',
  description: [
    'Each line is one account: the params of accounts.importFullAccount (UID, profile, data,',
    'loginIDs, password, …), as `export accounts` writes them; fields importFullAccount does not take',
    '(createdTimestamp, …) are left out and counted in the summary. Calls run at --concurrency,',
    'halved when Gigya answers 403048 and grown back slowly. A rate-limited account is sent again;',
    'one whose answer was lost (a timeout) is never sent twice: importFullAccount is not safe to',
    'repeat, so it is listed as in doubt.',
    '',
    'A checkpoint file records every account started and finished. After a stop (Ctrl-C, a kill, a',
    'crash) run the same command with --resume: finished lines are skipped, and a line that was in',
    'flight is looked up by UID (found: done; missing: imported now). Failures are summed up at the',
    'end and, with --failures FILE, written one per line with their error and record.',
    '',
    'Exit codes: 0 every account imported, 1 some failed or the import was stopped, 2 bad command',
    'line, 3 bad or missing credentials.',
  ].join('\n'),
  options: {
    input: { type: 'string', short: 'i', value: 'FILE', help: 'read FILE instead of standard input' },
    checkpoint: {
      type: 'string',
      value: 'FILE',
      help: `the checkpoint file (default ${DEFAULT_CHECKPOINT} in the current directory)`,
    },
    resume: { type: 'boolean', help: 'continue the import the checkpoint file belongs to' },
    failures: {
      type: 'string',
      value: 'FILE',
      help: 'write each failed line, its error and its record, as JSON lines',
    },
    concurrency: { type: 'string', short: 'c', value: 'N', help: 'calls at once at the start and at most (default 8)' },
    'import-policy': {
      type: 'string',
      value: 'insert|upsert',
      help: 'importPolicy for lines that set none (Gigya’s default: insert)',
    },
    'max-attempts': { type: 'string', value: 'N', help: 'runs of one line after rate limits (default 6)' },
    ...PROGRESS_OPTIONS,
    ...CREDENTIAL_OPTIONS,
  },
  examples: [
    'accounts < accounts.ndjson',
    'accounts --input accounts.ndjson --failures failed.ndjson --concurrency 16',
    'accounts --input accounts.ndjson --resume',
  ],
  maxPositionals: 1,
  async run(args, io) {
    const program = bulkCommandLine(args, io, 'import', 'accounts', 'import accounts < accounts.ndjson');
    const concurrency = integerOption(args, 'concurrency') ?? 8;
    const maxAttempts = integerOption(args, 'max-attempts') ?? 6;
    if (concurrency < 1 || maxAttempts < 1) throw new UsageError('--concurrency and --max-attempts need at least 1.');
    const policy = stringOption(args, 'import-policy');
    if (policy !== undefined && policy !== 'insert' && policy !== 'upsert')
      throw new UsageError(`--import-policy is insert or upsert, got "${policy}".`);
    const resume = booleanOption(args, 'resume') ?? false;
    const checkpointPath = resolve(io.cwd, stringOption(args, 'checkpoint') ?? DEFAULT_CHECKPOINT);
    if (!resume && existsSync(checkpointPath) && statSync(checkpointPath).size > 0)
      throw new UsageError(
        `${checkpointPath} holds the checkpoint of an earlier import: --resume continues it; to start over, remove ` +
          `the file (or give another --checkpoint).`,
      );
    const inputPath = stringOption(args, 'input');
    const input = openInput(inputPath, io);

    const [
      { createClient, runBulk, fileCheckpoint, GigyaApiError, GigyaValidationError },
      { methodRegistry, paramsOf },
    ] = await Promise.all([import('../../index.js'), import('../catalog.js')]);
    const { reportError } = await import('../report.js');
    const accepted = new Set(paramsOf(methodRegistry.get(METHOD)!).map((p) => p.name));
    const dropped = new Map<string, number>();

    /** The importFullAccount params of a line; a line that is not a JSON object fails without being sent. */
    const toParams = (item: Line): Record<string, unknown> => {
      let record: unknown;
      try {
        record = JSON.parse(item.text);
      } catch (error) {
        record = error;
      }
      if (typeof record !== 'object' || record === null || Array.isArray(record) || record instanceof Error)
        throw new GigyaValidationError(METHOD, [
          { path: 'record', message: 'the line is not a JSON object', problem: 'invalid' },
        ]);
      const params: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(record)) {
        if (accepted.has(name)) params[name] = value;
        else dropped.set(name, (dropped.get(name) ?? 0) + 1);
      }
      if (policy !== undefined && params['importPolicy'] === undefined) params['importPolicy'] = policy;
      return params;
    };

    const clientOptions = clientOptionsFrom(args, io.env, io.cwd);
    const apiKey = clientOptions.apiKey ?? io.env['GIGYA_API_KEY'] ?? 'the configured site';
    const stop = stopOnRequest(io);
    const failuresOut =
      stringOption(args, 'failures') === undefined
        ? undefined
        : createWriteStream(resolve(io.cwd, stringOption(args, 'failures') as string), { flags: resume ? 'a' : 'w' });
    const byCode = new Map<string, { count: number; example: string }>();
    const onFailure = (f: BulkFailure<Line>): void => {
      const e = f.error as { errorCode?: number; errorMessage?: string; errorDetails?: string; message?: string };
      const code = f.inDoubt ? 'in doubt' : e.errorCode !== undefined ? String(e.errorCode) : (f.error as Error).name;
      const text = e.errorDetails ?? e.errorMessage ?? e.message ?? String(f.error);
      const group = byCode.get(code) ?? { count: 0, example: `line ${f.item.line}: ${text}` };
      group.count++;
      byCode.set(code, group);
      let record: unknown = f.item.text;
      try {
        record = JSON.parse(f.item.text);
      } catch {}
      failuresOut?.write(
        `${JSON.stringify({
          line: f.item.line,
          errorCode: e.errorCode,
          error: text,
          inDoubt: f.inDoubt,
          attempts: f.attempts,
          record,
        })}\n`,
      );
    };

    const view = progressView(io.stderr, 'import accounts', 'accounts', booleanOption(args, 'quiet') ?? false);
    let client: GigyaClient | undefined;
    try {
      client = createClient(clientOptions);
      const c = client;
      const total = inputPath === undefined ? stdinLines(io) : countLines(resolve(io.cwd, inputPath));
      const resolveInDoubt = async (item: Line): Promise<InDoubtDecision> => {
        let params: Record<string, unknown>;
        try {
          params = toParams(item);
        } catch {
          return 'run';
        }
        // Repeating an upsert writes the same values again; an insert is done if the account is there.
        if (params['importPolicy'] === 'upsert') return 'run';
        const UID = params['UID'];
        if (typeof UID !== 'string') return 'failed';
        try {
          await c.accounts.getAccountInfo({ UID }, { signal: stop.signal });
          return 'done';
        } catch (error) {
          return error instanceof GigyaApiError && error.errorCode === 403005 ? 'run' : 'failed';
        }
      };
      const report = await runBulk(
        nonBlankLines(input.lines),
        (item, { signal }) => c.accounts.importFullAccount(toParams(item) as never, { signal }),
        {
          method: c.accounts.importFullAccount,
          concurrency,
          maxAttempts,
          key: (item) => `${item.line}:${createHash('sha256').update(item.text).digest('base64url').slice(0, 16)}`,
          ...(total === undefined ? {} : { total }),
          checkpoint: fileCheckpoint(checkpointPath, { job: `import accounts into ${apiKey}` }),
          resolveInDoubt,
          signal: stop.signal,
          onFailure,
          onProgress: (p) => (p.final ? undefined : view.update(p)),
        },
      );
      view.end({
        ...report,
        rate: report.elapsedMs > 0 ? (report.done * 1000) / report.elapsedMs : 0,
        etaMs: undefined,
      });
      await closeStream(failuresOut);
      summary(io, program, report, byCode, dropped, stop.stoppedBy(), checkpointPath, stringOption(args, 'failures'));
      return report.failed > 0 || report.aborted ? EXIT.failed : EXIT.ok;
    } catch (error) {
      await closeStream(failuresOut);
      return reportError(error, io, program);
    } finally {
      input.close();
      await client?.close();
    }
  },
};

function summary(
  io: Io,
  program: string,
  report: {
    done: number;
    failed: number;
    skipped: number;
    interrupted: number;
    elapsedMs: number;
    rateLimited: number;
    lowestConcurrency: number;
  },
  byCode: ReadonlyMap<string, { count: number; example: string }>,
  dropped: ReadonlyMap<string, number>,
  stoppedBy: string | undefined,
  checkpoint: string,
  failures: string | undefined,
): void {
  const out = (line: string): void => void io.stderr.write(`${line}\n`);
  const rate = report.elapsedMs > 0 ? (report.done * 1000) / report.elapsedMs : 0;
  out(
    `${program}: ${formatCount(report.done)} imported,` +
      ` ${formatCount(report.failed)} failed${
        report.skipped ? `, ${formatCount(report.skipped)} done by an earlier run` : ''
      } in ${formatDuration(report.elapsedMs)} (${formatCount(rate)} accounts/s)`,
  );
  if (report.rateLimited > 0)
    out(
      `  rate limits: ${formatCount(report.rateLimited)} answers 403048; concurrency went down ` +
        `to ${report.lowestConcurrency}`,
    );
  if (byCode.size > 0) {
    out('  failures:');
    for (const [code, { count, example }] of [...byCode].sort((a, b) => b[1].count - a[1].count))
      out(`    ${code} ×${formatCount(count)}, e.g. ${example}`);
    out(
      failures
        ? `  each failed line is in ${failures}`
        : '  --failures FILE writes each failed line with its error and record',
    );
  }
  if (dropped.size > 0)
    out(
      `  left out (not params of ` +
        `importFullAccount): ${[...dropped].map(([name, n]) => `${name} ×${formatCount(n)}`).join(', ')}`,
    );
  if (stoppedBy !== undefined)
    out(
      `  stopped by ${stoppedBy}${
        report.interrupted ? ` with ${formatCount(report.interrupted)} in flight (looked up by UID on resume)` : ''
      }; run the same command with --resume to continue.`,
    );
  out(`  checkpoint: ${checkpoint}`);
}

/** The input, as lines: the file given, or standard input. */
function openInput(path: string | undefined, io: Io): { lines: AsyncIterable<string>; close(): void } {
  if (path !== undefined) {
    const full = resolve(io.cwd, path);
    if (!existsSync(full)) throw new UsageError(`--input ${path} does not exist.`);
    const stream = createReadStream(full);
    return { lines: splitLines(stream), close: () => stream.destroy() };
  }
  if (!io.stdin || (io.stdin as { isTTY?: boolean }).isTTY)
    throw new UsageError('No input: pipe the accounts into standard input, or give --input FILE.');
  return { lines: splitLines(io.stdin), close() {} };
}

async function* splitLines(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  let rest = '';
  const decoder = new TextDecoder();
  for await (const chunk of chunks) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let at = rest.indexOf('\n');
    while (at >= 0) {
      yield rest.slice(0, at).replace(/\r$/, '');
      rest = rest.slice(at + 1);
      at = rest.indexOf('\n');
    }
  }
  rest += decoder.decode();
  if (rest !== '') yield rest;
}

async function* nonBlankLines(lines: AsyncIterable<string>): AsyncGenerator<Line> {
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() !== '') yield { line, text };
  }
}

/** Non-blank lines of a file, for the total and the ETA. */
function countLines(path: string): number {
  const fd = openSync(path, 'r');
  try {
    return countLinesOf(fd);
  } finally {
    closeSync(fd);
  }
}

/** Standard input redirected from a file can be counted too (positioned reads leave its offset alone). */
function stdinLines(io: Io): number | undefined {
  if (io.stdin !== process.stdin) return undefined;
  try {
    return fstatSync(0).isFile() ? countLinesOf(0) : undefined;
  } catch {
    return undefined;
  }
}

function countLinesOf(fd: number): number {
  const buffer = Buffer.alloc(1 << 16);
  let count = 0;
  let blank = true;
  for (let position = 0; ; ) {
    const n = readSync(fd, buffer, 0, buffer.length, position);
    if (n === 0) break;
    position += n;
    for (let i = 0; i < n; i++) {
      const b = buffer[i];
      if (b === 0x0a) {
        if (!blank) count++;
        blank = true;
      } else if (b !== 0x20 && b !== 0x0d && b !== 0x09) blank = false;
    }
  }
  return blank ? count : count + 1;
}

function closeStream(stream: ReturnType<typeof createWriteStream> | undefined): Promise<void> {
  if (stream === undefined) return Promise.resolve();
  return new Promise((resolve) => stream.end(() => resolve()));
}
