// Waiting and service times of a set of tickets as supervisors read them: median, 90th
// percentile and maximum. Nearest-rank percentiles (the value at rank ⌈p·n⌉ of the sorted
// times), so every figure is a time a visitor really had and can be checked by hand.
// A year's report takes percentiles of some 200,000 times in each of ~400 groups: the ranks are
// found by selection (expected linear time) rather than by sorting every group.
import type { DurationStats } from './types.ts';

const emptyDurations: DurationStats = { count: 0, p50Ms: null, p90Ms: null, maxMs: null };

/** 0-based index of nearest rank ⌈p·n⌉ among n sorted values. */
const rankOf = (n: number, p: number) => Math.min(n, Math.max(1, Math.ceil(p * n))) - 1;

/**
 * Rearranges values[lo, hi) so that values[k] is the k-th smallest (0-based), everything before
 * it no larger and everything after no smaller. Three-way partitions, so runs of equal times
 * (whole minutes) cost nothing extra.
 */
function select(values: Float64Array, k: number, lo: number, hi: number): void {
  let left = lo;
  let right = hi - 1;
  while (left < right) {
    const a = values[left] as number;
    const b = values[(left + right) >> 1] as number;
    const c = values[right] as number;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    // [left, lt) < pivot, [lt, i) = pivot, (gt, right] > pivot.
    let lt = left;
    let i = left;
    let gt = right;
    while (i <= gt) {
      const v = values[i] as number;
      if (v < pivot) {
        values[i] = values[lt] as number;
        values[lt] = v;
        lt++;
        i++;
      } else if (v > pivot) {
        values[i] = values[gt] as number;
        values[gt] = v;
        gt--;
      } else i++;
    }
    if (k < lt) right = lt - 1;
    else if (k > gt) left = gt + 1;
    else return;
  }
}

export function durationStats(samples: ArrayLike<number>): DurationStats {
  return durationStatsInPlace(Float64Array.from(samples));
}

/** durationStats of `values`, which it rearranges (no copy: for arrays made for it). */
export function durationStatsInPlace(values: Float64Array): DurationStats {
  const n = values.length;
  if (n === 0) return emptyDurations;
  const p90 = rankOf(n, 0.9);
  const p50 = rankOf(n, 0.5);
  select(values, p90, 0, n);
  const p90Ms = values[p90] as number;
  let maxMs = p90Ms;
  for (let i = p90 + 1; i < n; i++) if ((values[i] as number) > maxMs) maxMs = values[i] as number;
  // Everything before p90 is no larger than it: the median is among them (or is it).
  if (p50 < p90) select(values, p50, 0, p90);
  return { count: n, p50Ms: values[p50] as number, p90Ms, maxMs };
}
