// A bench-only page, built by tests/bench/run.ts into the served renderer folder so it shares the
// app's origin and IndexedDB: it seeds the real store in real Chromium and times store operations
// and the sync engine.
import { Dexie } from 'dexie';
import type { SyncCredentials } from '../../../core/bridge/bridge.ts';
import type { InstallationConfig } from '../../../core/centre/config.ts';
import type { IssuerSlot } from '../../../core/queue/ticket-number.ts';
import { localDay } from '../../../core/time/local-day.ts';
import { SerasiDb } from '../../../renderer/store/db.ts';
import { ensureDeviceId } from '../../../renderer/store/device.ts';
import type { Store } from '../../../renderer/store/store.ts';
import { act, callNext } from '../../../renderer/store/tickets.ts';
import { createSyncClient } from '../../../renderer/sync/client.ts';
import { createSyncEngine } from '../../../renderer/sync/engine.ts';
import { seedWaitingTickets } from '../../support/seed-queue.ts';

async function openStore(config: InstallationConfig, now: number): Promise<Store> {
  const db = new SerasiDb();
  await db.open();
  return { db, config, deviceId: await ensureDeviceId(db), now: () => now };
}

const bench = {
  /**
   * Fill today's queue with `count` waiting tickets (the app's own database, emptied first).
   * Returns the wall-clock time the tickets were committed, for latency seen in another page.
   */
  async seed(config: InstallationConfig, count: number): Promise<{ total: number; at: number }> {
    const store = await openStore(config, Date.now());
    await store.db.transaction('rw', store.db.tickets, store.db.ticketEvents, async () => {
      await store.db.tickets.clear();
      await store.db.ticketEvents.clear();
    });
    await seedWaitingTickets(store.db, config, {
      count,
      localDay: localDay(Date.now(), config.timeZone),
    });
    const at = Date.now();
    const total = await store.db.tickets.count();
    store.db.close();
    return { total, at };
  },
  /** Time `times` consecutive call-next presses at the first counter, store included. */
  async timeCallNext(config: InstallationConfig, times: number): Promise<number[]> {
    const store = await openStore(config, Date.now());
    const counter = config.counters[0];
    if (!counter) throw new Error('no counter');
    const durations: number[] = [];
    for (let i = 0; i < times; i++) {
      const started = performance.now();
      const result = await callNext(store, counter);
      durations.push(performance.now() - started);
      if (!result.ok) throw new Error(result.message);
      // Serve and finish it, as the staff member would before the next call.
      await act(store, result.ticket.id, 'start');
      await act(store, result.ticket.id, 'finish');
    }
    store.db.close();
    return durations;
  },
  /** A fresh installation's store under its own database name; returns its device id. */
  async newDevice(databaseName: string): Promise<string> {
    const db = new SerasiDb(databaseName);
    const deviceId = await ensureDeviceId(db);
    db.close();
    return deviceId;
  },
  /**
   * Time the first sync of that installation, enrolled meanwhile: the whole centre log pulled and
   * stored. Returns the time (and how much of it went waiting for pull answers), the synced rows
   * stored and the sync's outcome; the store is deleted afterwards.
   */
  async timeFirstSync(
    databaseName: string,
    credentials: SyncCredentials,
    issuer: IssuerSlot,
  ): Promise<{ ms: number; pullMs: number; rows: number; state: string; message: string | null }> {
    const db = new SerasiDb(databaseName);
    const deviceId = await ensureDeviceId(db);
    const client = createSyncClient(credentials.serverUrl, credentials.token);
    let pullMs = 0;
    const timedClient = {
      ...client,
      async pull(cursor: number, limit: number) {
        const started = performance.now();
        const page = await client.pull(cursor, limit);
        pullMs += performance.now() - started;
        return page;
      },
    };
    const engine = createSyncEngine({ db, deviceId, credentials, issuer, client: timedClient });
    const started = performance.now();
    const status = await engine.syncOnce();
    const ms = performance.now() - started;
    const counts = await Promise.all([
      db.tickets.count(),
      db.ticketEvents.count(),
      db.registrations.count(),
    ]);
    db.close();
    await Dexie.delete(databaseName);
    return {
      ms,
      pullMs,
      rows: counts.reduce((a, b) => a + b, 0),
      state: status.state,
      message: status.message,
    };
  },
};

declare global {
  interface Window {
    serasiBench: typeof bench;
  }
}
window.serasiBench = bench;
const status = document.getElementById('status');
if (status) status.textContent = 'ready';
