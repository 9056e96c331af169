// The daily closing in the local store: open tickets resolved and the day's closure written in
// one transaction with their outbox mutations; a closed day refuses every change, with who
// closed it and when; ticket changes record the staff member on duty.
import { describe, expect, test } from 'vitest';
import { dayClosureId } from '../../core/queue/closing.ts';
import { closeDay, openTickets } from '../../renderer/store/closing.ts';
import { cacheReference } from '../../renderer/store/reference.ts';
import {
  act,
  callNext,
  DayClosedError,
  issueTicket,
  transfer,
} from '../../renderer/store/tickets.ts';
import { testReference } from '../support/config.ts';
import { counterAt, memoryStore } from '../support/memory-store.ts';
import { visitor } from '../support/visitor.ts';

const minute = 60_000;
const DAY = '2026-11-23';

/** Three visitors: A served, B called at Loket 1, C still waiting. 16.00 WITA after that. */
async function dayWithOpenTickets() {
  const store = await memoryStore();
  const counter = counterAt(store, 0);
  const a = (await issueTicket(store, visitor())).ticket;
  store.advance(minute);
  const b = (await issueTicket(store, visitor())).ticket;
  store.advance(minute);
  const c = (await issueTicket(store, visitor())).ticket;
  await callNext(store, counter, { staffId: 's1' });
  await act(store, a.id, 'start', { counterId: counter.id, staffId: 's1' });
  await act(store, a.id, 'finish', { counterId: counter.id, staffId: 's1' });
  await callNext(store, counter, { staffId: 's1' });
  store.setNow(Date.parse('2026-11-23T08:00:00Z')); // 16.00 WITA
  return { store, counter, a, b, c };
}

describe('closing the day', () => {
  test('marking absent resolves every open ticket and writes the closure in one transaction', async () => {
    const { store, a, b, c } = await dayWithOpenTickets();
    expect((await openTickets(store, DAY)).map((t) => t.id)).toEqual([b.id, c.id]);
    const outboxBefore = await store.db.outbox.count();

    const result = await closeDay(store, {
      localDay: DAY,
      resolution: 'no_show',
      staffId: 'sup-1',
      staffName: 'Rina Wati',
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.closure).toMatchObject({
      id: dayClosureId('brslu-gau-mabaji', DAY),
      localDay: DAY,
      closedBy: 'sup-1',
      closedByName: 'Rina Wati',
      resolution: 'no_show',
      resolvedTicketIds: [b.id, c.id],
      // A served, B and C absent now.
      summary: { issued: 3, served: 1, noShow: 2, open: 0, carriedOver: 0 },
    });
    expect(result.closure).not.toHaveProperty('carryOverTo');
    expect((await store.db.tickets.get(b.id))?.state).toBe('no_show');
    expect((await store.db.tickets.get(c.id))?.state).toBe('no_show');
    expect((await store.db.tickets.get(a.id))?.state).toBe('done');

    const added = (await store.db.outbox.toArray()).slice(outboxBefore);
    // Two ticket changes, their two events, the closure — all one local transaction.
    expect(added.map((m) => [m.table, m.intent?.action ?? null])).toEqual([
      ['tickets', 'close_no_show'],
      ['ticketEvents', null],
      ['tickets', 'close_no_show'],
      ['ticketEvents', null],
      ['dayClosures', null],
    ]);
    expect(new Set(added.map((m) => m.txId)).size).toBe(1);
    const events = await store.db.ticketEvents.where('ticketId').equals(b.id).toArray();
    expect(events.at(-1)).toMatchObject({ type: 'close_no_show', staffId: 'sup-1' });
  });

  test('carrying over: the visitor waits on the next day with the same number and arrival', async () => {
    const { store, b, c } = await dayWithOpenTickets();
    const result = await closeDay(store, {
      localDay: DAY,
      resolution: 'carry_over',
      staffId: 'sup-1',
      staffName: 'Rina Wati',
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.closure.carryOverTo).toBe('2026-11-24');
    expect(result.closure.summary).toMatchObject({ issued: 3, served: 1, carriedOver: 2, open: 0 });

    const next = await openTickets(store, '2026-11-24');
    expect(next.map((t) => [t.number, t.arrivedAt, t.state, t.carriedOverFromId])).toEqual([
      [b.number, b.arrivedAt, 'waiting', b.id],
      [c.number, c.arrivedAt, 'waiting', c.id],
    ]);
    expect((await store.db.tickets.get(b.id))?.carriedOverToId).toBe(next[0]?.id);

    // Next morning the carried-over visitor is called before someone who arrives then.
    store.setNow(Date.parse('2026-11-24T00:30:00Z')); // 08.30 WITA
    await issueTicket(store, visitor());
    const called = await callNext(store, counterAt(store, 0));
    expect(called.ok && called.ticket.id).toBe(next[0]?.id);
  });

  test('closing twice is refused, saying who closed it and when', async () => {
    const { store } = await dayWithOpenTickets();
    const args = {
      localDay: DAY,
      resolution: 'no_show' as const,
      staffId: 'sup-1',
      staffName: 'Rina Wati',
    };
    expect((await closeDay(store, args)).ok).toBe(true);
    expect(await closeDay(store, { ...args, staffName: 'Budi' })).toEqual({
      ok: false,
      message: 'Layanan tanggal 23 November 2026 sudah ditutup oleh Rina Wati pukul 16.00.',
    });
    expect(await store.db.dayClosures.count()).toBe(1);
  });

  test('a day that has not begun cannot be closed', async () => {
    const store = await memoryStore();
    const result = await closeDay(store, {
      localDay: '2026-11-24',
      resolution: 'no_show',
      staffId: 'sup-1',
    });
    expect(result).toEqual({
      ok: false,
      message: 'Layanan tanggal 24 November 2026 belum dimulai dan belum dapat ditutup.',
    });
  });

  test('the closer’s name comes from the centre’s staff list when the screen gives none', async () => {
    const store = await memoryStore();
    await cacheReference(store.db, {
      version: 1,
      ...testReference({
        staff: [{ id: 'sup-1', name: 'Rina Wati', role: 'supervisor', active: true }],
      }),
    });
    const result = await closeDay(store, {
      localDay: DAY,
      resolution: 'no_show',
      staffId: 'sup-1',
    });
    expect(result.ok && result.closure.closedByName).toBe('Rina Wati');
  });
});

describe('a closed day', () => {
  test('refuses every ticket change with who closed it and when, and changes nothing', async () => {
    const { store, counter, a, b } = await dayWithOpenTickets();
    await act(store, b.id, 'recall', { counterId: counter.id });
    await closeDay(store, {
      localDay: DAY,
      resolution: 'carry_over',
      staffId: 'sup-1',
      staffName: 'Rina Wati',
    });
    const outboxBefore = await store.db.outbox.count();
    const message = 'Layanan tanggal 23 November 2026 sudah ditutup oleh Rina Wati pukul 16.00.';

    expect(await act(store, b.id, 'requeue', { counterId: counter.id })).toEqual({
      ok: false,
      message,
    });
    expect(await transfer(store, a.id, 'rujukan', counter.id)).toEqual({ ok: false, message });
    await expect(issueTicket(store, visitor())).rejects.toThrow(DayClosedError);
    await expect(issueTicket(store, visitor())).rejects.toThrow(message);
    expect(await store.db.outbox.count()).toBe(outboxBefore);
  });

  test('the next day carries on as usual', async () => {
    const { store } = await dayWithOpenTickets();
    await closeDay(store, { localDay: DAY, resolution: 'no_show', staffId: 'sup-1' });
    store.setNow(Date.parse('2026-11-24T00:30:00Z'));
    const { ticket } = await issueTicket(store, visitor());
    expect(ticket.localDay).toBe('2026-11-24');
    expect((await callNext(store, counterAt(store, 0))).ok).toBe(true);
  });
});

describe('the staff member on duty', () => {
  test('is recorded on the ticket and on each event of the actions they take', async () => {
    const store = await memoryStore();
    const counter = counterAt(store, 0);
    const { ticket } = await issueTicket(store, visitor());
    await callNext(store, counter, { staffId: 's1' });
    await act(store, ticket.id, 'start', { counterId: counter.id, staffId: 's2' });
    const moved = await transfer(store, ticket.id, 'rujukan', counter.id, { staffId: 's2' });
    if (!moved.ok) throw new Error(moved.message);

    const events = await store.db.ticketEvents.where('ticketId').equals(ticket.id).sortBy('at');
    expect(events.map((e) => [e.type, e.staffId ?? null])).toEqual([
      ['issued', null],
      ['call', 's1'],
      ['start', 's2'],
      ['transfer', 's2'],
    ]);
    expect((await store.db.tickets.get(ticket.id))?.staffId).toBe('s2');
    const call = (await store.db.outbox.toArray()).find((m) => m.intent?.action === 'call');
    expect(call?.fields).toMatchObject({ staffId: 's1' });
  });

  test('is left out when the console has none chosen', async () => {
    const store = await memoryStore();
    await issueTicket(store, visitor());
    const called = await callNext(store, counterAt(store, 0));
    expect(called.ok && 'staffId' in called.ticket).toBe(false);
  });
});
