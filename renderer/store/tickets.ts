// Everything that changes a ticket. Each operation is one transaction: the ticket, its event
// (which the board and reports read) and their outbox mutations are stored together or not at
// all. Every path that calls a ticket goes through `act`, so every call reaches the board.

import { EMERGENCY_SERVICE_ID, serviceById } from '../../core/catalog/services.ts';
import type { Counter } from '../../core/centre/config.ts';
import { newId } from '../../core/ids.ts';
import { closedDayMessage, dayClosureId } from '../../core/queue/closing.ts';
import { chooseNext, laneFor } from '../../core/queue/ordering.ts';
import type { Ticket, TicketAction, TicketEvent } from '../../core/queue/ticket.ts';
import { formatTicketNumber, ticketSeq } from '../../core/queue/ticket-number.ts';
import { transferTicket } from '../../core/queue/transfer.ts';
import { applyTicketAction } from '../../core/queue/transitions.ts';
import { localDay } from '../../core/time/local-day.ts';
import { KIOSK_CONSENT_VERSION, type VisitorAnswers } from '../../core/visitor/registration.ts';
import { type ChangeContext, changeTables, createRow, updateRow } from './changes.ts';
import {
  counterServiceIds,
  peopleAhead,
  queueHeads,
  regularCallsSincePriority,
  toCandidate,
} from './queue-queries.ts';
import { changeContext, counterLabel, type Store } from './store.ts';

export type TicketResult = { ok: true; ticket: Ticket } | { ok: false; message: string };

/** Who is acting, for the record: the staff member on duty at the console (reports per staff). */
export interface ActingStaff {
  staffId?: string;
}

/** Issuing a ticket for a day the supervisor has closed. */
export class DayClosedError extends Error {
  override name = 'DayClosedError';
}

/**
 * Why a change to this day's tickets is refused, or null while the day is open. Call inside a
 * transaction that includes db.dayClosures.
 */
export async function closedDayRefusal(store: Store, day: string): Promise<string | null> {
  const closure = await store.db.dayClosures.get(dayClosureId(store.config.balai.id, day));
  return closure ? closedDayMessage(closure, store.config.timeZone) : null;
}

export interface IssuedTicket {
  ticket: Ticket;
  peopleAhead: number;
}

/** Tickets from the Darurat button carry D, a letter no service uses. */
const EMERGENCY_LETTER = 'D';

/** The event of a change, in the change's transaction. */
export function recordEvent(
  ctx: ChangeContext,
  ticket: Ticket,
  type: TicketEvent['type'],
  extra: { counterId?: string; reason?: string; staffId?: string } = {},
) {
  return createRow(ctx, 'ticketEvents', newId(), {
    ticketId: ticket.id,
    ticketNumber: ticket.number,
    serviceId: ticket.serviceId,
    type,
    lane: ticket.lane,
    at: ctx.now,
    localDay: ticket.localDay,
    deviceId: ctx.deviceId,
    ...extra,
  });
}

/**
 * Issue a ticket for a visitor (or, with `emergency`, for the Darurat button). The number comes
 * from this device's counter for the letter and local day, interleaved with the centre's other
 * issuing devices, so two kiosks working offline never hand out the same number.
 */
export async function issueTicket(
  store: Store,
  answers: VisitorAnswers,
  options: { emergency?: boolean } = {},
): Promise<IssuedTicket> {
  const { db, config } = store;
  const emergency = options.emergency ?? false;
  const serviceId = emergency ? EMERGENCY_SERVICE_ID : answers.serviceId;
  const service = serviceById(serviceId);
  if (!service) throw new Error(`Unknown service ${serviceId}`);
  const letter = emergency ? EMERGENCY_LETTER : service.letter;
  const now = store.now();
  const day = localDay(now, config.timeZone);
  const ctx = changeContext(store, now);

  const ticket = await db.transaction(
    'rw',
    [
      ...changeTables(db, 'tickets', 'ticketEvents', 'registrations'),
      db.ticketCounters,
      db.dayClosures,
    ],
    async () => {
      const closed = await closedDayRefusal(store, day);
      if (closed) throw new DayClosedError(closed);
      const counter = await db.ticketCounters.get([day, letter]);
      const count = (counter?.count ?? 0) + 1;
      await db.ticketCounters.put({ localDay: day, letter, count });
      const seq = ticketSeq(count, config.issuer);
      const ticketId = newId();
      const registrationId = newId();
      const issued = await createRow(ctx, 'tickets', ticketId, {
        number: formatTicketNumber(letter, seq),
        letter,
        seq,
        serviceId,
        localDay: day,
        lane: laneFor(answers.priorityClasses, emergency),
        priorityClasses: answers.priorityClasses,
        state: 'waiting',
        arrivedAt: now,
        issuedAt: now,
        issuedBy: store.deviceId,
        registrationId,
        callCount: 0,
      });
      const keepPersonalData = answers.consentGiven && !emergency;
      await createRow(ctx, 'registrations', registrationId, {
        ticketId,
        serviceId,
        localDay: day,
        registeredAt: now,
        deviceId: store.deviceId,
        hasNoId: answers.hasNoId,
        priorityClasses: answers.priorityClasses,
        ...(keepPersonalData && answers.nik ? { nik: answers.nik } : {}),
        ...(keepPersonalData && answers.name ? { name: answers.name } : {}),
        ...(emergency
          ? {}
          : {
              consent: {
                given: answers.consentGiven,
                textVersion: KIOSK_CONSENT_VERSION,
                at: now,
                channel: 'kiosk' as const,
              },
            }),
      });
      await recordEvent(ctx, issued, 'issued');
      return issued;
    },
  );
  return { ticket, peopleAhead: await peopleAhead(store, ticket) };
}

/** Apply one action to one ticket, through the shared state machine. */
export async function act(
  store: Store,
  ticketId: string,
  action: Exclude<TicketAction, 'transfer' | 'close_no_show' | 'carry_over'>,
  options: { counterId?: string; reason?: string } & ActingStaff = {},
): Promise<TicketResult> {
  const { db } = store;
  const now = store.now();
  const ctx = changeContext(store, now);
  const { staffId } = options;
  const tables = [...changeTables(db, 'tickets', 'ticketEvents'), db.dayClosures];
  return db.transaction('rw', tables, async () => {
    const ticket = await db.tickets.get(ticketId);
    if (!ticket) return { ok: false, message: 'Tiket tidak ditemukan.' };
    const dayClosed = await closedDayRefusal(store, ticket.localDay);
    if (dayClosed) return { ok: false, message: dayClosed };
    const counterId = options.counterId ?? ticket.counterId;
    const outcome = applyTicketAction(ticket, action, {
      now,
      ...(counterId ? { counterId } : {}),
      ...(options.reason ? { reason: options.reason } : {}),
      ...(staffId ? { staffId } : {}),
      counterLabel: (id) => counterLabel(store, id),
      noShowAfterCalls: store.config.noShowAfterCalls,
    });
    if (!outcome.ok) return { ok: false, message: outcome.message };
    const changed = await updateRow(ctx, 'tickets', ticket, outcome.patch, {
      kind: 'ticket-action',
      action,
      ...(counterId ? { counterId } : {}),
      ...(options.reason ? { reason: options.reason } : {}),
    });
    await recordEvent(ctx, changed, action, {
      ...(counterId ? { counterId } : {}),
      ...(options.reason ? { reason: options.reason } : {}),
      ...(staffId ? { staffId } : {}),
    });
    return { ok: true, ticket: changed };
  });
}

/** Call the ticket the centre's ordering policy puts first for this counter. */
export async function callNext(
  store: Store,
  counter: Counter,
  options: ActingStaff = {},
): Promise<TicketResult> {
  const { db, config } = store;
  const day = localDay(store.now(), config.timeZone);
  const ratio = config.ordering.kind === 'ratio' ? config.ordering.regularPerPriority : 0;
  const choice = await db.transaction('r', db.tickets, db.ticketEvents, async () => {
    const heads = await queueHeads(db, day, counterServiceIds(counter));
    return chooseNext(heads.map(toCandidate), config.ordering, {
      now: store.now(),
      regularCallsSincePriority: await regularCallsSincePriority(db, day, counter.id, ratio),
    });
  });
  if (!choice) return { ok: false, message: 'Tidak ada antrian yang menunggu.' };
  return act(store, choice.id, 'call', { ...options, counterId: counter.id });
}

/**
 * Send a ticket to another service. The old ticket ends as "transferred"; a new one waits in the
 * new service with the same number and the original arrival time, so nobody loses their place.
 */
export async function transfer(
  store: Store,
  ticketId: string,
  toServiceId: string,
  counterId?: string,
  { staffId }: ActingStaff = {},
): Promise<TicketResult> {
  const { db } = store;
  const now = store.now();
  const ctx = changeContext(store, now);
  const tables = [...changeTables(db, 'tickets', 'ticketEvents'), db.dayClosures];
  return db.transaction('rw', tables, async () => {
    const ticket = await db.tickets.get(ticketId);
    if (!ticket) return { ok: false, message: 'Tiket tidak ditemukan.' };
    const dayClosed = await closedDayRefusal(store, ticket.localDay);
    if (dayClosed) return { ok: false, message: dayClosed };
    const openedId = newId();
    const outcome = transferTicket(ticket, toServiceId, {
      now,
      newId: openedId,
      deviceId: store.deviceId,
      noShowAfterCalls: store.config.noShowAfterCalls,
      ...(counterId ? { counterId } : {}),
      ...(staffId ? { staffId } : {}),
      counterLabel: (id) => counterLabel(store, id),
    });
    if (!outcome.ok) return { ok: false, message: outcome.message };
    const closed = await updateRow(ctx, 'tickets', ticket, outcome.closed, {
      kind: 'ticket-action',
      action: 'transfer',
      ...(counterId ? { counterId } : {}),
    });
    await recordEvent(ctx, closed, 'transfer', {
      ...(counterId ? { counterId } : {}),
      ...(staffId ? { staffId } : {}),
    });
    const created = await createRow(ctx, 'tickets', openedId, outcome.opened);
    return { ok: true, ticket: created };
  });
}
