// Referrals (rujukan) in the local store: made from a visit with a letter number taken in the same
// transaction, moved forward through their statuses (each status writes its own date, so two PCs
// recording different steps offline both keep theirs), and listed per visit and when overdue.
// Rules and wording of the row live in core/casework/referral.ts.
//
// API (all take the Store of store.ts)
//   createReferral(store, visit, input, staff, reference)   → { ok, referral } | { ok: false, errors }
//       partners come from the cached reference (reference.partners); sentAt is now.
//   setReferralStatus(store, id, status, note)        → { ok, referral } | { ok: false, message }
//       only a status nextStatuses() allows; "Ditolak" needs a reason (the note).
//   referralsOfVisit(store, visitId)                         → Referral[] oldest first
//   overdueReferrals(store, today)                           → Referral[] most overdue first
//   daysLate(followUpBy, today)                              → whole days past the follow-up date
import {
  isOverdue,
  nextStatuses,
  type Referral,
  type ReferralInput,
  type ReferralStatus,
  referralStatus,
  statusField,
  statusLabels,
  validateReferral,
} from '../../core/casework/referral.ts';
import type { Visit } from '../../core/casework/visit.ts';
import type { CentreReference } from '../../core/centre/reference.ts';
import { newId } from '../../core/ids.ts';
import { changeTables, createRow, updateRow } from './changes.ts';
import { nextDocumentNumber } from './document-numbers.ts';
import { type CaseworkStaff, changeContext, type Store, today } from './store.ts';

export type ReferralErrors = Partial<Record<keyof ReferralInput, string>>;

export type CreateReferralResult =
  | { ok: true; referral: Referral }
  | { ok: false; errors: ReferralErrors };

export type StatusResult = { ok: true; referral: Referral } | { ok: false; message: string };

const messages = {
  notFound: 'Data rujukan tidak ditemukan.',
  finished: (label: string) =>
    `Rujukan ini sudah ${label.toLowerCase()}; statusnya tidak dapat diubah lagi.`,
  notNext: (from: string, to: string) =>
    `Status rujukan tidak dapat diubah dari "${from}" menjadi "${to}".`,
  rejectReason: 'Tulis alasan lembaga tujuan menolak rujukan.',
  noteTooLong: 'Catatan status paling banyak 1.000 karakter.',
} as const;

export async function createReferral(
  store: Store,
  visit: Visit,
  input: ReferralInput,
  staff: CaseworkStaff,
  reference: CentreReference | undefined,
): Promise<CreateReferralResult> {
  const checked = validateReferral(input, reference?.partners ?? [], today(store));
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const { partner, partnerId, reason, summary, followUpBy } = checked.value;
  const now = store.now();
  const ctx = changeContext(store, now);
  return store.db.transaction('rw', changeTables(store.db, 'referrals'), async () => {
    const letterNumber = await nextDocumentNumber(store, 'referral');
    const referral = await createRow(ctx, 'referrals', newId(), {
      visitId: visit.id,
      beneficiaryId: visit.beneficiaryId,
      partnerId,
      partnerName: partner.name,
      partnerKind: partner.kind,
      reason,
      summary,
      letterNumber,
      createdAt: now,
      createdBy: staff.id,
      createdByName: staff.name,
      followUpBy,
      sentAt: now,
      acceptedAt: null,
      followedUpAt: null,
      completedAt: null,
      rejectedAt: null,
      statusNote: null,
    });
    return { ok: true as const, referral };
  });
}

/**
 * Record that a referral reached `status` now. A note is optional except for a rejection, whose
 * reason it is; a given note becomes the referral's latest status note.
 */
export async function setReferralStatus(
  store: Store,
  id: string,
  status: ReferralStatus,
  note: string,
): Promise<StatusResult> {
  const trimmed = note.trim();
  if (status === 'rejected' && trimmed === '') return { ok: false, message: messages.rejectReason };
  if (trimmed.length > 1000) return { ok: false, message: messages.noteTooLong };
  const now = store.now();
  const ctx = changeContext(store, now);
  return store.db.transaction('rw', changeTables(store.db, 'referrals'), async () => {
    const current = await store.db.referrals.get(id);
    if (!current || current.deleted === 1)
      return { ok: false as const, message: messages.notFound };
    const from = referralStatus(current);
    const allowed = nextStatuses(from);
    if (!allowed.includes(status)) {
      const message =
        allowed.length === 0
          ? messages.finished(statusLabels[from])
          : messages.notNext(statusLabels[from], statusLabels[status]);
      return { ok: false as const, message };
    }
    const patch: Partial<Referral> = { [statusField[status]]: now };
    if (trimmed !== '') patch.statusNote = trimmed;
    const referral = await updateRow(ctx, 'referrals', current, patch);
    return { ok: true as const, referral };
  });
}

const byCreation = (a: Referral, b: Referral) =>
  a.createdAt - b.createdAt || a.letterNumber.localeCompare(b.letterNumber);

export async function referralsOfVisit(store: Store, visitId: string): Promise<Referral[]> {
  const rows = await store.db.referrals.where('visitId').equals(visitId).toArray();
  return rows.filter((r) => r.deleted !== 1).sort(byCreation);
}

/** Referrals not finished whose follow-up date is before `today`, the longest overdue first. */
export async function overdueReferrals(store: Store, today: string): Promise<Referral[]> {
  const rows = await store.db.referrals.where('followUpBy').below(today).toArray();
  return rows
    .filter((r) => r.deleted !== 1 && isOverdue(r, today))
    .sort((a, b) => a.followUpBy.localeCompare(b.followUpBy) || byCreation(a, b));
}

const dayNumber = (day: string) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) /
  86_400_000;

/** Whole days from the follow-up date to today (0 on the day itself, negative before it). */
export function daysLate(followUpBy: string, today: string): number {
  return Math.round(dayNumber(today) - dayNumber(followUpBy));
}
