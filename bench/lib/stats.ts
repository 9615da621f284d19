/** Small statistics over round samples: the bench reports medians with their spread. */
import type { Measure, Spread } from './contract.js';

function sorted(xs: readonly number[]): number[] {
  if (xs.length === 0) throw new Error('no samples');
  return [...xs].sort((a, b) => a - b);
}

/** Linear-interpolated quantile (q in [0, 1]) of already sorted samples. */
function quantileSorted(s: readonly number[], q: number): number {
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export function quantile(xs: readonly number[], q: number): number {
  return quantileSorted(sorted(xs), q);
}

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

export interface Summary {
  median: number;
  spread: Spread;
  samples: number;
}

/** Median with the min–max range (few samples: rounds) or the IQR (many samples: runs, calls). */
export function summarize(xs: readonly number[], kind: Spread['kind'] = 'range'): Summary {
  const s = sorted(xs);
  const spread: Spread =
    kind === 'range'
      ? { kind, low: s[0]!, high: s[s.length - 1]! }
      : { kind, low: quantileSorted(s, 0.25), high: quantileSorted(s, 0.75) };
  return { median: quantileSorted(s, 0.5), spread, samples: s.length };
}

/** Element-wise ratios of two paired sample lists (round i of one against round i of the other). */
export function pairedRatios(numerators: readonly number[], denominators: readonly number[]): number[] {
  if (numerators.length !== denominators.length) throw new Error('paired samples differ in length');
  return numerators.map((n, i) => n / denominators[i]!);
}

/** Least-squares slope of y over x. */
export function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  if (n < 2) throw new Error('a slope needs two points');
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return num / den;
}

/** Order of contenders in round `round`: rotated by one per round, so none always runs first. */
export function rotated<T>(items: readonly T[], round: number): T[] {
  const k = round % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}

/** A measure whose value is the median of `samples`, with their spread. */
export function fromSamples(
  fields: Omit<Measure, 'value' | 'spread' | 'samples' | 'values'>,
  samples: readonly number[],
  kind: Spread['kind'] = 'range',
): Measure {
  const s = summarize(samples, kind);
  return { ...fields, value: s.median, spread: s.spread, samples: s.samples, values: [...samples] };
}
