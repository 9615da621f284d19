/**
 * Emulator throughput: gigya-typed at concurrency 32 calling socialize.setStatus on the emulator and
 * on a minimal node:http server answering a fixed envelope. Two placements: both servers in the
 * client's process (the emulator's cost shows in full), and each server in its own process. In its
 * own process the emulator is also measured while an inspector page listens to its request stream
 * (a listener in a third process), against the same emulator unwatched.
 */
import { at, type BenchContext, type Measure } from './lib/contract.js';
import type { RoundResult } from './lib/drive.js';
import { fromSamples, pairedRatios, rotated } from './lib/stats.js';
import { Workers, type Worker } from './lib/workers.js';
import type { EmulatorTarget } from './workers/emuclient.js';

const GROUP = 'emulator';
const CONCURRENCY = 32;
const TARGETS: readonly EmulatorTarget[] = ['emulator', 'minimal'];
const OWNPROC_TARGETS: readonly EmulatorTarget[] = [...TARGETS, 'watched'];
type Placement = 'inproc' | 'ownproc';
const PLACEMENTS: readonly Placement[] = ['inproc', 'ownproc'];

interface CpuStats {
  cpuUserUs: number;
  cpuSystemUs: number;
}

export async function run(ctx: BenchContext): Promise<Measure[]> {
  const calls = ctx.quick ? 150 : 2_500;
  const warm = ctx.quick ? 150 : 10_000;
  const workers = new Workers();
  const rates = new Map<string, number[]>();
  const serverCpu = new Map<EmulatorTarget, number[]>(OWNPROC_TARGETS.map((t) => [t, []]));
  let watchedCalls = 0;
  try {
    const [emulatorServer, minimalServer, watchedServer, inproc] = await Promise.all([
      workers.start<{ url: string }>('emulator server', ctx.build.worker('server'), { kind: 'emulator' }),
      workers.start<{ url: string }>('minimal server', ctx.build.worker('server'), { kind: 'fixed' }),
      workers.start<{ url: string }>('watched emulator server', ctx.build.worker('server'), { kind: 'emulator' }),
      workers.start('emulator client (in process)', ctx.build.worker('emuclient'), { inproc: true }),
    ]);
    const watcher = await workers.start('inspector listener', ctx.build.worker('watcher'), {
      url: watchedServer.info.url,
    });
    const servers: Record<EmulatorTarget, Worker<{ url: string }>> = {
      emulator: emulatorServer,
      minimal: minimalServer,
      watched: watchedServer,
    };
    const clients: Record<Placement, Worker> = {
      inproc,
      ownproc: await workers.start('emulator client', ctx.build.worker('emuclient'), {
        inproc: false,
        emulator: emulatorServer.info.url,
        minimal: minimalServer.info.url,
        watched: watchedServer.info.url,
      }),
    };
    const cpu = async (t: EmulatorTarget): Promise<number> => {
      const s = await servers[t].call<CpuStats>('stats');
      return s.cpuUserUs + s.cpuSystemUs;
    };
    const once = async (p: Placement, t: EmulatorTarget, n: number): Promise<RoundResult> => {
      const result = await clients[p].call<RoundResult>('round', { target: t, calls: n, concurrency: CONCURRENCY });
      if (t === 'watched') watchedCalls += result.calls;
      return result;
    };
    const targetsOf = (p: Placement): readonly EmulatorTarget[] => (p === 'ownproc' ? OWNPROC_TARGETS : TARGETS);

    for (const p of PLACEMENTS) for (const t of targetsOf(p)) await once(p, t, warm);
    for (let round = 0; round < ctx.rounds; round++) {
      ctx.log(`emulator: round ${round + 1}/${ctx.rounds}`);
      for (const p of rotated(PLACEMENTS, round)) {
        for (const t of rotated(targetsOf(p), round)) {
          const before = p === 'ownproc' ? await cpu(t) : 0;
          const r = await once(p, t, calls);
          if (p === 'ownproc') serverCpu.get(t)!.push(((await cpu(t)) - before) / r.calls);
          const list = rates.get(`${p}.${t}`) ?? [];
          list.push((r.calls * 1000) / r.wallMs);
          rates.set(`${p}.${t}`, list);
        }
      }
    }
    for (const c of Object.values(clients)) await c.call('close');
    // The listener must have been told of every request, or the measure measured nothing (the
    // stream sends in batches, so the last one may still be on its way).
    let events = 0;
    for (let tries = 0; tries < 50 && events < watchedCalls; tries++) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      ({ events } = await watcher.call<{ events: number }>('stats'));
    }
    if (events < watchedCalls)
      throw new Error(`the inspector listener saw ${events} of the ${watchedCalls} requests to the watched emulator`);
    await watcher.call('close');
  } finally {
    await workers.stopAll();
  }

  const out: Measure[] = [];
  const where: Record<Placement, string> = { inproc: "in the client's process", ownproc: 'in its own process' };
  for (const p of PLACEMENTS) {
    const emu = rates.get(`${p}.emulator`)!;
    const min = rates.get(`${p}.minimal`)!;
    out.push(
      fromSamples(
        {
          id: `emulator.${p}.emulator`,
          group: GROUP,
          label: `emulator ${where[p]}: requests/s at concurrency ${CONCURRENCY}`,
          unit: 'req/s',
        },
        emu,
      ),
      fromSamples(
        {
          id: `emulator.${p}.minimal`,
          group: GROUP,
          label: `minimal node:http server ${where[p]}: requests/s at concurrency ${CONCURRENCY}`,
          unit: 'req/s',
        },
        min,
      ),
      fromSamples(
        {
          id: `emulator.${p}.ratio`,
          group: GROUP,
          label: `emulator requests/s over the minimal server's, ${where[p]}`,
          unit: 'x',
          target: at('>=', 0.85, 'issue 11'),
        },
        pairedRatios(emu, min),
      ),
    );
  }
  const unwatched = rates.get('ownproc.emulator')!;
  const watched = rates.get('ownproc.watched')!;
  out.push(
    fromSamples(
      {
        id: 'emulator.ownproc.watched',
        group: GROUP,
        label: `emulator in its own process with an inspector page listening: requests/s at concurrency ${CONCURRENCY}`,
        unit: 'req/s',
      },
      watched,
    ),
    fromSamples(
      {
        id: 'emulator.ownproc.watched-ratio',
        group: GROUP,
        label: 'emulator requests/s with an inspector page listening over without',
        unit: 'x',
        target: at('>=', 0.9, 'issue 13'),
      },
      pairedRatios(watched, unwatched),
    ),
    fromSamples(
      {
        id: 'emulator.ownproc.watched-cpu',
        group: GROUP,
        label: 'emulator server CPU per request with an inspector page listening (own process)',
        unit: 'us',
      },
      serverCpu.get('watched')!,
    ),
    fromSamples(
      {
        id: 'emulator.ownproc.emulator-cpu',
        group: GROUP,
        label: 'emulator server CPU per request (own process)',
        unit: 'us',
      },
      serverCpu.get('emulator')!,
    ),
    fromSamples(
      {
        id: 'emulator.ownproc.minimal-cpu',
        group: GROUP,
        label: 'minimal server CPU per request (own process)',
        unit: 'us',
      },
      serverCpu.get('minimal')!,
    ),
  );
  return out;
}
