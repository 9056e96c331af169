// Shared test data for the main-process tests: a valid installation (the printable ticket is in
// tests/support/ticket.ts, shared with the PDF spec).
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

export { sampleTicket } from '../support/ticket.ts';
