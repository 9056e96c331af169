// "A local change was committed", so the sync pushes it at once instead of at its next round.
// Heard in this window directly and in the installation's other windows over a BroadcastChannel
// (the sync runs in one window of the installation only: renderer/sync/leader.ts).
import { Dexie } from 'dexie';
import type { SerasiDb } from './db.ts';

type Listener = () => void;

interface Hub {
  channel: BroadcastChannel | undefined;
  listeners: Set<Listener>;
}

const hubs = new Map<string, Hub>();
const announced = new WeakSet<object>();

function hubOf(dbName: string): Hub {
  let hub = hubs.get(dbName);
  if (!hub) {
    const created: Hub = { channel: undefined, listeners: new Set() };
    if (typeof BroadcastChannel !== 'undefined') {
      // One channel per database: it does not hear its own messages, so this window's listeners
      // are called directly and only the other windows' through the channel.
      created.channel = new BroadcastChannel(`serasi-local-change:${dbName}`);
      created.channel.onmessage = () => tell(created);
      // Node (the tests) would otherwise stay alive for it.
      (created.channel as { unref?: () => void }).unref?.();
    }
    hub = created;
    hubs.set(dbName, hub);
  }
  return hub;
}

function tell(hub: Hub): void {
  for (const listener of hub.listeners) listener();
}

/** Called inside a change's transaction: once it commits, the sync hears of it (once per transaction). */
export function announceOnCommit(db: SerasiDb): void {
  const transaction = Dexie.currentTransaction;
  if (!transaction || announced.has(transaction)) return;
  announced.add(transaction);
  transaction.on('complete', () => {
    const hub = hubOf(db.name);
    tell(hub);
    hub.channel?.postMessage('committed');
  });
}

/** Calls `listener` after each committed local change, in any window; returns the unsubscribe. */
export function onLocalChange(db: SerasiDb, listener: Listener): () => void {
  const hub = hubOf(db.name);
  hub.listeners.add(listener);
  return () => hub.listeners.delete(listener);
}
