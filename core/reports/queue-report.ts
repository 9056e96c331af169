// The queue report (issue 5 §1): per service, counter, staff member and day — tickets issued,
// served, marked absent, cancelled, transferred and carried over; waiting and service times
// (p50 / p90 / max); arrivals per hour in the centre's time; the share served within the
// centre's target waiting time.
//
// Definitions (the tests compute them by hand):
// - A ticket counts once, under the state it is in now, in the groups of its own day, service,
//   counter (the one that last called it) and staff member (the last to act on it), and of
//   its day's calendar month (a long period's report prints months rather than days).
// - `issued` counts visitors: a ticket opened by a transfer or by a daily-closing carry-over
//   continues a visit already counted (transferredIn / carriedIn).
// - Waiting time: from arrival (for a transferred-in ticket: from the transfer, when it joined
//   this service's queue) to the first call. A carried-in ticket's wait spans the night and is
//   left out; its first day's ticket holds the wait if it was called then.
// - Service time: from start (or the call, if never started) to finish, of served tickets.
// - Within target: share of served tickets whose waiting time is at most the target.
import { counterLabel } from '../centre/counters.ts';
import type { Ticket } from '../queue/ticket.ts';
import { OUTCOME, reportFactsOf } from './day-facts.ts';
import { durationStatsInPlace } from './durations.ts';
import { dayLabel, daysOf, inPeriod, monthLabel, monthOf } from './period.ts';
import type { QueueCounts, QueueReport, QueueRow, ReportFacts, ReportInput } from './types.ts';
import { OTHER_STAFF_ID, UNKNOWN_KEY } from './types.ts';

/** A staff id the centre's list does not name: the console's "Petugas lain", or the id itself. */
function staffFallbackLabel(staffId: string): string {
  return staffId === OTHER_STAFF_ID ? 'Petugas lain' : staffId;
}

export type {
  DurationStats,
  QueueCounts,
  QueueReport,
  QueueRow,
  ReportInput,
} from './types.ts';

export const emptyCounts = (): QueueCounts => ({
  issued: 0,
  served: 0,
  noShow: 0,
  cancelled: 0,
  transferred: 0,
  carriedOver: 0,
  open: 0,
  transferredIn: 0,
  carriedIn: 0,
});

/** Adds one ticket to `counts` (see the module notes). */
function countTicket(counts: QueueCounts, ticket: Ticket): void {
  if (ticket.transferredFromId !== undefined) counts.transferredIn++;
  else if (ticket.carriedOverFromId !== undefined) counts.carriedIn++;
  else counts.issued++;
  switch (ticket.state) {
    case 'done':
      counts.served++;
      break;
    case 'no_show':
      counts.noShow++;
      break;
    case 'cancelled':
      counts.cancelled++;
      break;
    case 'transferred':
      counts.transferred++;
      break;
    case 'carried_over':
      counts.carriedOver++;
      break;
    default:
      counts.open++;
  }
}

/** The counts of a set of tickets (e.g. one day's, for the daily closing's summary). */
export function countTickets(tickets: Iterable<Ticket>): QueueCounts {
  const counts = emptyCounts();
  for (const ticket of tickets) if (ticket.deleted === 0) countTicket(counts, ticket);
  return counts;
}

// Counts are kept as an array indexed like countFields while adding up: one index for how the
// ticket came in, one for its outcome, so a ticket costs two increments per group.
const countFields = [
  'issued',
  'transferredIn',
  'carriedIn',
  'served',
  'noShow',
  'cancelled',
  'transferred',
  'carriedOver',
  'open',
] as const satisfies readonly (keyof QueueCounts)[];

/** countFields index of the first outcome (day facts' OUTCOME order follows countFields). */
const OUTCOME_COLUMN = 3;
const SERVED_COLUMN = OUTCOME_COLUMN + OUTCOME.served;

/**
 * A row being added up. Times are gathered in two passes over the facts: the first counts them
 * (waitCount, serviceCount), then arrays of that size are filled (`filled*` as cursors), so a
 * year's 200,000 times per grouping go into typed arrays without growing ones.
 */
interface Group {
  key: string;
  counts: number[];
  waitCount: number;
  serviceCount: number;
  waits: Float64Array;
  services: Float64Array;
  filledWaits: number;
  filledServices: number;
  servedWithWait: number;
  servedWithinTarget: number;
}

const noTimes = new Float64Array(0);

function newGroup(key: string): Group {
  return {
    key,
    counts: countFields.map(() => 0),
    waitCount: 0,
    serviceCount: 0,
    waits: noTimes,
    services: noTimes,
    filledWaits: 0,
    filledServices: 0,
    servedWithWait: 0,
    servedWithinTarget: 0,
  };
}

function allocateTimes(group: Group): void {
  group.waits = new Float64Array(group.waitCount);
  group.services = new Float64Array(group.serviceCount);
}

function groupIn(groups: Map<string, Group>, key: string): Group {
  let group = groups.get(key);
  if (!group) {
    group = newGroup(key);
    groups.set(key, group);
  }
  return group;
}

function toRow(group: Group, label: string): QueueRow {
  const counts = emptyCounts();
  countFields.forEach((field, i) => {
    counts[field] = group.counts[i] ?? 0;
  });
  return {
    key: group.key,
    label,
    ...counts,
    wait: durationStatsInPlace(group.waits),
    service: durationStatsInPlace(group.services),
    withinTarget:
      group.servedWithWait === 0 ? null : group.servedWithinTarget / group.servedWithWait,
  };
}

/** Rows in the order of the known list, then unknown ids by key, the "not recorded" row last. */
function rowsOf(
  groups: Map<string, Group>,
  known: readonly string[],
  label: (key: string) => string,
): QueueRow[] {
  const rank = new Map(known.map((key, i) => [key, i]));
  return [...groups.values()]
    .sort((a, b) => {
      if (a.key === UNKNOWN_KEY || b.key === UNKNOWN_KEY) {
        return Number(a.key === UNKNOWN_KEY) - Number(b.key === UNKNOWN_KEY);
      }
      const ra = rank.get(a.key) ?? Number.POSITIVE_INFINITY;
      const rb = rank.get(b.key) ?? Number.POSITIVE_INFINITY;
      return ra - rb || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
    })
    .map((group) => toRow(group, label(group.key)));
}

/** The queue report of a period's rows: their day facts, merged (one way to count, not two). */
export function queueReport(input: ReportInput): QueueReport {
  return queueReportOfFacts(reportFactsOf(input));
}

/** The queue report of a period from its days' facts (day-facts.ts). */
export function queueReportOfFacts(facts: ReportFacts): QueueReport {
  const { period } = facts;
  const targetMs = facts.targetWaitMinutes * 60_000;
  const days = daysOf(period);

  const totals = newGroup('total');
  const byService = new Map<string, Group>();
  const byCounter = new Map<string, Group>();
  const byStaff = new Map<string, Group>();
  const byDay = new Map<string, Group>(days.map((day) => [day, newGroup(day)]));
  const byMonth = new Map<string, Group>(days.map((day) => [monthOf(day), newGroup(monthOf(day))]));
  const arrivals = new Int32Array(24);

  // Each day's tickets in the groups of the totals, their day, month, service, counter, staff.
  const groupsOfDays = facts.days.flatMap((day) => {
    const dayGroup = byDay.get(day.localDay);
    if (!dayGroup || !inPeriod(day.localDay, period)) return [];
    return [
      {
        day,
        fixed: [totals, dayGroup, groupIn(byMonth, monthOf(day.localDay))],
        services: day.services.map((key) => groupIn(byService, key)),
        counters: day.counters.map((key) => groupIn(byCounter, key)),
        staff: day.staff.map((key) => groupIn(byStaff, key)),
      },
    ];
  });

  // First pass: counts, and how many times each group will hold.
  for (const { day, fixed, services, counters, staff } of groupsOfDays) {
    const groups = [...fixed, totals, totals, totals];
    for (let i = 0; i < day.flow.length; i++) {
      const flow = day.flow[i] ?? 0;
      const cameIn = flow >> 4;
      const outcome = OUTCOME_COLUMN + (flow & 15);
      const hour = day.hour[i] ?? -1;
      if (hour >= 0) arrivals[hour] = (arrivals[hour] ?? 0) + 1;
      const wait = day.waitMs[i] ?? -1;
      const hasWait = wait >= 0 ? 1 : 0;
      const hasService = (day.serviceMs[i] ?? -1) >= 0 ? 1 : 0;
      const servedWait = outcome === SERVED_COLUMN && wait >= 0 ? 1 : 0;
      const withinTarget = servedWait === 1 && wait <= targetMs ? 1 : 0;
      groups[3] = services[day.service[i] ?? 0] ?? totals;
      groups[4] = counters[day.counter[i] ?? 0] ?? totals;
      groups[5] = staff[day.staffOf[i] ?? 0] ?? totals;
      for (const group of groups) {
        const counts = group.counts;
        counts[cameIn] = (counts[cameIn] ?? 0) + 1;
        counts[outcome] = (counts[outcome] ?? 0) + 1;
        group.waitCount += hasWait;
        group.serviceCount += hasService;
        group.servedWithWait += servedWait;
        group.servedWithinTarget += withinTarget;
      }
    }
  }
  for (const groups of [[totals], byService.values(), byCounter.values(), byStaff.values()]) {
    for (const group of groups) allocateTimes(group);
  }
  for (const group of byDay.values()) allocateTimes(group);
  for (const group of byMonth.values()) allocateTimes(group);

  // Second pass: the times themselves.
  for (const { day, fixed, services, counters, staff } of groupsOfDays) {
    const groups = [...fixed, totals, totals, totals];
    for (let i = 0; i < day.flow.length; i++) {
      const wait = day.waitMs[i] ?? -1;
      const service = day.serviceMs[i] ?? -1;
      if (wait < 0 && service < 0) continue;
      groups[3] = services[day.service[i] ?? 0] ?? totals;
      groups[4] = counters[day.counter[i] ?? 0] ?? totals;
      groups[5] = staff[day.staffOf[i] ?? 0] ?? totals;
      for (const group of groups) {
        if (wait >= 0) group.waits[group.filledWaits++] = wait;
        if (service >= 0) group.services[group.filledServices++] = service;
      }
    }
  }

  const serviceNames = new Map(facts.services.map((s) => [s.id, s.name]));
  const staffNames = new Map(facts.staff.map((s) => [s.id, s.name]));
  const knownCounters = new Set(facts.counters.map((c) => c.id));
  return {
    period,
    targetWaitMinutes: facts.targetWaitMinutes,
    totals: toRow(totals, 'Jumlah'),
    byService: rowsOf(
      byService,
      facts.services.map((s) => s.id),
      (key) => serviceNames.get(key) ?? key,
    ),
    byCounter: rowsOf(
      byCounter,
      [...facts.counters].sort((a, b) => a.number - b.number).map((c) => c.id),
      (key) =>
        key === UNKNOWN_KEY
          ? 'Belum dipanggil'
          : knownCounters.has(key)
            ? counterLabel(facts.counters, key)
            : `Loket ${key}`,
    ),
    byStaff: rowsOf(
      byStaff,
      facts.staff.map((s) => s.id),
      (key) =>
        key === UNKNOWN_KEY ? 'Tidak tercatat' : (staffNames.get(key) ?? staffFallbackLabel(key)),
    ),
    byDay: [...byDay.values()]
      .sort((a, b) => (a.key < b.key ? -1 : 1))
      .map((group) => toRow(group, dayLabel(group.key))),
    byMonth: [...byMonth.values()]
      .sort((a, b) => (a.key < b.key ? -1 : 1))
      .map((group) => toRow(group, monthLabel(group.key))),
    arrivalsByHour: Array.from(arrivals, (count, hour) => ({ hour, count })),
  };
}
