// A printable ticket for tests: A-012 at Gowa, issued Sunday 22 November 2026 at 09.15 WITA.
import type { PrintableTicket } from '../../core/bridge/bridge.ts';

export function sampleTicket(overrides: Partial<PrintableTicket> = {}): PrintableTicket {
  return {
    ticketId: '0193a5c4-7d2e-7b61-9f3a-2c4d5e6f7a8b',
    number: 'A-012',
    serviceName: 'Asesmen dan Rujukan',
    centreName: 'BRSLU Gau Mabaji',
    // Sunday 22 November 2026, 09.15 in Makassar (WITA, UTC+8).
    issuedAt: Date.UTC(2026, 10, 22, 1, 15),
    timeZone: 'Asia/Makassar',
    peopleAhead: 3,
    emergency: false,
    ...overrides,
  };
}
