// The reports' day facts in the local store (core/reports/day-facts.ts): one record per centre
// day, so a year's report reads 365 small records instead of 200,000 tickets.
//
// Facts must never be stale. They are dropped in the same transaction as any write to a day's
// tickets, ticket events or registrations, whoever writes: the console's changes
// (changes.ts), the sync storing pulled or rebased rows and rolling back refused ones
// (sync/engine.ts), the daily closing, upgrades — a Dexie middleware below every table method
// sees every put, add and delete, and widens each read-write transaction on those tables to
// the facts table, so the drop commits or aborts with the write itself. Facts are computed
// again from the rows when a report (or the daily closing) next asks, inside a read-write
// transaction over the rows they come from, so no write can slip between reading and storing.
import { type DBCore, type DBCoreRangeType, type DBCoreTable, Dexie, type Middleware } from 'dexie';
import {
  DAY_FACTS_VERSION,
  type DayFacts,
  dayFactsOf,
  needsCallEvents,
} from '../../core/reports/day-facts.ts';
import { localHourReader } from '../../core/reports/local-hour.ts';
import { addDays, daysOf } from '../../core/reports/period.ts';
import type { CentreTimeZone, ReportPeriod } from '../../core/reports/types.ts';
import type { SerasiDb } from './db.ts';
import type { Store } from './store.ts';

const FACTS_TABLE = 'dayFacts';
/** The tables day facts are computed from. */
const SOURCE_TABLES: ReadonlySet<string> = new Set(['tickets', 'ticketEvents', 'registrations']);
/** Days computed per read-write transaction: keeps the console's writes waiting briefly only. */
const DAYS_PER_TRANSACTION = 16;

function daysOfRows(rows: readonly unknown[]): string[] {
  const days = new Set<string>();
  for (const row of rows) {
    const day = (row as { localDay?: unknown } | undefined)?.localDay;
    if (typeof day === 'string') days.add(day);
  }
  return [...days];
}

function invalidatingTable(table: DBCoreTable, down: DBCore): DBCoreTable {
  return {
    ...table,
    async mutate(req) {
      // Before the upgrade that creates the facts table there are no facts to drop.
      const scope = (req.trans as Partial<IDBTransaction>).objectStoreNames;
      if (!hasFactsTable(down) || (scope && !scope.contains(FACTS_TABLE))) {
        return table.mutate(req);
      }
      const facts = down.table(FACTS_TABLE);
      if (req.type === 'deleteRange') {
        await facts.mutate({
          type: 'deleteRange',
          trans: req.trans,
          range: { type: 3 as DBCoreRangeType, lower: undefined, upper: undefined },
        });
      } else {
        const rows =
          req.type === 'delete'
            ? await table.getMany({ trans: req.trans, keys: req.keys })
            : req.values;
        const days = daysOfRows(rows);
        if (days.length > 0) await facts.mutate({ type: 'delete', trans: req.trans, keys: days });
      }
      return table.mutate(req);
    },
  };
}

const hasFactsTable = (core: DBCore) => core.schema.tables.some((t) => t.name === FACTS_TABLE);

/** Drops a day's facts with every write to its rows (see the module notes). */
export const dayFactsInvalidation: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'DayFactsInvalidation',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' &&
          !stores.includes(FACTS_TABLE) &&
          stores.some((name) => SOURCE_TABLES.has(name)) &&
          hasFactsTable(down)
          ? [...stores, FACTS_TABLE]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      return SOURCE_TABLES.has(name) ? invalidatingTable(table, down) : table;
    },
  }),
};

function isCurrent(facts: DayFacts | undefined, timeZone: string): facts is DayFacts {
  return facts !== undefined && facts.version === DAY_FACTS_VERSION && facts.timeZone === timeZone;
}

/** Runs of consecutive days, each at most DAYS_PER_TRANSACTION long: one range read each. */
function batchesOf(days: readonly string[]): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  for (const day of days) {
    const previous = batch.at(-1);
    if (
      previous !== undefined &&
      (addDays(previous, 1) !== day || batch.length >= DAYS_PER_TRANSACTION)
    ) {
      batches.push(batch);
      batch = [];
    }
    batch.push(day);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Computes and stores the facts of `days` (ascending) from their rows. */
async function computeDays(db: SerasiDb, days: readonly string[], timeZone: CentreTimeZone) {
  const hourOf = localHourReader(timeZone);
  const computed: DayFacts[] = [];
  for (const batch of batchesOf(days)) {
    const first = batch[0] ?? '';
    const last = batch.at(-1) ?? first;
    const facts = await db.transaction(
      'rw',
      [db.tickets, db.ticketEvents, db.registrations, db.dayFacts],
      async () => {
        const [tickets, registrations] = await Promise.all([
          db.tickets
            .where('[localDay+state]')
            .between([first, Dexie.minKey], [last, Dexie.maxKey], true, true)
            .toArray(),
          db.registrations.where('localDay').between(first, last, true, true).toArray(),
        ]);
        // Tickets called before they carried firstCalledAt find it in their call events.
        const legacy = tickets.filter(needsCallEvents).map((t) => t.id);
        const events =
          legacy.length === 0
            ? []
            : (await db.ticketEvents.where('ticketId').anyOf(legacy).toArray()).filter(
                (e) => e.type === 'call',
              );
        const made = batch.map((localDay) =>
          dayFactsOf(
            {
              localDay,
              timeZone,
              tickets: tickets.filter((t) => t.localDay === localDay),
              events,
              registrations: registrations.filter((r) => r.localDay === localDay),
            },
            hourOf,
          ),
        );
        await db.dayFacts.bulkPut(made);
        return made;
      },
    );
    computed.push(...facts);
  }
  return computed;
}

/**
 * The facts of every day of the period, in order: stored ones where current, the others computed
 * from their rows now (and stored). Reports after the first read stored facts only.
 */
export async function reportDayFacts(store: Store, period: ReportPeriod): Promise<DayFacts[]> {
  const { db, config } = store;
  const stored = await db.dayFacts
    .where('localDay')
    .between(period.from, period.to, true, true)
    .toArray();
  const byDay = new Map(stored.map((facts) => [facts.localDay, facts]));
  const days = daysOf(period);
  const missing = days.filter((day) => !isCurrent(byDay.get(day), config.timeZone));
  for (const facts of await computeDays(db, missing, config.timeZone)) {
    byDay.set(facts.localDay, facts);
  }
  return days.flatMap((day) => byDay.get(day) ?? []);
}

/** Computes a day's facts now (the daily closing), so its reports need not later. */
export async function storeDayFacts(store: Store, localDay: string): Promise<void> {
  await computeDays(store.db, [localDay], store.config.timeZone);
}
