// The centre's reference data reaches its PCs: a device caches it at its first sync and fetches
// it again when an administrator changes it, and the store follows the centre's counters and
// rules from it while keeping what belongs to the PC.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withReference } from '../../core/centre/reference.ts';
import { cachedReference } from '../../renderer/store/reference.ts';
import { testConfig } from '../support/config.ts';
import { createCentre, startTestServer, type TestServer } from '../support/sync-server.ts';
import { enrolledDevice, newCentre } from './sync-devices.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

describe('reference data from the centre', () => {
  test('a device caches it at its first sync and again after an administrator changes it', async () => {
    const centreId = await newCentre(server);
    const desk = await enrolledDevice(server, centreId, ['console']);
    await desk.engine.syncOnce();
    const first = await cachedReference(desk.store.db);
    expect(first?.counters.map((c) => c.name)).toEqual(['Loket 1', 'Loket 2']);

    const loket3 = { id: 'loket-3', number: 3, name: 'Loket 3', serviceIds: ['informasi'] };
    await createCentre(server, {
      centre: { id: centreId, noShowAfterCalls: 2 },
      counters: [...(first?.counters ?? []), loket3],
      partners: [{ id: 'dinsos-gowa', name: 'Dinas Sosial Kabupaten Gowa', kind: 'dinas_sosial' }],
    });
    await desk.engine.syncOnce();

    const second = await cachedReference(desk.store.db);
    expect(second?.version).toBeGreaterThan(first?.version ?? 0);
    expect(second?.counters.map((c) => c.name)).toEqual(['Loket 1', 'Loket 2', 'Loket 3']);
    expect(second?.partners[0]?.name).toBe('Dinas Sosial Kabupaten Gowa');
    expect(second?.centre.noShowAfterCalls).toBe(2);
  });

  test("the PC follows the centre's settings and keeps its own", async () => {
    const centreId = await newCentre(server);
    const desk = await enrolledDevice(server, centreId, ['console']);
    await createCentre(server, {
      centre: { id: centreId, name: 'Sentra Mulya Jaya', ordering: { kind: 'strict' } },
    });
    await desk.engine.syncOnce();
    const config = withReference(desk.store.config, await cachedReference(desk.store.db));
    expect(config.balai.name).toBe('Sentra Mulya Jaya');
    expect(config.ordering).toEqual({ kind: 'strict' });
    expect(config.roles).toEqual(desk.store.config.roles);
    expect(config.printer).toEqual(desk.store.config.printer);
    expect(config.supervisorPinHash).toBe(desk.store.config.supervisorPinHash);
  });

  test("another centre's reference changes nothing", async () => {
    const config = testConfig();
    const centreId = await newCentre(server);
    const other = await enrolledDevice(server, centreId, ['console']);
    await other.engine.syncOnce();
    expect(withReference(config, await cachedReference(other.store.db))).toBe(config);
  });
});
