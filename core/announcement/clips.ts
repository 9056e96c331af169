// The announcement vocabulary: every recorded clip an announcement can join, with the text the
// clip is synthesised from (resources/audio/make-clips.sh reads this list, so the code and the
// audio files cannot drift apart). The chime has no text: it is a synthesised tone.
import { numberClipIds } from './spell-number.ts';

export interface AnnouncementClip {
  id: string;
  /** What espeak-ng says for it; undefined for non-speech clips. */
  text?: string;
}

/** How each letter is said in Indonesian ("be", "ce", "ka", …), so B is not read as English. */
const letterNames: Readonly<Record<string, string>> = {
  A: 'a',
  B: 'be',
  C: 'ce',
  D: 'de',
  E: 'e',
  F: 'ef',
  G: 'ge',
  H: 'ha',
  I: 'i',
  J: 'je',
  K: 'ka',
  L: 'el',
  M: 'em',
  N: 'en',
  O: 'o',
  P: 'pe',
  Q: 'ki',
  R: 'er',
  S: 'es',
  T: 'te',
  U: 'u',
  V: 'fe',
  W: 'we',
  X: 'eks',
  Y: 'ye',
  Z: 'zet',
};

export const chimeClipId = 'chime';
export const ticketNumberClipId = 'nomor-antrian';
export const goToCounterClipId = 'silakan-ke-loket';

/** "huruf-a" for A. */
export function letterClipId(letter: string): string {
  return `huruf-${letter.toLowerCase()}`;
}

export const announcementClips: readonly AnnouncementClip[] = [
  { id: chimeClipId },
  { id: ticketNumberClipId, text: 'nomor antrian' },
  { id: goToCounterClipId, text: 'silakan ke loket' },
  ...Object.entries(letterNames).map(([letter, text]) => ({ id: letterClipId(letter), text })),
  ...numberClipIds.map((id) => ({ id, text: id })),
];

/** Every clip any announcement can need: one file each in resources/public/audio/<id>.ogg. */
export function allClipIds(): string[] {
  return announcementClips.map((clip) => clip.id);
}
