// Referrals in the local store: a referral is saved with its letter number and outbox mutation in
// one transaction, bad input is refused per field with nothing written, statuses move forward only
// (each writing its own date), and the overdue list holds what is past its follow-up date.
import { describe, expect, test } from 'vitest';
import type { Referral, ReferralInput } from '../../core/casework/referral.ts';
import type { Visit } from '../../core/casework/visit.ts';
import type { CentreReference, Partner } from '../../core/centre/reference.ts';
import { newId } from '../../core/ids.ts';
import { createBeneficiary } from '../../renderer/store/beneficiaries.ts';
import { changeTables, createRow } from '../../renderer/store/changes.ts';
import {
  createReferral,
  daysLate,
  overdueReferrals,
  referralsOfVisit,
  setReferralStatus,
} from '../../renderer/store/referrals.ts';
import { changeContext, type Store } from '../../renderer/store/store.ts';
import { testReference } from '../support/config.ts';
import { memoryStore, type TestStore } from '../support/memory-store.ts';

const DAY_MS = 86_400_000;
const staff = { id: 'staff-rina', name: 'Rina Pekerja Sosial' };

const partners: Partner[] = [
  { id: 'lks-bina', name: 'LKS Bina Lansia Sejahtera', kind: 'lks', address: 'Jl. Poros 1' },
  { id: 'dinsos-gowa', name: 'Dinas Sosial Kabupaten Gowa', kind: 'dinas_sosial' },
];
const reference: CentreReference = { version: 3, ...testReference({ partners }) };

async function visitOf(store: Store, name = 'Daeng Ngai'): Promise<Visit> {
  const saved = await createBeneficiary(store, { name, birthDate: '1950-01-01' });
  if (!saved.ok) throw new Error('beneficiary not saved');
  const ctx = changeContext(store, store.now());
  return store.db.transaction('rw', changeTables(store.db, 'visits'), () =>
    createRow(ctx, 'visits', newId(), {
      beneficiaryId: saved.beneficiary.id,
      ticketIds: [newId()],
      localDay: '2026-11-23',
      serviceId: 'layanan-lansia',
      counterId: 'loket-1',
      openedAt: store.now(),
      openedBy: staff.id,
    }),
  );
}

const input = (overrides: Partial<ReferralInput> = {}): ReferralInput => ({
  partnerId: 'lks-bina',
  reason: 'Membutuhkan pendampingan harian di rumah.',
  summary: 'Lansia tinggal sendiri, tidak ada keluarga yang merawat.',
  followUpBy: '2026-12-07',
  ...overrides,
});

async function referred(store: TestStore, visit: Visit, overrides: Partial<ReferralInput> = {}) {
  const result = await createReferral(store, visit, input(overrides), staff, reference);
  if (!result.ok) throw new Error(`not saved: ${JSON.stringify(result.errors)}`);
  return result.referral;
}

describe('making a referral', () => {
  test('saves the row, its letter number and its outbox mutation together, sent now', async () => {
    const store = await memoryStore();
    const visit = await visitOf(store);
    await store.db.outbox.clear();

    const referral = await referred(store, visit);

    expect(referral).toMatchObject({
      visitId: visit.id,
      beneficiaryId: visit.beneficiaryId,
      partnerId: 'lks-bina',
      partnerName: 'LKS Bina Lansia Sejahtera',
      partnerKind: 'lks',
      createdBy: 'staff-rina',
      createdByName: 'Rina Pekerja Sosial',
      followUpBy: '2026-12-07',
      sentAt: store.now(),
      acceptedAt: null,
      completedAt: null,
      rejectedAt: null,
      statusNote: null,
      rev: 0,
    });
    expect(referral.letterNumber).toMatch(/^0001\.[0-9A-F]{4}\/RJK\/BRSLU-GAU-MABAJI\/XI\/2026$/);
    expect(await store.db.outbox.toArray()).toMatchObject([
      { table: 'referrals', rowId: referral.id, op: 'put', baseRev: 0 },
    ]);

    const second = await referred(store, visit, { partnerId: 'dinsos-gowa' });
    expect(second.letterNumber).toMatch(/^0002\./);
    expect((await referralsOfVisit(store, visit.id)).map((r) => r.id)).toEqual([
      referral.id,
      second.id,
    ]);
  });

  test('bad input is refused per field in Indonesian; nothing is written, no number used', async () => {
    const store = await memoryStore();
    const visit = await visitOf(store);
    await store.db.outbox.clear();

    const result = await createReferral(
      store,
      visit,
      input({ partnerId: 'lks-hilang', reason: '  ', summary: '', followUpBy: '2026-11-22' }),
      staff,
      reference,
    );

    expect(result).toEqual({
      ok: false,
      errors: {
        partnerId: 'Lembaga tujuan tidak ada di daftar mitra balai.',
        reason: 'Tulis alasan rujukan.',
        summary: 'Tulis ringkasan kasus untuk lembaga tujuan.',
        followUpBy: 'Batas tindak lanjut tidak boleh sebelum hari ini.',
      },
    });
    expect(await store.db.referrals.count()).toBe(0);
    expect(await store.db.outbox.count()).toBe(0);
    // The next good referral still gets number 1.
    expect((await referred(store, visit)).letterNumber).toMatch(/^0001\./);
  });

  test('a centre whose reference has no partners cannot refer anywhere', async () => {
    const store = await memoryStore();
    const visit = await visitOf(store);
    const result = await createReferral(store, visit, input(), staff, undefined);
    expect(result).toMatchObject({
      ok: false,
      errors: { partnerId: 'Lembaga tujuan tidak ada di daftar mitra balai.' },
    });
  });
});

describe('status tracking', () => {
  test('each status writes its own date and the note; the way runs forward to Selesai', async () => {
    const store = await memoryStore();
    const visit = await visitOf(store);
    const referral = await referred(store, visit);

    store.advance(DAY_MS);
    const accepted = await setReferralStatus(store, referral.id, 'accepted', '');
    expect(accepted).toMatchObject({
      ok: true,
      referral: { acceptedAt: store.now(), statusNote: null },
    });
    store.advance(DAY_MS);
    await setReferralStatus(store, referral.id, 'followed_up', 'Sudah dikunjungi LKS.');
    store.advance(DAY_MS);
    const done = await setReferralStatus(store, referral.id, 'completed', '');

    const row = (await store.db.referrals.get(referral.id)) as Referral;
    expect(done.ok).toBe(true);
    expect(row).toMatchObject({
      sentAt: referral.sentAt,
      acceptedAt: (referral.sentAt ?? 0) + DAY_MS,
      followedUpAt: (referral.sentAt ?? 0) + 2 * DAY_MS,
      completedAt: (referral.sentAt ?? 0) + 3 * DAY_MS,
      rejectedAt: null,
      statusNote: 'Sudah dikunjungi LKS.',
    });
    // Each change travelled as its own mutation with only what changed.
    const changes = (await store.db.outbox.where('rowId').equals(referral.id).toArray()).slice(1);
    expect(changes.map((m) => Object.keys(m.fields).sort())).toEqual([
      ['acceptedAt', 'updatedAt'],
      ['followedUpAt', 'statusNote', 'updatedAt'],
      ['completedAt', 'updatedAt'],
    ]);
  });

  test('a status that does not come next is refused with an Indonesian message', async () => {
    const store = await memoryStore();
    const visit = await visitOf(store);
    const referral = await referred(store, visit);

    expect(await setReferralStatus(store, referral.id, 'completed', '')).toEqual({
      ok: false,
      message: 'Status rujukan tidak dapat diubah dari "Dikirim" menjadi "Selesai".',
    });
    expect(await setReferralStatus(store, referral.id, 'sent', '')).toMatchObject({
      ok: false,
    });
    await setReferralStatus(store, referral.id, 'accepted', '');
    await setReferralStatus(store, referral.id, 'completed', '');
    expect(await setReferralStatus(store, referral.id, 'rejected', 'Terlambat')).toEqual({
      ok: false,
      message: 'Rujukan ini sudah selesai; statusnya tidak dapat diubah lagi.',
    });
    expect(await setReferralStatus(store, newId(), 'accepted', '')).toEqual({
      ok: false,
      message: 'Data rujukan tidak ditemukan.',
    });
  });

  test('a rejection needs its reason, which is kept as the status note', async () => {
    const store = await memoryStore();
    const visit = await visitOf(store);
    const referral = await referred(store, visit);
    const outbox = await store.db.outbox.count();

    expect(await setReferralStatus(store, referral.id, 'rejected', '   ')).toEqual({
      ok: false,
      message: 'Tulis alasan lembaga tujuan menolak rujukan.',
    });
    expect(await store.db.outbox.count()).toBe(outbox);

    const rejected = await setReferralStatus(
      store,
      referral.id,
      'rejected',
      ' Kuota penuh bulan ini. ',
    );
    expect(rejected).toMatchObject({
      ok: true,
      referral: { rejectedAt: store.now(), statusNote: 'Kuota penuh bulan ini.' },
    });
  });
});

describe('the overdue list', () => {
  test('holds unfinished referrals past their follow-up date, the longest overdue first', async () => {
    const store = await memoryStore();
    const visit = await visitOf(store);
    const late = await referred(store, visit, { followUpBy: '2026-11-25' });
    const later = await referred(store, visit, { followUpBy: '2026-11-24' });
    const dueToday = await referred(store, visit, { followUpBy: '2026-11-30' });
    const finished = await referred(store, visit, { followUpBy: '2026-11-24' });
    const rejected = await referred(store, visit, { followUpBy: '2026-11-23' });
    await setReferralStatus(store, finished.id, 'accepted', '');
    await setReferralStatus(store, finished.id, 'completed', '');
    await setReferralStatus(store, rejected.id, 'rejected', 'Tidak sesuai layanan');
    const accepted = await referred(store, visit, { followUpBy: '2026-11-26' });
    await setReferralStatus(store, accepted.id, 'accepted', '');

    const ids = async (day: string) => (await overdueReferrals(store, day)).map((r) => r.id);
    expect(await ids('2026-11-24')).toEqual([]);
    expect(await ids('2026-11-25')).toEqual([later.id]);
    expect(await ids('2026-11-30')).toEqual([later.id, late.id, accepted.id]);
    expect(await ids('2026-12-01')).toEqual([later.id, late.id, accepted.id, dueToday.id]);
  });

  test('days late count calendar days, across a month end', () => {
    expect(daysLate('2026-11-30', '2026-11-30')).toBe(0);
    expect(daysLate('2026-11-30', '2026-12-01')).toBe(1);
    expect(daysLate('2026-12-25', '2027-01-04')).toBe(10);
  });
});
