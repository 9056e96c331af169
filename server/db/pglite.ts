// The embedded database: PGlite (PostgreSQL in WebAssembly) in a data directory or in memory.
// One connection, so its transactions run one at a time.
import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction, types } from '@electric-sql/pglite';
import { type Database, notifySql, type Queryable } from './database.ts';

function queryable(target: PGlite | Transaction): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await target.query<T>(sql, [...params])).rows;
    },
    async exec(sql) {
      await target.exec(sql);
    },
    async notify(channel, payload) {
      await target.query(notifySql, [channel, payload]);
    },
  };
}

export async function openPglite(dataDir: string): Promise<Database> {
  if (!dataDir.includes('://')) await mkdir(dataDir, { recursive: true });
  const db = new PGlite(dataDir, { parsers: { [types.INT8]: (value: string) => Number(value) } });
  await db.waitReady;
  return {
    kind: 'pglite',
    schema: 'public',
    ...queryable(db),
    transaction: (fn) => db.transaction((tx) => fn(queryable(tx))),
    async listen(channel, onPayload) {
      const unlisten = await db.listen(channel, onPayload);
      return () => unlisten();
    },
    close: () => db.close(),
  };
}
