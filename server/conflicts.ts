// Values that lost a field-by-field merge (core/sync/apply.ts), kept for a supervisor to review
// instead of being dropped.
import type { MergeConflict } from '../core/sync/apply.ts';
import type { SyncConflict } from '../core/sync/protocol.ts';
import type { SyncedTable } from '../core/sync/record.ts';
import { requireCentre } from './centres.ts';
import type { Queryable } from './db/database.ts';

/** The latest conflicts an administrator sees. */
const listedConflicts = 500;

export async function saveConflicts(
  tx: Queryable,
  centreId: string,
  conflicts: readonly MergeConflict[],
  now: number,
): Promise<void> {
  if (conflicts.length === 0) return;
  await tx.query(
    `INSERT INTO conflicts
       (centre_id, tbl, row_id, field, kept_value, kept_hlc, lost_value, lost_hlc, created_at)
     SELECT $1, c.tbl, c.row_id, c.field, c.kept_value, c.kept_hlc, c.lost_value, c.lost_hlc, $2
     FROM jsonb_to_recordset($3::jsonb) AS c(
       tbl text, row_id text, field text, kept_value jsonb, kept_hlc text, lost_value jsonb,
       lost_hlc text)`,
    [
      centreId,
      now,
      JSON.stringify(
        conflicts.map((conflict) => ({
          tbl: conflict.table,
          row_id: conflict.rowId,
          field: conflict.field,
          kept_value: conflict.keptValue ?? null,
          kept_hlc: conflict.keptHlc,
          lost_value: conflict.lostValue ?? null,
          lost_hlc: conflict.lostHlc,
        })),
      ),
    ],
  );
}

/** The centre's latest conflicts, newest first. */
export async function listConflicts(db: Queryable, centreId: string): Promise<SyncConflict[]> {
  await requireCentre(db, centreId);
  const rows = await db.query<{
    id: number;
    tbl: string;
    row_id: string;
    field: string;
    kept_value: SyncConflict['keptValue'] | null;
    kept_hlc: string;
    lost_value: SyncConflict['lostValue'] | null;
    lost_hlc: string;
    created_at: number;
  }>(
    `SELECT id, tbl, row_id, field, kept_value, kept_hlc, lost_value, lost_hlc, created_at
     FROM conflicts WHERE centre_id = $1 ORDER BY id DESC LIMIT $2`,
    [centreId, listedConflicts],
  );
  return rows.map((row) => ({
    id: row.id,
    table: row.tbl as SyncedTable,
    rowId: row.row_id,
    field: row.field,
    keptValue: row.kept_value,
    keptHlc: row.kept_hlc,
    lostValue: row.lost_value,
    lostHlc: row.lost_hlc,
    createdAt: row.created_at,
  }));
}
