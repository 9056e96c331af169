// Opens the local store for the window and hands it to the screens. All windows of one
// installation open the same database; Dexie's live queries carry a change in one window to the
// others. An enrolled PC's store follows the centre settings cached from the server.
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, type ReactNode, use, useContext, useMemo } from 'react';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { withReference } from '../../core/centre/reference.ts';
import { SerasiDb } from './db.ts';
import { ensureDeviceId } from './device.ts';
import { cachedReference } from './reference.ts';
import type { Store } from './store.ts';

const StoreContext = createContext<Store | null>(null);

let opened: { db: SerasiDb; deviceId: Promise<string> } | undefined;

/** The installation's store, opened once per window and shared by everything in it. */
export function openLocalStore(): { db: SerasiDb; deviceId: Promise<string> } {
  if (!opened) {
    const db = new SerasiDb();
    opened = { db, deviceId: ensureDeviceId(db) };
  }
  return opened;
}

export function StoreProvider({
  config,
  children,
}: {
  config: InstallationConfig;
  children: ReactNode;
}) {
  const { db, deviceId: deviceIdPromise } = openLocalStore();
  const deviceId = use(deviceIdPromise);
  // An enrolled PC follows the centre's settings from the server (counters, ordering, …).
  const reference = useLiveQuery(() => cachedReference(db), [db]);
  const store = useMemo<Store>(
    () => ({ db, config: withReference(config, reference), deviceId, now: () => Date.now() }),
    [db, config, reference, deviceId],
  );
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreProvider');
  return store;
}
