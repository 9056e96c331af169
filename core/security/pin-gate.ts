// The supervisor-PIN gate in front of the kiosk exit (and settings). A kiosk stands in a public
// waiting room, so wrong guesses are counted and, after too many, the gate locks for a while.
// Pure and clock-free (the caller passes `now`), shared by the Electron main process and the
// browser bridge.
import { pinProblem, verifyPin } from './pin.ts';

export interface PinGateOptions {
  /** Wrong PINs in a row that lock the gate. */
  maxAttempts: number;
  /** How long the gate stays locked, in milliseconds. */
  lockoutMs: number;
  /** Injected for tests; defaults to the PBKDF2 check of core/security/pin.ts. */
  verify?: (pin: string, hash: string) => Promise<boolean>;
}

export type PinGateResult =
  | { ok: true }
  | { ok: false; reason: 'invalid' | 'wrong' | 'locked'; message: string; lockedUntil?: number };

export interface PinGate {
  check(pin: string, hash: string, now: number): Promise<PinGateResult>;
}

export const defaultPinGateOptions = { maxAttempts: 5, lockoutMs: 5 * 60_000 } as const;

function lockedMessage(remainingMs: number): string {
  const minutes = Math.max(1, Math.ceil(remainingMs / 60_000));
  return `Terlalu banyak PIN salah. Coba lagi dalam ${minutes} menit.`;
}

export function createPinGate(options: PinGateOptions = defaultPinGateOptions): PinGate {
  const verify = options.verify ?? verifyPin;
  let wrongInARow = 0;
  let lockedUntil = 0;
  // Checks run one after another: PBKDF2 takes a noticeable moment, and parallel guesses must not
  // all slip past the counter before the first one is counted.
  let queue: Promise<unknown> = Promise.resolve();

  async function checkNow(pin: string, hash: string, now: number): Promise<PinGateResult> {
    if (now < lockedUntil) {
      return {
        ok: false,
        reason: 'locked',
        message: lockedMessage(lockedUntil - now),
        lockedUntil,
      };
    }
    if (lockedUntil !== 0) {
      // The lockout has passed: a fresh set of attempts.
      lockedUntil = 0;
      wrongInARow = 0;
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
      wrongInARow = 0;
      return { ok: true };
    }
    wrongInARow += 1;
    if (wrongInARow >= options.maxAttempts) {
      lockedUntil = now + options.lockoutMs;
      return {
        ok: false,
        reason: 'locked',
        message: lockedMessage(options.lockoutMs),
        lockedUntil,
      };
    }
    const left = options.maxAttempts - wrongInARow;
    return { ok: false, reason: 'wrong', message: `PIN salah. Sisa percobaan: ${left}.` };
  }

  return {
    check(pin, hash, now) {
      const result = queue.then(() => checkNow(pin, hash, now));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
