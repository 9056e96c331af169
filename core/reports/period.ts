// Report periods: a run of the centre's local days ("YYYY-MM-DD", both ends included), and how
// they are written in Indonesian ("1–31 Oktober 2026"). Day arithmetic is on the calendar date
// alone (UTC noon-free, no time zone): a centre day is already a date in the centre's zone.
import { monthNames } from '../time/local-day.ts';
import type { ReportPeriod } from './types.ts';

export type { ReportPeriod } from './types.ts';

const DAY_MS = 86_400_000;
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

function toEpochDay(day: string): number {
  const match = dayPattern.exec(day);
  if (!match) throw new Error(`Not a local day: ${day}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function fromEpochDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/** The day `n` days after `day` (before, for negative n). */
export function addDays(day: string, n: number): string {
  return fromEpochDay(toEpochDay(day) + n);
}

/** Every day of the period, in order; empty when `to` is before `from`. */
export function daysOf(period: ReportPeriod): string[] {
  const first = toEpochDay(period.from);
  const last = toEpochDay(period.to);
  const days: string[] = [];
  for (let d = first; d <= last; d++) days.push(fromEpochDay(d));
  return days;
}

/** Whether `day` lies in the period. "YYYY-MM-DD" strings compare as dates. */
export function inPeriod(day: string, period: ReportPeriod): boolean {
  return day >= period.from && day <= period.to;
}

/** A one-day period. */
export function dayPeriod(day: string): ReportPeriod {
  return { from: day, to: day };
}

/** The calendar month containing `day`. */
export function monthPeriod(day: string): ReportPeriod {
  const from = `${day.slice(0, 7)}-01`;
  const next = addDays(`${day.slice(0, 7)}-28`, 4);
  return { from, to: addDays(`${next.slice(0, 7)}-01`, -1) };
}

function parts(day: string) {
  const match = dayPattern.exec(day);
  if (!match) throw new Error(`Not a local day: ${day}`);
  return { year: match[1] as string, month: Number(match[2]), day: Number(match[3]) };
}

/** The calendar month of a day, "YYYY-MM". */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** "Oktober 2026", of "2026-10". */
export function monthLabel(month: string): string {
  const d = parts(`${month}-01`);
  return `${monthNames[d.month - 1]} ${d.year}`;
}

/** "5 Oktober 2026". */
export function dayLabel(day: string): string {
  const d = parts(day);
  return `${d.day} ${monthNames[d.month - 1]} ${d.year}`;
}

/**
 * "5 Oktober 2026", "1–31 Oktober 2026", "28 September – 4 Oktober 2026",
 * "29 Desember 2025 – 4 Januari 2026".
 */
export function periodLabel(period: ReportPeriod): string {
  if (period.from === period.to) return dayLabel(period.from);
  const a = parts(period.from);
  const b = parts(period.to);
  if (a.year !== b.year) return `${dayLabel(period.from)} – ${dayLabel(period.to)}`;
  if (a.month !== b.month) {
    return `${a.day} ${monthNames[a.month - 1]} – ${b.day} ${monthNames[b.month - 1]} ${b.year}`;
  }
  return `${a.day}–${b.day} ${monthNames[b.month - 1]} ${b.year}`;
}
