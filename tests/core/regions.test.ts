// Offline region look-ups behind the NIK check and the "Kab. X, Prov. Y" line at the counter.
import { expect, test } from 'vitest';
import { DISTRICT_COUNT } from '../../core/regions/district-codes.ts';
import {
  isKnownDistrict,
  knownDistrictCodes,
  provinceName,
  regencyName,
} from '../../core/regions/regions.ts';

test('all current districts are decoded, sorted and unique', () => {
  const codes = knownDistrictCodes();
  expect(codes.length).toBe(DISTRICT_COUNT);
  expect(codes.length).toBeGreaterThan(7000);
  expect(new Set(codes).size).toBe(codes.length);
  expect([...codes].sort()).toEqual(codes);
  expect(codes.every((c) => /^\d{6}$/.test(c))).toBe(true);
});

test('Laweyan (33.72.01) is a district; 33.72.99 and 999999 are not', () => {
  expect(isKnownDistrict('337201')).toBe(true);
  expect(isKnownDistrict('337299')).toBe(false);
  expect(isKnownDistrict('999999')).toBe(false);
  expect(isKnownDistrict('33720')).toBe(false);
});

test('a gap in a regency’s numbering is not a district (Aceh Tengah has no 11.04.04)', () => {
  expect(isKnownDistrict('110403')).toBe(true);
  expect(isKnownDistrict('110404')).toBe(false);
});

test('pre-2022 Papua codes are known and named after today’s regency', () => {
  expect(isKnownDistrict('910913')).toBe(true); // Kwamki Narama, Mimika, now 94.04.13
  expect(isKnownDistrict('910999')).toBe(false);
  expect(regencyName('9101')).toBe('Kabupaten Merauke');
});

test('there are 38 provinces with names', () => {
  const names = Array.from({ length: 100 }, (_, i) => provinceName(String(i).padStart(2, '0')));
  expect(names.filter(Boolean)).toHaveLength(38);
  expect(provinceName('33')).toBe('Jawa Tengah');
  expect(provinceName('73')).toBe('Sulawesi Selatan');
  expect(provinceName('toString')).toBeUndefined();
});

test('regency names are looked up by 4-digit code', () => {
  expect(regencyName('3372')).toBe('Kota Surakarta');
  expect(regencyName('7306')).toBe('Kabupaten Gowa');
  expect(regencyName('0000')).toBeUndefined();
  expect(regencyName('constructor')).toBeUndefined();
});
