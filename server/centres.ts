// Centres and their reference data (core/centre/reference.ts): set by an administrator, served to
// the centre's devices, versioned so a device knows when its cache is stale.
import type { CentreReference, CentreReferenceInput } from '../core/centre/reference.ts';
import type { Queryable } from './db/database.ts';
import { HttpError } from './errors.ts';

interface CentreRow {
  reference: unknown;
  reference_version: number;
}

/** The stored reference was checked when an administrator set it. */
function toReference(row: CentreRow): CentreReference {
  return { version: row.reference_version, ...(row.reference as CentreReferenceInput) };
}

/** Creates the centre or replaces its reference; the version moves only when something changed. */
export async function putReference(
  db: Queryable,
  input: CentreReferenceInput,
  now: number,
): Promise<CentreReference> {
  const [row] = await db.query<CentreRow>(
    `INSERT INTO centres (id, reference, reference_version, last_rev, created_at)
     VALUES ($1, $2::jsonb, 1, 0, $3)
     ON CONFLICT (id) DO UPDATE SET
       reference = excluded.reference,
       reference_version = centres.reference_version
         + CASE WHEN centres.reference = excluded.reference THEN 0 ELSE 1 END
     RETURNING reference, reference_version`,
    [input.centre.id, JSON.stringify(input), now],
  );
  if (!row) throw new Error('centre upsert returned nothing');
  return toReference(row);
}

export async function getReference(db: Queryable, centreId: string): Promise<CentreReference> {
  const [row] = await db.query<CentreRow>(
    'SELECT reference, reference_version FROM centres WHERE id = $1',
    [centreId],
  );
  if (!row) throw centreNotFound(centreId);
  return toReference(row);
}

/** Where the centre's change log is (its newest rev) and which reference version it serves. */
export async function logPosition(
  db: Queryable,
  centreId: string,
): Promise<{ lastRev: number; referenceVersion: number }> {
  const [row] = await db.query<{ last_rev: number; reference_version: number }>(
    'SELECT last_rev, reference_version FROM centres WHERE id = $1',
    [centreId],
  );
  if (!row) throw centreNotFound(centreId);
  return { lastRev: row.last_rev, referenceVersion: row.reference_version };
}

/** Locks the centre's row until the transaction ends: pushes to one centre run one at a time. */
export async function lockCentre(
  tx: Queryable,
  centreId: string,
): Promise<{ lastRev: number; reference: CentreReference }> {
  const [row] = await tx.query<CentreRow & { last_rev: number }>(
    'SELECT reference, reference_version, last_rev FROM centres WHERE id = $1 FOR UPDATE',
    [centreId],
  );
  if (!row) throw centreNotFound(centreId);
  return { lastRev: row.last_rev, reference: toReference(row) };
}

export async function requireCentre(db: Queryable, centreId: string): Promise<void> {
  const rows = await db.query('SELECT 1 FROM centres WHERE id = $1', [centreId]);
  if (rows.length === 0) throw centreNotFound(centreId);
}

function centreNotFound(centreId: string): HttpError {
  return new HttpError(404, 'not_found', `Balai "${centreId}" belum terdaftar di server.`);
}
