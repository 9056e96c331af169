// A crashed or hung window comes back by itself, and a page that keeps crashing is retried slowly.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { afterCrash, watchWindow } from '../../electron/recovery.ts';

class FakeWindow extends EventEmitter {
  reloads = 0;
  crashes = 0;
  destroyed = false;
  isDestroyed = () => this.destroyed;
  reload = () => {
    this.reloads++;
  };
  crash = () => {
    this.crashes++;
    this.emit('gone', 'killed');
  };
  onGone = (listener: (reason: string) => void) => this.on('gone', listener);
  onUnresponsive = (listener: () => void) => this.on('unresponsive', listener);
  onResponsive = (listener: () => void) => this.on('responsive', listener);
}

let lines: string[];
beforeEach(() => {
  vi.useFakeTimers();
  lines = [];
});
afterEach(() => vi.useRealTimers());

function watched(): FakeWindow {
  const window = new FakeWindow();
  watchWindow(window, 'kiosk', {
    now: () => Date.now(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    log: (line) => lines.push(line),
  });
  return window;
}

test('a crashed kiosk page reloads a second later', () => {
  const window = watched();
  window.emit('gone', 'crashed');
  expect(window.reloads).toBe(0);
  vi.advanceTimersByTime(1_000);
  expect(window.reloads).toBe(1);
  expect(lines).toEqual(['kiosk: halaman berhenti (crashed); dimuat ulang']);
});

test('closing a page normally is not a crash', () => {
  const window = watched();
  window.emit('gone', 'clean-exit');
  vi.advanceTimersByTime(120_000);
  expect(window.reloads).toBe(0);
});

test('a third crash within five minutes waits a minute before reloading', () => {
  const window = watched();
  window.emit('gone', 'crashed');
  vi.advanceTimersByTime(60_000);
  window.emit('gone', 'oom');
  vi.advanceTimersByTime(60_000);
  expect(window.reloads).toBe(2);
  window.emit('gone', 'crashed');
  vi.advanceTimersByTime(59_000);
  expect(window.reloads).toBe(2);
  vi.advanceTimersByTime(1_000);
  expect(window.reloads).toBe(3);
  expect(lines.at(-1)).toBe(
    'kiosk: halaman berhenti (crashed), 3× dalam 5 menit; dimuat ulang dalam 1 menit',
  );
});

test('crashes longer ago than five minutes do not slow the reload', () => {
  expect(afterCrash([0, 1_000], 6 * 60_000, 'crashed').reloadAfterMs).toBe(1_000);
  expect(afterCrash([0, 1_000], 4 * 60_000, 'crashed').reloadAfterMs).toBe(60_000);
});

test('a page hung for 30 seconds is stopped and reloaded; one that answers again is left alone', () => {
  const window = watched();
  window.emit('unresponsive');
  vi.advanceTimersByTime(20_000);
  window.emit('responsive');
  vi.advanceTimersByTime(60_000);
  expect(window.crashes).toBe(0);

  window.emit('unresponsive');
  vi.advanceTimersByTime(30_000);
  expect(window.crashes).toBe(1);
  vi.advanceTimersByTime(1_000);
  expect(window.reloads).toBe(1);
});

test('a window closed meanwhile is not touched', () => {
  const window = watched();
  window.emit('gone', 'crashed');
  window.destroyed = true;
  vi.advanceTimersByTime(5_000);
  expect(window.reloads).toBe(0);
});
