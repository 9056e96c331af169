// PCs of one centre sharing one queue through a real in-process sync server (PGlite): what one
// device does reaches the others, a race two counters ran offline ends with one winner and a
// notice for the other, and nothing is lost or doubled when the network or the disk misbehaves.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { newId } from '../../core/ids.ts';
import { protocolLimits } from '../../core/sync/protocol.ts';
import { localDay } from '../../core/time/local-day.ts';
import { changeTables, createRow } from '../../renderer/store/changes.ts';
import type { SyncNotice } from '../../renderer/store/db.ts';
import { recentCalls } from '../../renderer/store/queue-queries.ts';
import { changeContext } from '../../renderer/store/store.ts';
import { act, issueTicket } from '../../renderer/store/tickets.ts';
import { type SyncClient, SyncError } from '../../renderer/sync/client.ts';
import { readSyncStatus } from '../../renderer/sync/status.ts';
import { memoryStore, type TestStore } from '../support/memory-store.ts';
import { startTestServer, type TestServer } from '../support/sync-server.ts';
import { visitor } from '../support/visitor.ts';
import { engineFor, enrolledDevice, newCentre } from './sync-devices.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

const cursorOf = async (store: TestStore) =>
  ((await store.db.meta.get('sync.cursor'))?.value as number | undefined) ?? 0;

describe('one queue across PCs', () => {
  test('a ticket issued at the kiosk reaches the console with its registration and event', async () => {
    const centre = await newCentre(server);
    const kiosk = await enrolledDevice(server, centre, ['kiosk']);
    const desk = await enrolledDevice(server, centre, ['console']);

    const { ticket } = await issueTicket(kiosk.store, visitor());
    expect(await kiosk.engine.syncOnce()).toMatchObject({ state: 'online', message: null });
    expect(await kiosk.store.db.outbox.count()).toBe(0);

    expect((await desk.engine.syncOnce()).state).toBe('online');
    const pulled = await desk.store.db.tickets.get(ticket.id);
    expect(pulled).toMatchObject({
      number: 'A-001',
      state: 'waiting',
      issuedBy: kiosk.store.deviceId,
    });
    expect(pulled?.rev).toBeGreaterThan(0);
    expect(await desk.store.db.registrations.get(ticket.registrationId ?? '')).toMatchObject({
      name: 'Siti Aminah',
    });
    expect(await desk.store.db.ticketEvents.where('ticketId').equals(ticket.id).count()).toBe(1);
  });

  test('a call made at one console shows on another console and on its board', async () => {
    const centre = await newCentre(server);
    const kiosk = await enrolledDevice(server, centre, ['kiosk']);
    const loket1 = await enrolledDevice(server, centre, ['console']);
    const loket2 = await enrolledDevice(server, centre, ['console', 'display']);
    const { ticket } = await issueTicket(kiosk.store, visitor());
    await kiosk.engine.syncOnce();
    await loket1.engine.syncOnce();

    expect((await act(loket1.store, ticket.id, 'call', { counterId: 'loket-1' })).ok).toBe(true);
    expect((await loket1.engine.syncOnce()).state).toBe('online');
    await loket2.engine.syncOnce();

    expect(await loket2.store.db.tickets.get(ticket.id)).toMatchObject({
      state: 'called',
      counterId: 'loket-1',
      callCount: 1,
    });
    const day = localDay(loket2.store.now(), loket2.store.config.timeZone);
    const calls = await recentCalls(loket2.store.db, day);
    expect(calls.map((c) => [c.ticketNumber, c.counterId])).toEqual([['A-001', 'loket-1']]);
  });

  test('a console whose clock runs behind still stamps its changes after what it pulled', async () => {
    const centre = await newCentre(server);
    const kiosk = await enrolledDevice(server, centre, ['kiosk']);
    const desk = await enrolledDevice(server, centre, ['console']);
    const { ticket } = await issueTicket(kiosk.store, visitor());
    await kiosk.engine.syncOnce();
    await desk.engine.syncOnce();

    desk.store.advance(-60 * 60_000);
    const called = await act(desk.store, ticket.id, 'call', { counterId: 'loket-1' });
    if (!called.ok) throw new Error(called.message);
    expect(called.ticket.updatedAt > ticket.updatedAt).toBe(true);
  });

  test('two consoles call the same ticket offline: one wins, the other is rolled back and told why', async () => {
    const centre = await newCentre(server);
    const kiosk = await enrolledDevice(server, centre, ['kiosk']);
    const loket1 = await enrolledDevice(server, centre, ['console']);
    const told: SyncNotice[] = [];
    const loket2 = await enrolledDevice(server, centre, ['console'], {
      onNotice: (notice) => told.push(notice),
    });
    const { ticket } = await issueTicket(kiosk.store, visitor());
    await kiosk.engine.syncOnce();
    await loket1.engine.syncOnce();
    await loket2.engine.syncOnce();

    // Both call while apart; each sees its own call.
    expect((await act(loket1.store, ticket.id, 'call', { counterId: 'loket-1' })).ok).toBe(true);
    expect((await act(loket2.store, ticket.id, 'call', { counterId: 'loket-2' })).ok).toBe(true);
    expect((await loket2.store.db.tickets.get(ticket.id))?.counterId).toBe('loket-2');

    expect((await loket1.engine.syncOnce()).state).toBe('online');
    expect((await loket2.engine.syncOnce()).state).toBe('online');

    for (const desk of [loket1, loket2]) {
      expect(await desk.store.db.tickets.get(ticket.id)).toMatchObject({
        state: 'called',
        counterId: 'loket-1',
        callCount: 1,
      });
      const events = await desk.store.db.ticketEvents.where('ticketId').equals(ticket.id).toArray();
      expect(events.map((e) => [e.type, e.counterId]).sort()).toEqual([
        ['call', 'loket-1'],
        ['issued', undefined],
      ]);
      expect(await desk.store.db.outbox.count()).toBe(0);
    }
    expect(await loket1.store.db.syncNotices.count()).toBe(0);
    const notices = await loket2.store.db.syncNotices.toArray();
    expect(notices).toEqual([
      expect.objectContaining({
        action: 'call',
        ticketNumber: 'A-001',
        counterId: 'loket-2',
        message: expect.stringContaining('A-001 sudah dipanggil di Loket 1'),
      }),
    ]);
    expect(told).toEqual(notices);
  });

  test("a pending local change stays on top of the server's newer row", async () => {
    const centre = await newCentre(server);
    const kiosk = await enrolledDevice(server, centre, ['kiosk']);
    const loket2 = await enrolledDevice(server, centre, ['console']);
    let callWhilePulling = false;
    const loket1 = await enrolledDevice(server, centre, ['console'], {
      client: (real): SyncClient => ({
        ...real,
        async pull(cursor, limit) {
          if (callWhilePulling) {
            callWhilePulling = false;
            await act(loket1.store, ticket.id, 'call', { counterId: 'loket-1' });
          }
          return real.pull(cursor, limit);
        },
      }),
    });
    const { ticket } = await issueTicket(kiosk.store, visitor());
    await kiosk.engine.syncOnce();
    await loket1.engine.syncOnce();
    await loket2.engine.syncOnce();
    // Loket 2 calls and puts the ticket back: the server's row moves on.
    await act(loket2.store, ticket.id, 'call', { counterId: 'loket-2' });
    await act(loket2.store, ticket.id, 'requeue');
    await loket2.engine.syncOnce();
    const before = (await loket1.store.db.tickets.get(ticket.id))?.rev ?? 0;

    // Loket 1 calls the ticket just as its next pull is on the way: the pulled row (requeued,
    // newer on the server) must not hide the call that is still waiting to be pushed.
    callWhilePulling = true;
    expect((await loket1.engine.syncOnce()).state).toBe('online');

    const shown = await loket1.store.db.tickets.get(ticket.id);
    expect(shown).toMatchObject({ state: 'called', counterId: 'loket-1', callCount: 1 });
    const serverRev = shown?.rev ?? 0;
    expect(serverRev).toBeGreaterThan(before);
    expect(await loket1.store.db.outbox.where('rowId').equals(ticket.id).count()).toBe(1);

    // The call goes out on the next sync and the server takes it.
    expect((await loket1.engine.syncOnce()).state).toBe('online');
    expect(await loket1.store.db.outbox.count()).toBe(0);
    expect(await loket1.store.db.syncNotices.count()).toBe(0);
    expect((await loket1.store.db.tickets.get(ticket.id))?.rev).toBeGreaterThan(serverRev);
  });
});

describe('nothing lost, nothing doubled', () => {
  test('a push whose answer is lost is sent again, answered duplicate, and stored once', async () => {
    const centre = await newCentre(server);
    const answers: string[] = [];
    let loseAnswer = true;
    const kiosk = await enrolledDevice(server, centre, ['kiosk'], {
      client: (real): SyncClient => ({
        ...real,
        async push(request) {
          const response = await real.push(request);
          answers.push(...response.results.map((r) => r.status));
          if (loseAnswer) {
            loseAnswer = false;
            throw new SyncError('offline', 'Sambungan terputus');
          }
          return response;
        },
      }),
    });
    const { ticket } = await issueTicket(kiosk.store, visitor());

    expect(await kiosk.engine.syncOnce()).toMatchObject({ state: 'offline' });
    expect(await kiosk.store.db.outbox.count()).toBe(3);
    expect((await kiosk.engine.syncOnce()).state).toBe('online');
    expect(answers).toEqual([
      'applied',
      'applied',
      'applied',
      'duplicate',
      'duplicate',
      'duplicate',
    ]);
    expect(await kiosk.store.db.outbox.count()).toBe(0);

    const desk = await enrolledDevice(server, centre, ['console']);
    await desk.engine.syncOnce();
    expect(await desk.store.db.tickets.count()).toBe(1);
    expect(await desk.store.db.registrations.count()).toBe(1);
    expect(await desk.store.db.ticketEvents.where('ticketId').equals(ticket.id).count()).toBe(1);
  });

  test('the cursor stays before a page that could not be stored, and the next sync fetches it again', async () => {
    const centre = await newCentre(server);
    const kiosk = await enrolledDevice(server, centre, ['kiosk']);
    for (let i = 0; i < 3; i++) await issueTicket(kiosk.store, visitor());
    await kiosk.engine.syncOnce();

    const desk = await enrolledDevice(server, centre, ['console'], { pullLimit: 2 });
    const diskFull = (_key: unknown, event: { ticketNumber: string }) => {
      if (event.ticketNumber === 'A-002') throw new Error('QuotaExceededError');
    };
    desk.store.db.ticketEvents.hook('creating', diskFull);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});

    const failed = await desk.engine.syncOnce();
    expect(failed.state).toBe('error');
    expect(failed.message).toBe('Data dari server pusat tidak dapat disimpan di perangkat ini.');
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    const stuckAt = await cursorOf(desk.store);
    // Everything up to the cursor is stored; the event that failed is not, nor is its page.
    const stored = await Promise.all(
      ['tickets', 'ticketEvents', 'registrations'].map((name) =>
        desk.store.db.table(name).toArray(),
      ),
    );
    const revs = stored.flat().map((row: { rev: number }) => row.rev);
    expect(revs.length).toBeGreaterThan(0);
    expect(Math.max(...revs)).toBe(stuckAt);
    expect(await desk.store.db.ticketEvents.filter((e) => e.ticketNumber === 'A-002').count()).toBe(
      0,
    );

    desk.store.db.ticketEvents.hook('creating').unsubscribe(diskFull);
    expect((await desk.engine.syncOnce()).state).toBe('online');
    expect(await cursorOf(desk.store)).toBeGreaterThan(stuckAt);
    expect(await desk.store.db.tickets.count()).toBe(3);
    expect(await desk.store.db.ticketEvents.count()).toBe(3);
    expect(await desk.store.db.registrations.count()).toBe(3);
  });

  test('batches never split a local transaction', async () => {
    const centre = await newCentre(server);
    const batches: string[][] = [];
    const kiosk = await enrolledDevice(server, centre, ['kiosk'], {
      pushLimit: 4,
      client: (real): SyncClient => ({
        ...real,
        push(request) {
          batches.push(request.mutations.map((m) => m.txId));
          return real.push(request);
        },
      }),
    });
    for (let i = 0; i < 3; i++) await issueTicket(kiosk.store, visitor());
    expect((await kiosk.engine.syncOnce()).state).toBe('online');
    // Each issue is one transaction of three mutations: a batch of 4 would split one.
    expect(batches.map((b) => b.length)).toEqual([3, 3, 3]);
    expect(batches.map((b) => new Set(b).size)).toEqual([1, 1, 1]);
    expect(await kiosk.store.db.outbox.count()).toBe(0);
  });

  test('long casework records go in several pushes, each under the server’s body limit', async () => {
    const centre = await newCentre(server);
    const sizes: number[] = [];
    const desk = await enrolledDevice(server, centre, ['console'], {
      client: (real): SyncClient => ({
        ...real,
        push(request) {
          sizes.push(new TextEncoder().encode(JSON.stringify(request)).length);
          return real.push(request);
        },
      }),
    });
    // 60 assessments of ~16 kB each (multi-byte text): ~1 MB, more than one request may carry.
    const long = 'Keluarga tidak mampu merawat — tinggal di kolong jembatan. '
      .repeat(70)
      .slice(0, 3900);
    for (let i = 0; i < 60; i++) {
      const ctx = changeContext(desk.store, desk.store.now());
      await desk.store.db.transaction('rw', changeTables(desk.store.db, 'assessments'), () =>
        createRow(ctx, 'assessments', newId(), {
          visitId: newId(),
          beneficiaryId: newId(),
          templateId: 'atensi',
          templateVersion: 1,
          answers: { problem: long, family_situation: long, needs_notes: long, risk_notes: long },
          urgent: false,
          recommendation: 'referral',
          completedAt: desk.store.now(),
          completedBy: null,
          completedByName: 'Siti Aminah',
          version: 1,
          supersedesId: null,
        }),
      );
    }
    expect((await desk.engine.syncOnce()).state).toBe('online');
    expect(await desk.store.db.outbox.count()).toBe(0);
    expect(sizes.length).toBeGreaterThan(1);
    for (const size of sizes) expect(size).toBeLessThan(protocolLimits.maxBodyBytes);
  });
});

describe('ticket numbers and identity', () => {
  test('a reinstalled kiosk counts on from the numbers it issued before, never reusing one', async () => {
    const centre = await newCentre(server);
    const first = await enrolledDevice(server, centre, ['kiosk'], {
      config: { issuer: { slot: 1, of: 2 } },
    });
    const second = await enrolledDevice(server, centre, ['kiosk'], {
      config: { issuer: { slot: 2, of: 2 } },
    });
    for (let i = 0; i < 3; i++) await issueTicket(first.store, visitor());
    for (let i = 0; i < 2; i++) await issueTicket(second.store, visitor());
    await first.engine.syncOnce();
    await second.engine.syncOnce();

    // The second kiosk's PC is reinstalled: an empty store, enrolled again, same slot.
    const reinstalled = await enrolledDevice(server, centre, ['kiosk'], {
      config: { issuer: { slot: 2, of: 2 } },
    });
    expect((await reinstalled.engine.syncOnce()).state).toBe('online');
    const day = localDay(reinstalled.store.now(), reinstalled.store.config.timeZone);
    expect(await reinstalled.store.db.ticketCounters.get([day, 'A'])).toMatchObject({ count: 2 });
    const { ticket } = await issueTicket(reinstalled.store, visitor());
    expect(ticket.number).toBe('A-006');
  });

  test('a store wiped since enrolment pushes nothing and asks to be enrolled again', async () => {
    const centre = await newCentre(server);
    const kiosk = await enrolledDevice(server, centre, ['kiosk']);
    const wiped = await memoryStore(kiosk.store.config);
    await issueTicket(wiped, visitor());
    let requests = 0;
    const engine = engineFor(wiped, kiosk.credentials, {
      client: (real): SyncClient => ({
        ...real,
        push(request) {
          requests++;
          return real.push(request);
        },
        pull(cursor, limit) {
          requests++;
          return real.pull(cursor, limit);
        },
      }),
    });

    const status = await engine.syncOnce();
    expect(status).toMatchObject({
      state: 'reenrol',
      message: expect.stringContaining('Daftarkan ulang perangkat ini'),
    });
    expect(await readSyncStatus(wiped.db)).toEqual(status);
    expect(requests).toBe(0);
    expect(await wiped.db.outbox.count()).toBe(3);
    const desk = await enrolledDevice(server, centre, ['console']);
    await desk.engine.syncOnce();
    expect(await desk.store.db.tickets.count()).toBe(0);
  });
});
