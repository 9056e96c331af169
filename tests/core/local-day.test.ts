import { describe, expect, it } from 'vitest';
import {
  formatLocalDate,
  formatLocalTime,
  formatWaiting,
  localDay,
} from '../../core/time/local-day.ts';

const lateEvening = Date.parse('2026-11-22T16:30:00Z');

describe("the centre's local day", () => {
  it('at 16.30 UTC it is already 23 November in Gowa (WITA) but still 22 November in Surakarta (WIB)', () => {
    expect(localDay(lateEvening, 'Asia/Makassar')).toBe('2026-11-23');
    expect(localDay(lateEvening, 'Asia/Jakarta')).toBe('2026-11-22');
    expect(localDay(lateEvening, 'Asia/Jayapura')).toBe('2026-11-23');
  });

  it('the day turns at local midnight, not at UTC midnight', () => {
    const beforeMidnightWita = Date.parse('2026-11-22T15:59:59Z');
    const midnightWita = Date.parse('2026-11-22T16:00:00Z');
    expect(localDay(beforeMidnightWita, 'Asia/Makassar')).toBe('2026-11-22');
    expect(localDay(midnightWita, 'Asia/Makassar')).toBe('2026-11-23');
  });

  it('times are written with a dot in the centre’s zone', () => {
    expect(formatLocalTime(lateEvening, 'Asia/Jakarta')).toBe('23.30');
    expect(formatLocalTime(lateEvening, 'Asia/Makassar')).toBe('00.30');
    expect(formatLocalTime(Date.parse('2026-11-22T07:05:00Z'), 'Asia/Jakarta')).toBe('14.05');
  });

  it('dates use Indonesian day and month names', () => {
    expect(formatLocalDate(lateEvening, 'Asia/Jakarta')).toBe('Minggu, 22 November 2026');
    expect(formatLocalDate(lateEvening, 'Asia/Makassar')).toBe('Senin, 23 November 2026');
    expect(formatLocalDate(Date.parse('2026-08-14T03:00:00Z'), 'Asia/Jakarta')).toBe(
      'Jumat, 14 Agustus 2026',
    );
  });
});

describe('waiting times', () => {
  it('shows a wait in minutes, then hours and minutes', () => {
    expect(formatWaiting(12 * 60_000 + 30_000)).toBe('12 mnt');
    expect(formatWaiting(65 * 60_000)).toBe('1 jam 5 mnt');
    expect(formatWaiting(120 * 60_000)).toBe('2 jam');
    expect(formatWaiting(20_000)).toBe('0 mnt');
  });

  it('a clock running behind never shows a negative wait', () => {
    expect(formatWaiting(-90_000)).toBe('0 mnt');
    expect(formatWaiting(Number.NaN)).toBe('0 mnt');
  });
});
