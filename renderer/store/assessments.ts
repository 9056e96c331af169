// ATENSI assessments in the local store: the draft saved as it is typed (local only, one per
// visit), its completion as an append-only version (core/casework/assessment.ts), and the
// versions of a visit for the panel and its history. Completing writes the version and its
// outbox mutation and deletes the draft in one transaction, so a crash keeps one or the other.
//
// API (all take the Store of store.ts)
//   draftKey(visitId)                                  "assessment:<visitId>"
//   saveDraft(store, visitId, answers, { editingId? }) → AssessmentDraft as saved
//   loadDraft(store, visitId)                          → AssessmentDraft | undefined
//   discardDraft(store, visitId)
//   completeAssessment(store, visit, answers, staff, { offered?, editingId? }) → CompleteResult
//       validates (core validateAnswers) and refuses with field errors in the template's order;
//       writes version 1, or — editing `editingId`, or when the visit already has a completed
//       assessment — the next version of it (supersedesId + version + 1).
//   assessmentsOfVisit(store, visitId)                 → every version, oldest first
//   currentAssessment(rows)                            → the version to show (latest of the latest)
//   assessmentHistory(rows, id)                        → HistoryEntry[] oldest first, with changes

import {
  type Assessment,
  changedAnswers,
  historyOf,
  latestVersions,
} from '../../core/casework/assessment.ts';
import {
  type Answers,
  type AssessmentTemplate,
  currentTemplate,
  isUrgent,
  recommendationOf,
  templateFields,
  templateOf,
  validateAnswers,
} from '../../core/casework/assessment-template.ts';
import { type CaseworkService, offers } from '../../core/casework/service-model.ts';
import type { Visit } from '../../core/casework/visit.ts';
import { newId } from '../../core/ids.ts';
import { changeTables, createRow } from './changes.ts';
import { type CaseworkStaff, changeContext, type Store } from './store.ts';

export interface AssessmentDraft {
  answers: Answers;
  templateId: string;
  templateVersion: number;
  /** The completed version this draft edits; absent for a first assessment. */
  editingId?: string;
  /** When it was last saved (store clock). */
  savedAt: number;
}

export interface FieldProblem {
  /** The template field id. */
  field: string;
  message: string;
}

export type CompleteResult =
  | { ok: true; assessment: Assessment }
  | { ok: false; kind: 'invalid'; errors: FieldProblem[] }
  | { ok: false; kind: 'refused'; message: string };

export interface CompleteOptions {
  /** Which services the centre offers; defaults to its configured service model. */
  offered?: (service: CaseworkService) => boolean;
  /** The completed version being edited (the draft's editingId). */
  editingId?: string;
}

export const draftKey = (visitId: string): string => `assessment:${visitId}`;

/** The template a draft or an assessment was made with (the current one for a new draft). */
export function templateFor(
  source: { templateId: string; templateVersion: number } | undefined,
): AssessmentTemplate {
  if (!source) return currentTemplate();
  return templateOf(source.templateId, source.templateVersion) ?? currentTemplate();
}

export async function saveDraft(
  store: Store,
  visitId: string,
  answers: Answers,
  options: { editingId?: string; template?: AssessmentTemplate } = {},
): Promise<AssessmentDraft> {
  const template = options.template ?? currentTemplate();
  const draft: AssessmentDraft = {
    answers,
    templateId: template.id,
    templateVersion: template.version,
    ...(options.editingId ? { editingId: options.editingId } : {}),
    savedAt: store.now(),
  };
  const { savedAt, ...data } = draft;
  await store.db.drafts.put({ key: draftKey(visitId), data, savedAt });
  return draft;
}

function isAnswers(value: unknown): value is Answers {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function loadDraft(
  store: Store,
  visitId: string,
): Promise<AssessmentDraft | undefined> {
  const row = await store.db.drafts.get(draftKey(visitId));
  if (!row || typeof row.data !== 'object' || row.data === null) return undefined;
  const data = row.data as Partial<AssessmentDraft>;
  if (!isAnswers(data.answers)) return undefined;
  const template = currentTemplate();
  return {
    answers: data.answers,
    templateId: typeof data.templateId === 'string' ? data.templateId : template.id,
    templateVersion:
      typeof data.templateVersion === 'number' ? data.templateVersion : template.version,
    ...(typeof data.editingId === 'string' ? { editingId: data.editingId } : {}),
    savedAt: row.savedAt,
  };
}

export async function discardDraft(store: Store, visitId: string): Promise<void> {
  await store.db.drafts.delete(draftKey(visitId));
}

/** Every version of the visit's assessments, oldest first. */
export async function assessmentsOfVisit(store: Store, visitId: string): Promise<Assessment[]> {
  const rows = await store.db.assessments.where('visitId').equals(visitId).toArray();
  return rows
    .filter((a) => a.deleted === 0)
    .sort((a, b) => a.completedAt - b.completedAt || a.version - b.version);
}

/**
 * The version to show: of the versions nobody superseded (normally one; two when two PCs edited
 * the same version at once), the one completed last.
 */
export function currentAssessment(rows: readonly Assessment[]): Assessment | undefined {
  return latestVersions(rows).reduce<Assessment | undefined>(
    (best, a) =>
      !best ||
      a.completedAt > best.completedAt ||
      (a.completedAt === best.completedAt && a.version > best.version)
        ? a
        : best,
    undefined,
  );
}

export interface HistoryEntry {
  assessment: Assessment;
  /** Labels of the fields this version changed from the one it supersedes (empty for v1). */
  changedLabels: string[];
}

/** The chain of versions leading to `id`, oldest first, each with what it changed. */
export function assessmentHistory(rows: readonly Assessment[], id: string): HistoryEntry[] {
  const chain = historyOf(rows, id);
  return chain.map((assessment, index) => {
    const before = chain[index - 1];
    if (!before) return { assessment, changedLabels: [] };
    const fields = templateFields(templateFor(assessment));
    const labelOf = (fieldId: string) => fields.find((f) => f.id === fieldId)?.label ?? fieldId;
    return {
      assessment,
      changedLabels: changedAnswers(before.answers, assessment.answers).map(labelOf),
    };
  });
}

/** The answers of the template's fields only, blank text and empty choices left out. */
function cleanAnswers(template: AssessmentTemplate, answers: Answers): Answers {
  const clean: Answers = {};
  for (const field of templateFields(template)) {
    const value = answers[field.id];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    clean[field.id] = typeof value === 'string' ? value.trim() : value;
  }
  return clean;
}

export async function completeAssessment(
  store: Store,
  visit: Visit,
  answers: Answers,
  staff: CaseworkStaff,
  options: CompleteOptions = {},
): Promise<CompleteResult> {
  const offered = options.offered ?? ((s: CaseworkService) => offers(store.config.serviceModel, s));
  if (!offered('assessment')) {
    return {
      ok: false,
      kind: 'refused',
      message: 'Asesmen tidak tersedia pada model layanan balai ini.',
    };
  }
  const ctx = changeContext(store, store.now());
  return store.db.transaction(
    'rw',
    [...changeTables(store.db, 'assessments'), store.db.drafts],
    async (): Promise<CompleteResult> => {
      const rows = await assessmentsOfVisit(store, visit.id);
      const edited = options.editingId
        ? rows.find((a) => a.id === options.editingId)
        : currentAssessment(rows);
      if (options.editingId && !edited) {
        return {
          ok: false,
          kind: 'refused',
          message: 'Asesmen yang diubah tidak ditemukan pada kunjungan ini.',
        };
      }
      const template = edited ? templateFor(edited) : currentTemplate();
      const clean = cleanAnswers(template, answers);
      const problems = validateAnswers(template, clean, offered);
      const errors = templateFields(template)
        .filter((f) => problems[f.id] !== undefined)
        .map((f) => ({ field: f.id, message: problems[f.id] ?? '' }));
      const recommendation = recommendationOf(clean);
      if (errors.length > 0 || recommendation === null) {
        return { ok: false, kind: 'invalid', errors };
      }
      const assessment = await createRow(ctx, 'assessments', newId(), {
        visitId: visit.id,
        beneficiaryId: visit.beneficiaryId,
        templateId: template.id,
        templateVersion: template.version,
        answers: clean,
        urgent: isUrgent(template, clean),
        recommendation,
        completedAt: ctx.now,
        completedBy: staff.id,
        completedByName: staff.name,
        version: edited ? edited.version + 1 : 1,
        supersedesId: edited ? edited.id : null,
      });
      await store.db.drafts.delete(draftKey(visit.id));
      return { ok: true, assessment };
    },
  );
}
