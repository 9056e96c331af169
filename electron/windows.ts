// Which windows open where. One installation is often one PC with a touch monitor (kiosk), a staff
// monitor (console) and a TV (display board): `planWindows` decides each window's display, bounds
// and mode as plain data; `openWindow` turns a plan into a BrowserWindow with locked-down
// webPreferences. Electron objects come in as parameters so the decisions are tested in Node.
import type { BrowserWindow, BrowserWindowConstructorOptions, Display, Rectangle } from 'electron';
import type { DisplayInfo } from '../core/bridge/bridge.ts';
import type { Role, RoleAssignment } from '../core/centre/config.ts';
import { APP_ORIGIN } from './protocol.ts';

/** The three roles of the configuration, plus first-run setup. */
export type WindowRole = Role | 'setup';

export interface DisplayGeometry {
  id: number;
  bounds: Rectangle;
  /** The display minus task bar and docks; defaults to `bounds`. */
  workArea?: Rectangle;
  primary: boolean;
}

export interface WindowPlan {
  role: WindowRole;
  url: string;
  title: string;
  /** The display the window opens on; null only when the system reported no display at all. */
  displayId: number | null;
  bounds: Rectangle;
  /** Electron's kiosk mode: fullscreen, no way out but the supervisor exit (see kiosk-exit.ts). */
  kiosk: boolean;
  fullscreen: boolean;
  maximize: boolean;
  backgroundColor: string;
}

export interface WindowPlanning {
  plans: WindowPlan[];
  /** Lines for the log: what did not go as configured, and what was done instead. */
  notes: string[];
}

const titles: Record<WindowRole, string> = {
  kiosk: 'SERASI Desk — Kios',
  console: 'SERASI Desk — Konsol Petugas',
  display: 'SERASI Desk — Papan Antrian',
  setup: 'SERASI Desk — Pengaturan Awal',
};

// Painted before the page arrives: no white flash on the waiting-room TV.
const backgrounds: Record<WindowRole, string> = {
  kiosk: '#ffffff',
  console: '#ffffff',
  display: '#000000',
  setup: '#ffffff',
};

/** When the system reports no display (seen on headless CI), windows still get a sane size. */
const fallbackBounds: Rectangle = { x: 0, y: 0, width: 1280, height: 800 };

export function routeUrl(role: WindowRole): string {
  return `${APP_ORIGIN}/index.html#/${role}`;
}

export function displayGeometry(
  displays: readonly Display[],
  primaryId: number,
): DisplayGeometry[] {
  return displays.map((d) => ({
    id: d.id,
    bounds: d.bounds,
    workArea: d.workArea,
    primary: d.id === primaryId,
  }));
}

/** The display list the setup screen shows (bridge `displays.list`). */
export function toDisplayInfo(displays: readonly Display[], primaryId: number): DisplayInfo[] {
  return displays.map((d, index) => ({
    id: d.id,
    label: `${d.label || `Layar ${index + 1}`} (${d.size.width}×${d.size.height})${d.id === primaryId ? ' — utama' : ''}`,
    primary: d.id === primaryId,
    width: d.size.width,
    height: d.size.height,
  }));
}

function primaryOf(displays: readonly DisplayGeometry[]): DisplayGeometry | undefined {
  return displays.find((d) => d.primary) ?? displays[0];
}

function planFor(role: WindowRole, display: DisplayGeometry | undefined): WindowPlan {
  const area = display
    ? role === 'console'
      ? (display.workArea ?? display.bounds)
      : display.bounds
    : fallbackBounds;
  const common = {
    role,
    url: routeUrl(role),
    title: titles[role],
    displayId: display?.id ?? null,
    backgroundColor: backgrounds[role],
  };
  switch (role) {
    case 'kiosk':
      return { ...common, bounds: { ...area }, kiosk: true, fullscreen: true, maximize: false };
    case 'display':
      return { ...common, bounds: { ...area }, kiosk: false, fullscreen: true, maximize: false };
    case 'console':
      return { ...common, bounds: { ...area }, kiosk: false, fullscreen: false, maximize: true };
    case 'setup': {
      // A normal window in the middle of the work area, small enough for a 1366×768 laptop.
      const workArea = display ? (display.workArea ?? display.bounds) : fallbackBounds;
      const width = Math.min(1100, workArea.width);
      const height = Math.min(820, workArea.height);
      const bounds = {
        x: workArea.x + Math.round((workArea.width - width) / 2),
        y: workArea.y + Math.round((workArea.height - height) / 2),
        width,
        height,
      };
      return { ...common, bounds, kiosk: false, fullscreen: false, maximize: false };
    }
  }
}

/** One window per configured role, each on its configured display (or the primary one). */
export function planWindows(
  roles: readonly RoleAssignment[],
  displays: readonly DisplayGeometry[],
): WindowPlanning {
  const notes: string[] = [];
  const primary = primaryOf(displays);
  if (!primary) notes.push('tidak ada layar terdeteksi; jendela dibuka dengan ukuran bawaan');
  const plans = roles.map(({ role, displayId }) => {
    let display = primary;
    if (displayId !== undefined) {
      const configured = displays.find((d) => d.id === displayId);
      if (configured) {
        display = configured;
      } else if (primary) {
        notes.push(
          `layar ${displayId} untuk peran ${role} tidak ditemukan; dibuka di layar utama ${primary.id}`,
        );
      }
    }
    return planFor(role, display);
  });
  return { plans, notes };
}

export function planSetupWindow(displays: readonly DisplayGeometry[]): WindowPlan {
  return planFor('setup', primaryOf(displays));
}

export interface WindowDeps {
  /** createBrowserWindow (browser-window.ts), which lays the security settings over the options. */
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  /** DevTools only in development builds. */
  devTools: boolean;
  log: (message: string) => void;
}

export function windowOptions(
  plan: WindowPlan,
  preloadPath: string,
  devTools: boolean,
): BrowserWindowConstructorOptions {
  return {
    ...plan.bounds,
    title: plan.title,
    show: false,
    backgroundColor: plan.backgroundColor,
    autoHideMenuBar: true,
    kiosk: plan.kiosk,
    fullscreen: plan.fullscreen,
    webPreferences: {
      // Isolation, sandbox and the rest of the checklist are laid over these by browser-window.ts.
      preload: preloadPath,
      spellcheck: false,
      safeDialogs: true,
      navigateOnDragDrop: false,
      devTools,
      // The display board must chime for a call without anyone touching it first.
      autoplayPolicy: 'no-user-gesture-required',
    },
  };
}

const showAnywayAfterMs = 10_000;

export function openWindow(plan: WindowPlan, deps: WindowDeps): BrowserWindow {
  const window = deps.createWindow(windowOptions(plan, deps.preloadPath, deps.devTools));
  let shown = false;
  const show = () => {
    if (shown || window.isDestroyed()) return;
    shown = true;
    if (plan.maximize) window.maximize();
    window.show();
  };
  window.once('ready-to-show', show);
  // A page that never becomes ready (a broken build, a crash) must not leave an invisible window
  // that keeps the app alive with nothing on screen.
  setTimeout(show, showAnywayAfterMs);
  window.loadURL(plan.url).catch((error: unknown) => {
    deps.log(`jendela ${plan.role} gagal memuat ${plan.url}: ${String(error)}`);
  });
  return window;
}
