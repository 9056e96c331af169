// Waiting and service times of a set of tickets as supervisors read them: median, 90th
// percentile and maximum. Nearest-rank percentiles (the value at rank ⌈p·n⌉ of the sorted
// times), so every figure is a time a visitor really had and can be checked by hand.
import type { DurationStats } from './types.ts';

const emptyDurations: DurationStats = { count: 0, p50Ms: null, p90Ms: null, maxMs: null };

/** The value at nearest rank ⌈p·n⌉ (1-based) of ascending `sorted`. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.min(n, Math.max(1, Math.ceil(p * n)));
  return sorted[rank - 1] ?? null;
}

export function durationStats(samples: readonly number[]): DurationStats {
  if (samples.length === 0) return emptyDurations;
  const sorted = Float64Array.from(samples).sort();
  return {
    count: sorted.length,
    p50Ms: nearestRank(sorted, 0.5),
    p90Ms: nearestRank(sorted, 0.9),
    maxMs: sorted[sorted.length - 1] ?? null,
  };
}
