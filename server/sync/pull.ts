// Pull: a page of the centre's change log after the device's cursor, each row as it is now. The
// answer is JSON text put together from the change log's encoded rows (change-log.ts).
import type { DeviceIdentity } from '../auth.ts';
import { logPosition } from '../centres.ts';
import type { Queryable } from '../db/database.ts';
import type { ChangeLog } from './change-log.ts';

/** A PullResponse (core/sync/protocol.ts) as JSON text. */
export async function pull(
  db: Queryable,
  log: ChangeLog,
  device: DeviceIdentity,
  page: { cursor: number; limit: number },
  now: number,
): Promise<string> {
  const { lastRev, referenceVersion } = await logPosition(db, device.centreId);
  const changes = await log.page(db, device.centreId, page.cursor, page.limit, lastRev);
  return `{"changes":[${changes.changes.join(',')}],"cursor":${changes.cursor},"hasMore":${changes.hasMore},"referenceVersion":${referenceVersion},"serverTime":${now}}`;
}
