// How a beneficiary reads on screen: birth date in Indonesian, age, sex, the region of the
// address. One place, so the search results, the case header and the duplicate dialog agree.
import { addressRegionLabel } from '../../../core/beneficiary/address.ts';
import type { Beneficiary } from '../../../core/beneficiary/beneficiary.ts';
import { monthNames } from '../../../core/time/local-day.ts';
import { t } from '../../i18n/index.ts';

export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${monthNames[(m ?? 1) - 1]} ${y}`;
}

/** Whole years between a birth date and a day, both YYYY-MM-DD. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function birthText(b: Pick<Beneficiary, 'birthPlace' | 'birthDate'>, today: string): string {
  if (!b.birthDate) return b.birthPlace ?? t('casework.person.birthUnknown');
  const date = formatDay(b.birthDate);
  const age = t('casework.person.age', { years: ageOn(b.birthDate, today) });
  return b.birthPlace ? `${b.birthPlace}, ${date} (${age})` : `${date} (${age})`;
}

export function sexText(sex: Beneficiary['sex']): string {
  return sex === 'female'
    ? t('casework.person.female')
    : sex === 'male'
      ? t('casework.person.male')
      : t('casework.person.sexUnknown');
}

export function regionText(b: Pick<Beneficiary, 'address'>): string {
  return (b.address && addressRegionLabel(b.address)) || t('casework.person.addressUnknown');
}
