// A window whose page crashed or hung comes back by itself: each window has its own renderer
// process, so the others keep working, and the crashed one reloads (its records are in IndexedDB;
// drafts and the queue survive). A page that keeps crashing is reloaded more slowly, so a broken
// build does not spin the CPU of a kiosk nobody is watching.

/** Crashes within this window count as "keeps crashing". */
export const crashWindowMs = 5 * 60_000;
/** How many crashes within the window before the slower reload. */
export const crashLimit = 3;
/** A hung page gets this long to answer again before it is restarted. */
export const hangGraceMs = 30_000;

export interface RecoveryStep {
  /** Wait this long, then reload the window's page. */
  reloadAfterMs: number;
  message: string;
}

/** What to do after a crash at `now`, given the earlier crash times of the same window. */
export function afterCrash(earlier: readonly number[], now: number, reason: string): RecoveryStep {
  const recent = earlier.filter((t) => now - t < crashWindowMs).length + 1;
  if (recent >= crashLimit) {
    return {
      reloadAfterMs: 60_000,
      message: `halaman berhenti (${reason}), ${recent}× dalam 5 menit; dimuat ulang dalam 1 menit`,
    };
  }
  return { reloadAfterMs: 1_000, message: `halaman berhenti (${reason}); dimuat ulang` };
}

/** Exit reasons that are not a crash: the page was closed or the app is quitting. */
export function isCrash(reason: string): boolean {
  return reason !== 'clean-exit';
}

/** The parts of a BrowserWindow the watcher needs. */
export interface WatchedWindow {
  isDestroyed(): boolean;
  reload(): void;
  /** Ends a hung renderer, which then counts as a crash and reloads. */
  crash(): void;
  onGone(listener: (reason: string) => void): void;
  onUnresponsive(listener: () => void): void;
  onResponsive(listener: () => void): void;
}

export interface RecoveryDeps {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  log(message: string): void;
}

/** Reloads the window after each crash, and restarts its page when it hangs past the grace time. */
export function watchWindow(window: WatchedWindow, label: string, deps: RecoveryDeps): void {
  const crashes: number[] = [];
  let hang: unknown = null;
  window.onGone((reason) => {
    if (!isCrash(reason)) return;
    const now = deps.now();
    const step = afterCrash(crashes, now, reason);
    crashes.push(now);
    deps.log(`${label}: ${step.message}`);
    deps.setTimeout(() => {
      if (!window.isDestroyed()) window.reload();
    }, step.reloadAfterMs);
  });
  window.onUnresponsive(() => {
    if (hang !== null) return;
    deps.log(`${label}: halaman tidak menjawab`);
    hang = deps.setTimeout(() => {
      hang = null;
      if (window.isDestroyed()) return;
      deps.log(`${label}: masih tidak menjawab setelah 30 detik; dihentikan dan dimuat ulang`);
      window.crash();
    }, hangGraceMs);
  });
  window.onResponsive(() => {
    if (hang === null) return;
    deps.clearTimeout(hang);
    hang = null;
    deps.log(`${label}: halaman menjawab lagi`);
  });
}
