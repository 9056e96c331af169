// The sync pushes a change as soon as it is committed, whichever window of the installation made
// it: a window hears its own changes directly and the others' over a BroadcastChannel. A change
// that is rolled back is never announced.
import { expect, test, vi } from 'vitest';
import { issueTicket } from '../../renderer/store/tickets.ts';
import { memoryStore } from '../support/memory-store.ts';
import { visitor } from '../support/visitor.ts';

/** The module as a separate window loads it: its own listeners, its own channel. */
async function inAnotherWindow() {
  vi.resetModules();
  return import('../../renderer/store/local-changes.ts');
}

test('a ticket issued in one window is announced to the sync in another, once', async () => {
  const store = await memoryStore();
  const syncWindow = await inAnotherWindow();
  const heard = vi.fn();
  const stop = syncWindow.onLocalChange(store.db, heard);
  try {
    await issueTicket(store, visitor());
    await vi.waitFor(() => expect(heard).toHaveBeenCalled());
    // One transaction (ticket, event, registration and their outbox rows): one announcement.
    await new Promise((settle) => setTimeout(settle, 50));
    expect(heard).toHaveBeenCalledTimes(1);
  } finally {
    stop();
  }
});

test('a window hears its own change, and nothing of a change that was rolled back', async () => {
  const store = await memoryStore();
  const { announceOnCommit, onLocalChange } = await import('../../renderer/store/local-changes.ts');
  const heard = vi.fn();
  const stop = onLocalChange(store.db, heard);
  try {
    await expect(
      store.db.transaction('rw', store.db.meta, async () => {
        await store.db.meta.put({ key: 'x', value: 1 });
        announceOnCommit(store.db);
        throw new Error('undone');
      }),
    ).rejects.toThrow('undone');
    await store.db.transaction('rw', store.db.meta, async () => {
      await store.db.meta.put({ key: 'y', value: 1 });
      announceOnCommit(store.db);
      announceOnCommit(store.db);
    });
    await vi.waitFor(() => expect(heard).toHaveBeenCalledTimes(1));
    expect(await store.db.meta.get('x')).toBeUndefined();
  } finally {
    stop();
  }
});
