// What every route of one server instance works with.
import type { Database } from './db/database.ts';
import type { PokeHub } from './pokes.ts';

export interface ServerContext {
  db: Database;
  pokes: PokeHub;
  now: () => number;
}
