// Retry delays of the sync loop: exponential bound, full jitter, a half-minute cap.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { backoffDelay, syncBackoff } from '../../core/sync/backoff.ts';

describe('backoff with full jitter', () => {
  test('the bound doubles from 1 s per failed attempt', () => {
    const almostOne = () => 0.999_999;
    expect([0, 1, 2, 3, 4].map((attempt) => backoffDelay(attempt, syncBackoff, almostOne))).toEqual(
      [999, 1999, 3999, 7999, 15_999],
    );
  });

  test('no wait is ever longer than half a minute, however long the server is away', () => {
    expect(backoffDelay(6, syncBackoff, () => 0.999_999)).toBe(29_999);
    expect(backoffDelay(10_000, syncBackoff, () => 0.999_999)).toBe(29_999);
  });

  test('every delay lies between zero and the bound, so devices spread out', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, r) => {
          const delay = backoffDelay(attempt, syncBackoff, () => r);
          const bound = Math.min(30_000, 1000 * 2 ** attempt);
          return Number.isInteger(delay) && delay >= 0 && delay < bound;
        },
      ),
    );
  });

  test('a random source of zero retries at once', () => {
    expect(backoffDelay(5, syncBackoff, () => 0)).toBe(0);
  });
});
