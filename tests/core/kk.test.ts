// Checking a No. KK (family card number) typed at the counter.
import { expect, test } from 'vitest';
import { validateKk } from '../../core/nik/kk.ts';

test('a 16-digit No. KK from Laweyan, Surakarta, is accepted', () => {
  expect(validateKk('3372 0112 0815 0003')).toEqual({
    ok: true,
    kk: '3372011208150003',
    districtCode: '337201',
  });
});

test('a No. KK of 15 digits is refused, saying how many were typed', () => {
  expect(validateKk('337201120815000')).toEqual({
    ok: false,
    code: 'wrong_length',
    message: 'No. KK harus 16 angka; yang diketik 15 angka.',
  });
});

test('a No. KK with letters is refused', () => {
  expect(validateKk('33720112081500AB')).toMatchObject({ ok: false, code: 'not_digits' });
});

test('a No. KK from an unknown district is refused', () => {
  expect(validateKk('9999991208150003')).toMatchObject({
    ok: false,
    code: 'unknown_district',
  });
});
