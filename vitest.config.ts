// Unit and integration tests that run in Node: core rules, main-process logic, the Dexie store.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/{core,electron,store,display}/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/support/fake-indexeddb.ts'],
  },
});
