// Synthetic walk-ins for demos, tests and benches: deterministic, realistic, and always valid.
import { TZDate } from '@date-fns/tz';
import { describe, expect, test } from 'vitest';
import { ppksByCode } from '../../core/catalog/ppks.ts';
import {
  EMERGENCY_SERVICE_ID,
  serviceById,
  servicesForModel,
} from '../../core/catalog/services.ts';
import { pilotCentres } from '../../core/centre/centres.ts';
import { validateNik } from '../../core/nik/nik.ts';
import { priorityClasses } from '../../core/queue/ticket.ts';
import { isKnownDistrict, knownDistrictCodes } from '../../core/regions/regions.ts';
import { pilotProfiles } from '../../core/synthetic/profiles.ts';
import { generateVisitors } from '../../core/synthetic/visitors.ts';

const localDay = '2026-03-10';
const gowa = {
  seed: 7,
  count: 400,
  localDay,
  timeZone: 'Asia/Makassar',
  centreId: 'brslu-gau-mabaji',
};

function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

describe('generateVisitors', () => {
  test('the same seed gives the same visitors; another seed gives others', () => {
    const a = generateVisitors(gowa);
    expect(generateVisitors(gowa)).toEqual(a);
    expect(generateVisitors({ ...gowa, seed: 8 })).not.toEqual(a);
  });

  test('it makes as many visitors as asked, including none', () => {
    expect(generateVisitors({ ...gowa, count: 0 })).toEqual([]);
    expect(generateVisitors({ ...gowa, count: 1 })).toHaveLength(1);
    expect(generateVisitors({ ...gowa, count: 1234 })).toHaveLength(1234);
  });

  test('every generated NIK validates and matches the visitor’s birth date, sex and district', () => {
    for (const centre of pilotCentres) {
      const visitors = generateVisitors({ ...gowa, count: 300, centreId: centre.id });
      const today = '2026-03-10';
      const withNik = visitors.filter((v) => v.nik !== undefined);
      expect(withNik.length).toBeGreaterThan(100);
      expect(new Set(withNik.map((v) => v.nik)).size).toBe(withNik.length);
      for (const v of withNik) {
        expect(validateNik(v.nik as string, today)).toEqual({
          ok: true,
          nik: v.nik,
          birthDate: v.birthDate,
          sex: v.sex,
          districtCode: v.districtCode,
        });
      }
      for (const v of visitors) expect(isKnownDistrict(v.districtCode)).toBe(true);
    }
  });

  test('some visitors come without a NIK (about 15% at most centres, more among ex-homeless)', () => {
    const share = (centreId: string) => {
      const visitors = generateVisitors({ ...gowa, count: 2000, centreId });
      return visitors.filter((v) => v.nik === undefined).length / visitors.length;
    };
    expect(share('brslu-gau-mabaji')).toBeGreaterThan(0.07);
    expect(share('brslu-gau-mabaji')).toBeLessThan(0.2);
    expect(share('some-other-centre')).toBeGreaterThan(0.1);
    expect(share('some-other-centre')).toBeLessThan(0.2);
    expect(share('brsegp-pangudi-luhur')).toBeGreaterThan(0.25);
  });

  test('arrivals in Gowa fall within 08:00–15:00 WITA of that day, peaking in the morning', () => {
    const visitors = generateVisitors({ ...gowa, count: 2000 });
    const opens = new TZDate(2026, 2, 10, 8, 0, 0, 'Asia/Makassar').getTime();
    const closes = new TZDate(2026, 2, 10, 15, 0, 0, 'Asia/Makassar').getTime();
    expect(opens).toBe(Date.UTC(2026, 2, 10, 0, 0)); // 08:00 WITA is 00:00 UTC
    const hours = visitors.map((v) => new TZDate(v.arrivedAt, 'Asia/Makassar').getHours());
    for (const v of visitors) {
      expect(v.arrivedAt).toBeGreaterThanOrEqual(opens);
      expect(v.arrivedAt).toBeLessThan(closes);
    }
    const inHour = (h: number) => hours.filter((x) => x === h).length;
    expect(inHour(8) + inHour(9)).toBeGreaterThan(0.35 * visitors.length);
    expect(inHour(9)).toBeGreaterThan(2 * inHour(12));
    expect(inHour(13)).toBeGreaterThan(inHour(12));
    expect(inHour(14)).toBeLessThan(inHour(9));
  });

  test('arrivals are in arrival order', () => {
    const times = generateVisitors(gowa).map((v) => v.arrivedAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  test('the same day in WIB opens an hour later in UTC than in WITA', () => {
    const wib = generateVisitors({ ...gowa, timeZone: 'Asia/Jakarta' });
    const opens = Date.UTC(2026, 2, 10, 1, 0); // 08:00 WIB
    expect(Math.min(...wib.map((v) => v.arrivedAt))).toBeGreaterThanOrEqual(opens);
    expect(Math.max(...wib.map((v) => v.arrivedAt))).toBeLessThan(opens + 7 * 3_600_000);
  });

  test('the elderly centre sees mostly older people, who get the elderly priority', () => {
    const visitors = generateVisitors({ ...gowa, count: 1000 });
    const elderly = visitors.filter((v) => ageOn(v.birthDate, localDay) >= 60);
    expect(elderly.length).toBeGreaterThan(0.6 * visitors.length);
    for (const v of visitors) {
      expect(v.priorityClasses.includes('elderly')).toBe(ageOn(v.birthDate, localDay) >= 60);
      expect(v.priorityClasses.includes('child')).toBe(ageOn(v.birthDate, localDay) < 18);
    }
    expect(visitors.filter((v) => v.ppksCodes.includes('ppks-08')).length).toBeGreaterThan(
      0.5 * visitors.length,
    );
  });

  test('the NAPZA centre sees mostly NAPZA victims, mostly men', () => {
    const visitors = generateVisitors({ ...gowa, count: 1000, centreId: 'brskp-napza-satria' });
    expect(visitors.filter((v) => v.ppksCodes.includes('ppks-17')).length).toBeGreaterThan(700);
    expect(visitors.filter((v) => v.sex === 'male').length).toBeGreaterThan(700);
  });

  test('the children’s centre sees mostly children', () => {
    const visitors = generateVisitors({ ...gowa, count: 1000, centreId: 'brsampk-antasena' });
    expect(visitors.filter((v) => v.priorityClasses.includes('child')).length).toBeGreaterThan(700);
  });

  test('PPKS codes fit the person: valid, no repeats, child categories only for children', () => {
    for (const centre of pilotCentres) {
      for (const v of generateVisitors({ ...gowa, count: 500, centreId: centre.id })) {
        expect(v.ppksCodes.length).toBeGreaterThan(0);
        expect(new Set(v.ppksCodes).size).toBe(v.ppksCodes.length);
        const age = ageOn(v.birthDate, localDay);
        for (const code of v.ppksCodes) {
          const category = ppksByCode(code);
          expect(category).toBeDefined();
          if (category?.cluster === 'anak') expect(age).toBeLessThan(18);
          if (code === 'ppks-08') expect(age).toBeGreaterThanOrEqual(60);
        }
        const needsType = v.ppksCodes.some((c) => ppksByCode(c)?.needsDisabilityType);
        expect(v.disabilityType !== undefined).toBe(needsType);
        expect(v.priorityClasses.includes('disability')).toBe(needsType);
        for (const p of v.priorityClasses) expect(priorityClasses).toContain(p);
        if (v.priorityClasses.includes('pregnant')) expect(v.sex).toBe('female');
      }
    }
  });

  test('the disability centre’s visitors mostly have a disability', () => {
    const visitors = generateVisitors({ ...gowa, count: 1000, centreId: 'bbrspdf-soeharso' });
    expect(visitors.filter((v) => v.priorityClasses.includes('disability')).length).toBeGreaterThan(
      700,
    );
  });

  test('visitors only ask for services their centre’s model offers, or for emergency help', () => {
    const visitors = generateVisitors({
      ...gowa,
      count: 1000,
      serviceModel: 'single_referral_point',
    });
    const offered = new Set(servicesForModel('single_referral_point').map((s) => s.id));
    for (const v of visitors) {
      expect(v.serviceId === EMERGENCY_SERVICE_ID || offered.has(v.serviceId)).toBe(true);
    }
    expect(visitors.some((v) => v.serviceId === EMERGENCY_SERVICE_ID)).toBe(true);
    const oneStop = generateVisitors({ ...gowa, count: 1000 });
    expect(new Set(oneStop.map((v) => v.serviceId)).size).toBeGreaterThan(offered.size + 1);
    for (const v of oneStop) expect(serviceById(v.serviceId)).toBeDefined();
  });

  test('names are Indonesian-style, and some people have a single name', () => {
    const visitors = generateVisitors({ ...gowa, count: 1000 });
    for (const v of visitors) expect(v.name).toMatch(/^[A-Z][A-Za-z'. -]+$/);
    const single = visitors.filter((v) => !v.name.includes(' ')).length;
    expect(single).toBeGreaterThan(100);
    expect(single).toBeLessThan(900);
  });

  test('every pilot centre has a clientele profile whose home regencies exist', () => {
    const regencies = new Set(knownDistrictCodes().map((c) => c.slice(0, 4)));
    for (const centre of pilotCentres) {
      const profile = pilotProfiles[centre.id];
      expect(profile).toBeDefined();
      for (const r of profile?.homeRegencies ?? []) expect(regencies).toContain(r);
    }
  });
});
