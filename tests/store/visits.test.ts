// Visits in the local store: a called ticket opens one visit for its beneficiary (once, however
// often the counter opens it), a transferred ticket joins the visit of the ticket it came from,
// and a beneficiary's case gathers the records of every record merged into it.
import { describe, expect, test } from 'vitest';
import { caseTimeline } from '../../core/casework/timeline.ts';
import {
  createBeneficiary,
  mergeBeneficiaries,
  type SaveResult,
} from '../../renderer/store/beneficiaries.ts';
import { act, transfer } from '../../renderer/store/tickets.ts';
import { caseRecords, openVisit, visitOfTicket } from '../../renderer/store/visits.ts';
import { memoryStore, type TestStore } from '../support/memory-store.ts';
import { seedWaitingTickets } from '../support/seed-queue.ts';

function saved(result: SaveResult) {
  if (!result.ok) throw new Error(`not saved: ${JSON.stringify(result)}`);
  return result.beneficiary;
}

async function calledTicket(store: TestStore) {
  const [ticket] = await seedWaitingTickets(store.db, store.config, {
    count: 1,
    localDay: '2026-11-23',
  });
  if (!ticket) throw new Error('no ticket');
  const called = await act(store, ticket.id, 'call', { counterId: 'loket-1' });
  if (!called.ok) throw new Error(called.message);
  return called.ticket;
}

describe('opening a visit', () => {
  test('a called ticket opens one visit, with its outbox mutation, and opening again finds it', async () => {
    const store = await memoryStore();
    const ticket = await calledTicket(store);
    const person = saved(
      await createBeneficiary(store, { name: 'Daeng Ngai', birthDate: '1950-01-01' }),
    );
    const visit = await openVisit(store, ticket, person.id, {
      staffId: 'sw-1',
      counterId: 'loket-1',
    });
    expect(visit).toMatchObject({
      beneficiaryId: person.id,
      ticketIds: [ticket.id],
      localDay: '2026-11-23',
      counterId: 'loket-1',
      openedBy: 'sw-1',
    });
    const again = await openVisit(store, ticket, person.id, { staffId: null, counterId: null });
    expect(again.id).toBe(visit.id);
    expect(await store.db.visits.count()).toBe(1);
    expect(await store.db.outbox.where('table').equals('visits').count()).toBe(1);
    expect((await visitOfTicket(store, ticket.id))?.id).toBe(visit.id);
  });

  test('a ticket transferred to another service joins the visit of the ticket it came from', async () => {
    const store = await memoryStore();
    const ticket = await calledTicket(store);
    const person = saved(await createBeneficiary(store, { name: 'Daeng Ngai' }));
    const visit = await openVisit(store, ticket, person.id, {
      staffId: null,
      counterId: 'loket-1',
    });
    const other = store.config.counters[0]?.serviceIds.find((id) => id !== ticket.serviceId);
    if (!other) throw new Error('need a second service');
    const moved = await transfer(store, ticket.id, other, 'loket-1');
    if (!moved.ok) throw new Error(moved.message);
    const next = await store.db.tickets
      .where('[localDay+state]')
      .equals(['2026-11-23', 'waiting'])
      .first();
    if (!next) throw new Error('no transferred ticket');
    const joined = await openVisit(store, next, person.id, { staffId: null, counterId: 'loket-2' });
    expect(joined.id).toBe(visit.id);
    expect(joined.ticketIds).toEqual([ticket.id, next.id]);
  });
});

describe('a case through a merge', () => {
  test('the survivor’s case holds the visits of both records, newest first', async () => {
    const store = await memoryStore();
    const first = await calledTicket(store);
    const a = saved(
      await createBeneficiary(store, { name: 'Siti Aminah', birthDate: '1962-03-01' }),
    );
    const b = saved(
      await createBeneficiary(
        store,
        { name: 'Sitti Aminah', birthDate: '1962-03-01' },
        { acknowledged: [a.id] },
      ),
    );
    await openVisit(store, first, a.id, { staffId: null, counterId: 'loket-1' });
    store.advance(60_000);
    const [second] = await seedWaitingTickets(store.db, store.config, {
      count: 1,
      localDay: '2026-11-23',
      seed: 9,
    });
    if (!second) throw new Error('no ticket');
    await openVisit(store, second, b.id, { staffId: null, counterId: 'loket-1' });
    const merged = await mergeBeneficiaries(store, a.id, b.id);
    if (!merged.ok) throw new Error(merged.message);

    const records = await caseRecords(store, a.id);
    expect(records.visits.map((v) => v.beneficiaryId).sort()).toEqual([a.id, b.id].sort());
    const timeline = caseTimeline(records);
    expect(timeline.map((e) => e.kind)).toEqual(['visit', 'visit']);
    expect(timeline[0]?.at).toBeGreaterThan(timeline[1]?.at ?? Infinity);
    expect(records.ticketNumbers.get(first.id)).toBe(first.number);
  });
});
