// Pull: a page of the centre's change log after the device's cursor, each row as it is now.
import { toWireRow } from '../../core/sync/apply.ts';
import type { PullResponse, ServerRow } from '../../core/sync/protocol.ts';
import type { DeviceIdentity } from '../auth.ts';
import { referenceVersion } from '../centres.ts';
import type { Queryable } from '../db/database.ts';
import { rowsAfter } from './rows.ts';

export async function pull(
  db: Queryable,
  device: DeviceIdentity,
  page: { cursor: number; limit: number },
  now: number,
): Promise<PullResponse> {
  const rows = await rowsAfter(db, device.centreId, page.cursor, page.limit + 1);
  const version = await referenceVersion(db, device.centreId);
  const changes = rows.slice(0, page.limit);
  return {
    changes: changes.map((row) => ({ table: row.table, row: toWireRow(row) as ServerRow })),
    cursor: changes.at(-1)?.rev ?? page.cursor,
    hasMore: rows.length > page.limit,
    referenceVersion: version,
    serverTime: now,
  };
}
