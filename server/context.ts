// What every route of one server instance works with.
import type { Database } from './db/database.ts';
import type { PokeHub } from './pokes.ts';
import type { ChangeLog } from './sync/change-log.ts';

export interface ServerContext {
  db: Database;
  pokes: PokeHub;
  /** The recent end of each centre's change log, in memory (sync/change-log.ts). */
  log: ChangeLog;
  now: () => number;
  /** Where uploaded installers are kept (<updates dir>/<channel>/<platform>/<version>/). */
  updatesDir: string;
}
