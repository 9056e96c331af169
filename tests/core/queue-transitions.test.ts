import { describe, expect, it } from 'vitest';
import {
  type TicketAction,
  type TicketState,
  ticketActions,
  ticketStates,
} from '../../core/queue/ticket.ts';
import {
  applyTicketAction,
  canApply,
  terminalStates,
  ticketTransitions,
} from '../../core/queue/transitions.ts';
import { actionCtx, makeTicket, T0 } from './queue-fixtures.ts';

const actions: readonly TicketAction[] = ticketActions;

function refusal(result: ReturnType<typeof applyTicketAction>) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.patch)}`);
  return result;
}
function patchOf(result: ReturnType<typeof applyTicketAction>) {
  if (!result.ok) throw new Error(`expected success, got ${result.message}`);
  return result.patch;
}

describe('the transition table', () => {
  it('allows exactly the moves of the front-desk workflow', () => {
    const allowed = Object.fromEntries(
      ticketStates.map((s) => [s, Object.entries(ticketTransitions[s]).sort()]),
    );
    expect(allowed).toEqual({
      waiting: [
        ['call', 'called'],
        ['cancel', 'cancelled'],
        ['carry_over', 'carried_over'],
        ['close_no_show', 'no_show'],
        ['transfer', 'transferred'],
      ],
      called: [
        ['cancel', 'cancelled'],
        ['carry_over', 'carried_over'],
        ['close_no_show', 'no_show'],
        ['no_show', 'no_show'],
        ['recall', 'called'],
        ['requeue', 'waiting'],
        ['start', 'serving'],
        ['transfer', 'transferred'],
      ],
      serving: [
        ['cancel', 'cancelled'],
        ['carry_over', 'carried_over'],
        ['close_no_show', 'no_show'],
        ['finish', 'done'],
        ['transfer', 'transferred'],
      ],
      no_show: [['requeue', 'waiting']],
      done: [],
      transferred: [],
      cancelled: [],
      carried_over: [],
    });
  });

  it('a finished, transferred, cancelled or carried-over ticket accepts nothing more', () => {
    for (const state of terminalStates) {
      for (const action of actions) {
        const result = applyTicketAction(
          makeTicket({ state, callCount: 5, counterId: 'c2' }),
          action,
          actionCtx({ reason: 'x', closing: true }),
        );
        expect(result.ok, `${state} + ${action}`).toBe(false);
      }
    }
  });

  it('every state and action gets an answer, and the result lands on the table’s target', () => {
    for (const state of ticketStates) {
      for (const action of actions) {
        const ticket = makeTicket({ state, callCount: 3, counterId: 'c2' });
        const result = applyTicketAction(
          ticket,
          action,
          actionCtx({ reason: 'salah cetak', closing: true }),
        );
        const target: TicketState | undefined = ticketTransitions[state][action];
        if (target === undefined) {
          expect(result.ok, `${state} + ${action}`).toBe(false);
        } else {
          expect(patchOf(result).state, `${state} + ${action}`).toBe(target);
        }
      }
    }
  });
});

describe('calling', () => {
  it('calling a waiting ticket records the counter, the time and the first call', () => {
    const patch = patchOf(applyTicketAction(makeTicket(), 'call', actionCtx()));
    expect(patch).toEqual({
      state: 'called',
      callCount: 1,
      firstCalledAt: T0 + 600_000,
      calledAt: T0 + 600_000,
      counterId: 'c2',
    });
  });

  it('a call after a requeue keeps the first call, where the waiting time ended', () => {
    const requeued = makeTicket({
      callCount: 0,
      firstCalledAt: T0 + 60_000,
      calledAt: T0 + 60_000,
    });
    const patch = patchOf(applyTicketAction(requeued, 'call', actionCtx()));
    expect(patch.firstCalledAt).toBeUndefined();
    expect(patch.calledAt).toBe(T0 + 600_000);
  });

  it('the staff member on duty is recorded on the ticket with every action', () => {
    const patch = patchOf(applyTicketAction(makeTicket(), 'call', actionCtx({ staffId: 's1' })));
    expect(patch.staffId).toBe('s1');
    const unrecorded = patchOf(applyTicketAction(makeTicket(), 'call', actionCtx()));
    expect('staffId' in unrecorded).toBe(false);
  });

  it('calling a ticket already called elsewhere says where it was called', () => {
    const called = makeTicket({ state: 'called', callCount: 1, counterId: 'c2' });
    const result = refusal(applyTicketAction(called, 'call', actionCtx({ counterId: 'c3' })));
    expect(result.code).toBe('invalid_state');
    expect(result.message).toBe('A-012 sudah dipanggil di Loket 2');
  });

  it('a call needs a counter', () => {
    const result = refusal(
      applyTicketAction(makeTicket(), 'call', actionCtx({ counterId: undefined })),
    );
    expect(result.code).toBe('counter_required');
  });

  it('a recall counts another call and refreshes the call time', () => {
    const called = makeTicket({ state: 'called', callCount: 1, counterId: 'c2', calledAt: T0 });
    const patch = patchOf(applyTicketAction(called, 'recall', actionCtx()));
    expect(patch).toMatchObject({ state: 'called', callCount: 2, calledAt: T0 + 600_000 });
  });

  it('another counter cannot recall or start a ticket called at Loket 2', () => {
    const called = makeTicket({ state: 'called', callCount: 1, counterId: 'c2' });
    for (const action of ['recall', 'start'] as const) {
      const result = refusal(applyTicketAction(called, action, actionCtx({ counterId: 'c3' })));
      expect(result.code).toBe('other_counter');
      expect(result.message).toBe('A-012 sudah dipanggil di Loket 2');
    }
  });

  it('another counter cannot finish a ticket being served at Loket 2, a supervisor can', () => {
    const serving = makeTicket({ state: 'serving', callCount: 1, counterId: 'c2' });
    const other = refusal(applyTicketAction(serving, 'finish', actionCtx({ counterId: 'c3' })));
    expect(other.message).toBe('A-012 sedang dilayani di Loket 2');
    expect(applyTicketAction(serving, 'finish', actionCtx({ counterId: undefined })).ok).toBe(true);
  });
});

describe('serving', () => {
  it('starting service records when it started', () => {
    const called = makeTicket({ state: 'called', callCount: 1, counterId: 'c2' });
    expect(patchOf(applyTicketAction(called, 'start', actionCtx()))).toEqual({
      state: 'serving',
      startedAt: T0 + 600_000,
      counterId: 'c2',
    });
  });

  it('finishing a waiting ticket is refused because it was never called', () => {
    const result = refusal(applyTicketAction(makeTicket(), 'finish', actionCtx()));
    expect(result.message).toBe('A-012 belum dipanggil');
  });

  it('finishing a called ticket that was never started is refused', () => {
    const called = makeTicket({ state: 'called', callCount: 1, counterId: 'c2' });
    expect(refusal(applyTicketAction(called, 'finish', actionCtx())).message).toBe(
      'A-012 belum mulai dilayani',
    );
  });

  it('finishing records the finish time', () => {
    const serving = makeTicket({ state: 'serving', callCount: 1, counterId: 'c2' });
    expect(patchOf(applyTicketAction(serving, 'finish', actionCtx()))).toEqual({
      state: 'done',
      finishedAt: T0 + 600_000,
    });
  });
});

describe('no-show', () => {
  it('a no-show is refused before the third call', () => {
    const called = makeTicket({ state: 'called', callCount: 1, counterId: 'c2' });
    const result = refusal(applyTicketAction(called, 'no_show', actionCtx()));
    expect(result.code).toBe('too_few_calls');
    expect(result.message).toBe(
      'A-012 baru dipanggil 1 kali; tandai tidak hadir setelah 3 kali panggilan',
    );
    const twice = makeTicket({ state: 'called', callCount: 2, counterId: 'c2' });
    expect(canApply(twice, 'no_show', actionCtx())).toBe(false);
  });

  it('after the third call the visitor can be marked absent', () => {
    const called = makeTicket({ state: 'called', callCount: 3, counterId: 'c2' });
    expect(patchOf(applyTicketAction(called, 'no_show', actionCtx()))).toEqual({
      state: 'no_show',
    });
  });

  it('the threshold is the centre’s setting', () => {
    const called = makeTicket({ state: 'called', callCount: 1, counterId: 'c2' });
    expect(canApply(called, 'no_show', actionCtx({ noShowAfterCalls: 1 }))).toBe(true);
  });

  it('a latecomer marked absent goes back to the queue, keeps the arrival time and needs fresh calls', () => {
    const absent = makeTicket({ state: 'no_show', callCount: 3, counterId: 'c2' });
    const patch = patchOf(applyTicketAction(absent, 'requeue', actionCtx({ counterId: 'c1' })));
    expect(patch).toEqual({ state: 'waiting', callCount: 0 });
    expect(patch).not.toHaveProperty('arrivedAt');
  });

  it('a ticket marked absent cannot be called until it is put back in the queue', () => {
    const absent = makeTicket({ state: 'no_show', callCount: 3, counterId: 'c2' });
    expect(refusal(applyTicketAction(absent, 'call', actionCtx())).message).toBe(
      'A-012 ditandai tidak hadir; kembalikan ke antrean terlebih dahulu',
    );
  });
});

describe('return to queue', () => {
  it('staff can send a called visitor back to wait', () => {
    const called = makeTicket({ state: 'called', callCount: 2, counterId: 'c2' });
    expect(patchOf(applyTicketAction(called, 'requeue', actionCtx()))).toEqual({
      state: 'waiting',
      callCount: 0,
    });
  });

  it('a waiting ticket is already in the queue', () => {
    expect(refusal(applyTicketAction(makeTicket(), 'requeue', actionCtx())).message).toBe(
      'A-012 sudah ada di antrean',
    );
  });
});

describe('cancelling', () => {
  it('cancelling without a reason is refused', () => {
    for (const reason of [undefined, '', '   ']) {
      const result = refusal(applyTicketAction(makeTicket(), 'cancel', actionCtx({ reason })));
      expect(result.code).toBe('reason_required');
      expect(result.message).toBe('Tuliskan alasan pembatalan');
    }
  });

  it('the cancel button stays enabled; the reason is asked after the click', () => {
    expect(canApply(makeTicket(), 'cancel', actionCtx())).toBe(true);
    expect(canApply(makeTicket({ state: 'done' }), 'cancel', actionCtx())).toBe(false);
  });

  it('a cancelled ticket keeps the trimmed reason and the closing time', () => {
    const patch = patchOf(
      applyTicketAction(makeTicket(), 'cancel', actionCtx({ reason: '  salah cetak ' })),
    );
    expect(patch).toEqual({
      state: 'cancelled',
      cancelReason: 'salah cetak',
      finishedAt: T0 + 600_000,
    });
  });

  it('a finished ticket cannot be cancelled', () => {
    const done = makeTicket({ state: 'done', counterId: 'c2' });
    expect(refusal(applyTicketAction(done, 'cancel', actionCtx({ reason: 'x' }))).message).toBe(
      'A-012 sudah selesai dilayani',
    );
  });
});

describe('determinism (the server validates with the same function)', () => {
  it('the same ticket, action and context give the same answer, and the ticket is not touched', () => {
    const ticket = makeTicket({ state: 'called', callCount: 1, counterId: 'c2' });
    const before = structuredClone(ticket);
    const a = applyTicketAction(ticket, 'recall', actionCtx());
    const b = applyTicketAction(ticket, 'recall', actionCtx());
    expect(a).toEqual(b);
    expect(ticket).toEqual(before);
  });

  it('a patch never carries sync fields', () => {
    for (const state of ticketStates) {
      for (const action of actions) {
        const result = applyTicketAction(
          makeTicket({ state, callCount: 3, counterId: 'c2' }),
          action,
          actionCtx({ reason: 'x' }),
        );
        if (!result.ok) continue;
        for (const key of ['id', 'balaiId', 'updatedAt', 'rev', 'deleted']) {
          expect(result.patch).not.toHaveProperty(key);
        }
      }
    }
  });

  it('a deleted ticket is refused', () => {
    const result = refusal(applyTicketAction(makeTicket({ deleted: 1 }), 'call', actionCtx()));
    expect(result.code).toBe('deleted');
  });

  it('an unknown state or action from a bad push is refused, not thrown', () => {
    const weird = makeTicket({ state: 'lost' as TicketState });
    expect(applyTicketAction(weird, 'call', actionCtx()).ok).toBe(false);
    expect(applyTicketAction(makeTicket(), 'teleport' as TicketAction, actionCtx()).ok).toBe(false);
  });
});
