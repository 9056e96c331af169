// The administrator's view of a centre's devices, and revoking one (its token stops working on
// its next request).
import { roleSchema } from '../core/centre/config.ts';
import type { AdminDevice } from '../core/sync/protocol.ts';
import { requireCentre } from './centres.ts';
import type { Queryable } from './db/database.ts';
import { HttpError } from './errors.ts';

export async function listDevices(db: Queryable, centreId: string): Promise<AdminDevice[]> {
  await requireCentre(db, centreId);
  const rows = await db.query<{
    id: string;
    centre_id: string;
    name: string;
    roles: unknown;
    enrolled_at: number;
    last_seen_at: number | null;
    revoked_at: number | null;
  }>(
    `SELECT id, centre_id, name, roles, enrolled_at, last_seen_at, revoked_at
     FROM devices WHERE centre_id = $1 ORDER BY enrolled_at, id`,
    [centreId],
  );
  return rows.map((row) => ({
    id: row.id,
    centreId: row.centre_id,
    name: row.name,
    roles: roleSchema.array().parse(row.roles),
    enrolledAt: row.enrolled_at,
    lastSeenAt: row.last_seen_at,
    revokedAt: row.revoked_at,
  }));
}

export async function revokeDevice(db: Queryable, deviceId: string, now: number): Promise<void> {
  const rows = await db.query(
    'UPDATE devices SET revoked_at = COALESCE(revoked_at, $2) WHERE id = $1 RETURNING id',
    [deviceId, now],
  );
  if (rows.length === 0) {
    throw new HttpError(404, 'not_found', 'Perangkat itu tidak terdaftar di server.');
  }
}
