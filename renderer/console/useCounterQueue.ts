// The live data of one counter: its waiting queue in calling order, the emergencies nobody has
// taken, and the tickets it has in hand. Each is a Dexie live query, so a ticket issued at the
// kiosk or called at another console shows here at once.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Counter } from '../../core/centre/config.ts';
import { orderQueue } from '../../core/queue/ordering.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import {
  counterServiceIds,
  openEmergencies,
  regularCallsSincePriority,
  ticketsAtCounter,
  toCandidate,
  waitingTickets,
} from '../store/queue-queries.ts';
import type { Store } from '../store/store.ts';

export interface QueueEntry {
  /** 1 = the ticket "Panggil berikutnya" would call now. */
  position: number;
  ticket: Ticket;
}

/**
 * The waiting tickets of the counter's services (emergencies included) in the order the
 * centre's policy would call them from this counter — the same inputs callNext uses, so the
 * first row is what the next call brings.
 */
export function useCounterQueue(
  store: Store,
  counter: Counter,
  day: string,
): QueueEntry[] | undefined {
  const { db, config } = store;
  const policy = config.ordering;
  return useLiveQuery(async () => {
    const ratio = policy.kind === 'ratio' ? policy.regularPerPriority : 0;
    const [waiting, regularCalls] = await Promise.all([
      waitingTickets(db, day, counterServiceIds(counter)),
      regularCallsSincePriority(db, day, counter.id, ratio),
    ]);
    const byId = new Map(waiting.map((ticket) => [ticket.id, ticket]));
    const order = orderQueue(waiting.map(toCandidate), policy, {
      now: store.now(),
      regularCallsSincePriority: regularCalls,
    });
    return order.flatMap((candidate, index) => {
      const ticket = byId.get(candidate.id);
      return ticket ? [{ position: index + 1, ticket }] : [];
    });
  }, [db, day, counter, policy, store]);
}

export function useOpenEmergencies(store: Store, day: string): Ticket[] | undefined {
  return useLiveQuery(
    async () => (await openEmergencies(store.db, day)).sort((a, b) => a.arrivedAt - b.arrivedAt),
    [store, day],
  );
}

/** Tickets in hand, the longest-held first: keyboard shortcuts act on the first. */
export function useTicketsInHand(
  store: Store,
  counterId: string,
  day: string,
): Ticket[] | undefined {
  return useLiveQuery(
    async () =>
      (await ticketsAtCounter(store.db, day, counterId)).sort(
        (a, b) => (a.calledAt ?? a.arrivedAt) - (b.calledAt ?? b.arrivedAt),
      ),
    [store, counterId, day],
  );
}
