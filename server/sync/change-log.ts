// The recent end of each centre's change log, kept in memory and already in wire JSON, so the
// pulls of a centre's PCs (each asking "what changed after my cursor?" every few seconds) are
// answered without reading and encoding the same rows again for every device.
//
// A centre's tail covers the revs (fromRev, toRev]: every row whose latest rev lies in that range
// is in it, once, at that rev. A push extends it when it commits right after toRev; rows written
// another way (another server instance, a push whose answer arrived out of order) are read from
// the database on the next pull, from toRev on. A cursor older than the tail is read from the
// database as before; the tail is an optimisation and never the only copy of anything.
import { type StoredRow, toWireRow } from '../../core/sync/apply.ts';
import type { SyncedTable } from '../../core/sync/record.ts';
import type { Queryable } from '../db/database.ts';
import { rowsAfter } from './rows.ts';

export interface ChangeLogLimits {
  /** Rows kept per centre: more than a busy centre's day. */
  rowsPerCentre: number;
  /** Centres kept; the least recently pulled is dropped first. */
  centres: number;
  /** Rows read per database query when catching a tail up. */
  catchUpPage: number;
}

const defaultLimits: ChangeLogLimits = { rowsPerCentre: 2_000, centres: 200, catchUpPage: 1_000 };

interface Entry {
  rev: number;
  table: SyncedTable;
  key: string;
  /** `{"table":…,"row":…}` as the pull response carries it. */
  json: string;
  /** A later change of the same row is further on in the tail. */
  superseded: boolean;
}

interface Tail {
  fromRev: number;
  toRev: number;
  entries: Entry[];
  byKey: Map<string, Entry>;
  /** The database read catching the tail up, shared by the pulls that need it; true if cut short. */
  catchingUp?: Promise<boolean>;
}

/** A change as JSON text, with its table: a device is sent only the tables its roles may read. */
export interface LogChange {
  table: SyncedTable;
  json: string;
}

export interface LogPage {
  /** In rev order. */
  changes: LogChange[];
  cursor: number;
  hasMore: boolean;
}

export interface ChangeLog {
  /** The changes after `cursor`, `lastRev` being the centre's log position read just before. */
  page(
    db: Queryable,
    centreId: string,
    cursor: number,
    limit: number,
    lastRev: number,
  ): Promise<LogPage>;
  /** A push committed: the centre's log moved from `fromRev` to `toRev` with these rows. */
  committed(centreId: string, fromRev: number, toRev: number, rows: readonly StoredRow[]): void;
}

function entryOf(row: StoredRow & { rev: number }): Entry {
  return {
    rev: row.rev,
    table: row.table,
    key: `${row.table}:${row.id}`,
    json: JSON.stringify({ table: row.table, row: toWireRow(row) }),
    superseded: false,
  };
}

/** Adds entries (in rev order) and moves the tail's end to `toRev`. */
function append(tail: Tail, entries: readonly Entry[], toRev: number, keep: number): void {
  for (const entry of entries) {
    const earlier = tail.byKey.get(entry.key);
    if (earlier) earlier.superseded = true;
    tail.byKey.set(entry.key, entry);
    tail.entries.push(entry);
  }
  tail.toRev = toRev;
  trim(tail, keep);
}

/** Drops superseded entries and, beyond the cap, the oldest ones (moving fromRev past them). */
function trim(tail: Tail, keep: number): void {
  const live = tail.byKey.size;
  if (tail.entries.length <= 2 * keep && live <= keep) return;
  const drop = Math.max(0, live - keep);
  let dropped = 0;
  const kept: Entry[] = [];
  for (const entry of tail.entries) {
    if (entry.superseded) continue;
    if (dropped < drop) {
      dropped += 1;
      tail.fromRev = entry.rev;
      tail.byKey.delete(entry.key);
      continue;
    }
    kept.push(entry);
  }
  tail.entries = kept;
}

function pageFrom(tail: Tail, cursor: number, limit: number): LogPage {
  const changes: LogChange[] = [];
  let last = cursor;
  let hasMore = false;
  // The entries are in rev order: find the first after the cursor by bisection.
  let low = 0;
  let high = tail.entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((tail.entries[middle] as Entry).rev <= cursor) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < tail.entries.length; i++) {
    const entry = tail.entries[i] as Entry;
    if (entry.superseded) continue;
    if (changes.length === limit) {
      hasMore = true;
      break;
    }
    changes.push(entry);
    last = entry.rev;
  }
  return { changes, cursor: last, hasMore };
}

export function createChangeLog(limits: ChangeLogLimits = defaultLimits): ChangeLog {
  const keep = limits.rowsPerCentre;
  const tails = new Map<string, Tail>();

  /** The centre's tail, marked as the most recently used; undefined when it is too far behind. */
  function tailOf(centreId: string, lastRev: number): Tail | undefined {
    const tail = tails.get(centreId);
    if (!tail) return undefined;
    tails.delete(centreId);
    // A tail that missed many revs is cheaper to read again than to catch up.
    if (lastRev - tail.toRev > keep) return undefined;
    tails.set(centreId, tail);
    return tail;
  }

  /** Reads the page from the database; a read to the log's end becomes the tail if it is wider. */
  async function fromDatabase(
    db: Queryable,
    centreId: string,
    cursor: number,
    limit: number,
    lastRev: number,
  ): Promise<LogPage> {
    const rows = await rowsAfter(db, centreId, cursor, limit + 1);
    const page = rows.slice(0, limit);
    const hasMore = rows.length > limit;
    const entries = page.map(entryOf);
    const kept = tails.get(centreId);
    if (!hasMore && (!kept || cursor < kept.fromRev)) {
      // Every row changed after the cursor, up to the newest read or lastRev if later.
      const tail: Tail = { fromRev: cursor, toRev: cursor, entries: [], byKey: new Map() };
      append(tail, entries, Math.max(lastRev, entries.at(-1)?.rev ?? cursor), keep);
      tails.delete(centreId);
      tails.set(centreId, tail);
      if (tails.size > limits.centres) tails.delete(tails.keys().next().value as string);
    }
    return {
      changes: entries,
      cursor: entries.at(-1)?.rev ?? cursor,
      hasMore,
    };
  }

  /** Reads what the tail lacks up to `lastRev` (or further); pulls meanwhile share the read. */
  async function catchUp(db: Queryable, centreId: string, tail: Tail, lastRev: number) {
    let more = false;
    while ((tail.toRev < lastRev || more) && tails.get(centreId) === tail) {
      tail.catchingUp ??= (async () => {
        try {
          const from = tail.toRev;
          const rows = await rowsAfter(db, centreId, from, limits.catchUpPage + 1);
          const entries = rows.slice(0, limits.catchUpPage).map(entryOf);
          const newest = entries.at(-1)?.rev ?? from;
          const cut = rows.length > limits.catchUpPage;
          append(tail, entries, cut ? newest : Math.max(lastRev, newest), keep);
          return cut;
        } finally {
          tail.catchingUp = undefined;
        }
      })();
      more = await tail.catchingUp;
    }
  }

  return {
    async page(db, centreId, cursor, limit, lastRev) {
      if (cursor >= lastRev) return { changes: [], cursor, hasMore: false };
      const tail = tailOf(centreId, lastRev);
      if (!tail || cursor < tail.fromRev) {
        return fromDatabase(db, centreId, cursor, limit, lastRev);
      }
      await catchUp(db, centreId, tail, lastRev);
      if (tails.get(centreId) !== tail || cursor < tail.fromRev) {
        return fromDatabase(db, centreId, cursor, limit, lastRev);
      }
      return pageFrom(tail, cursor, limit);
    },

    committed(centreId, fromRev, toRev, rows) {
      const tail = tails.get(centreId);
      // Not right after the tail's end, or while a read is adding to it: the next pull reads it.
      if (!tail || tail.toRev !== fromRev || tail.catchingUp) return;
      append(tail, [...rows].sort((a, b) => a.rev - b.rev).map(entryOf), toRev, keep);
    },
  };
}
