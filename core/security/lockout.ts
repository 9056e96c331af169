// Lockout after repeated wrong secrets, as plain functions over a small state the caller keeps
// (in memory for the kiosk's supervisor PIN gate, in the local store per staff account). A run of
// wrong tries locks for a while; each further lockout before a right try locks twice as long, up to
// a ceiling, so a guesser at a public screen gets a handful of tries an hour, not thousands a day.

export interface LockoutPolicy {
  /** Wrong tries in a row that lock. */
  maxFailures: number;
  /** The first lockout, in milliseconds; each next one doubles, up to maxLockMs. */
  lockMs: number;
  maxLockMs: number;
}

export interface LockoutState {
  /** Wrong tries since the last lockout ended (or the last right try). */
  failures: number;
  /** Lockouts since the last right try. */
  lockouts: number;
  /** Epoch ms until which no try is checked; 0 when open. */
  lockedUntil: number;
}

export const openLockout: LockoutState = { failures: 0, lockouts: 0, lockedUntil: 0 };

export const defaultLockoutPolicy: LockoutPolicy = {
  maxFailures: 5,
  lockMs: 5 * 60_000,
  maxLockMs: 60 * 60_000,
};

/** Milliseconds left of a lockout; 0 when a try may be checked. */
export function lockRemaining(state: LockoutState, now: number): number {
  return Math.max(0, state.lockedUntil - now);
}

export function afterFailure(
  state: LockoutState,
  now: number,
  policy: LockoutPolicy,
): LockoutState {
  // A lockout already starts the count again (failures: 0 below).
  const failures = state.failures + 1;
  if (failures < policy.maxFailures) return { ...state, failures, lockedUntil: 0 };
  const lockFor = Math.min(policy.maxLockMs, policy.lockMs * 2 ** state.lockouts);
  return { failures: 0, lockouts: state.lockouts + 1, lockedUntil: now + lockFor };
}

/** Tries left before the next lockout. */
export function triesLeft(state: LockoutState, policy: LockoutPolicy): number {
  return policy.maxFailures - state.failures;
}

/** "Terlalu banyak PIN salah. Coba lagi dalam 5 menit." */
export function lockedMessage(remainingMs: number, what = 'percobaan'): string {
  const minutes = Math.max(1, Math.ceil(remainingMs / 60_000));
  return `Terlalu banyak ${what} salah. Coba lagi dalam ${minutes} menit.`;
}
