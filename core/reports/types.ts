// The shapes of the supervisor reports (issue 5): what the report maths reads (ReportInput) and
// what it returns (QueueReport, ServiceReport). Plain data, so the reports screen, the print
// layout, the export and the daily closing all read the same numbers.
import type { Counter, InstallationConfig } from '../centre/config.ts';
import type { StaffMember } from '../centre/reference.ts';
import type { Ticket, TicketEvent } from '../queue/ticket.ts';
import type { Registration } from '../visitor/registration.ts';
import type { DayFacts } from './day-facts.ts';

export type CentreTimeZone = InstallationConfig['timeZone'];

/** A run of the centre's local days, both ends included ("YYYY-MM-DD"). */
export interface ReportPeriod {
  from: string;
  to: string;
}

/** A named thing the report groups by (a service, a partner). */
export interface NamedRef {
  id: string;
  name: string;
}

// ---- Casework (issue 4). Empty until casework records exist; then `casework` says so. ----

/** One kind of help given on the spot in one emergency service record. */
export interface EmergencyItemRecord {
  localDay: string;
  /** Stable item key ('makanan', 'transport', …). */
  itemKey: string;
  label: string;
  quantity: number;
  /** Value in rupiah of this line (quantity × unit value). */
  valueRupiah: number;
}

export interface ReferralRecord {
  localDay: string;
  partnerId: string;
  /** dikirim, diterima, ditindaklanjuti, selesai, ditolak (issue 4's statuses). */
  status: string;
}

export interface AssessmentRecord {
  localDay: string;
  /** Only completed assessments count as done. */
  completed: boolean;
  /** PPKS codes ('ppks-01' … 'ppks-26') the assessment recorded for the visitor. */
  ppksCodes: string[];
  /** The ticket the assessment was made for, to tie PPKS to a visitor. */
  ticketId?: string;
}

export interface CaseworkInput {
  emergencyItems: EmergencyItemRecord[];
  referrals: ReferralRecord[];
  assessments: AssessmentRecord[];
}

export interface ReportInput {
  period: ReportPeriod;
  timeZone: CentreTimeZone;
  /** The centre's target: a served visitor should be called within this many minutes. */
  targetWaitMinutes: number;
  /** Tickets of the period's days (ticket.localDay in the period). */
  tickets: Ticket[];
  /**
   * Ticket events the report needs beyond the tickets: only the calls of tickets called before
   * tickets carried `firstCalledAt` (store version 3). Usually empty.
   */
  events: TicketEvent[];
  /** Registrations of the period's tickets (demographics from NIK). */
  registrations: Registration[];
  services: NamedRef[];
  counters: Counter[];
  staff: StaffMember[];
  /** Partner institutions, for naming referrals. */
  partners?: NamedRef[];
  /** Casework records of the period; missing until issue 4 lands. */
  casework?: CaseworkInput;
}

/**
 * What the reports read once a period's rows are boiled down to day facts (day-facts.ts): the
 * store keeps one per day, so a year's report reads 365 small records, not 200,000 tickets.
 */
export interface ReportFacts {
  period: ReportPeriod;
  targetWaitMinutes: number;
  /** Facts of the period's days (days without a record have no tickets or registrations). */
  days: readonly DayFacts[];
  services: NamedRef[];
  counters: Counter[];
  staff: StaffMember[];
  partners?: NamedRef[];
  casework?: CaseworkInput;
  /** Tickets of the completed assessments' visits (PPKS per visitor); with casework only. */
  assessedTickets?: readonly Ticket[];
}

// ---- Queue report ----

/** Nearest-rank percentiles of a set of durations; null when count is 0. */
export interface DurationStats {
  count: number;
  p50Ms: number | null;
  p90Ms: number | null;
  maxMs: number | null;
}

/**
 * What happened to the tickets of a group. A ticket counts once, under the state it is in now.
 * A visitor counts once in `issued`: a ticket opened by a transfer (`transferredIn`) or carried
 * over from an earlier day (`carriedIn`) continues a visit already counted. Per row it balances:
 *   issued + transferredIn + carriedIn
 *     = served + noShow + cancelled + transferred + carriedOver + open
 */
export interface QueueCounts {
  /** Visitors: tickets that start a visit (not opened by a transfer or a carry-over). */
  issued: number;
  /** Finished ("done"). */
  served: number;
  noShow: number;
  cancelled: number;
  /** Sent on to another service (the visit continues there). */
  transferred: number;
  /** Closed at the daily closing and carried to a later day. */
  carriedOver: number;
  /** Still waiting, called or being served. */
  open: number;
  /** Opened by a transfer from another service. */
  transferredIn: number;
  /** Opened by a carry-over from an earlier day. */
  carriedIn: number;
}

export interface QueueRow extends QueueCounts {
  /** Service id, counter id, staff id or local day; UNKNOWN_KEY for "not recorded". */
  key: string;
  label: string;
  /** Arrival (or, for a transferred-in ticket, the transfer) → first call. */
  wait: DurationStats;
  /** Start (or call, if never started) → finish, of served tickets. */
  service: DurationStats;
  /** Share (0..1) of served tickets called within the target; null when none was served. */
  withinTarget: number | null;
}

export interface QueueReport {
  period: ReportPeriod;
  targetWaitMinutes: number;
  totals: QueueRow;
  byService: QueueRow[];
  byCounter: QueueRow[];
  byStaff: QueueRow[];
  /** One row per day of the period, in order, days without tickets included. */
  byDay: QueueRow[];
  /**
   * One row per calendar month the period touches ("YYYY-MM"; the first and last may be
   * partial), in order: a long period is printed by month. Percentiles are the month's own.
   */
  byMonth: QueueRow[];
  /** Visitors (issued) by hour of arrival, 0..23 in the centre's time; always 24 entries. */
  arrivalsByHour: { hour: number; count: number }[];
}

// ---- Service report ----

export interface CountRow {
  key: string;
  label: string;
  count: number;
}

export interface EmergencyItemRow {
  key: string;
  label: string;
  quantity: number;
  valueRupiah: number;
}

export interface ReferralPartnerRow {
  partnerId: string;
  label: string;
  byStatus: Record<string, number>;
  total: number;
}

export interface ServiceReport {
  period: ReportPeriod;
  emergencyItems: EmergencyItemRow[];
  referralsByPartner: ReferralPartnerRow[];
  assessmentsDone: number;
  visitorsByPpks: CountRow[];
  visitorsBySex: CountRow[];
  /** anak 0–17, dewasa 18–59, lansia 60+, and unknown; age on the day of the visit. */
  visitorsByAgeGroup: CountRow[];
  /** Province from the NIK; UNKNOWN_KEY where no valid NIK was given. */
  visitorsByRegion: CountRow[];
  /** Regency/city from the NIK, the same way. */
  visitorsByRegency: CountRow[];
  visitorsTotal: number;
  /** Whether casework data exists for the period ('none' until issue 4 lands). */
  casework: 'none' | 'partial' | 'full';
}

/** Key of the "not recorded / not known" row of any grouping. */
export const UNKNOWN_KEY = '__unknown__';

/** The console's "Petugas lain" choice when the centre's staff list is empty or lacks someone. */
export const OTHER_STAFF_ID = 'petugas-lain';
