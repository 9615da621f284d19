/**
 * Heap after full GCs while gigya-typed makes 100k calls (concurrency 64) to the loopback server:
 * a steady client keeps it flat. The slope of a least-squares line through the samples is the verdict.
 */
import { at, type BenchContext, type Measure } from './lib/contract.js';
import type { RoundResult } from './lib/drive.js';
import { slope } from './lib/stats.js';
import { Workers } from './lib/workers.js';

const GROUP = 'heap';
const MB = 1e6;

export async function run(ctx: BenchContext): Promise<Measure[]> {
  const calls = ctx.quick ? 1_000 : 100_000;
  const every = calls / 10;
  const workers = new Workers();
  let samples: Array<[number, number]>;
  try {
    const server = await workers.start<{ url: string }>('loopback server', ctx.build.worker('server'), {
      kind: 'fixed',
    });
    const client = await workers.start(
      'heap client',
      ctx.build.worker('contender'),
      { contender: 'gigya-typed', base: server.info.url },
      { nodeFlags: ['--expose-gc'] },
    );
    await client.call<RoundResult>('round', { calls: ctx.quick ? 200 : 10_000, concurrency: 64 });
    ctx.log(`heap: ${calls} calls`);
    samples = await client.call<Array<[number, number]>>('heap', { calls, every, concurrency: 64 });
    await client.call('close');
  } finally {
    await workers.stopAll();
  }
  const heaps = samples.map(([, bytes]) => bytes / MB);
  const perHundredK = slope(samples) * (100_000 / MB);
  return [
    { id: 'heap.start', group: GROUP, label: 'heap used after GC, after warm-up', value: heaps[0]!, unit: 'MB' },
    {
      id: 'heap.end',
      group: GROUP,
      label: `heap used after GC, after ${calls.toLocaleString('en-US')} more calls`,
      value: heaps[heaps.length - 1]!,
      unit: 'MB',
    },
    {
      id: 'heap.slope',
      group: GROUP,
      label: 'heap growth (least-squares slope over the samples), per 100k calls',
      value: perHundredK,
      unit: 'MB/100k calls',
      samples: samples.length,
      target: at('<=', 1, 'issue 11 (flat)'),
    },
  ];
}
