// How the sync is doing, as every window of the installation shows it. The window that runs the
// sync (leader.ts) writes it to the store's meta table; the others read it with a live query.
import type { SerasiDb } from '../store/db.ts';

export type SyncState =
  | 'online'
  | 'offline'
  | 'syncing'
  | 'error'
  | 'update_needed'
  | 'reenrol'
  | 'not_enrolled';

export interface SyncStatus {
  state: SyncState;
  /** When the last sync that reached the server and stored everything ended (epoch ms). */
  lastSyncedAt: number | null;
  /** Why the sync is not working, in Bahasa Indonesia; null while it works. */
  message: string | null;
}

const STATUS_KEY = 'sync.status';

export async function readSyncStatus(db: SerasiDb): Promise<SyncStatus | null> {
  return ((await db.meta.get(STATUS_KEY))?.value as SyncStatus | undefined) ?? null;
}

export async function writeSyncStatus(db: SerasiDb, status: SyncStatus): Promise<SyncStatus> {
  await db.meta.put({ key: STATUS_KEY, value: status });
  return status;
}
