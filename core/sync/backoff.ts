// How long the sync waits before trying again after a failure: exponential backoff with full
// jitter (a random delay between zero and the exponential bound), so the PCs of a centre that
// lost the server together do not all come back at the same moment.

export interface BackoffPolicy {
  /** Bound of the first retry. */
  baseMs: number;
  /** No retry waits longer than this. */
  capMs: number;
}

/** The sync loop's retries and stream reconnects: 1 s, doubling, at most half a minute. */
export const syncBackoff: BackoffPolicy = { baseMs: 1_000, capMs: 30_000 };

/**
 * The delay before retry number `attempt` (0 for the first retry after a success): uniformly
 * random below min(cap, base · 2^attempt). `random` returns [0, 1), like Math.random.
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy = syncBackoff,
  random: () => number = Math.random,
): number {
  const bound = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * bound);
}
