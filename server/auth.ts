// Who is asking: the protocol version every request must carry, the device behind a bearer token
// (scoped to one centre and its roles, revocable) and the administrator.
import type { FastifyRequest } from 'fastify';
import { type Role, roleSchema } from '../core/centre/config.ts';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../core/sync/protocol.ts';
import type { Queryable } from './db/database.ts';
import { HttpError } from './errors.ts';
import { bearerToken, secretMatches, sha256 } from './secrets.ts';

export interface DeviceIdentity {
  id: string;
  centreId: string;
  roles: Role[];
}

/** A device's last_seen_at is written at most this often. */
const lastSeenResolutionMs = 60_000;

export function checkProtocol(request: FastifyRequest): void {
  const header = request.headers[PROTOCOL_HEADER];
  if (header !== String(PROTOCOL_VERSION)) {
    throw new HttpError(
      426,
      'protocol_version',
      'Versi aplikasi tidak cocok dengan server; perbarui SERASI Desk.',
    );
  }
}

const unauthorized = () =>
  new HttpError(401, 'unauthorized', 'Perangkat belum terdaftar atau tokennya tidak sah.');

export async function authenticateDevice(
  db: Queryable,
  request: FastifyRequest,
  now: number,
): Promise<DeviceIdentity> {
  const token = bearerToken(request.headers.authorization);
  if (!token) throw unauthorized();
  const [device] = await db.query<{
    id: string;
    centre_id: string;
    roles: unknown;
    last_seen_at: number | null;
    revoked_at: number | null;
  }>('SELECT id, centre_id, roles, last_seen_at, revoked_at FROM devices WHERE token_hash = $1', [
    sha256(token),
  ]);
  if (!device) throw unauthorized();
  if (device.revoked_at !== null) {
    throw new HttpError(
      401,
      'revoked',
      'Akses perangkat ini sudah dicabut; daftarkan ulang dengan kode pendaftaran baru.',
    );
  }
  if (device.last_seen_at === null || now - device.last_seen_at >= lastSeenResolutionMs) {
    await db.query('UPDATE devices SET last_seen_at = $2 WHERE id = $1', [device.id, now]);
  }
  return {
    id: device.id,
    centreId: device.centre_id,
    roles: roleSchema.array().parse(device.roles),
  };
}

export async function authenticateAdmin(db: Queryable, request: FastifyRequest): Promise<void> {
  const token = bearerToken(request.headers.authorization);
  const [admin] = await db.query<{ token_hash: string }>(
    'SELECT token_hash FROM admin WHERE id = 1',
  );
  if (!token || !admin || !secretMatches(token, admin.token_hash)) {
    throw new HttpError(401, 'unauthorized', 'Token administrator tidak sah.');
  }
}
