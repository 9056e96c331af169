// The pure parts of casework the console shows: the case status staff read at a glance, the
// timeline's order, what each service model offers, and printed document numbers.
import { describe, expect, test } from 'vitest';
import type { Assessment } from '../../core/casework/assessment.ts';
import { deviceMark, documentNumber } from '../../core/casework/document-number.ts';
import type { EmergencyService } from '../../core/casework/emergency.ts';
import type { Referral } from '../../core/casework/referral.ts';
import { offers, servicesOf } from '../../core/casework/service-model.ts';
import { caseStatus, caseTimeline } from '../../core/casework/timeline.ts';
import type { Visit } from '../../core/casework/visit.ts';

const sync = { balaiId: 'b', updatedAt: '', rev: 0, deleted: 0 as const };
const visitId = '01900000-0000-7000-8000-000000000001';
const personId = '01900000-0000-7000-8000-000000000002';
const ticketId = '01900000-0000-7000-8000-000000000003';

const visit: Visit = {
  ...sync,
  id: visitId,
  beneficiaryId: personId,
  ticketIds: [ticketId],
  localDay: '2026-11-23',
  serviceId: 'informasi',
  counterId: 'loket-1',
  openedAt: 1_000,
  openedBy: null,
};

function assessment(over: Partial<Assessment> = {}): Assessment {
  return {
    ...sync,
    id: '01900000-0000-7000-8000-00000000000a',
    visitId,
    beneficiaryId: personId,
    templateId: 'atensi',
    templateVersion: 1,
    answers: {},
    urgent: false,
    recommendation: 'referral',
    completedAt: 2_000,
    completedBy: null,
    completedByName: 'Siti',
    version: 1,
    supersedesId: null,
    ...over,
  };
}

function referral(over: Partial<Referral> = {}): Referral {
  return {
    ...sync,
    id: '01900000-0000-7000-8000-00000000000b',
    visitId,
    beneficiaryId: personId,
    partnerId: 'rs',
    partnerName: 'RSUD Syekh Yusuf',
    partnerKind: 'rumah_sakit',
    reason: 'Perlu perawatan',
    summary: 'Ringkasan',
    letterNumber: '0001.ABCD/RJK/BRSLU/XI/2026',
    createdAt: 3_000,
    createdBy: null,
    createdByName: 'Siti',
    followUpBy: '2026-12-07',
    sentAt: 3_000,
    acceptedAt: null,
    followedUpAt: null,
    completedAt: null,
    rejectedAt: null,
    statusNote: null,
    ...over,
  };
}

const aid: EmergencyService = {
  ...sync,
  id: '01900000-0000-7000-8000-00000000000c',
  visitId,
  beneficiaryId: personId,
  lines: [{ itemId: 'food', quantity: 1, unitValue: 50_000 }],
  totalValue: 50_000,
  givenAt: 2_500,
  givenBy: null,
  givenByName: 'Siti',
  recipientName: 'Daeng',
  receiptNumber: '0001.ABCD/TT/BRSLU/XI/2026',
  note: null,
};

const none = { visits: [], assessments: [], emergencyServices: [], referrals: [] };

describe('case status', () => {
  test('reads, most pressing first: overdue, urgent not yet helped, referral open, served, assessed, new', () => {
    const today = '2026-11-23';
    expect(caseStatus(none, today).code).toBe('new');
    expect(caseStatus({ ...none, visits: [visit] }, today).label).toBe('Kunjungan baru');
    expect(caseStatus({ ...none, visits: [visit], assessments: [assessment()] }, today).code).toBe(
      'assessed',
    );
    const urgent = { ...none, visits: [visit], assessments: [assessment({ urgent: true })] };
    expect(caseStatus(urgent, today)).toEqual({
      code: 'urgent',
      label: 'Mendesak: ada tanda risiko, belum ditangani',
    });
    // Emergency help after the urgent assessment: it is being handled.
    expect(caseStatus({ ...urgent, emergencyServices: [aid] }, today).code).toBe('served');
    expect(caseStatus({ ...urgent, referrals: [referral()] }, today)).toEqual({
      code: 'referral_open',
      label: 'Rujukan berjalan (1)',
    });
    expect(caseStatus({ ...urgent, referrals: [referral()] }, '2026-12-08')).toEqual({
      code: 'overdue',
      label: 'Tindak lanjut rujukan terlambat (1)',
    });
    expect(
      caseStatus({ ...urgent, referrals: [referral({ completedAt: 9_000 })] }, '2026-12-08').code,
    ).toBe('served');
  });

  test('an edited urgent assessment that is no longer urgent stops the urgent status', () => {
    const v1 = assessment({ urgent: true });
    const v2 = assessment({
      id: '01900000-0000-7000-8000-00000000000d',
      urgent: false,
      version: 2,
      supersedesId: v1.id,
      completedAt: 4_000,
    });
    expect(caseStatus({ ...none, assessments: [v1, v2] }, '2026-11-23').code).toBe('assessed');
  });
});

describe('timeline', () => {
  test('newest first, with each referral status reached as its own entry', () => {
    const entries = caseTimeline({
      visits: [visit],
      assessments: [assessment()],
      emergencyServices: [aid],
      referrals: [referral({ acceptedAt: 5_000 })],
      ticketNumbers: new Map([[ticketId, 'A-001']]),
    });
    expect(entries.map((e) => [e.kind, e.at])).toEqual([
      ['referral', 5_000],
      ['referral', 3_000],
      ['emergency', 2_500],
      ['assessment', 2_000],
      ['visit', 1_000],
    ]);
    expect(entries.at(-1)).toMatchObject({ kind: 'visit', ticketNumbers: ['A-001'] });
    expect(entries[0]).toMatchObject({ kind: 'referral', status: 'accepted' });
  });
});

describe('service models', () => {
  test('a Single Referral Point only refers; a Single Entry Point adds assessment and emergency help; a One Stop Shop admits too', () => {
    expect(servicesOf('single_referral_point')).toEqual(['referral']);
    expect(offers('single_entry_point', 'assessment')).toBe(true);
    expect(offers('single_entry_point', 'emergency')).toBe(true);
    expect(offers('single_entry_point', 'admission')).toBe(false);
    expect(offers('one_stop_shop', 'admission')).toBe(true);
    expect(offers('single_referral_point', 'emergency')).toBe(false);
  });
});

describe('document numbers', () => {
  test('count, device mark, kind, centre, Roman month and year, as Indonesian offices number letters', () => {
    const device = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(deviceMark(device)).toBe('4A5B');
    expect(documentNumber('referral', 7, device, 'BRSLU Gau Mabaji', '2026-11-23')).toBe(
      '0007.4A5B/RJK/BRSLU-GAU-MABAJI/XI/2026',
    );
    expect(documentNumber('receipt', 12_345, device, 'BRSPDF', '2027-01-02')).toBe(
      '12345.4A5B/TT/BRSPDF/I/2027',
    );
    expect(() => documentNumber('receipt', 0, device, 'X', '2026-11-23')).toThrow();
  });
});
