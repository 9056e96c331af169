// Puts a day's worth of synthetic waiting tickets straight into a store, as if pulled from the
// server: for benches and tests that need a long queue without walking each visitor through the
// kiosk.

import { serviceById } from '../../core/catalog/services.ts';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { newId } from '../../core/ids.ts';
import { laneFor } from '../../core/queue/ordering.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import { formatTicketNumber } from '../../core/queue/ticket-number.ts';
import { encodeHlc } from '../../core/sync/hlc.ts';
import { generateVisitors } from '../../core/synthetic/visitors.ts';
import type { SerasiDb } from '../../renderer/store/db.ts';

export async function seedWaitingTickets(
  db: SerasiDb,
  config: InstallationConfig,
  options: { count: number; localDay: string; seed?: number; deviceId?: string },
): Promise<Ticket[]> {
  const deviceId = options.deviceId ?? newId();
  const visitors = generateVisitors({
    seed: options.seed ?? 7,
    count: options.count,
    localDay: options.localDay,
    timeZone: config.timeZone,
    centreId: config.balai.id,
    serviceModel: config.serviceModel,
  });
  const seqByLetter = new Map<string, number>();
  const tickets = visitors.map((visitor): Ticket => {
    const letter = serviceById(visitor.serviceId)?.letter ?? 'A';
    const seq = (seqByLetter.get(letter) ?? 0) + 1;
    seqByLetter.set(letter, seq);
    return {
      id: newId(),
      balaiId: config.balai.id,
      updatedAt: encodeHlc({ wallMs: visitor.arrivedAt, counter: 0 }, deviceId),
      rev: 0,
      deleted: 0,
      number: formatTicketNumber(letter, seq),
      letter,
      seq,
      serviceId: visitor.serviceId,
      localDay: options.localDay,
      lane: laneFor(visitor.priorityClasses, false),
      priorityClasses: visitor.priorityClasses,
      state: 'waiting',
      arrivedAt: visitor.arrivedAt,
      issuedAt: visitor.arrivedAt,
      issuedBy: deviceId,
      callCount: 0,
    };
  });
  await db.tickets.bulkAdd(tickets);
  return tickets;
}
