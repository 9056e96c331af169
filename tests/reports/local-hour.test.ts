import { describe, expect, it } from 'vitest';
import { localHourReader } from '../../core/reports/local-hour.ts';

describe('the centre-time hour of an instant', () => {
  it('follows WIB, WITA and WIT', () => {
    const at = Date.parse('2026-11-23T16:10:00Z');
    expect(localHourReader('Asia/Jakarta')(at)).toBe(23);
    expect(localHourReader('Asia/Makassar')(at)).toBe(0);
    expect(localHourReader('Asia/Jayapura')(at)).toBe(1);
  });

  it('stays right on a day when the zone changes its offset', () => {
    // Europe/Berlin leaves summer time at 01.00 UTC on 25 October 2026: 02.59 CEST, then 02.00 CET.
    const hourOf = localHourReader('Europe/Berlin');
    expect(hourOf(Date.parse('2026-10-25T00:30:00Z'))).toBe(2);
    expect(hourOf(Date.parse('2026-10-25T01:30:00Z'))).toBe(2);
    expect(hourOf(Date.parse('2026-10-25T02:30:00Z'))).toBe(3);
    expect(hourOf(Date.parse('2026-10-25T22:30:00Z'))).toBe(23);
  });
});
