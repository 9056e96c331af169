// The one way the renderer reaches its host: Electron's preload object when the page runs in the
// desktop app, the browser implementation otherwise (tests, a display board in any browser).
import type { SerasiBridge } from '../../core/bridge/bridge.ts';
import { createBrowserBridge } from './browser-bridge.ts';

let browserBridge: SerasiBridge | undefined;

export function getBridge(): SerasiBridge {
  if (typeof window !== 'undefined' && window.serasi) return window.serasi;
  browserBridge ??= createBrowserBridge();
  return browserBridge;
}
