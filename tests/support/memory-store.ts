// A store on an in-memory IndexedDB (fake-indexeddb) with a hand-driven clock, for Node tests and
// benches of the store's operations.
import type { InstallationConfig } from '../../core/centre/config.ts';
import { newId } from '../../core/ids.ts';
import { SerasiDb } from '../../renderer/store/db.ts';
import { ensureDeviceId } from '../../renderer/store/device.ts';
import type { Store } from '../../renderer/store/store.ts';
import { testConfig } from './config.ts';

export interface TestStore extends Store {
  /** Move the clock forward. */
  advance(ms: number): void;
  setNow(ms: number): void;
}

/** 09:00 WITA on Monday 23 November 2026. */
export const MORNING_WITA = Date.parse('2026-11-23T01:00:00Z');

export async function memoryStore(
  overrides: Partial<InstallationConfig> = {},
  options: { start?: number; db?: SerasiDb } = {},
): Promise<TestStore> {
  const db = options.db ?? new SerasiDb(`test-${newId()}`);
  const deviceId = await ensureDeviceId(db);
  let now = options.start ?? MORNING_WITA;
  return {
    db,
    config: testConfig(overrides),
    deviceId,
    now: () => now,
    advance(ms) {
      now += ms;
    },
    setNow(ms) {
      now = ms;
    },
  };
}

/** The n-th configured counter (tests configure two). */
export function counterAt(store: Store, index: number) {
  const counter = store.config.counters[index];
  if (!counter) throw new Error(`no counter ${index}`);
  return counter;
}
