// The five centres that piloted SERASI in 2020 (../shared/DOMAIN.md). A centre's day — ticket
// numbering, daily reports — is its own local day, so each carries its IANA time zone.

export interface Centre {
  id: string;
  name: string;
  shortName: string;
  city: string;
  timeZone: string;
}

export const pilotCentres: readonly Centre[] = [
  {
    id: 'bbrspdf-soeharso',
    name: 'Balai Besar Rehabilitasi Sosial Penyandang Disabilitas Fisik "Prof. Dr. Soeharso"',
    shortName: 'BBRSPDF Prof. Dr. Soeharso',
    city: 'Surakarta',
    timeZone: 'Asia/Jakarta',
  },
  {
    id: 'brslu-gau-mabaji',
    name: 'Balai Rehabilitasi Sosial Lanjut Usia "Gau Mabaji"',
    shortName: 'BRSLU Gau Mabaji',
    city: 'Gowa',
    timeZone: 'Asia/Makassar',
  },
  {
    id: 'brskp-napza-satria',
    name: 'Balai Rehabilitasi Sosial Korban Penyalahgunaan NAPZA "Satria"',
    shortName: 'BRSKP NAPZA Satria',
    city: 'Baturraden',
    timeZone: 'Asia/Jakarta',
  },
  {
    id: 'brsampk-antasena',
    name: 'Balai Rehabilitasi Sosial Anak yang Memerlukan Perlindungan Khusus "Antasena"',
    shortName: 'BRSAMPK Antasena',
    city: 'Magelang',
    timeZone: 'Asia/Jakarta',
  },
  {
    id: 'brsegp-pangudi-luhur',
    name: 'Balai Rehabilitasi Sosial Eks Gelandangan dan Pengemis "Pangudi Luhur"',
    shortName: 'BRSEGP Pangudi Luhur',
    city: 'Bekasi',
    timeZone: 'Asia/Jakarta',
  },
];

/** Indonesia's three time zones, as offered in setup. */
export const indonesianTimeZones = [
  { id: 'Asia/Jakarta', label: 'WIB (UTC+7)' },
  { id: 'Asia/Makassar', label: 'WITA (UTC+8)' },
  { id: 'Asia/Jayapura', label: 'WIT (UTC+9)' },
] as const;
