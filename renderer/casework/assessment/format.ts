// How the assessment names a moment: "14.05" and "23 November 2026", in the centre's time zone.
import { formatLocalTime, localDay, monthNames } from '../../../core/time/local-day.ts';

export function timeOf(epochMs: number, timeZone: string): string {
  return formatLocalTime(epochMs, timeZone);
}

/** "23 November 2026". */
export function dateOf(epochMs: number, timeZone: string): string {
  const [year, month, day] = localDay(epochMs, timeZone).split('-');
  return `${Number(day)} ${monthNames[Number(month) - 1]} ${year}`;
}
