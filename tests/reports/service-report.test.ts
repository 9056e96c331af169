// The service report against the WITA fixture (fixtures.ts): who the 9 visitors were, from their
// NIKs, worked out by hand; and casework totals once casework records exist.
import { describe, expect, it } from 'vitest';
import { ageGroupOf, ageOn, serviceReport } from '../../core/reports/service-report.ts';
import { UNKNOWN_KEY } from '../../core/reports/types.ts';
import { fixtureInput, ids } from './fixtures.ts';

const pairs = (rows: { key: string; count: number }[]) => rows.map((r) => [r.key, r.count]);

describe('visitors of 23–24 November 2026', () => {
  const report = serviceReport(fixtureInput());

  it('counts visitors, not tickets: the transfer and the carry-over add nobody', () => {
    // T1 T2 T3 T4 T5 T6 T7 T9 T10; not T3b, T6b (continuations) nor T11 (the 25th).
    expect(report.visitorsTotal).toBe(9);
  });

  it('sex from the NIK day field (+40 for women); no or a bad NIK is unknown', () => {
    // Men T1 T3 T7; women T2 T5; unknown T4 (no NIK) T6 (emergency) T9 (day 32) T10 (no registration).
    expect(report.visitorsBySex).toEqual([
      { key: 'male', label: 'Laki-laki', count: 3 },
      { key: 'female', label: 'Perempuan', count: 2 },
      { key: UNKNOWN_KEY, label: 'Tidak diketahui', count: 4 },
    ]);
  });

  it('age group on the day of the visit, birthdays counted to the day', () => {
    // T1 76 lansia; T2 36 dewasa; T3 11 anak; T5 born 24-11-1966 is 59 on the 23rd → dewasa;
    // T7 born 24-11-1966 is 60 on the 24th → lansia.
    expect(pairs(report.visitorsByAgeGroup)).toEqual([
      ['anak', 1],
      ['dewasa', 2],
      ['lansia', 2],
      [UNKNOWN_KEY, 4],
    ]);
    expect(report.visitorsByAgeGroup[2]?.label).toBe('Lanjut usia (60 tahun ke atas)');
  });

  it('region of origin is the province and regency coded in the NIK', () => {
    expect(report.visitorsByRegion).toEqual([
      { key: '73', label: 'Sulawesi Selatan', count: 4 }, // T1 T2 T5 T7
      { key: '33', label: 'Jawa Tengah', count: 1 }, // T3
      { key: UNKNOWN_KEY, label: 'Tidak diketahui', count: 4 },
    ]);
    expect(report.visitorsByRegency.map((r) => [r.label, r.count])).toEqual([
      ['Kabupaten Gowa', 4],
      ['Kota Surakarta', 1],
      ['Tidak diketahui', 4],
    ]);
  });

  it('without casework records: nothing given, PPKS not yet recorded, casework none', () => {
    expect(report.casework).toBe('none');
    expect(report.emergencyItems).toEqual([]);
    expect(report.referralsByPartner).toEqual([]);
    expect(report.assessmentsDone).toBe(0);
    expect(report.visitorsByPpks).toEqual([{ key: UNKNOWN_KEY, label: 'Belum dicatat', count: 9 }]);
  });
});

describe('casework in the service report', () => {
  const report = serviceReport(
    fixtureInput({
      partners: [
        { id: 'dinsos-gowa', name: 'Dinas Sosial Kabupaten Gowa' },
        { id: 'rsud', name: 'RSUD Syekh Yusuf' },
      ],
      casework: {
        emergencyItems: [
          {
            localDay: '2026-11-23',
            itemKey: 'makanan',
            label: 'Paket makanan',
            quantity: 2,
            valueRupiah: 50_000,
          },
          {
            localDay: '2026-11-24',
            itemKey: 'makanan',
            label: 'Paket makanan',
            quantity: 1,
            valueRupiah: 25_000,
          },
          {
            localDay: '2026-11-24',
            itemKey: 'transport',
            label: 'Uang transport',
            quantity: 1,
            valueRupiah: 100_000,
          },
          // Outside the period: left out.
          {
            localDay: '2026-11-25',
            itemKey: 'makanan',
            label: 'Paket makanan',
            quantity: 9,
            valueRupiah: 1,
          },
        ],
        referrals: [
          { localDay: '2026-11-23', partnerId: 'dinsos-gowa', status: 'dikirim' },
          { localDay: '2026-11-23', partnerId: 'dinsos-gowa', status: 'diterima' },
          { localDay: '2026-11-24', partnerId: 'dinsos-gowa', status: 'dikirim' },
          { localDay: '2026-11-24', partnerId: 'rsud', status: 'selesai' },
        ],
        assessments: [
          // T3's visit was assessed after its transfer (on T3b): it counts for T3's visit.
          { localDay: '2026-11-23', completed: true, ppksCodes: ['ppks-02'], ticketId: ids.T3b },
          {
            localDay: '2026-11-23',
            completed: true,
            ppksCodes: ['ppks-08', 'ppks-24'],
            ticketId: ids.T1,
          },
          // A draft does not count.
          { localDay: '2026-11-24', completed: false, ppksCodes: ['ppks-11'], ticketId: ids.T7 },
        ],
      },
    }),
  );

  it('emergency items summed per item, biggest value first', () => {
    // makanan 2 + 1 = 3 pieces, 50 000 + 25 000 = 75 000; transport 1, 100 000.
    expect(report.emergencyItems).toEqual([
      { key: 'transport', label: 'Uang transport', quantity: 1, valueRupiah: 100_000 },
      { key: 'makanan', label: 'Paket makanan', quantity: 3, valueRupiah: 75_000 },
    ]);
  });

  it('referrals per partner and status', () => {
    expect(report.referralsByPartner).toEqual([
      {
        partnerId: 'dinsos-gowa',
        label: 'Dinas Sosial Kabupaten Gowa',
        byStatus: { dikirim: 2, diterima: 1 },
        total: 3,
      },
      { partnerId: 'rsud', label: 'RSUD Syekh Yusuf', byStatus: { selesai: 1 }, total: 1 },
    ]);
  });

  it('completed assessments and the PPKS of the visits they belong to', () => {
    expect(report.assessmentsDone).toBe(2);
    expect(report.casework).toBe('full');
    // T3 → Anak Terlantar; T1 → Lanjut Usia Terlantar and Fakir Miskin; 7 visitors unrecorded.
    expect(report.visitorsByPpks.map((r) => [r.label, r.count])).toEqual([
      ['Anak Terlantar', 1],
      ['Lanjut Usia Terlantar', 1],
      ['Fakir Miskin', 1],
      ['Belum dicatat', 7],
    ]);
  });
});

describe('age', () => {
  it('turns on the birthday, not the day after', () => {
    expect(ageOn('1966-11-24', '2026-11-23')).toBe(59);
    expect(ageOn('1966-11-24', '2026-11-24')).toBe(60);
    expect([17, 18, 59, 60].map(ageGroupOf)).toEqual(['anak', 'dewasa', 'dewasa', 'lansia']);
  });
});
