// Build step, not app code: turns the idn-area-data CSVs into core/regions/district-codes.ts, the
// small table that NIK and No. KK checks use offline, and into resources/public/regions/<PP>.json,
// one file per province with its district and village names, which the address pickers load
// only when a province is chosen (83,762 villages are too many for every window). Run with `npm run regions` after upgrading
// idn-area-data. It is the only file under core/ that uses Node built-ins, because it runs in
// Node at build time and is never imported by the app.
//
// The output is a derivative of idn-area-data's database, so it stays under ODbL 1.0; this script
// is the published "method of making the alterations" (ODbL 4.6 b).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, '..', '..', 'node_modules', 'idn-area-data');
const dataDir = join(packageDir, 'data');
const outFile = join(here, 'district-codes.ts');
const namesDir = join(here, '..', '..', 'resources', 'public', 'regions');

/**
 * NIKs keep the code of the place where they were issued, and regions are never renumbered on a
 * card. When Papua was split in 2022 (UU 14, 15, 16 and 29/2022) the regencies that moved to the
 * four new provinces got new codes, but every NIK issued before then still starts with the old
 * one (e.g. Merauke 91.01, now 93.01). Without these aliases the desk would reject the NIK of
 * everyone registered there before 2022. District suffixes were kept in the move (e.g. Mimika
 * 91.09.13 Kwamki Narama is now 94.04.13). Names are checked against the current data below, so a
 * wrong entry fails the build instead of shipping silently.
 */
const legacyRegencies: ReadonlyArray<readonly [oldCode: string, name: string]> = [
  ['91.01', 'Kabupaten Merauke'],
  ['91.02', 'Kabupaten Jayawijaya'],
  ['91.04', 'Kabupaten Nabire'],
  ['91.07', 'Kabupaten Puncak Jaya'],
  ['91.08', 'Kabupaten Paniai'],
  ['91.09', 'Kabupaten Mimika'],
  ['91.12', 'Kabupaten Pegunungan Bintang'],
  ['91.13', 'Kabupaten Yahukimo'],
  ['91.14', 'Kabupaten Tolikara'],
  ['91.16', 'Kabupaten Boven Digoel'],
  ['91.17', 'Kabupaten Mappi'],
  ['91.18', 'Kabupaten Asmat'],
  ['91.21', 'Kabupaten Mamberamo Tengah'],
  ['91.22', 'Kabupaten Yalimo'],
  ['91.23', 'Kabupaten Lanny Jaya'],
  ['91.24', 'Kabupaten Nduga'],
  ['91.25', 'Kabupaten Puncak'],
  ['91.26', 'Kabupaten Dogiyai'],
  ['91.27', 'Kabupaten Intan Jaya'],
  ['91.28', 'Kabupaten Deiyai'],
  ['92.01', 'Kabupaten Sorong'],
  ['92.04', 'Kabupaten Sorong Selatan'],
  ['92.05', 'Kabupaten Raja Ampat'],
  ['92.09', 'Kabupaten Tambrauw'],
  ['92.10', 'Kabupaten Maybrat'],
  ['92.71', 'Kota Sorong'],
];

/** RFC 4180 rows; the data quotes a few names (e.g. `"Ra""as"`). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

function readTable(name: string, header: readonly string[]): string[][] {
  const [head, ...rows] = parseCsv(readFileSync(join(dataDir, `${name}.csv`), 'utf8'));
  if (head?.join(',') !== header.join(',')) {
    throw new Error(`${name}.csv: expected columns ${header.join(',')}, got ${head?.join(',')}`);
  }
  return rows;
}

function compact(dotted: string, digits: number): string {
  const code = dotted.replaceAll('.', '');
  if (!new RegExp(`^\\d{${digits}}$`).test(code)) throw new Error(`Bad region code: ${dotted}`);
  return code;
}

/** `01-18,20,22-23`: districts are mostly numbered without gaps, so ranges keep this small. */
function encodeSuffixes(suffixes: number[]): string {
  const parts: string[] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  let i = 0;
  while (i < suffixes.length) {
    let j = i;
    while (j + 1 < suffixes.length && suffixes[j + 1] === (suffixes[j] as number) + 1) j++;
    const first = suffixes[i] as number;
    const last = suffixes[j] as number;
    parts.push(first === last ? pad(first) : `${pad(first)}-${pad(last)}`);
    i = j + 1;
  }
  return parts.join(',');
}

const provinces = readTable('provinces', ['code', 'name']).map(
  ([code, name]) => [compact(code ?? '', 2), name ?? ''] as const,
);
const regencies = readTable('regencies', ['code', 'province_code', 'name']).map(
  ([code, , name]) => [compact(code ?? '', 4), name ?? ''] as const,
);
const districtCodes = readTable('districts', ['code', 'regency_code', 'name'])
  .map(([code]) => compact(code ?? '', 6))
  .sort();

const byRegency = new Map<string, number[]>();
for (const code of districtCodes) {
  const regency = code.slice(0, 4);
  const list = byRegency.get(regency) ?? [];
  list.push(Number(code.slice(4)));
  byRegency.set(regency, list);
}
if (new Set(districtCodes).size !== districtCodes.length) throw new Error('Duplicate districts');

const regencyByName = new Map<string, string[]>();
for (const [code, name] of regencies) {
  if (!/^9[1-6]/.test(code)) continue;
  regencyByName.set(name, [...(regencyByName.get(name) ?? []), code]);
}
const currentRegencies = new Set(regencies.map(([code]) => code));
const legacy: Array<readonly [string, string]> = legacyRegencies.map(([dotted, name]) => {
  const oldCode = compact(dotted, 4);
  const matches = regencyByName.get(name) ?? [];
  const current = matches[0];
  if (matches.length !== 1 || current === undefined) {
    throw new Error(`Legacy regency ${dotted} ${name}: ${matches.length} current matches`);
  }
  if (currentRegencies.has(oldCode)) throw new Error(`Legacy code ${dotted} is in use again`);
  return [oldCode, current] as const;
});

const encodedDistricts = [...byRegency]
  .map(([regency, suffixes]) => `${regency}:${encodeSuffixes(suffixes)}`)
  .join(';');

const version = (
  JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }
).version;

const quote = (s: string) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
const record = (entries: ReadonlyArray<readonly [string, string]>) =>
  `{\n${entries.map(([k, v]) => `  '${k}': ${quote(v)},`).join('\n')}\n}`;

const output = `// GENERATED by core/regions/build-district-codes.ts (npm run regions). Do not edit.
//
// Source: idn-area-data ${version} (https://github.com/fityannugroho/idn-area-data), Indonesian
// administrative areas after Kemendagri. Data © the idn-area-data authors, made available under
// the Open Database License 1.0 (https://opendatacommons.org/licenses/odbl/1-0/); this table is a
// derivative database under the same licence. Additions: LEGACY_REGENCY_CODES (see the script).

export const REGION_DATA_SOURCE = 'idn-area-data ${version}';
export const REGION_DATA_ATTRIBUTION =
  'Data wilayah dari idn-area-data ${version} (github.com/fityannugroho/idn-area-data), tersedia di bawah Open Database License (ODbL) 1.0.';

/** Number of current districts (kecamatan) encoded in DISTRICT_CODES. */
export const DISTRICT_COUNT = ${districtCodes.length};

/**
 * Every current district as "RRRR:SS-SS,SS;…": a 4-digit regency code, then its 2-digit district
 * suffixes as ranges. Sorted. Decoded once by regions.ts.
 */
export const DISTRICT_CODES =
  '${encodedDistricts}';

/** Province names by 2-digit code. */
export const PROVINCE_NAMES: Readonly<Record<string, string>> = ${record(provinces)};

/** Regency (kabupaten/kota) names by 4-digit code. */
export const REGENCY_NAMES: Readonly<Record<string, string>> = ${record(regencies)};

/** Regency codes that NIKs issued before the 2022 Papua split still carry → today's code. */
export const LEGACY_REGENCY_CODES: Readonly<Record<string, string>> = ${record(legacy)};
`;

writeFileSync(outFile, output);
console.log(
  `Wrote ${outFile}: ${districtCodes.length} districts, ${regencies.length} regencies, ` +
    `${provinces.length} provinces, ${legacy.length} legacy regency codes; ` +
    `district table ${encodedDistricts.length} chars, file ${Buffer.byteLength(output)} bytes.`,
);

// Per province: districts [code6, name] and villages by district [code10, name], sorted by name
// as the pickers list them (the codes sort as Kemendagri numbers them, which means nothing to a
// visitor). Each file carries the attribution the licence asks for.
const districtNames = readTable('districts', ['code', 'regency_code', 'name']).map(
  ([code, , name]) => [compact(code ?? '', 6), name ?? ''] as const,
);
const villages = readTable('villages', ['code', 'district_code', 'name']).map(
  ([code, , name]) => [compact(code ?? '', 10), name ?? ''] as const,
);
const byName = (a: readonly [string, string], b: readonly [string, string]) =>
  a[1].localeCompare(b[1], 'id') || a[0].localeCompare(b[0]);
mkdirSync(namesDir, { recursive: true });
for (const [province] of provinces) {
  const villagesByDistrict: Record<string, Array<readonly [string, string]>> = {};
  for (const village of villages) {
    if (!village[0].startsWith(province)) continue;
    const district = village[0].slice(0, 6);
    villagesByDistrict[district] = [...(villagesByDistrict[district] ?? []), village];
  }
  for (const list of Object.values(villagesByDistrict)) list.sort(byName);
  const file = {
    source: `idn-area-data ${version}, ODbL 1.0`,
    province,
    districts: districtNames.filter(([code]) => code.startsWith(province)).sort(byName),
    villages: villagesByDistrict,
  };
  writeFileSync(join(namesDir, `${province}.json`), `${JSON.stringify(file)}\n`);
}
console.log(`Wrote ${provinces.length} province files to ${namesDir}`);
