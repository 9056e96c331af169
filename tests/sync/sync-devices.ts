// PCs of one centre for the sync tests: each a store of its own (a separate in-memory IndexedDB,
// see tests/support/memory-store.ts) enrolled with the test server through the device's own
// enrol call, and a sync engine on it.
import type { SyncCredentials } from '../../core/bridge/bridge.ts';
import type { InstallationConfig, Role } from '../../core/centre/config.ts';
import { newId } from '../../core/ids.ts';
import type { SyncNotice } from '../../renderer/store/db.ts';
import { createSyncClient, enrol, type SyncClient } from '../../renderer/sync/client.ts';
import { createSyncEngine, type SyncEngine } from '../../renderer/sync/engine.ts';
import { memoryStore, type TestStore } from '../support/memory-store.ts';
import { createCentre, issueCode, type TestServer, testReference } from '../support/sync-server.ts';

export interface TestDevice {
  store: TestStore;
  credentials: SyncCredentials;
  engine: SyncEngine;
}

export interface DeviceOptions {
  config?: Partial<InstallationConfig>;
  /** Wraps the engine's client (a lossy network, a recorder). */
  client?: (client: SyncClient) => SyncClient;
  pushLimit?: number;
  pullLimit?: number;
  onNotice?: (notice: SyncNotice) => void;
}

/** A fresh centre on the server, so tests sharing a server do not see each other's queues. */
export async function newCentre(server: TestServer): Promise<string> {
  const id = `balai-${newId().slice(-12)}`;
  await createCentre(server, { centre: { id } });
  return id;
}

export async function enrolledDevice(
  server: TestServer,
  centreId: string,
  roles: Role[],
  options: DeviceOptions = {},
): Promise<TestDevice> {
  const base = testReference().centre;
  const store = await memoryStore({
    balai: { id: centreId, name: base.name, shortName: base.shortName, city: base.city },
    ...options.config,
  });
  const code = await issueCode(server, centreId, roles);
  const answer = await enrol(server.url, {
    code,
    deviceId: store.deviceId,
    deviceName: `PC ${roles.join('+')}`,
  });
  const credentials: SyncCredentials = {
    serverUrl: server.url,
    token: answer.token,
    deviceId: answer.deviceId,
    centreId: answer.centreId,
  };
  return { store, credentials, engine: engineFor(store, credentials, options) };
}

export function engineFor(
  store: TestStore,
  credentials: SyncCredentials,
  options: DeviceOptions = {},
): SyncEngine {
  const real = createSyncClient(credentials.serverUrl, credentials.token);
  return createSyncEngine({
    db: store.db,
    deviceId: store.deviceId,
    credentials,
    issuer: store.config.issuer,
    client: options.client ? options.client(real) : real,
    now: store.now,
    ...(options.pushLimit ? { pushLimit: options.pushLimit } : {}),
    ...(options.pullLimit ? { pullLimit: options.pullLimit } : {}),
    ...(options.onNotice ? { onNotice: options.onNotice } : {}),
  });
}
