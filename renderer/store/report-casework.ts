// What casework gave in a report period, read from the local store for the service report
// (core/reports/service-report.ts): the emergency help, referrals and completed assessments of
// the period's visits, with the PPKS categories of each assessed visitor (from their beneficiary
// record, through merges) and the tickets that tie them to the period's visitors.
import { latestVersions } from '../../core/casework/assessment.ts';
import { emergencyItem } from '../../core/casework/emergency.ts';
import { referralStatus, statusLabels } from '../../core/casework/referral.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import type { CaseworkInput, ReportPeriod } from '../../core/reports/types.ts';
import { resolveBeneficiary } from './beneficiaries.ts';
import type { Store } from './store.ts';

export async function loadCasework(
  store: Store,
  period: ReportPeriod,
): Promise<{ casework: CaseworkInput; assessedTickets: Ticket[] }> {
  const { db } = store;
  const visits = (
    await db.visits.where('localDay').between(period.from, period.to, true, true).toArray()
  ).filter((v) => v.deleted === 0);
  const dayOf = new Map(visits.map((v) => [v.id, v.localDay]));
  const visitIds = [...dayOf.keys()];
  const live = <R extends { deleted: 0 | 1 }>(rows: R[]) => rows.filter((r) => r.deleted === 0);
  const [services, referrals, assessments] = await Promise.all([
    db.emergencyServices.where('visitId').anyOf(visitIds).toArray().then(live),
    db.referrals.where('visitId').anyOf(visitIds).toArray().then(live),
    db.assessments.where('visitId').anyOf(visitIds).toArray().then(live),
  ]);
  const current = latestVersions(assessments);
  const visitById = new Map(visits.map((v) => [v.id, v]));
  const ppksOf = new Map<string, string[]>();
  for (const a of current) {
    if (!ppksOf.has(a.beneficiaryId)) {
      const person = await resolveBeneficiary(store, a.beneficiaryId);
      ppksOf.set(a.beneficiaryId, person?.ppks.map((p) => p.code) ?? []);
    }
  }
  const ticketIds = current
    .map((a) => visitById.get(a.visitId)?.ticketIds[0])
    .filter((id) => id !== undefined);
  const assessedTickets = (await db.tickets.bulkGet(ticketIds)).filter((t) => t !== undefined);
  return {
    casework: {
      emergencyItems: services.flatMap((s) =>
        s.lines.map((line) => ({
          localDay: dayOf.get(s.visitId) ?? period.from,
          itemKey: line.itemId,
          label: emergencyItem(line.itemId)?.label ?? line.itemId,
          quantity: line.quantity,
          valueRupiah: line.quantity * line.unitValue,
        })),
      ),
      referrals: referrals.map((r) => ({
        localDay: dayOf.get(r.visitId) ?? period.from,
        partnerId: r.partnerId,
        status: statusLabels[referralStatus(r)],
      })),
      assessments: current.map((a) => ({
        localDay: dayOf.get(a.visitId) ?? period.from,
        completed: true,
        ppksCodes: ppksOf.get(a.beneficiaryId) ?? [],
        ...(visitById.get(a.visitId)?.ticketIds[0]
          ? { ticketId: visitById.get(a.visitId)?.ticketIds[0] }
          : {}),
      })),
    },
    assessedTickets,
  };
}
