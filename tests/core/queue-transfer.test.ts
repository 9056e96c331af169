import { describe, expect, it } from 'vitest';
import { orderQueue, type QueueCandidate } from '../../core/queue/ordering.ts';
import { transferTicket } from '../../core/queue/transfer.ts';
import { actionCtx, makeTicket, T0 } from './queue-fixtures.ts';

const NEW_ID = '01900000-0000-7000-8000-0000000000ff';
const ctx = (over = {}) => ({ ...actionCtx(over), newId: NEW_ID, deviceId: 'console-2' });

describe('transferring a visitor to another service', () => {
  it('closes the old ticket with a link to the new one', () => {
    const serving = makeTicket({ state: 'serving', callCount: 1, counterId: 'c2' });
    const result = transferTicket(serving, 'svc-asesmen', ctx());
    if (!result.ok) throw new Error(result.message);
    expect(result.closed).toEqual({
      state: 'transferred',
      transferredToId: NEW_ID,
      finishedAt: T0 + 600_000,
    });
  });

  it('opens a waiting ticket in the new service with the same number and arrival time', () => {
    const serving = makeTicket({
      state: 'serving',
      callCount: 2,
      counterId: 'c2',
      lane: 'priority',
      priorityClasses: ['elderly'],
      registrationId: 'reg-1',
      calledAt: T0 + 5,
      startedAt: T0 + 6,
    });
    const result = transferTicket(serving, 'svc-asesmen', ctx());
    if (!result.ok) throw new Error(result.message);
    expect(result.opened).toEqual({
      id: NEW_ID,
      number: 'A-012',
      letter: 'A',
      seq: 12,
      serviceId: 'svc-asesmen',
      localDay: '2026-11-23',
      lane: 'priority',
      priorityClasses: ['elderly'],
      state: 'waiting',
      arrivedAt: T0,
      issuedAt: T0 + 600_000,
      issuedBy: 'console-2',
      registrationId: 'reg-1',
      callCount: 0,
      transferredFromId: serving.id,
    });
    expect(result.opened.priorityClasses).not.toBe(serving.priorityClasses);
  });

  it('a transferred ticket keeps its place by original arrival time', () => {
    const serving = makeTicket({ state: 'serving', callCount: 1, counterId: 'c2', arrivedAt: T0 });
    const result = transferTicket(serving, 'svc-asesmen', ctx());
    if (!result.ok) throw new Error(result.message);
    const later: QueueCandidate = {
      id: 'b',
      lane: 'regular',
      arrivedAt: T0 + 5 * 60_000,
      serviceId: 'svc-asesmen',
      number: 'B-001',
    };
    const moved: QueueCandidate = { ...result.opened, serviceId: 'svc-asesmen' };
    const order = orderQueue(
      [later, moved],
      { kind: 'fifo' },
      { now: T0, regularCallsSincePriority: 0 },
    );
    expect(order.map((c) => c.number)).toEqual(['A-012', 'B-001']);
  });

  it('transfer to the same service is refused', () => {
    const result = transferTicket(makeTicket(), 'svc-informasi', ctx());
    expect(result).toEqual({
      ok: false,
      code: 'same_service',
      message: 'A-012 sudah berada di layanan ini',
    });
  });

  it('transfer without a target service is refused', () => {
    const result = transferTicket(makeTicket(), '', ctx());
    expect(result.ok).toBe(false);
  });

  it('a finished ticket cannot be transferred', () => {
    const result = transferTicket(makeTicket({ state: 'done' }), 'svc-asesmen', ctx());
    expect(result).toMatchObject({ ok: false, message: 'A-012 sudah selesai dilayani' });
  });

  it('another counter cannot transfer a ticket being served at Loket 2', () => {
    const serving = makeTicket({ state: 'serving', callCount: 1, counterId: 'c2' });
    const result = transferTicket(serving, 'svc-asesmen', ctx({ counterId: 'c3' }));
    expect(result).toMatchObject({ ok: false, code: 'other_counter' });
  });
});
