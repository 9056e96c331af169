// Is this person already known? Checked when a record is created and when a NIK is attached to
// an existing one later (walk-ins often come back with the card they lacked). Two rules:
//   - the same NIK: certainly one person (or a typing mistake staff must look at);
//   - a similar name (name-search.ts nameSimilarity ≥ SIMILAR_NAME, spelling variants and titles
//     forgiven) and the same birth date.
// Staff decide: the candidates come back with their reasons in Bahasa Indonesia, strongest first.
//
// API
//   duplicateCandidates(subject, others, excludeId?) → DuplicateCandidate[]
//   The store (renderer/store/beneficiaries.ts) picks `others` by index: same NIK, same birth date.
import { monthNames } from '../time/local-day.ts';
import { type Beneficiary, isActive } from './beneficiary.ts';
import { nameSimilarity, SIMILAR_NAME } from './name-search.ts';

export type DuplicateReasonCode = 'same_nik' | 'similar_name_same_birth_date';

export interface DuplicateReason {
  code: DuplicateReasonCode;
  message: string;
}

export interface DuplicateCandidate {
  beneficiary: Beneficiary;
  reasons: DuplicateReason[];
  /** 0..1: 1 for the same NIK; the name similarity otherwise. Candidates are sorted by it. */
  strength: number;
}

/** What a check needs of the record being made or changed. */
export type DuplicateSubject = Pick<Beneficiary, 'name' | 'nik' | 'birthDate'>;

function formatDay(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return `${d} ${monthNames[(m ?? 1) - 1]} ${y}`;
}

/**
 * The records among `others` that may be the subject's person. Merged-away and deleted records,
 * and the subject itself (`excludeId`), are left out.
 */
export function duplicateCandidates(
  subject: DuplicateSubject,
  others: readonly Beneficiary[],
  excludeId?: string,
): DuplicateCandidate[] {
  const found = new Map<string, DuplicateCandidate>();
  for (const other of others) {
    if (other.id === excludeId || !isActive(other) || found.has(other.id)) continue;
    const reasons: DuplicateReason[] = [];
    let strength = 0;
    if (subject.nik !== null && other.nik === subject.nik) {
      reasons.push({
        code: 'same_nik',
        message: `NIK sama dengan data ${other.name} yang sudah tercatat.`,
      });
      strength = 1;
    }
    if (subject.birthDate !== null && other.birthDate === subject.birthDate) {
      const similarity = nameSimilarity(subject.name, other.name);
      if (similarity >= SIMILAR_NAME) {
        reasons.push({
          code: 'similar_name_same_birth_date',
          message:
            similarity === 1 && subject.name.trim() === other.name.trim()
              ? `Nama dan tanggal lahir (${formatDay(other.birthDate)}) sama.`
              : `Nama mirip (${subject.name} ≈ ${other.name}) dan tanggal lahir sama (${formatDay(other.birthDate)}).`,
        });
        strength = Math.max(strength, similarity);
      }
    }
    if (reasons.length > 0) found.set(other.id, { beneficiary: other, reasons, strength });
  }
  return [...found.values()].sort(
    (a, b) => b.strength - a.strength || a.beneficiary.name.localeCompare(b.beneficiary.name),
  );
}
