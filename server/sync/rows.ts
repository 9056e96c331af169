// The server's one table of synced rows (all tables, all centres): reading rows into the shape
// core/sync/apply.ts works on, and writing a batch's changes back with one statement.
import type { RowKey, StoredRow } from '../../core/sync/apply.ts';
import type { SyncedTable } from '../../core/sync/record.ts';
import type { Queryable } from '../db/database.ts';
import { HttpError } from '../errors.ts';

interface DbRow {
  tbl: string;
  id: string;
  centre_id: string;
  rev: number;
  deleted: number;
  updated_at: string;
  data: Record<string, unknown>;
  field_clocks: Record<string, string>;
}

const columns = 'tbl, id, centre_id, rev, deleted, updated_at, data, field_clocks';

/**
 * Field clocks are stored without the ones equal to the row's updatedAt (for a row made in one
 * change, all of them), which halves what a push writes; reading puts them back.
 */
function packClocks(row: StoredRow): Record<string, string> {
  return Object.fromEntries(
    Object.entries(row.fieldClocks).filter(
      ([field, clock]) => clock !== row.updatedAt || !Object.hasOwn(row.data, field),
    ),
  );
}

function unpackClocks(row: DbRow): Record<string, string> {
  const clocks: Record<string, string> = {};
  for (const field of Object.keys(row.data)) clocks[field] = row.updated_at;
  return Object.assign(clocks, row.field_clocks);
}

function fromDb(row: DbRow): StoredRow {
  return {
    table: row.tbl as SyncedTable,
    id: row.id,
    centreId: row.centre_id,
    rev: row.rev,
    deleted: row.deleted === 1 ? 1 : 0,
    updatedAt: row.updated_at,
    data: row.data,
    fieldClocks: unpackClocks(row),
  };
}

function splitKey(key: RowKey): { tbl: string; id: string } {
  const colon = key.indexOf(':');
  return { tbl: key.slice(0, colon), id: key.slice(colon + 1) };
}

export const wrongCentre = () =>
  new HttpError(
    403,
    'wrong_centre',
    'Data milik balai lain tidak dapat dibaca atau diubah dari perangkat ini.',
  );

/** The rows these keys name, whichever centre they belong to. */
export async function loadRows(tx: Queryable, keys: readonly RowKey[]): Promise<StoredRow[]> {
  if (keys.length === 0) return [];
  const rows = await tx.query<DbRow>(
    `SELECT ${columns} FROM rows
     WHERE (tbl, id) IN (SELECT k.tbl, k.id FROM jsonb_to_recordset($1::jsonb) AS k(tbl text, id text))`,
    [JSON.stringify(keys.map(splitKey))],
  );
  return rows.map(fromDb);
}

/**
 * Inserts or updates these rows. A row id that (by now) belongs to another centre is never
 * overwritten: the write is refused as a whole with wrong_centre.
 */
export async function writeRows(tx: Queryable, rows: readonly StoredRow[]): Promise<void> {
  if (rows.length === 0) return;
  const [written] = await tx.query<{ count: number }>(
    `WITH written AS (
     INSERT INTO rows (${columns})
     SELECT ${columns} FROM jsonb_to_recordset($1::jsonb) AS r(
       tbl text, id text, centre_id text, rev bigint, deleted smallint, updated_at text,
       data jsonb, field_clocks jsonb)
     ON CONFLICT (tbl, id) DO UPDATE SET
       rev = excluded.rev, deleted = excluded.deleted, updated_at = excluded.updated_at,
       data = excluded.data, field_clocks = excluded.field_clocks
     WHERE rows.centre_id = excluded.centre_id
     RETURNING 1)
     SELECT count(*)::int AS count FROM written`,
    [
      JSON.stringify(
        rows.map((row) => ({
          tbl: row.table,
          id: row.id,
          centre_id: row.centreId,
          rev: row.rev,
          deleted: row.deleted,
          updated_at: row.updatedAt,
          data: row.data,
          field_clocks: packClocks(row),
        })),
      ),
    ],
  );
  if (written?.count !== rows.length) throw wrongCentre();
}

/** The centre's rows changed after `cursor`, in rev order; one more than `limit` tells hasMore. */
export async function rowsAfter(
  db: Queryable,
  centreId: string,
  cursor: number,
  limit: number,
): Promise<StoredRow[]> {
  const rows = await db.query<DbRow>(
    `SELECT ${columns} FROM rows WHERE centre_id = $1 AND rev > $2 ORDER BY rev LIMIT $3`,
    [centreId, cursor, limit],
  );
  return rows.map(fromDb);
}
