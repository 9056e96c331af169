// The beneficiary record (penerima manfaat): who a person is to the centre across visits. Kept
// locally and synced (table `beneficiaries`, merged field by field like a registration).
//
// API
//   Beneficiary                         the synced row
//   BeneficiaryFields                   the row without sync fields (what createRow takes)
//   BeneficiaryInput                    what a form gives (strings as typed, nulls for blanks)
//   beneficiaryFieldsSchema             zod, structural: the sync table's schema (core/sync/tables.ts)
//   validateBeneficiary(input, today)   → { ok, value: BeneficiaryDetails } | { ok: false, errors }
//                                       every error names its field, in Bahasa Indonesia
//   beneficiaryFields(details, meta)    the fields of a new record (search keys, no merge)
//   isActive(b)                         not merged away and not deleted
//
// Optional values are `null`, never missing: a cleared phone number must travel to the server as
// a value (null) with its own clock in the field merge, which a missing key cannot.
// Personal data (UU 27/2022): no free-text notes here; health and disability data are limited to
// the PPKS category and disability type the services need.
import { z } from 'zod';
import {
  type DisabilityType,
  disabilityTypes,
  PPKS_CATALOGUE_VERSION,
  ppksByCode,
} from '../catalog/ppks.ts';
import { cleanIdNumber } from '../nik/id-number.ts';
import { validateKk } from '../nik/kk.ts';
import { validateNik } from '../nik/nik.ts';
import type { SyncedRecord } from '../sync/record.ts';
import { monthNames } from '../time/local-day.ts';
import { addressSchema, type BeneficiaryAddress, checkAddress } from './address.ts';
import { MAX_SEARCH_KEYS, searchKeys } from './name-search.ts';

export type Sex = 'female' | 'male';

/** One PPKS category of the person; the disability types where the category needs them. */
export interface PpksEntry {
  code: string;
  disabilityTypes: DisabilityType[];
}

/** A guardian or companion (wali / pendamping): a parent, a relative, an LKS worker. */
export interface Companion {
  name: string;
  /** As staff write it: "Ibu kandung", "Pendamping LKS", "Kakak". */
  relationship: string;
  phone: string | null;
}

/** The details staff enter and correct. */
export interface BeneficiaryDetails {
  name: string;
  nik: string | null;
  /** No. KK. */
  kk: string | null;
  birthPlace: string | null;
  /** YYYY-MM-DD. */
  birthDate: string | null;
  sex: Sex | null;
  address: BeneficiaryAddress | null;
  /** Digits, "08…" or "+…" for a foreign number. */
  phone: string | null;
  ppks: PpksEntry[];
  companion: Companion | null;
}

export interface BeneficiaryFields extends BeneficiaryDetails {
  /** Catalogue the PPKS codes belong to (core/catalog/ppks.ts). */
  ppksCatalogueVersion: string;
  /** Index keys of the name (name-search.ts), kept with the name in every change. */
  searchKeys: string[];
  registeredAt: number;
  /** Device that created the record. */
  registeredBy: string;
  /** Set when this record was merged into another: the survivor's id. Final. */
  mergedIntoId: string | null;
  mergedAt: number | null;
}

export interface Beneficiary extends BeneficiaryFields, SyncedRecord {}

const epochMs = z.number().int().nonnegative();
const idNumber = z.string().regex(/^\d{16}$/);
const phone = z.string().regex(/^\+?\d{6,15}$/);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const beneficiaryFieldsSchema = z.strictObject({
  name: z.string().trim().min(1).max(120),
  nik: idNumber.nullable(),
  kk: idNumber.nullable(),
  birthPlace: z.string().trim().min(1).max(80).nullable(),
  birthDate: day.nullable(),
  sex: z.enum(['female', 'male']).nullable(),
  address: addressSchema.nullable(),
  phone: phone.nullable(),
  ppks: z
    .array(
      z.strictObject({
        code: z.string().regex(/^ppks-\d{2}$/),
        disabilityTypes: z
          .array(
            z.enum(disabilityTypes.map((d) => d.code) as [DisabilityType, ...DisabilityType[]]),
          )
          .max(disabilityTypes.length),
      }),
    )
    .max(26),
  companion: z
    .strictObject({
      name: z.string().trim().min(1).max(120),
      relationship: z.string().trim().min(1).max(60),
      phone: phone.nullable(),
    })
    .nullable(),
  ppksCatalogueVersion: z.string().min(1).max(60),
  searchKeys: z.array(z.string().min(1).max(60)).max(MAX_SEARCH_KEYS),
  registeredAt: epochMs,
  registeredBy: z.string().min(1).max(64),
  mergedIntoId: z.uuid().nullable(),
  mergedAt: epochMs.nullable(),
});

/** What a form gives: text as typed; blanks may be '' or null. */
export interface BeneficiaryInput {
  name: string;
  nik?: string | null;
  kk?: string | null;
  birthPlace?: string | null;
  birthDate?: string | null;
  sex?: Sex | null;
  address?: Partial<BeneficiaryAddress> | null;
  phone?: string | null;
  ppks?: PpksEntry[];
  companion?: { name?: string | null; relationship?: string | null; phone?: string | null } | null;
}

export interface FieldError {
  /** Dotted path of the input field: 'nik', 'address.villageCode', 'ppks.0.disabilityTypes'. */
  field: string;
  message: string;
}

export type BeneficiaryValidation =
  | { ok: true; value: BeneficiaryDetails }
  | { ok: false; errors: FieldError[] };

const blank = (text: string | null | undefined): string | null => {
  const trimmed = text?.replace(/\s+/g, ' ').trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** "0812-3456 7890", "+62 812…", "62812…" → "081234567890"; a foreign "+…" keeps its plus. */
export function normalisePhone(input: string): string {
  const compact = input.replace(/[\s().-]/g, '');
  if (compact.startsWith('+62')) return `0${compact.slice(3)}`;
  if (/^62\d{8,}$/.test(compact)) return `0${compact.slice(2)}`;
  return compact;
}

function checkPhone(input: string | null | undefined, field: string, errors: FieldError[]) {
  const text = blank(input);
  if (text === null) return null;
  const value = normalisePhone(text);
  if (!/^\+?\d+$/.test(value)) {
    errors.push({ field, message: 'Nomor telepon hanya boleh berisi angka (dan + di depan).' });
  } else if (value.replace('+', '').length < 8 || value.replace('+', '').length > 15) {
    errors.push({ field, message: 'Nomor telepon harus 8–15 angka.' });
  }
  return value;
}

function formatDay(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  return `${d} ${monthNames[(m ?? 1) - 1]} ${y}`;
}

function isRealDay(isoDay: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDay)) return false;
  const date = new Date(`${isoDay}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === isoDay;
}

/**
 * Checks and normalises what staff typed. `today` is the centre's local day (YYYY-MM-DD): NIK
 * century, birth dates in the future. A NIK's birth date and sex must agree with those typed.
 */
export function validateBeneficiary(input: BeneficiaryInput, today: string): BeneficiaryValidation {
  const errors: FieldError[] = [];
  const name = blank(input.name);
  if (name === null) errors.push({ field: 'name', message: 'Nama wajib diisi.' });
  else if (name.length > 120)
    errors.push({ field: 'name', message: 'Nama paling banyak 120 huruf.' });
  else if (searchKeys(name).length === 0) {
    errors.push({ field: 'name', message: 'Nama harus berisi huruf selain gelar.' });
  }

  let nik: string | null = null;
  let nikBirthDate: string | null = null;
  let nikSex: Sex | null = null;
  if (blank(input.nik) !== null) {
    const check = validateNik(input.nik ?? '', today);
    if (check.ok) {
      nik = check.nik;
      nikBirthDate = check.birthDate;
      nikSex = check.sex;
    } else errors.push({ field: 'nik', message: check.message });
  }

  let kk: string | null = null;
  if (blank(input.kk) !== null) {
    const check = validateKk(input.kk ?? '');
    if (check.ok) kk = check.kk;
    else errors.push({ field: 'kk', message: check.message });
  }

  const birthPlace = blank(input.birthPlace);
  if (birthPlace !== null && birthPlace.length > 80) {
    errors.push({ field: 'birthPlace', message: 'Tempat lahir paling banyak 80 huruf.' });
  }

  let birthDate = blank(input.birthDate);
  if (birthDate !== null) {
    if (!isRealDay(birthDate)) {
      errors.push({ field: 'birthDate', message: 'Tanggal lahir tidak sah.' });
    } else if (birthDate > today) {
      errors.push({ field: 'birthDate', message: 'Tanggal lahir belum terjadi.' });
    } else if (nikBirthDate !== null && birthDate !== nikBirthDate) {
      errors.push({
        field: 'birthDate',
        message: `Tanggal lahir tidak sesuai dengan NIK (NIK: ${formatDay(nikBirthDate)}).`,
      });
    }
  } else birthDate = nikBirthDate;

  let sex = input.sex ?? null;
  if (sex !== null && nikSex !== null && sex !== nikSex) {
    errors.push({
      field: 'sex',
      message: `Jenis kelamin tidak sesuai dengan NIK (NIK: ${nikSex === 'female' ? 'perempuan' : 'laki-laki'}).`,
    });
  }
  sex ??= nikSex;

  let address: BeneficiaryAddress | null = null;
  if (input.address) {
    const a = input.address;
    const code = (value: string | null | undefined) => {
      const text = blank(value);
      return text === null ? null : text.replaceAll('.', '');
    };
    const candidate: BeneficiaryAddress = {
      street: blank(a.street),
      provinceCode: code(a.provinceCode),
      regencyCode: code(a.regencyCode),
      districtCode: code(a.districtCode),
      villageCode: code(a.villageCode),
    };
    const shape = addressSchema.safeParse(candidate);
    if (!shape.success) {
      const field = String(shape.error.issues[0]?.path[0] ?? 'street');
      errors.push({
        field: `address.${field}`,
        message: field === 'street' ? 'Alamat paling banyak 200 huruf.' : 'Kode wilayah tidak sah.',
      });
    } else {
      for (const issue of checkAddress(candidate)) {
        errors.push({ field: `address.${issue.field}`, message: issue.message });
      }
    }
    if (Object.values(candidate).some((v) => v !== null)) address = candidate;
  }

  const phoneValue = checkPhone(input.phone, 'phone', errors);

  const ppks: PpksEntry[] = [];
  const seen = new Set<string>();
  (input.ppks ?? []).forEach((entry, i) => {
    const category = ppksByCode(entry.code);
    if (!category) {
      errors.push({
        field: `ppks.${i}.code`,
        message: `Kategori PPKS ${entry.code} tidak dikenal.`,
      });
      return;
    }
    if (seen.has(entry.code)) return;
    seen.add(entry.code);
    const types = [...new Set(entry.disabilityTypes)];
    if (category.needsDisabilityType && types.length === 0) {
      errors.push({
        field: `ppks.${i}.disabilityTypes`,
        message: `Pilih jenis disabilitas untuk "${category.name}".`,
      });
    }
    ppks.push({ code: entry.code, disabilityTypes: category.needsDisabilityType ? types : [] });
  });

  let companion: Companion | null = null;
  const c = input.companion;
  if (c && (blank(c.name) !== null || blank(c.relationship) !== null || blank(c.phone) !== null)) {
    const companionName = blank(c.name);
    const relationship = blank(c.relationship);
    if (companionName === null) {
      errors.push({ field: 'companion.name', message: 'Nama pendamping/wali wajib diisi.' });
    }
    if (relationship === null) {
      errors.push({
        field: 'companion.relationship',
        message: 'Hubungan pendamping/wali wajib diisi.',
      });
    }
    const companionPhone = checkPhone(c.phone, 'companion.phone', errors);
    companion = {
      name: companionName ?? '',
      relationship: relationship ?? '',
      phone: companionPhone,
    };
  }

  if (errors.length > 0 || name === null) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      nik,
      kk,
      birthPlace,
      birthDate,
      sex,
      address,
      phone: phoneValue,
      ppks,
      companion,
    },
  };
}

/** The fields of a new record from validated details. */
export function beneficiaryFields(
  details: BeneficiaryDetails,
  meta: { registeredAt: number; registeredBy: string },
): BeneficiaryFields {
  return {
    ...details,
    ppksCatalogueVersion: PPKS_CATALOGUE_VERSION,
    searchKeys: searchKeys(details.name),
    registeredAt: meta.registeredAt,
    registeredBy: meta.registeredBy,
    mergedIntoId: null,
    mergedAt: null,
  };
}

/** A record staff work with: not merged into another and not deleted. */
export function isActive(b: Pick<Beneficiary, 'mergedIntoId' | 'deleted'>): boolean {
  return b.mergedIntoId === null && b.deleted === 0;
}

/** A NIK as typed, cleaned the way validateNik reads it (for look-ups of partial input). */
export function cleanNik(input: string): string {
  return cleanIdNumber(input);
}
