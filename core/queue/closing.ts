// Daily closing (tutup layanan): at the end of a centre day the supervisor resolves the tickets
// still open — marked absent, or carried to a later day where the visitor keeps their number and
// original arrival time — and the day is locked. The closing is one synced record per centre day
// (`dayClosures`), written in the same local transaction as the resolutions, so it reaches the
// server whole; from then on the device and the server refuse any change to that day's tickets.
import { v5 } from 'uuid';
import { addDays, dayLabel } from '../reports/period.ts';
import type { QueueCounts } from '../reports/types.ts';
import type { SyncedRecord } from '../sync/record.ts';
import { formatLocalTime } from '../time/local-day.ts';
import type { Ticket, TicketState } from './ticket.ts';
import type { OpenedTicket } from './transfer.ts';
import { applyTicketAction, type Refusal, type TicketActionContext } from './transitions.ts';

export type OpenTicketResolution = 'no_show' | 'carry_over';

export interface DayClosure extends SyncedRecord {
  localDay: string;
  /** Epoch ms the supervisor closed the day. */
  closedAt: number;
  /** Staff id of who closed it. */
  closedBy: string;
  /** Their name at the time, for the refusal message ("… sudah ditutup oleh Siti Aminah …"). */
  closedByName: string;
  resolution: OpenTicketResolution;
  /** The tickets that were open and were resolved by the closing. */
  resolvedTicketIds: string[];
  /** The day carried-over tickets wait on (set when resolution is carry_over). */
  carryOverTo?: string;
  /** The day's counts as they stood after the resolutions (the printed end-of-day summary). */
  summary: QueueCounts;
}

/**
 * Most open tickets one closing resolves: the closure lists their ids and must stay within one
 * sync mutation's size (protocolLimits.maxFieldsBytes).
 */
export const MAX_RESOLVED_AT_CLOSING = 300;

/** States in which a ticket is still in the day's queue. */
export const openTicketStates: readonly TicketState[] = ['waiting', 'called', 'serving'];

function isOpen(ticket: Ticket): boolean {
  return openTicketStates.includes(ticket.state);
}

/** The day's tickets still waiting, called or being served, oldest arrival first. */
export function openTicketsOf(tickets: readonly Ticket[], localDay: string): Ticket[] {
  return tickets
    .filter((t) => t.localDay === localDay && t.deleted === 0 && isOpen(t))
    .sort((a, b) => a.arrivedAt - b.arrivedAt);
}

/** Fixed namespace of closure ids (a random UUID, never to change). */
const CLOSURE_NAMESPACE = '3f4e0b52-6a1c-4d0e-9b7a-2c8d5e1f0a93';

/**
 * The closure's id is derived from (centre, day): two PCs closing the same day offline make the
 * same row, so the second is refused as a duplicate, and the server can find a day's closure
 * before applying a ticket change without searching.
 */
export function dayClosureId(balaiId: string, localDay: string): string {
  return v5(`${balaiId}/${localDay}`, CLOSURE_NAMESPACE);
}

/** "Layanan tanggal 5 Oktober 2026 sudah ditutup oleh Siti Aminah pukul 16.05." */
export function closedDayMessage(
  closure: Pick<DayClosure, 'localDay' | 'closedAt' | 'closedByName'>,
  timeZone: string,
): string {
  return `Layanan tanggal ${dayLabel(closure.localDay)} sudah ditutup oleh ${closure.closedByName} pukul ${formatLocalTime(closure.closedAt, timeZone)}.`;
}

/** The day a carried-over ticket waits on when the supervisor does not choose one. */
export function defaultCarryOverDay(localDay: string): string {
  return addDays(localDay, 1);
}

export interface ClosingContext extends Omit<TicketActionContext, 'closing'> {
  /** Id for the carried-over ticket (newId()), so both sides of the link agree. */
  newId: string;
  /** Device closing the day: the issuer of carried-over tickets. */
  deviceId: string;
  carryOverTo: string;
}

export type ClosingResult =
  | {
      ok: true;
      action: 'close_no_show' | 'carry_over';
      patch: Partial<Ticket>;
      /** The ticket that waits on `carryOverTo` (carry-over only). */
      opened?: OpenedTicket;
    }
  | Refusal;

/**
 * Resolve one open ticket at the closing, through the shared state machine. A carry-over closes
 * the ticket as carried_over and opens a waiting copy on `carryOverTo` with the same number and
 * the original arrival time, so the visitor is first in line there.
 */
export function resolveAtClosing(
  ticket: Ticket,
  resolution: OpenTicketResolution,
  ctx: ClosingContext,
): ClosingResult {
  const action = resolution === 'no_show' ? 'close_no_show' : 'carry_over';
  const outcome = applyTicketAction(ticket, action, { ...ctx, closing: true });
  if (!outcome.ok) return outcome;
  if (action === 'close_no_show') return { ok: true, action, patch: outcome.patch };
  if (ctx.carryOverTo <= ticket.localDay) {
    return {
      ok: false,
      code: 'invalid_state',
      message: `${ticket.number} hanya dapat dibawa ke hari sesudah ${dayLabel(ticket.localDay)}`,
    };
  }
  const opened: OpenedTicket = {
    id: ctx.newId,
    number: ticket.number,
    letter: ticket.letter,
    seq: ticket.seq,
    serviceId: ticket.serviceId,
    localDay: ctx.carryOverTo,
    lane: ticket.lane,
    priorityClasses: [...ticket.priorityClasses],
    state: 'waiting',
    arrivedAt: ticket.arrivedAt,
    issuedAt: ctx.now,
    issuedBy: ctx.deviceId,
    callCount: 0,
    carriedOverFromId: ticket.id,
  };
  if (ticket.registrationId !== undefined) opened.registrationId = ticket.registrationId;
  return {
    ok: true,
    action,
    patch: { ...outcome.patch, carriedOverToId: ctx.newId },
    opened,
  };
}
