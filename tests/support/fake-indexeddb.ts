// Node has no IndexedDB: give Vitest an in-memory one before Dexie is imported anywhere.
import 'fake-indexeddb/auto';
