// One interface over the two databases the server runs on: PGlite (embedded, one process) and
// PostgreSQL (shared by several server instances). The SQL is the same on both; int8 values come
// back as JS numbers and jsonb as parsed JSON on both.
export interface Queryable {
  /** One statement with $1… parameters; pass JSON values as JSON.stringify(…) with a ::jsonb cast. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** A script of several statements, no parameters. */
  exec(sql: string): Promise<void>;
  /** pg_notify; inside a transaction it is delivered on commit. */
  notify(channel: string, payload: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** The schema the tables live in ('public' on PGlite). */
  readonly schema: string;
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onPayload` for every notification on `channel`; resolves to an unsubscribe. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export const notifySql = 'SELECT pg_notify($1, $2)';
