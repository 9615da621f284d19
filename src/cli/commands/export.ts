/** `gigya-typed export accounts --query … [--fields …] > accounts.ndjson`: one account per line, through a cursor. */
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import type { GigyaClient } from '../../index.js';
import {
  booleanOption,
  type Command,
  bulkCommandLine,
  EXIT,
  integerOption,
  type Output,
  PROGRESS_OPTIONS,
  stopOnRequest,
  stringOption,
  UsageError,
} from '../command.js';
import { CREDENTIAL_OPTIONS, clientOptionsFrom } from '../credentials.js';
import { formatCount, formatDuration, progressView } from '../progress.js';

/** Largest page Gigya documents for a cursor. */
const DEFAULT_PAGE = 1000;

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export accounts that match a query, one JSON object per line, through a cursor.',
  usage: 'accounts [--query QUERY] [--fields LIST] [options] > accounts.ndjson',
  description: [
    'Pages through accounts.search with a cursor and writes each account as one line of JSON',
    '(NDJSON) to standard output or --output. --query is a whole query (SELECT … FROM accounts',
    'WHERE …) or only its condition (profile.country = "FR"); --fields picks the fields instead of',
    'SELECT *. Rate limits (403048) are waited out and the page asked again; every account is',
    'written once. A cursor that expires (a stalled pipe for minutes) ends the export with exit 1:',
    'run it again, or split it by query ranges (see the README, "Scale").',
    '',
    'Progress goes to stderr: a bar on a terminal, a line every few seconds otherwise.',
  ].join('\n'),
  options: {
    query: { type: 'string', value: 'QUERY', help: 'the query, or only its WHERE condition (default: every account)' },
    fields: {
      type: 'string',
      value: 'LIST',
      help: 'comma-separated fields to select, e.g. UID,profile.email,data (default: all)',
    },
    'page-size': { type: 'string', value: 'N', help: `accounts per page (default ${DEFAULT_PAGE})` },
    output: { type: 'string', short: 'o', value: 'FILE', help: 'write to FILE instead of standard output' },
    'max-retries': {
      type: 'string',
      value: 'N',
      help: 'retries of one page after a rate limit or a fault (default 5)',
    },
    ...PROGRESS_OPTIONS,
    ...CREDENTIAL_OPTIONS,
  },
  examples: [
    'accounts > accounts.ndjson',
    'accounts --query \'data.plan = "pro"\' --fields UID,profile.email -o pro.ndjson',
    'accounts --query \'SELECT * FROM accounts WHERE created >= "2024-01-01"\' --base-url http://127.0.0.1:4010',
  ],
  maxPositionals: 1,
  async run(args, io) {
    const program = bulkCommandLine(args, io, 'export', 'accounts', 'export accounts > accounts.ndjson');
    const query = buildQuery(stringOption(args, 'query'), stringOption(args, 'fields'));
    const pageSize = integerOption(args, 'page-size') ?? DEFAULT_PAGE;
    if (pageSize < 1) throw new UsageError('--page-size needs at least 1.');
    const maxRetries = integerOption(args, 'max-retries') ?? 5;
    const outPath = stringOption(args, 'output');
    const [{ createClient }, { reportError }] = await Promise.all([import('../../index.js'), import('../report.js')]);

    const file = outPath === undefined ? undefined : createWriteStream(resolve(io.cwd, outPath));
    const out: Output = file ?? io.stdout;
    const view = progressView(io.stderr, 'export accounts', 'accounts', booleanOption(args, 'quiet') ?? false);
    const started = Date.now();
    let written = 0;
    let total: number | undefined;
    const state = () => {
      const elapsed = Math.max(Date.now() - started, 1);
      const rate = (written * 1000) / elapsed;
      return {
        done: written,
        failed: 0,
        skipped: 0,
        total,
        rate,
        etaMs: total !== undefined && rate > 0 ? ((total - written) / rate) * 1000 : undefined,
      };
    };
    const stop = stopOnRequest(io);

    let client: GigyaClient | undefined;
    try {
      client = createClient({ ...clientOptionsFrom(args, io.env, io.cwd), maxRetries });
      const pages = client.accounts.search.paginate({ query, pageSize }, { signal: stop.signal }).pages();
      for await (const page of pages) {
        total ??= page.result.totalCount;
        if (page.items.length > 0) {
          let text = '';
          for (const account of page.items) text += `${JSON.stringify(account)}\n`;
          await write(out, text);
          written += page.items.length;
        }
        view.update(state());
      }
      view.end(state());
      await closeFile(file);
      io.stderr.write(
        `${program}: ${formatCount(written)} accounts ` +
          `in ${formatDuration(Date.now() - started)} (${formatCount(state().rate)}/s)\n`,
      );
      return EXIT.ok;
    } catch (error) {
      view.end(state());
      await closeFile(file);
      const stoppedBy = stop.stoppedBy();
      if (stoppedBy !== undefined) {
        io.stderr.write(`${program}: stopped by ${stoppedBy} after ${formatCount(written)} accounts.\n`);
        return EXIT.failed;
      }
      const code = reportError(error, io, program);
      io.stderr.write(`  ${formatCount(written)} accounts were written before this; the output is incomplete.\n`);
      return code;
    } finally {
      await client?.close();
    }
  },
};

/**
 * The query to send: a whole query as given, or a condition made into one. `--fields` takes the
 * place of `*`; a query with its own field list and --fields is ambiguous.
 */
export function buildQuery(query: string | undefined, fields: string | undefined): string {
  const list = fields
    ?.split(',')
    .map((f) => f.trim())
    .filter(Boolean)
    .join(', ');
  if (fields !== undefined && !list) throw new UsageError('--fields needs at least one field name.');
  const text = query?.trim() ?? '';
  if (!/^select\s/i.test(text)) return `SELECT ${list ?? '*'} FROM accounts${text ? ` WHERE ${text}` : ''}`;
  if (list === undefined) return text;
  const star = /^select\s+\*\s+from\s/i;
  if (!star.test(text))
    throw new UsageError('The query names its own fields; leave out --fields, or write SELECT * in the query.');
  return text.replace(/^select\s+\*\s+/i, `SELECT ${list} `);
}

/** Writes, waiting for the stream to drain when it asks to (a slow pipe must not fill the memory). */
function write(out: Output, text: string): Promise<void> {
  const ok = out.write(text);
  const stream = out as Output & { once?: (event: string, listener: () => void) => unknown };
  if (ok !== false || typeof stream.once !== 'function') return Promise.resolve();
  return new Promise((resolve) => stream.once?.('drain', resolve));
}

function closeFile(file: ReturnType<typeof createWriteStream> | undefined): Promise<void> {
  if (file === undefined) return Promise.resolve();
  return new Promise((resolve, reject) => file.end((error?: Error | null) => (error ? reject(error) : resolve())));
}
