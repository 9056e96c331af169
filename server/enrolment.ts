// Enrolment: an administrator issues an expiring code for a centre and roles, for one PC or for a
// set number of them (a centre's fleet configuration file carries one code for all its PCs); a
// device trades it for its own token (scoped to that centre and the code's roles, or those of them
// it asks for) and the reference data.
import type { Role } from '../core/centre/config.ts';
import { roleSchema } from '../core/centre/config.ts';
import type { EnrolRequest, EnrolResponse } from '../core/sync/protocol.ts';
import { getReference, requireCentre } from './centres.ts';
import type { Database, Queryable } from './db/database.ts';
import { HttpError } from './errors.ts';
import { newEnrolmentCode, newToken, sha256 } from './secrets.ts';

const hourMs = 3_600_000;

export async function issueCode(
  db: Queryable,
  centreId: string,
  roles: Role[],
  validHours: number,
  now: number,
  uses = 1,
): Promise<{ code: string; centreId: string; roles: Role[]; expiresAt: number; uses: number }> {
  await requireCentre(db, centreId);
  const code = newEnrolmentCode();
  const expiresAt = now + validHours * hourMs;
  await db.query(
    `INSERT INTO enrolment_codes (code_hash, centre_id, roles, created_at, expires_at, max_uses)
     VALUES ($1, $2, $3::jsonb, $4, $5, $6)`,
    [sha256(code), centreId, JSON.stringify(roles), now, expiresAt, uses],
  );
  return { code, centreId, roles, expiresAt, uses };
}

/**
 * Uses the code once and (re-)enrols the device: a device enrolled before gets a new token and the
 * code's centre and roles, and a revoked one is let back in.
 */
export async function enrol(
  db: Database,
  request: EnrolRequest,
  now: number,
): Promise<EnrolResponse> {
  const token = newToken();
  return db.transaction(async (tx) => {
    const [code] = await tx.query<{ centre_id: string; roles: unknown }>(
      `UPDATE enrolment_codes SET uses = uses + 1, used_at = $2, used_by = $3
       WHERE code_hash = $1 AND uses < max_uses AND expires_at > $2
       RETURNING centre_id, roles`,
      [sha256(request.code), now, request.deviceId],
    );
    if (!code) {
      throw new HttpError(
        400,
        'code_invalid',
        'Kode pendaftaran tidak berlaku atau sudah dipakai.',
      );
    }
    const granted = roleSchema.array().parse(code.roles);
    const asked = request.roles ?? granted;
    const refused = asked.filter((role) => !granted.includes(role));
    if (refused.length > 0) {
      throw new HttpError(
        403,
        'forbidden',
        `Kode pendaftaran ini tidak memberi peran ${refused.join(', ')}; minta kode dengan peran itu.`,
      );
    }
    const roles = granted.filter((role) => asked.includes(role));
    await tx.query(
      `INSERT INTO devices (id, centre_id, name, roles, token_hash, enrolled_at)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6)
       ON CONFLICT (id) DO UPDATE SET
         centre_id = excluded.centre_id, name = excluded.name, roles = excluded.roles,
         token_hash = excluded.token_hash, enrolled_at = excluded.enrolled_at,
         last_seen_at = NULL, revoked_at = NULL`,
      [
        request.deviceId,
        code.centre_id,
        request.deviceName,
        JSON.stringify(roles),
        sha256(token),
        now,
      ],
    );
    return {
      token,
      deviceId: request.deviceId,
      centreId: code.centre_id,
      roles,
      reference: await getReference(tx, code.centre_id),
    };
  });
}
