// The update service over a stand-in for electron-updater's AppUpdater (same events, same calls):
// where it points, what it reports, and that it never restarts the app while the centre is serving.
import { EventEmitter } from 'node:events';
import type { OutgoingHttpHeaders } from 'node:http';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { SyncCredentials } from '../../core/bridge/bridge.ts';
import type { UpdateStatus } from '../../core/updates/update-status.ts';
import {
  checkEveryMs,
  createUpdateService,
  firstCheckAfterMs,
  installCheckEveryMs,
  type Updater,
} from '../../electron/updater.ts';

class FakeUpdater extends EventEmitter implements Updater {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  requestHeaders: OutgoingHttpHeaders | null = null;
  feed: unknown = null;
  checks = 0;
  installs: unknown[][] = [];
  setFeedURL(options: { provider: 'generic'; url: string }) {
    this.feed = options;
  }
  async checkForUpdates() {
    this.checks++;
    this.emit('checking-for-update');
    return null;
  }
  quitAndInstall(...args: unknown[]) {
    this.installs.push(args);
  }
}

const credentials: SyncCredentials = {
  serverUrl: 'https://serasi.example.go.id',
  token: 't'.repeat(40),
  deviceId: '0193a5c4-7d2e-7b61-9f3a-2c4d5e6f7a8b',
  centreId: 'brslu-gau-mabaji',
};
/** 23 November 2026 at hh:mm WITA. */
const wita = (hh: number, mm: number) => Date.UTC(2026, 10, 23, hh - 8, mm);

let updater: FakeUpdater;
let reports: UpdateStatus[];
let busy: boolean;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(wita(10, 0));
  updater = new FakeUpdater();
  reports = [];
  busy = false;
});
afterEach(() => vi.useRealTimers());

function service(packaged = true) {
  return createUpdateService({
    updater,
    currentVersion: '1.1.0',
    packaged,
    now: () => Date.now(),
    centreClock: () => ({
      timeZone: 'Asia/Makassar',
      serviceHours: { opens: '07:30', closes: '16:00' },
    }),
    isBusy: () => busy,
    report: async (status) => {
      reports.push(status);
    },
    setInterval: (callback, ms) => setInterval(callback, ms),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    log: () => {},
  });
}

test('an enrolled PC asks its centre’s server, with its own token, and downloads by itself', async () => {
  const updates = service();
  updates.start(credentials);
  expect(updater.feed).toEqual({
    provider: 'generic',
    url: 'https://serasi.example.go.id/updates',
  });
  expect(updater.requestHeaders?.authorization).toBe(`Bearer ${'t'.repeat(40)}`);
  expect(updater.autoDownload).toBe(true);
  expect(updater.autoInstallOnAppQuit).toBe(true);
  expect(updater.checks).toBe(0);
  await vi.advanceTimersByTimeAsync(firstCheckAfterMs);
  expect(updater.checks).toBe(1);
  expect(updates.status().state).toBe('checking');
});

test('an app run from source, or a PC not enrolled, does not update and says why', () => {
  const dev = service(false);
  dev.start(credentials);
  expect(updater.feed).toBeNull();
  expect(dev.status()).toMatchObject({
    state: 'disabled',
    message: expect.stringContaining('terpasang'),
  });

  const notEnrolled = service(true);
  notEnrolled.start(null);
  expect(notEnrolled.status()).toMatchObject({
    state: 'disabled',
    message: expect.stringContaining('terdaftar'),
  });
});

test('an update downloaded at 10.00 waits; at 16.00 with no one served it installs and restarts', async () => {
  const updates = service();
  updates.start(credentials);
  updater.emit('update-available', { version: '1.2.0' });
  updater.emit('update-downloaded', { version: '1.2.0' });
  expect(updater.installs).toEqual([]);
  expect(updates.status()).toMatchObject({
    state: 'downloaded',
    availableVersion: '1.2.0',
    message: 'Dipasang saat aplikasi ditutup, atau setelah pukul 16.00.',
  });

  // 15.59: still serving.
  await vi.advanceTimersByTimeAsync(wita(15, 59) - wita(10, 0));
  expect(updater.installs).toEqual([]);
  // 16.00, but a visitor is still at the kiosk.
  busy = true;
  await vi.advanceTimersByTimeAsync(installCheckEveryMs);
  expect(updater.installs).toEqual([]);
  expect(updates.status().message).toBe(
    'Dipasang setelah layanan yang sedang berjalan di PC ini selesai.',
  );
  // The visitor has their ticket.
  busy = false;
  await vi.advanceTimersByTimeAsync(installCheckEveryMs);
  expect(updater.installs).toEqual([[true, true]]);
  expect(updates.status().state).toBe('installing');
});

test('each change of state reaches the server, progress ticks do not', async () => {
  const updates = service();
  updates.start(credentials);
  updater.emit('update-available', { version: '1.2.0' });
  updater.emit('download-progress', { percent: 40.4 });
  updater.emit('download-progress', { percent: 80 });
  expect(updates.status().progressPercent).toBe(80);
  updater.emit('update-downloaded', { version: '1.2.0' });
  updater.emit('error', new Error('net::ERR_CONNECTION_RESET'));
  expect(reports.map((r) => r.state)).toEqual(['idle', 'downloading', 'downloaded']);
  // An error after the download does not lose the waiting update.
  expect(updates.status().state).toBe('downloaded');
});

test('a failed check says so and is tried again at the next interval', async () => {
  const updates = service();
  updates.start(credentials);
  await vi.advanceTimersByTimeAsync(firstCheckAfterMs);
  updater.emit('error', new Error('getaddrinfo ENOTFOUND'));
  expect(updates.status()).toMatchObject({
    state: 'error',
    message: expect.stringContaining('dicoba lagi'),
  });
  await vi.advanceTimersByTimeAsync(checkEveryMs);
  expect(updater.checks).toBe(2);
  expect(updates.status().state).toBe('checking');
});
