// The ATENSI template as data (what it asks, what it refuses, what makes a case urgent), the
// version chain of a completed assessment (two PCs editing version 1 at once both keep theirs),
// and the server's rule that versions are append-only and numbered in order.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  type Assessment,
  type AssessmentFields,
  changedAnswers,
  historyOf,
  latestVersions,
} from '../../core/casework/assessment.ts';
import {
  type Answers,
  currentTemplate,
  isUrgent,
  templateFields,
  templateOf,
  validateAnswers,
} from '../../core/casework/assessment-template.ts';
import { type CaseworkService, offers } from '../../core/casework/service-model.ts';
import type { CentreReference } from '../../core/centre/reference.ts';
import { newId } from '../../core/ids.ts';
import {
  type ApplyContext,
  applyGroup,
  type GroupOutcome,
  type RowKey,
  rowKey,
  rowsToLoad,
  type StoredRow,
} from '../../core/sync/apply.ts';
import { encodeHlc, type HlcState, tickHlc } from '../../core/sync/hlc.ts';
import type { WireMutation } from '../../core/sync/protocol.ts';
import { testConfig, testReference } from '../support/config.ts';

const template = currentTemplate();
const all = () => true;
const model = (m: Parameters<typeof offers>[0]) => (s: CaseworkService) => offers(m, s);

const valid: Answers = {
  informant: 'family',
  living_with: 'family',
  family_situation: 'Tinggal dengan anak yang bekerja di luar kota.',
  problem: 'Ditinggal sendiri berhari-hari.',
  atensi_needs: ['need_care'],
  risk_child: false,
  risk_violence: false,
  risk_self_harm: false,
  recommendation: 'on_site',
  recommendation_notes: 'Paket makanan dan kunjungan rumah.',
};

describe('the ATENSI template', () => {
  it('is versioned data: identity, family, problem, needs, risk flags and a recommendation', () => {
    expect(templateOf('atensi', 1)).toBe(template);
    expect(template.sections.map((s) => s.id)).toEqual([
      'identity',
      'family',
      'problem',
      'needs',
      'risk',
      'recommendation',
    ]);
    const ids = templateFields(template).map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const riskFlags = templateFields(template).filter((f) => f.kind === 'yesNo' && f.riskFlag);
    expect(riskFlags.map((f) => f.id)).toEqual(['risk_child', 'risk_violence', 'risk_self_harm']);
  });

  it('accepts a complete set of answers', () => {
    expect(validateAnswers(template, valid, all)).toEqual({});
  });

  it('names every required field left blank, in Indonesian', () => {
    expect(validateAnswers(template, {}, all)).toEqual({
      informant: 'Sumber informasi wajib diisi.',
      living_with: 'Tinggal bersama wajib diisi.',
      family_situation: 'Situasi keluarga wajib diisi.',
      problem: 'Masalah yang dihadapi wajib diisi.',
      atensi_needs: 'Kebutuhan wajib diisi.',
      risk_child: 'Jawab "Anak dalam situasi berisiko": ya atau tidak.',
      risk_violence: 'Jawab "Mengalami atau terancam kekerasan": ya atau tidak.',
      risk_self_harm: 'Jawab "Risiko menyakiti diri sendiri": ya atau tidak.',
      recommendation: 'Rekomendasi wajib diisi.',
      recommendation_notes: 'Alasan rekomendasi wajib diisi.',
    });
    expect(validateAnswers(template, { ...valid, problem: '  ', atensi_needs: [] }, all)).toEqual({
      problem: 'Masalah yang dihadapi wajib diisi.',
      atensi_needs: 'Kebutuhan wajib diisi.',
    });
  });

  it('refuses unknown options, wrong kinds and text over its limit', () => {
    expect(
      validateAnswers(
        template,
        {
          ...valid,
          informant: 'neighbour',
          atensi_needs: ['need_care', 'need_money'],
          risk_child: 'ya',
          identity_notes: 'x'.repeat(301),
        },
        all,
      ),
    ).toEqual({
      informant: 'Pilih salah satu pilihan "Sumber informasi".',
      identity_notes:
        'Catatan identitas (mis. tanpa KTP, nama panggilan) terlalu panjang: paling banyak 300 karakter (sekarang 301).',
      atensi_needs: 'Pilihan "Kebutuhan" tidak dikenal.',
      risk_child: 'Jawab "Anak dalam situasi berisiko": ya atau tidak.',
    });
  });

  it('refuses a recommendation the service model does not offer', () => {
    const admission = { ...valid, recommendation: 'admission' };
    expect(validateAnswers(template, admission, model('one_stop_shop'))).toEqual({});
    expect(validateAnswers(template, admission, model('single_entry_point'))).toEqual({
      recommendation:
        '"Penerimaan ke layanan balai (ATENSI)" tidak tersedia pada model layanan balai ini.',
    });
  });

  it('is urgent when any risk flag is "ya", and only then', () => {
    expect(isUrgent(template, valid)).toBe(false);
    expect(isUrgent(template, {})).toBe(false);
    for (const flag of ['risk_child', 'risk_violence', 'risk_self_harm']) {
      expect(isUrgent(template, { ...valid, [flag]: true })).toBe(true);
    }
    // "Keluarga dapat mendukung" is a yes/no question, not a risk flag.
    expect(isUrgent(template, { ...valid, family_support: true })).toBe(false);
  });
});

type Version = Pick<Assessment, 'id' | 'supersedesId' | 'version'> & { answers: Answers };
const version = (n: number, supersedesId: string | null, answers: Answers): Version => ({
  id: newId(),
  supersedesId,
  version: n,
  answers,
});

describe('the version chain', () => {
  it('shows the latest version and keeps the earlier ones as its history', () => {
    const v1 = version(1, null, valid);
    const v2 = version(2, v1.id, { ...valid, problem: 'Diusir dari rumah.' });
    const v3 = version(3, v2.id, { ...v2.answers, risk_violence: true });
    const rows = [v3, v1, v2];
    expect(latestVersions(rows)).toEqual([v3]);
    expect(historyOf(rows, v3.id)).toEqual([v1, v2, v3]);
    expect(changedAnswers(v1.answers, v2.answers)).toEqual(['problem']);
    expect(changedAnswers(v2.answers, v3.answers)).toEqual(['risk_violence']);
  });

  it('keeps both of two edits of version 1 made at once on two PCs', () => {
    const v1 = version(1, null, valid);
    const fromLoket1 = version(2, v1.id, { ...valid, problem: 'Versi loket 1' });
    const fromLoket2 = version(2, v1.id, { ...valid, living_with: 'alone' });
    const rows = [v1, fromLoket1, fromLoket2];
    expect(latestVersions(rows)).toEqual([fromLoket1, fromLoket2]);
    expect(historyOf(rows, fromLoket1.id)).toEqual([v1, fromLoket1]);
    expect(historyOf(rows, fromLoket2.id)).toEqual([v1, fromLoket2]);
    // Editing one of them later supersedes only that one.
    const v3 = version(3, fromLoket2.id, { ...fromLoket2.answers, problem: 'Gabungan' });
    expect(latestVersions([...rows, v3])).toEqual([fromLoket1, v3]);
  });

  it('survives a broken chain (a version whose predecessor has not arrived yet)', () => {
    const v2 = version(2, newId(), valid);
    expect(latestVersions([v2])).toEqual([v2]);
    expect(historyOf([v2], v2.id)).toEqual([v2]);
  });
});

describe('the server keeps assessments append-only', () => {
  const config = testConfig();
  const CENTRE = config.balai.id;
  const reference: CentreReference = { version: 1, ...testReference() };
  const T0 = Date.UTC(2026, 10, 23, 1, 0);
  const console1 = { id: newId(), roles: ['console' as const] };
  let clock: HlcState = { wallMs: 0, counter: 0 };
  let seq = 0;
  let rows: Map<RowKey, StoredRow>;
  let rev = 0;
  beforeEach(() => {
    clock = { wallMs: 0, counter: 0 };
    rows = new Map();
  });

  const ctx: ApplyContext = { centreId: CENTRE, device: console1, reference, now: T0 };
  const visitId = newId();
  const beneficiaryId = newId();

  function fields(n: number, supersedesId: string | null, answers = valid): AssessmentFields {
    return {
      visitId,
      beneficiaryId,
      templateId: 'atensi',
      templateVersion: 1,
      answers,
      urgent: false,
      recommendation: 'on_site',
      completedAt: T0 + n * 60_000,
      completedBy: null,
      completedByName: 'Andi',
      version: n,
      supersedesId,
    };
  }

  /** A create as the store sends it: the whole row, sync fields included. */
  function put(id: string, row: object, baseRev = 0): WireMutation {
    clock = tickHlc(clock, T0 + seq * 1000);
    const hlc = encodeHlc(clock, console1.id);
    seq += 1;
    return {
      seq,
      txId: newId(),
      table: 'assessments',
      rowId: id,
      op: 'put',
      fields: JSON.parse(
        JSON.stringify({ ...row, id, balaiId: CENTRE, updatedAt: hlc, rev: baseRev, deleted: 0 }),
      ),
      baseRev,
      hlc,
    };
  }

  function push(m: WireMutation): GroupOutcome {
    const outcome = applyGroup(rows, [m], ctx);
    if (outcome.ok) {
      for (const row of outcome.changed) {
        rev += 1;
        rows.set(rowKey(row.table, row.id), { ...row, rev });
      }
    }
    return outcome;
  }

  it('takes version 1, then version 2 naming it, and loads the superseded row first', () => {
    const v1 = newId();
    expect(push(put(v1, fields(1, null))).ok).toBe(true);
    const v2 = newId();
    const second = put(v2, fields(2, v1));
    expect(rowsToLoad([second], CENTRE)).toContain(`assessments:${v1}`);
    expect(push(second).ok).toBe(true);
    expect(rows.get(rowKey('assessments', v2))?.data).toMatchObject({
      version: 2,
      supersedesId: v1,
    });
  });

  it('refuses a second version with the wrong number', () => {
    const v1 = newId();
    push(put(v1, fields(1, null)));
    expect(push(put(newId(), fields(3, v1)))).toMatchObject({
      ok: false,
      code: 'invalid_row',
      message: 'Versi asesmen tidak berurutan.',
    });
    expect(push(put(newId(), fields(2, null)))).toMatchObject({
      ok: false,
      code: 'invalid_row',
      message: 'Versi asesmen tidak berurutan.',
    });
    expect(push(put(newId(), fields(2, newId())))).toMatchObject({
      ok: false,
      code: 'missing_row',
      message: 'Asesmen yang diubah tidak ditemukan di server.',
    });
    expect(rows.size).toBe(1);
  });

  it('refuses changing or deleting a stored version', () => {
    const v1 = newId();
    push(put(v1, fields(1, null)));
    const stored = rows.get(rowKey('assessments', v1));
    const changed = put(v1, fields(1, null, { ...valid, problem: 'Ditimpa' }), stored?.rev ?? 1);
    expect(push(changed)).toMatchObject({
      ok: false,
      code: 'row_exists',
      message: 'Data asesmen ini sudah tercatat dan tidak dapat diubah.',
    });
    expect(push({ ...changed, seq: ++seq, op: 'delete', fields: {} })).toMatchObject({
      ok: false,
      code: 'not_allowed',
      message: 'Data asesmen tidak dapat dihapus.',
    });
    expect(rows.get(rowKey('assessments', v1))?.data.answers).toEqual(valid);
  });

  it('keeps two version-2 edits of the same version 1 (two PCs at once)', () => {
    const v1 = newId();
    push(put(v1, fields(1, null)));
    expect(push(put(newId(), fields(2, v1, { ...valid, problem: 'Loket 1' }))).ok).toBe(true);
    expect(push(put(newId(), fields(2, v1, { ...valid, problem: 'Loket 2' }))).ok).toBe(true);
    expect(rows.size).toBe(3);
  });
});
