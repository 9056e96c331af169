// The ticket state machine: which action moves a ticket from which state to which, and the
// refusals a staff member reads when an action is not possible. The device uses it before a
// change and the central server uses the same function to validate a pushed change, so it is
// pure, deterministic (time comes from ctx.now) and total: it never throws, it refuses.
import type { Ticket, TicketAction, TicketState } from './ticket.ts';

/** Every allowed move. An action missing for a state is refused; terminal states allow none. */
export const ticketTransitions: Readonly<
  Record<TicketState, Readonly<Partial<Record<TicketAction, TicketState>>>>
> = {
  waiting: {
    call: 'called',
    transfer: 'transferred',
    cancel: 'cancelled',
    close_no_show: 'no_show',
    carry_over: 'carried_over',
  },
  called: {
    recall: 'called',
    start: 'serving',
    no_show: 'no_show',
    requeue: 'waiting',
    cancel: 'cancelled',
    transfer: 'transferred',
    close_no_show: 'no_show',
    carry_over: 'carried_over',
  },
  // Cancelling while serving covers a ticket issued by mistake or a visitor who leaves midway;
  // a reason is required, so it stays distinguishable from "done" in the reports.
  serving: {
    finish: 'done',
    transfer: 'transferred',
    cancel: 'cancelled',
    close_no_show: 'no_show',
    carry_over: 'carried_over',
  },
  // A latecomer who comes back after being marked absent goes back into the queue.
  no_show: { requeue: 'waiting' },
  done: {},
  transferred: {},
  cancelled: {},
  carried_over: {},
};

export const terminalStates: readonly TicketState[] = [
  'done',
  'transferred',
  'cancelled',
  'carried_over',
];

export type RefusalCode =
  /** The action is not possible from the ticket's current state. */
  | 'invalid_state'
  /** The ticket row is a tombstone. */
  | 'deleted'
  /** call / recall / start were asked without a counter. */
  | 'counter_required'
  /** The ticket is called at or served by another counter. */
  | 'other_counter'
  /** Marked absent before it was called `noShowAfterCalls` times. */
  | 'too_few_calls'
  /** Cancelled without a reason. */
  | 'reason_required'
  /** Transfer without a target service, or to the service it is already in. */
  | 'service_required'
  | 'same_service'
  /** A daily-closing action outside the closing of the ticket's day. */
  | 'closing_only';

export interface TicketActionContext {
  now: number;
  /** The counter acting. Missing = a supervisor acting for the centre (not allowed to call). */
  counterId?: string;
  /** "Loket 2" for a counter id, for messages. */
  counterLabel: (counterId: string) => string;
  noShowAfterCalls: number;
  /** Why it is cancelled (required for cancel). */
  reason?: string;
  /** Staff member on duty; recorded on the ticket as the last to act on it. */
  staffId?: string;
  /**
   * The action is part of the daily closing of the ticket's day (core/queue/closing.ts): only
   * then are close_no_show and carry_over allowed. The server sets it only for a push that also
   * creates that day's closure.
   */
  closing?: boolean;
}

export type Refusal = { ok: false; code: RefusalCode; message: string };
export type TicketActionResult = { ok: true; patch: Partial<Ticket> } | Refusal;

const needsCounter: ReadonlySet<TicketAction> = new Set(['call', 'recall', 'start']);
const closingActions: ReadonlySet<TicketAction> = new Set(['close_no_show', 'carry_over']);

/**
 * Validates `action` on `ticket` and returns only the ticket fields to change (never the sync
 * fields), or a refusal with a message for the staff member.
 *
 * Notes on the patches:
 * - `requeue` resets `callCount`, so a visitor who comes back needs fresh calls before being
 *   marked absent again; `arrivedAt` is untouched, so they keep their place.
 * - Closing a ticket (done, transferred, cancelled) sets `finishedAt` to the closing time.
 * - `counterId` is the counter that last called the ticket; it is meaningful while the ticket is
 *   called or serving and is not cleared on requeue (JSON sync cannot carry "unset").
 * - `transfer` only closes the ticket here; use transferTicket (transfer.ts) to get the
 *   `transferredToId` link and the ticket opened in the new service. Likewise `carry_over`:
 *   resolveAtClosing (closing.ts) adds the link and the ticket opened on the later day.
 * - The first `call` sets `firstCalledAt`, which recalls and calls after a requeue keep.
 * - With `ctx.staffId`, every patch records it as the ticket's `staffId`.
 */
export function applyTicketAction(
  ticket: Ticket,
  action: TicketAction,
  ctx: TicketActionContext,
): TicketActionResult {
  return evaluate(ticket, action, ctx, true);
}

/**
 * Whether the action's button should be enabled. The cancel reason is asked for after the
 * click, so a missing reason does not disable the button; everything else is checked.
 */
export function canApply(ticket: Ticket, action: TicketAction, ctx: TicketActionContext): boolean {
  return evaluate(ticket, action, ctx, false).ok;
}

function evaluate(
  ticket: Ticket,
  action: TicketAction,
  ctx: TicketActionContext,
  requireInput: boolean,
): TicketActionResult {
  const n = ticket.number;
  if (ticket.deleted === 1) return refuse('deleted', `${n} sudah dihapus`);

  const target = ticketTransitions[ticket.state]?.[action];
  if (target === undefined) return refuse('invalid_state', stateRefusal(ticket, action, ctx));
  if (closingActions.has(action) && !ctx.closing) {
    return refuse('closing_only', `${n} hanya dapat diselesaikan begini saat tutup layanan`);
  }

  if (needsCounter.has(action) && !ctx.counterId) {
    return refuse('counter_required', 'Pilih loket terlebih dahulu');
  }

  // A called or served ticket belongs to its counter: a second counter acting on it is the
  // race the server must catch (two counters calling the same ticket offline).
  const heldBy = ticket.counterId;
  if (
    (ticket.state === 'called' || ticket.state === 'serving') &&
    heldBy &&
    ctx.counterId &&
    ctx.counterId !== heldBy
  ) {
    const where = ticket.state === 'called' ? 'sudah dipanggil di' : 'sedang dilayani di';
    return refuse('other_counter', `${n} ${where} ${ctx.counterLabel(heldBy)}`);
  }

  const accept = (patch: Partial<Ticket>): TicketActionResult => ({
    ok: true,
    patch: ctx.staffId === undefined ? patch : { ...patch, staffId: ctx.staffId },
  });
  switch (action) {
    case 'call':
      return accept({
        state: target,
        callCount: ticket.callCount + 1,
        ...(ticket.firstCalledAt === undefined ? { firstCalledAt: ctx.now } : {}),
        calledAt: ctx.now,
        counterId: ctx.counterId,
      });
    case 'recall':
      return accept({
        state: target,
        callCount: ticket.callCount + 1,
        calledAt: ctx.now,
        counterId: ctx.counterId,
      });
    case 'start':
      return accept({ state: target, startedAt: ctx.now, counterId: ctx.counterId });
    case 'finish':
      return accept({ state: target, finishedAt: ctx.now });
    case 'no_show':
      if (ticket.callCount < ctx.noShowAfterCalls) {
        return refuse(
          'too_few_calls',
          `${n} baru dipanggil ${ticket.callCount} kali; tandai tidak hadir setelah ${ctx.noShowAfterCalls} kali panggilan`,
        );
      }
      return accept({ state: target });
    case 'requeue':
      return accept({ state: target, callCount: 0 });
    case 'cancel': {
      const reason = ctx.reason?.trim() ?? '';
      if (reason === '' && requireInput) {
        return refuse('reason_required', 'Tuliskan alasan pembatalan');
      }
      return accept({ state: target, cancelReason: reason, finishedAt: ctx.now });
    }
    case 'transfer':
    case 'carry_over':
      return accept({ state: target, finishedAt: ctx.now });
    case 'close_no_show':
      return accept({ state: target });
    default:
      return refuse('invalid_state', `Tindakan tidak dikenal untuk ${n}`);
  }
}

/** Why an action does not fit the current state, said from the staff member's side. */
function stateRefusal(ticket: Ticket, action: TicketAction, ctx: TicketActionContext): string {
  const n = ticket.number;
  const at = ticket.counterId ? ` di ${ctx.counterLabel(ticket.counterId)}` : '';
  switch (ticket.state) {
    case 'waiting':
      return action === 'requeue' ? `${n} sudah ada di antrean` : `${n} belum dipanggil`;
    case 'called':
      return action === 'finish' ? `${n} belum mulai dilayani` : `${n} sudah dipanggil${at}`;
    case 'serving':
      return `${n} sedang dilayani${at}`;
    case 'no_show':
      return action === 'no_show'
        ? `${n} sudah ditandai tidak hadir`
        : `${n} ditandai tidak hadir; kembalikan ke antrean terlebih dahulu`;
    case 'done':
      return `${n} sudah selesai dilayani`;
    case 'transferred':
      return `${n} sudah dialihkan ke layanan lain`;
    case 'cancelled':
      return `${n} sudah dibatalkan`;
    case 'carried_over':
      return `${n} sudah dibawa ke hari berikutnya`;
    default:
      return `${n} tidak dapat diproses`;
  }
}

function refuse(code: RefusalCode, message: string): Refusal {
  return { ok: false, code, message };
}
