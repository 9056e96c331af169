// Pull: a page of the centre's change log after the device's cursor, each row as it is now, of the
// tables the device's roles may read (core/sync/device-access.ts: a kiosk or board gets the queue,
// never a person's record). The cursor moves past the rows left out. The answer is JSON text put
// together from the change log's encoded rows (change-log.ts).
import { deviceMayRead } from '../../core/sync/device-access.ts';
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
  const readable = changes.changes
    .filter((change) => deviceMayRead(device.roles, change.table))
    .map((change) => change.json);
  return `{"changes":[${readable.join(',')}],"cursor":${changes.cursor},"hasMore":${changes.hasMore},"referenceVersion":${referenceVersion},"serverTime":${now}}`;
}
