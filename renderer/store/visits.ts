// Visits in the local store: the visit of a called ticket (opened when the counter links it to a
// beneficiary), and everything recorded for a beneficiary across visits and merges — the rows
// the case timeline (core/casework/timeline.ts) orders.
import type { CaseRecords } from '../../core/casework/timeline.ts';
import type { Visit } from '../../core/casework/visit.ts';
import { newId } from '../../core/ids.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import { beneficiaryHistoryIds } from './beneficiaries.ts';
import { changeTables, createRow, updateRow } from './changes.ts';
import { changeContext, type Store } from './store.ts';

/** The visit a ticket belongs to, if the counter has opened one. */
export async function visitOfTicket(store: Store, ticketId: string): Promise<Visit | undefined> {
  const visits = await store.db.visits.where('ticketIds').equals(ticketId).toArray();
  return visits.find((v) => v.deleted === 0);
}

/**
 * Opens the visit of a called ticket for a beneficiary, or — when the ticket already has one
 * (another counter, an earlier ticket of a transfer) — returns it. A transferred ticket joins
 * the visit of the ticket it came from, so one visit holds the whole day.
 */
export async function openVisit(
  store: Store,
  ticket: Ticket,
  beneficiaryId: string,
  opened: { staffId: string | null; counterId: string | null },
): Promise<Visit> {
  const now = store.now();
  const ctx = changeContext(store, now);
  return store.db.transaction(
    'rw',
    [...changeTables(store.db, 'visits'), store.db.tickets],
    async () => {
      const own = await visitOfTicket(store, ticket.id);
      if (own) return own;
      const from = ticket.transferredFromId ?? ticket.carriedOverFromId;
      const earlier = from ? await visitOfTicket(store, from) : undefined;
      if (earlier) {
        return updateRow(ctx, 'visits', earlier, { ticketIds: [...earlier.ticketIds, ticket.id] });
      }
      return createRow(ctx, 'visits', newId(), {
        beneficiaryId,
        ticketIds: [ticket.id],
        localDay: ticket.localDay,
        serviceId: ticket.serviceId,
        counterId: opened.counterId,
        openedAt: now,
        openedBy: opened.staffId,
      });
    },
  );
}

/**
 * Everything recorded for a beneficiary: under its own id and under every record merged into it,
 * so a merge shows both histories.
 */
export async function caseRecords(store: Store, beneficiaryId: string): Promise<CaseRecords> {
  const ids = await beneficiaryHistoryIds(store, beneficiaryId);
  const { db } = store;
  const live = <R extends { deleted: 0 | 1 }>(rows: R[]) => rows.filter((r) => r.deleted === 0);
  const [visits, assessments, emergencyServices, referrals] = await Promise.all([
    db.visits.where('beneficiaryId').anyOf(ids).toArray(),
    db.assessments.where('beneficiaryId').anyOf(ids).toArray(),
    db.emergencyServices.where('beneficiaryId').anyOf(ids).toArray(),
    db.referrals.where('beneficiaryId').anyOf(ids).toArray(),
  ]);
  const tickets = await db.tickets.bulkGet(visits.flatMap((v) => v.ticketIds));
  const ticketNumbers = new Map(
    tickets.filter((t) => t !== undefined).map((t) => [t.id, t.number] as const),
  );
  return {
    visits: live(visits),
    assessments: live(assessments),
    emergencyServices: live(emergencyServices),
    referrals: live(referrals),
    ticketNumbers,
  };
}
