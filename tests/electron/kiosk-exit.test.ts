import { describe, expect, test, vi } from 'vitest';
import { createPinGate } from '../../core/security/pin-gate.ts';
import { createKioskExit, kioskExitMessages } from '../../electron/kiosk-exit.ts';
import { validConfig } from './fixtures.ts';

function kioskWindow() {
  return { setKiosk: vi.fn(), setFullScreen: vi.fn() };
}

const gate = () =>
  createPinGate({
    maxFailures: 5,
    lockMs: 5 * 60_000,
    maxLockMs: 60 * 60_000,
    verify: async (pin, hash) => hash === `hash-of-${pin}`,
  });

describe('leaving the kiosk', () => {
  const config = validConfig({ supervisorPinHash: 'hash-of-2468' });

  test('the right PIN turns the kiosk window back into a normal window', async () => {
    const window = kioskWindow();
    const exit = createKioskExit({ gate: gate(), now: () => 0 });
    expect(await exit(window, '2468', config)).toEqual({ ok: true });
    expect(window.setKiosk).toHaveBeenCalledWith(false);
    expect(window.setFullScreen).toHaveBeenCalledWith(false);
  });

  test('a wrong PIN leaves it locked down', async () => {
    const window = kioskWindow();
    const exit = createKioskExit({ gate: gate(), now: () => 0 });
    expect(await exit(window, '1111', config)).toEqual({
      ok: false,
      message: 'PIN salah. Sisa percobaan: 4.',
    });
    expect(window.setKiosk).not.toHaveBeenCalled();
  });

  test('five wrong PINs lock the exit for five minutes, even for the right PIN', async () => {
    let now = 0;
    const window = kioskWindow();
    const exit = createKioskExit({ gate: gate(), now: () => now });
    for (let i = 0; i < 4; i++) await exit(window, '0000', config);
    expect(await exit(window, '0000', config)).toEqual({
      ok: false,
      message: 'Terlalu banyak PIN salah. Coba lagi dalam 5 menit.',
    });
    now = 4 * 60_000;
    expect(await exit(window, '2468', config)).toEqual({
      ok: false,
      message: 'Terlalu banyak PIN salah. Coba lagi dalam 1 menit.',
    });
    expect(window.setKiosk).not.toHaveBeenCalled();
    now = 5 * 60_000;
    expect(await exit(window, '2468', config)).toEqual({ ok: true });
  });

  test('asking from a window that is not the kiosk costs no attempt', async () => {
    const verify = vi.fn(async () => true);
    const exit = createKioskExit({
      gate: createPinGate({ maxFailures: 5, lockMs: 1, maxLockMs: 1, verify }),
      now: () => 0,
    });
    expect(await exit(null, '2468', config)).toEqual({
      ok: false,
      message: kioskExitMessages.notKiosk,
    });
    expect(await exit(kioskWindow(), '2468', null)).toEqual({
      ok: false,
      message: kioskExitMessages.notConfigured,
    });
    expect(verify).not.toHaveBeenCalled();
  });
});
