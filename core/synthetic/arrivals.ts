// When synthetic visitors arrive over one centre day: a crowd at opening, a morning peak, a dip
// for the midday break (longer on Fridays, for Friday prayers), a smaller peak after it and a
// thin last hour. Times are in the centre's time zone, returned as epoch ms.
import { TZDate } from '@date-fns/tz';
import type { Faker } from '@faker-js/faker';

export interface OpeningHours {
  /** Local hour the doors open, e.g. 8. */
  opensAtHour: number;
  /** Local hour service ends, e.g. 15; nobody arrives at or after it. */
  closesAtHour: number;
}

export const defaultOpeningHours: OpeningHours = { opensAtHour: 8, closesAtHour: 15 };

/** Relative arrival rate by local time of day (hours), linear between knots. */
function knots(friday: boolean): ReadonlyArray<readonly [hour: number, rate: number]> {
  return friday
    ? [
        [8, 9],
        [8.5, 10],
        [9.75, 10],
        [10.75, 6],
        [11.25, 3],
        [11.5, 1],
        [13, 1],
        [13.5, 4],
        [14.25, 3],
        [15, 1],
      ]
    : [
        [8, 9],
        [8.5, 10],
        [9.75, 10],
        [10.75, 6],
        [11.75, 4],
        [12, 1.5],
        [12.75, 1.5],
        [13.25, 4.5],
        [14, 3.5],
        [15, 1],
      ];
}

function rateAt(hour: number, curve: ReadonlyArray<readonly [number, number]>): number {
  // Outside the curve (other opening hours) the nearest end's rate holds.
  const first = curve[0];
  const last = curve[curve.length - 1];
  if (!first || !last) return 1;
  if (hour <= first[0]) return first[1];
  if (hour >= last[0]) return last[1];
  for (let i = 1; i < curve.length; i++) {
    const [h1, r1] = curve[i] as readonly [number, number];
    const [h0, r0] = curve[i - 1] as readonly [number, number];
    if (hour <= h1) return r0 + ((r1 - r0) * (hour - h0)) / (h1 - h0);
  }
  return last[1];
}

/**
 * `count` arrival times (epoch ms, ascending) on `localDay` ("YYYY-MM-DD") in `timeZone`, all
 * within opening hours: opensAt ≤ t < closesAt, local time.
 */
export function generateArrivals(
  faker: Faker,
  count: number,
  localDay: string,
  timeZone: string,
  hours: OpeningHours = defaultOpeningHours,
): number[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDay);
  if (!match) throw new Error(`localDay must be YYYY-MM-DD, got "${localDay}"`);
  const [y, m, d] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const opensAt = new TZDate(y, m, d, hours.opensAtHour, 0, 0, timeZone);
  const closesAt = new TZDate(y, m, d, hours.closesAtHour, 0, 0, timeZone).getTime();
  const curve = knots(opensAt.getDay() === 5);

  // One weight per minute; a draw picks a minute, then a moment inside it.
  const minutes = (hours.closesAtHour - hours.opensAtHour) * 60;
  const cumulative: number[] = [];
  let total = 0;
  for (let i = 0; i < minutes; i++) {
    total += rateAt(hours.opensAtHour + (i + 0.5) / 60, curve);
    cumulative.push(total);
  }

  const times: number[] = [];
  for (let n = 0; n < count; n++) {
    const target = faker.number.float({ min: 0, max: total });
    let lo = 0;
    let hi = minutes - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    const t = opensAt.getTime() + lo * 60_000 + faker.number.int({ min: 0, max: 59_999 });
    times.push(Math.min(t, closesAt - 1));
  }
  return times.sort((a, b) => a - b);
}
