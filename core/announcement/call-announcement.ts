// What the display board plays, shows and (as a fallback) speaks when a ticket is called:
// "Nomor antrian A-012, silakan ke Loket 2". The clips are joined in order by the player.
import { chimeClipId, goToCounterClipId, letterClipId, ticketNumberClipId } from './clips.ts';
import { maxSpelledNumber, spellNumber } from './spell-number.ts';

export { allClipIds } from './clips.ts';

export interface CallAnnouncement {
  /** Clip ids to play in order: resources/public/audio/<id>.ogg. */
  clips: string[];
  /** Shown on the board: "Nomor antrian A-012, silakan ke Loket 2". */
  caption: string;
  /** For a speech synthesiser when clips cannot play: numbers and letters as they are said. */
  speech: string;
}

/**
 * @param ticketNumber as printed, "A-012"
 * @param counterNumber the counter's number (1–99), spoken
 * @param counterName the counter's name; shown and spoken after the number unless it only
 *   repeats "Loket 2"
 */
export function callAnnouncement(
  ticketNumber: string,
  counterNumber: number,
  counterName?: string,
): CallAnnouncement {
  const { letters, digits } = splitTicketNumber(ticketNumber);
  const numberWords = spellTicketDigits(digits);
  const counterWords = spellTicketDigits(String(counterNumber));

  const clips = [
    chimeClipId,
    ticketNumberClipId,
    ...[...letters].map(letterClipId),
    ...numberWords,
    goToCounterClipId,
    ...counterWords,
  ];

  const counterLabel = `Loket ${counterNumber}`;
  const name = counterName?.trim() ?? '';
  const extraName = name !== '' && name.toLowerCase() !== counterLabel.toLowerCase() ? name : '';
  const caption = `Nomor antrian ${ticketNumber.trim()}, silakan ke ${counterLabel}${extraName ? ` (${extraName})` : ''}`;
  const spokenNumber = [...letters, ...numberWords].join(' ');
  const speech = `Nomor antrian ${spokenNumber}, silakan ke loket ${counterWords.join(' ')}${extraName ? `, ${extraName}` : ''}`;
  return { clips, caption, speech };
}

function splitTicketNumber(ticketNumber: string): { letters: string; digits: string } {
  const match = /^\s*([A-Za-z]*)\s*-?\s*(\d+)\s*$/.exec(ticketNumber);
  if (!match) return { letters: '', digits: ticketNumber.replace(/\D/g, '') || '0' };
  return { letters: (match[1] ?? '').toUpperCase(), digits: match[2] ?? '0' };
}

/** "012" → dua belas; beyond 9999 (never expected in a day) digit by digit. */
function spellTicketDigits(digits: string): string[] {
  const n = Number(digits);
  if (Number.isInteger(n) && n >= 0 && n <= maxSpelledNumber) return spellNumber(n);
  return [...digits.replace(/\D/g, '')].flatMap((d) => spellNumber(Number(d)));
}
