// Reads of the day's queue. Each is a plain async function over the store, so screens can wrap
// it in useLiveQuery and benches can time it.
import { Dexie } from 'dexie';
import { EMERGENCY_SERVICE_ID } from '../../core/catalog/services.ts';
import type { Counter } from '../../core/centre/config.ts';
import { orderQueue, type QueueCandidate } from '../../core/queue/ordering.ts';
import type { Lane, Ticket, TicketEvent } from '../../core/queue/ticket.ts';
import type { SerasiDb } from './db.ts';
import type { Store } from './store.ts';

const lanes: readonly Lane[] = ['emergency', 'priority', 'regular'];

/** The services a counter answers for: its own plus emergencies, which any counter may take. */
export function counterServiceIds(counter: Counter): string[] {
  return [...new Set([...counter.serviceIds, EMERGENCY_SERVICE_ID])];
}

/** Waiting tickets of the given services on a day, oldest first per service. */
export async function waitingTickets(
  db: SerasiDb,
  day: string,
  serviceIds: readonly string[],
): Promise<Ticket[]> {
  const perService = await Promise.all(
    serviceIds.map((serviceId) =>
      db.tickets
        .where('[localDay+state+serviceId+lane+arrivedAt]')
        .between(
          [day, 'waiting', serviceId, Dexie.minKey],
          [day, 'waiting', serviceId, Dexie.maxKey],
        )
        .toArray(),
    ),
  );
  return perService.flat();
}

/**
 * The oldest waiting ticket of each (service, lane): every ordering policy is monotonic in
 * arrival within a lane (core/queue/ordering.ts), so choosing among heads equals choosing among
 * all — a call stays fast with thousands waiting.
 */
export async function queueHeads(
  db: SerasiDb,
  day: string,
  serviceIds: readonly string[],
): Promise<Ticket[]> {
  const heads = await Promise.all(
    serviceIds.flatMap((serviceId) =>
      lanes.map((lane) =>
        db.tickets
          .where('[localDay+state+serviceId+lane+arrivedAt]')
          .between(
            [day, 'waiting', serviceId, lane, Dexie.minKey],
            [day, 'waiting', serviceId, lane, Dexie.maxKey],
          )
          .first(),
      ),
    ),
  );
  return heads.filter((t): t is Ticket => t !== undefined);
}

export function toCandidate(ticket: Ticket): QueueCandidate {
  return {
    id: ticket.id,
    lane: ticket.lane,
    arrivedAt: ticket.arrivedAt,
    serviceId: ticket.serviceId,
    number: ticket.number,
  };
}

/** How many regular tickets this counter called since its last priority call today. */
export async function regularCallsSincePriority(
  db: SerasiDb,
  day: string,
  counterId: string,
  enough: number,
): Promise<number> {
  let regular = 0;
  await db.ticketEvents
    .where('[localDay+counterId+at]')
    .between([day, counterId, Dexie.minKey], [day, counterId, Dexie.maxKey])
    .reverse()
    .until((event) => event.type === 'call' && event.lane !== 'regular')
    .each((event) => {
      if (event.type === 'call' && event.lane === 'regular') regular++;
    });
  return Math.min(regular, enough);
}

/** How many people will be called before this ticket if nobody new arrives. */
export async function peopleAhead(store: Store, ticket: Ticket): Promise<number> {
  const ids = [...new Set([ticket.serviceId, EMERGENCY_SERVICE_ID])];
  const waiting = await waitingTickets(store.db, ticket.localDay, ids);
  const order = orderQueue(waiting.map(toCandidate), store.config.ordering, {
    now: store.now(),
    regularCallsSincePriority: 0,
  });
  const index = order.findIndex((c) => c.id === ticket.id);
  return Math.max(index, 0);
}

/** Emergency tickets nobody has taken yet: they stay on every console until called. */
export function openEmergencies(db: SerasiDb, day: string): Promise<Ticket[]> {
  return waitingTickets(db, day, [EMERGENCY_SERVICE_ID]);
}

/** Tickets a counter has in hand (called or being served). */
export async function ticketsAtCounter(
  db: SerasiDb,
  day: string,
  counterId: string,
): Promise<Ticket[]> {
  const [called, serving] = await Promise.all([
    db.tickets.where('[localDay+state]').equals([day, 'called']).toArray(),
    db.tickets.where('[localDay+state]').equals([day, 'serving']).toArray(),
  ]);
  return [...called, ...serving].filter((t) => t.counterId === counterId);
}

/** The latest calls (call and recall) of the day, newest first: what the board shows. */
export async function recentCalls(db: SerasiDb, day: string, limit = 6): Promise<TicketEvent[]> {
  // Only the day's events are read, newest first: the board re-runs this on every change.
  return db.ticketEvents
    .where('[localDay+at]')
    .between([day, Dexie.minKey], [day, Dexie.maxKey])
    .reverse()
    .filter((e) => e.type === 'call' || e.type === 'recall')
    .limit(limit)
    .toArray();
}
