// The timeline of a beneficiary's case: every visit with what was done on it (assessments and
// their edits, emergency help, referrals and each status they reached), newest first, and the
// case status staff read at a glance. Pure: the store gathers the rows (through merges), this
// orders and labels them.
import type { Assessment } from './assessment.ts';
import { latestVersions } from './assessment.ts';
import type { EmergencyService } from './emergency.ts';
import {
  isFinished,
  isOverdue,
  type Referral,
  type ReferralStatus,
  referralStatus,
  statusField,
} from './referral.ts';
import type { Visit } from './visit.ts';

export interface CaseRecords {
  visits: Visit[];
  assessments: Assessment[];
  emergencyServices: EmergencyService[];
  referrals: Referral[];
  /** Ticket numbers by ticket id, for "Kunjungan · A-012". */
  ticketNumbers: ReadonlyMap<string, string>;
}

export type TimelineEntry =
  | { kind: 'visit'; at: number; visit: Visit; ticketNumbers: string[] }
  | { kind: 'assessment'; at: number; assessment: Assessment; edit: boolean }
  | { kind: 'emergency'; at: number; service: EmergencyService }
  | { kind: 'referral'; at: number; referral: Referral; status: ReferralStatus };

export function caseTimeline(records: CaseRecords): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const visit of records.visits) {
    const ticketNumbers = visit.ticketIds
      .map((id) => records.ticketNumbers.get(id))
      .filter((n): n is string => n !== undefined);
    entries.push({ kind: 'visit', at: visit.openedAt, visit, ticketNumbers });
  }
  for (const assessment of records.assessments) {
    entries.push({
      kind: 'assessment',
      at: assessment.completedAt,
      assessment,
      edit: assessment.version > 1,
    });
  }
  for (const service of records.emergencyServices) {
    entries.push({ kind: 'emergency', at: service.givenAt, service });
  }
  for (const referral of records.referrals) {
    for (const [status, field] of Object.entries(statusField) as [
      ReferralStatus,
      keyof Referral,
    ][]) {
      const at = referral[field];
      if (typeof at === 'number') entries.push({ kind: 'referral', at, referral, status });
    }
  }
  // Newest first; at one instant, the visit before what was done on it.
  const order = { visit: 3, assessment: 2, emergency: 1, referral: 0 };
  return entries.sort((a, b) => b.at - a.at || order[a.kind] - order[b.kind]);
}

export type CaseStatus =
  | { code: 'new'; label: string }
  | { code: 'overdue'; label: string }
  | { code: 'urgent'; label: string }
  | { code: 'referral_open'; label: string }
  | { code: 'assessed'; label: string }
  | { code: 'served'; label: string };

/**
 * The status of the case in a few words, the most pressing first: an overdue referral, an urgent
 * assessment not yet followed by help or a referral, a referral under way, assessed, served.
 */
export function caseStatus(records: Omit<CaseRecords, 'ticketNumbers'>, today: string): CaseStatus {
  const overdue = records.referrals.filter((r) => isOverdue(r, today)).length;
  if (overdue > 0) {
    return { code: 'overdue', label: `Tindak lanjut rujukan terlambat (${overdue})` };
  }
  const latest = latestVersions(records.assessments).sort(
    (a, b) => b.completedAt - a.completedAt,
  )[0];
  const helpedSince = (at: number) =>
    records.emergencyServices.some((s) => s.givenAt >= at) ||
    records.referrals.some((r) => r.createdAt >= at);
  if (latest?.urgent && !helpedSince(latest.completedAt)) {
    return { code: 'urgent', label: 'Mendesak: ada tanda risiko, belum ditangani' };
  }
  const open = records.referrals.filter((r) => !isFinished(referralStatus(r))).length;
  if (open > 0) return { code: 'referral_open', label: `Rujukan berjalan (${open})` };
  if (records.emergencyServices.length > 0 || records.referrals.length > 0) {
    return { code: 'served', label: 'Sudah dilayani' };
  }
  if (latest) return { code: 'assessed', label: 'Sudah diasesmen' };
  return {
    code: 'new',
    label: records.visits.length > 0 ? 'Kunjungan baru' : 'Belum ada kunjungan',
  };
}
