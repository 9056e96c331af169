// ATENSI assessments in the local store: the draft survives as typed (a reload reads it back),
// completion refuses what is missing with the form's messages and keeps the draft, completing
// writes version 1 with who and when and drops the draft, an edit writes version 2 with its
// history, and a recommendation the centre's service model does not offer is refused.
import { describe, expect, test } from 'vitest';
import type { Answers } from '../../core/casework/assessment-template.ts';
import type { Visit } from '../../core/casework/visit.ts';
import { newId } from '../../core/ids.ts';
import {
  assessmentHistory,
  assessmentsOfVisit,
  completeAssessment,
  currentAssessment,
  discardDraft,
  loadDraft,
  saveDraft,
} from '../../renderer/store/assessments.ts';
import { createBeneficiary } from '../../renderer/store/beneficiaries.ts';
import { changeTables, createRow } from '../../renderer/store/changes.ts';
import { SerasiDb } from '../../renderer/store/db.ts';
import { changeContext, today } from '../../renderer/store/store.ts';
import { memoryStore, type TestStore } from '../support/memory-store.ts';

const staff = { id: 'staff-1', name: 'Andi Pekerja Sosial' };

/** A complete, valid set of answers. */
const complete: Answers = {
  informant: 'self',
  living_with: 'street',
  family_situation: 'Tidak ada keluarga di Gowa.',
  problem: 'Tidur di terminal sejak dua bulan.',
  atensi_needs: ['need_livelihood', 'need_family'],
  risk_child: false,
  risk_violence: false,
  risk_self_harm: false,
  recommendation: 'referral',
  recommendation_notes: 'Dirujuk ke Dinas Sosial Gowa untuk penelusuran keluarga.',
};

async function visitOf(store: TestStore): Promise<Visit> {
  const created = await createBeneficiary(store, { name: 'Daeng Ngai', birthDate: '1950-06-06' });
  if (!created.ok) throw new Error('no beneficiary');
  const ctx = changeContext(store, store.now());
  return store.db.transaction('rw', changeTables(store.db, 'visits'), () =>
    createRow(ctx, 'visits', newId(), {
      beneficiaryId: created.beneficiary.id,
      ticketIds: [newId()],
      localDay: today(store),
      serviceId: 'layanan-umum',
      counterId: 'loket-1',
      openedAt: store.now(),
      openedBy: null,
    }),
  );
}

async function completed(store: TestStore, visit: Visit, answers: Answers, editingId?: string) {
  const result = await completeAssessment(store, visit, answers, staff, { editingId });
  if (!result.ok) throw new Error(`not completed: ${JSON.stringify(result)}`);
  return result.assessment;
}

describe('drafts', () => {
  test('what was typed is read back after a reload of the window (a new database handle)', async () => {
    const store = await memoryStore();
    const visit = await visitOf(store);
    expect(await loadDraft(store, visit.id)).toBeUndefined();
    await saveDraft(store, visit.id, { problem: 'Tidur di terminal', risk_child: true });

    const reopened = await memoryStore({}, { db: new SerasiDb(store.db.name) });
    expect(await loadDraft(reopened, visit.id)).toEqual({
      answers: { problem: 'Tidur di terminal', risk_child: true },
      templateId: 'atensi',
      templateVersion: 1,
      savedAt: store.now(),
    });
    // A draft is local work in progress: nothing of it goes to the sync.
    const outbox = await store.db.outbox.toArray();
    expect(outbox.map((m) => m.table)).not.toContain('assessments');
  });

  test('each save replaces the last; discarding forgets it', async () => {
    const store = await memoryStore();
    const visit = await visitOf(store);
    await saveDraft(store, visit.id, { problem: 'a' });
    store.advance(400);
    await saveDraft(store, visit.id, { problem: 'ab' });
    expect((await loadDraft(store, visit.id))?.answers).toEqual({ problem: 'ab' });
    expect(await store.db.drafts.count()).toBe(1);
    await discardDraft(store, visit.id);
    expect(await loadDraft(store, visit.id)).toBeUndefined();
  });
});

describe('completing', () => {
  test('missing answers are refused field by field in the form order, and the draft stays', async () => {
    const store = await memoryStore();
    const visit = await visitOf(store);
    const partial: Answers = { ...complete, problem: '   ', risk_violence: null };
    delete partial.informant;
    await saveDraft(store, visit.id, partial);

    const result = await completeAssessment(store, visit, partial, staff);
    expect(result).toEqual({
      ok: false,
      kind: 'invalid',
      errors: [
        { field: 'informant', message: 'Sumber informasi wajib diisi.' },
        { field: 'problem', message: 'Masalah yang dihadapi wajib diisi.' },
        {
          field: 'risk_violence',
          message: 'Jawab "Mengalami atau terancam kekerasan": ya atau tidak.',
        },
      ],
    });
    expect(await store.db.assessments.count()).toBe(0);
    expect((await loadDraft(store, visit.id))?.answers).toEqual(partial);
  });

  test('an answer too long is refused with the limit and the length typed', async () => {
    const store = await memoryStore();
    const visit = await visitOf(store);
    const result = await completeAssessment(
      store,
      visit,
      { ...complete, problem_since: 'x'.repeat(121) },
      staff,
    );
    expect(result).toMatchObject({
      ok: false,
      errors: [
        {
          field: 'problem_since',
          message: 'Sejak kapan terlalu panjang: paling banyak 120 karakter (sekarang 121).',
        },
      ],
    });
  });

  test('version 1 records who and when, is urgent on a risk flag, and the draft goes with it', async () => {
    const store = await memoryStore();
    const visit = await visitOf(store);
    await saveDraft(store, visit.id, complete);
    store.advance(5 * 60_000);
    const assessment = await completed(store, visit, { ...complete, risk_self_harm: true });

    expect(assessment).toMatchObject({
      visitId: visit.id,
      beneficiaryId: visit.beneficiaryId,
      templateId: 'atensi',
      templateVersion: 1,
      version: 1,
      supersedesId: null,
      urgent: true,
      recommendation: 'referral',
      completedAt: store.now(),
      completedBy: 'staff-1',
      completedByName: 'Andi Pekerja Sosial',
    });
    expect(await loadDraft(store, visit.id)).toBeUndefined();
    const outbox = await store.db.outbox.where('table').equals('assessments').toArray();
    expect(outbox).toMatchObject([{ rowId: assessment.id, op: 'put', baseRev: 0 }]);
  });

  test('an edit writes version 2 beside version 1, and the history names what changed', async () => {
    const store = await memoryStore();
    const visit = await visitOf(store);
    const first = await completed(store, visit, complete);
    store.advance(60 * 60_000);
    await saveDraft(
      store,
      visit.id,
      { ...complete, problem: 'Diusir dari kontrakan.' },
      {
        editingId: first.id,
      },
    );
    expect((await loadDraft(store, visit.id))?.editingId).toBe(first.id);
    const second = await completed(
      store,
      visit,
      { ...complete, problem: 'Diusir dari kontrakan.', recommendation: 'admission' },
      first.id,
    );

    expect(second).toMatchObject({
      version: 2,
      supersedesId: first.id,
      recommendation: 'admission',
    });
    const rows = await assessmentsOfVisit(store, visit.id);
    expect(rows.map((a) => a.version)).toEqual([1, 2]);
    expect(rows[0]).toEqual(first);
    expect(currentAssessment(rows)?.id).toBe(second.id);
    expect(
      assessmentHistory(rows, second.id).map((h) => [h.assessment.version, h.changedLabels]),
    ).toEqual([
      [1, []],
      [2, ['Masalah yang dihadapi', 'Rekomendasi']],
    ]);
    expect(await loadDraft(store, visit.id)).toBeUndefined();
  });

  test('completing again without naming the edit supersedes the version shown', async () => {
    const store = await memoryStore();
    const visit = await visitOf(store);
    const first = await completed(store, visit, complete);
    store.advance(60_000);
    const again = await completed(store, visit, { ...complete, living_with: 'alone' });
    expect(again).toMatchObject({ version: 2, supersedesId: first.id });
  });

  test('a recommendation the service model does not offer is refused', async () => {
    const store = await memoryStore({ serviceModel: 'single_entry_point' });
    const visit = await visitOf(store);
    const result = await completeAssessment(
      store,
      visit,
      { ...complete, recommendation: 'admission' },
      staff,
    );
    expect(result).toEqual({
      ok: false,
      kind: 'invalid',
      errors: [
        {
          field: 'recommendation',
          message:
            '"Penerimaan ke layanan balai (ATENSI)" tidak tersedia pada model layanan balai ini.',
        },
      ],
    });
    expect(await store.db.assessments.count()).toBe(0);
    expect((await completed(store, visit, complete)).recommendation).toBe('referral');
  });

  test('a Single Referral Point does not assess at all', async () => {
    const store = await memoryStore({ serviceModel: 'single_referral_point' });
    const visit = await visitOf(store);
    expect(await completeAssessment(store, visit, complete, staff)).toEqual({
      ok: false,
      kind: 'refused',
      message: 'Asesmen tidak tersedia pada model layanan balai ini.',
    });
  });
});
