// Percentiles by selection give exactly the nearest-rank values of the sorted times: checked
// against sorting on many generated sets, with long runs of equal times (whole minutes) and
// sizes around the ranks' edges.
import { expect, test } from 'vitest';
import { durationStats } from '../../core/reports/durations.ts';
import { durationStats as sortedStats } from './reference/queue-report.ts';

test('a hand-checked set: 10 waits, p50 is the 5th, p90 the 9th', () => {
  const minutes = [12, 3, 40, 7, 7, 25, 3, 18, 60, 9].map((m) => m * 60_000);
  expect(durationStats(minutes)).toEqual({
    count: 10,
    p50Ms: 9 * 60_000,
    p90Ms: 40 * 60_000,
    maxMs: 60 * 60_000,
  });
  expect(durationStats([])).toEqual({ count: 0, p50Ms: null, p90Ms: null, maxMs: null });
  expect(durationStats([5])).toEqual({ count: 1, p50Ms: 5, p90Ms: 5, maxMs: 5 });
});

test('selection equals sorting on generated sets', () => {
  let seed = 11;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  for (let round = 0; round < 400; round++) {
    const n = round < 40 ? round : Math.floor(random() * 3_000);
    const distinct = 1 + Math.floor(random() * (round % 3 === 0 ? 4 : 500));
    const samples = Array.from({ length: n }, () => Math.floor(random() * distinct) * 60_000);
    if (round % 5 === 0) samples.sort((a, b) => a - b);
    if (round % 7 === 0) samples.sort((a, b) => b - a);
    expect(durationStats(samples)).toEqual(sortedStats(samples));
  }
});
