// The sync status as every window of the installation shows it: what the leader wrote, and how
// many local changes still wait to be sent (counted live from the outbox).
import { useLiveQuery } from 'dexie-react-hooks';
import type { SerasiDb } from '../store/db.ts';
import { readSyncStatus, type SyncStatus } from './status.ts';

export interface SyncView {
  /** null until a window of this installation has written one. */
  status: SyncStatus | null;
  pending: number;
}

/** undefined while the first read runs. */
export function useSyncStatus(db: SerasiDb): SyncView | undefined {
  return useLiveQuery(
    async () => ({ status: await readSyncStatus(db), pending: await db.outbox.count() }),
    [db],
  );
}
