/**
 * Cold start as whole processes: bare node, `import('gigya-typed')` of the built package (resolved
 * through its `exports`, as in a user's app), `require('gigya')`, and each import plus one first
 * call to the loopback server. Each process prints a line when its work is done (the import
 * resolved, the first answer in hand); both that moment and the process's exit are timed from spawn.
 * Imports are judged on exit. A first call is judged on its answer: after it, a process that used
 * undici still waits at exit for V8 to finish optimizing undici's WebAssembly HTTP parser on a
 * background thread (Node drains those tasks before exiting), which is no part of the call's latency
 * and which no client built on undici can avoid; the exit times stay in the table, as `first-exit`.
 * Variants interleave in rotated order; each run's cost is taken over the same round's bare node, at
 * the same point. A ratio is that of the median costs (two differences of noisy process times make
 * per-round ratios jumpy), shown with the range of the per-round ratios.
 */
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { at, type BenchContext, type Measure } from './lib/contract.js';
import { API_KEY, PEER_HOST, SECRET, STATUS, UID, USER_KEY } from './lib/fixture.js';
import { fromSamples, median, pairedRatios, rotated, summarize } from './lib/stats.js';
import { cleanEnv, Workers } from './lib/workers.js';

const GROUP = 'coldstart';
type Variant = 'bare' | 'import' | 'import-peer' | 'first' | 'first-peer';
const VARIANTS: readonly Variant[] = ['bare', 'import', 'import-peer', 'first', 'first-peer'];

/** The line a process prints when its work is done. */
const DONE = 'done\n';

/**
 * `node -e` scripts, each printing DONE when its work is done. The first-call ones exit as soon as
 * the answer is in, so no pool teardown is timed.
 */
function scripts(base: string): Record<Variant, string> {
  const fail = '(e) => { console.error(e); process.exit(1); }';
  const done = `process.stdout.write(${JSON.stringify(DONE)})`;
  const creds = JSON.stringify({ apiKey: API_KEY, userKey: USER_KEY, secret: SECRET, baseUrl: base });
  const origin = `https://${PEER_HOST}`;
  return {
    bare: done,
    import: `import('gigya-typed').then(() => ${done}, ${fail})`,
    'import-peer': `require('gigya'); ${done}`,
    first:
      `import('gigya-typed').then(async ({ createClient }) => {` +
      ` await createClient(${creds}).socialize.setStatus({ uid: ${JSON.stringify(UID)}, status:` +
      ` ${JSON.stringify(STATUS)} }); ${done}; process.exit(0);` +
      ` }).catch(${fail})`,
    // The peer's own default transport, its URL redirected to the loopback server (as in e2e).
    'first-peer':
      `const r = require(require.resolve('request', { paths: [require.resolve('gigya')] })); const post = r.post;` +
      ` r.post = function (u, o, cb) { if (!u.startsWith(${JSON.stringify(`${origin}/`)})) throw new Error('refused ` +
      `' + u); return post.call(this, ${JSON.stringify(base)} + u.slice(${origin.length}), o, cb); };` +
      ` const { Gigya } = require('gigya');` +
      ` new Gigya(${JSON.stringify(API_KEY)}, 'us1', ${JSON.stringify(USER_KEY)}, ${JSON.stringify(SECRET)}).sociali` +
      `ze.setStatus({ UID: ${JSON.stringify(UID)}, status: ${JSON.stringify(STATUS)} }).then(() => ` +
      `{ ${done}; process.exit(0); }, ${fail})`,
  };
}

/** Refuses to time an import that would load anything but this run's build. */
function checkResolution(ctx: BenchContext): void {
  const r = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "process.stdout.write(import.meta.resolve('gigya-typed'))"],
    { cwd: ctx.build.appDir, env: cleanEnv(), encoding: 'utf8' },
  );
  const resolved = r.status === 0 ? fileURLToPath(r.stdout) : `nothing (${r.stderr.trim()})`;
  if (!resolved.startsWith(ctx.build.distDir + path.sep))
    throw new Error(`import('gigya-typed') from ${ctx.build.appDir} resolves to ${resolved}, not to this run's build`);
}

/** Milliseconds from spawn to the process's DONE line, and to its exit. */
interface Timing {
  readonly done: number;
  readonly exit: number;
}

function timeProcess(cwd: string, script: string): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--no-deprecation', '-e', script], { cwd, env: cleanEnv() });
    let done: number | undefined;
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (done === undefined && out.includes(DONE)) done = performance.now() - t0;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      err += chunk;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const exit = performance.now() - t0;
      if (code !== 0 || done === undefined)
        reject(new Error(`cold-start process failed (${code ?? signal}): ${script.slice(0, 80)}…\n${err}`));
      else resolve({ done, exit });
    });
  });
}

export async function run(ctx: BenchContext): Promise<Measure[]> {
  const rounds = ctx.quick ? 1 : Math.max(15, ctx.rounds);
  const workers = new Workers();
  const times = new Map<Variant, Timing[]>(VARIANTS.map((v) => [v, []]));
  checkResolution(ctx);
  try {
    const server = await workers.start<{ url: string }>('loopback server', ctx.build.worker('server'), {
      kind: 'fixed',
    });
    const script = scripts(server.info.url);
    // One untimed pass fills the OS file cache for every variant alike.
    if (!ctx.quick) for (const v of VARIANTS) await timeProcess(ctx.build.appDir, script[v]);
    for (let round = 0; round < rounds; round++) {
      for (const v of rotated(VARIANTS, round)) times.get(v)!.push(await timeProcess(ctx.build.appDir, script[v]));
    }
  } finally {
    await workers.stopAll();
  }
  const bare = times.get('bare')!;
  /** A variant's cost over the same round's bare node, at its DONE line or at its exit. */
  const cost = (v: Variant, at: keyof Timing): number[] => times.get(v)!.map((t, i) => t[at] - bare[i]![at]);
  const over = (v: Variant): number[] => cost(v, v.startsWith('first') ? 'done' : 'exit');
  const source = 'issue 11';
  const ratio = (
    fields: Omit<Measure, 'value' | 'unit'>,
    ours: Variant,
    peer: Variant,
    at: (v: Variant) => number[] = over,
  ): Measure => {
    const perRound = pairedRatios(at(ours), at(peer));
    const s = summarize(perRound);
    return {
      ...fields,
      unit: 'x',
      value: median(at(ours)) / median(at(peer)),
      spread: s.spread,
      samples: s.samples,
      values: perRound,
    };
  };
  const exits = (v: Variant): number[] => cost(v, 'exit');
  return [
    fromSamples(
      { id: 'coldstart.bare', group: GROUP, label: 'bare node (node -e printing one line), whole process', unit: 'ms' },
      bare.map((t) => t.exit),
    ),
    fromSamples(
      { id: 'coldstart.import', group: GROUP, label: "import('gigya-typed'), over bare node", unit: 'ms' },
      over('import'),
    ),
    fromSamples(
      { id: 'coldstart.import-peer', group: GROUP, label: "require('gigya'), over bare node", unit: 'ms' },
      over('import-peer'),
    ),
    ratio(
      {
        id: 'coldstart.import-vs-peer',
        group: GROUP,
        label: "import cost over the peer's",
        target: at('<=', 0.5, source),
      },
      'import',
      'import-peer',
    ),
    fromSamples(
      {
        id: 'coldstart.first',
        group: GROUP,
        label: 'gigya-typed import + createClient + first call, answer in hand, over bare node',
        unit: 'ms',
      },
      over('first'),
    ),
    fromSamples(
      {
        id: 'coldstart.first-peer',
        group: GROUP,
        label: 'gigya import + new Gigya + first call, answer in hand, over bare node',
        unit: 'ms',
      },
      over('first-peer'),
    ),
    ratio(
      {
        id: 'coldstart.first-vs-peer',
        group: GROUP,
        label: "import plus first call over the peer's",
        target: at('<=', 1.0, source),
      },
      'first',
      'first-peer',
    ),
    fromSamples(
      {
        id: 'coldstart.first-exit',
        group: GROUP,
        label: 'gigya-typed import + first call, to process exit (V8 finishing undici parser), over bare node',
        unit: 'ms',
      },
      exits('first'),
    ),
    fromSamples(
      {
        id: 'coldstart.first-exit-peer',
        group: GROUP,
        label: 'gigya import + first call, to process exit, over bare node',
        unit: 'ms',
      },
      exits('first-peer'),
    ),
    ratio(
      { id: 'coldstart.first-exit-vs-peer', group: GROUP, label: "import plus first call to exit over the peer's" },
      'first',
      'first-peer',
      exits,
    ),
  ];
}
