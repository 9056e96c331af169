import { describe, expect, it } from 'vitest';
import {
  formatTicketNumber,
  parseTicketNumber,
  ticketSeq,
} from '../../core/queue/ticket-number.ts';

describe('ticket numbers', () => {
  it('a centre with one kiosk simply counts 1, 2, 3', () => {
    const seqs = [1, 2, 3, 4].map((n) => ticketSeq(n, { slot: 1, of: 1 }));
    expect(seqs).toEqual([1, 2, 3, 4]);
  });

  it('two kiosks issuing 500 tickets each while offline never hand out the same number', () => {
    const first = Array.from({ length: 500 }, (_, i) => ticketSeq(i + 1, { slot: 1, of: 2 }));
    const second = Array.from({ length: 500 }, (_, i) => ticketSeq(i + 1, { slot: 2, of: 2 }));
    expect(first.slice(0, 3)).toEqual([1, 3, 5]);
    expect(second.slice(0, 3)).toEqual([2, 4, 6]);
    const all = new Set([...first, ...second].map((s) => formatTicketNumber('A', s)));
    expect(all.size).toBe(1000);
  });

  it('every kiosk of a larger centre gets its own numbers', () => {
    const of = 4;
    const seen = new Set<number>();
    for (let slot = 1; slot <= of; slot++) {
      for (let n = 1; n <= 250; n++) seen.add(ticketSeq(n, { slot, of }));
    }
    expect(seen.size).toBe(1000);
    expect(Math.max(...seen)).toBe(1000);
  });

  it('a misconfigured kiosk slot or count is refused instead of producing a clash', () => {
    expect(() => ticketSeq(1, { slot: 3, of: 2 })).toThrow(RangeError);
    expect(() => ticketSeq(0, { slot: 1, of: 1 })).toThrow(RangeError);
  });

  it('numbers are printed with three digits and grow past 999', () => {
    expect(formatTicketNumber('A', 12)).toBe('A-012');
    expect(formatTicketNumber('B', 1)).toBe('B-001');
    expect(formatTicketNumber('A', 999)).toBe('A-999');
    expect(formatTicketNumber('A', 1000)).toBe('A-1000');
  });

  it('a number typed by staff is read back, whatever the case or dash', () => {
    expect(parseTicketNumber('A-012')).toEqual({ letter: 'A', seq: 12 });
    expect(parseTicketNumber(' a12 ')).toEqual({ letter: 'A', seq: 12 });
    expect(parseTicketNumber('A-1000')).toEqual({ letter: 'A', seq: 1000 });
    expect(parseTicketNumber('12')).toBeUndefined();
    expect(parseTicketNumber('A-000')).toBeUndefined();
    expect(parseTicketNumber('A-01x')).toBeUndefined();
  });

  it('format and parse round-trip', () => {
    for (const seq of [1, 9, 10, 99, 100, 999, 1000, 12345]) {
      expect(parseTicketNumber(formatTicketNumber('C', seq))).toEqual({ letter: 'C', seq });
    }
  });
});
