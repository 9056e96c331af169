// What a counter may do to a ticket in hand right now, and why not when it may not. The state
// machine (core/queue/transitions.ts) decides; this only shapes its answer for the buttons.
import type { Ticket, TicketAction } from '../../core/queue/ticket.ts';
import {
  applyTicketAction,
  canApply,
  type TicketActionContext,
} from '../../core/queue/transitions.ts';
import { counterLabel, type Store } from '../store/store.ts';

/** What a counter does to a ticket in hand; closing actions belong to the daily closing. */
export type DeskAction = Exclude<TicketAction, 'call' | 'close_no_show' | 'carry_over'>;

export type Availability = { enabled: true } | { enabled: false; reason: string };

export function actionContext(store: Store, counterId: string): TicketActionContext {
  return {
    now: store.now(),
    counterId,
    counterLabel: (id) => counterLabel(store, id),
    noShowAfterCalls: store.config.noShowAfterCalls,
  };
}

export function availability(
  ticket: Ticket,
  action: DeskAction,
  ctx: TicketActionContext,
): Availability {
  if (canApply(ticket, action, ctx)) return { enabled: true };
  // canApply says only yes or no; the refusal's words come from the same evaluation. The
  // cancel reason is asked after the click, so a stand-in keeps it from being the refusal.
  const outcome = applyTicketAction(ticket, action, { ...ctx, reason: 'alasan' });
  return { enabled: false, reason: outcome.ok ? '' : outcome.message };
}
