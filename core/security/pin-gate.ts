// The supervisor-PIN gate in front of the kiosk exit (and settings). A kiosk stands in a public
// waiting room, so wrong guesses are counted and, after too many, the gate locks for a while, longer
// each time (core/security/lockout.ts). Clock-free (the caller passes `now`), shared by the Electron
// main process and the browser bridge.
import {
  afterFailure,
  defaultLockoutPolicy,
  type LockoutPolicy,
  type LockoutState,
  lockedMessage,
  lockRemaining,
  openLockout,
  triesLeft,
} from './lockout.ts';
import { pinProblem, verifyPin } from './pin.ts';

export interface PinGateOptions extends LockoutPolicy {
  /** Injected for tests; defaults to the PBKDF2 check of core/security/pin.ts. */
  verify?: (pin: string, hash: string) => Promise<boolean>;
}

export type PinGateResult =
  | { ok: true }
  | { ok: false; reason: 'invalid' | 'wrong' | 'locked'; message: string; lockedUntil?: number };

export interface PinGate {
  check(pin: string, hash: string, now: number): Promise<PinGateResult>;
}

export const defaultPinGateOptions: PinGateOptions = defaultLockoutPolicy;

export function createPinGate(options: PinGateOptions = defaultPinGateOptions): PinGate {
  const verify = options.verify ?? verifyPin;
  let state: LockoutState = openLockout;
  // Checks run one after another: PBKDF2 takes a noticeable moment, and parallel guesses must not
  // all slip past the counter before the first one is counted.
  let queue: Promise<unknown> = Promise.resolve();

  async function checkNow(pin: string, hash: string, now: number): Promise<PinGateResult> {
    const remaining = lockRemaining(state, now);
    if (remaining > 0) {
      return {
        ok: false,
        reason: 'locked',
        message: lockedMessage(remaining, 'PIN'),
        lockedUntil: state.lockedUntil,
      };
    }
    // A malformed PIN can never be right, so it tells a guesser nothing and costs no attempt.
    const problem = pinProblem(pin);
    if (problem) return { ok: false, reason: 'invalid', message: problem };

    let matches = false;
    try {
      matches = await verify(pin, hash);
    } catch {
      matches = false;
    }
    if (matches) {
      state = openLockout;
      return { ok: true };
    }
    state = afterFailure(state, now, options);
    if (state.lockedUntil > now) {
      return {
        ok: false,
        reason: 'locked',
        message: lockedMessage(state.lockedUntil - now, 'PIN'),
        lockedUntil: state.lockedUntil,
      };
    }
    return {
      ok: false,
      reason: 'wrong',
      message: `PIN salah. Sisa percobaan: ${triesLeft(state, options)}.`,
    };
  }

  return {
    check(pin, hash, now) {
      const result = queue.then(() => checkNow(pin, hash, now));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
