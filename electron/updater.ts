// The app's own updates: electron-updater on the generic provider, pointed at the centre's sync
// server (`<server>/updates`, which picks the release for this PC: its centre's channel and the
// staged rollout). It downloads in the background and installs only when no one is being served:
// at quit (electron-updater's autoInstallOnAppQuit), or once the centre has closed and this PC is
// idle (core/updates/install-timing.ts, checked every minute). Each change of state is reported
// to the server, where supervisors see every PC's version and state.
import type { OutgoingHttpHeaders } from 'node:http';
import type { SyncCredentials } from '../core/bridge/bridge.ts';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../core/sync/protocol.ts';
import { installTiming, type ServiceHours } from '../core/updates/install-timing.ts';
import type { UpdateState, UpdateStatus } from '../core/updates/update-status.ts';

/** The parts of electron-updater's AppUpdater used here (a fake in tests). */
export interface Updater {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  requestHeaders: OutgoingHttpHeaders | null;
  setFeedURL(options: { provider: 'generic'; url: string }): void;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'checking-for-update' | 'update-not-available', listener: () => void): unknown;
  on(
    event: 'update-available' | 'update-downloaded',
    listener: (info: { version: string }) => void,
  ): unknown;
  on(event: 'download-progress', listener: (progress: { percent: number }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export const checkEveryMs = 4 * 3_600_000;
export const firstCheckAfterMs = 60_000;
export const installCheckEveryMs = 60_000;

export interface UpdateServiceDeps {
  updater: Updater;
  currentVersion: string;
  /** Only an installed app can update itself (electron-updater needs its app-update.yml). */
  packaged: boolean;
  now(): number;
  /** The centre's clock and hours from the installation config; null before setup. */
  centreClock(): { timeZone: string; serviceHours: ServiceHours } | null;
  /** Someone is in the middle of something on this PC (a window said so). */
  isBusy(): boolean;
  /** Sends this PC's state to the sync server; failures are logged and retried at the next change. */
  report(status: UpdateStatus, credentials: SyncCredentials): Promise<void>;
  setInterval(callback: () => void, ms: number): unknown;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  log(message: string): void;
}

export interface UpdateService {
  /** Points the updater at the enrolled server and schedules checks; without one, stays off. */
  start(credentials: SyncCredentials | null): void;
  status(): UpdateStatus;
  stop(): void;
}

const messages = {
  notPackaged: 'Pembaruan otomatis hanya berjalan pada aplikasi yang terpasang.',
  notEnrolled: 'Pembaruan otomatis aktif setelah PC ini terdaftar ke server balai.',
  checking: 'Memeriksa pembaruan…',
  current: 'Versi terbaru sudah terpasang.',
  downloading: (v: string) => `Mengunduh versi ${v}…`,
  installing: (v: string) => `Memasang versi ${v}; aplikasi dimulai ulang.`,
  failed: 'Pembaruan gagal diperiksa atau diunduh; dicoba lagi nanti.',
} as const;

export function createUpdateService(deps: UpdateServiceDeps): UpdateService {
  const { updater } = deps;
  let credentials: SyncCredentials | null = null;
  let current: UpdateStatus = {
    version: deps.currentVersion,
    state: 'disabled',
    message: deps.packaged ? messages.notEnrolled : messages.notPackaged,
  };
  const timers: unknown[] = [];
  let installTimer: unknown = null;

  function set(state: UpdateState, patch: Partial<UpdateStatus>): void {
    const changed = state !== current.state || patch.availableVersion !== current.availableVersion;
    current = { version: deps.currentVersion, state, ...patch };
    if (!changed || !credentials) return;
    deps.report(current, credentials).catch((error: unknown) => {
      deps.log(`status pembaruan gagal dikirim ke server: ${String(error)}`);
    });
  }

  function tryInstall(): void {
    const clock = deps.centreClock();
    if (!clock) return;
    const timing = installTiming({ now: deps.now(), ...clock, busy: deps.isBusy() });
    const version = current.availableVersion ?? '';
    if (!timing.install) {
      if (current.message !== timing.message)
        set('downloaded', { availableVersion: version, message: timing.message });
      return;
    }
    if (installTimer !== null) deps.clearTimer(installTimer);
    installTimer = null;
    set('installing', { availableVersion: version, message: messages.installing(version) });
    deps.log(`memasang versi ${version}`);
    // Silent, and the app starts again by itself: a kiosk has no one to click through an installer.
    updater.quitAndInstall(true, true);
  }

  function check(): void {
    updater.checkForUpdates().catch((error: unknown) => {
      deps.log(`pemeriksaan pembaruan gagal: ${String(error)}`);
    });
  }

  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = true;
  updater.on('checking-for-update', () => {
    if (current.state !== 'downloaded') set('checking', { message: messages.checking });
  });
  updater.on('update-not-available', () => set('current', { message: messages.current }));
  updater.on('update-available', (info: { version: string }) => {
    set('downloading', {
      availableVersion: info.version,
      progressPercent: 0,
      message: messages.downloading(info.version),
    });
  });
  updater.on('download-progress', (progress: { percent: number }) => {
    current = { ...current, progressPercent: Math.round(progress.percent) };
  });
  updater.on('update-downloaded', (info: { version: string }) => {
    deps.log(`versi ${info.version} sudah diunduh`);
    set('downloaded', { availableVersion: info.version, message: '' });
    tryInstall();
    if (current.state === 'downloaded' && installTimer === null) {
      installTimer = deps.setInterval(tryInstall, installCheckEveryMs);
    }
  });
  updater.on('error', (error: Error) => {
    deps.log(`pembaruan: ${error.message}`);
    if (current.state !== 'downloaded') set('error', { message: messages.failed });
  });

  return {
    start(next) {
      credentials = next;
      if (!deps.packaged) return;
      if (!next) {
        set('disabled', { message: messages.notEnrolled });
        return;
      }
      updater.setFeedURL({ provider: 'generic', url: `${next.serverUrl}/updates` });
      updater.requestHeaders = {
        authorization: `Bearer ${next.token}`,
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
      };
      set('idle', { message: '' });
      timers.push(deps.setTimeout(check, firstCheckAfterMs), deps.setInterval(check, checkEveryMs));
    },
    status: () => current,
    stop() {
      for (const timer of timers.splice(0)) deps.clearTimer(timer);
      if (installTimer !== null) deps.clearTimer(installTimer);
      installTimer = null;
    },
  };
}
