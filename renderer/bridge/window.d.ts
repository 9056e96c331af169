// `window.serasi`: the bridge object Electron's preload (electron/preload.ts) exposes. Absent in a
// plain browser, where renderer/bridge/index.ts falls back to the browser bridge.
import type { SerasiBridge } from '../../core/bridge/bridge.ts';

declare global {
  /** The app's version from package.json, set at build time (electron.vite.config.ts). */
  const __APP_VERSION__: string;
  interface Window {
    serasi?: SerasiBridge;
  }
}
