// Start at boot: a kiosk or a display board PC must come back by itself after a power cut or a
// morning switch-on, with nobody to start it; a counter PC is started by its staff member.
// Windows takes the login item from Electron; Linux desktops read an XDG autostart entry.
import type { Role } from '../core/centre/config.ts';

/** Kiosk and board PCs start with the system; a console-only PC does not. */
export function startsAtLogin(roles: readonly Role[]): boolean {
  return roles.includes('kiosk') || roles.includes('display');
}

export const autostartFileName = 'serasi-desk.desktop';

/** The XDG autostart entry (~/.config/autostart) that starts the app at login on Linux. */
export function autostartEntry(executable: string): string {
  // Desktop Entry quoting: a path with spaces is quoted, and quotes and backslashes escaped.
  const quoted = /[\s"\\]/.test(executable)
    ? `"${executable.replace(/["\\`$]/g, (c) => `\\${c}`)}"`
    : executable;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=SERASI Desk',
    'Comment=Kios, konsol dan papan panggilan SERASI',
    `Exec=${quoted}`,
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export interface StartupDeps {
  platform: NodeJS.Platform;
  /** The program to start: the AppImage file itself when run from one ($APPIMAGE). */
  executable: string;
  /** Windows and macOS: app.setLoginItemSettings. */
  setLoginItem(openAtLogin: boolean): void;
  /** Linux: the user's autostart folder (~/.config/autostart). */
  autostartDir: string;
  writeFile(path: string, text: string): Promise<void>;
  removeFile(path: string): Promise<void>;
  log(message: string): void;
}

/** Makes the system start the app at login, or not, as the PC's roles need. */
export async function applyStartAtLogin(roles: readonly Role[], deps: StartupDeps) {
  const open = startsAtLogin(roles);
  try {
    if (deps.platform === 'linux') {
      const path = `${deps.autostartDir}/${autostartFileName}`;
      if (open) await deps.writeFile(path, autostartEntry(deps.executable));
      else await deps.removeFile(path);
    } else {
      deps.setLoginItem(open);
    }
    deps.log(open ? 'dijalankan otomatis saat PC menyala' : 'tidak dijalankan otomatis');
  } catch (error) {
    deps.log(`pengaturan jalan otomatis gagal: ${String(error)}`);
  }
}
