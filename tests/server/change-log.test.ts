// The in-memory end of the change log must answer every pull exactly as the database would:
// generated histories of pushes (new rows and changes to earlier ones), some written past the log
// as another server instance would, and pulls from any cursor with any page size.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoredRow } from '../../core/sync/apply.ts';
import type { Database } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openDatabase } from '../../server/db/open.ts';
import { createChangeLog, type LogChange } from '../../server/sync/change-log.ts';
import { rowsAfter, writeRows } from '../../server/sync/rows.ts';

let db: Database;
beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory://', onBackgroundError: () => {} });
  await migrate(db, 1);
});
afterAll(() => db.close());

let centres = 0;
async function newCentre(): Promise<string> {
  centres += 1;
  const id = `balai-log-${centres}`;
  await db.query(
    `INSERT INTO centres (id, reference, reference_version, last_rev, created_at)
     VALUES ($1, '{}'::jsonb, 1, 0, 1)`,
    [id],
  );
  return id;
}

function row(centreId: string, id: number, rev: number): StoredRow {
  return {
    table: 'tickets',
    id: `${centreId}-row-${id}`,
    centreId,
    rev,
    deleted: 0,
    updatedAt: `hlc-${rev}`,
    data: { number: `A-${String(id).padStart(3, '0')}`, note: `rev ${rev}` },
    fieldClocks: {},
  };
}

/** Commits rows the way a push does: written, then the centre's log position moved. */
async function commit(centreId: string, rows: StoredRow[], lastRev: number) {
  await db.transaction(async (tx) => {
    await writeRows(tx, rows);
    await tx.query('UPDATE centres SET last_rev = $2 WHERE id = $1', [centreId, lastRev]);
  });
}

const step = fc.oneof(
  fc.record({
    kind: fc.constant('push' as const),
    /** Row numbers written: new ones or changes of earlier ones. */
    rows: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }),
    /** Written by another server instance: this log does not hear of it. */
    elsewhere: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('pull' as const),
    cursorBack: fc.integer({ min: 0, max: 60 }),
    limit: fc.integer({ min: 1, max: 12 }),
    /** Rows a push commits while the pull is being answered. */
    meanwhile: fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 3 }),
  }),
);

/** The revs and values a page carries. */
const seen = (changes: LogChange[]) =>
  changes.map(({ json }) => {
    const { row } = JSON.parse(json) as { row: { rev: number; note: string } };
    return `${row.rev}:${row.note}`;
  });
const expectedPage = (rows: StoredRow[], cursor: number, limit: number) => ({
  changes: rows.slice(0, limit).map((r) => `${r.rev}:${String(r.data.note)}`),
  cursor: rows.at(Math.min(limit, rows.length) - 1)?.rev ?? cursor,
  hasMore: rows.length > limit,
});

// Small limits make the generated histories overflow the tail, the default ones never do.
const limitSets = [
  { name: 'default limits', limits: undefined },
  { name: 'a tail of 5 rows', limits: { rowsPerCentre: 5, centres: 2, catchUpPage: 3 } },
];

describe.each(limitSets)('the change log in memory, $name', ({ limits }) => {
  it('answers each pull as the database does, also while a push commits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 40 }), async (steps) => {
        const centreId = await newCentre();
        const log = createChangeLog(limits);
        let lastRev = 0;
        const push = async (numbers: number[], elsewhere: boolean) => {
          const fromRev = lastRev;
          lastRev += numbers.length;
          const rows = numbers.map((n, i) => row(centreId, n, fromRev + i + 1));
          await commit(centreId, rows, lastRev);
          if (!elsewhere) log.committed(centreId, fromRev, lastRev, rows);
        };
        for (const s of steps) {
          if (s.kind === 'push') {
            await push(s.rows, s.elsewhere);
            continue;
          }
          const cursor = Math.max(0, lastRev - s.cursorBack);
          const before = await rowsAfter(db, centreId, cursor, s.limit + 1);
          const answer = log.page(db, centreId, cursor, s.limit, lastRev);
          if (s.meanwhile.length > 0) await push(s.meanwhile, false);
          const after = await rowsAfter(db, centreId, cursor, s.limit + 1);
          const page = await answer;
          // Answered from the log as it was when asked, or with the push already in it.
          expect([
            expectedPage(before, cursor, s.limit),
            expectedPage(after, cursor, s.limit),
          ]).toContainEqual({ ...page, changes: seen(page.changes) });
        }
      }),
      { numRuns: 80 },
    );
  }, 120_000);
});

describe('the change log in memory', () => {
  it('answers a device that is up to date without reading rows', async () => {
    const centreId = await newCentre();
    const log = createChangeLog();
    await commit(centreId, [row(centreId, 1, 1)], 1);
    expect(await log.page(db, centreId, 1, 100, 1)).toEqual({
      changes: [],
      cursor: 1,
      hasMore: false,
    });
  });
});
