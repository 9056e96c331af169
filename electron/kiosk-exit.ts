// The supervisor's way out of the kiosk window. Electron's kiosk mode is only a fullscreen window
// on Windows and Linux (real lockdown is the OS's, e.g. Assigned Access); what the app adds is a
// PIN-guarded exit. The PIN gate (core/security/pin-gate.ts) counts wrong PINs and locks for five
// minutes after five; a right PIN turns the window back into a normal one, which the supervisor
// can then close or use to reach the settings.
import type { BrowserWindow } from 'electron';
import type { InstallationConfig } from '../core/centre/config.ts';
import { createPinGate, defaultPinGateOptions, type PinGate } from '../core/security/pin-gate.ts';

export type KioskWindow = Pick<BrowserWindow, 'setKiosk' | 'setFullScreen'>;

export type KioskExitResult = { ok: boolean; message?: string };

export const kioskExitMessages = {
  notConfigured: 'Aplikasi belum diatur.',
  notKiosk: 'Jendela ini bukan jendela kios.',
} as const;

export interface KioskExitDeps {
  gate?: PinGate;
  now?: () => number;
}

/** One exit function per process, so the wrong-PIN count survives between attempts. */
export function createKioskExit(deps: KioskExitDeps = {}) {
  const gate = deps.gate ?? createPinGate(defaultPinGateOptions);
  const now = deps.now ?? Date.now;

  return async function exitKiosk(
    window: KioskWindow | null,
    pin: string,
    config: Pick<InstallationConfig, 'supervisorPinHash'> | null,
  ): Promise<KioskExitResult> {
    if (!config) return { ok: false, message: kioskExitMessages.notConfigured };
    // Checked before the PIN, so asking from the wrong window costs no attempt.
    if (!window) return { ok: false, message: kioskExitMessages.notKiosk };
    const result = await gate.check(pin, config.supervisorPinHash, now());
    if (!result.ok) return { ok: false, message: result.message };
    window.setKiosk(false);
    window.setFullScreen(false);
    return { ok: true };
  };
}
