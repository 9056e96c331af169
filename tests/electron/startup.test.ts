// Start at boot, decided from the PC's roles and applied the way each system takes it.
import { expect, test } from 'vitest';
import {
  applyStartAtLogin,
  autostartEntry,
  type StartupDeps,
  startsAtLogin,
} from '../../electron/startup.ts';

function recordingDeps(platform: NodeJS.Platform) {
  const calls: string[] = [];
  const files = new Map<string, string>();
  const deps: StartupDeps = {
    platform,
    executable: '/opt/SERASI Desk/serasi-desk',
    setLoginItem: (open) => calls.push(`login-item ${open}`),
    autostartDir: '/home/kios/.config/autostart',
    writeFile: async (path, text) => {
      files.set(path, text);
    },
    removeFile: async (path) => {
      files.delete(path);
      calls.push(`rm ${path}`);
    },
    log: () => {},
  };
  return { deps, calls, files };
}

test('kiosk and board PCs start with the system; a counter PC does not', () => {
  expect(startsAtLogin(['kiosk'])).toBe(true);
  expect(startsAtLogin(['display'])).toBe(true);
  expect(startsAtLogin(['console', 'display'])).toBe(true);
  expect(startsAtLogin(['console'])).toBe(false);
});

test('on Windows the login item is set, and cleared when the PC becomes a counter', async () => {
  const { deps, calls } = recordingDeps('win32');
  await applyStartAtLogin(['kiosk'], deps);
  await applyStartAtLogin(['console'], deps);
  expect(calls).toEqual(['login-item true', 'login-item false']);
});

test('on Linux an autostart entry runs the program, quoted, and goes when no longer needed', async () => {
  const { deps, files, calls } = recordingDeps('linux');
  await applyStartAtLogin(['display'], deps);
  const entry = files.get('/home/kios/.config/autostart/serasi-desk.desktop');
  expect(entry).toContain('[Desktop Entry]');
  expect(entry).toContain('Exec="/opt/SERASI Desk/serasi-desk"');
  await applyStartAtLogin(['console'], deps);
  expect(files.size).toBe(0);
  expect(calls).toEqual(['rm /home/kios/.config/autostart/serasi-desk.desktop']);
});

test('an AppImage path without spaces is written as it is', () => {
  expect(autostartEntry('/home/kios/SERASI-Desk-1.2.0.AppImage')).toContain(
    'Exec=/home/kios/SERASI-Desk-1.2.0.AppImage\n',
  );
});

test('a failure to write the entry is logged, not thrown: the app still starts', async () => {
  const { deps } = recordingDeps('linux');
  const lines: string[] = [];
  await applyStartAtLogin(['kiosk'], {
    ...deps,
    writeFile: async () => {
      throw new Error('EACCES');
    },
    log: (line) => lines.push(line),
  });
  expect(lines).toEqual(['pengaturan jalan otomatis gagal: Error: EACCES']);
});
