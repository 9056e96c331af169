// The service report once casework exists: the period's emergency help (items, quantities,
// value), referrals by partner and status, completed assessments (each counted once, however
// often edited), and visitors by the PPKS categories of their beneficiary record.
import { describe, expect, test } from 'vitest';
import type { Answers } from '../../core/casework/assessment-template.ts';
import type { CentreReference } from '../../core/centre/reference.ts';
import { serviceReportOfFacts } from '../../core/reports/service-report.ts';
import { completeAssessment } from '../../renderer/store/assessments.ts';
import { createBeneficiary } from '../../renderer/store/beneficiaries.ts';
import { giveAid, receiveStock } from '../../renderer/store/emergency.ts';
import { cacheReference } from '../../renderer/store/reference.ts';
import { createReferral, setReferralStatus } from '../../renderer/store/referrals.ts';
import { loadReportFacts } from '../../renderer/store/report-queries.ts';
import { act } from '../../renderer/store/tickets.ts';
import { openVisit } from '../../renderer/store/visits.ts';
import { testReference } from '../support/config.ts';
import { memoryStore, type TestStore } from '../support/memory-store.ts';
import { seedWaitingTickets } from '../support/seed-queue.ts';

const DAY = '2026-11-23';
const staff = { id: 'sw-1', name: 'Andi' };
const answers: Answers = {
  informant: 'self',
  living_with: 'street',
  family_situation: 'Tidak ada keluarga.',
  problem: 'Tidur di terminal.',
  atensi_needs: ['need_livelihood'],
  risk_child: false,
  risk_violence: false,
  risk_self_harm: false,
  recommendation: 'referral',
  recommendation_notes: 'Dirujuk.',
};
const reference: CentreReference = {
  version: 2,
  ...testReference({
    partners: [{ id: 'dinsos-gowa', name: 'Dinas Sosial Kabupaten Gowa', kind: 'dinas_sosial' }],
  }),
};

async function visitOf(store: TestStore, name: string, ppks: string[]) {
  const [ticket] = await seedWaitingTickets(store.db, store.config, {
    count: 1,
    localDay: DAY,
    seed: name.length,
  });
  if (!ticket) throw new Error('no ticket');
  const called = await act(store, ticket.id, 'call', { counterId: 'loket-1' });
  if (!called.ok) throw new Error(called.message);
  const person = await createBeneficiary(store, {
    name,
    ppks: ppks.map((code) => ({ code, disabilityTypes: [] })),
  });
  if (!person.ok) throw new Error(JSON.stringify(person));
  return openVisit(store, called.ticket, person.beneficiary.id, {
    staffId: staff.id,
    counterId: 'loket-1',
  });
}

describe('the service report with casework', () => {
  test('counts the period’s help, referrals, assessments and the PPKS of assessed visitors', async () => {
    const store = await memoryStore();
    await cacheReference(store.db, reference);
    await receiveStock(store, 'food', '20', null, staff);
    const ani = await visitOf(store, 'Ani', ['ppks-26']);
    const budi = await visitOf(store, 'Budi', ['ppks-25']);

    // Ani: assessed (then corrected: still one assessment), food and transport money, referred.
    const first = await completeAssessment(store, ani, answers, staff);
    if (!first.ok) throw new Error(JSON.stringify(first));
    const edit = await completeAssessment(
      store,
      ani,
      { ...answers, problem: 'Tidur di terminal dan sakit.' },
      staff,
      { editingId: first.assessment.id },
    );
    expect(edit.ok).toBe(true);
    const aid = await giveAid(
      store,
      ani,
      [
        { itemId: 'food', quantity: '2', unitValue: '50000' },
        { itemId: 'shelter', quantity: '1', unitValue: '150000' },
      ],
      'Ani',
      null,
      staff,
    );
    expect(aid.ok).toBe(true);
    const referral = await createReferral(
      store,
      ani,
      {
        partnerId: 'dinsos-gowa',
        reason: 'Penelusuran keluarga',
        summary: 'Tidak ada keluarga.',
        followUpBy: '2026-12-07',
      },
      staff,
      reference,
    );
    if (!referral.ok) throw new Error(JSON.stringify(referral));
    await setReferralStatus(store, referral.referral.id, 'accepted', '');
    // Budi: food only, not assessed.
    await giveAid(
      store,
      budi,
      [{ itemId: 'food', quantity: '1', unitValue: '50000' }],
      'Budi',
      null,
      staff,
    );

    const report = serviceReportOfFacts(await loadReportFacts(store, { from: DAY, to: DAY }));
    expect(report.casework).toBe('full');
    expect(report.assessmentsDone).toBe(1);
    // Equal values sort by item key.
    expect(report.emergencyItems).toEqual([
      { key: 'food', label: 'Paket makanan', quantity: 3, valueRupiah: 150_000 },
      { key: 'shelter', label: 'Tempat menginap satu malam', quantity: 1, valueRupiah: 150_000 },
    ]);
    expect(report.referralsByPartner).toEqual([
      {
        partnerId: 'dinsos-gowa',
        label: 'Dinas Sosial Kabupaten Gowa',
        byStatus: { Diterima: 1 },
        total: 1,
      },
    ]);
    // Two visitors: Ani's PPKS from her assessed visit; Budi was not assessed.
    expect(report.visitorsByPpks).toEqual([
      { key: 'ppks-26', label: 'Komunitas Adat Terpencil', count: 1 },
      { key: '__unknown__', label: 'Belum dicatat', count: 1 },
    ]);

    // Another day's report holds none of it.
    const other = serviceReportOfFacts(
      await loadReportFacts(store, { from: '2026-11-24', to: '2026-11-24' }),
    );
    expect(other.casework).toBe('none');
  });
});
