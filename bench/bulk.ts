/**
 * `npm run bench` (bulk part): what one process reaches against the emulator, in accounts per
 * second, for the two bulk jobs of the CLI: an import (`runBulk` over accounts.importFullAccount at
 * concurrency 16) and an export (`paginate` over accounts.search, pages of 1,000). The client and
 * the emulator each have a process of their own; every round imports a fresh set of accounts and
 * then exports exactly that set (the worker checks every account comes back once).
 */
import type { BenchContext, Measure } from './lib/contract.js';
import { fromSamples } from './lib/stats.js';
import { Workers } from './lib/workers.js';
import type { ExportRound, ImportRound } from './workers/bulkclient.js';

const GROUP = 'bulk';
const CONCURRENCY = 16;
const PAGE = 1_000;

export async function run(ctx: BenchContext): Promise<Measure[]> {
  const count = ctx.quick ? 500 : 10_000;
  const rounds = ctx.quick ? 1 : ctx.rounds;
  const workers = new Workers();
  const imports: number[] = [];
  const exports: number[] = [];
  let pages = 0;
  try {
    const server = await workers.start<{ url: string }>('emulator server', ctx.build.worker('server'), {
      kind: 'emulator',
    });
    const client = await workers.start('bulk client', ctx.build.worker('bulkclient'), { url: server.info.url });
    // Warm-up: a small import and export, so the first round is not the JIT's.
    await client.call('import', { prefix: 'warm', count: 500, concurrency: CONCURRENCY });
    await client.call('export', { prefix: 'warm', count: 500, pageSize: PAGE });
    for (let round = 0; round < rounds; round++) {
      ctx.log(`bulk: round ${round + 1}/${rounds} (${count} accounts)`);
      const prefix = `r${round}`;
      const i = await client.call<ImportRound>('import', { prefix, count, concurrency: CONCURRENCY });
      imports.push((i.done * 1000) / i.wallMs);
      const e = await client.call<ExportRound>('export', { prefix, count, pageSize: PAGE });
      exports.push((e.items * 1000) / e.wallMs);
      pages = e.pages;
    }
    await client.call('close');
  } finally {
    await workers.stopAll();
  }
  return [
    fromSamples(
      {
        id: 'bulk.import',
        group: GROUP,
        label:
          `import: runBulk over accounts.importFullAccount, concurrency ${CONCURRENCY}, ${count} accounts per ` +
          `round`,
        unit: 'accounts/s',
      },
      imports,
    ),
    fromSamples(
      {
        id: 'bulk.export',
        group: GROUP,
        label: `export: paginate over accounts.search, ${pages} pages of ${PAGE}, ${count} accounts per round`,
        unit: 'accounts/s',
      },
      exports,
    ),
  ];
}
