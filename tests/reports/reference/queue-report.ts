// The queue report maths as first written, straight from the ticket rows, kept as the oracle the
// day-facts reports (core/reports/) are checked against on generated data. Not used by the app.
//
// The queue report (issue 5 §1): per service, counter, staff member and day — tickets issued,
// served, marked absent, cancelled, transferred and carried over; waiting and service times
// (p50 / p90 / max); arrivals per hour in the centre's time; the share served within the
// centre's target waiting time.
//
// Definitions (the tests compute them by hand):
// - A ticket counts once, under the state it is in now, in the groups of its own day, service,
//   counter (the one that last called it) and staff member (the last to act on it).
// - `issued` counts visitors: a ticket opened by a transfer or by a daily-closing carry-over
//   continues a visit already counted (transferredIn / carriedIn).
// - Waiting time: from arrival (for a transferred-in ticket: from the transfer, when it joined
//   this service's queue) to the first call. A carried-in ticket's wait spans the night and is
//   left out; its first day's ticket holds the wait if it was called then.
// - Service time: from start (or the call, if never started) to finish, of served tickets.
// - Within target: share of served tickets whose waiting time is at most the target.
import { counterLabel } from '../../../core/centre/counters.ts';
import type { Ticket } from '../../../core/queue/ticket.ts';
import { localHourReader } from '../../../core/reports/local-hour.ts';
import { dayLabel, daysOf, inPeriod } from '../../../core/reports/period.ts';
import type {
  DurationStats,
  QueueCounts,
  QueueReport,
  QueueRow,
  ReportInput,
} from '../../../core/reports/types.ts';
import { OTHER_STAFF_ID, UNKNOWN_KEY } from '../../../core/reports/types.ts';

/** Nearest-rank percentiles by sorting every time: the plain way, as first written. */
export function durationStats(samples: readonly number[]): DurationStats {
  if (samples.length === 0) return { count: 0, p50Ms: null, p90Ms: null, maxMs: null };
  const sorted = Float64Array.from(samples).sort();
  const rank = (p: number) =>
    sorted[Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length))) - 1] ?? null;
  return {
    count: sorted.length,
    p50Ms: rank(0.5),
    p90Ms: rank(0.9),
    maxMs: sorted[sorted.length - 1] ?? null,
  };
}

/** A staff id the centre's list does not name: the console's "Petugas lain", or the id itself. */
function staffFallbackLabel(staffId: string): string {
  return staffId === OTHER_STAFF_ID ? 'Petugas lain' : staffId;
}

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

const outcomeIndex: Readonly<Record<Ticket['state'], number>> = {
  done: 3,
  no_show: 4,
  cancelled: 5,
  transferred: 6,
  carried_over: 7,
  waiting: 8,
  called: 8,
  serving: 8,
};

interface Group {
  key: string;
  counts: number[];
  waits: number[];
  services: number[];
  servedWithWait: number;
  servedWithinTarget: number;
}

function newGroup(key: string): Group {
  return {
    key,
    counts: countFields.map(() => 0),
    waits: [],
    services: [],
    servedWithWait: 0,
    servedWithinTarget: 0,
  };
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
    wait: durationStats(group.waits),
    service: durationStats(group.services),
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

/** First calls from the events of tickets made before tickets carried `firstCalledAt`. */
function legacyFirstCalls(input: ReportInput): Map<string, number> {
  const firstCall = new Map<string, number>();
  for (const event of input.events) {
    if (event.type !== 'call') continue;
    const seen = firstCall.get(event.ticketId);
    if (seen === undefined || event.at < seen) firstCall.set(event.ticketId, event.at);
  }
  return firstCall;
}

/** The queue report without `byMonth` (added later; checked month by month against this). */
export function queueReport(input: ReportInput): Omit<QueueReport, 'byMonth'> {
  const { period } = input;
  const targetMs = input.targetWaitMinutes * 60_000;
  const legacyFirstCall = legacyFirstCalls(input);
  const hourOf = localHourReader(input.timeZone);
  const days = daysOf(period);

  const totals = newGroup('total');
  const byService = new Map<string, Group>();
  const byCounter = new Map<string, Group>();
  const byStaff = new Map<string, Group>();
  const byDay = new Map<string, Group>(days.map((day) => [day, newGroup(day)]));
  const arrivals = new Int32Array(24);

  for (const ticket of input.tickets) {
    if (ticket.deleted === 1 || ticket.localDay < period.from || ticket.localDay > period.to) {
      continue;
    }
    const cameIn =
      ticket.transferredFromId !== undefined ? 1 : ticket.carriedOverFromId !== undefined ? 2 : 0;
    const outcome = outcomeIndex[ticket.state] ?? 8;
    if (cameIn === 0) {
      const hour = hourOf(ticket.arrivedAt);
      arrivals[hour] = (arrivals[hour] ?? 0) + 1;
    }

    const firstCall =
      ticket.firstCalledAt ??
      legacyFirstCall.get(ticket.id) ??
      (ticket.callCount > 0 || ticket.startedAt !== undefined ? ticket.calledAt : undefined);
    let wait = -1;
    if (firstCall !== undefined && cameIn !== 2) {
      wait = Math.max(0, firstCall - (cameIn === 1 ? ticket.issuedAt : ticket.arrivedAt));
    }
    let service = -1;
    if (outcome === 3 && ticket.finishedAt !== undefined) {
      const began = ticket.startedAt ?? ticket.calledAt;
      if (began !== undefined) service = Math.max(0, ticket.finishedAt - began);
    }
    const servedWait = outcome === 3 && wait >= 0;
    const withinTarget = servedWait && wait <= targetMs;

    for (let g = 0; g < 5; g++) {
      const group =
        g === 0
          ? totals
          : g === 1
            ? groupIn(byService, ticket.serviceId)
            : g === 2
              ? groupIn(byCounter, ticket.counterId ?? UNKNOWN_KEY)
              : g === 3
                ? groupIn(byStaff, ticket.staffId ?? UNKNOWN_KEY)
                : groupIn(byDay, ticket.localDay);
      const counts = group.counts;
      counts[cameIn] = (counts[cameIn] ?? 0) + 1;
      counts[outcome] = (counts[outcome] ?? 0) + 1;
      if (wait >= 0) group.waits.push(wait);
      if (service >= 0) group.services.push(service);
      if (servedWait) {
        group.servedWithWait++;
        if (withinTarget) group.servedWithinTarget++;
      }
    }
  }

  const serviceNames = new Map(input.services.map((s) => [s.id, s.name]));
  const staffNames = new Map(input.staff.map((s) => [s.id, s.name]));
  const knownCounters = new Set(input.counters.map((c) => c.id));
  return {
    period,
    targetWaitMinutes: input.targetWaitMinutes,
    totals: toRow(totals, 'Jumlah'),
    byService: rowsOf(
      byService,
      input.services.map((s) => s.id),
      (key) => serviceNames.get(key) ?? key,
    ),
    byCounter: rowsOf(
      byCounter,
      [...input.counters].sort((a, b) => a.number - b.number).map((c) => c.id),
      (key) =>
        key === UNKNOWN_KEY
          ? 'Belum dipanggil'
          : knownCounters.has(key)
            ? counterLabel(input.counters, key)
            : `Loket ${key}`,
    ),
    byStaff: rowsOf(
      byStaff,
      input.staff.map((s) => s.id),
      (key) =>
        key === UNKNOWN_KEY ? 'Tidak tercatat' : (staffNames.get(key) ?? staffFallbackLabel(key)),
    ),
    byDay: [...byDay.values()]
      .filter((group) => inPeriod(group.key, period))
      .sort((a, b) => (a.key < b.key ? -1 : 1))
      .map((group) => toRow(group, dayLabel(group.key))),
    arrivalsByHour: Array.from(arrivals, (count, hour) => ({ hour, count })),
  };
}
