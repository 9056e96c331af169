// Who is called next. Emergencies always come first; after that the centre's ordering policy
// decides between the priority lane (UU 25/2009 art. 29) and the regular lane.
//
// Monotonic within a lane: under every policy, of two waiting tickets in the same lane the one
// that arrived earlier (ties: lower number, then id) is always called first. So only the head of
// each lane can ever be chosen, and chooseNext over the heads of each (service, lane) pair gives
// the same answer as over the full list. The store relies on this to call next among thousands
// of waiting tickets with a few indexed reads; tests/core/queue-ordering.test.ts checks it.
// Any new policy must keep this property.
import type { OrderingPolicy } from '../centre/config.ts';
import type { Lane, PriorityClass } from './ticket.ts';

export interface QueueCandidate {
  id: string;
  lane: Lane;
  arrivedAt: number;
  serviceId: string;
  number: string;
}

export interface OrderingContext {
  now: number;
  /**
   * Regular-lane calls since the last priority-lane call, counted over the same set of
   * services the candidates come from (see afterCall). Only the ratio policy reads it.
   */
  regularCallsSincePriority: number;
}

export function laneFor(priorityClasses: readonly PriorityClass[], isEmergency: boolean): Lane {
  if (isEmergency) return 'emergency';
  return priorityClasses.length > 0 ? 'priority' : 'regular';
}

/** Order inside a lane, and the final tie-break everywhere: arrival, then number, then id. */
export function compareArrival(a: QueueCandidate, b: QueueCandidate): number {
  if (a.arrivedAt !== b.arrivedAt) return a.arrivedAt - b.arrivedAt;
  if (a.number !== b.number) return a.number < b.number ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

/** The counter after a call from `lane`: regular calls count up, a priority call resets it. */
export function afterCall(regularCallsSincePriority: number, lane: Lane): number {
  if (lane === 'regular') return regularCallsSincePriority + 1;
  if (lane === 'priority') return 0;
  return regularCallsSincePriority;
}

type LaneHeads = Partial<Record<Lane, QueueCandidate>>;

export function chooseNext(
  candidates: readonly QueueCandidate[],
  policy: OrderingPolicy,
  ctx: OrderingContext,
): QueueCandidate | undefined {
  const heads: LaneHeads = {};
  for (const c of candidates) {
    const head = heads[c.lane];
    if (head === undefined || compareArrival(c, head) < 0) heads[c.lane] = c;
  }
  return chooseAmongHeads(heads, policy, ctx.regularCallsSincePriority);
}

/**
 * The order in which the candidates would be called if nobody new arrived and the calls came
 * from one counter serving all of them: the console's table and "N orang di depan Anda".
 */
export function orderQueue(
  candidates: readonly QueueCandidate[],
  policy: OrderingPolicy,
  ctx: OrderingContext,
): QueueCandidate[] {
  const lanes: Record<Lane, QueueCandidate[]> = { emergency: [], priority: [], regular: [] };
  for (const c of candidates) lanes[c.lane].push(c);
  for (const lane of Object.values(lanes)) lane.sort(compareArrival);

  const next: Record<Lane, number> = { emergency: 0, priority: 0, regular: 0 };
  const order: QueueCandidate[] = [];
  let regularCalls = ctx.regularCallsSincePriority;
  while (order.length < candidates.length) {
    const heads: LaneHeads = {
      emergency: lanes.emergency[next.emergency],
      priority: lanes.priority[next.priority],
      regular: lanes.regular[next.regular],
    };
    const chosen = chooseAmongHeads(heads, policy, regularCalls);
    if (chosen === undefined) break;
    order.push(chosen);
    next[chosen.lane] += 1;
    regularCalls = afterCall(regularCalls, chosen.lane);
  }
  return order;
}

function chooseAmongHeads(
  heads: LaneHeads,
  policy: OrderingPolicy,
  regularCallsSincePriority: number,
): QueueCandidate | undefined {
  if (heads.emergency) return heads.emergency;
  const { priority, regular } = heads;
  if (!priority || !regular) return priority ?? regular;

  switch (policy.kind) {
    case 'fifo':
      return earlier(priority, regular);
    case 'strict':
      return priority;
    case 'weighted': {
      // score = waited minutes + bonus for priority. Comparing scores at the same "now" is
      // comparing arrival with the bonus taken off, in whole milliseconds: exact, and the order
      // does not change as time passes.
      const bonusMs = policy.priorityBonusMinutes * 60_000;
      const p = priority.arrivedAt - bonusMs;
      if (p !== regular.arrivedAt) return p < regular.arrivedAt ? priority : regular;
      return earlier(priority, regular);
    }
    case 'ratio':
      return regularCallsSincePriority >= policy.regularPerPriority ? priority : regular;
    default:
      return earlier(priority, regular);
  }
}

function earlier(a: QueueCandidate, b: QueueCandidate): QueueCandidate {
  return compareArrival(a, b) <= 0 ? a : b;
}
