/**
 * Signing, each signer in its own process: the floor (an HMAC over a prebuilt base string), the public
 * functions, the client's per-attempt path with the form body (a call of one attempt, its params
 * encoded too, as the peer's signer does on each op), a retry's attempt alone, and the `gigya`
 * package's own signer.
 * Same warm-up for all, then rounds interleaved in rotated order; ratios are taken round by round.
 * Times are CPU time per op (process.cpuUsage around the loop), which preemption by other work on
 * the machine does not inflate.
 */
import { at, type BenchContext, type Measure } from './lib/contract.js';
import { fromSamples, pairedRatios, rotated } from './lib/stats.js';
import { Workers, type Worker } from './lib/workers.js';
import type { SignerName } from './workers/signer.js';

const GROUP = 'signing';
const SIGNERS: readonly SignerName[] = ['floor', 'public', 'attempt', 'reattempt', 'gigya', 'gigya-form'];

export async function run(ctx: BenchContext): Promise<Measure[]> {
  const ops = ctx.quick ? 2_000 : 20_000;
  const warmOps = ctx.quick ? 2_000 : 50_000;
  const workers = new Workers();
  const samples = new Map<SignerName, number[]>(SIGNERS.map((s) => [s, []]));
  try {
    // Started together (startup is not measured), then measured one at a time.
    const started = await Promise.all(
      SIGNERS.map((signer) => workers.start(`signer ${signer}`, ctx.build.worker('signer'), { signer })),
    );
    const byName = new Map<SignerName, Worker>(SIGNERS.map((signer, i) => [signer, started[i]!]));

    // Like for like, or nothing: the floor and the public functions sign the same base string, and
    // the adapter's attempt has the shape of what the client really sends.
    const [floorSig, publicSig] = await Promise.all([
      byName.get('floor')!.call<string>('sample'),
      byName.get('public')!.call<string>('sample'),
    ]);
    if (floorSig !== publicSig)
      throw new Error(`the floor and the public functions sign different base strings (${floorSig} vs ${publicSig})`);
    for (const path of ['attempt', 'reattempt'] as const) {
      const conformance = await byName
        .get(path)!
        .call<{ ok: boolean; client: string[]; adapter: string[] }>('conformance');
      if (!conformance.ok) {
        throw new Error(
          `bench/internal.ts no longer matches the client's attempt (${path}): the client ` +
            `sends ${conformance.client.join(',')}, the adapter builds ${conformance.adapter.join(',')}`,
        );
      }
    }

    for (const signer of SIGNERS) await byName.get(signer)!.call('run', { ops: warmOps });
    for (let round = 0; round < ctx.rounds; round++) {
      for (const signer of rotated(SIGNERS, round)) {
        const { cpuNsPerOp } = await byName.get(signer)!.call<{ cpuNsPerOp: number }>('run', { ops });
        samples.get(signer)!.push(cpuNsPerOp / 1000);
      }
    }
  } finally {
    await workers.stopAll();
  }

  const us = (s: SignerName): number[] => samples.get(s)!;
  const source = 'issue 11';
  return [
    fromSamples(
      {
        id: 'signing.floor',
        group: GROUP,
        label: "floor: createHmac(key).update(prebuilt base string).digest('base64')",
        unit: 'us',
      },
      us('floor'),
    ),
    fromSamples(
      {
        id: 'signing.public',
        group: GROUP,
        label: 'public functions: calcSignature(buildSignatureBaseString(…))',
        unit: 'us',
      },
      us('public'),
    ),
    fromSamples(
      {
        id: 'signing.public-vs-floor',
        group: GROUP,
        label: "public functions, time over the floor's",
        unit: 'x',
        target: at('<=', 2.0, source),
      },
      pairedRatios(us('public'), us('floor')),
    ),
    fromSamples(
      {
        id: 'signing.attempt',
        group: GROUP,
        label: "client's per-attempt path (timestamp, nonce, sig, form body)",
        unit: 'us',
      },
      us('attempt'),
    ),
    fromSamples(
      {
        id: 'signing.attempt-vs-floor',
        group: GROUP,
        label: "client's per-attempt path, time over the floor's",
        unit: 'x',
        target: at('<=', 2.2, source),
      },
      pairedRatios(us('attempt'), us('floor')),
    ),
    fromSamples(
      {
        id: 'signing.reattempt',
        group: GROUP,
        label: "a retry's attempt alone (the call's params encoded once, before the first attempt)",
        unit: 'us',
      },
      us('reattempt'),
    ),
    fromSamples(
      { id: 'signing.reattempt-vs-floor', group: GROUP, label: "a retry's attempt, time over the floor's", unit: 'x' },
      pairedRatios(us('reattempt'), us('floor')),
    ),
    fromSamples(
      { id: 'signing.gigya', group: GROUP, label: "gigya's CredentialsSigner.sign (same params)", unit: 'us' },
      us('gigya'),
    ),
    fromSamples(
      {
        id: 'signing.gigya-vs-attempt',
        group: GROUP,
        label: "gigya's signer time over the client's per-attempt path (how much faster the client is)",
        unit: 'x',
        target: at('>=', 1.5, source),
      },
      pairedRatios(us('gigya'), us('attempt')),
    ),
    fromSamples(
      {
        id: 'signing.gigya-form',
        group: GROUP,
        label: "gigya's signer plus the form body its transport encodes (qs)",
        unit: 'us',
      },
      us('gigya-form'),
    ),
    fromSamples(
      {
        id: 'signing.gigya-form-vs-attempt',
        group: GROUP,
        label: "gigya's signer + form body over the client's per-attempt path (both build the body)",
        unit: 'x',
      },
      pairedRatios(us('gigya-form'), us('attempt')),
    ),
  ];
}
