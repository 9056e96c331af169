// Where a beneficiary lives: a street line and the Kemendagri codes of province → regency/city →
// district (kecamatan) → village (desa/kelurahan), each level optional from the bottom up (a
// homeless person may give only a city). Codes are kept without dots, as a NIK carries them:
// '73', '7306', '730601', '7306012001'.
//
// API
//   BeneficiaryAddress, addressSchema           the stored shape (zod, structural)
//   checkAddress(address): AddressIssue[]       hierarchy and known codes, messages in Indonesian
//   addressRegionLabel(address): string         "Kabupaten Gowa, Sulawesi Selatan" (no lazy data)
//
// Provinces and regencies (names) and districts (codes) are checked against core/regions, which
// is bundled. Villages are 83,762 names (2.8 MB of CSV in idn-area-data, ~0.7 MB gzip) and
// district names another 7,285: too much for every window, so they are not bundled here. A
// village code is checked for its shape and its district; the pickers will load district and
// village names per province, lazily, from a generated data file (not built yet).
import { z } from 'zod';
import { isKnownDistrict, provinceName, regencyName } from '../regions/regions.ts';

export interface BeneficiaryAddress {
  /** Street, house number, RT/RW, hamlet — as told. */
  street: string | null;
  provinceCode: string | null;
  regencyCode: string | null;
  districtCode: string | null;
  villageCode: string | null;
}

export const addressSchema = z.strictObject({
  street: z.string().trim().min(1).max(200).nullable(),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
  regencyCode: z
    .string()
    .regex(/^\d{4}$/)
    .nullable(),
  districtCode: z
    .string()
    .regex(/^\d{6}$/)
    .nullable(),
  villageCode: z
    .string()
    .regex(/^\d{10}$/)
    .nullable(),
});

export const emptyAddress: BeneficiaryAddress = {
  street: null,
  provinceCode: null,
  regencyCode: null,
  districtCode: null,
  villageCode: null,
};

export interface AddressIssue {
  field: keyof BeneficiaryAddress;
  message: string;
}

/** Each level must lie inside the one above, and be a known region. */
export function checkAddress(address: BeneficiaryAddress): AddressIssue[] {
  const issues: AddressIssue[] = [];
  const { provinceCode, regencyCode, districtCode, villageCode } = address;
  if (provinceCode !== null && provinceName(provinceCode) === undefined) {
    issues.push({ field: 'provinceCode', message: `Kode provinsi ${provinceCode} tidak dikenal.` });
  }
  const levels = [
    ['regencyCode', regencyCode, provinceCode, 'Kabupaten/kota', 'provinsi'],
    ['districtCode', districtCode, regencyCode, 'Kecamatan', 'kabupaten/kota'],
    ['villageCode', villageCode, districtCode, 'Desa/kelurahan', 'kecamatan'],
  ] as const;
  for (const [field, code, parent, label, parentLabel] of levels) {
    if (code === null) continue;
    if (parent === null) {
      issues.push({ field, message: `${label} dipilih tanpa ${parentLabel}nya.` });
    } else if (!code.startsWith(parent)) {
      issues.push({ field, message: `${label} ini tidak berada di ${parentLabel} yang dipilih.` });
    }
  }
  if (regencyCode !== null && regencyName(regencyCode) === undefined) {
    issues.push({
      field: 'regencyCode',
      message: `Kode kabupaten/kota ${regencyCode} tidak dikenal.`,
    });
  }
  if (districtCode !== null && !isKnownDistrict(districtCode)) {
    issues.push({
      field: 'districtCode',
      message: `Kode kecamatan ${districtCode} tidak dikenal.`,
    });
  }
  return issues;
}

/** The regency and province of an address as words, from the bundled tables; '' if neither. */
export function addressRegionLabel(address: BeneficiaryAddress): string {
  const regency = address.regencyCode ? regencyName(address.regencyCode) : undefined;
  const province = address.provinceCode ? provinceName(address.provinceCode) : undefined;
  return [regency, province].filter((part) => part !== undefined).join(', ');
}
