// Checking a NIK (Nomor Induk Kependudukan) typed at the kiosk or counter, offline, and reading
// what it encodes: PP KK SS (district of issue) DD MM YY (birth date, day +40 for women) NNNN.
// A NIK is never sent anywhere to be checked; these checks catch typing mistakes, not fraud.

import { monthNames } from '../time/local-day.ts';
import { checkIdNumber, cleanIdNumber, type IdNumberErrorCode } from './id-number.ts';

export type NikErrorCode =
  | IdNumberErrorCode
  | 'invalid_date'
  | 'birth_in_future'
  | 'invalid_serial';

export type NikResult =
  | {
      ok: true;
      nik: string;
      /** YYYY-MM-DD. */
      birthDate: string;
      sex: 'female' | 'male';
      districtCode: string;
    }
  | { ok: false; code: NikErrorCode; message: string };

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function fail(code: NikErrorCode, message: string): NikResult {
  return { ok: false, code, message };
}

/**
 * `today` is the centre's local day, "YYYY-MM-DD" (core/time/local-day.ts `localDay`): the
 * centre's calendar, not the PC's.
 *
 * The NIK stores only two digits of the birth year. Century rule: YY is read as the current
 * century (20YY) unless that date is after today, in which case it is the previous one (19YY).
 * The one exception: a date later this year with this year's YY (e.g. "next month" of 2026 in
 * 2026) is reported as `birth_in_future` rather than read as 99 years ago, because a mistyped or
 * made-up NIK is likelier at the desk than a 99-year-old not yet past this year's birthday; staff
 * can still register that person without a NIK. People aged 100+ are necessarily read as
 * children — the number cannot tell them apart.
 */
export function validateNik(input: string, today: string): NikResult {
  const check = checkIdNumber(input, 'NIK');
  if (!check.ok) return check;
  const { digits: nik, districtCode } = check;

  const dayField = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));

  const female = dayField >= 41 && dayField <= 71;
  if (!female && (dayField < 1 || dayField > 31)) {
    return fail(
      'invalid_date',
      `Tanggal lahir pada NIK tidak sah: angka hari ${nik.slice(6, 8)} ` +
        '(harus 01–31 untuk laki-laki, 41–71 untuk perempuan).',
    );
  }
  if (month < 1 || month > 12) {
    return fail(
      'invalid_date',
      `Bulan lahir pada NIK tidak sah: ${nik.slice(8, 10)} (harus 01–12).`,
    );
  }
  const day = female ? dayField - 40 : dayField;
  const monthName = monthNames[month - 1] as string;
  // A date that exists in no year (31 April, 30 February) fails before the century is chosen.
  if (day > daysInMonth(2000, month)) {
    return fail('invalid_date', `Tanggal lahir pada NIK tidak ada: ${day} ${monthName}.`);
  }

  const todayKey = Number(today.replaceAll('-', ''));
  const todayYear = Math.floor(todayKey / 10000);
  const century = todayYear - (todayYear % 100);
  let year = century + yy;
  if (year * 10000 + month * 100 + day > todayKey) {
    if (year === todayYear) {
      return fail(
        'birth_in_future',
        `Tanggal lahir pada NIK (${day} ${monthName} ${year}) belum terjadi.`,
      );
    }
    year -= 100;
  }
  // Only 29 February depends on the century (2000 was a leap year, 1900 was not).
  if (day > daysInMonth(year, month)) {
    return fail('invalid_date', `Tanggal lahir pada NIK tidak ada: ${day} ${monthName} ${year}.`);
  }

  if (nik.slice(12) === '0000') {
    return fail('invalid_serial', 'Nomor urut pada NIK (4 angka terakhir) tidak boleh 0000.');
  }

  return {
    ok: true,
    nik,
    birthDate: `${year}-${pad2(month)}-${pad2(day)}`,
    sex: female ? 'female' : 'male',
    districtCode,
  };
}

/**
 * Groups a NIK the way it is read aloud and checked against the card: district, birth date,
 * serial — "337201 451290 0001". Anything that is not 16 digits is returned cleaned, ungrouped.
 */
export function formatNik(nik: string): string {
  const digits = cleanIdNumber(nik);
  if (!/^\d{16}$/.test(digits)) return digits;
  return `${digits.slice(0, 6)} ${digits.slice(6, 12)} ${digits.slice(12)}`;
}
