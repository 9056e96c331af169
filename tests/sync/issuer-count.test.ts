// Which of this device's tickets a number is: the inverse of ticketSeq, for the counter catch-up.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { issuerCount, ticketSeq } from '../../core/queue/ticket-number.ts';

test("a number in this kiosk's slot gives back its local count; another kiosk's gives nothing", () => {
  expect(issuerCount(5, { slot: 1, of: 2 })).toBe(3);
  expect(issuerCount(6, { slot: 1, of: 2 })).toBeUndefined();
  expect(issuerCount(6, { slot: 2, of: 2 })).toBe(3);
  expect(issuerCount(1, { slot: 2, of: 2 })).toBeUndefined();
});

test('issuerCount undoes ticketSeq for every slot', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 9 }).chain((of) =>
        fc.record({
          of: fc.constant(of),
          slot: fc.integer({ min: 1, max: of }),
          count: fc.integer({ min: 1, max: 5000 }),
        }),
      ),
      ({ of, slot, count }) => issuerCount(ticketSeq(count, { slot, of }), { slot, of }) === count,
    ),
  );
});
