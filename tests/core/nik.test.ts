// Checking a NIK typed at the kiosk or counter, and reading the birth date and sex it encodes.
import { describe, expect, test } from 'vitest';
import { formatNik, validateNik } from '../../core/nik/nik.ts';
import { localDay } from '../../core/time/local-day.ts';

// 1 June 2026 at the centre.
const today = '2026-06-01';

describe('validateNik', () => {
  test('a man born on 5 March 1990 in Laweyan, Surakarta, has a valid NIK', () => {
    expect(validateNik('3372010503900001', today)).toEqual({
      ok: true,
      nik: '3372010503900001',
      birthDate: '1990-03-05',
      sex: 'male',
      districtCode: '337201',
    });
  });

  test('a woman born on 5 March 1990 has day 45 in her NIK', () => {
    const result = validateNik('3372014503900002', today);
    expect(result).toMatchObject({ ok: true, birthDate: '1990-03-05', sex: 'female' });
  });

  test('a woman born on the 31st has day 71', () => {
    expect(validateNik('3372017112850003', today)).toMatchObject({
      ok: true,
      birthDate: '1985-12-31',
      sex: 'female',
    });
  });

  test('spaces and dots copied from the card are ignored', () => {
    expect(validateNik(' 337201 050390.0001 ', today)).toMatchObject({
      ok: true,
      nik: '3372010503900001',
    });
  });

  test('a NIK of 15 digits is refused, saying how many were typed', () => {
    const result = validateNik('337201050390001', today);
    expect(result).toEqual({
      ok: false,
      code: 'wrong_length',
      message: 'NIK harus 16 angka; yang diketik 15 angka.',
    });
  });

  test('an empty NIK is refused as too short', () => {
    expect(validateNik('', today)).toMatchObject({ ok: false, code: 'wrong_length' });
  });

  test('a letter O typed for a zero is refused as not digits', () => {
    const result = validateNik('33720105O3900001', today);
    expect(result).toMatchObject({ ok: false, code: 'not_digits' });
    expect(result.ok || result.message).toContain('"O"');
  });

  test('a NIK from an unknown district 999999 is refused, naming the code', () => {
    expect(validateNik('9999990503900001', today)).toEqual({
      ok: false,
      code: 'unknown_district',
      message: 'Kode wilayah 6 angka pertama (999999) tidak dikenal.',
    });
  });

  test('a NIK issued in Merauke before the 2022 Papua split (9101…) is still accepted', () => {
    expect(validateNik('9101010503900001', today)).toMatchObject({
      ok: true,
      districtCode: '910101',
    });
  });

  test('31 February is refused, naming the date in Indonesian', () => {
    expect(validateNik('3372013102900001', today)).toEqual({
      ok: false,
      code: 'invalid_date',
      message: 'Tanggal lahir pada NIK tidak ada: 31 Februari.',
    });
  });

  test('a woman born on 31 February (day 71) is refused too', () => {
    expect(validateNik('3372017102900001', today)).toMatchObject({ code: 'invalid_date' });
  });

  test.each([
    ['00', 'day 00'],
    ['32', 'day 32'],
    ['40', 'day 40'],
    ['72', 'day 72'],
  ])('day field %s is refused (%s)', (dd) => {
    expect(validateNik(`337201${dd}03900001`, today)).toMatchObject({ code: 'invalid_date' });
  });

  test('month 13 is refused', () => {
    const result = validateNik('3372010513900001', today);
    expect(result).toMatchObject({ ok: false, code: 'invalid_date' });
    expect(result.ok || result.message).toContain('13');
  });

  test('29 February 2000 exists (leap year) but 29 February 1927 does not', () => {
    expect(validateNik('3372012902000001', today)).toMatchObject({
      ok: true,
      birthDate: '2000-02-29',
    });
    expect(validateNik('3372012902270001', today)).toEqual({
      ok: false,
      code: 'invalid_date',
      message: 'Tanggal lahir pada NIK tidak ada: 29 Februari 1927.',
    });
  });

  test('1900 was not a leap year: in 1999, 29 February 00 does not exist', () => {
    expect(validateNik('3372012902000001', '1999-01-01')).toMatchObject({
      ok: false,
      code: 'invalid_date',
    });
  });

  test('a birth date later this year is refused as not yet happened', () => {
    expect(validateNik('3372011512260001', today)).toEqual({
      ok: false,
      code: 'birth_in_future',
      message: 'Tanggal lahir pada NIK (15 Desember 2026) belum terjadi.',
    });
  });

  test('a baby born today is accepted as born this year', () => {
    expect(validateNik('3372010106260001', today)).toMatchObject({
      ok: true,
      birthDate: '2026-06-01',
    });
  });

  test('the century is resolved against today: 26 → 2026, 27 → 1927', () => {
    expect(validateNik('3372010101260001', today)).toMatchObject({ birthDate: '2026-01-01' });
    expect(validateNik('3372010101270001', today)).toMatchObject({ birthDate: '1927-01-01' });
    expect(validateNik('3372010101000001', today)).toMatchObject({ birthDate: '2000-01-01' });
    expect(validateNik('3372010101990001', today)).toMatchObject({ birthDate: '1999-01-01' });
  });

  test('the same NIK reads as 2027 once that year has come', () => {
    expect(validateNik('3372010101270001', '2027-01-01')).toMatchObject({
      birthDate: '2027-01-01',
    });
  });

  test("today is the centre's day: 23:30 WIB on 31 May is already 1 June in WITA", () => {
    const nik = '3372010106260001'; // born 1 June 2026
    const instant = Date.UTC(2026, 4, 31, 16, 30); // 23:30 WIB, 00:30 WITA
    expect(validateNik(nik, localDay(instant, 'Asia/Jakarta'))).toMatchObject({
      code: 'birth_in_future',
    });
    expect(validateNik(nik, localDay(instant, 'Asia/Makassar'))).toMatchObject({ ok: true });
  });

  test('serial 0000 is refused', () => {
    expect(validateNik('3372010503900000', today)).toMatchObject({
      ok: false,
      code: 'invalid_serial',
    });
  });
});

describe('formatNik', () => {
  test('groups a NIK as district, birth date, serial', () => {
    expect(formatNik('3372014512900001')).toBe('337201 451290 0001');
  });

  test('leaves a number that is not 16 digits ungrouped', () => {
    expect(formatNik('33 7201')).toBe('337201');
  });
});
