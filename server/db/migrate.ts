// Brings the database schema up to date at start: every server/db/migrations/*.sql not yet in
// schema_migrations runs, in file-name order, in one transaction. An advisory lock makes a second
// instance starting at the same time wait, then find the work done.
import { readdir, readFile } from 'node:fs/promises';
import type { Database } from './database.ts';

const migrationsDir = new URL('./migrations/', import.meta.url);

export async function migrate(db: Database, now: number): Promise<string[]> {
  const files = (await readdir(migrationsDir)).filter((name) => name.endsWith('.sql')).sort();
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`serasi-migrate:${db.schema}`]);
    await tx.exec(`CREATE SCHEMA IF NOT EXISTS "${db.schema}"`);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at bigint NOT NULL)',
    );
    const done = new Set(
      (await tx.query<{ version: string }>('SELECT version FROM schema_migrations')).map(
        (row) => row.version,
      ),
    );
    const applied: string[] = [];
    for (const file of files) {
      if (done.has(file)) continue;
      await tx.exec(await readFile(new URL(file, migrationsDir), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [
        file,
        now,
      ]);
      applied.push(file);
    }
    return applied;
  });
}
