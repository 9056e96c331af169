// A complete installation config for tests and benches: Gowa (WITA), One Stop Shop, two counters
// serving every service. The PIN hash is a placeholder; e2e tests use installation.ts for a real one.

import { EMERGENCY_SERVICE_ID, servicesForModel } from '../../core/catalog/services.ts';
import type { InstallationConfig } from '../../core/centre/config.ts';
import type { CentreProfile, CentreReferenceInput } from '../../core/centre/reference.ts';

export function testConfig(overrides: Partial<InstallationConfig> = {}): InstallationConfig {
  const model = overrides.serviceModel ?? 'one_stop_shop';
  const serviceIds = servicesForModel(model)
    .map((s) => s.id)
    .filter((id) => id !== EMERGENCY_SERVICE_ID);
  return {
    schemaVersion: 1,
    balai: {
      id: 'brslu-gau-mabaji',
      name: 'Balai Rehabilitasi Sosial Lanjut Usia "Gau Mabaji"',
      shortName: 'BRSLU Gau Mabaji',
      city: 'Gowa',
    },
    serviceModel: model,
    timeZone: 'Asia/Makassar',
    counters: [
      { id: 'loket-1', number: 1, name: 'Loket 1', serviceIds },
      { id: 'loket-2', number: 2, name: 'Loket 2', serviceIds },
    ],
    roles: [{ role: 'kiosk' }, { role: 'console' }, { role: 'display' }],
    ordering: { kind: 'fifo' },
    noShowAfterCalls: 3,
    targetWaitMinutes: 30,
    serviceHours: { opens: '07:30', closes: '16:00' },
    issuer: { slot: 1, of: 1 },
    printer: { deviceName: '', paperWidthMm: 80, enabled: true },
    kiosk: { idleSeconds: 60 },
    supervisorPinHash: 'placeholder',
    ...overrides,
  };
}

export type TestReference = Partial<Omit<CentreReferenceInput, 'centre'>> & {
  centre?: Partial<CentreProfile>;
};

/** The reference a test centre gets: Gowa (WITA), One Stop Shop, Loket 1 and Loket 2. */
export function testReference(reference: TestReference = {}): CentreReferenceInput {
  const config = testConfig();
  return {
    counters: config.counters,
    partners: [],
    staff: [],
    ...reference,
    centre: {
      id: config.balai.id,
      name: config.balai.name,
      shortName: config.balai.shortName,
      city: config.balai.city,
      serviceModel: config.serviceModel,
      timeZone: config.timeZone,
      ordering: config.ordering,
      noShowAfterCalls: config.noShowAfterCalls,
      targetWaitMinutes: config.targetWaitMinutes,
      ...reference.centre,
    },
  };
}
