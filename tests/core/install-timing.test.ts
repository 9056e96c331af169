// When a downloaded update may restart the app: never in service hours, never while someone is
// being served, in the centre's own time zone.
import { expect, test } from 'vitest';
import { inServiceHours, installTiming } from '../../core/updates/install-timing.ts';

const hours = { opens: '07:30', closes: '16:00' };
/** 23 November 2026 at hh:mm in WITA (UTC+8). */
const wita = (hh: number, mm: number) => Date.UTC(2026, 10, 23, hh - 8, mm);

test('service hours run from opening to closing in the centre’s zone', () => {
  expect(inServiceHours(wita(7, 29), 'Asia/Makassar', hours)).toBe(false);
  expect(inServiceHours(wita(7, 30), 'Asia/Makassar', hours)).toBe(true);
  expect(inServiceHours(wita(15, 59), 'Asia/Makassar', hours)).toBe(true);
  expect(inServiceHours(wita(16, 0), 'Asia/Makassar', hours)).toBe(false);
  // 16.30 WITA is 15.30 WIB: a PC set to Jakarta's clock would wrongly call it open.
  expect(inServiceHours(wita(16, 30), 'Asia/Jakarta', hours)).toBe(true);
  expect(inServiceHours(wita(16, 30), 'Asia/Makassar', hours)).toBe(false);
});

test('during service the update waits for the app to close or for closing time', () => {
  expect(
    installTiming({
      now: wita(10, 0),
      timeZone: 'Asia/Makassar',
      serviceHours: hours,
      busy: false,
    }),
  ).toEqual({
    install: false,
    reason: 'service_hours',
    message: 'Dipasang saat aplikasi ditutup, atau setelah pukul 16.00.',
  });
});

test('after closing it installs, unless someone is still being served on this PC', () => {
  const after = { now: wita(16, 5), timeZone: 'Asia/Makassar', serviceHours: hours };
  expect(installTiming({ ...after, busy: true })).toMatchObject({ install: false, reason: 'busy' });
  expect(installTiming({ ...after, busy: false })).toEqual({ install: true });
  expect(installTiming({ ...after, now: wita(5, 0), busy: false })).toEqual({ install: true });
});
