// How a counter is named to staff and visitors in messages: "Loket 2".
import type { Counter } from './config.ts';

/** "Loket 2" for one of the centre's counters, "loket lain" for an id the centre does not know. */
export function counterLabel(counters: readonly Counter[], counterId: string): string {
  const counter = counters.find((c) => c.id === counterId);
  return counter ? `Loket ${counter.number}` : 'loket lain';
}
