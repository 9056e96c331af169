// The centre's reference data as this device last fetched it from the sync server (the engine
// refreshes it when the server's version moves). Kept in `meta`; absent on a PC without a server.
import { type CentreReference, centreReferenceSchema } from '../../core/centre/reference.ts';
import type { SerasiDb } from './db.ts';

const REFERENCE_KEY = 'sync.reference';

/** The cached reference, read through its schema: a cache from an older app gets today's defaults. */
export async function cachedReference(db: SerasiDb): Promise<CentreReference | undefined> {
  const cached = centreReferenceSchema.safeParse((await db.meta.get(REFERENCE_KEY))?.value);
  return cached.success ? cached.data : undefined;
}

export async function cacheReference(db: SerasiDb, reference: CentreReference): Promise<void> {
  await db.meta.put({ key: REFERENCE_KEY, value: reference });
}
