// The centre-time hour (0..23) of many instants, fast: a year's report reads 200,000 arrival
// times, and one Intl call each is too slow. The zone's offset is read at the start and end of
// each UTC day; when they agree (always for WIB/WITA/WIT, which have no DST) the whole day uses
// it, otherwise that day is read hour by hour (offsets change on whole UTC hours).
import { formatLocalTime, localDay } from '../time/local-day.ts';

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Minutes the zone's wall clock is ahead of UTC at `epochMs` (a whole minute). */
function offsetMinutes(epochMs: number, timeZone: string): number {
  const [y, m, d] = localDay(epochMs, timeZone).split('-').map(Number);
  const [hh, mm] = formatLocalTime(epochMs, timeZone).split('.').map(Number);
  const wall = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  return Math.round((wall - Math.floor(epochMs / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

export function localHourReader(timeZone: string): (epochMs: number) => number {
  const dayOffsets = new Map<number, number | null>();
  const hourOffsets = new Map<number, number>();
  const offsetAt = (epochMs: number): number => {
    const day = Math.floor(epochMs / DAY_MS);
    let offset = dayOffsets.get(day);
    if (offset === undefined) {
      const start = offsetMinutes(day * DAY_MS, timeZone);
      offset = start === offsetMinutes(day * DAY_MS + DAY_MS - HOUR_MS, timeZone) ? start : null;
      dayOffsets.set(day, offset);
    }
    if (offset !== null) return offset;
    const hour = Math.floor(epochMs / HOUR_MS);
    let hourly = hourOffsets.get(hour);
    if (hourly === undefined) {
      hourly = offsetMinutes(hour * HOUR_MS, timeZone);
      hourOffsets.set(hour, hourly);
    }
    return hourly;
  };
  return (epochMs) => {
    const local = epochMs + offsetAt(epochMs) * MINUTE_MS;
    return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS);
  };
}
