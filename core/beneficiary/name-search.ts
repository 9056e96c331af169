// Finding a beneficiary by name as staff type it: case- and accent-insensitive, by prefix, and
// tolerant of the ways one Indonesian name is spelled on different papers.
//
// API
//   canonicalToken(token): string         one name part in its canonical spelling ('' if noise)
//   nameTokens(name): string[]            the canonical parts of a full name, titles stripped
//   searchKeys(name): string[]            the index keys of a name (Dexie multiEntry index)
//   queryTokens(query): string[]          what a typed query looks up (each one a key prefix)
//   matchesQuery(query tokens, keys)      every query token is a prefix of some key
//   scoreName(query, name): number        0..1, how well a name answers a typed query (ranking)
//   nameSimilarity(a, b): number          0..1, symmetric, whole names (duplicate detection)
//
// Canonical spelling, applied in this order to each lower-cased, accent-free part:
//   old spelling (Ejaan van Ophuijsen / Soewandi) → today's: oe→u, dj→j, tj→c, then j→y
//   (old "j" is today's "y"; so "Djoko", "Joko" and "Yoko" meet at "yoko"), sj→sy and nj→ny
//   follow from j→y; ch→kh (Achmad/Akhmad); then the forms people write both ways today:
//   kh→h (Akhmad/Ahmad, Khairul/Hairul), sy→s (Syamsul/Samsul), dh→d (Dharma/Darma),
//   th→t, ph→f, q→k (Qomar/Komar), v→f (Novi/Nofi); doubled letters single (Muhammad/Muhamad,
//   Abdullah/Abdulah); a final h after a vowel dropped (Fatimah/Fatima, Aisyah/Aisya).
//   "Moh.", "Muh.", "Mhd.", "Moch.", "Much." and the Muhammad spellings become "muhamad".
// Titles and honorifics (H., Hj., Dr., Dra., Ir., Prof., Bapak, Ibu, Alm., …) are dropped, and so
// is everything after the first comma, where Indonesians put degrees ("Siti Aminah, S.Pd.").
// The keys are lossy on purpose: they find; scoreName then ranks exact spellings first.

/** Titles and forms of address written before or after a name; compared without dots. */
const noiseWords: ReadonlySet<string> = new Set([
  'h',
  'hj',
  'haji',
  'hajjah',
  'dr',
  'drs',
  'dra',
  'ir',
  'prof',
  'kh',
  'ust',
  'ustadz',
  'ustadzah',
  'bapak',
  'bpk',
  'pak',
  'ibu',
  'bu',
  'sdr',
  'sdri',
  'saudara',
  'saudari',
  'tn',
  'ny',
  'nn',
  'alm',
  'almh',
  'almarhum',
  'almarhumah',
  'spd',
  'sh',
  'se',
  'ssos',
  'skom',
  'skm',
  'skep',
  'mpd',
  'mm',
  'mh',
  'msi',
  'amd',
  'spdi',
  'sag',
  'sos',
  'ssos',
  'sked',
]);

const muhammadForms: ReadonlySet<string> = new Set(['moh', 'muh', 'mhd', 'moch', 'much', 'mochd']);

/** Lower case, accents off (é → e), letters only; other characters split words. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’'`]/g, '');
}

/**
 * One name part in its canonical spelling; '' when it is a title or honorific. `part` may still
 * hold dots ("S.Pd", "Moh.").
 */
export function canonicalToken(part: string): string {
  const letters = lettersOf(part);
  if (letters === '' || noiseWords.has(letters)) return '';
  if (muhammadForms.has(letters) || /^m[ou]c?h?am+[ae]d$/.test(letters)) return 'muhamad';
  let t = letters
    .replaceAll('oe', 'u')
    .replaceAll('dj', 'j')
    .replaceAll('tj', 'c')
    .replaceAll('j', 'y')
    .replaceAll('ch', 'h')
    .replaceAll('kh', 'h')
    .replaceAll('sy', 's')
    .replaceAll('dh', 'd')
    .replaceAll('th', 't')
    .replaceAll('ph', 'f')
    .replaceAll('q', 'k')
    .replaceAll('v', 'f');
  t = t.replace(/(.)\1+/g, '$1');
  if (t.length > 2) t = t.replace(/([aiueo])h$/, '$1');
  return t;
}

/** The words of a name before any comma (degrees follow a comma). */
function nameWords(name: string): string[] {
  const beforeComma = name.split(',')[0] ?? '';
  // A dot joins the parts of an abbreviation ("S.Pd", dropped whole) but ends an initial or a
  // title written without a space ("H.Ahmad", "M.Rizki").
  return beforeComma
    .split(/[\s\-/]+/)
    .flatMap((word) => (noiseWords.has(lettersOf(word)) ? [] : word.split('.')))
    .filter((w) => lettersOf(w) !== '');
}

function lettersOf(word: string): string {
  return fold(word).replace(/[^a-z]/g, '');
}

/** The canonical parts of a full name, in order, titles stripped. */
export function nameTokens(name: string): string[] {
  return nameWords(name)
    .map(canonicalToken)
    .filter((t) => t !== '');
}

/** Index keys of a name: its canonical parts, each once. At most 12 (the sync limit). */
export function searchKeys(name: string): string[] {
  return [...new Set(nameTokens(name))].slice(0, MAX_SEARCH_KEYS);
}

export const MAX_SEARCH_KEYS = 12;

/**
 * What a typed query looks up: its canonical parts, each taken as the prefix of a key. A query
 * that is only titles looks up nothing.
 */
export function queryTokens(query: string): string[] {
  return [...new Set(nameTokens(query))];
}

/** Whether every query token is the prefix of one of the keys. */
export function matchesQuery(tokens: readonly string[], keys: readonly string[]): boolean {
  return tokens.every((t) => keys.some((k) => k.startsWith(t)));
}

/** Levenshtein distance, stopping early above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous = current;
  }
  return previous[b.length] ?? max + 1;
}

/** How well one typed part matches one name part: plain and canonical forms of each. */
function partScore(
  typed: { plain: string; canon: string },
  part: { plain: string; canon: string },
  prefix: boolean,
): number {
  if (typed.plain === part.plain) return 1;
  if (typed.canon === part.canon) return 0.9;
  if (prefix && part.plain.startsWith(typed.plain)) return 0.8;
  if (prefix && part.canon.startsWith(typed.canon)) return 0.7;
  // One slip in a longer part ("Suyatno"/"Suyatmo") still counts, lower.
  if (typed.canon.length >= 5 && editDistance(typed.canon, part.canon, 1) <= 1) return 0.6;
  return 0;
}

interface Part {
  plain: string;
  canon: string;
}

function parts(name: string): Part[] {
  return nameWords(name)
    .map((w) => ({ plain: lettersOf(w), canon: canonicalToken(w) }))
    .filter((p) => p.canon !== '');
}

/** Each `from` part's best score against `to` parts; their mean, and whether order was kept. */
function cover(from: Part[], to: Part[], prefix: boolean): { mean: number; inOrder: boolean } {
  if (from.length === 0 || to.length === 0) return { mean: 0, inOrder: false };
  let total = 0;
  let last = -1;
  let inOrder = true;
  for (const part of from) {
    let best = 0;
    let at = -1;
    to.forEach((candidate, i) => {
      const score = partScore(part, candidate, prefix);
      if (score > best) {
        best = score;
        at = i;
      }
    });
    total += best;
    if (at < last) inOrder = false;
    last = at;
  }
  return { mean: total / from.length, inOrder };
}

/**
 * 0..1: how well `name` answers the typed `query`. Exact spelling beats a variant, a whole part
 * beats a prefix, parts in the typed order beat the same parts shuffled, and fewer untyped extra
 * parts beat more.
 */
export function scoreName(query: string, name: string): number {
  const typed = parts(query);
  const candidate = parts(name);
  const { mean, inOrder } = cover(typed, candidate, true);
  if (mean === 0) return 0;
  const extra = Math.max(0, candidate.length - typed.length);
  return Math.max(0, mean - (inOrder ? 0 : 0.05) - 0.02 * extra);
}

/**
 * 0..1, symmetric: whether two whole names are the same person's name spelled differently. Both
 * directions must match (so "Siti" is not similar to "Siti Aminah Rahayu" — 0.5 at most).
 */
export function nameSimilarity(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  return Math.min(cover(pa, pb, false).mean, cover(pb, pa, false).mean);
}

/** Similar enough to ask staff whether two records are one person. */
export const SIMILAR_NAME = 0.8;
