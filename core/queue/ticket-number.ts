// Ticket numbers: a service letter and a per-day sequence, "A-012". Several kiosks of a centre
// issue numbers offline, so each takes every n-th number (slot s of n: s, s+n, s+2n, …) and no
// two kiosks can ever hand out the same one; a centre with one kiosk simply counts 1, 2, 3.

export interface IssuerSlot {
  /** 1-based position of this kiosk among the centre's issuing devices. */
  slot: number;
  of: number;
}

/** The sequence number of this device's `localCount`-th ticket (1-based) for a letter and day. */
export function ticketSeq(localCount: number, issuer: IssuerSlot): number {
  const { slot, of } = issuer;
  if (!Number.isInteger(of) || of < 1 || !Number.isInteger(slot) || slot < 1 || slot > of) {
    throw new RangeError(`Invalid issuer slot ${slot} of ${of}`);
  }
  if (!Number.isInteger(localCount) || localCount < 1) {
    throw new RangeError(`Invalid local ticket count ${localCount}`);
  }
  return slot + (localCount - 1) * of;
}

/**
 * The inverse of ticketSeq: which of this device's tickets `seq` is (its local count), or
 * undefined when the number belongs to another issuer's slot.
 */
export function issuerCount(seq: number, issuer: IssuerSlot): number | undefined {
  const offset = seq - issuer.slot;
  if (offset < 0 || offset % issuer.of !== 0) return undefined;
  return offset / issuer.of + 1;
}

const letterPattern = /^[A-Z]{1,2}$/;

/** "A-012": at least three digits, more once the day passes 999. */
export function formatTicketNumber(letter: string, seq: number): string {
  if (!letterPattern.test(letter)) throw new RangeError(`Invalid service letter "${letter}"`);
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`Invalid ticket sequence ${seq}`);
  return `${letter}-${String(seq).padStart(3, '0')}`;
}

/** Reads "A-012" back; forgiving about case, spaces and a missing dash (typed by staff). */
export function parseTicketNumber(text: string): { letter: string; seq: number } | undefined {
  const match = /^([A-Z]{1,2})\s*-?\s*(\d{1,7})$/.exec(text.trim().toUpperCase());
  if (!match?.[1] || !match[2]) return undefined;
  const seq = Number(match[2]);
  if (seq < 1) return undefined;
  return { letter: match[1], seq };
}
