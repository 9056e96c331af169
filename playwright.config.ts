// Renderer end-to-end tests in real Chromium, against the built renderer served on 127.0.0.1.
// Uses Debian's /usr/bin/chromium where it exists (no browser download here), Playwright's own
// Chromium elsewhere.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const systemChromium = process.env.SERASI_CHROMIUM ?? '/usr/bin/chromium';
const executablePath = existsSync(systemChromium) ? systemChromium : undefined;
// Parallel work can build and serve its own copy: SERASI_RENDERER_DIR / SERASI_RENDERER_PORT.
const rendererDir = process.env.SERASI_RENDERER_DIR ?? 'out/renderer';
export const rendererPort = Number(process.env.SERASI_RENDERER_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    // As the app sets for Electron (electron/main.ts): dates in fields read 23/11/2026.
    locale: 'id-ID',
    baseURL: `http://127.0.0.1:${rendererPort}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--autoplay-policy=no-user-gesture-required',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --outDir ${rendererDir} --host 127.0.0.1 --port ${rendererPort} --strictPort`,
    url: `http://127.0.0.1:${rendererPort}/index.html`,
    reuseExistingServer: !process.env.CI,
  },
});
