// Reports merged from day facts give the very numbers a report over the raw rows gives: checked
// against the report maths as first written straight from the rows (tests/reports/reference),
// on the hand-computed fixture and on generated days with transfers, carry-overs, no-shows,
// recalls, tickets called before firstCalledAt existed, deleted rows and invalid NIKs.
import { describe, expect, test } from 'vitest';
import type { Ticket, TicketEvent } from '../../core/queue/ticket.ts';
import { dayFactsOf, reportFactsOf } from '../../core/reports/day-facts.ts';
import { addDays, daysOf } from '../../core/reports/period.ts';
import { queueReport, queueReportOfFacts } from '../../core/reports/queue-report.ts';
import { serviceReport, serviceReportOfFacts } from '../../core/reports/service-report.ts';
import type { QueueRow, ReportInput } from '../../core/reports/types.ts';
import type { Registration } from '../../core/visitor/registration.ts';
import { fixtureInput, ids, MINUTE } from './fixtures.ts';
import { queueReport as referenceQueueReport } from './reference/queue-report.ts';
import { serviceReport as referenceServiceReport } from './reference/service-report.ts';

/** Each month's row is the report of the period's days in that month. */
function expectMonthsAsTheirDays(input: ReportInput, byMonth: QueueRow[]) {
  const months = [...new Set(daysOf(input.period).map((day) => day.slice(0, 7)))];
  expect(byMonth.map((row) => row.key)).toEqual(months);
  for (const row of byMonth) {
    const days = daysOf(input.period).filter((day) => day.startsWith(row.key));
    const period = { from: days[0] ?? '', to: days.at(-1) ?? '' };
    const { totals } = referenceQueueReport({ ...input, period });
    expect(row).toEqual({ ...totals, key: row.key, label: row.label });
  }
}

function expectSameReports(input: ReportInput) {
  const { byMonth, ...queue } = queueReport(input);
  expect(queue).toEqual(referenceQueueReport(input));
  expectMonthsAsTheirDays(input, byMonth);
  expect(serviceReport(input)).toEqual(referenceServiceReport(input));
}

/** A deterministic pseudo-random sequence. */
function randomFrom(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const OFFSETS = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 } as const;

/** Generated days of a centre: every kind of ticket the reports tell apart. */
function generatedInput(
  seed: number,
  timeZone: keyof typeof OFFSETS,
  from: string,
  days: number,
): ReportInput {
  const random = randomFrom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const tickets: Ticket[] = [];
  const events: TicketEvent[] = [];
  const registrations: Registration[] = [];
  let n = 0;
  const id = () => `01900000-0000-7000-8000-${String(++n).padStart(12, '0')}`;
  const base = (localDay: string, serviceId: string): Ticket => ({
    id: id(),
    balaiId: 'balai',
    updatedAt: 'x',
    rev: 1,
    deleted: 0,
    number: `A-${n}`,
    letter: 'A',
    seq: n,
    serviceId,
    localDay,
    lane: 'regular',
    priorityClasses: [],
    state: 'waiting',
    arrivedAt: 0,
    issuedAt: 0,
    issuedBy: 'pc',
    callCount: 0,
  });
  const services = ['informasi', 'asesmen', 'rujukan', 'lain'];
  const counters = ['c1', 'c2', 'c3', undefined];
  const staff = ['s1', 's2', 'petugas-lain', 'tidak-dikenal', undefined];
  for (const localDay of daysOf({ from, to: addDays(from, days - 1) })) {
    const [y, m, d] = localDay.split('-').map(Number) as [number, number, number];
    const midnight = Date.UTC(y, m - 1, d) - OFFSETS[timeZone] * 3_600_000;
    const count = Math.floor(random() * 30);
    for (let i = 0; i < count; i++) {
      // Some arrive just after midnight or just before the next, to test the day's edges.
      const arrivedAt = midnight + Math.floor(random() * 24 * 60) * MINUTE;
      const ticket = base(localDay, pick(services));
      ticket.arrivedAt = arrivedAt;
      ticket.issuedAt = arrivedAt;
      const roll = random();
      const calledAt = arrivedAt + Math.floor(random() * 90) * MINUTE;
      const counterId = pick(counters);
      const staffId = pick(staff);
      if (counterId) ticket.counterId = counterId;
      if (staffId) ticket.staffId = staffId;
      if (roll < 0.55) {
        ticket.state = 'done';
        ticket.callCount = 1 + Math.floor(random() * 2);
        ticket.calledAt = calledAt + (ticket.callCount - 1) * 5 * MINUTE;
        // A third were called before tickets carried firstCalledAt: their call events tell.
        if (random() < 0.3) {
          for (const at of [calledAt, ticket.calledAt]) {
            events.push({
              id: id(),
              balaiId: 'balai',
              updatedAt: 'x',
              rev: 1,
              deleted: 0,
              ticketId: ticket.id,
              ticketNumber: ticket.number,
              serviceId: ticket.serviceId,
              type: 'call',
              lane: 'regular',
              at,
              localDay,
              deviceId: 'pc',
            });
          }
        } else ticket.firstCalledAt = calledAt;
        if (random() < 0.8) ticket.startedAt = ticket.calledAt + MINUTE;
        ticket.finishedAt = ticket.calledAt + Math.floor(random() * 40) * MINUTE;
      } else if (roll < 0.65) {
        ticket.state = 'no_show';
        ticket.callCount = 3;
        ticket.firstCalledAt = calledAt;
        ticket.calledAt = calledAt + 10 * MINUTE;
      } else if (roll < 0.7) {
        ticket.state = 'cancelled';
      } else if (roll < 0.8) {
        // Transferred: a new ticket continues the visit at another service.
        ticket.state = 'transferred';
        ticket.callCount = 1;
        ticket.firstCalledAt = calledAt;
        ticket.calledAt = calledAt;
        const next = base(localDay, pick(services));
        next.arrivedAt = arrivedAt;
        next.issuedAt = calledAt + 5 * MINUTE;
        next.transferredFromId = ticket.id;
        ticket.transferredToId = next.id;
        next.state = random() < 0.5 ? 'done' : 'waiting';
        if (next.state === 'done') {
          next.callCount = 1;
          next.firstCalledAt = next.issuedAt + 7 * MINUTE;
          next.calledAt = next.firstCalledAt;
          next.finishedAt = next.calledAt + 9 * MINUTE;
          next.counterId = 'c2';
        }
        tickets.push(next);
      } else if (roll < 0.85) {
        // Carried over at the closing to the next day (which may lie outside the period).
        ticket.state = 'carried_over';
        const next = base(addDays(localDay, 1), ticket.serviceId);
        next.arrivedAt = arrivedAt;
        next.issuedAt = midnight + 30 * 3_600_000;
        next.carriedOverFromId = ticket.id;
        ticket.carriedOverToId = next.id;
        next.state = 'done';
        next.callCount = 1;
        next.firstCalledAt = next.issuedAt + 20 * MINUTE;
        next.calledAt = next.firstCalledAt;
        next.startedAt = next.calledAt;
        next.finishedAt = next.startedAt + 12 * MINUTE;
        tickets.push(next);
      } else if (roll < 0.95) {
        ticket.state = pick(['waiting', 'called', 'serving'] as const);
        if (ticket.state !== 'waiting') {
          ticket.callCount = 1;
          ticket.firstCalledAt = calledAt;
          ticket.calledAt = calledAt;
        }
      } else {
        ticket.deleted = 1;
      }
      tickets.push(ticket);
      if (random() < 0.7) {
        // Born 1940–2015 on a real calendar day; one in ten NIKs is not valid.
        const female = random() < 0.5;
        const birthDay = 1 + Math.floor(random() * 28);
        const year = 40 + Math.floor(random() * 76);
        const region = pick(['7306', '7371', '3171', '9471']);
        const dd = String(female ? birthDay + 40 : birthDay).padStart(2, '0');
        const mm = String(1 + Math.floor(random() * 12)).padStart(2, '0');
        const nik =
          random() < 0.1
            ? `${region}0199${mm}${String(year % 100).padStart(2, '0')}0001`
            : `${region}01${dd}${mm}${String(year % 100).padStart(2, '0')}${String(1 + i).padStart(4, '0')}`;
        registrations.push({
          id: id(),
          balaiId: 'balai',
          updatedAt: 'x',
          rev: 1,
          deleted: random() < 0.03 ? 1 : 0,
          ticketId: ticket.id,
          serviceId: ticket.serviceId,
          localDay,
          registeredAt: arrivedAt,
          deviceId: 'pc',
          hasNoId: false,
          ...(random() < 0.9 ? { nik } : {}),
          priorityClasses: [],
        });
      }
    }
  }
  const { services: _s, ...names } = fixtureInput();
  return {
    ...names,
    period: { from, to: addDays(from, days - 1) },
    timeZone,
    tickets,
    events,
    registrations,
    services: services.slice(0, 3).map((s) => ({ id: s, name: s.toUpperCase() })),
    counters: [
      { id: 'c2', number: 2, name: 'Loket 2', serviceIds: [] },
      { id: 'c1', number: 1, name: 'Loket 1', serviceIds: [] },
    ],
  };
}

describe('reports from day facts', () => {
  test('give the hand-computed fixture’s numbers, as the reports straight from the rows do', () => {
    expectSameReports(fixtureInput());
    expect(queueReport(fixtureInput()).byMonth.map((row) => [row.label, row.issued])).toEqual([
      ['November 2026', 9],
    ]);
    expectSameReports(fixtureInput({ period: { from: '2026-11-24', to: '2026-11-25' } }));
    expectSameReports(fixtureInput({ targetWaitMinutes: 10 }));
  });

  test('count assessed visitors per PPKS category, following transfers back to the visit', () => {
    const input = fixtureInput({
      casework: {
        emergencyItems: [],
        referrals: [],
        assessments: [
          { localDay: '2026-11-23', completed: true, ppksCodes: ['ppks-02'], ticketId: ids.T3b },
          { localDay: '2026-11-23', completed: true, ppksCodes: [], ticketId: ids.T1 },
          { localDay: '2026-11-24', completed: true, ppksCodes: ['ppks-05'], ticketId: ids.T6b },
          { localDay: '2026-11-24', completed: false, ppksCodes: ['ppks-09'], ticketId: ids.T9 },
        ],
      },
    });
    expectSameReports(input);
    expect(serviceReport(input).visitorsByPpks.map((r) => [r.key, r.count])).toEqual([
      ['ppks-02', 1],
      ['ppks-05', 1],
      ['__unknown__', 7],
    ]);
  });

  for (const [seed, timeZone] of [
    [1, 'Asia/Makassar'],
    [2, 'Asia/Jakarta'],
    [3, 'Asia/Jayapura'],
    [4, 'Asia/Makassar'],
  ] as const) {
    test(`give the raw rows’ numbers on generated days (seed ${seed}, ${timeZone})`, () => {
      const input = generatedInput(seed, timeZone, '2026-02-20', 45);
      expect(input.tickets.length).toBeGreaterThan(300);
      expectSameReports(input);
      // A period inside the generated days: carry-overs and transfers across its edges.
      expectSameReports({ ...input, period: { from: '2026-03-01', to: '2026-03-10' } });
      expectSameReports({ ...input, period: { from: '2026-03-05', to: '2026-03-05' } });
    });
  }

  test('merged per day: facts stored day by day make the same report as one pass over the rows', () => {
    const input = generatedInput(7, 'Asia/Makassar', '2026-05-20', 45);
    const facts = reportFactsOf(input);
    // Each day's facts computed alone, from that day's rows only (as the store does).
    const dayByDay = daysOf(input.period).map((localDay) =>
      dayFactsOf({
        localDay,
        timeZone: input.timeZone,
        tickets: input.tickets.filter((t) => t.localDay === localDay),
        events: input.events.filter((e) => e.localDay === localDay),
        registrations: input.registrations.filter((r) => r.localDay === localDay),
      }),
    );
    const stored = { ...facts, days: dayByDay };
    const { byMonth, ...queue } = queueReportOfFacts(stored);
    expect(queue).toEqual(referenceQueueReport(input));
    expectMonthsAsTheirDays(input, byMonth);
    expect(serviceReportOfFacts(stored)).toEqual(referenceServiceReport(input));
    // Percentiles are exact: every served ticket's time is kept, none averaged.
    const served = queueReportOfFacts(stored).totals;
    expect(served.wait.count).toBe(
      dayByDay.reduce((n, day) => n + day.waitMs.filter((w) => w >= 0).length, 0),
    );
  });
});
