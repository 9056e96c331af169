// Offline look-ups of Kemendagri region codes, for checking the district prefix of a NIK or
// No. KK and for showing "Kabupaten X, Jawa Tengah" at the counter. Never calls out.
import {
  DISTRICT_CODES,
  LEGACY_REGENCY_CODES,
  PROVINCE_NAMES,
  REGENCY_NAMES,
} from './district-codes.ts';

let districtList: readonly string[] | undefined;
let districtSet: ReadonlySet<string> | undefined;

function decodeDistricts(): readonly string[] {
  const codes: string[] = [];
  for (const group of DISTRICT_CODES.split(';')) {
    const [regency, ranges] = group.split(':');
    if (regency === undefined || ranges === undefined) continue;
    for (const range of ranges.split(',')) {
      const [first, last = first] = range.split('-').map(Number);
      if (first === undefined || last === undefined) continue;
      for (let n = first; n <= last; n++) codes.push(regency + String(n).padStart(2, '0'));
    }
  }
  return codes;
}

/** Every current 6-digit district code, sorted (not the legacy aliases). Decoded once. */
export function knownDistrictCodes(): readonly string[] {
  districtList ??= decodeDistricts();
  return districtList;
}

/** Today's code for a regency that NIKs may still carry under its pre-2022 code. */
function currentRegency(code4: string): string {
  return (Object.hasOwn(LEGACY_REGENCY_CODES, code4) && LEGACY_REGENCY_CODES[code4]) || code4;
}

/**
 * Whether a 6-digit code is a district, today or — for Papua's 2022 split — under the code a NIK
 * issued before the split still carries.
 */
export function isKnownDistrict(code6: string): boolean {
  if (!/^\d{6}$/.test(code6)) return false;
  districtSet ??= new Set(knownDistrictCodes());
  return (
    districtSet.has(code6) || districtSet.has(currentRegency(code6.slice(0, 4)) + code6.slice(4))
  );
}

/** Province name for a 2-digit code, e.g. '33' → 'Jawa Tengah'. */
export function provinceName(code2: string): string | undefined {
  return Object.hasOwn(PROVINCE_NAMES, code2) ? PROVINCE_NAMES[code2] : undefined;
}

/** Regency/city name for a 4-digit code, e.g. '3372' → 'Kota Surakarta'; accepts pre-2022 Papua codes. */
export function regencyName(code4: string): string | undefined {
  const code = currentRegency(code4);
  return Object.hasOwn(REGENCY_NAMES, code) ? REGENCY_NAMES[code] : undefined;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'id');

/** Every province, by name, for a picker. */
export function provinceOptions(): { code: string; name: string }[] {
  return Object.entries(PROVINCE_NAMES)
    .map(([code, name]) => ({ code, name }))
    .sort(byName);
}

/** The regencies and cities of a province, by name, for a picker. */
export function regencyOptions(province: string): { code: string; name: string }[] {
  return Object.entries(REGENCY_NAMES)
    .filter(([code]) => code.startsWith(province))
    .map(([code, name]) => ({ code, name }))
    .sort(byName);
}
