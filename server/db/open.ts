// Opens the server's database: PostgreSQL when a connection string is given, PGlite otherwise.
import type { Database } from './database.ts';
import { openPglite } from './pglite.ts';
import { openPostgres } from './postgres.ts';

export interface DatabaseOptions {
  /** PGlite data directory, or 'memory://'. */
  dataDir?: string;
  /** PostgreSQL connection string; wins over dataDir. */
  databaseUrl?: string;
  schema?: string;
  /** Problems of the background LISTEN connection (PostgreSQL), which reconnects by itself. */
  onBackgroundError?: (error: Error) => void;
}

const schemaPattern = /^[a-z_][a-z0-9_]{0,40}$/;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const schema = options.schema ?? 'public';
    if (!schemaPattern.test(schema)) {
      throw new Error(`Nama skema tidak sah: "${schema}" (huruf kecil, angka, garis bawah).`);
    }
    return openPostgres(options.databaseUrl, schema, options.onBackgroundError);
  }
  return openPglite(options.dataDir ?? 'memory://');
}
