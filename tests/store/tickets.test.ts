// The local store's ticket operations, on a real (in-memory) IndexedDB.

import { describe, expect, test } from 'vitest';
import { newId } from '../../core/ids.ts';
import { localDay } from '../../core/time/local-day.ts';
import { changeTables, createRow } from '../../renderer/store/changes.ts';
import { peopleAhead, recentCalls } from '../../renderer/store/queue-queries.ts';
import { changeContext } from '../../renderer/store/store.ts';
import { act, callNext, issueTicket, transfer } from '../../renderer/store/tickets.ts';
import { counterAt, MORNING_WITA, memoryStore } from '../support/memory-store.ts';
import { visitor } from '../support/visitor.ts';

const minute = 60_000;

describe('issuing a ticket', () => {
  test('stores the ticket, the registration and the issue event, each with its outbox mutation', async () => {
    const store = await memoryStore();
    const { ticket, peopleAhead } = await issueTicket(store, visitor());
    expect(ticket.number).toMatch(/^[A-Z]-001$/);
    expect(ticket.state).toBe('waiting');
    expect(peopleAhead).toBe(0);
    expect(await store.db.registrations.count()).toBe(1);
    expect(await store.db.ticketEvents.count()).toBe(1);
    const outbox = await store.db.outbox.toArray();
    expect(outbox.map((m) => m.table).sort()).toEqual(['registrations', 'ticketEvents', 'tickets']);
    expect(outbox.every((m) => m.baseRev === 0 && m.op === 'put')).toBe(true);
  });

  test('a visitor who declines consent gets a ticket but no NIK or name is kept', async () => {
    const store = await memoryStore();
    const { ticket } = await issueTicket(store, visitor({ consentGiven: false }));
    const registration = await store.db.registrations.get(ticket.registrationId ?? '');
    expect(registration?.consent?.given).toBe(false);
    expect(registration?.nik).toBeUndefined();
    expect(registration?.name).toBeUndefined();
    const everything = JSON.stringify(await store.db.outbox.toArray());
    expect(everything).not.toContain('7306014505800001');
    expect(everything).not.toContain('Siti Aminah');
  });

  test('numbers count up per service letter and start again on the next WITA day', async () => {
    const store = await memoryStore({}, { start: Date.parse('2026-11-23T15:50:00Z') }); // 23:50 WITA
    const first = await issueTicket(store, visitor());
    const second = await issueTicket(store, visitor());
    expect(second.ticket.seq).toBe(first.ticket.seq + 1);
    store.advance(20 * minute); // 00:10 WITA on 24 November, still 23:10 on 23 November in WIB
    const nextDay = await issueTicket(store, visitor());
    expect(nextDay.ticket.localDay).toBe('2026-11-24');
    expect(nextDay.ticket.seq).toBe(1);
  });

  test('two windows of one installation issuing at once never share a number', async () => {
    const store = await memoryStore();
    const issued = await Promise.all(
      Array.from({ length: 20 }, () => issueTicket(store, visitor())),
    );
    const numbers = issued.map((i) => i.ticket.number);
    expect(new Set(numbers).size).toBe(20);
  });

  test('the second of two kiosks issues numbers the first never will', async () => {
    const kioskOne = await memoryStore({ issuer: { slot: 1, of: 2 } });
    const kioskTwo = await memoryStore({ issuer: { slot: 2, of: 2 } });
    const numbers = new Set<string>();
    for (let i = 0; i < 30; i++) {
      numbers.add((await issueTicket(kioskOne, visitor())).ticket.number);
      numbers.add((await issueTicket(kioskTwo, visitor())).ticket.number);
    }
    expect(numbers.size).toBe(60);
  });

  test('an emergency ticket carries D and is called before everyone who waited longer', async () => {
    const store = await memoryStore();
    await issueTicket(store, visitor());
    await issueTicket(store, visitor({ priorityClasses: ['elderly'] }));
    store.advance(5 * minute);
    const emergency = await issueTicket(store, visitor(), { emergency: true });
    expect(emergency.ticket.number).toBe('D-001');
    expect(emergency.ticket.lane).toBe('emergency');
    const called = await callNext(store, counterAt(store, 0));
    expect(called.ok && called.ticket.id).toBe(emergency.ticket.id);
  });

  test('people ahead counts who will be called first', async () => {
    const store = await memoryStore();
    await issueTicket(store, visitor());
    store.advance(minute);
    await issueTicket(store, visitor());
    store.advance(minute);
    const third = await issueTicket(store, visitor());
    expect(third.peopleAhead).toBe(2);
    await callNext(store, counterAt(store, 0));
    expect(await peopleAhead(store, third.ticket)).toBe(1);
  });
});

describe('calling and serving', () => {
  test('a ticket called at Loket 1 cannot be called again at Loket 2, and the message says why', async () => {
    const store = await memoryStore();
    const { ticket } = await issueTicket(store, visitor());
    expect((await act(store, ticket.id, 'call', { counterId: 'loket-1' })).ok).toBe(true);
    const second = await act(store, ticket.id, 'call', { counterId: 'loket-2' });
    expect(second).toEqual({ ok: false, message: expect.stringContaining('Loket 1') });
    expect((await store.db.tickets.get(ticket.id))?.counterId).toBe('loket-1');
  });

  test('every call and recall is an event the board can read', async () => {
    const store = await memoryStore();
    await issueTicket(store, visitor());
    const called = await callNext(store, counterAt(store, 1));
    if (!called.ok) throw new Error(called.message);
    await act(store, called.ticket.id, 'recall');
    const calls = await store.db.ticketEvents.where('ticketId').equals(called.ticket.id).toArray();
    expect(calls.map((e) => [e.type, e.counterId])).toEqual([
      ['issued', undefined],
      ['call', 'loket-2'],
      ['recall', 'loket-2'],
    ]);
  });

  test("the board's recent calls are today's only, newest first", async () => {
    const store = await memoryStore();
    await issueTicket(store, visitor());
    await callNext(store, counterAt(store, 0));
    store.advance(24 * 60 * minute); // the next WITA day
    const today = localDay(store.now(), store.config.timeZone);
    for (let i = 0; i < 3; i++) {
      await issueTicket(store, visitor());
      store.advance(minute);
      const called = await callNext(store, counterAt(store, i % 2));
      if (!called.ok) throw new Error(called.message);
    }
    const calls = await recentCalls(store.db, today, 6);
    expect(calls.map((c) => c.ticketNumber)).toEqual(['A-003', 'A-002', 'A-001']);
    expect(calls.every((c) => c.localDay === today)).toBe(true);
  });

  test('call next with nobody waiting says so', async () => {
    const store = await memoryStore();
    expect(await callNext(store, counterAt(store, 0))).toEqual({
      ok: false,
      message: 'Tidak ada antrian yang menunggu.',
    });
  });

  test('a transferred visitor keeps the number and the original arrival time', async () => {
    const store = await memoryStore();
    const { ticket } = await issueTicket(store, visitor());
    store.advance(30 * minute);
    await act(store, ticket.id, 'call', { counterId: 'loket-1' });
    await act(store, ticket.id, 'start');
    const moved = await transfer(store, ticket.id, 'asesmen', 'loket-1');
    if (!moved.ok) throw new Error(moved.message);
    expect(moved.ticket).toMatchObject({
      number: ticket.number,
      arrivedAt: MORNING_WITA,
      serviceId: 'asesmen',
      state: 'waiting',
      transferredFromId: ticket.id,
    });
    expect((await store.db.tickets.get(ticket.id))?.state).toBe('transferred');
  });
});

describe('the outbox', () => {
  test('a change that fails stores neither the row nor its outbox mutation', async () => {
    const store = await memoryStore();
    const ctx = changeContext(store, store.now());
    await expect(
      store.db.transaction('rw', changeTables(store.db, 'registrations'), async () => {
        await createRow(ctx, 'registrations', newId(), {
          ticketId: newId(),
          serviceId: 'informasi',
          localDay: '2026-11-23',
          registeredAt: ctx.now,
          deviceId: store.deviceId,
          hasNoId: true,
          priorityClasses: [],
        });
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect(await store.db.registrations.count()).toBe(0);
    expect(await store.db.outbox.count()).toBe(0);
  });

  test('clock stamps keep increasing even when the wall clock goes back', async () => {
    const store = await memoryStore();
    await issueTicket(store, visitor());
    store.advance(-10 * minute);
    await issueTicket(store, visitor());
    const stamps = (await store.db.outbox.orderBy('seq').toArray()).map((m) => m.hlc);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });
});
