// Rujukan: a referral to a partner institution, with its letter number and the dates of each
// status. Each status has its own date field, so two PCs recording different steps offline both
// keep theirs in the field merge; the status shown is derived from the dates.
//
// API
//   Referral, referralFieldsSchema         the synced row
//   referralStatus(r)                      dikirim → diterima → ditindaklanjuti → selesai | ditolak
//   statusField, statusLabels
//   isOverdue(r, today)                    not finished and its follow-up date has passed
//   validateReferral(input, partners)      → { ok, value } | { ok: false, errors } (Indonesian)
import { z } from 'zod';
import { type Partner, partnerKinds } from '../centre/reference.ts';
import type { SyncedRecord } from '../sync/record.ts';

export const referralStatuses = [
  'sent',
  'accepted',
  'followed_up',
  'completed',
  'rejected',
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export const statusLabels: Record<ReferralStatus, string> = {
  sent: 'Dikirim',
  accepted: 'Diterima',
  followed_up: 'Ditindaklanjuti',
  completed: 'Selesai',
  rejected: 'Ditolak',
};

/** The date field of each status. */
export const statusField = {
  sent: 'sentAt',
  accepted: 'acceptedAt',
  followed_up: 'followedUpAt',
  completed: 'completedAt',
  rejected: 'rejectedAt',
} as const satisfies Record<ReferralStatus, string>;

export interface ReferralFields {
  visitId: string;
  beneficiaryId: string;
  partnerId: string;
  /** The partner as it was when referred: the letter must not change if the directory does. */
  partnerName: string;
  partnerKind: Partner['kind'];
  reason: string;
  summary: string;
  letterNumber: string;
  createdAt: number;
  createdBy: string | null;
  createdByName: string;
  /** YYYY-MM-DD: by when the partner's follow-up should be known. */
  followUpBy: string;
  sentAt: number | null;
  acceptedAt: number | null;
  followedUpAt: number | null;
  completedAt: number | null;
  rejectedAt: number | null;
  /** Why the partner declined, or what the follow-up was: the latest status note. */
  statusNote: string | null;
}
export interface Referral extends ReferralFields, SyncedRecord {}

const at = z.number().int().nonnegative().nullable();

export const referralFieldsSchema = z.strictObject({
  visitId: z.uuid(),
  beneficiaryId: z.uuid(),
  partnerId: z.string().min(1).max(60),
  partnerName: z.string().min(2).max(160),
  partnerKind: z.enum(partnerKinds),
  reason: z.string().trim().min(1).max(1000),
  summary: z.string().trim().min(1).max(4000),
  letterNumber: z.string().min(1).max(80),
  createdAt: z.number().int().nonnegative(),
  createdBy: z.string().min(1).max(60).nullable(),
  createdByName: z.string().min(1).max(120),
  followUpBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sentAt: at,
  acceptedAt: at,
  followedUpAt: at,
  completedAt: at,
  rejectedAt: at,
  statusNote: z.string().max(1000).nullable(),
});

/** The furthest status with a date; a rejection or completion ends the referral. */
export function referralStatus(
  r: Pick<ReferralFields, (typeof statusField)[ReferralStatus]>,
): ReferralStatus {
  if (r.rejectedAt !== null) return 'rejected';
  if (r.completedAt !== null) return 'completed';
  if (r.followedUpAt !== null) return 'followed_up';
  if (r.acceptedAt !== null) return 'accepted';
  return 'sent';
}

export function isFinished(status: ReferralStatus): boolean {
  return status === 'completed' || status === 'rejected';
}

/** The statuses a referral may move to next (forward only). */
export function nextStatuses(status: ReferralStatus): ReferralStatus[] {
  switch (status) {
    case 'sent':
      return ['accepted', 'rejected'];
    case 'accepted':
      return ['followed_up', 'completed', 'rejected'];
    case 'followed_up':
      return ['completed'];
    default:
      return [];
  }
}

export function isOverdue(r: ReferralFields, today: string): boolean {
  return !isFinished(referralStatus(r)) && r.followUpBy < today;
}

export interface ReferralInput {
  partnerId: string;
  reason: string;
  summary: string;
  /** YYYY-MM-DD as the date field gives it. */
  followUpBy: string;
}

export type ReferralCheck =
  | { ok: true; value: ReferralInput & { partner: Partner } }
  | { ok: false; errors: Partial<Record<keyof ReferralInput, string>> };

export function validateReferral(
  input: ReferralInput,
  partners: readonly Partner[],
  today: string,
): ReferralCheck {
  const errors: Partial<Record<keyof ReferralInput, string>> = {};
  const partner = partners.find((p) => p.id === input.partnerId);
  if (!input.partnerId) errors.partnerId = 'Pilih lembaga tujuan rujukan.';
  else if (!partner) errors.partnerId = 'Lembaga tujuan tidak ada di daftar mitra balai.';
  if (!input.reason.trim()) errors.reason = 'Tulis alasan rujukan.';
  else if (input.reason.length > 1000)
    errors.reason = 'Alasan rujukan paling banyak 1.000 karakter.';
  if (!input.summary.trim()) errors.summary = 'Tulis ringkasan kasus untuk lembaga tujuan.';
  else if (input.summary.length > 4000) errors.summary = 'Ringkasan paling banyak 4.000 karakter.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.followUpBy))
    errors.followUpBy = 'Isi tanggal batas tindak lanjut.';
  else if (input.followUpBy < today)
    errors.followUpBy = 'Batas tindak lanjut tidak boleh sebelum hari ini.';
  if (!partner || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: { ...input, reason: input.reason.trim(), summary: input.summary.trim(), partner },
  };
}
