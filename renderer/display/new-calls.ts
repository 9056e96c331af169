// Tells the calls made since the board opened from the ones it found on opening: history is shown
// but never announced again, while every later call or recall — from any console, or synced from
// another PC — is announced once.
import type { TicketEvent } from '../../core/queue/ticket.ts';

export interface CallWatch {
  /** Calls (newest first, as the store returns them) → the ones not seen before, oldest first. */
  fresh(events: readonly TicketEvent[]): TicketEvent[];
}

export function watchCalls(): CallWatch {
  let seen: Set<string> | null = null;
  return {
    fresh(events) {
      if (!seen) {
        seen = new Set(events.map((event) => event.id));
        return [];
      }
      const known = seen;
      const unseen = events.filter((event) => !known.has(event.id));
      for (const event of unseen) known.add(event.id);
      return unseen.reverse();
    },
  };
}
