// Shared test data for the main-process tests: a valid installation and a printable ticket.
import type { PrintableTicket } from '../../core/bridge/bridge.ts';
import type { InstallationConfig } from '../../core/centre/config.ts';

export function validConfig(overrides: Partial<InstallationConfig> = {}): InstallationConfig {
  return {
    schemaVersion: 1,
    balai: {
      id: 'brslu-gau-mabaji',
      name: 'Balai Rehabilitasi Sosial Lanjut Usia "Gau Mabaji"',
      shortName: 'BRSLU Gau Mabaji',
      city: 'Gowa',
    },
    serviceModel: 'single_entry_point',
    timeZone: 'Asia/Makassar',
    counters: [{ id: 'loket-1', number: 1, name: 'Loket 1', serviceIds: ['asesmen'] }],
    roles: [{ role: 'kiosk' }, { role: 'console' }, { role: 'display' }],
    ordering: { kind: 'fifo' },
    noShowAfterCalls: 3,
    issuer: { slot: 1, of: 1 },
    printer: { deviceName: 'POS-58', paperWidthMm: 58, enabled: true },
    kiosk: { idleSeconds: 60 },
    supervisorPinHash: 'pbkdf2-sha256$600000$c2FsdA==$aGFzaA==',
    ...overrides,
  };
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
