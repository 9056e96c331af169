// One window per installation runs the sync: the one holding the Web Lock "serasi-sync", for as
// long as it stays open. The other windows queue for the lock — one of them takes over when the
// leader closes — and meanwhile only show the status the leader writes (status.ts).

export const SYNC_LOCK = 'serasi-sync';

/**
 * Runs `lead` once this window holds the lock; `lead` returns how to stop its work. The returned
 * function gives the lock up (stopping the work, or leaving the queue if it never came).
 */
export function whileLeader(
  lead: () => () => void,
  locks: LockManager | undefined = globalThis.navigator?.locks,
): () => void {
  // Without Web Locks (a page served over plain http on the LAN) the window runs it itself.
  if (!locks) return lead();
  const leave = new AbortController();
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  locks
    .request(SYNC_LOCK, { signal: leave.signal }, async () => {
      const stop = lead();
      await released;
      stop();
    })
    .catch(() => {
      // Left the queue before the lock came: nothing ran.
    });
  return () => {
    leave.abort();
    release();
  };
}
