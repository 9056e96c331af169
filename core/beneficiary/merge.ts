// Merging two records of one person: one survives, the other becomes a tombstone pointing to it
// (`mergedIntoId`), kept and synced like any row. Nothing is moved: visits, tickets, assessments
// and referrals keep the id they were made with, and every look-up by beneficiary id resolves
// through the merge (resolveMergedId), while the survivor's history gathers the ids merged into
// it (mergedIdsOf) — so both histories stay reachable, also on a PC that has not synced yet.
// The tombstone keeps its name and search keys: a search under the other spelling still finds
// it, and the store shows its survivor instead.
//
// API
//   planMerge(keep, other, at) → { ok, keepPatch, otherPatch } | { ok: false, message }
//   resolveMergedId(id, mergedIntoOf) → the surviving id (follows chains, stops on a cycle)
//   mergedIdsOf(id, mergedInto) → the id and every id merged into it, directly or in a chain
//   (both take async look-ups, so the store can answer them from IndexedDB one step at a time)
import {
  type Beneficiary,
  type BeneficiaryFields,
  isActive,
  type PpksEntry,
} from './beneficiary.ts';

export type MergePlan =
  | {
      ok: true;
      /** Fields of the survivor that change: its blanks filled from the other, PPKS joined. */
      keepPatch: Partial<BeneficiaryFields>;
      /** The tombstone: only the merge marks; its own details stay as they were. */
      otherPatch: Pick<BeneficiaryFields, 'mergedIntoId' | 'mergedAt'>;
    }
  | { ok: false; message: string };

/** Details the survivor takes from the other record when it has none of its own. */
const fillable = [
  'nik',
  'kk',
  'birthPlace',
  'birthDate',
  'sex',
  'address',
  'phone',
  'companion',
] as const;

function joinPpks(keep: readonly PpksEntry[], other: readonly PpksEntry[]): PpksEntry[] {
  const joined = new Map(keep.map((entry) => [entry.code, { ...entry }]));
  for (const entry of other) {
    const known = joined.get(entry.code);
    if (!known) joined.set(entry.code, { ...entry });
    else known.disabilityTypes = [...new Set([...known.disabilityTypes, ...entry.disabilityTypes])];
  }
  return [...joined.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * What merging `other` into `keep` changes. Refused for one record, for a record already merged
 * or deleted, and for two different NIKs (two people — or a wrong NIK to correct first).
 */
export function planMerge(keep: Beneficiary, other: Beneficiary, at: number): MergePlan {
  if (keep.id === other.id)
    return { ok: false, message: 'Data tidak dapat digabung dengan dirinya sendiri.' };
  for (const record of [keep, other]) {
    if (record.mergedIntoId !== null) {
      return { ok: false, message: `Data ${record.name} sudah digabungkan ke data lain.` };
    }
    if (!isActive(record)) return { ok: false, message: `Data ${record.name} sudah dihapus.` };
  }
  if (keep.nik !== null && other.nik !== null && keep.nik !== other.nik) {
    return {
      ok: false,
      message: 'NIK kedua data berbeda; periksa dan perbaiki NIK sebelum menggabungkan.',
    };
  }
  const keepPatch: Partial<BeneficiaryFields> = {};
  for (const field of fillable) {
    if (keep[field] === null && other[field] !== null) {
      (keepPatch as Record<string, unknown>)[field] = other[field];
    }
  }
  const ppks = joinPpks(keep.ppks, other.ppks);
  if (JSON.stringify(ppks) !== JSON.stringify(keep.ppks)) keepPatch.ppks = ppks;
  return { ok: true, keepPatch, otherPatch: { mergedIntoId: keep.id, mergedAt: at } };
}

/**
 * The id a record now lives under: its own, or — merged — its survivor's (chains followed;
 * a cycle from two concurrent cross merges stops at the first repeat). `mergedIntoOf` gives a
 * record's mergedIntoId, or undefined when the record is unknown here.
 */
export async function resolveMergedId(
  id: string,
  mergedIntoOf: (id: string) => Promise<string | null | undefined>,
): Promise<string> {
  const seen = new Set<string>([id]);
  let current = id;
  for (;;) {
    const next = await mergedIntoOf(current);
    if (next === null || next === undefined || seen.has(next)) return current;
    seen.add(next);
    current = next;
  }
}

/** `id` and every id merged into it, directly or through a chain (`mergedInto` lists sources). */
export async function mergedIdsOf(
  id: string,
  mergedInto: (id: string) => Promise<readonly string[]>,
): Promise<string[]> {
  const ids = [id];
  const seen = new Set(ids);
  for (let i = 0; i < ids.length; i++) {
    for (const source of await mergedInto(ids[i] as string)) {
      if (!seen.has(source)) {
        seen.add(source);
        ids.push(source);
      }
    }
  }
  return ids;
}
