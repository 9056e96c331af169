// The service report maths as first written, straight from the rows, kept as the oracle the
// day-facts reports (core/reports/) are checked against on generated data. Not used by the app.
//
// The service report (issue 5 §2): what casework gave in the period (emergency help, referrals,
// assessments) and who the visitors were — PPKS category, sex, age group and region of origin.
//
// Visitors are the period's tickets that start a visit (a transfer or a carry-over continues
// one), as in the queue report's `issued`. Sex, age and region come from the visitor's NIK when
// one was given (core/nik/nik.ts): age on the day of the visit; region is where the NIK was
// issued, which may differ from today's address. Without a (valid) NIK, "Tidak diketahui".
// Casework inputs are empty until the casework records (issue 4) exist; `casework` says so.
import { ppksByCode } from '../../../core/catalog/ppks.ts';
import { validateNik } from '../../../core/nik/nik.ts';
import type { Ticket } from '../../../core/queue/ticket.ts';
import { provinceName, regencyName } from '../../../core/regions/regions.ts';
import { inPeriod } from '../../../core/reports/period.ts';
import type {
  CountRow,
  EmergencyItemRow,
  ReferralPartnerRow,
  ReportInput,
  ServiceReport,
} from '../../../core/reports/types.ts';
import { UNKNOWN_KEY } from '../../../core/reports/types.ts';

export type { CountRow, ServiceReport } from '../../../core/reports/types.ts';

/** Age groups of social-service reporting: children, adults, older people (UU 13/1998: 60+). */
export const ageGroups = [
  { key: 'anak', label: 'Anak (0–17 tahun)', from: 0, to: 17 },
  { key: 'dewasa', label: 'Dewasa (18–59 tahun)', from: 18, to: 59 },
  {
    key: 'lansia',
    label: 'Lanjut usia (60 tahun ke atas)',
    from: 60,
    to: Number.POSITIVE_INFINITY,
  },
] as const;

const UNKNOWN_LABEL = 'Tidak diketahui';

/** Whole years from a birth date to a day, both "YYYY-MM-DD". */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function ageGroupOf(age: number): string {
  return ageGroups.find((group) => age >= group.from && age <= group.to)?.key ?? UNKNOWN_KEY;
}

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

export function serviceReport(input: ReportInput): ServiceReport {
  const { period } = input;
  const visitors = input.tickets.filter(
    (t) =>
      t.deleted === 0 &&
      t.transferredFromId === undefined &&
      t.carriedOverFromId === undefined &&
      inPeriod(t.localDay, period),
  );

  // A registration is made once per visit, when its first ticket is issued (a transfer or a
  // carry-over keeps it), on the same day: so the period's registrations are its visitors'.
  // Reading them directly spares joining 200,000 tickets to them in a year's report.
  const sex = new Tally();
  const age = new Tally();
  const province = new Tally();
  const regency = new Tally();
  let known = 0;
  for (const registration of input.registrations) {
    if (registration.deleted === 1 || registration.nik === undefined) continue;
    if (!inPeriod(registration.localDay, period)) continue;
    const nik = validateNik(registration.nik, registration.localDay);
    if (!nik.ok) continue;
    known++;
    sex.add(nik.sex);
    age.add(ageGroupOf(ageOn(nik.birthDate, registration.localDay)));
    province.add(nik.districtCode.slice(0, 2));
    regency.add(nik.districtCode.slice(0, 4));
  }
  const unknown = visitors.length - known;
  if (unknown > 0) {
    for (const tally of [sex, age, province, regency]) tally.add(UNKNOWN_KEY, unknown);
  }

  const casework = input.casework;
  const hasCasework =
    casework !== undefined &&
    (casework.emergencyItems.length > 0 ||
      casework.referrals.length > 0 ||
      casework.assessments.length > 0);

  return {
    period,
    emergencyItems: emergencyItems(input),
    referralsByPartner: referralsByPartner(input),
    assessmentsDone: (casework?.assessments ?? []).filter(
      (a) => a.completed && inPeriod(a.localDay, period),
    ).length,
    visitorsByPpks: visitorsByPpks(input, visitors),
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
    visitorsTotal: visitors.length,
    casework: hasCasework ? 'full' : 'none',
  };
}

function emergencyItems(input: ReportInput): EmergencyItemRow[] {
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

function referralsByPartner(input: ReportInput): ReferralPartnerRow[] {
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

/**
 * Visitors per PPKS category from completed assessments of their visit (a visitor may fall in
 * several categories); visitors with none are "Belum dicatat".
 */
function visitorsByPpks(input: ReportInput, visitors: readonly Ticket[]): CountRow[] {
  const assessments = input.casework?.assessments ?? [];
  if (!assessments.some((a) => a.completed && a.ticketId !== undefined)) {
    return visitors.length === 0
      ? []
      : [{ key: UNKNOWN_KEY, label: 'Belum dicatat', count: visitors.length }];
  }
  const startOf = visitStarts(input.tickets);
  const byId = new Map(input.tickets.map((t) => [t.id, t]));
  const visitorIds = new Set(visitors.map((t) => t.id));
  const codesOfVisitor = new Map<string, Set<string>>();
  for (const assessment of assessments) {
    if (!assessment.completed || assessment.ticketId === undefined) continue;
    const ticket = byId.get(assessment.ticketId);
    if (!ticket) continue;
    const start = startOf(ticket);
    if (!visitorIds.has(start.id)) continue;
    const codes = codesOfVisitor.get(start.id) ?? new Set<string>();
    for (const code of assessment.ppksCodes) codes.add(code);
    codesOfVisitor.set(start.id, codes);
  }
  const tally = new Tally();
  for (const visitor of visitors) {
    const codes = codesOfVisitor.get(visitor.id);
    if (!codes || codes.size === 0) tally.add(UNKNOWN_KEY);
    else for (const code of codes) tally.add(code);
  }
  return tally
    .rows((code) => ppksByCode(code)?.name ?? code)
    .map((row) => (row.key === UNKNOWN_KEY ? { ...row, label: 'Belum dicatat' } : row));
}
