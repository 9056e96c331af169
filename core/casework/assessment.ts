// A completed assessment (asesmen). Versions are rows: completing an assessment writes version 1;
// a later edit writes version 2 naming the row it supersedes, and so on. Nothing is overwritten,
// so the edit history is the chain of versions, each with who and when, and two PCs editing at
// once both keep their version (the later one shows, the other stays in the history). Drafts are
// local (store/drafts.ts) until completed. Synced append-only.
import { z } from 'zod';
import type { SyncedRecord } from '../sync/record.ts';
import type { Answers, Recommendation } from './assessment-template.ts';
import { recommendations } from './assessment-template.ts';

export interface AssessmentFields {
  visitId: string;
  beneficiaryId: string;
  templateId: string;
  templateVersion: number;
  answers: Answers;
  /** A risk flag was answered "ya". */
  urgent: boolean;
  recommendation: Recommendation;
  /** When and by whom this version was completed. */
  completedAt: number;
  completedBy: string | null;
  completedByName: string;
  /** 1 for the first completion; each later edit adds one. */
  version: number;
  /** The version this one replaces; null for version 1. */
  supersedesId: string | null;
}

export interface Assessment extends AssessmentFields, SyncedRecord {}

const answerValue = z.union([
  z.string().max(4000),
  z.array(z.string().max(60)).max(40),
  z.boolean(),
  z.null(),
]);

export const assessmentFieldsSchema = z.strictObject({
  visitId: z.uuid(),
  beneficiaryId: z.uuid(),
  templateId: z.string().min(1).max(60),
  templateVersion: z.number().int().min(1),
  answers: z.record(z.string().min(1).max(60), answerValue),
  urgent: z.boolean(),
  recommendation: z.enum(recommendations),
  completedAt: z.number().int().nonnegative(),
  completedBy: z.string().min(1).max(60).nullable(),
  completedByName: z.string().min(1).max(120),
  version: z.number().int().min(1).max(1000),
  supersedesId: z.uuid().nullable(),
});

/** The versions of one assessment that are not superseded: the ones to show (normally one). */
export function latestVersions<A extends Pick<Assessment, 'id' | 'supersedesId'>>(
  rows: readonly A[],
): A[] {
  const superseded = new Set(rows.map((a) => a.supersedesId).filter((id) => id !== null));
  return rows.filter((a) => !superseded.has(a.id));
}

/** The chain an assessment version belongs to, oldest first (its edit history). */
export function historyOf<A extends Pick<Assessment, 'id' | 'supersedesId' | 'version'>>(
  rows: readonly A[],
  id: string,
): A[] {
  const byId = new Map(rows.map((a) => [a.id, a]));
  const chain: A[] = [];
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    chain.unshift(current);
    current = current.supersedesId ? byId.get(current.supersedesId) : undefined;
  }
  return chain;
}

/** Field ids whose answers differ between two versions (for the history's "diubah: …"). */
export function changedAnswers(before: Answers, after: Answers): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter(
    (k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null),
  );
}
