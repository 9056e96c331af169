// The centre's clock: a day, a time and a date as they are in the centre's own time zone, not
// the PC's or UTC (a PC in Gowa may well be set to WIB). Indonesian formats: "14.05",
// "Minggu, 22 November 2026", "1 jam 5 mnt".
// Calendar fields come from Intl.DateTimeFormat with an explicit instant and zone: exact in every
// runtime, and unaffected by a replaced Date (a test's fake clock cannot be subclassed, which made
// TZDate fall back to the PC's zone).

// Spelled out here rather than taken from Intl, so every runtime writes the same words.
const dayNames = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
/** Indonesian month names, January first. */
export const monthNames = [
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

interface CalendarFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formats = new Map<string, Intl.DateTimeFormat>();

function fieldsIn(epochMs: number, timeZone: string): CalendarFields {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(epochMs)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: weekdays.indexOf(parts.weekday ?? ''),
  };
}

/** "YYYY-MM-DD" of the centre's local day: the key for ticket numbering and daily reports. */
export function localDay(epochMs: number, timeZone: string): string {
  const d = fieldsIn(epochMs, timeZone);
  return `${d.year}-${pad2(d.month)}-${pad2(d.day)}`;
}

/** Minutes since the centre's local midnight: 07.30 → 450. */
export function localMinuteOfDay(epochMs: number, timeZone: string): number {
  const d = fieldsIn(epochMs, timeZone);
  return d.hour * 60 + d.minute;
}

/** "14.05": 24-hour time with a dot, as Indonesian writes it. */
export function formatLocalTime(epochMs: number, timeZone: string): string {
  const d = fieldsIn(epochMs, timeZone);
  return `${pad2(d.hour)}.${pad2(d.minute)}`;
}

/** "Minggu, 22 November 2026". */
export function formatLocalDate(epochMs: number, timeZone: string): string {
  const d = fieldsIn(epochMs, timeZone);
  return `${dayNames[d.weekday]}, ${d.day} ${monthNames[d.month - 1]} ${d.year}`;
}

/** A waiting time for people: "12 mnt", "1 jam", "1 jam 5 mnt". Negative counts as zero. */
export function formatWaiting(ms: number): string {
  const minutes = Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 60_000)) : 0;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} mnt`;
  return rest === 0 ? `${hours} jam` : `${hours} jam ${rest} mnt`;
}
