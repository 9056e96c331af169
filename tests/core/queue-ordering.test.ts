import { describe, expect, it } from 'vitest';
import type { OrderingPolicy } from '../../core/centre/config.ts';
import {
  afterCall,
  chooseNext,
  compareArrival,
  laneFor,
  type OrderingContext,
  orderQueue,
  type QueueCandidate,
} from '../../core/queue/ordering.ts';
import type { Lane } from '../../core/queue/ticket.ts';

const T0 = Date.UTC(2026, 10, 23, 1, 0);
const MIN = 60_000;
const ctx = (regularCallsSincePriority = 0): OrderingContext => ({
  now: T0 + 3 * 60 * MIN,
  regularCallsSincePriority,
});

function ticket(number: string, lane: Lane, minutesAfterOpening: number, serviceId = 's1') {
  return { id: `id-${number}`, lane, arrivedAt: T0 + minutesAfterOpening * MIN, serviceId, number };
}

const policies: OrderingPolicy[] = [
  { kind: 'fifo' },
  { kind: 'strict' },
  { kind: 'weighted', priorityBonusMinutes: 15 },
  { kind: 'weighted', priorityBonusMinutes: 1 },
  { kind: 'ratio', regularPerPriority: 3 },
  { kind: 'ratio', regularPerPriority: 1 },
];

describe('who is called next', () => {
  it('an emergency ticket is called before a priority ticket that waited longer', () => {
    const queue = [
      ticket('P-001', 'priority', 0),
      ticket('A-001', 'regular', 1),
      ticket('D-001', 'emergency', 50),
    ];
    for (const policy of policies) {
      expect(chooseNext(queue, policy, ctx(5))?.number, policy.kind).toBe('D-001');
    }
  });

  it('of two emergencies the one who came first is helped first', () => {
    const queue = [ticket('D-002', 'emergency', 20), ticket('D-001', 'emergency', 10)];
    expect(chooseNext(queue, { kind: 'strict' }, ctx())?.number).toBe('D-001');
  });

  it('first come, first served ignores the priority lane', () => {
    const queue = [ticket('P-001', 'priority', 10), ticket('A-001', 'regular', 5)];
    expect(chooseNext(queue, { kind: 'fifo' }, ctx())?.number).toBe('A-001');
  });

  it('under strict priority an older person who just arrived goes before a regular visitor who waited an hour', () => {
    const queue = [ticket('A-001', 'regular', 0), ticket('P-001', 'priority', 60)];
    expect(chooseNext(queue, { kind: 'strict' }, ctx())?.number).toBe('P-001');
  });

  it('under weighted priority a 30-minute bonus beats 20 minutes of extra waiting but not 40', () => {
    const policy: OrderingPolicy = { kind: 'weighted', priorityBonusMinutes: 30 };
    const within = [ticket('A-001', 'regular', 0), ticket('P-001', 'priority', 20)];
    expect(chooseNext(within, policy, ctx())?.number).toBe('P-001');
    const beyond = [ticket('A-001', 'regular', 0), ticket('P-001', 'priority', 40)];
    expect(chooseNext(beyond, policy, ctx())?.number).toBe('A-001');
  });

  it('under weighted priority an exact tie goes to whoever arrived first', () => {
    const policy: OrderingPolicy = { kind: 'weighted', priorityBonusMinutes: 30 };
    const tie = [ticket('P-001', 'priority', 30), ticket('A-001', 'regular', 0)];
    expect(chooseNext(tie, policy, ctx())?.number).toBe('A-001');
  });

  it('under 3:1 a priority visitor is called after three regular ones', () => {
    const queue = [
      ticket('P-001', 'priority', 0),
      ticket('P-002', 'priority', 1),
      ...[1, 2, 3, 4, 5, 6].map((i) => ticket(`A-00${i}`, 'regular', i)),
    ];
    const order = orderQueue(queue, { kind: 'ratio', regularPerPriority: 3 }, ctx(0));
    expect(order.map((c) => c.number)).toEqual([
      'A-001',
      'A-002',
      'A-003',
      'P-001',
      'A-004',
      'A-005',
      'A-006',
      'P-002',
    ]);
  });

  it('under 3:1 the count carries over from the calls already made', () => {
    const queue = [ticket('P-001', 'priority', 10), ticket('A-001', 'regular', 0)];
    const policy: OrderingPolicy = { kind: 'ratio', regularPerPriority: 3 };
    expect(chooseNext(queue, policy, ctx(2))?.number).toBe('A-001');
    expect(chooseNext(queue, policy, ctx(3))?.number).toBe('P-001');
  });

  it('under 3:1 regular visitors keep being called when no priority visitor waits', () => {
    const queue = [ticket('A-002', 'regular', 2), ticket('A-001', 'regular', 1)];
    expect(chooseNext(queue, { kind: 'ratio', regularPerPriority: 3 }, ctx(7))?.number).toBe(
      'A-001',
    );
  });

  it('under 3:1 a priority visitor is called at once when no regular visitor waits', () => {
    const queue = [ticket('P-001', 'priority', 2)];
    expect(chooseNext(queue, { kind: 'ratio', regularPerPriority: 3 }, ctx(0))?.number).toBe(
      'P-001',
    );
  });

  it('visitors who arrived in the same millisecond are called by ticket number', () => {
    const queue = [ticket('A-003', 'regular', 0), ticket('A-002', 'regular', 0)];
    expect(chooseNext(queue, { kind: 'fifo' }, ctx())?.number).toBe('A-002');
  });

  it('an empty queue has nobody to call', () => {
    expect(chooseNext([], { kind: 'fifo' }, ctx())).toBeUndefined();
    expect(orderQueue([], { kind: 'fifo' }, ctx())).toEqual([]);
  });

  it('the console can tell a visitor how many people are ahead of them', () => {
    const queue = [
      ticket('A-001', 'regular', 0),
      ticket('A-002', 'regular', 1),
      ticket('P-001', 'priority', 2),
      ticket('A-003', 'regular', 3),
    ];
    const order = orderQueue(queue, { kind: 'strict' }, ctx());
    expect(order.findIndex((c) => c.number === 'A-002')).toBe(2);
  });
});

describe('lanes and the ratio counter', () => {
  it('an emergency is an emergency whatever else applies', () => {
    expect(laneFor(['elderly'], true)).toBe('emergency');
    expect(laneFor(['pregnant', 'child'], false)).toBe('priority');
    expect(laneFor([], false)).toBe('regular');
  });

  it('a regular call counts, a priority call resets, an emergency call leaves the count', () => {
    expect(afterCall(2, 'regular')).toBe(3);
    expect(afterCall(2, 'priority')).toBe(0);
    expect(afterCall(2, 'emergency')).toBe(2);
  });
});

// A tiny seeded PRNG (mulberry32) so every run checks the same random queues.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lanes: Lane[] = ['emergency', 'priority', 'regular'];

function randomQueue(rand: () => number, size: number): QueueCandidate[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  return Array.from({ length: size }, (_, i) => {
    // Mostly regular, few emergencies; coarse arrival times so ties happen.
    const r = rand();
    const lane: Lane = r < 0.08 ? 'emergency' : r < 0.38 ? 'priority' : 'regular';
    const letter = pick(['A', 'B', 'C']);
    return {
      id: `id-${i}`,
      lane,
      arrivedAt: T0 + Math.floor(rand() * 40) * 30_000,
      serviceId: `svc-${letter}`,
      number: `${letter}-${String(Math.floor(rand() * 60) + 1).padStart(3, '0')}`,
    };
  });
}

function randomPolicy(rand: () => number): OrderingPolicy {
  const r = rand();
  if (r < 0.25) return { kind: 'fifo' };
  if (r < 0.5) return { kind: 'strict' };
  if (r < 0.75) return { kind: 'weighted', priorityBonusMinutes: 1 + Math.floor(rand() * 20) };
  return { kind: 'ratio', regularPerPriority: 1 + Math.floor(rand() * 4) };
}

/** The oldest waiting ticket of each (service, lane) pair: what the store reads by index. */
function headsOf(queue: readonly QueueCandidate[]): QueueCandidate[] {
  const heads = new Map<string, QueueCandidate>();
  for (const c of queue) {
    const key = `${c.serviceId}|${c.lane}`;
    const head = heads.get(key);
    if (!head || compareArrival(c, head) < 0) heads.set(key, c);
  }
  return [...heads.values()];
}

/** The rules as written in the brief, by brute force over the whole list. */
function referenceNext(
  queue: readonly QueueCandidate[],
  policy: OrderingPolicy,
  c: OrderingContext,
): QueueCandidate | undefined {
  const oldest = (xs: QueueCandidate[]) => [...xs].sort(compareArrival)[0];
  const emergency = queue.filter((x) => x.lane === 'emergency');
  if (emergency.length) return oldest(emergency);
  const priority = queue.filter((x) => x.lane === 'priority');
  const regular = queue.filter((x) => x.lane === 'regular');
  switch (policy.kind) {
    case 'fifo':
      return oldest([...queue]);
    case 'strict':
      return priority.length ? oldest(priority) : oldest(regular);
    case 'weighted': {
      // score in ms: waited + bonus; highest wins, then arrival.
      const score = (x: QueueCandidate) =>
        c.now - x.arrivedAt + (x.lane === 'priority' ? policy.priorityBonusMinutes * MIN : 0);
      return [...queue].sort((a, b) => score(b) - score(a) || compareArrival(a, b))[0];
    }
    case 'ratio':
      if (c.regularCallsSincePriority >= policy.regularPerPriority && priority.length)
        return oldest(priority);
      return regular.length ? oldest(regular) : oldest(priority);
  }
}

describe('ordering properties (seeded random queues, every policy)', () => {
  const rand = mulberry32(20261122);
  const cases = Array.from({ length: 400 }, () => ({
    queue: randomQueue(rand, Math.floor(rand() * 60)),
    policy: randomPolicy(rand),
    ctx: { now: T0 + 30 * MIN, regularCallsSincePriority: Math.floor(rand() * 6) },
  }));

  it('choosing among the head of each service and lane gives the same ticket as the full list', () => {
    for (const { queue, policy, ctx: c } of cases) {
      expect(chooseNext(headsOf(queue), policy, c)).toEqual(chooseNext(queue, policy, c));
    }
  });

  it('the next ticket is the one the written rules pick', () => {
    for (const { queue, policy, ctx: c } of cases) {
      expect(chooseNext(queue, policy, c), JSON.stringify(policy)).toEqual(
        referenceNext(queue, policy, c),
      );
    }
  });

  it('the queue order is calling next again and again, with the ratio count kept', () => {
    for (const { queue, policy, ctx: c } of cases) {
      const expected: QueueCandidate[] = [];
      let rest = [...queue];
      let count = c.regularCallsSincePriority;
      while (rest.length) {
        const next = referenceNext(rest, policy, { now: c.now, regularCallsSincePriority: count });
        if (!next) break;
        expected.push(next);
        rest = rest.filter((x) => x !== next);
        count = afterCall(count, next.lane);
      }
      expect(orderQueue(queue, policy, c)).toEqual(expected);
    }
  });

  it('within a lane nobody is ever overtaken by someone who arrived later', () => {
    for (const { queue, policy, ctx: c } of cases) {
      const order = orderQueue(queue, policy, c);
      for (const lane of lanes) {
        const inLane = order.filter((x) => x.lane === lane);
        expect(inLane).toEqual([...inLane].sort(compareArrival));
      }
    }
  });

  it('the order does not depend on the order the candidates were read in', () => {
    for (const { queue, policy, ctx: c } of cases.slice(0, 100)) {
      expect(orderQueue([...queue].reverse(), policy, c)).toEqual(orderQueue(queue, policy, c));
    }
  });
});
