/**
 * Full calls of socialize.setStatus against one loopback server in its own process, at concurrency 1
 * and 64: the floor, gigya-typed, and the `gigya` package with its default transport and with a
 * keep-alive agent. Each contender runs in its own process with the same warm-up; rounds interleave
 * every contender and both concurrencies in rotated order; ratios are taken round by round.
 */
import { at, type BenchContext, type Measure } from './lib/contract.js';
import type { RoundResult } from './lib/drive.js';
import { METHOD, PEER_URL, SECRET } from './lib/fixture.js';
import { fromSamples, pairedRatios, rotated } from './lib/stats.js';
import { assertSigned } from './lib/verify.js';
import { Workers, type Worker } from './lib/workers.js';
import type { ContenderName } from './workers/contender.js';

const GROUP = 'e2e';
const CONTENDERS: readonly ContenderName[] = ['floor', 'gigya-typed', 'gigya-default', 'gigya-keepalive'];
/** The `gigya` package signs for its own host name; the others for the URL they send to. */
const SIGNS_PEER_URL: ReadonlySet<ContenderName> = new Set(['gigya-default', 'gigya-keepalive']);
const CONCURRENCY = [1, 64] as const;
type Concurrency = (typeof CONCURRENCY)[number];

interface ServerStats {
  cpuUserUs: number;
  cpuSystemUs: number;
  requests: number;
}

interface Sample {
  round: RoundResult;
  /** Server CPU during the round, in µs. */
  serverCpuUs: number;
}

export async function run(ctx: BenchContext): Promise<Measure[]> {
  const calls: Record<Concurrency, number> = ctx.quick ? { 1: 50, 64: 200 } : { 1: 2_000, 64: 5_000 };
  // Generous for every contender alike: 500 calls left the floor cold and flattered the client.
  const warm: Record<Concurrency, number> = ctx.quick ? { 1: 50, 64: 200 } : { 1: 2_000, 64: 20_000 };
  const workers = new Workers();
  const samples = new Map<string, Sample[]>();
  const key = (c: ContenderName, n: Concurrency): string => `${c}@${n}`;
  try {
    const server = await workers.start<{ url: string }>('loopback server', ctx.build.worker('server'), {
      kind: 'fixed',
    });
    const base = server.info.url;
    // Started together (startup is not measured), then measured one at a time.
    const started = await Promise.all(
      CONTENDERS.map((contender) =>
        workers.start(`contender ${contender}`, ctx.build.worker('contender'), { contender, base }),
      ),
    );
    const byName = new Map<ContenderName, Worker>(CONTENDERS.map((contender, i) => [contender, started[i]!]));

    const stats = (): Promise<ServerStats> => server.call<ServerStats>('stats');
    const once = async (contender: ContenderName, concurrency: Concurrency, n: number): Promise<Sample> => {
      const before = await stats();
      const round = await byName.get(contender)!.call<RoundResult>('round', { calls: n, concurrency });
      const after = await stats();
      if (after.requests - before.requests !== n) {
        throw new Error(
          `${contender} made ${after.requests - before.requests} requests for ${n} calls: a retry or a lost call ` +
            `would skew the comparison`,
        );
      }
      return { round, serverCpuUs: after.cpuUserUs + after.cpuSystemUs - before.cpuUserUs - before.cpuSystemUs };
    };

    for (const contender of CONTENDERS) {
      ctx.log(`e2e: warming ${contender}`);
      for (const concurrency of CONCURRENCY) await once(contender, concurrency, warm[concurrency]);
      // What it last sent must be a correctly signed request: no contender may skip the signing work.
      assertSigned(
        contender,
        await server.call<string>('lastBody'),
        SIGNS_PEER_URL.has(contender) ? PEER_URL : `${base}/${METHOD}`,
        SECRET,
      );
    }
    for (let round = 0; round < ctx.rounds; round++) {
      ctx.log(`e2e: round ${round + 1}/${ctx.rounds}`);
      for (const concurrency of round % 2 === 0 ? CONCURRENCY : [...CONCURRENCY].reverse()) {
        for (const contender of rotated(CONTENDERS, round)) {
          const list = samples.get(key(contender, concurrency)) ?? [];
          list.push(await once(contender, concurrency, calls[concurrency]));
          samples.set(key(contender, concurrency), list);
        }
      }
    }
    for (const worker of byName.values()) await worker.call('close');
  } finally {
    await workers.stopAll();
  }

  const of = (c: ContenderName, n: Concurrency): Sample[] => samples.get(key(c, n))!;
  const rate = (c: ContenderName, n: Concurrency): number[] =>
    of(c, n).map((s) => (s.round.calls * 1000) / s.round.wallMs);
  const wallUs = (c: ContenderName, n: Concurrency): number[] =>
    of(c, n).map((s) => (s.round.wallMs * 1000) / s.round.calls);
  const cpuUs = (c: ContenderName, n: Concurrency): number[] =>
    of(c, n).map((s) => (s.round.cpuUserUs + s.round.cpuSystemUs) / s.round.calls);
  const source = 'issue 11';
  const out: Measure[] = [];

  for (const n of CONCURRENCY) {
    for (const c of CONTENDERS) {
      const at_ = `${c}, concurrency ${n}`;
      out.push(
        fromSamples({ id: `e2e.c${n}.${c}.rate`, group: GROUP, label: `${at_}: calls/s`, unit: 'calls/s' }, rate(c, n)),
        fromSamples(
          { id: `e2e.c${n}.${c}.cpu`, group: GROUP, label: `${at_}: client CPU per call`, unit: 'us' },
          cpuUs(c, n),
        ),
        fromSamples(
          { id: `e2e.c${n}.${c}.p50`, group: GROUP, label: `${at_}: latency p50`, unit: 'us' },
          of(c, n).map((s) => s.round.p50Us),
        ),
        fromSamples(
          { id: `e2e.c${n}.${c}.p99`, group: GROUP, label: `${at_}: latency p99`, unit: 'us' },
          of(c, n).map((s) => s.round.p99Us),
        ),
        fromSamples(
          { id: `e2e.c${n}.${c}.server-cpu`, group: GROUP, label: `${at_}: loopback server CPU per call`, unit: 'us' },
          of(c, n).map((s) => s.serverCpuUs / s.round.calls),
        ),
      );
    }
  }
  const ratio = (id: string, label: string, xs: number[], target?: Measure['target']): Measure =>
    fromSamples({ id, group: GROUP, label, unit: 'x', ...(target ? { target } : {}) }, xs);
  out.push(
    ratio(
      'e2e.c64.cpu-vs-floor',
      'gigya-typed client CPU per call over the floor, concurrency 64',
      pairedRatios(cpuUs('gigya-typed', 64), cpuUs('floor', 64)),
      at('<=', 1.25, source),
    ),
    ratio(
      'e2e.c1.wall-vs-floor',
      'gigya-typed wall time per call over the floor, concurrency 1',
      pairedRatios(wallUs('gigya-typed', 1), wallUs('floor', 1)),
      at('<=', 1.35, source),
    ),
    ratio(
      'e2e.c1.cpu-vs-floor',
      'gigya-typed client CPU per call over the floor, concurrency 1',
      pairedRatios(cpuUs('gigya-typed', 1), cpuUs('floor', 1)),
    ),
    ratio(
      'e2e.c64.wall-vs-floor',
      'gigya-typed wall time per call over the floor, concurrency 64',
      pairedRatios(wallUs('gigya-typed', 64), wallUs('floor', 64)),
    ),
    ratio(
      'e2e.c1.vs-gigya',
      "gigya-typed calls/s over gigya's (default transport), concurrency 1",
      pairedRatios(rate('gigya-typed', 1), rate('gigya-default', 1)),
      at('>=', 2.5, source),
    ),
    ratio(
      'e2e.c64.vs-gigya',
      "gigya-typed calls/s over gigya's (default transport), concurrency 64",
      pairedRatios(rate('gigya-typed', 64), rate('gigya-default', 64)),
      at('>=', 2.5, source),
    ),
    ratio(
      'e2e.c1.vs-gigya-keepalive',
      "gigya-typed calls/s over gigya's with a keep-alive agent, concurrency 1",
      pairedRatios(rate('gigya-typed', 1), rate('gigya-keepalive', 1)),
      at('>=', 1.3, source),
    ),
    ratio(
      'e2e.c64.vs-gigya-keepalive',
      "gigya-typed calls/s over gigya's with a keep-alive agent, concurrency 64",
      pairedRatios(rate('gigya-typed', 64), rate('gigya-keepalive', 64)),
      at('>=', 1.5, source),
    ),
    ratio(
      'e2e.c64.cpu-gigya-keepalive-vs-ours',
      "gigya (keep-alive) client CPU per call over gigya-typed's, concurrency 64",
      pairedRatios(cpuUs('gigya-keepalive', 64), cpuUs('gigya-typed', 64)),
    ),
  );
  return out;
}
