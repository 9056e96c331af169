// Unit and integration tests that run in Node: core rules, main-process logic, the Dexie store,
// the sync server (PGlite, and PostgreSQL when SERASI_TEST_DATABASE_URL is set) and the sync client.
import { defineConfig } from 'vitest/config';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  // As the renderer's build defines it (electron.vite.config.ts).
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ['tests/{core,electron,store,display,server,sync,reports,i18n}/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/support/fake-indexeddb.ts'],
  },
});
