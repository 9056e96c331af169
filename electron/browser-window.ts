// The one place a BrowserWindow is made. Whatever a caller builds (windows.ts for the role windows,
// printing.ts for the hidden ticket window), Electron's security checklist is laid over it here:
// isolated, sandboxed, no Node, web security on, no insecure content, no experimental features, no
// <webview>, and no middle-click opening links (Auxclick). Written out on the constructor itself so
// the electronegativity scan in `npm test` (tests/electron/electronegativity.test.ts) sees it too.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export function createBrowserWindow(options: BrowserWindowConstructorOptions): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
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
    },
  });
}
