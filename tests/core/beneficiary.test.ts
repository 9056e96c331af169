// The beneficiary record's pure rules: names found however they are spelled, forms checked with
// Indonesian messages, duplicates explained, merges planned and resolved.
import { describe, expect, it } from 'vitest';
import {
  type Beneficiary,
  beneficiaryFields,
  validateBeneficiary,
} from '../../core/beneficiary/beneficiary.ts';
import { duplicateCandidates } from '../../core/beneficiary/duplicates.ts';
import { mergedIdsOf, planMerge, resolveMergedId } from '../../core/beneficiary/merge.ts';
import {
  matchesQuery,
  nameSimilarity,
  queryTokens,
  scoreName,
  searchKeys,
} from '../../core/beneficiary/name-search.ts';
import { newId } from '../../core/ids.ts';

const TODAY = '2026-11-23';

function record(details: Partial<Beneficiary> = {}): Beneficiary {
  return {
    ...beneficiaryFields(
      {
        name: 'Sutarno',
        nik: null,
        kk: null,
        birthPlace: null,
        birthDate: null,
        sex: null,
        address: null,
        phone: null,
        ppks: [],
        companion: null,
      },
      { registeredAt: 0, registeredBy: 'pc-1' },
    ),
    id: newId(),
    balaiId: 'balai',
    updatedAt: '',
    rev: 0,
    deleted: 0,
    ...details,
    ...(details.name ? { searchKeys: searchKeys(details.name) } : {}),
  };
}

const found = (query: string, name: string) => matchesQuery(queryTokens(query), searchKeys(name));

describe('name search keys', () => {
  it.each([
    ['Soekarno', 'Sukarno'],
    ['Djoko Santoso', 'Joko Santoso'],
    ['Joko', 'Yoko'],
    ['Tjahjadi', 'Cahyadi'],
    ['Achmad', 'Ahmad'],
    ['Akhmad Chairul', 'Ahmad Khairul'],
    ['Sjarif', 'Syarif'],
    ['Syamsul', 'Samsul'],
    ['Njoman', 'Nyoman'],
    ['Muhammad', 'Mohamad'],
    ['Moch. Rizki', 'Muhammad Rizki'],
    ['Abdullah', 'Abdulah'],
    ['Fatimah', 'Fatima'],
    ['Dharma', 'Darma'],
    ['Siti Aïsyah', 'Siti Aisyah'],
  ])('finds %s when %s is typed, and the other way round', (a, b) => {
    expect(searchKeys(a)).toEqual(searchKeys(b));
    expect(found(b, a)).toBe(true);
  });

  it('strips titles and degrees', () => {
    expect(searchKeys('Hj. Siti Aminah, S.Pd.')).toEqual(searchKeys('Siti Aminah'));
    expect(searchKeys('Dra. Sri Wahyuni, M.Pd')).toEqual(searchKeys('Sri Wahyuni'));
    expect(searchKeys('H.Ahmad Dahlan')).toEqual(searchKeys('Ahmad Dahlan'));
    expect(searchKeys('Bapak Sutarno S.Sos')).toEqual(['sutarno']);
  });

  it('looks up by prefix, case-insensitive, in any order', () => {
    expect(found('sit ami', 'Siti Aminah')).toBe(true);
    expect(found('AMINAH siti', 'Siti Aminah')).toBe(true);
    expect(found('Soe', 'Sukarno')).toBe(true);
    expect(found('siti b', 'Siti Aminah')).toBe(false);
    expect(queryTokens('Hj.')).toEqual([]);
  });

  it('ranks the exact spelling first, then variants, then prefixes, then extra parts', () => {
    const names = ['Sukarno Putro', 'Soekarno', 'Sukarno', 'Sukarnoto'];
    const ranked = [...names].sort((a, b) => scoreName('Sukarno', b) - scoreName('Sukarno', a));
    expect(ranked).toEqual(['Sukarno', 'Sukarno Putro', 'Soekarno', 'Sukarnoto']);
  });

  it('calls names similar only when both sides match', () => {
    expect(nameSimilarity('Siti Aminah', 'Hj. Siti Aminah, S.Pd')).toBe(1);
    expect(nameSimilarity('Soeharto', 'Suharto')).toBeGreaterThanOrEqual(0.8);
    expect(nameSimilarity('Suyatno', 'Suyatmo')).toBeGreaterThanOrEqual(0.6);
    expect(nameSimilarity('Siti', 'Siti Aminah Rahayu')).toBeLessThan(0.8);
    expect(nameSimilarity('Budi Santoso', 'Agus Santoso')).toBeLessThan(0.8);
  });
});

describe('validating a beneficiary form', () => {
  it('takes birth date and sex from the NIK when they are not typed', () => {
    const checked = validateBeneficiary(
      { name: '  Daeng   Ngai ', nik: '7306 0141 0180 0001', phone: '+62 812-3456-7890' },
      TODAY,
    );
    expect(checked).toMatchObject({
      ok: true,
      value: {
        name: 'Daeng Ngai',
        nik: '7306014101800001',
        birthDate: '1980-01-01',
        sex: 'female',
        phone: '081234567890',
        kk: null,
        address: null,
        companion: null,
      },
    });
  });

  it('says in Indonesian what is wrong, per field, and keeps going', () => {
    const checked = validateBeneficiary(
      {
        name: 'H.',
        nik: '7306010101800001',
        birthDate: '1981-01-01',
        sex: 'female',
        kk: '12',
        phone: 'abc',
        address: { provinceCode: '73', regencyCode: '3372' },
        ppks: [{ code: 'ppks-09', disabilityTypes: [] }],
        companion: { name: 'Ibu Ani' },
      },
      TODAY,
    );
    if (checked.ok) throw new Error('expected errors');
    expect(checked.errors).toEqual([
      { field: 'name', message: 'Nama harus berisi huruf selain gelar.' },
      { field: 'kk', message: 'No. KK harus 16 angka; yang diketik 2 angka.' },
      {
        field: 'birthDate',
        message: 'Tanggal lahir tidak sesuai dengan NIK (NIK: 1 Januari 1980).',
      },
      { field: 'sex', message: 'Jenis kelamin tidak sesuai dengan NIK (NIK: laki-laki).' },
      {
        field: 'address.regencyCode',
        message: 'Kabupaten/kota ini tidak berada di provinsi yang dipilih.',
      },
      { field: 'phone', message: 'Nomor telepon hanya boleh berisi angka (dan + di depan).' },
      {
        field: 'ppks.0.disabilityTypes',
        message: 'Pilih jenis disabilitas untuk "Penyandang Disabilitas".',
      },
      {
        field: 'companion.relationship',
        message: 'Hubungan pendamping/wali wajib diisi.',
      },
    ]);
  });

  it('accepts a walk-in with only a name', () => {
    const checked = validateBeneficiary({ name: 'Tanpa Identitas', nik: '', kk: null }, TODAY);
    expect(checked).toMatchObject({ ok: true, value: { nik: null, birthDate: null, ppks: [] } });
  });

  it('keeps an address down to the village, dots allowed', () => {
    const checked = validateBeneficiary(
      {
        name: 'Sutarno',
        address: {
          street: 'Jl. Poros Malino, RT 002/RW 001',
          provinceCode: '73',
          regencyCode: '73.06',
          districtCode: '73.06.01',
          villageCode: '73.06.01.2001',
        },
      },
      TODAY,
    );
    expect(checked).toMatchObject({
      ok: true,
      value: { address: { regencyCode: '7306', villageCode: '7306012001' } },
    });
  });
});

describe('duplicates', () => {
  it('catches the same NIK, and a similar name born the same day, with reasons', () => {
    const sameNik = record({ name: 'Daeng Ngai', nik: '7306010101800001' });
    const similar = record({ name: 'Soekarno', birthDate: '1950-06-06' });
    const otherDay = record({ name: 'Sukarno', birthDate: '1950-06-07' });
    const merged = record({ name: 'Sukarno', birthDate: '1950-06-06', mergedIntoId: similar.id });
    const candidates = duplicateCandidates(
      { name: 'H. Sukarno', nik: '7306010101800001', birthDate: '1950-06-06' },
      [similar, otherDay, sameNik, merged],
    );
    expect(candidates.map((c) => [c.beneficiary.name, c.reasons])).toEqual([
      [
        'Daeng Ngai',
        [{ code: 'same_nik', message: 'NIK sama dengan data Daeng Ngai yang sudah tercatat.' }],
      ],
      [
        'Soekarno',
        [
          {
            code: 'similar_name_same_birth_date',
            message: 'Nama mirip (H. Sukarno ≈ Soekarno) dan tanggal lahir sama (6 Juni 1950).',
          },
        ],
      ],
    ]);
  });

  it('leaves out the record itself', () => {
    const self = record({ nik: '7306010101800001' });
    expect(duplicateCandidates(self, [self], self.id)).toEqual([]);
  });
});

describe('merging', () => {
  it('fills the survivor’s blanks, joins PPKS, and points the other to it', () => {
    const keep = record({
      name: 'Sukarno',
      ppks: [{ code: 'ppks-09', disabilityTypes: ['fisik'] }],
    });
    const other = record({
      name: 'Soekarno',
      nik: '7306010101800001',
      phone: '081234567890',
      ppks: [
        { code: 'ppks-09', disabilityTypes: ['sensorik_netra'] },
        { code: 'ppks-08', disabilityTypes: [] },
      ],
    });
    const plan = planMerge(keep, other, 1000);
    expect(plan).toEqual({
      ok: true,
      keepPatch: {
        nik: '7306010101800001',
        phone: '081234567890',
        ppks: [
          { code: 'ppks-08', disabilityTypes: [] },
          { code: 'ppks-09', disabilityTypes: ['fisik', 'sensorik_netra'] },
        ],
      },
      otherPatch: { mergedIntoId: keep.id, mergedAt: 1000 },
    });
  });

  it('refuses two different NIKs, a record merged already, and a record with itself', () => {
    const a = record({ nik: '7306010101800001' });
    const b = record({ nik: '7306010101800002' });
    expect(planMerge(a, b, 0)).toEqual({
      ok: false,
      message: 'NIK kedua data berbeda; periksa dan perbaiki NIK sebelum menggabungkan.',
    });
    const gone = record({ name: 'Sutarni', mergedIntoId: a.id });
    expect(planMerge(a, gone, 0)).toEqual({
      ok: false,
      message: 'Data Sutarni sudah digabungkan ke data lain.',
    });
    expect(planMerge(a, a, 0).ok).toBe(false);
  });

  it('resolves ids through chains and stops on a cycle; gathers every merged id', async () => {
    const into = new Map<string, string | null>([
      ['a', 'b'],
      ['b', 'c'],
      ['c', null],
      ['x', 'y'],
      ['y', 'x'],
    ]);
    const lookUp = async (id: string) => into.get(id);
    expect(await resolveMergedId('a', lookUp)).toBe('c');
    expect(await resolveMergedId('c', lookUp)).toBe('c');
    expect(await resolveMergedId('x', lookUp)).toBe('y');
    const sources = async (id: string) =>
      [...into].filter(([, target]) => target === id).map(([source]) => source);
    expect(await mergedIdsOf('c', sources)).toEqual(['c', 'b', 'a']);
  });
});
