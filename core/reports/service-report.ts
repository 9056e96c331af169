// The service report (issue 5 §2): what casework gave in the period (emergency help, referrals,
// assessments) and who the visitors were — PPKS category, sex, age group and region of origin.
//
// Visitors are the period's tickets that start a visit (a transfer or a carry-over continues
// one), as in the queue report's `issued`. Sex, age and region come from the visitor's NIK when
// one was given (core/nik/nik.ts): age on the day of the visit; region is where the NIK was
// issued, which may differ from today's address. Without a (valid) NIK, "Tidak diketahui".
// Casework inputs are empty until the casework records (issue 4) exist; `casework` says so.
import { ppksByCode } from '../catalog/ppks.ts';
import type { Ticket } from '../queue/ticket.ts';
import { provinceName, regencyName } from '../regions/regions.ts';
import { CAME_IN, reportFactsOf } from './day-facts.ts';
import { ageGroups } from './demographics.ts';
import { inPeriod } from './period.ts';
import type {
  CountRow,
  EmergencyItemRow,
  ReferralPartnerRow,
  ReportFacts,
  ReportInput,
  ServiceReport,
} from './types.ts';
import { UNKNOWN_KEY } from './types.ts';

export { ageGroupOf, ageGroups, ageOn } from './demographics.ts';
export type { CountRow, ServiceReport } from './types.ts';

const UNKNOWN_LABEL = 'Tidak diketahui';

class Tally {
  private readonly counts = new Map<string, number>();
  add(key: string, n = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + n);
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  /** Biggest first (ties by key), the unknown row last. */
  rows(label: (key: string) => string): CountRow[] {
    return [...this.counts]
      .sort(([ka, a], [kb, b]) => {
        if (ka === UNKNOWN_KEY || kb === UNKNOWN_KEY) {
          return Number(ka === UNKNOWN_KEY) - Number(kb === UNKNOWN_KEY);
        }
        return b - a || (ka < kb ? -1 : 1);
      })
      .map(([key, count]) => ({
        key,
        label: key === UNKNOWN_KEY ? UNKNOWN_LABEL : label(key),
        count,
      }));
  }
}

/** The ticket that started each ticket's visit, following transfer and carry-over links. */
function visitStarts(tickets: readonly Ticket[]): (ticket: Ticket) => Ticket {
  const byId = new Map(tickets.map((t) => [t.id, t]));
  return (ticket) => {
    let current = ticket;
    for (let hops = 0; hops < 100; hops++) {
      const from = current.transferredFromId ?? current.carriedOverFromId;
      const previous = from === undefined ? undefined : byId.get(from);
      if (!previous) return current;
      current = previous;
    }
    return current;
  };
}

/** The service report of a period's rows: their day facts, merged. */
export function serviceReport(input: ReportInput): ServiceReport {
  return serviceReportOfFacts(reportFactsOf(input));
}

/** The service report of a period from its days' facts (day-facts.ts). */
export function serviceReportOfFacts(facts: ReportFacts): ServiceReport {
  const { period } = facts;
  // A registration is made once per visit, when its first ticket is issued (a transfer or a
  // carry-over keeps it), on the same day: so the period's registrations are its visitors'.
  let visitorsTotal = 0;
  let known = 0;
  const sex = new Tally();
  const age = new Tally();
  const province = new Tally();
  const regency = new Tally();
  for (const day of facts.days) {
    if (!inPeriod(day.localDay, period)) continue;
    for (const flow of day.flow) if (flow >> 4 === CAME_IN.visitor) visitorsTotal++;
    known += day.knownVisitors;
    for (const [key, n] of day.sex) sex.add(key, n);
    for (const [key, n] of day.ageGroup) age.add(key, n);
    for (const [code, n] of day.regency) {
      regency.add(code, n);
      province.add(code.slice(0, 2), n);
    }
  }
  const unknown = visitorsTotal - known;
  if (unknown > 0) {
    for (const tally of [sex, age, province, regency]) tally.add(UNKNOWN_KEY, unknown);
  }

  const casework = facts.casework;
  const hasCasework =
    casework !== undefined &&
    (casework.emergencyItems.length > 0 ||
      casework.referrals.length > 0 ||
      casework.assessments.length > 0);

  return {
    period,
    emergencyItems: emergencyItems(facts),
    referralsByPartner: referralsByPartner(facts),
    assessmentsDone: (casework?.assessments ?? []).filter(
      (a) => a.completed && inPeriod(a.localDay, period),
    ).length,
    visitorsByPpks: visitorsByPpks(facts, visitorsTotal),
    visitorsBySex: sex.rows((key) => (key === 'female' ? 'Perempuan' : 'Laki-laki')),
    visitorsByAgeGroup: [
      ...ageGroups.map((group) => ({
        key: group.key,
        label: group.label,
        count: age.get(group.key),
      })),
      { key: UNKNOWN_KEY, label: UNKNOWN_LABEL, count: age.get(UNKNOWN_KEY) },
    ],
    visitorsByRegion: province.rows((code) => provinceName(code) ?? `Provinsi ${code}`),
    visitorsByRegency: regency.rows((code) => regencyName(code) ?? `Kabupaten/Kota ${code}`),
    visitorsTotal,
    casework: hasCasework ? 'full' : 'none',
  };
}

function emergencyItems(input: ReportFacts): EmergencyItemRow[] {
  const rows = new Map<string, EmergencyItemRow>();
  for (const item of input.casework?.emergencyItems ?? []) {
    if (!inPeriod(item.localDay, input.period)) continue;
    const row = rows.get(item.itemKey) ?? {
      key: item.itemKey,
      label: item.label,
      quantity: 0,
      valueRupiah: 0,
    };
    row.quantity += item.quantity;
    row.valueRupiah += item.valueRupiah;
    rows.set(item.itemKey, row);
  }
  return [...rows.values()].sort(
    (a, b) => b.valueRupiah - a.valueRupiah || (a.key < b.key ? -1 : 1),
  );
}

function referralsByPartner(input: ReportFacts): ReferralPartnerRow[] {
  const names = new Map((input.partners ?? []).map((p) => [p.id, p.name]));
  const rows = new Map<string, ReferralPartnerRow>();
  for (const referral of input.casework?.referrals ?? []) {
    if (!inPeriod(referral.localDay, input.period)) continue;
    const row = rows.get(referral.partnerId) ?? {
      partnerId: referral.partnerId,
      label: names.get(referral.partnerId) ?? referral.partnerId,
      byStatus: {},
      total: 0,
    };
    row.byStatus[referral.status] = (row.byStatus[referral.status] ?? 0) + 1;
    row.total++;
    rows.set(referral.partnerId, row);
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || (a.label < b.label ? -1 : 1));
}

/** Whether a ticket starts a visit of the period (a transfer or a carry-over continues one). */
function isVisitor(ticket: Ticket, period: ReportFacts['period']): boolean {
  return (
    ticket.deleted === 0 &&
    ticket.transferredFromId === undefined &&
    ticket.carriedOverFromId === undefined &&
    inPeriod(ticket.localDay, period)
  );
}

/**
 * Visitors per PPKS category from completed assessments of their visit (a visitor may fall in
 * several categories); visitors with none are "Belum dicatat".
 */
function visitorsByPpks(facts: ReportFacts, visitorsTotal: number): CountRow[] {
  const assessments = facts.casework?.assessments ?? [];
  if (!assessments.some((a) => a.completed && a.ticketId !== undefined)) {
    return visitorsTotal === 0
      ? []
      : [{ key: UNKNOWN_KEY, label: 'Belum dicatat', count: visitorsTotal }];
  }
  const tickets = facts.assessedTickets ?? [];
  const startOf = visitStarts(tickets);
  const byId = new Map(tickets.map((t) => [t.id, t]));
  const codesOfVisitor = new Map<string, Set<string>>();
  for (const assessment of assessments) {
    if (!assessment.completed || assessment.ticketId === undefined) continue;
    const ticket = byId.get(assessment.ticketId);
    if (!ticket) continue;
    const start = startOf(ticket);
    if (!isVisitor(start, facts.period)) continue;
    const codes = codesOfVisitor.get(start.id) ?? new Set<string>();
    for (const code of assessment.ppksCodes) codes.add(code);
    codesOfVisitor.set(start.id, codes);
  }
  const tally = new Tally();
  let recorded = 0;
  for (const codes of codesOfVisitor.values()) {
    if (codes.size > 0) recorded++;
    for (const code of codes) tally.add(code);
  }
  if (visitorsTotal > recorded) tally.add(UNKNOWN_KEY, visitorsTotal - recorded);
  return tally
    .rows((code) => ppksByCode(code)?.name ?? code)
    .map((row) => (row.key === UNKNOWN_KEY ? { ...row, label: 'Belum dicatat' } : row));
}
