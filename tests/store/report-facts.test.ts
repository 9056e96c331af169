// The reports' day facts in the store: computed once, read after, and never stale — any write to
// a day's tickets, events or registrations drops that day's facts in the same transaction, be it
// a console's change, a pulled row, a rolled-back refusal or a bulk write; the next report
// computes them again. Every report is checked against the report maths straight from the rows.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { serviceCatalogue } from '../../core/catalog/services.ts';
import { DAY_FACTS_VERSION } from '../../core/reports/day-facts.ts';
import { queueReportOfFacts } from '../../core/reports/queue-report.ts';
import { serviceReportOfFacts } from '../../core/reports/service-report.ts';
import type { ReportPeriod } from '../../core/reports/types.ts';
import { closeDay } from '../../renderer/store/closing.ts';
import { cachedReference } from '../../renderer/store/reference.ts';
import { loadReportFacts } from '../../renderer/store/report-queries.ts';
import type { Store } from '../../renderer/store/store.ts';
import { act, callNext, issueTicket } from '../../renderer/store/tickets.ts';
import { queueReport as rawQueueReport } from '../reports/reference/queue-report.ts';
import { serviceReport as rawServiceReport } from '../reports/reference/service-report.ts';
import { counterAt, MORNING_WITA, memoryStore, type TestStore } from '../support/memory-store.ts';
import { startTestServer, type TestServer } from '../support/sync-server.ts';
import { visitor } from '../support/visitor.ts';
import { enrolledDevice, newCentre } from '../sync/sync-devices.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const D23 = '2026-11-23';
const D24 = '2026-11-24';
const D25 = '2026-11-25';
const THREE_DAYS: ReportPeriod = { from: D23, to: D25 };

/** Both reports over the store's raw rows, as first written (no facts involved). */
async function reportsFromRows(store: Store, period: ReportPeriod) {
  const { db } = store;
  const reference = await cachedReference(db);
  const input = {
    period,
    timeZone: store.config.timeZone,
    targetWaitMinutes: 30,
    tickets: await db.tickets.toArray(),
    events: await db.ticketEvents.toArray(),
    registrations: await db.registrations.toArray(),
    services: serviceCatalogue.map((s) => ({ id: s.id, name: s.name })),
    counters: store.config.counters,
    staff: reference?.staff ?? [],
    partners: (reference?.partners ?? []).map((p) => ({ id: p.id, name: p.name })),
  };
  return { queue: rawQueueReport(input), service: rawServiceReport(input) };
}

async function reportsFromFacts(store: Store, period: ReportPeriod) {
  const facts = await loadReportFacts(store, period);
  // byMonth came later than the reports from the rows; tests/reports checks it month by month.
  const { byMonth: _months, ...queue } = queueReportOfFacts(facts);
  return { queue, service: serviceReportOfFacts(facts) };
}

async function expectReportsMatchRows(store: Store, period = THREE_DAYS) {
  const fromFacts = await reportsFromFacts(store, period);
  expect(fromFacts).toEqual(await reportsFromRows(store, period));
  return fromFacts;
}

const storedDays = async (store: Store) =>
  (await store.db.dayFacts.toArray()).map((facts) => facts.localDay);

/** Three WITA days of a console: each day two served, one cancelled, one left waiting. */
async function threeDays(): Promise<{ store: TestStore; firstDay: string[] }> {
  const store = await memoryStore();
  const counter = counterAt(store, 0);
  const firstDay: string[] = [];
  for (let day = 0; day < 3; day++) {
    store.setNow(MORNING_WITA + day * DAY);
    for (let i = 0; i < 4; i++) {
      const { ticket } = await issueTicket(store, visitor(i % 2 === 0 ? {} : { nik: undefined }));
      if (day === 0) firstDay.push(ticket.id);
      store.advance(3 * MINUTE);
    }
    for (let i = 0; i < 3; i++) {
      const called = await callNext(store, counter, { staffId: 's1' });
      if (!called.ok) throw new Error(called.message);
      store.advance(4 * MINUTE);
      if (i < 2) await act(store, called.ticket.id, 'start', { staffId: 's1' });
      store.advance(6 * MINUTE);
      const done =
        i < 2
          ? await act(store, called.ticket.id, 'finish', { staffId: 's1' })
          : await act(store, called.ticket.id, 'cancel', { staffId: 's1', reason: 'Pulang' });
      if (!done.ok) throw new Error(done.message);
    }
  }
  return { store, firstDay };
}

describe('day facts in the store', () => {
  test('the first report computes and stores each day’s facts; later ones read only those', async () => {
    const { store } = await threeDays();
    expect(await store.db.dayFacts.count()).toBe(0);
    const first = await expectReportsMatchRows(store);
    expect(first.queue.totals).toMatchObject({ issued: 12, served: 6, cancelled: 3, open: 3 });
    expect(await storedDays(store)).toEqual([D23, D24, D25]);

    const readsRows = vi.spyOn(store.db.tickets, 'where');
    const again = await reportsFromFacts(store, THREE_DAYS);
    expect(readsRows).not.toHaveBeenCalled();
    expect(again).toEqual(first);
  });

  test('a console’s change to a past day drops that day’s facts only, and the report shows it', async () => {
    const { store, firstDay } = await threeDays();
    await expectReportsMatchRows(store);
    const waiting = (await store.db.tickets.bulkGet(firstDay)).find((t) => t?.state === 'waiting');
    if (!waiting) throw new Error('no waiting ticket on the first day');

    const cancelled = await act(store, waiting.id, 'cancel', { reason: 'Pulang' });
    expect(cancelled.ok).toBe(true);
    expect(await storedDays(store)).toEqual([D24, D25]);
    const after = await expectReportsMatchRows(store);
    expect(after.queue.byDay.map((row) => [row.key, row.cancelled, row.open])).toEqual([
      [D23, 2, 0],
      [D24, 1, 1],
      [D25, 1, 1],
    ]);
    expect(await storedDays(store)).toEqual([D23, D24, D25]);
  });

  test('any write to a day’s rows drops its facts, whatever the transaction names', async () => {
    const { store, firstDay } = await threeDays();
    const { db } = store;
    const ticket = await db.tickets.get(firstDay[0] ?? '');
    if (!ticket) throw new Error('no ticket');
    await expectReportsMatchRows(store);

    // Written as the sync stores a pulled page: a bulk put in a transaction without the facts.
    await db.transaction('rw', [db.tickets, db.outbox], () =>
      db.tickets.bulkPut([{ ...ticket, rev: 9, staffId: 's2' }]),
    );
    expect(await storedDays(store)).toEqual([D24, D25]);
    await expectReportsMatchRows(store);

    // A row removed (a refused new ticket rolled back), and a registration changed.
    await db.tickets.delete(ticket.id);
    expect(await storedDays(store)).toEqual([D24, D25]);
    await expectReportsMatchRows(store);
    const registration = await db.registrations.where('localDay').equals(D24).first();
    if (!registration) throw new Error('no registration');
    await db.registrations.update(registration.id, { nik: undefined, hasNoId: true });
    expect(await storedDays(store)).toEqual([D23, D25]);
    await expectReportsMatchRows(store);

    // A write that fails leaves rows and facts as they were.
    await expect(
      db.transaction('rw', [db.tickets], async () => {
        await db.tickets.put({ ...ticket, localDay: D25, state: 'done' });
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await storedDays(store)).toEqual([D23, D24, D25]);

    await db.tickets.clear();
    expect(await storedDays(store)).toEqual([]);
    const empty = await expectReportsMatchRows(store);
    expect(empty.queue.totals.issued).toBe(0);
  });

  test('facts of another format version or time zone are computed again', async () => {
    const { store } = await threeDays();
    const first = await expectReportsMatchRows(store);
    await store.db.dayFacts.update(D23, { version: DAY_FACTS_VERSION - 1, staff: ['bogus'] });
    await store.db.dayFacts.update(D24, { timeZone: 'Asia/Jakarta', staff: ['bogus'] });
    expect(await reportsFromFacts(store, THREE_DAYS)).toEqual(first);
    expect((await store.db.dayFacts.get(D23))?.version).toBe(DAY_FACTS_VERSION);
    expect((await store.db.dayFacts.get(D24))?.timeZone).toBe('Asia/Makassar');
  });

  test('the daily closing stores the closed day’s facts, with its resolutions counted', async () => {
    const { store } = await threeDays();
    store.setNow(MORNING_WITA + 2 * DAY + 10 * 60 * MINUTE);
    const closed = await closeDay(store, { localDay: D25, resolution: 'no_show', staffId: 's1' });
    expect(closed.ok).toBe(true);
    expect(await storedDays(store)).toEqual([D25]);
    const readsRows = vi.spyOn(store.db.tickets, 'where');
    const day = await reportsFromFacts(store, { from: D25, to: D25 });
    expect(readsRows).not.toHaveBeenCalled();
    expect(day.queue.totals).toMatchObject({
      issued: 4,
      served: 2,
      cancelled: 1,
      noShow: 1,
      open: 0,
    });
    readsRows.mockRestore();
    expect(day).toEqual(await reportsFromRows(store, { from: D25, to: D25 }));
  });
});

describe('day facts across PCs', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  test('a change pulled from another PC, and a refused change rolled back, drop the day’s facts', async () => {
    const centre = await newCentre(server);
    const kiosk = await enrolledDevice(server, centre, ['kiosk']);
    const supervisor = await enrolledDevice(server, centre, ['console']);
    const loket = await enrolledDevice(server, centre, ['console']);
    const day = { from: D23, to: D23 };
    const { ticket } = await issueTicket(kiosk.store, visitor());
    await kiosk.engine.syncOnce();
    await supervisor.engine.syncOnce();
    await loket.engine.syncOnce();

    // The supervisor's report of the day: one visitor waiting; the day's facts are stored.
    expect((await expectReportsMatchRows(supervisor.store, day)).queue.totals.open).toBe(1);
    expect(await storedDays(supervisor.store)).toEqual([D23]);

    // Another PC calls and serves the visitor; the supervisor's PC pulls it.
    expect((await act(loket.store, ticket.id, 'call', { counterId: 'loket-1' })).ok).toBe(true);
    expect((await act(loket.store, ticket.id, 'start', { counterId: 'loket-1' })).ok).toBe(true);
    loket.store.advance(5 * MINUTE);
    expect((await act(loket.store, ticket.id, 'finish', { counterId: 'loket-1' })).ok).toBe(true);
    await loket.engine.syncOnce();
    await supervisor.engine.syncOnce();
    expect(await storedDays(supervisor.store)).toEqual([]);
    const pulled = await expectReportsMatchRows(supervisor.store, day);
    expect(pulled.queue.totals).toMatchObject({ served: 1, open: 0 });
    expect(pulled.queue.byCounter.map((row) => row.key)).toEqual(['loket-1']);

    // A second visitor: served at the other PC while the supervisor's PC, not yet synced,
    // cancels them and reports so; the server refuses the cancel (already served), the sync
    // rolls it back, and the report follows.
    const second = (await issueTicket(kiosk.store, visitor())).ticket;
    await kiosk.engine.syncOnce();
    await supervisor.engine.syncOnce();
    await loket.engine.syncOnce();
    for (const action of ['call', 'start', 'finish'] as const) {
      expect((await act(loket.store, second.id, action, { counterId: 'loket-1' })).ok).toBe(true);
    }
    await loket.engine.syncOnce();
    const cancelled = await act(supervisor.store, second.id, 'cancel', { reason: 'Pulang' });
    expect(cancelled.ok).toBe(true);
    expect((await expectReportsMatchRows(supervisor.store, day)).queue.totals.cancelled).toBe(1);
    expect(await storedDays(supervisor.store)).toEqual([D23]);
    await supervisor.engine.syncOnce();
    expect(await storedDays(supervisor.store)).toEqual([]);
    const rolledBack = await expectReportsMatchRows(supervisor.store, day);
    expect(rolledBack.queue.totals).toMatchObject({ cancelled: 0, served: 2, open: 0 });
    expect(await supervisor.store.db.syncNotices.count()).toBe(1);
  });
});
