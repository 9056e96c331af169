// Daily closing rules: which tickets are still open, how each is resolved through the shared
// state machine, the closure's id and the message a refused change shows.
import { describe, expect, it } from 'vitest';
import {
  closedDayMessage,
  dayClosureId,
  defaultCarryOverDay,
  openTicketsOf,
  resolveAtClosing,
} from '../../core/queue/closing.ts';
import { applyTicketAction } from '../../core/queue/transitions.ts';
import { actionCtx, makeTicket, T0 } from './queue-fixtures.ts';

const NEW_ID = '01900000-0000-7000-8000-0000000000ff';
const closingCtx = (carryOverTo = '2026-11-24') => ({
  ...actionCtx({ counterId: undefined, staffId: 'sup-1' }),
  newId: NEW_ID,
  deviceId: 'pc-supervisor',
  carryOverTo,
});

describe('open tickets at the end of the day', () => {
  it('are the day’s waiting, called and serving tickets, oldest arrival first', () => {
    const tickets = [
      makeTicket({ id: 'w', state: 'waiting', arrivedAt: T0 + 2 }),
      makeTicket({ id: 'c', state: 'called', arrivedAt: T0 + 1 }),
      makeTicket({ id: 's', state: 'serving', arrivedAt: T0 + 3 }),
      makeTicket({ id: 'd', state: 'done' }),
      makeTicket({ id: 'n', state: 'no_show' }),
      makeTicket({ id: 'other-day', state: 'waiting', localDay: '2026-11-22' }),
    ];
    expect(openTicketsOf(tickets, '2026-11-23').map((t) => t.id)).toEqual(['c', 'w', 's']);
  });
});

describe('resolving an open ticket at the closing', () => {
  it('marks a waiting ticket absent even though it was never called', () => {
    const result = resolveAtClosing(makeTicket(), 'no_show', closingCtx());
    expect(result).toEqual({
      ok: true,
      action: 'close_no_show',
      patch: { state: 'no_show', staffId: 'sup-1' },
    });
  });

  it('carries a ticket over: same number and arrival, first in line the next day', () => {
    const ticket = makeTicket({
      state: 'called',
      callCount: 1,
      counterId: 'c1',
      registrationId: '01900000-0000-7000-8000-0000000000aa',
    });
    const result = resolveAtClosing(ticket, 'carry_over', closingCtx());
    if (!result.ok) throw new Error(result.message);
    expect(result.patch).toEqual({
      state: 'carried_over',
      finishedAt: T0 + 600_000,
      staffId: 'sup-1',
      carriedOverToId: NEW_ID,
    });
    expect(result.opened).toMatchObject({
      id: NEW_ID,
      number: 'A-012',
      localDay: '2026-11-24',
      state: 'waiting',
      callCount: 0,
      arrivedAt: T0,
      issuedAt: T0 + 600_000,
      issuedBy: 'pc-supervisor',
      carriedOverFromId: ticket.id,
      registrationId: '01900000-0000-7000-8000-0000000000aa',
    });
  });

  it('cannot carry a ticket to the same day or back in time', () => {
    const result = resolveAtClosing(makeTicket(), 'carry_over', closingCtx('2026-11-23'));
    expect(result.ok).toBe(false);
  });

  it('outside the closing, the closing actions are refused', () => {
    for (const action of ['close_no_show', 'carry_over'] as const) {
      const result = applyTicketAction(makeTicket(), action, actionCtx());
      expect(result).toMatchObject({ ok: false, code: 'closing_only' });
    }
  });

  it('a finished ticket is not resolved again', () => {
    const result = resolveAtClosing(makeTicket({ state: 'done' }), 'no_show', closingCtx());
    expect(result).toMatchObject({ ok: false, code: 'invalid_state' });
  });
});

describe('the closure record', () => {
  it('has one id per centre and day, the same on every PC', () => {
    const id = dayClosureId('brslu-gau-mabaji', '2026-11-23');
    expect(id).toBe(dayClosureId('brslu-gau-mabaji', '2026-11-23'));
    expect(id).not.toBe(dayClosureId('brslu-gau-mabaji', '2026-11-24'));
    expect(id).not.toBe(dayClosureId('bbrspdf-soeharso', '2026-11-23'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('a refused change says who closed the day and when, in centre time', () => {
    // 08.05 UTC is 16.05 WITA.
    const closure = {
      localDay: '2026-11-23',
      closedAt: Date.parse('2026-11-23T08:05:00Z'),
      closedByName: 'Rina Wati',
    };
    expect(closedDayMessage(closure, 'Asia/Makassar')).toBe(
      'Layanan tanggal 23 November 2026 sudah ditutup oleh Rina Wati pukul 16.05.',
    );
  });

  it('carries over to the next calendar day unless the supervisor chooses', () => {
    expect(defaultCarryOverDay('2026-12-31')).toBe('2027-01-01');
  });
});

describe('what the server loads to apply the closed-day rule', () => {
  it('the closures of the days named in pushed rows, then of the loaded tickets’ days', async () => {
    const { rowsToLoad, closuresToLoad, rowKey } = await import('../../core/sync/apply.ts');
    const mutation = {
      seq: 1,
      txId: '01900000-0000-7000-8000-000000000001',
      table: 'tickets' as const,
      rowId: '01900000-0000-7000-8000-000000000002',
      op: 'put' as const,
      fields: { localDay: '2026-11-23' },
      baseRev: 0,
      hlc: '',
    };
    const closure23 = rowKey('dayClosures', dayClosureId('brslu-gau-mabaji', '2026-11-23'));
    expect(rowsToLoad([mutation], 'brslu-gau-mabaji')).toContain(closure23);
    expect(rowsToLoad([mutation])).not.toContain(closure23);
    const loaded = {
      table: 'tickets' as const,
      id: mutation.rowId,
      centreId: 'brslu-gau-mabaji',
      rev: 1,
      deleted: 0 as const,
      updatedAt: '',
      data: { localDay: '2026-11-24' },
      fieldClocks: {},
    };
    expect(closuresToLoad([loaded], 'brslu-gau-mabaji')).toEqual([
      rowKey('dayClosures', dayClosureId('brslu-gau-mabaji', '2026-11-24')),
    ]);
  });
});
