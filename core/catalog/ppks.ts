// The PPKS list (Pemerlu Pelayanan Kesejahteraan Sosial — people who need social-welfare
// services) that a registration records, and the disability types asked for two of its
// categories. Records store the code and the catalogue version, never the position in a list.

/**
 * The 26-category list of Permensos 8/2012 (then called PMKS), with today's names. Older data
 * uses 22-category PMKS lists whose numbers do not match these; a record made under another
 * version must be mapped, not read with this one.
 */
export const PPKS_CATALOGUE_VERSION = 'permensos-08-2012-26';

export const ppksClusters = [
  'anak',
  'disabilitas',
  'lanjut_usia',
  'napza',
  'tuna_sosial_perdagangan_orang',
  'bencana',
  'lainnya',
] as const;
export type PpksCluster = (typeof ppksClusters)[number];

/** Cluster names as staff say them; the clusters follow ATENSI's target groups. */
export const ppksClusterNames: Readonly<Record<PpksCluster, string>> = {
  anak: 'Anak',
  disabilitas: 'Penyandang Disabilitas',
  lanjut_usia: 'Lanjut Usia',
  napza: 'Korban Penyalahgunaan NAPZA',
  tuna_sosial_perdagangan_orang: 'Tuna Sosial dan Korban Perdagangan Orang',
  bencana: 'Korban Bencana',
  lainnya: 'PPKS Lainnya',
};

export interface PpksCategory {
  /** Stable code, 'ppks-01' … 'ppks-26', numbered as in the regulation. */
  code: string;
  /** Number in the regulation's list. */
  number: number;
  name: string;
  /** Grouping for pickers and reports; a working grouping, not a legal classification. */
  cluster: PpksCluster;
  /** Whether staff must also record a disability type (categories 5 and 9). */
  needsDisabilityType: boolean;
}

const entries: ReadonlyArray<readonly [name: string, cluster: PpksCluster]> = [
  ['Anak Balita Terlantar', 'anak'],
  ['Anak Terlantar', 'anak'],
  ['Anak Berhadapan dengan Hukum', 'anak'],
  ['Anak Jalanan', 'anak'],
  ['Anak dengan Kedisabilitasan', 'anak'],
  ['Anak Korban Tindak Kekerasan/Diperlakukan Salah', 'anak'],
  ['Anak yang Memerlukan Perlindungan Khusus', 'anak'],
  ['Lanjut Usia Terlantar', 'lanjut_usia'],
  ['Penyandang Disabilitas', 'disabilitas'],
  ['Tuna Susila', 'tuna_sosial_perdagangan_orang'],
  ['Gelandangan', 'tuna_sosial_perdagangan_orang'],
  ['Pengemis', 'tuna_sosial_perdagangan_orang'],
  ['Pemulung', 'tuna_sosial_perdagangan_orang'],
  ['Kelompok Minoritas', 'lainnya'],
  ['Bekas Warga Binaan Lembaga Pemasyarakatan', 'tuna_sosial_perdagangan_orang'],
  ['Orang dengan HIV/AIDS', 'tuna_sosial_perdagangan_orang'],
  ['Korban Penyalahgunaan NAPZA', 'napza'],
  ['Korban Perdagangan Orang', 'tuna_sosial_perdagangan_orang'],
  ['Korban Tindak Kekerasan', 'lainnya'],
  ['Pekerja Migran Bermasalah Sosial', 'lainnya'],
  ['Korban Bencana Alam', 'bencana'],
  ['Korban Bencana Sosial', 'bencana'],
  ['Perempuan Rawan Sosial Ekonomi', 'lainnya'],
  ['Fakir Miskin', 'lainnya'],
  ['Keluarga Bermasalah Sosial Psikologis', 'lainnya'],
  ['Komunitas Adat Terpencil', 'lainnya'],
];

export const ppksCatalogue: readonly PpksCategory[] = entries.map(([name, cluster], i) => ({
  code: `ppks-${String(i + 1).padStart(2, '0')}`,
  number: i + 1,
  name,
  cluster,
  needsDisabilityType: i + 1 === 5 || i + 1 === 9,
}));

export function ppksByCode(code: string): PpksCategory | undefined {
  return ppksCatalogue.find((c) => c.code === code);
}

/** Disability types (UU 8/2016 on persons with disabilities: physical, intellectual, mental, sensory; plus multiple). */
export const disabilityTypes = [
  { code: 'fisik', name: 'Disabilitas fisik' },
  { code: 'intelektual', name: 'Disabilitas intelektual' },
  { code: 'mental', name: 'Disabilitas mental' },
  { code: 'sensorik_netra', name: 'Disabilitas sensorik netra (penglihatan)' },
  { code: 'sensorik_rungu', name: 'Disabilitas sensorik rungu (pendengaran)' },
  { code: 'sensorik_wicara', name: 'Disabilitas sensorik wicara (bicara)' },
  { code: 'ganda', name: 'Disabilitas ganda atau multi' },
] as const;
export type DisabilityType = (typeof disabilityTypes)[number]['code'];
