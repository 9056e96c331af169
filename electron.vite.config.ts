// Builds the three parts of SERASI Desk: the main process, one sandboxed preload bundle and the
// React renderer (kiosk, console, display board and setup share one page, routed by hash).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  main: {
    build: {
      rollupOptions: { input: { index: resolve('electron/main.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can only require('electron'): everything else is bundled into one file.
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    // The app's version, shown with its update state (renderer/bridge/window.d.ts declares it).
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    base: './',
    publicDir: resolve('resources/public'),
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified; the kiosk must load fast on modest PCs.
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
