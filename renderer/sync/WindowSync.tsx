// Starts the sync for this window once it has a store: with credentials from the bridge, the
// window queues for leadership (leader.ts) and runs the engine while it leads; without them it
// records that the installation is not enrolled, which the console says plainly.
import { useEffect } from 'react';
import { getBridge } from '../bridge/index.ts';
import { t } from '../i18n/index.ts';
import { useStore } from '../store/store-context.tsx';
import { createSyncEngine } from './engine.ts';
import { whileLeader } from './leader.ts';
import { readSyncStatus, writeSyncStatus } from './status.ts';

export function WindowSync() {
  const store = useStore();
  useEffect(() => {
    const { db, deviceId, config } = store;
    let closed = false;
    let leave: (() => void) | undefined;
    getBridge()
      .sync.loadCredentials()
      .then(
        async (credentials) => {
          if (closed) return;
          if (credentials) {
            leave = whileLeader(() => {
              const engine = createSyncEngine({ db, deviceId, credentials, issuer: config.issuer });
              engine.start();
              return engine.stop;
            });
          } else if ((await readSyncStatus(db))?.state !== 'not_enrolled') {
            await writeSyncStatus(db, { state: 'not_enrolled', lastSyncedAt: null, message: null });
          }
        },
        () =>
          writeSyncStatus(db, {
            state: 'error',
            lastSyncedAt: null,
            message: t('sync.error.credentials'),
          }),
      );
    return () => {
      closed = true;
      leave?.();
    };
  }, [store]);
  return null;
}
