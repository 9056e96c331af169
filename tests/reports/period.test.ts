import { describe, expect, it } from 'vitest';
import { addDays, dayLabel, daysOf, monthPeriod, periodLabel } from '../../core/reports/period.ts';

describe('report periods', () => {
  it('lists every day, across a month end and a leap day', () => {
    expect(daysOf({ from: '2028-02-27', to: '2028-03-01' })).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(daysOf({ from: '2026-01-01', to: '2026-12-31' })).toHaveLength(365);
    expect(daysOf({ from: '2026-01-02', to: '2026-01-01' })).toEqual([]);
  });

  it('reads in Indonesian', () => {
    expect(periodLabel({ from: '2026-10-01', to: '2026-10-31' })).toBe('1–31 Oktober 2026');
    expect(periodLabel({ from: '2026-10-05', to: '2026-10-05' })).toBe('5 Oktober 2026');
    expect(periodLabel({ from: '2026-09-28', to: '2026-10-04' })).toBe(
      '28 September – 4 Oktober 2026',
    );
    expect(periodLabel({ from: '2025-12-29', to: '2026-01-04' })).toBe(
      '29 Desember 2025 – 4 Januari 2026',
    );
    expect(dayLabel('2026-11-23')).toBe('23 November 2026');
  });

  it('months and day steps', () => {
    expect(monthPeriod('2026-02-14')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthPeriod('2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
