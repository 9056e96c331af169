// What the kiosk's on-screen keypads type: a NIK grouped as the card prints it, and a name from
// letters, spaces, apostrophes and hyphens ("Siti Nur'aini", "Ana-Maria").
import { formatNik } from '../../core/nik/nik.ts';

export const NIK_LENGTH = 16;
export const NAME_MAX_LENGTH = 60;
const NAME_MIN_LETTERS = 2;

/** Keeps the digits of what was typed or pasted, at most 16. */
export function nikDigits(input: string): string {
  return input.replace(/\D/g, '').slice(0, NIK_LENGTH);
}

/** "730601 120355 0001", grouped as it is typed so the visitor can compare it with the card. */
export function groupNik(digits: string): string {
  if (digits.length === NIK_LENGTH) return formatNik(digits);
  return [digits.slice(0, 6), digits.slice(6, 12), digits.slice(12)].filter(Boolean).join(' ');
}

/**
 * Adds one key of the letter keyboard. A letter starts upper case at the start of the name and
 * after a space or hyphen, lower case elsewhere (so "Nur'aini" keeps its small a); a space or
 * punctuation never starts a name or follows another.
 */
export function typeNameKey(name: string, key: string): string {
  if (name.length >= NAME_MAX_LENGTH) return name;
  if (/^[A-Za-z]$/.test(key)) {
    const startsWord = name === '' || /[ -]/.test(name.slice(-1));
    return name + (startsWord ? key.toUpperCase() : key.toLowerCase());
  }
  if (name === '' || /[ '-]$/.test(name)) return name;
  return name + key;
}

/** A name typed on a physical keyboard: only the keyboard's characters, no doubled separators. */
export function cleanName(input: string): string {
  return input
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[^A-Za-z '-]/g, '')
    .replace(/^[ '-]+/, '')
    .replace(/([ '-])[ '-]+/g, '$1')
    .slice(0, NAME_MAX_LENGTH);
}

export function removeLast(text: string): string {
  return text.slice(0, -1);
}

export function nameIsLongEnough(name: string): boolean {
  return (name.match(/[A-Za-z]/g) ?? []).length >= NAME_MIN_LETTERS;
}

/** The name as stored: no separator left dangling at the end. */
export function finishedName(name: string): string {
  return name.replace(/[ '-]+$/, '');
}
