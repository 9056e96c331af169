// Each centre's update channel, the update state each PC reports, and the centre's PCs with their
// state for supervisors (GET /updates/devices) and the administrator (`admin updates`).
import { roleSchema } from '../../core/centre/config.ts';
import type { CentreDevices } from '../../core/updates/protocol.ts';
import { type UpdateStatus, updateStatusSchema } from '../../core/updates/update-status.ts';
import { requireCentre } from '../centres.ts';
import type { Queryable } from '../db/database.ts';

export async function centreChannel(db: Queryable, centreId: string): Promise<string> {
  const [row] = await db.query<{ update_channel: string }>(
    'SELECT update_channel FROM centres WHERE id = $1',
    [centreId],
  );
  return row?.update_channel ?? 'stable';
}

export async function setCentreChannel(
  db: Queryable,
  centreId: string,
  channel: string,
): Promise<void> {
  await requireCentre(db, centreId);
  await db.query('UPDATE centres SET update_channel = $2 WHERE id = $1', [centreId, channel]);
}

export async function recordUpdateStatus(
  db: Queryable,
  deviceId: string,
  status: UpdateStatus,
  now: number,
): Promise<void> {
  await db.query(
    `INSERT INTO device_updates (device_id, status, reported_at) VALUES ($1, $2::jsonb, $3)
     ON CONFLICT (device_id) DO UPDATE SET status = excluded.status, reported_at = excluded.reported_at`,
    [deviceId, JSON.stringify(status), now],
  );
}

export async function centreDevices(db: Queryable, centreId: string): Promise<CentreDevices> {
  await requireCentre(db, centreId);
  const rows = await db.query<{
    id: string;
    name: string;
    roles: unknown;
    last_seen_at: number | string | null;
    revoked_at: number | string | null;
    status: unknown;
    reported_at: number | string | null;
  }>(
    `SELECT d.id, d.name, d.roles, d.last_seen_at, d.revoked_at, u.status, u.reported_at
     FROM devices d LEFT JOIN device_updates u ON u.device_id = d.id
     WHERE d.centre_id = $1 ORDER BY d.name, d.id`,
    [centreId],
  );
  return {
    channel: await centreChannel(db, centreId),
    devices: rows.map((row) => {
      const status = row.status === null ? null : updateStatusSchema.safeParse(row.status);
      return {
        id: row.id,
        name: row.name,
        roles: roleSchema.array().parse(row.roles),
        revoked: row.revoked_at !== null,
        lastSeenAt: row.last_seen_at === null ? null : Number(row.last_seen_at),
        update:
          status?.success && row.reported_at !== null
            ? { ...status.data, reportedAt: Number(row.reported_at) }
            : null,
      };
    }),
  };
}
