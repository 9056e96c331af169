// Push and pull against a real server: applied, duplicate and rejected answers, a local
// transaction that fails as a whole, a resent batch that changes nothing, paging through the
// centre's log, two counters calling the same ticket, and one centre never seeing another's rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../core/ids.ts';
import type { PushResult, SyncConflict } from '../../core/sync/protocol.ts';
import { request, T0, type TestDevice, testDevice } from '../support/sim-device.ts';
import {
  createCentre,
  startTestServer,
  type TestServer,
  testBackends,
} from '../support/sync-server.ts';

let centres = 0;
/** A fresh centre per test, so tests share the server but not their data. */
async function freshCentre(server: TestServer): Promise<string> {
  centres += 1;
  const id = `balai-uji-${centres}`;
  await createCentre(server, { centre: { id } });
  return id;
}

const callPatch = (counterId: string, callCount = 1) => ({
  state: 'called' as const,
  callCount,
  calledAt: T0 + 60_000,
  counterId,
});

function statuses(results: PushResult[]): string[] {
  return results.map((result) =>
    result.status === 'rejected' ? `rejected:${result.code}` : result.status,
  );
}

describe.each(testBackends)('push and pull on $name', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server.close());

  it("applies a kiosk ticket and serves it to the centre's other devices", async () => {
    const centreId = await freshCentre(server);
    const kiosk = await testDevice(server, centreId, ['kiosk']);
    const board = await testDevice(server, centreId, ['display']);
    const ticket = kiosk.issueTicket('A-001');

    const pushed = await kiosk.push(ticket.mutations);
    expect(pushed.status).toBe(200);
    expect(statuses(pushed.body.results)).toEqual(['applied', 'applied', 'applied']);
    expect(pushed.body.rev).toBe(3);

    const pulled = await board.pull(0);
    expect(pulled.status).toBe(200);
    // The board is sent the queue, not the visitor's registration.
    expect(pulled.body.changes.map((change) => change.table)).toEqual(['tickets', 'ticketEvents']);
    expect(pulled.body.changes[0]?.row).toMatchObject({
      id: ticket.id,
      balaiId: centreId,
      number: 'A-001',
      state: 'waiting',
      rev: 1,
      deleted: 0,
    });
    expect(pulled.body).toMatchObject({ cursor: 3, hasMore: false });
  });

  it("sends a person's registration to the centre's consoles only, however a kiosk asks", async () => {
    const centreId = await freshCentre(server);
    const lobby = await testDevice(server, centreId, ['kiosk']);
    const otherKiosk = await testDevice(server, centreId, ['kiosk']);
    const counter = await testDevice(server, centreId, ['console']);
    const ticket = lobby.issueTicket('A-009');
    expect((await lobby.push(ticket.mutations)).status).toBe(200);

    const byConsole = await counter.pull(0);
    expect(byConsole.body.changes.map((change) => change.table)).toContain('registrations');
    // Another kiosk, asking from the start with a page of one: it steps past the registration
    // without ever being sent it, and still reaches the end of the log.
    const tables: string[] = [];
    let cursor = 0;
    for (let more = true; more; ) {
      const page = await otherKiosk.pull(cursor, 1);
      tables.push(...page.body.changes.map((change) => change.table));
      cursor = page.body.cursor;
      more = page.body.hasMore;
    }
    expect(tables).toEqual(['tickets', 'ticketEvents']);
    expect(cursor).toBe(3);
  });

  it('answers a resent batch with the same answers and changes nothing', async () => {
    const centreId = await freshCentre(server);
    const kiosk = await testDevice(server, centreId, ['kiosk']);
    const consoleDevice = await testDevice(server, centreId, ['console']);
    const ticket = kiosk.issueTicket('A-002');
    const first = await kiosk.push(ticket.mutations);
    // Finishing a ticket that was never called is refused; its answer must repeat too.
    const finish = consoleDevice.act(
      ticket,
      'finish',
      { state: 'done', finishedAt: T0 },
      {
        baseRev: 1,
      },
    );
    const refused = await consoleDevice.push(finish);
    expect(statuses(refused.body.results)).toEqual([
      'rejected:transition_refused',
      'rejected:transaction_rejected',
    ]);
    const before = await consoleDevice.pull(0);

    const again = await kiosk.push(ticket.mutations);
    expect(again.status).toBe(200);
    expect(again.body.results).toEqual(
      first.body.results.map((result) => ({ ...result, status: 'duplicate' })),
    );
    const refusedAgain = await consoleDevice.push(finish);
    expect(refusedAgain.body.results).toEqual(refused.body.results);
    expect(await consoleDevice.pull(0)).toEqual({
      ...before,
      body: { ...before.body, serverTime: expect.any(Number) },
    });
    expect(again.body.rev).toBe(first.body.rev);
  });

  it("rejects a whole local transaction and returns the server's row for rollback", async () => {
    const centreId = await freshCentre(server);
    const kiosk = await testDevice(server, centreId, ['kiosk']);
    const consoleDevice = await testDevice(server, centreId, ['console']);
    const ticket = kiosk.issueTicket('A-003');
    await kiosk.push(ticket.mutations);

    // Finishing a ticket that was never called: the ticket update and its event fail together.
    const pushed = await consoleDevice.push(
      consoleDevice.act(ticket, 'finish', { state: 'done', finishedAt: T0 }, { baseRev: 1 }),
    );
    const [update, event] = pushed.body.results;
    expect(update).toMatchObject({
      status: 'rejected',
      code: 'transition_refused',
      message: 'A-003 belum dipanggil',
      current: { id: ticket.id, state: 'waiting', rev: 1 },
    });
    expect(event).toMatchObject({
      status: 'rejected',
      code: 'transaction_rejected',
      current: null,
    });
    expect(pushed.body.rev).toBe(3);
    expect((await consoleDevice.pull(3)).body.changes).toEqual([]);
  });

  it('applies later groups of a batch when an earlier one is rejected', async () => {
    const centreId = await freshCentre(server);
    const consoleDevice = await testDevice(server, centreId, ['console']);
    const good = consoleDevice.issueTicket('A-010');
    const bad = consoleDevice.issueTicket('A-011');
    const broken = bad.mutations.map((m) =>
      m.table === 'tickets' ? { ...m, fields: { ...m.fields, state: 'done' } } : m,
    );
    const pushed = await consoleDevice.push([...broken, ...good.mutations]);
    expect(statuses(pushed.body.results)).toEqual([
      'rejected:invalid_row',
      'rejected:transaction_rejected',
      'rejected:transaction_rejected',
      'applied',
      'applied',
      'applied',
    ]);
    const pulled = await consoleDevice.pull(0);
    expect(pulled.body.changes.map((change) => change.row.id)).not.toContain(bad.id);
    expect(pulled.body.changes.map((change) => change.row.id)).toContain(good.id);
  });

  it('lets exactly one of two consoles call the same ticket', async () => {
    const centreId = await freshCentre(server);
    const kiosk = await testDevice(server, centreId, ['kiosk']);
    const loket1 = await testDevice(server, centreId, ['console']);
    const loket2 = await testDevice(server, centreId, ['console']);
    const ticket = kiosk.issueTicket('A-012');
    await kiosk.push(ticket.mutations);

    const [first, second] = await Promise.all([
      loket1.push(
        loket1.act(ticket, 'call', callPatch('loket-1'), { baseRev: 1, counterId: 'loket-1' }),
      ),
      loket2.push(
        loket2.act(ticket, 'call', callPatch('loket-2'), { baseRev: 1, counterId: 'loket-2' }),
      ),
    ]);
    const answers = [first, second].map((answer) => answer.body.results[0]);
    const applied = answers.filter((answer) => answer?.status === 'applied');
    const rejected = answers.filter((answer) => answer?.status === 'rejected');
    expect(applied).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const winner = first.body.results[0]?.status === 'applied' ? 'Loket 1' : 'Loket 2';
    expect(rejected[0]).toMatchObject({
      code: 'transition_refused',
      message: `A-012 sudah dipanggil di ${winner}`,
      current: { id: ticket.id, state: 'called', callCount: 1 },
    });
    const calls = (await kiosk.pull(0)).body.changes.filter(
      (change) => change.table === 'ticketEvents' && change.row.type === 'call',
    );
    expect(calls).toHaveLength(1);
  });

  it('pages through the log with the cursor and ends with hasMore false', async () => {
    const centreId = await freshCentre(server);
    const consoleDevice = await testDevice(server, centreId, ['console']);
    const tickets = Array.from({ length: 5 }, (_, i) =>
      consoleDevice.issueTicket(`B-${String(i + 1).padStart(3, '0')}`),
    );
    await consoleDevice.push(tickets.flatMap((ticket) => ticket.mutations));

    const seen: number[] = [];
    let cursor = 0;
    let pages = 0;
    for (;;) {
      const page = await consoleDevice.pull(cursor, 4);
      expect(page.status).toBe(200);
      seen.push(...page.body.changes.map((change) => change.row.rev));
      cursor = page.body.cursor;
      pages += 1;
      if (!page.body.hasMore) break;
    }
    expect(seen).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(pages).toBe(4);
    expect((await consoleDevice.pull(cursor)).body).toMatchObject({ changes: [], cursor: 15 });
  });

  it('serves a row changed twice once, at its latest rev', async () => {
    const centreId = await freshCentre(server);
    const consoleDevice = await testDevice(server, centreId, ['console']);
    const ticket = consoleDevice.issueTicket('C-001');
    await consoleDevice.push(ticket.mutations);
    const called = await consoleDevice.push(
      consoleDevice.act(ticket, 'call', callPatch('loket-1'), { baseRev: 1, counterId: 'loket-1' }),
    );
    expect(called.body.results[0]).toEqual({ seq: 4, status: 'applied', rev: 4 });

    const changes = (await consoleDevice.pull(0)).body.changes;
    const ticketRows = changes.filter((change) => change.table === 'tickets');
    expect(ticketRows).toHaveLength(1);
    expect(ticketRows[0]?.row).toMatchObject({ rev: 4, state: 'called', counterId: 'loket-1' });
  });

  it('refuses a reused seq with different content and changes nothing', async () => {
    const centreId = await freshCentre(server);
    const kiosk = await testDevice(server, centreId, ['kiosk']);
    const ticket = kiosk.issueTicket('A-020');
    await kiosk.push(ticket.mutations);
    const altered = ticket.mutations.map((m) => ({
      ...m,
      hlc: m.hlc.replace(/^\d{15}/, '999999999999999'),
    }));
    const refused = await kiosk.push(altered);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: 'seq_reused' });
    expect((await kiosk.pull(0)).body.cursor).toBe(3);
  });

  it('merges two edits of a registration by field and keeps the losing value for review', async () => {
    const centreId = await freshCentre(server);
    const kiosk = await testDevice(server, centreId, ['kiosk']);
    const loket1 = await testDevice(server, centreId, ['console']);
    const loket2 = await testDevice(server, centreId, ['console']);
    const ticket = kiosk.issueTicket('A-030');
    await kiosk.push(ticket.mutations);
    const registrationId = ticket.fields.registrationId as string;
    const rename = (device: TestDevice, name: string, minutes: number) =>
      device.mutation(
        {
          txId: newId(),
          table: 'registrations',
          rowId: registrationId,
          op: 'put',
          fields: { name },
          baseRev: 2,
        },
        T0 + minutes * 60_000,
      );

    // Loket 1 renamed later (10.02) but pushes first; Loket 2's older edit (10.01) arrives after.
    const later = rename(loket1, 'Siti Aminah', 2);
    const earlier = rename(loket2, 'Sitti Aminah', 1);
    expect((await loket1.push([later])).body.results[0]?.status).toBe('applied');
    expect((await loket2.push([earlier])).body.results[0]?.status).toBe('applied');

    const row = (await loket2.pull(0)).body.changes.find(
      (change) => change.row.id === registrationId,
    );
    expect(row?.row.name).toBe('Siti Aminah');
    const conflicts = await request<{ conflicts: SyncConflict[] }>(
      server.url,
      'GET',
      `/admin/centres/${centreId}/conflicts`,
      { token: server.adminToken },
    );
    expect(conflicts.body.conflicts).toEqual([
      {
        id: expect.any(Number),
        table: 'registrations',
        rowId: registrationId,
        field: 'name',
        keptValue: 'Siti Aminah',
        keptHlc: later.hlc,
        lostValue: 'Sitti Aminah',
        lostHlc: earlier.hlc,
        createdAt: expect.any(Number),
      },
    ]);
  });

  describe('between centres', () => {
    let home: TestDevice;
    let other: TestDevice;
    beforeAll(async () => {
      home = await testDevice(server, await freshCentre(server), ['console']);
      other = await testDevice(server, await freshCentre(server), ['console']);
    });

    it("never serves another centre's rows", async () => {
      await other.push(other.issueTicket('Z-001').mutations);
      await home.push(home.issueTicket('A-001').mutations);
      const pulled = await home.pull(0);
      expect(pulled.body.changes.every((change) => change.row.balaiId === home.centreId)).toBe(
        true,
      );
      expect(pulled.body.changes).toHaveLength(3);
    });

    it('refuses rows claiming another centre, and nothing of the batch is written', async () => {
      const before = await other.pull(0);
      const mine = home.issueTicket('A-002');
      const theirs = home.issueTicket('A-003');
      const claim = theirs.mutations.map((m) => ({
        ...m,
        fields: { ...m.fields, balaiId: other.centreId },
      }));
      const refused = await home.push([...mine.mutations, ...claim]);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ error: 'wrong_centre' });
      expect((await other.pull(0)).body.changes).toEqual(before.body.changes);
      const homeRows = (await home.pull(0)).body.changes.map((change) => change.row.id);
      expect(homeRows).not.toContain(mine.id);
    });

    it('refuses to overwrite a row id that belongs to another centre', async () => {
      const theirs = other.issueTicket('Z-002');
      await other.push(theirs.mutations);
      const hijack = home.act(theirs, 'call', callPatch('loket-1'), {
        baseRev: 1,
        counterId: 'loket-1',
      });
      const refused = await home.push(hijack);
      expect(refused.status).toBe(403);
      expect(refused.body).toMatchObject({ error: 'wrong_centre' });
      const row = (await other.pull(0)).body.changes.find((change) => change.row.id === theirs.id);
      expect(row?.row).toMatchObject({ state: 'waiting', rev: row?.row.rev });
    });
  });
});
