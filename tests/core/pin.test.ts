import { describe, expect, test, vi } from 'vitest';
import { hashPin, pinProblem, verifyPin } from '../../core/security/pin.ts';
import { createPinGate, defaultPinGateOptions } from '../../core/security/pin-gate.ts';

describe('supervisor PIN', () => {
  test('a PIN is 4 to 8 digits', () => {
    expect(pinProblem('2468')).toBeNull();
    expect(pinProblem('12345678')).toBeNull();
    expect(pinProblem('123')).toBe('PIN harus 4 sampai 8 angka.');
    expect(pinProblem('123456789')).toBe('PIN harus 4 sampai 8 angka.');
    expect(pinProblem('12a4')).toBe('PIN hanya boleh berisi angka.');
    expect(pinProblem('')).toBe('PIN hanya boleh berisi angka.');
    expect(pinProblem('١٢٣٤')).toBe('PIN hanya boleh berisi angka.');
  });

  test('the hash is PBKDF2-SHA256, salted, and verifies only the right PIN', async () => {
    const hash = await hashPin('2468');
    expect(hash).toMatch(/^pbkdf2-sha256\$600000\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(hash).not.toContain('2468');
    expect(await verifyPin('2468', hash)).toBe(true);
    expect(await verifyPin('2469', hash)).toBe(false);
    expect(await verifyPin('24680', hash)).toBe(false);
    // A new salt every time: equal PINs do not give equal hashes.
    expect(await hashPin('2468')).not.toBe(hash);
  }, 20_000);

  test('a damaged or foreign hash never verifies', async () => {
    expect(await verifyPin('2468', '')).toBe(false);
    expect(await verifyPin('2468', 'plain:2468')).toBe(false);
    expect(await verifyPin('2468', 'bcrypt$10$abc$def')).toBe(false);
    expect(await verifyPin('2468', 'pbkdf2-sha256$1$c2FsdA==$')).toBe(false);
  });
});

describe('PIN gate', () => {
  const fiveMinutes = 5 * 60_000;
  const gate = () =>
    createPinGate({
      ...defaultPinGateOptions,
      verify: async (pin, hash) => hash === `hash-of-${pin}`,
    });

  test('the right PIN opens, a wrong one says how many tries are left', async () => {
    const g = gate();
    expect(await g.check('1111', 'hash-of-2468', 0)).toEqual({
      ok: false,
      reason: 'wrong',
      message: 'PIN salah. Sisa percobaan: 4.',
    });
    expect(await g.check('2468', 'hash-of-2468', 0)).toEqual({ ok: true });
  });

  test('five wrong PINs lock it for five minutes; then it opens again', async () => {
    const g = gate();
    for (let i = 1; i <= 4; i++) {
      expect((await g.check('1111', 'hash-of-2468', i)).ok).toBe(false);
    }
    expect(await g.check('1111', 'hash-of-2468', 5)).toEqual({
      ok: false,
      reason: 'locked',
      message: 'Terlalu banyak PIN salah. Coba lagi dalam 5 menit.',
      lockedUntil: 5 + fiveMinutes,
    });
    // Locked: even the right PIN is refused, and the remaining time counts down.
    expect(await g.check('2468', 'hash-of-2468', 5 + 2.5 * 60_000)).toMatchObject({
      ok: false,
      reason: 'locked',
      message: 'Terlalu banyak PIN salah. Coba lagi dalam 3 menit.',
    });
    expect(await g.check('2468', 'hash-of-2468', 5 + fiveMinutes - 1)).toMatchObject({
      reason: 'locked',
      message: 'Terlalu banyak PIN salah. Coba lagi dalam 1 menit.',
    });
    expect(await g.check('2468', 'hash-of-2468', 5 + fiveMinutes)).toEqual({ ok: true });
  });

  test('after the lockout the count starts again from five', async () => {
    const g = gate();
    for (let i = 0; i < 5; i++) await g.check('1111', 'hash-of-2468', 0);
    expect(await g.check('1111', 'hash-of-2468', fiveMinutes)).toMatchObject({
      reason: 'wrong',
      message: 'PIN salah. Sisa percobaan: 4.',
    });
  });

  test('a right PIN resets the count of wrong ones', async () => {
    const g = gate();
    for (let i = 0; i < 4; i++) await g.check('1111', 'hash-of-2468', 0);
    await g.check('2468', 'hash-of-2468', 0);
    expect(await g.check('1111', 'hash-of-2468', 0)).toMatchObject({
      message: 'PIN salah. Sisa percobaan: 4.',
    });
  });

  test('a malformed PIN is explained and costs no attempt', async () => {
    const verify = vi.fn(async () => false);
    const g = createPinGate({ ...defaultPinGateOptions, verify });
    for (let i = 0; i < 10; i++) {
      expect(await g.check('12', 'h', 0)).toEqual({
        ok: false,
        reason: 'invalid',
        message: 'PIN harus 4 sampai 8 angka.',
      });
    }
    expect(verify).not.toHaveBeenCalled();
    expect((await g.check('1111', 'h', 0)).ok).toBe(false);
    expect(verify).toHaveBeenCalledTimes(1);
  });

  test('guesses fired all at once are counted one by one', async () => {
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const g = createPinGate({
      ...defaultPinGateOptions,
      verify: async (pin) => {
        await slow;
        return pin === '2468';
      },
    });
    const guesses = ['0000', '1111', '2222', '3333', '4444', '2468', '2468'].map((pin) =>
      g.check(pin, 'h', 0),
    );
    release();
    const results = await Promise.all(guesses);
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
      'wrong',
      'wrong',
      'wrong',
      'wrong',
      'locked',
      'locked',
      'locked',
    ]);
  });

  test('the real gate with a real hash', async () => {
    const hash = await hashPin('80241');
    const g = createPinGate();
    expect((await g.check('80240', hash, 0)).ok).toBe(false);
    expect(await g.check('80241', hash, 0)).toEqual({ ok: true });
  }, 20_000);
});
