// Moving a visitor to another service: the ticket in the old service is closed as transferred
// and a new waiting ticket opens in the new one. Number and original arrival time travel with
// the visitor, so they keep their place in line and hear the same number called.
import type { SyncedRecord } from '../sync/record.ts';
import type { Ticket } from './ticket.ts';
import { applyTicketAction, type Refusal, type TicketActionContext } from './transitions.ts';

export interface TransferContext extends TicketActionContext {
  /** Id for the new ticket (newId() from core/ids.ts), so both sides of the link agree. */
  newId: string;
  /** Device making the transfer: the issuer of the new ticket. */
  deviceId: string;
}

/** A ticket before the store adds the sync fields, with the id the caller chose. */
export type OpenedTicket = Omit<Ticket, keyof SyncedRecord> & { id: string };

export type TransferResult = { ok: true; closed: Partial<Ticket>; opened: OpenedTicket } | Refusal;

export function transferTicket(
  ticket: Ticket,
  toServiceId: string,
  ctx: TransferContext,
): TransferResult {
  if (!toServiceId) {
    return { ok: false, code: 'service_required', message: 'Pilih layanan tujuan' };
  }
  if (toServiceId === ticket.serviceId) {
    return {
      ok: false,
      code: 'same_service',
      message: `${ticket.number} sudah berada di layanan ini`,
    };
  }
  const closing = applyTicketAction(ticket, 'transfer', ctx);
  if (!closing.ok) return closing;

  const opened: OpenedTicket = {
    id: ctx.newId,
    number: ticket.number,
    letter: ticket.letter,
    seq: ticket.seq,
    serviceId: toServiceId,
    localDay: ticket.localDay,
    lane: ticket.lane,
    priorityClasses: [...ticket.priorityClasses],
    state: 'waiting',
    arrivedAt: ticket.arrivedAt,
    issuedAt: ctx.now,
    issuedBy: ctx.deviceId,
    callCount: 0,
    transferredFromId: ticket.id,
  };
  if (ticket.registrationId !== undefined) opened.registrationId = ticket.registrationId;

  return { ok: true, closed: { ...closing.patch, transferredToId: ctx.newId }, opened };
}
