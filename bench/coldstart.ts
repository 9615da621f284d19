/**
 * Cold start as whole processes, timed from spawn to exit: bare node, `import('gigya-typed')` of the
 * built package (resolved through its `exports`, as in a user's app), `require('gigya')`, and each
 * import plus one first call to the loopback server. Variants interleave in rotated order; each
 * run's cost is taken over the same round's bare node. A ratio is that of the median costs (two
 * differences of noisy process times make per-round ratios jumpy), shown with the range of the
 * per-round ratios.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { at, type BenchContext, type Measure } from './lib/contract.js';
import { API_KEY, PEER_HOST, SECRET, STATUS, UID, USER_KEY } from './lib/fixture.js';
import { fromSamples, median, pairedRatios, rotated, summarize } from './lib/stats.js';
import { cleanEnv, Workers } from './lib/workers.js';

const GROUP = 'coldstart';
type Variant = 'bare' | 'import' | 'import-peer' | 'first' | 'first-peer';
const VARIANTS: readonly Variant[] = ['bare', 'import', 'import-peer', 'first', 'first-peer'];

/** `node -e` scripts. The first-call ones exit as soon as the answer is in, so no pool teardown is timed. */
function scripts(base: string): Record<Variant, string> {
  const fail = '(e) => { console.error(e); process.exit(1); }';
  const creds = JSON.stringify({ apiKey: API_KEY, userKey: USER_KEY, secret: SECRET, baseUrl: base });
  const origin = `https://${PEER_HOST}`;
  return {
    bare: '0',
    import: `import('gigya-typed').catch(${fail})`,
    'import-peer': `require('gigya')`,
    first:
      `import('gigya-typed').then(async ({ createClient }) => {` +
      ` await createClient(${creds}).socialize.setStatus({ uid: ${JSON.stringify(UID)}, status:` +
      ` ${JSON.stringify(STATUS)} }); process.exit(0);` +
      ` }).catch(${fail})`,
    // The peer's own default transport, its URL redirected to the loopback server (as in e2e).
    'first-peer':
      `const r = require(require.resolve('request', { paths: [require.resolve('gigya')] })); const post = r.post;` +
      ` r.post = function (u, o, cb) { if (!u.startsWith(${JSON.stringify(`${origin}/`)})) throw new Error('refused ` +
      `' + u); return post.call(this, ${JSON.stringify(base)} + u.slice(${origin.length}), o, cb); };` +
      ` const { Gigya } = require('gigya');` +
      ` new Gigya(${JSON.stringify(API_KEY)}, 'us1', ${JSON.stringify(USER_KEY)}, ${JSON.stringify(SECRET)}).sociali` +
      `ze.setStatus({ UID: ${JSON.stringify(UID)}, status: ${JSON.stringify(STATUS)} }).then(() => ` +
      `process.exit(0), ${fail})`,
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

function timeProcess(cwd: string, script: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--no-deprecation', '-e', script], { cwd, env: cleanEnv(), encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0)
    throw new Error(`cold-start process failed (${r.status ?? r.signal}): ${script.slice(0, 80)}…\n${r.stderr}`);
  return ms;
}

export async function run(ctx: BenchContext): Promise<Measure[]> {
  const rounds = ctx.quick ? 1 : Math.max(15, ctx.rounds);
  const workers = new Workers();
  const times = new Map<Variant, number[]>(VARIANTS.map((v) => [v, []]));
  checkResolution(ctx);
  try {
    const server = await workers.start<{ url: string }>('loopback server', ctx.build.worker('server'), {
      kind: 'fixed',
    });
    const script = scripts(server.info.url);
    // One untimed pass fills the OS file cache for every variant alike.
    if (!ctx.quick) for (const v of VARIANTS) timeProcess(ctx.build.appDir, script[v]);
    for (let round = 0; round < rounds; round++) {
      for (const v of rotated(VARIANTS, round)) times.get(v)!.push(timeProcess(ctx.build.appDir, script[v]));
    }
  } finally {
    await workers.stopAll();
  }
  const bare = times.get('bare')!;
  const over = (v: Variant): number[] => times.get(v)!.map((t, i) => t - bare[i]!);
  const source = 'issue 11';
  const ratio = (fields: Omit<Measure, 'value' | 'unit'>, ours: Variant, peer: Variant): Measure => {
    const perRound = pairedRatios(over(ours), over(peer));
    const s = summarize(perRound);
    return {
      ...fields,
      unit: 'x',
      value: median(over(ours)) / median(over(peer)),
      spread: s.spread,
      samples: s.samples,
      values: perRound,
    };
  };
  return [
    fromSamples(
      { id: 'coldstart.bare', group: GROUP, label: 'bare node (node -e 0), whole process', unit: 'ms' },
      bare,
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
        label: 'gigya-typed import + createClient + first call, over bare node',
        unit: 'ms',
      },
      over('first'),
    ),
    fromSamples(
      {
        id: 'coldstart.first-peer',
        group: GROUP,
        label: 'gigya import + new Gigya + first call, over bare node',
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
  ];
}
