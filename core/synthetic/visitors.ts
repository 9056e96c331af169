// The synthetic visitor generator's entry point: a deterministic day of walk-ins at one centre,
// for demos, tests and benches. Same seed, same visitors. Imports faker (a devDependency), so
// never import this from an app code path.
import { base, Faker, id_ID } from '@faker-js/faker';
import { type DisabilityType, ppksByCode } from '../catalog/ppks.ts';
import { EMERGENCY_SERVICE_ID, servicesForModel } from '../catalog/services.ts';
import type { ServiceModel } from '../centre/config.ts';
import type { PriorityClass } from '../queue/ticket.ts';
import { generateArrivals } from './arrivals.ts';
import { generatePerson } from './people.ts';
import { type ClienteleProfile, ppksEligibility, profileForCentre } from './profiles.ts';

export interface SyntheticVisitor {
  nik?: string;
  name: string;
  sex: 'female' | 'male';
  /** YYYY-MM-DD. */
  birthDate: string;
  districtCode: string;
  ppksCodes: string[];
  /** Set when a PPKS category needs one (ppks-05, ppks-09). */
  disabilityType?: DisabilityType;
  priorityClasses: PriorityClass[];
  serviceId: string;
  arrivedAt: number;
}

export interface GenerateVisitorsOptions {
  seed: number;
  count: number;
  /** The centre's local day, "YYYY-MM-DD". */
  localDay: string;
  /** IANA zone of the centre, e.g. 'Asia/Makassar'. */
  timeZone: string;
  /** A pilot centre id (core/centre/centres.ts) picks its clientele; others get a general mix. */
  centreId: string;
  /** Which services visitors can ask for; default 'one_stop_shop' (all of them). */
  serviceModel?: ServiceModel;
}

/** Older people in law (UU 13/1998) are 60 and over; children (UU 35/2014) are under 18. */
const ELDERLY_FROM_AGE = 60;
const ADULT_FROM_AGE = 18;

function pickPpks(
  faker: Faker,
  profile: ClienteleProfile,
  age: number,
  sex: 'female' | 'male',
  exclude: readonly string[],
): string | undefined {
  const options = Object.entries(profile.ppksWeights)
    .filter(([code]) => {
      const rule = ppksEligibility[code];
      return (
        rule !== undefined &&
        !exclude.includes(code) &&
        age >= rule.minAge &&
        age <= rule.maxAge &&
        (rule.sex === undefined || rule.sex === sex)
      );
    })
    .map(([code, weight]) => ({ value: code, weight }));
  return options.length > 0 ? faker.helpers.weightedArrayElement(options) : undefined;
}

/** Who has no category in the centre's mix still needs one: poverty, or age for the old. */
function fallbackPpks(age: number): string {
  if (age >= ELDERLY_FROM_AGE) return 'ppks-08';
  if (age < ADULT_FROM_AGE) return 'ppks-07';
  return 'ppks-24';
}

export function generateVisitors(options: GenerateVisitorsOptions): SyntheticVisitor[] {
  const { seed, count, localDay, timeZone, centreId } = options;
  const faker = new Faker({ locale: [id_ID, base] });
  // Mixing in the centre keeps five demo centres seeded alike from sharing one crowd.
  faker.seed([seed, ...Array.from(centreId, (c) => c.charCodeAt(0))]);
  const profile = profileForCentre(centreId);
  const offered = servicesForModel(options.serviceModel ?? 'one_stop_shop');
  const serviceChoices = offered
    .map((s) => ({ value: s.id, weight: profile.serviceWeights[s.id] ?? 0 }))
    .filter((c) => c.weight > 0);

  const arrivals = generateArrivals(faker, count, localDay, timeZone);
  const usedNiks = new Set<string>();

  return arrivals.map((arrivedAt) => {
    const person = generatePerson(faker, profile, localDay, usedNiks);
    const { age, sex } = person;

    const first = pickPpks(faker, profile, age, sex, []) ?? fallbackPpks(age);
    const ppksCodes = [first];
    if (faker.datatype.boolean({ probability: profile.secondPpksShare })) {
      const second = pickPpks(faker, profile, age, sex, ppksCodes);
      if (second) ppksCodes.push(second);
    }

    const needsType = ppksCodes.some((c) => ppksByCode(c)?.needsDisabilityType);
    const disabilityType = needsType
      ? faker.helpers.weightedArrayElement(
          Object.entries(profile.disabilityTypeWeights).map(([value, weight]) => ({
            value: value as DisabilityType,
            weight: weight ?? 0,
          })),
        )
      : undefined;

    const priorityClasses: PriorityClass[] = [];
    if (disabilityType) priorityClasses.push('disability');
    if (age >= ELDERLY_FROM_AGE) priorityClasses.push('elderly');
    if (
      sex === 'female' &&
      age >= ADULT_FROM_AGE &&
      age <= 45 &&
      faker.datatype.boolean({ probability: 0.04 })
    ) {
      priorityClasses.push('pregnant');
    }
    if (age < ADULT_FROM_AGE) priorityClasses.push('child');
    if (ppksCodes.some((c) => c === 'ppks-21' || c === 'ppks-22')) {
      priorityClasses.push('disaster_victim');
    }

    const emergency = faker.datatype.boolean({ probability: profile.emergencyShare });
    const serviceId =
      emergency || serviceChoices.length === 0
        ? EMERGENCY_SERVICE_ID
        : faker.helpers.weightedArrayElement(serviceChoices);

    const visitor: SyntheticVisitor = {
      name: person.name,
      sex,
      birthDate: person.birthDate,
      districtCode: person.districtCode,
      ppksCodes,
      priorityClasses,
      serviceId,
      arrivedAt,
    };
    if (person.nik) visitor.nik = person.nik;
    if (disabilityType) visitor.disabilityType = disabilityType;
    return visitor;
  });
}
