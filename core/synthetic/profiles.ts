// Who walks into each pilot centre, as weights for the synthetic visitor generator: ages, sex,
// PPKS categories, home regions, how many come without a NIK, which services they ask for.
// Plausible shapes for demos and benches, not statistics.
import type { DisabilityType } from '../catalog/ppks.ts';

export interface AgeBand {
  min: number;
  max: number;
  weight: number;
}

export interface ClienteleProfile {
  ageBands: readonly AgeBand[];
  /** Probability that a visitor is female. */
  femaleShare: number;
  /** PPKS code → weight; only codes that fit the visitor's age and sex are drawn. */
  ppksWeights: Readonly<Record<string, number>>;
  /** Probability of a second, different PPKS category (poverty often comes with the first). */
  secondPpksShare: number;
  disabilityTypeWeights: Readonly<Partial<Record<DisabilityType, number>>>;
  /** Probability that a visitor has no NIK to give. */
  noNikShare: number;
  /** 4-digit regency codes around the centre. */
  homeRegencies: readonly string[];
  /** Probability that a NIK was issued in a home regency rather than anywhere in Indonesia. */
  localShare: number;
  /** Service id → weight, before filtering by what the centre's model offers. */
  serviceWeights: Readonly<Record<string, number>>;
  /** Probability of arriving in an emergency (the Darurat button). */
  emergencyShare: number;
}

/** Ages (whole years) and sex for which a PPKS category is plausible in synthetic data. */
export const ppksEligibility: Readonly<
  Record<string, { minAge: number; maxAge: number; sex?: 'female' }>
> = {
  'ppks-01': { minAge: 0, maxAge: 4 },
  'ppks-02': { minAge: 5, maxAge: 17 },
  'ppks-03': { minAge: 12, maxAge: 17 },
  'ppks-04': { minAge: 5, maxAge: 17 },
  'ppks-05': { minAge: 0, maxAge: 17 },
  'ppks-06': { minAge: 0, maxAge: 17 },
  'ppks-07': { minAge: 0, maxAge: 17 },
  'ppks-08': { minAge: 60, maxAge: 120 },
  'ppks-09': { minAge: 18, maxAge: 120 },
  'ppks-10': { minAge: 18, maxAge: 59 },
  'ppks-11': { minAge: 18, maxAge: 120 },
  'ppks-12': { minAge: 18, maxAge: 120 },
  'ppks-13': { minAge: 18, maxAge: 120 },
  'ppks-14': { minAge: 0, maxAge: 120 },
  'ppks-15': { minAge: 18, maxAge: 120 },
  'ppks-16': { minAge: 18, maxAge: 120 },
  'ppks-17': { minAge: 14, maxAge: 120 },
  'ppks-18': { minAge: 12, maxAge: 120 },
  'ppks-19': { minAge: 18, maxAge: 120 },
  'ppks-20': { minAge: 18, maxAge: 65 },
  'ppks-21': { minAge: 0, maxAge: 120 },
  'ppks-22': { minAge: 0, maxAge: 120 },
  'ppks-23': { minAge: 18, maxAge: 59, sex: 'female' },
  'ppks-24': { minAge: 0, maxAge: 120 },
  'ppks-25': { minAge: 18, maxAge: 120 },
  'ppks-26': { minAge: 0, maxAge: 120 },
};

const generalServices = {
  informasi: 30,
  rujukan: 15,
  asesmen: 25,
  rehabilitasi: 15,
  'alat-bantu': 5,
  dokumen: 5,
};

/** Used for a centre that is not one of the pilots. */
export const generalProfile: ClienteleProfile = {
  ageBands: [
    { min: 0, max: 17, weight: 20 },
    { min: 18, max: 59, weight: 55 },
    { min: 60, max: 90, weight: 25 },
  ],
  femaleShare: 0.5,
  ppksWeights: {
    'ppks-24': 25,
    'ppks-09': 15,
    'ppks-05': 10,
    'ppks-08': 15,
    'ppks-07': 8,
    'ppks-17': 6,
    'ppks-11': 5,
    'ppks-19': 5,
    'ppks-21': 4,
    'ppks-25': 4,
    'ppks-23': 3,
  },
  secondPpksShare: 0.15,
  disabilityTypeWeights: {
    fisik: 45,
    intelektual: 12,
    mental: 12,
    sensorik_netra: 10,
    sensorik_rungu: 10,
    sensorik_wicara: 3,
    ganda: 8,
  },
  noNikShare: 0.15,
  homeRegencies: ['3171', '3172', '3173', '3174', '3175'],
  localShare: 0.3,
  serviceWeights: generalServices,
  emergencyShare: 0.02,
};

export const pilotProfiles: Readonly<Record<string, ClienteleProfile>> = {
  // Physical disability, Surakarta.
  'bbrspdf-soeharso': {
    ageBands: [
      { min: 0, max: 17, weight: 22 },
      { min: 18, max: 59, weight: 58 },
      { min: 60, max: 85, weight: 20 },
    ],
    femaleShare: 0.45,
    ppksWeights: { 'ppks-09': 70, 'ppks-05': 70, 'ppks-24': 10, 'ppks-08': 5, 'ppks-21': 2 },
    secondPpksShare: 0.2,
    disabilityTypeWeights: {
      fisik: 70,
      ganda: 10,
      sensorik_netra: 5,
      sensorik_rungu: 5,
      sensorik_wicara: 2,
      intelektual: 5,
      mental: 3,
    },
    noNikShare: 0.1,
    homeRegencies: ['3372', '3311', '3313', '3309', '3310', '3314', '3312'],
    localShare: 0.65,
    serviceWeights: { ...generalServices, 'alat-bantu': 25, rehabilitasi: 20 },
    emergencyShare: 0.015,
  },
  // Older people, Gowa (WITA).
  'brslu-gau-mabaji': {
    ageBands: [
      { min: 0, max: 17, weight: 3 },
      { min: 18, max: 59, weight: 22 },
      { min: 60, max: 95, weight: 75 },
    ],
    femaleShare: 0.56,
    ppksWeights: { 'ppks-08': 80, 'ppks-09': 12, 'ppks-24': 15, 'ppks-25': 4, 'ppks-21': 3 },
    secondPpksShare: 0.25,
    disabilityTypeWeights: {
      fisik: 50,
      sensorik_netra: 20,
      sensorik_rungu: 20,
      mental: 5,
      ganda: 5,
    },
    noNikShare: 0.12,
    homeRegencies: ['7306', '7371', '7305', '7309', '7304', '7303', '7307'],
    localShare: 0.85,
    serviceWeights: { ...generalServices, rehabilitasi: 20, 'alat-bantu': 8 },
    emergencyShare: 0.02,
  },
  // Drug-abuse victims, Baturraden (Banyumas).
  'brskp-napza-satria': {
    ageBands: [
      { min: 14, max: 17, weight: 12 },
      { min: 18, max: 40, weight: 70 },
      { min: 41, max: 60, weight: 18 },
    ],
    femaleShare: 0.15,
    ppksWeights: { 'ppks-17': 85, 'ppks-15': 8, 'ppks-16': 4, 'ppks-24': 6, 'ppks-25': 5 },
    secondPpksShare: 0.15,
    disabilityTypeWeights: { mental: 70, fisik: 20, ganda: 10 },
    noNikShare: 0.1,
    homeRegencies: ['3302', '3301', '3303', '3304', '3305', '3329', '3327'],
    localShare: 0.55,
    serviceWeights: { ...generalServices, rehabilitasi: 30, 'alat-bantu': 1 },
    emergencyShare: 0.03,
  },
  // Children needing special protection, Magelang.
  'brsampk-antasena': {
    ageBands: [
      { min: 0, max: 4, weight: 8 },
      { min: 5, max: 17, weight: 77 },
      { min: 18, max: 59, weight: 15 },
    ],
    femaleShare: 0.42,
    ppksWeights: {
      'ppks-07': 30,
      'ppks-03': 25,
      'ppks-06': 20,
      'ppks-02': 10,
      'ppks-01': 6,
      'ppks-04': 8,
      'ppks-05': 4,
      'ppks-18': 2,
      'ppks-25': 10,
      'ppks-24': 6,
      'ppks-19': 4,
    },
    secondPpksShare: 0.1,
    disabilityTypeWeights: {
      intelektual: 35,
      fisik: 25,
      mental: 20,
      sensorik_rungu: 10,
      ganda: 10,
    },
    noNikShare: 0.25,
    homeRegencies: ['3308', '3371', '3323', '3306', '3471', '3307', '3309'],
    localShare: 0.6,
    serviceWeights: { ...generalServices, 'alat-bantu': 1, dokumen: 10 },
    emergencyShare: 0.03,
  },
  // Former homeless people and beggars, Bekasi.
  'brsegp-pangudi-luhur': {
    ageBands: [
      { min: 5, max: 17, weight: 10 },
      { min: 18, max: 59, weight: 70 },
      { min: 60, max: 85, weight: 20 },
    ],
    femaleShare: 0.35,
    ppksWeights: {
      'ppks-11': 40,
      'ppks-12': 30,
      'ppks-13': 10,
      'ppks-04': 10,
      'ppks-24': 15,
      'ppks-10': 4,
      'ppks-23': 6,
      'ppks-08': 6,
    },
    secondPpksShare: 0.3,
    disabilityTypeWeights: { mental: 40, fisik: 40, intelektual: 10, ganda: 10 },
    noNikShare: 0.35,
    homeRegencies: ['3216', '3275', '3171', '3172', '3173', '3174', '3175', '3201', '3276'],
    localShare: 0.5,
    serviceWeights: { ...generalServices, dokumen: 20, 'alat-bantu': 2 },
    emergencyShare: 0.03,
  },
};

export function profileForCentre(centreId: string): ClienteleProfile {
  return Object.hasOwn(pilotProfiles, centreId)
    ? (pilotProfiles[centreId] as ClienteleProfile)
    : generalProfile;
}
