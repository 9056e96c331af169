// Indonesian number words as announcement clip ids, so a number is spoken by joining short
// recorded words: 12 → "dua belas", 115 → "seratus lima belas", 2005 → "dua ribu lima".
// "se-" forms replace "satu" before belas, puluh, ratus and ribu (sebelas, sepuluh, seratus,
// seribu).

const units = [
  'nol',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
] as const;

/** Every clip id spellNumber can return. */
export const numberClipIds: readonly string[] = [
  ...units,
  'sepuluh',
  'sebelas',
  'belas',
  'puluh',
  'seratus',
  'ratus',
  'seribu',
  'ribu',
];

export const maxSpelledNumber = 9999;

/** Number words for an integer 0…9999, e.g. 234 → ['dua','ratus','tiga','puluh','empat']. */
export function spellNumber(n: number): string[] {
  if (!Number.isInteger(n) || n < 0 || n > maxSpelledNumber) {
    throw new RangeError(`Cannot spell ${n}: only whole numbers 0–${maxSpelledNumber}`);
  }
  if (n === 0) return ['nol'];
  const words: string[] = [];
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor(n / 100) % 10;
  const belowHundred = n % 100;
  if (thousands === 1) words.push('seribu');
  else if (thousands > 1) words.push(unit(thousands), 'ribu');
  if (hundreds === 1) words.push('seratus');
  else if (hundreds > 1) words.push(unit(hundreds), 'ratus');
  words.push(...spellBelowHundred(belowHundred));
  return words;
}

function spellBelowHundred(n: number): string[] {
  if (n === 0) return [];
  if (n < 10) return [unit(n)];
  if (n === 10) return ['sepuluh'];
  if (n === 11) return ['sebelas'];
  if (n < 20) return [unit(n - 10), 'belas'];
  const tens = Math.floor(n / 10);
  const rest = n % 10;
  return rest === 0 ? [unit(tens), 'puluh'] : [unit(tens), 'puluh', unit(rest)];
}

function unit(d: number): string {
  return units[d] ?? 'nol';
}
