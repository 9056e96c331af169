// Synthetic people for demos, tests and benches: Indonesian names, sex, birth date, the district
// a NIK would carry and a NIK that passes validateNik. Uses faker (a devDependency): only tests,
// benches and demo seeding may import core/synthetic, never an app code path.
import type { Faker } from '@faker-js/faker';
import { validateNik } from '../nik/nik.ts';
import { knownDistrictCodes } from '../regions/regions.ts';
import type { ClienteleProfile } from './profiles.ts';

export interface SyntheticPerson {
  name: string;
  sex: 'female' | 'male';
  /** YYYY-MM-DD. */
  birthDate: string;
  /** Whole years on `localDay`. */
  age: number;
  /** District of the NIK (of registration), also set when the person has no NIK to give. */
  districtCode: string;
  nik?: string;
}

const DAY_MS = 86_400_000;

function parseDay(localDay: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDay);
  if (!match) throw new Error(`localDay must be YYYY-MM-DD, got "${localDay}"`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** Calendar arithmetic on plain dates; UTC only as a time-zone-free calendar. */
function utcDay(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d);
}

function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A birth date on which someone is exactly `age` on `localDay`. */
export function birthDateForAge(faker: Faker, localDay: string, age: number): string {
  // Born after the day `age + 1` years ago and no later than `age` years ago (29 Feb rolls on).
  const { y, m, d } = parseDay(localDay);
  const latest = utcDay(y - age, m, d);
  const earliest = utcDay(y - age - 1, m, d) + DAY_MS;
  const days = Math.round((latest - earliest) / DAY_MS);
  return formatDay(earliest + faker.number.int({ min: 0, max: days }) * DAY_MS);
}

function pickAge(faker: Faker, profile: ClienteleProfile): number {
  const band = faker.helpers.weightedArrayElement(
    profile.ageBands.map((b) => ({ weight: b.weight, value: b })),
  );
  return faker.number.int({ min: band.min, max: band.max });
}

/**
 * Many Javanese people, above all older ones, have a single name ("Sutarno", "Sumiyati"); others
 * have two or three parts.
 */
function makeName(faker: Faker, sex: 'female' | 'male', age: number, javanese: boolean): string {
  const baseShare = age >= 60 ? 0.55 : age >= 40 ? 0.3 : 0.12;
  const singleShare = javanese ? baseShare : baseShare / 2;
  const first = faker.person.firstName(sex);
  if (faker.datatype.boolean({ probability: singleShare })) return first;
  const parts = [first];
  if (faker.datatype.boolean({ probability: 0.25 })) parts.push(faker.person.firstName(sex));
  parts.push(faker.person.lastName(sex));
  return parts.filter((p, i) => parts.indexOf(p) === i).join(' ');
}

let districtsByRegency: Map<string, string[]> | undefined;

function districtsOf(regency: string): readonly string[] {
  if (!districtsByRegency) {
    districtsByRegency = new Map();
    for (const code of knownDistrictCodes()) {
      const key = code.slice(0, 4);
      const list = districtsByRegency.get(key) ?? [];
      list.push(code);
      districtsByRegency.set(key, list);
    }
  }
  return districtsByRegency.get(regency) ?? [];
}

function pickDistrict(faker: Faker, profile: ClienteleProfile): string {
  if (faker.datatype.boolean({ probability: profile.localShare })) {
    const local = districtsOf(faker.helpers.arrayElement(profile.homeRegencies));
    if (local.length > 0) return faker.helpers.arrayElement(local);
  }
  return faker.helpers.arrayElement(knownDistrictCodes());
}

/** PP KK SS · DD(+40 for women) MM YY · NNNN. */
export function buildNik(
  districtCode: string,
  birthDate: string,
  sex: 'female' | 'male',
  serial: number,
): string {
  const { y, m, d } = parseDay(birthDate);
  const day = sex === 'female' ? d + 40 : d;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${districtCode}${two(day)}${two(m)}${two(y % 100)}${String(serial).padStart(4, '0')}`;
}

/**
 * One person from `profile`, as of `localDay`. `usedNiks` keeps NIKs unique within a generated
 * set, as they are in life.
 */
export function generatePerson(
  faker: Faker,
  profile: ClienteleProfile,
  localDay: string,
  usedNiks: Set<string>,
): SyntheticPerson {
  const sex = faker.datatype.boolean({ probability: profile.femaleShare }) ? 'female' : 'male';
  const age = pickAge(faker, profile);
  const birthDate = birthDateForAge(faker, localDay, age);
  const districtCode = pickDistrict(faker, profile);
  const javanese = /^3[3-5]/.test(districtCode);
  const person: SyntheticPerson = {
    name: makeName(faker, sex, age, javanese),
    sex,
    birthDate,
    age,
    districtCode,
  };
  if (faker.datatype.boolean({ probability: profile.noNikShare })) return person;

  for (;;) {
    // Serials count registrations per district and birth date, so most are small.
    const serial = faker.datatype.boolean({ probability: 0.9 })
      ? faker.number.int({ min: 1, max: 30 })
      : faker.number.int({ min: 31, max: 9999 });
    const nik = buildNik(districtCode, birthDate, sex, serial);
    if (usedNiks.has(nik)) continue;
    const check = validateNik(nik, localDay);
    // Only a person of 100 or more could fail here (the century is ambiguous); profiles stop at 95.
    if (!check.ok || check.birthDate !== birthDate) {
      throw new Error(`Synthetic NIK does not validate for ${birthDate}`);
    }
    usedNiks.add(nik);
    return { ...person, nik };
  }
}
