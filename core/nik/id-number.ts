// The checks a NIK and a No. KK share: both are 16 digits typed by hand (often from a worn card)
// that begin with the 6-digit code of the district where they were issued.
import { isKnownDistrict } from '../regions/regions.ts';

export type IdNumberErrorCode = 'not_digits' | 'wrong_length' | 'unknown_district';

export type IdNumberCheck =
  | { ok: true; digits: string; districtCode: string }
  | { ok: false; code: IdNumberErrorCode; message: string };

/** Spaces and dots are how people copy a card's grouping; they are not errors. */
export function cleanIdNumber(input: string): string {
  return input.replace(/[\s.]/g, '');
}

/** `label` is how the number is called in messages: 'NIK' or 'No. KK'. */
export function checkIdNumber(input: string, label: string): IdNumberCheck {
  const digits = cleanIdNumber(input);
  const stray = /\D/.exec(digits);
  if (stray) {
    return {
      ok: false,
      code: 'not_digits',
      message: `${label} hanya boleh berisi angka, tetapi ada "${stray[0]}".`,
    };
  }
  if (digits.length !== 16) {
    return {
      ok: false,
      code: 'wrong_length',
      message:
        digits.length === 0
          ? `${label} harus 16 angka; belum ada angka yang diketik.`
          : `${label} harus 16 angka; yang diketik ${digits.length} angka.`,
    };
  }
  const districtCode = digits.slice(0, 6);
  if (!isKnownDistrict(districtCode)) {
    return {
      ok: false,
      code: 'unknown_district',
      message: `Kode wilayah 6 angka pertama (${districtCode}) tidak dikenal.`,
    };
  }
  return { ok: true, digits, districtCode };
}
