// Builders for queue tests: a plausible ticket with only the fields a test cares about changed.
import type { Ticket } from '../../core/queue/ticket.ts';
import type { TicketActionContext } from '../../core/queue/transitions.ts';

export const T0 = Date.UTC(2026, 10, 23, 1, 0); // 09.00 WITA

export function makeTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: '01900000-0000-7000-8000-000000000001',
    balaiId: 'brslu-gau-mabaji',
    updatedAt: '000000000000000-00000-dev1',
    rev: 0,
    deleted: 0,
    number: 'A-012',
    letter: 'A',
    seq: 12,
    serviceId: 'svc-informasi',
    localDay: '2026-11-23',
    lane: 'regular',
    priorityClasses: [],
    state: 'waiting',
    arrivedAt: T0,
    issuedAt: T0,
    issuedBy: 'kiosk-1',
    callCount: 0,
    ...overrides,
  };
}

const counterLabels: Record<string, string> = { c1: 'Loket 1', c2: 'Loket 2', c3: 'Loket 3' };

export function actionCtx(overrides: Partial<TicketActionContext> = {}): TicketActionContext {
  return {
    now: T0 + 10 * 60_000,
    counterId: 'c2',
    counterLabel: (id) => counterLabels[id] ?? id,
    noShowAfterCalls: 3,
    ...overrides,
  };
}
