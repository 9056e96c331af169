// What every store operation needs: the database, this installation's config and identity, and
// a clock (injectable, so tests and benches can run a whole day in a moment).
import type { InstallationConfig } from '../../core/centre/config.ts';
import { counterLabel as labelOfCounter } from '../../core/centre/counters.ts';
import { newId } from '../../core/ids.ts';
import { localDay } from '../../core/time/local-day.ts';
import type { ChangeContext } from './changes.ts';
import type { SerasiDb } from './db.ts';

export interface Store {
  db: SerasiDb;
  config: InstallationConfig;
  deviceId: string;
  now(): number;
}

/**
 * Who does a piece of casework: the staff member on duty at this window (reference staff id, or
 * null with the stand-in name when the centre has no staff list). Recorded on what they complete,
 * give or refer.
 */
export interface CaseworkStaff {
  id: string | null;
  name: string;
}

export function changeContext(store: Store, now: number): ChangeContext {
  return {
    db: store.db,
    deviceId: store.deviceId,
    balaiId: store.config.balai.id,
    now,
    txId: newId(),
  };
}

/** The centre's local day right now ("YYYY-MM-DD" in its time zone). */
export function today(store: Store): string {
  return localDay(store.now(), store.config.timeZone);
}

export function counterLabel(store: Store, counterId: string): string {
  return labelOfCounter(store.config.counters, counterId);
}
