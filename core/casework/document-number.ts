// Numbers of the documents a counter prints: referral letters and emergency-aid receipts, in the
// form Indonesian offices use, "0007.3FA2/RJK/BRSPDF-MTR/XI/2026". Counter PCs number offline, so
// each number carries a mark of the device that made it (the last four hex digits of its random
// device id) after the device's own running count for the year; the record's UUID (in the
// letter's QR code) stays the true identity.

export const documentKinds = { referral: 'RJK', receipt: 'TT' } as const;
export type DocumentKind = keyof typeof documentKinds;

const romanMonths = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** The device's mark in document numbers: "3FA2". */
export function deviceMark(deviceId: string): string {
  const hex = deviceId.replace(/[^0-9a-f]/gi, '');
  return (hex.slice(-4) || '0000').toUpperCase();
}

/**
 * "0007.3FA2/RJK/BRSPDF-MTR/XI/2026" for the device's `count`-th document of the kind in the year
 * of `day` (YYYY-MM-DD, the centre's day).
 */
export function documentNumber(
  kind: DocumentKind,
  count: number,
  deviceId: string,
  centreShortName: string,
  day: string,
): string {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`Invalid count ${count}`);
  const [year, month] = day.split('-');
  const centre = centreShortName.trim().replace(/\s+/g, '-').toUpperCase();
  const roman = romanMonths[Number(month) - 1];
  if (!roman || !year) throw new RangeError(`Invalid day ${day}`);
  return `${String(count).padStart(4, '0')}.${deviceMark(deviceId)}/${documentKinds[kind]}/${centre}/${roman}/${year}`;
}
