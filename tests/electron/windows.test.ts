import { EventEmitter } from 'node:events';
import type { BrowserWindow, Display } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import {
  type DisplayGeometry,
  openWindow,
  planSetupWindow,
  planWindows,
  toDisplayInfo,
  windowOptions,
} from '../../electron/windows.ts';

const laptop: DisplayGeometry = {
  id: 1,
  primary: true,
  bounds: { x: 0, y: 0, width: 1366, height: 768 },
  workArea: { x: 0, y: 0, width: 1366, height: 728 },
};
const touch: DisplayGeometry = {
  id: 2,
  primary: false,
  bounds: { x: 1366, y: 0, width: 1080, height: 1920 },
};
const tv: DisplayGeometry = {
  id: 3,
  primary: false,
  bounds: { x: 2446, y: 0, width: 1920, height: 1080 },
};

describe('planWindows', () => {
  test('one PC, one screen, one role: the console, maximised on the work area', () => {
    const { plans, notes } = planWindows([{ role: 'console' }], [laptop]);
    expect(notes).toEqual([]);
    expect(plans).toEqual([
      expect.objectContaining({
        role: 'console',
        url: 'app://serasi/index.html#/console',
        displayId: 1,
        bounds: laptop.workArea,
        kiosk: false,
        fullscreen: false,
        maximize: true,
      }),
    ]);
  });

  test('two screens: the kiosk fullscreen in kiosk mode on the touch monitor', () => {
    const { plans } = planWindows(
      [
        { role: 'console', displayId: 1 },
        { role: 'kiosk', displayId: 2 },
      ],
      [laptop, touch],
    );
    expect(plans[1]).toEqual(
      expect.objectContaining({
        role: 'kiosk',
        url: 'app://serasi/index.html#/kiosk',
        displayId: 2,
        bounds: touch.bounds,
        kiosk: true,
        fullscreen: true,
        maximize: false,
      }),
    );
  });

  test('three screens: each role on its own display, the board fullscreen on the TV', () => {
    const { plans, notes } = planWindows(
      [
        { role: 'kiosk', displayId: 2 },
        { role: 'console', displayId: 1 },
        { role: 'display', displayId: 3 },
      ],
      [laptop, touch, tv],
    );
    expect(notes).toEqual([]);
    expect(plans.map((p) => [p.role, p.displayId, p.kiosk, p.fullscreen])).toEqual([
      ['kiosk', 2, true, true],
      ['console', 1, false, false],
      ['display', 3, false, true],
    ]);
    expect(plans[2]?.bounds).toEqual(tv.bounds);
    expect(plans[2]?.backgroundColor).toBe('#000000');
  });

  test('an unplugged TV: the board opens on the primary display, and the log says so', () => {
    const { plans, notes } = planWindows(
      [{ role: 'console' }, { role: 'display', displayId: 3 }],
      [laptop, touch],
    );
    expect(plans[1]).toEqual(expect.objectContaining({ role: 'display', displayId: 1 }));
    expect(plans[1]?.bounds).toEqual(laptop.bounds);
    expect(notes).toEqual(['layar 3 untuk peran display tidak ditemukan; dibuka di layar utama 1']);
  });

  test('no display flagged primary: the first one counts as primary', () => {
    const { plans } = planWindows([{ role: 'kiosk' }], [{ ...touch }, { ...tv }]);
    expect(plans[0]?.displayId).toBe(2);
  });

  test('no display reported at all: a default size, and a note', () => {
    const { plans, notes } = planWindows([{ role: 'kiosk' }], []);
    expect(plans[0]?.displayId).toBeNull();
    expect(plans[0]?.bounds).toEqual({ x: 0, y: 0, width: 1280, height: 800 });
    expect(notes).toHaveLength(1);
  });
});

test('the setup window is centred on the primary work area and fits a small laptop', () => {
  const plan = planSetupWindow([touch, laptop]);
  expect(plan.url).toBe('app://serasi/index.html#/setup');
  expect(plan.displayId).toBe(1);
  expect(plan.bounds.width).toBeLessThanOrEqual(1366);
  expect(plan.bounds.height).toBeLessThanOrEqual(728);
  expect(plan.bounds.x).toBe(Math.round((1366 - plan.bounds.width) / 2));
  expect(plan.kiosk || plan.fullscreen).toBe(false);
});

test('a role window gets its preload, no DevTools when packaged, and may play sound unprompted', () => {
  const { plans } = planWindows([{ role: 'display' }], [laptop]);
  const plan = plans[0];
  if (!plan) throw new Error('no plan');
  const options = windowOptions(plan, '/app/out/preload/index.cjs', false);
  expect(options).toMatchObject({ show: false, fullscreen: true, kiosk: false });
  expect(options.webPreferences).toMatchObject({
    preload: '/app/out/preload/index.cjs',
    spellcheck: false,
    devTools: false,
    autoplayPolicy: 'no-user-gesture-required',
  });
});

test('openWindow loads the route and shows the window only when it is ready', async () => {
  const { plans } = planWindows([{ role: 'console' }], [laptop]);
  const plan = plans[0];
  if (!plan) throw new Error('no plan');
  const calls: string[] = [];
  const fake = Object.assign(new EventEmitter(), {
    loadURL: async (url: string) => {
      calls.push(`load ${url}`);
    },
    maximize: () => calls.push('maximize'),
    show: () => calls.push('show'),
    isDestroyed: () => false,
  });
  openWindow(plan, {
    createWindow: () => fake as unknown as BrowserWindow,
    preloadPath: '/p.cjs',
    devTools: false,
    log: () => {},
  });
  expect(calls).toEqual(['load app://serasi/index.html#/console']);
  fake.emit('ready-to-show');
  expect(calls).toEqual(['load app://serasi/index.html#/console', 'maximize', 'show']);
});

test('a window whose page never gets ready is shown anyway after ten seconds', () => {
  vi.useFakeTimers();
  try {
    const { plans } = planWindows([{ role: 'kiosk' }], [laptop]);
    const plan = plans[0];
    if (!plan) throw new Error('no plan');
    let shown = 0;
    const fake = Object.assign(new EventEmitter(), {
      loadURL: () => Promise.reject(new Error('ERR_FILE_NOT_FOUND')),
      maximize: () => {},
      show: () => {
        shown += 1;
      },
      isDestroyed: () => false,
    });
    const log: string[] = [];
    openWindow(plan, {
      createWindow: () => fake as unknown as BrowserWindow,
      preloadPath: '/p.cjs',
      devTools: false,
      log: (line) => log.push(line),
    });
    vi.advanceTimersByTime(9_999);
    expect(shown).toBe(0);
    vi.advanceTimersByTime(1);
    expect(shown).toBe(1);
    fake.emit('ready-to-show');
    expect(shown).toBe(1);
  } finally {
    vi.useRealTimers();
  }
});

test('toDisplayInfo labels displays for the setup screen', () => {
  const display = (id: number, label: string, width: number, height: number) =>
    ({ id, label, size: { width, height } }) as Display;
  expect(toDisplayInfo([display(1, 'Built-in', 1366, 768), display(7, '', 1920, 1080)], 1)).toEqual(
    [
      { id: 1, label: 'Built-in (1366×768) — utama', primary: true, width: 1366, height: 768 },
      { id: 7, label: 'Layar 2 (1920×1080)', primary: false, width: 1920, height: 1080 },
    ],
  );
});
