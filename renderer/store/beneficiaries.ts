// Beneficiary records in the local store: create, correct, find (NIK, name, birth date), catch
// duplicates, merge. Every change is the row plus its outbox mutation in one transaction
// (changes.ts), so it syncs like a registration; rules and wording live in core/beneficiary.
//
// API (all take the Store of store.ts)
//   createBeneficiary(store, input, { acknowledged? })            → SaveResult
//   updateBeneficiary(store, id, input, { acknowledged? })        → SaveResult
//       input is the whole form (BeneficiaryInput); only changed fields are written. Both check
//       for duplicates first — on create, and on an update that changes the NIK (a NIK attached
//       later), the name or the birth date — and return them instead of saving unless every
//       candidate's id is in `acknowledged` (staff said "bukan orang yang sama").
//   findDuplicates(store, subject, excludeId?)                    → DuplicateCandidate[]
//   findByNik(store, nik)                                         → Beneficiary[] (survivors)
//   searchByName(store, query, { limit?, birthDate? })            → BeneficiaryMatch[] ranked
//   searchByBirthDate(store, birthDate, limit?)                    → Beneficiary[]
//   mergeBeneficiaries(store, keepId, otherId)                    → { ok, beneficiary } | message
//   resolveBeneficiary(store, id)          → the record an id now lives under (through merges)
//   beneficiaryHistoryIds(store, id)       → the id and all ids merged into it: query visits,
//                                            tickets, assessments and referrals by any of them
import type { Collection } from 'dexie';
import {
  type Beneficiary,
  type BeneficiaryDetails,
  type BeneficiaryInput,
  beneficiaryFields,
  cleanNik,
  type FieldError,
  validateBeneficiary,
} from '../../core/beneficiary/beneficiary.ts';
import {
  type DuplicateCandidate,
  type DuplicateSubject,
  duplicateCandidates,
} from '../../core/beneficiary/duplicates.ts';
import { mergedIdsOf, planMerge, resolveMergedId } from '../../core/beneficiary/merge.ts';
import {
  matchesQuery,
  queryTokens,
  scoreName,
  searchKeys,
} from '../../core/beneficiary/name-search.ts';
import { newId } from '../../core/ids.ts';
import { changeTables, createRow, updateRow } from './changes.ts';
import { changeContext, type Store, today } from './store.ts';

export type SaveResult =
  | { ok: true; beneficiary: Beneficiary }
  | { ok: false; kind: 'invalid'; errors: FieldError[] }
  | { ok: false; kind: 'duplicates'; duplicates: DuplicateCandidate[] }
  | { ok: false; kind: 'refused'; message: string };

export interface SaveOptions {
  /** Candidates staff have looked at and said are someone else. */
  acknowledged?: readonly string[];
}

export interface BeneficiaryMatch {
  /** The record to show: the survivor when the match was a merged-away record. */
  beneficiary: Beneficiary;
  /** 0..1 (core/beneficiary/name-search.ts scoreName). */
  score: number;
  /** The merged-away record whose name matched, when it was not the survivor's own. */
  matchedVia?: Beneficiary;
}

const table = (store: Store) => store.db.beneficiaries;

function unacknowledged(candidates: DuplicateCandidate[], options: SaveOptions) {
  const acknowledged = new Set(options.acknowledged ?? []);
  return candidates.some((c) => !acknowledged.has(c.beneficiary.id));
}

export async function createBeneficiary(
  store: Store,
  input: BeneficiaryInput,
  options: SaveOptions = {},
): Promise<SaveResult> {
  const checked = validateBeneficiary(input, today(store));
  if (!checked.ok) return { ok: false, kind: 'invalid', errors: checked.errors };
  const now = store.now();
  const ctx = changeContext(store, now);
  return store.db.transaction('rw', changeTables(store.db, 'beneficiaries'), async () => {
    const duplicates = await findDuplicates(store, checked.value);
    if (unacknowledged(duplicates, options)) return { ok: false, kind: 'duplicates', duplicates };
    const fields = beneficiaryFields(checked.value, {
      registeredAt: now,
      registeredBy: store.deviceId,
    });
    const beneficiary = await createRow(ctx, 'beneficiaries', newId(), fields);
    return { ok: true, beneficiary };
  });
}

const identityFields = ['nik', 'name', 'birthDate'] as const;

export async function updateBeneficiary(
  store: Store,
  id: string,
  input: BeneficiaryInput,
  options: SaveOptions = {},
): Promise<SaveResult> {
  const checked = validateBeneficiary(input, today(store));
  if (!checked.ok) return { ok: false, kind: 'invalid', errors: checked.errors };
  const ctx = changeContext(store, store.now());
  return store.db.transaction('rw', changeTables(store.db, 'beneficiaries'), async () => {
    const current = await table(store).get(id);
    if (!current || current.deleted === 1) {
      return { ok: false, kind: 'refused', message: 'Data penerima manfaat tidak ditemukan.' };
    }
    if (current.mergedIntoId !== null) {
      return {
        ok: false,
        kind: 'refused',
        message: 'Data ini sudah digabungkan ke data lain; ubah data hasil penggabungannya.',
      };
    }
    const patch = changedFields(current, checked.value);
    if (Object.keys(patch).length === 0) return { ok: true, beneficiary: current };
    if (identityFields.some((field) => field in patch)) {
      const duplicates = await findDuplicates(store, checked.value, id);
      if (unacknowledged(duplicates, options)) {
        return { ok: false, kind: 'duplicates', duplicates };
      }
    }
    if ('name' in patch) patch.searchKeys = searchKeys(checked.value.name);
    const beneficiary = await updateRow(ctx, 'beneficiaries', current, patch);
    return { ok: true, beneficiary };
  });
}

/** The details that differ from the stored record (JSON-equal values are unchanged). */
function changedFields(current: Beneficiary, details: BeneficiaryDetails): Partial<Beneficiary> {
  const patch: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(details)) {
    const stored = current[field as keyof BeneficiaryDetails];
    if (JSON.stringify(stored) !== JSON.stringify(value)) patch[field] = value;
  }
  return patch as Partial<Beneficiary>;
}

/**
 * Active records that may be the subject's person: the same NIK, or a similar name with the
 * same birth date (core/beneficiary/duplicates.ts). Read by index only.
 */
export async function findDuplicates(
  store: Store,
  subject: DuplicateSubject,
  excludeId?: string,
): Promise<DuplicateCandidate[]> {
  const [sameNik, sameBirthDate] = await Promise.all([
    subject.nik === null ? [] : table(store).where('nik').equals(subject.nik).toArray(),
    subject.birthDate === null
      ? []
      : table(store).where('birthDate').equals(subject.birthDate).toArray(),
  ]);
  return duplicateCandidates(subject, [...sameNik, ...sameBirthDate], excludeId);
}

/** The record an id now lives under (its survivor when merged); undefined when unknown. */
export async function resolveBeneficiary(
  store: Store,
  id: string,
): Promise<Beneficiary | undefined> {
  const rows = new Map<string, Beneficiary | undefined>();
  const survivorId = await resolveMergedId(id, async (at) => {
    const row = await table(store).get(at);
    rows.set(at, row);
    return row?.mergedIntoId;
  });
  const survivor = rows.get(survivorId);
  return survivor && survivor.deleted === 0 ? survivor : undefined;
}

/** The id and every id merged into it: a history query asks for records made under any of them. */
export function beneficiaryHistoryIds(store: Store, id: string): Promise<string[]> {
  return mergedIdsOf(id, (at) => table(store).where('mergedIntoId').equals(at).primaryKeys());
}

/** Survivors of the given rows, each once, in the rows' order; deleted ones left out. */
async function survivorsOf(store: Store, rows: readonly Beneficiary[]) {
  const out = new Map<string, { beneficiary: Beneficiary; via?: Beneficiary }>();
  for (const row of rows) {
    if (row.deleted === 1) continue;
    const survivor = row.mergedIntoId === null ? row : await resolveBeneficiary(store, row.id);
    if (!survivor || out.has(survivor.id)) continue;
    out.set(
      survivor.id,
      survivor === row ? { beneficiary: row } : { beneficiary: survivor, via: row },
    );
  }
  return [...out.values()];
}

/** The records with this NIK (spaces and dots allowed), through merges; usually one or none. */
export async function findByNik(store: Store, nik: string): Promise<Beneficiary[]> {
  const digits = cleanNik(nik);
  if (!/^\d{16}$/.test(digits)) return [];
  const rows = await table(store).where('nik').equals(digits).toArray();
  return (await survivorsOf(store, rows)).map((s) => s.beneficiary);
}

export async function searchByBirthDate(
  store: Store,
  birthDate: string,
  limit = 50,
): Promise<Beneficiary[]> {
  const rows = await table(store)
    .where('birthDate')
    .equals(birthDate)
    .limit(limit * 2)
    .toArray();
  const found = (await survivorsOf(store, rows)).map((s) => s.beneficiary);
  return found.sort((a, b) => a.name.localeCompare(b.name)).slice(0, limit);
}

/** Longest index look-up read per query part; past it, the part only filters what is fetched. */
const KEY_SCAN_CAP = 3_000;
/** Records fetched to rank, at most (more when a caller asks for more than a third of it). */
const FETCH_CAP = 200;

async function keyIds(collection: Collection<Beneficiary, string, unknown>) {
  const ids = await collection.limit(KEY_SCAN_CAP).primaryKeys();
  return { ids, complete: ids.length < KEY_SCAN_CAP };
}

/**
 * Records whose name answers `query` (prefix of each part, spelling variants, titles ignored),
 * best first: exact spellings, then variants, then prefixes. With `birthDate`, only records born
 * that day. A merged-away record that matches brings its survivor (matchedVia says why).
 *
 * The index is read by key only: the longest typed part picks the candidates (exact key first,
 * then prefix), the other parts narrow them by their own keys, and only the first FETCH_CAP
 * candidates in that order are read and ranked — a very common one-part query ("Siti") ranks
 * among the first 200 Sitis; typing a second part narrows to the right ones.
 */
export async function searchByName(
  store: Store,
  query: string,
  options: { limit?: number; birthDate?: string } = {},
): Promise<BeneficiaryMatch[]> {
  const limit = options.limit ?? 20;
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [];
  let rows: Beneficiary[];
  if (options.birthDate) {
    rows = await table(store).where('birthDate').equals(options.birthDate).toArray();
  } else {
    rows = await candidatesByKeys(store, tokens, limit);
  }
  const matching = rows.filter((row) => matchesQuery(tokens, row.searchKeys));
  const scored = new Map<string, BeneficiaryMatch>();
  for (const { beneficiary, via } of await survivorsOf(store, matching)) {
    const score = scoreName(query, (via ?? beneficiary).name);
    const known = scored.get(beneficiary.id);
    if (!known || known.score < score) {
      scored.set(beneficiary.id, { beneficiary, score, ...(via ? { matchedVia: via } : {}) });
    }
  }
  return [...scored.values()]
    .sort((a, b) => b.score - a.score || a.beneficiary.name.localeCompare(b.beneficiary.name))
    .slice(0, limit);
}

async function candidatesByKeys(
  store: Store,
  tokens: readonly string[],
  limit: number,
): Promise<Beneficiary[]> {
  const [driver, ...others] = [...tokens].sort((a, b) => b.length - a.length) as [
    string,
    ...string[],
  ];
  const index = table(store).where('searchKeys');
  const wanted = Math.max(FETCH_CAP, limit * 3);
  // One-letter parts (initials) narrow nothing worth a scan; they filter after the fetch.
  const narrowing = await Promise.all(
    others.filter((t) => t.length >= 2).map((t) => keyIds(index.startsWith(t))),
  );
  const filters = narrowing.filter((n) => n.complete).map((n) => new Set(n.ids));
  const ordered: string[] = [];
  const seen = new Set<string>();
  const take = (ids: readonly string[]) => {
    for (const id of ids) {
      if (ordered.length >= wanted) return;
      if (seen.has(id) || !filters.every((f) => f.has(id))) continue;
      seen.add(id);
      ordered.push(id);
    }
  };
  // Whole-part matches first; prefixes only when those leave room.
  take((await keyIds(index.equals(driver))).ids);
  if (ordered.length < wanted) take((await keyIds(index.startsWith(driver))).ids);
  const rows = await table(store).bulkGet(ordered);
  return rows.filter((row): row is Beneficiary => row !== undefined);
}

export type MergeResult = { ok: true; beneficiary: Beneficiary } | { ok: false; message: string };

/**
 * Merge `otherId` into `keepId` in one local transaction (both changes sync together): the
 * survivor's blanks are filled from the other and PPKS joined; the other becomes a tombstone
 * pointing to it. Histories stay where they are and are reached through beneficiaryHistoryIds.
 */
export async function mergeBeneficiaries(
  store: Store,
  keepId: string,
  otherId: string,
): Promise<MergeResult> {
  const now = store.now();
  const ctx = changeContext(store, now);
  return store.db.transaction('rw', changeTables(store.db, 'beneficiaries'), async () => {
    const [keep, other] = await table(store).bulkGet([keepId, otherId]);
    if (!keep || !other) return { ok: false, message: 'Data penerima manfaat tidak ditemukan.' };
    const plan = planMerge(keep, other, now);
    if (!plan.ok) return plan;
    const survivor =
      Object.keys(plan.keepPatch).length > 0
        ? await updateRow(ctx, 'beneficiaries', keep, plan.keepPatch)
        : keep;
    await updateRow(ctx, 'beneficiaries', other, plan.otherPatch);
    return { ok: true, beneficiary: survivor };
  });
}
