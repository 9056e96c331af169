// Builds the three parts of SERASI Desk: the main process, one sandboxed preload bundle and the
// React renderer (kiosk, console, display board and setup share one page, routed by hash).
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

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
