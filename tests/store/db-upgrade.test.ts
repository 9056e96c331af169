// An installation that ran schema version 1 opens with version 2 and keeps everything: its queue,
// its device id and the changes it had not sent yet, which now carry transaction ids.
import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import { newId } from '../../core/ids.ts';
import type { DayFacts } from '../../core/reports/day-facts.ts';
import { SerasiDb } from '../../renderer/store/db.ts';
import { makeTicket } from '../core/queue-fixtures.ts';

/** Version 1 exactly as it shipped. */
function openVersionOne(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    tickets: 'id, [localDay+state+serviceId+lane+arrivedAt], [localDay+state], updatedAt',
    ticketEvents: 'id, ticketId, [localDay+at], [localDay+counterId+at], updatedAt',
    registrations: 'id, ticketId, updatedAt',
    outbox: '++seq, table',
    ticketCounters: '[localDay+letter]',
    meta: 'key',
  });
  return db;
}

test('rows, counters and the unsent outbox survive the upgrade; each old change gets its own txId', async () => {
  const name = `upgrade-${newId()}`;
  const old = openVersionOne(name);
  const ticket = makeTicket();
  const deviceId = newId();
  await old.table('tickets').add(ticket);
  await old.table('ticketCounters').add({ localDay: ticket.localDay, letter: 'A', count: 12 });
  await old.table('meta').add({ key: 'deviceId', value: deviceId });
  for (const callCount of [0, 1]) {
    await old.table('outbox').add({
      table: 'tickets',
      rowId: ticket.id,
      op: 'put',
      fields: { callCount },
      baseRev: 0,
      hlc: `000000000000001-0000${callCount}-${deviceId}`,
    });
  }
  old.close();

  const db = new SerasiDb(name);
  expect(await db.tickets.get(ticket.id)).toEqual(ticket);
  expect(await db.ticketCounters.get([ticket.localDay, 'A'])).toMatchObject({ count: 12 });
  expect((await db.meta.get('deviceId'))?.value).toBe(deviceId);
  const outbox = await db.outbox.orderBy('seq').toArray();
  expect(outbox.map((m) => [m.seq, m.fields])).toEqual([
    [1, { callCount: 0 }],
    [2, { callCount: 1 }],
  ]);
  const txIds = outbox.map((m) => m.txId);
  expect(txIds.every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
  expect(new Set(txIds).size).toBe(2);
  // The new indexes answer: a row's pending changes, and a transaction's.
  expect(await db.outbox.where('rowId').equals(ticket.id).count()).toBe(2);
  expect(
    await db.outbox
      .where('txId')
      .equals(txIds[0] ?? '')
      .count(),
  ).toBe(1);
  expect(await db.syncNotices.count()).toBe(0);
  db.close();
});

/** Version 2 exactly as it shipped. */
function openVersionTwo(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({
    tickets: 'id, [localDay+state+serviceId+lane+arrivedAt], [localDay+state], updatedAt',
    ticketEvents: 'id, ticketId, [localDay+at], [localDay+counterId+at], updatedAt',
    registrations: 'id, ticketId, updatedAt',
    outbox: '++seq, table',
    ticketCounters: '[localDay+letter]',
    meta: 'key',
  });
  db.version(2).stores({ outbox: '++seq, table, rowId, txId', syncNotices: '++id, at' });
  return db;
}

test('version 3 keeps everything, finds registrations by day, starts with no closed days and no report facts', async () => {
  const name = `upgrade-${newId()}`;
  const old = openVersionTwo(name);
  const ticket = makeTicket({ id: newId() });
  const registration = {
    id: newId(),
    balaiId: ticket.balaiId,
    updatedAt: ticket.updatedAt,
    rev: 3,
    deleted: 0,
    ticketId: ticket.id,
    serviceId: ticket.serviceId,
    localDay: ticket.localDay,
    registeredAt: ticket.arrivedAt,
    deviceId: 'kiosk-1',
    hasNoId: true,
    priorityClasses: [],
  };
  await old.table('tickets').add(ticket);
  await old.table('registrations').add(registration);
  await old.table('outbox').add({ txId: newId(), table: 'tickets', rowId: ticket.id, op: 'put' });
  old.close();

  const db = new SerasiDb(name);
  expect(await db.tickets.get(ticket.id)).toEqual(ticket);
  expect(await db.outbox.where('rowId').equals(ticket.id).count()).toBe(1);
  expect(await db.registrations.where('localDay').equals(ticket.localDay).toArray()).toEqual([
    registration,
  ]);
  expect(await db.dayClosures.count()).toBe(0);
  // Report facts are computed on demand; a write to the day's rows drops them.
  expect(await db.dayFacts.count()).toBe(0);
  await db.dayFacts.put({ localDay: ticket.localDay } as DayFacts);
  await db.tickets.put({ ...ticket, state: 'done' });
  expect(await db.dayFacts.count()).toBe(0);
  db.close();
});

/** Version 3 exactly as it shipped (reports and the daily closing). */
function openVersionThree(name: string): Dexie {
  const db = new Dexie(name);
  db.version(3).stores({
    tickets: 'id, [localDay+state+serviceId+lane+arrivedAt], [localDay+state], updatedAt',
    ticketEvents: 'id, ticketId, [localDay+at], [localDay+counterId+at], updatedAt',
    registrations: 'id, ticketId, updatedAt, localDay',
    outbox: '++seq, table, rowId, txId',
    ticketCounters: '[localDay+letter]',
    meta: 'key',
    syncNotices: '++id, at',
    dayClosures: 'id, localDay, updatedAt',
    dayFacts: 'localDay',
  });
  return db;
}

test('version 3 opens as version 4 with its queue kept and an empty, indexed beneficiaries table', async () => {
  const name = `upgrade-v4-${newId()}`;
  const old = openVersionThree(name);
  const ticket = makeTicket();
  await old.table('tickets').add(ticket);
  await old.table('outbox').add({
    txId: newId(),
    table: 'tickets',
    rowId: ticket.id,
    op: 'put',
    fields: { callCount: 0 },
    baseRev: 0,
    hlc: `000000000000001-00000-${newId()}`,
  });
  old.close();

  const db = new SerasiDb(name);
  expect(await db.tickets.get(ticket.id)).toEqual(ticket);
  expect(await db.outbox.count()).toBe(1);
  expect(await db.beneficiaries.count()).toBe(0);
  const indexes = db.beneficiaries.schema.indexes.map((index) => index.name).sort();
  expect(indexes).toEqual(['birthDate', 'kk', 'mergedIntoId', 'nik', 'searchKeys', 'updatedAt']);
  expect(db.beneficiaries.schema.idxByName.searchKeys?.multi).toBe(true);
  db.close();
});
