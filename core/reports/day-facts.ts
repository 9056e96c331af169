// Report facts of one centre day: everything the queue and service reports read from a day's
// tickets and registrations, boiled down to small codes and numbers. A year's report merges 365
// of these instead of reading 200,000 tickets; the renderer keeps them in the store
// (renderer/store/report-facts.ts) and the reports merge them (queue-report.ts,
// service-report.ts). Percentiles stay exact: each ticket's waiting and service time is kept, and
// the merge sorts the period's times, as a report over the raw rows would.
//
// Per ticket (not deleted) of the day, in columns:
//   service / counter / staff  index into the day's `services` / `counters` / `staff` names
//                              (UNKNOWN_KEY for no counter or staff recorded);
//   flow                       how it came in × 16 + outcome (see cameIn / outcome below);
//   hour                       arrival hour 0..23 in the centre's time, -1 unless a visitor;
//   waitMs / serviceMs         the report's waiting and service time, -1 when it has none.
// Registrations of the day: visitors with a valid NIK, counted by sex, age group and regency.
import type { Ticket, TicketEvent } from '../queue/ticket.ts';
import type { Registration } from '../visitor/registration.ts';
import { demographicsOf } from './demographics.ts';
import { localHourReader } from './local-hour.ts';
import { daysOf, inPeriod } from './period.ts';
import type { CentreTimeZone, ReportFacts, ReportInput } from './types.ts';
import { UNKNOWN_KEY } from './types.ts';

/** Bump when the facts' meaning changes: stored facts of another version are recomputed. */
export const DAY_FACTS_VERSION = 1;

/** How a ticket came in: a visitor's first ticket, a transfer, or a daily-closing carry-over. */
export const CAME_IN = { visitor: 0, transferred: 1, carried: 2 } as const;

/** What became of a ticket; the order of the queue report's count columns. */
export const OUTCOME = {
  served: 0,
  noShow: 1,
  cancelled: 2,
  transferred: 3,
  carriedOver: 4,
  open: 5,
} as const;

const outcomeOf: Readonly<Record<Ticket['state'], number>> = {
  done: OUTCOME.served,
  no_show: OUTCOME.noShow,
  cancelled: OUTCOME.cancelled,
  transferred: OUTCOME.transferred,
  carried_over: OUTCOME.carriedOver,
  waiting: OUTCOME.open,
  called: OUTCOME.open,
  serving: OUTCOME.open,
};

/** [key, count] pairs, keys unique. */
export type Tally = [string, number][];

export interface DayFacts {
  /** The centre day ("YYYY-MM-DD"); the stored record's key. */
  localDay: string;
  version: number;
  /** Arrival hours are read in this zone: facts of another zone are recomputed. */
  timeZone: string;
  services: string[];
  counters: string[];
  staff: string[];
  service: Uint16Array;
  counter: Uint16Array;
  staffOf: Uint16Array;
  flow: Uint8Array;
  hour: Int8Array;
  waitMs: Float64Array;
  serviceMs: Float64Array;
  /** Registrations of the day with a valid NIK. */
  knownVisitors: number;
  sex: Tally;
  ageGroup: Tally;
  regency: Tally;
}

/** Call events of tickets called before tickets carried `firstCalledAt`: their first call. */
export function legacyFirstCalls(events: readonly TicketEvent[]): Map<string, number> {
  const firstCall = new Map<string, number>();
  for (const event of events) {
    if (event.type !== 'call') continue;
    const seen = firstCall.get(event.ticketId);
    if (seen === undefined || event.at < seen) firstCall.set(event.ticketId, event.at);
  }
  return firstCall;
}

/** Whether the report needs a ticket's call events to know its first call. */
export function needsCallEvents(ticket: Ticket): boolean {
  return ticket.firstCalledAt === undefined && ticket.calledAt !== undefined;
}

class Codes {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  of(name: string): number {
    let code = this.index.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.names.push(name);
      this.index.set(name, code);
    }
    return code;
  }
}

function tallyOf(counts: Map<string, number>): Tally {
  return [...counts];
}

export interface DayRows {
  localDay: string;
  timeZone: CentreTimeZone;
  /** The day's tickets (others are ignored). */
  tickets: readonly Ticket[];
  /** Call events of the day's tickets that need them (needsCallEvents); others are ignored. */
  events: readonly TicketEvent[];
  /** The day's registrations (others are ignored). */
  registrations: readonly Registration[];
}

/**
 * The facts of one day. Definitions as in queue-report.ts: waiting time from arrival (a transfer:
 * from the transfer) to the first call, none for a carried-in ticket; service time from start (or
 * the call) to finish of a served ticket.
 */
export function dayFactsOf(rows: DayRows, hourOf = localHourReader(rows.timeZone)): DayFacts {
  const { localDay } = rows;
  const tickets = rows.tickets.filter((t) => t.deleted === 0 && t.localDay === localDay);
  const legacyFirstCall = legacyFirstCalls(rows.events);
  const n = tickets.length;
  const services = new Codes();
  const counters = new Codes();
  const staff = new Codes();
  const facts: DayFacts = {
    localDay,
    version: DAY_FACTS_VERSION,
    timeZone: rows.timeZone,
    services: services.names,
    counters: counters.names,
    staff: staff.names,
    service: new Uint16Array(n),
    counter: new Uint16Array(n),
    staffOf: new Uint16Array(n),
    flow: new Uint8Array(n),
    hour: new Int8Array(n),
    waitMs: new Float64Array(n),
    serviceMs: new Float64Array(n),
    knownVisitors: 0,
    sex: [],
    ageGroup: [],
    regency: [],
  };
  tickets.forEach((ticket, i) => {
    const cameIn =
      ticket.transferredFromId !== undefined
        ? CAME_IN.transferred
        : ticket.carriedOverFromId !== undefined
          ? CAME_IN.carried
          : CAME_IN.visitor;
    const outcome = outcomeOf[ticket.state] ?? OUTCOME.open;
    const firstCall =
      ticket.firstCalledAt ??
      legacyFirstCall.get(ticket.id) ??
      (ticket.callCount > 0 || ticket.startedAt !== undefined ? ticket.calledAt : undefined);
    let wait = -1;
    if (firstCall !== undefined && cameIn !== CAME_IN.carried) {
      wait = Math.max(
        0,
        firstCall - (cameIn === CAME_IN.transferred ? ticket.issuedAt : ticket.arrivedAt),
      );
    }
    let service = -1;
    if (outcome === OUTCOME.served && ticket.finishedAt !== undefined) {
      const began = ticket.startedAt ?? ticket.calledAt;
      if (began !== undefined) service = Math.max(0, ticket.finishedAt - began);
    }
    facts.service[i] = services.of(ticket.serviceId);
    facts.counter[i] = counters.of(ticket.counterId ?? UNKNOWN_KEY);
    facts.staffOf[i] = staff.of(ticket.staffId ?? UNKNOWN_KEY);
    facts.flow[i] = cameIn * 16 + outcome;
    facts.hour[i] = cameIn === CAME_IN.visitor ? hourOf(ticket.arrivedAt) : -1;
    facts.waitMs[i] = wait;
    facts.serviceMs[i] = service;
  });

  const demographics = demographicsOf(rows.registrations, (r) => r.localDay === localDay);
  facts.knownVisitors = demographics.known;
  facts.sex = tallyOf(demographics.sex);
  facts.ageGroup = tallyOf(demographics.ageGroup);
  facts.regency = tallyOf(demographics.regency);
  return facts;
}

/** A period's rows boiled down to its days' facts: how the reports read raw rows. */
export function reportFactsOf(input: ReportInput): ReportFacts {
  const { period } = input;
  const tickets = new Map<string, Ticket[]>();
  const registrations = new Map<string, Registration[]>();
  const events = new Map<string, TicketEvent[]>();
  const dayOfTicket = new Map<string, string>();
  const push = <T>(byDay: Map<string, T[]>, day: string, row: T) => {
    const rows = byDay.get(day);
    if (rows) rows.push(row);
    else byDay.set(day, [row]);
  };
  for (const ticket of input.tickets) {
    if (!inPeriod(ticket.localDay, period)) continue;
    push(tickets, ticket.localDay, ticket);
    dayOfTicket.set(ticket.id, ticket.localDay);
  }
  for (const registration of input.registrations) {
    if (inPeriod(registration.localDay, period)) {
      push(registrations, registration.localDay, registration);
    }
  }
  for (const event of input.events) {
    const day = dayOfTicket.get(event.ticketId);
    if (day !== undefined) push(events, day, event);
  }
  const hourOf = localHourReader(input.timeZone);
  const days = daysOf(period)
    .filter((day) => tickets.has(day) || registrations.has(day))
    .map((localDay) =>
      dayFactsOf(
        {
          localDay,
          timeZone: input.timeZone,
          tickets: tickets.get(localDay) ?? [],
          events: events.get(localDay) ?? [],
          registrations: registrations.get(localDay) ?? [],
        },
        hourOf,
      ),
    );
  const hasAssessments = (input.casework?.assessments.length ?? 0) > 0;
  return {
    period,
    targetWaitMinutes: input.targetWaitMinutes,
    days,
    services: input.services,
    counters: input.counters,
    staff: input.staff,
    ...(input.partners ? { partners: input.partners } : {}),
    ...(input.casework ? { casework: input.casework } : {}),
    ...(hasAssessments ? { assessedTickets: input.tickets } : {}),
  };
}
