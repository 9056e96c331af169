// Lockout after wrong secrets: five in a row lock for five minutes, each further lockout before a
// right try for twice as long, up to an hour.
import { expect, test } from 'vitest';
import {
  afterFailure,
  type LockoutState,
  lockedMessage,
  lockRemaining,
  openLockout,
  defaultLockoutPolicy as policy,
  triesLeft,
} from '../../core/security/lockout.ts';

const minute = 60_000;

function fail(state: LockoutState, times: number, now: number): LockoutState {
  let next = state;
  for (let i = 0; i < times; i++) next = afterFailure(next, now, policy);
  return next;
}

test('four wrong tries leave one; the fifth locks for five minutes', () => {
  const four = fail(openLockout, 4, 0);
  expect(triesLeft(four, policy)).toBe(1);
  expect(lockRemaining(four, 0)).toBe(0);
  const locked = afterFailure(four, 0, policy);
  expect(lockRemaining(locked, 0)).toBe(5 * minute);
  expect(lockedMessage(lockRemaining(locked, 2.5 * minute))).toBe(
    'Terlalu banyak percobaan salah. Coba lagi dalam 3 menit.',
  );
  expect(lockRemaining(locked, 5 * minute)).toBe(0);
});

test('each lockout before a right try is twice as long, up to an hour', () => {
  let state = openLockout;
  let now = 0;
  const lengths: number[] = [];
  for (let round = 0; round < 6; round++) {
    state = fail(state, 5, now);
    lengths.push(lockRemaining(state, now) / minute);
    now = state.lockedUntil;
  }
  expect(lengths).toEqual([5, 10, 20, 40, 60, 60]);
  // After a lockout the count of tries starts again.
  expect(triesLeft(afterFailure(state, now, policy), policy)).toBe(4);
});
