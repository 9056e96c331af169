// The one BrowserWindow factory, with Electron's constructor replaced: whatever a caller asks for,
// the window comes out isolated, sandboxed and Node-free, with the caller's own settings kept.
import type { BrowserWindowConstructorOptions } from 'electron';
import { expect, test, vi } from 'vitest';

const made = vi.hoisted(() => [] as BrowserWindowConstructorOptions[]);

vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: BrowserWindowConstructorOptions) {
      made.push(options);
    }
  },
}));

const { createBrowserWindow } = await import('../../electron/browser-window.ts');

const checklist = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  disableBlinkFeatures: 'Auxclick',
};

test('a window asked for with weakened settings still gets every security setting', () => {
  createBrowserWindow({
    title: 'Konsol',
    webPreferences: {
      preload: '/app/out/preload/index.cjs',
      contextIsolation: false,
      sandbox: false,
      nodeIntegration: true,
      webSecurity: false,
      webviewTag: true,
      experimentalFeatures: true,
    },
  });
  expect(made.at(-1)).toEqual({
    title: 'Konsol',
    webPreferences: { preload: '/app/out/preload/index.cjs', ...checklist },
  });
});

test('a window asked for with no preferences at all gets them too', () => {
  createBrowserWindow({ show: false });
  expect(made.at(-1)).toEqual({ show: false, webPreferences: checklist });
});
