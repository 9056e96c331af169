// The sync loop left to itself, as in the app: a change made on one PC reaches another with no one
// asking (local-change trigger on the sender, events-stream poke on the receiver), and a failed
// push is retried on its own, not only on the next local change.
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { issueTicket } from '../../renderer/store/tickets.ts';
import { type SyncClient, SyncError } from '../../renderer/sync/client.ts';
import { readSyncStatus } from '../../renderer/sync/status.ts';
import { startTestServer, type TestServer } from '../support/sync-server.ts';
import { visitor } from '../support/visitor.ts';
import { enrolledDevice, newCentre } from './sync-devices.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

// Shorter than the loop's 15 s idle timer: only the triggers can make it in time.
const arrives = { timeout: 10_000, interval: 50 };
const testTimeout = 30_000;

test(
  'a ticket issued at a running kiosk appears on a running console by itself',
  async () => {
    const centre = await newCentre(server);
    const kiosk = await enrolledDevice(server, centre, ['kiosk']);
    const desk = await enrolledDevice(server, centre, ['console']);
    kiosk.engine.start();
    desk.engine.start();
    try {
      await vi.waitFor(async () => {
        expect((await readSyncStatus(desk.store.db))?.state).toBe('online');
        expect((await readSyncStatus(kiosk.store.db))?.state).toBe('online');
      }, arrives);
      const { ticket } = await issueTicket(kiosk.store, visitor());
      await vi.waitFor(async () => {
        expect(await desk.store.db.tickets.get(ticket.id)).toMatchObject({ number: 'A-001' });
        expect(await kiosk.store.db.outbox.count()).toBe(0);
      }, arrives);
    } finally {
      kiosk.engine.stop();
      desk.engine.stop();
    }
  },
  testTimeout,
);

test(
  'a push that failed is tried again without waiting for another local change',
  async () => {
    const centre = await newCentre(server);
    let failuresLeft = 2;
    const kiosk = await enrolledDevice(server, centre, ['kiosk'], {
      client: (real): SyncClient => ({
        ...real,
        push(request) {
          if (failuresLeft > 0) {
            failuresLeft--;
            return Promise.reject(new SyncError('offline', 'Jaringan putus'));
          }
          return real.push(request);
        },
      }),
    });
    await issueTicket(kiosk.store, visitor());
    kiosk.engine.start();
    try {
      await vi.waitFor(async () => {
        expect(await kiosk.store.db.outbox.count()).toBe(0);
        expect((await readSyncStatus(kiosk.store.db))?.state).toBe('online');
      }, arrives);
      expect(failuresLeft).toBe(0);
    } finally {
      kiosk.engine.stop();
    }
  },
  testTimeout,
);
