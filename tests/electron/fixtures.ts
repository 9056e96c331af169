// Shared test data for the main-process tests: a valid installation and a printable ticket.
import type { PrintableTicket } from '../../core/bridge/bridge.ts';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { testConfig } from '../support/config.ts';

/** A Single Entry Point at Gowa with one counter and a 58 mm printer. */
export function validConfig(overrides: Partial<InstallationConfig> = {}): InstallationConfig {
  return testConfig({
    serviceModel: 'single_entry_point',
    counters: [{ id: 'loket-1', number: 1, name: 'Loket 1', serviceIds: ['asesmen'] }],
    printer: { deviceName: 'POS-58', paperWidthMm: 58, enabled: true },
    supervisorPinHash: 'pbkdf2-sha256$600000$c2FsdA==$aGFzaA==',
    ...overrides,
  });
}

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
