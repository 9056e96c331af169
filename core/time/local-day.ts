// The centre's clock: a day, a time and a date as they are in the centre's own time zone, not
// the PC's or UTC (a PC in Gowa may well be set to WIB). Indonesian formats: "14.05",
// "Minggu, 22 November 2026", "1 jam 5 mnt".
import { TZDate } from '@date-fns/tz';

// Spelled out here rather than taken from Intl, so every runtime writes the same words.
const dayNames = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
const monthNames = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "YYYY-MM-DD" of the centre's local day: the key for ticket numbering and daily reports. */
export function localDay(epochMs: number, timeZone: string): string {
  const d = new TZDate(epochMs, timeZone);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

/** "14.05": 24-hour time with a dot, as Indonesian writes it. */
export function formatLocalTime(epochMs: number, timeZone: string): string {
  const d = new TZDate(epochMs, timeZone);
  return `${pad2(d.getHours())}.${pad2(d.getMinutes())}`;
}

/** "Minggu, 22 November 2026". */
export function formatLocalDate(epochMs: number, timeZone: string): string {
  const d = new TZDate(epochMs, timeZone);
  return `${dayNames[d.getDay()]}, ${d.getDate()} ${monthNames[d.getMonth()]} ${d.getFullYear()}`;
}

/** Whole minutes from `a` to `b` (negative when b is earlier), partial minutes dropped. */
export function minutesBetween(a: number, b: number): number {
  return Math.trunc((b - a) / 60_000) || 0;
}

/** A waiting time for people: "12 mnt", "1 jam", "1 jam 5 mnt". Negative counts as zero. */
export function formatWaiting(ms: number): string {
  const minutes = Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 60_000)) : 0;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} mnt`;
  return rest === 0 ? `${hours} jam` : `${hours} jam ${rest} mnt`;
}
