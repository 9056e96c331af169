// What the board reads from the local store: the latest call (call or recall) at each counter,
// and the day's latest calls. Plain async functions, wrapped in live queries by the hooks.
import { Dexie } from 'dexie';
import type { TicketEvent } from '../../core/queue/ticket.ts';
import type { SerasiDb } from '../store/db.ts';
import { recentCalls } from '../store/queue-queries.ts';

const isCall = (event: TicketEvent) => event.type === 'call' || event.type === 'recall';

/** The newest call or recall of a counter today, if it has called anyone. */
export function lastCallAtCounter(
  db: SerasiDb,
  day: string,
  counterId: string,
): Promise<TicketEvent | undefined> {
  return db.ticketEvents
    .where('[localDay+counterId+at]')
    .between([day, counterId, Dexie.minKey], [day, counterId, Dexie.maxKey])
    .reverse()
    .filter(isCall)
    .first();
}

export interface BoardCalls {
  /** Counter id → its latest call today. */
  byCounter: ReadonlyMap<string, TicketEvent>;
  /** The day's latest calls, newest first. */
  recent: TicketEvent[];
}

export async function boardCalls(
  db: SerasiDb,
  day: string,
  counterIds: readonly string[],
  recentLimit: number,
): Promise<BoardCalls> {
  const [recent, latest] = await Promise.all([
    recentCalls(db, day, recentLimit),
    Promise.all(counterIds.map((id) => lastCallAtCounter(db, day, id))),
  ]);
  const byCounter = new Map<string, TicketEvent>();
  counterIds.forEach((id, index) => {
    const event = latest[index];
    if (event) byCounter.set(id, event);
  });
  return { byCounter, recent };
}
