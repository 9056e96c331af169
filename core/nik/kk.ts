// Checking a No. KK (Kartu Keluarga, family card number) typed at the counter. Its middle digits
// are the card's issue date, not anyone's birth date, so only the shape and district are checked.
import { checkIdNumber, type IdNumberErrorCode } from './id-number.ts';

export type KkErrorCode = IdNumberErrorCode;

export type KkResult =
  | { ok: true; kk: string; districtCode: string }
  | { ok: false; code: KkErrorCode; message: string };

export function validateKk(input: string): KkResult {
  const check = checkIdNumber(input, 'No. KK');
  if (!check.ok) return check;
  return { ok: true, kk: check.digits, districtCode: check.districtCode };
}
