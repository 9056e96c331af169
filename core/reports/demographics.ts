// Who the visitors were, from the NIK they gave at registration (core/nik/nik.ts): sex, age on
// the day of the visit, and the regency (hence province) where the NIK was issued — which may
// differ from today's address. Registrations without a valid NIK are not counted here; the
// service report counts them as "Tidak diketahui".
import { validateNik } from '../nik/nik.ts';
import type { Registration } from '../visitor/registration.ts';
import { UNKNOWN_KEY } from './types.ts';

/** Age groups of social-service reporting: children, adults, older people (UU 13/1998: 60+). */
export const ageGroups = [
  { key: 'anak', label: 'Anak (0–17 tahun)', from: 0, to: 17 },
  { key: 'dewasa', label: 'Dewasa (18–59 tahun)', from: 18, to: 59 },
  {
    key: 'lansia',
    label: 'Lanjut usia (60 tahun ke atas)',
    from: 60,
    to: Number.POSITIVE_INFINITY,
  },
] as const;

/** Whole years from a birth date to a day, both "YYYY-MM-DD". */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function ageGroupOf(age: number): string {
  return ageGroups.find((group) => age >= group.from && age <= group.to)?.key ?? UNKNOWN_KEY;
}

export interface Demographics {
  /** Registrations with a valid NIK. */
  known: number;
  sex: Map<string, number>;
  ageGroup: Map<string, number>;
  /** Regency/city code (4 digits); its first two digits are the province. */
  regency: Map<string, number>;
}

function add(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** Demographics of the registrations `include` accepts (deleted ones never count). */
export function demographicsOf(
  registrations: Iterable<Registration>,
  include: (registration: Registration) => boolean,
): Demographics {
  const result: Demographics = {
    known: 0,
    sex: new Map(),
    ageGroup: new Map(),
    regency: new Map(),
  };
  for (const registration of registrations) {
    if (registration.deleted === 1 || registration.nik === undefined) continue;
    if (!include(registration)) continue;
    const nik = validateNik(registration.nik, registration.localDay);
    if (!nik.ok) continue;
    result.known++;
    add(result.sex, nik.sex);
    add(result.ageGroup, ageGroupOf(ageOn(nik.birthDate, registration.localDay)));
    add(result.regency, nik.districtCode.slice(0, 4));
  }
  return result;
}
