// The daily closing on the server: a console's closing (resolutions and the day's closure, one
// local transaction) is applied whole; after it the server refuses changes to that day's tickets
// from any device, saying who closed it and when — except changes made before the closing that
// arrive late from a device that was offline. Closing twice, a closing action outside a closing,
// or a kiosk closing the day are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../core/ids.ts';
import { dayClosureId } from '../../core/queue/closing.ts';
import type { PushResult, WireMutation } from '../../core/sync/protocol.ts';
import { type IssuedTicket, T0, type TestDevice, testDevice } from '../support/sim-device.ts';
import {
  createCentre,
  startTestServer,
  type TestServer,
  testBackends,
} from '../support/sync-server.ts';

const DAY = '2026-11-23';
const CLOSED_AT = Date.parse('2026-11-23T08:00:00Z'); // 16.00 WITA
const MESSAGE = 'Layanan tanggal 23 November 2026 sudah ditutup oleh Rina Wati pukul 16.00.';

let centres = 0;
async function freshCentre(server: TestServer): Promise<string> {
  centres += 1;
  const id = `balai-tutup-${centres}`;
  await createCentre(server, { centre: { id } });
  return id;
}

function statuses(results: PushResult[]): string[] {
  return results.map((result) =>
    result.status === 'rejected' ? `rejected:${result.code}` : result.status,
  );
}

function rejection(results: PushResult[]) {
  const refused = results.find((r) => r.status === 'rejected' && r.code !== 'transaction_rejected');
  return refused?.status === 'rejected' ? { code: refused.code, message: refused.message } : null;
}

interface Resolution {
  ticket: IssuedTicket;
  baseRev: number;
  action: 'close_no_show' | 'carry_over';
}

/** The mutations closeDay writes: per ticket its change and event, then the closure. */
function closing(
  device: TestDevice,
  resolutions: Resolution[],
  options: { day?: string; closureId?: string; listed?: string[]; at?: number } = {},
): WireMutation[] {
  const day = options.day ?? DAY;
  const at = options.at ?? CLOSED_AT;
  const txId = newId();
  const row = (table: WireMutation['table'], rowId: string, fields: object) =>
    device.mutation(
      {
        txId,
        table,
        rowId,
        op: 'put',
        fields: JSON.parse(
          JSON.stringify({ ...fields, id: rowId, balaiId: device.centreId, rev: 0, deleted: 0 }),
        ),
        baseRev: 0,
      },
      at,
    );
  const mutations: WireMutation[] = [];
  for (const { ticket, baseRev, action } of resolutions) {
    const openedId = newId();
    const patch =
      action === 'close_no_show'
        ? { state: 'no_show', staffId: 'sup-1' }
        : { state: 'carried_over', finishedAt: at, staffId: 'sup-1', carriedOverToId: openedId };
    mutations.push(
      device.mutation(
        {
          txId,
          table: 'tickets',
          rowId: ticket.id,
          op: 'put',
          fields: JSON.parse(JSON.stringify(patch)),
          baseRev,
          intent: { kind: 'ticket-action', action },
        },
        at,
      ),
      row('ticketEvents', newId(), {
        ticketId: ticket.id,
        ticketNumber: ticket.fields.number,
        serviceId: ticket.fields.serviceId,
        type: action,
        lane: ticket.fields.lane,
        at,
        localDay: ticket.fields.localDay,
        deviceId: device.id,
        staffId: 'sup-1',
      }),
    );
    if (action === 'carry_over') {
      mutations.push(
        row('tickets', openedId, {
          ...ticket.fields,
          localDay: '2026-11-24',
          issuedAt: at,
          issuedBy: device.id,
          carriedOverFromId: ticket.id,
        }),
      );
    }
  }
  mutations.push(
    row('dayClosures', options.closureId ?? dayClosureId(device.centreId, day), {
      localDay: day,
      closedAt: at,
      closedBy: 'sup-1',
      closedByName: 'Rina Wati',
      resolution: resolutions[0]?.action === 'carry_over' ? 'carry_over' : 'no_show',
      resolvedTicketIds: options.listed ?? resolutions.map((r) => r.ticket.id),
      summary: {
        issued: resolutions.length,
        served: 0,
        noShow: 0,
        cancelled: 0,
        transferred: 0,
        carriedOver: 0,
        open: 0,
        transferredIn: 0,
        carriedIn: 0,
      },
    }),
  );
  return mutations;
}

describe.each(testBackends)('daily closing on $name', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server.close());

  /** A centre with a kiosk, two consoles and two waiting tickets. */
  async function openDay() {
    const centreId = await freshCentre(server);
    const kiosk = await testDevice(server, centreId, ['kiosk']);
    const supervisor = await testDevice(server, centreId, ['console']);
    const counter = await testDevice(server, centreId, ['console']);
    const first = kiosk.issueTicket('A-001');
    const second = kiosk.issueTicket('A-002', T0 + 60_000);
    const issued = await kiosk.push([...first.mutations, ...second.mutations]);
    const revOf = (ticket: IssuedTicket) => {
      const seq = ticket.mutations[0]?.seq;
      const result = issued.body.results.find((r) => r.seq === seq);
      return result?.status === 'applied' ? result.rev : 0;
    };
    return { centreId, kiosk, supervisor, counter, first, second, revOf };
  }

  it('applies a closing whole, then refuses later changes to that day from any device', async () => {
    const { kiosk, supervisor, counter, first, second, revOf } = await openDay();
    const closed = await supervisor.push(
      closing(supervisor, [
        { ticket: first, baseRev: revOf(first), action: 'close_no_show' },
        { ticket: second, baseRev: revOf(second), action: 'close_no_show' },
      ]),
    );
    expect(statuses(closed.body.results)).toEqual(Array(5).fill('applied'));

    // A counter that had not pulled the closure calls A-002 at 16.05.
    const call = counter.act(
      second,
      'call',
      { state: 'called', callCount: 1, calledAt: CLOSED_AT + 300_000, counterId: 'loket-1' },
      { baseRev: revOf(second), counterId: 'loket-1', at: CLOSED_AT + 300_000 },
    );
    const refused = await counter.push(call);
    expect(statuses(refused.body.results)).toEqual([
      'rejected:not_allowed',
      'rejected:transaction_rejected',
    ]);
    expect(rejection(refused.body.results)?.message).toBe(MESSAGE);

    // A kiosk issuing for the closed day after the closing is refused too.
    const late = kiosk.issueTicket('A-003', CLOSED_AT + 600_000);
    const issued = await kiosk.push(late.mutations);
    expect(rejection(issued.body.results)).toEqual({ code: 'not_allowed', message: MESSAGE });

    const pulled = await counter.pull(0);
    const closure = pulled.body.changes.find((c) => c.table === 'dayClosures');
    expect(closure?.row).toMatchObject({ localDay: DAY, closedByName: 'Rina Wati' });
  });

  it('keeps work a device did before the closing and delivers late', async () => {
    const { supervisor, counter, first, second, revOf } = await openDay();
    // Loket 1 called A-001 at 09.01 while offline; the supervisor closes at 16.00 without it.
    const call = counter.act(
      first,
      'call',
      { state: 'called', callCount: 1, calledAt: T0 + 60_000, counterId: 'loket-1' },
      { baseRev: revOf(first), counterId: 'loket-1' },
    );
    await supervisor.push(
      closing(supervisor, [{ ticket: second, baseRev: revOf(second), action: 'close_no_show' }]),
    );
    const delivered = await counter.push(call);
    expect(statuses(delivered.body.results)).toEqual(['applied', 'applied']);
  });

  it('refuses closing a day twice, saying who closed it and when', async () => {
    const { supervisor, counter, first, second, revOf } = await openDay();
    await supervisor.push(
      closing(supervisor, [{ ticket: first, baseRev: revOf(first), action: 'close_no_show' }]),
    );
    const again = await counter.push(
      closing(counter, [{ ticket: second, baseRev: revOf(second), action: 'close_no_show' }], {
        at: CLOSED_AT + 60_000,
      }),
    );
    expect(statuses(again.body.results)).toEqual([
      'rejected:transaction_rejected',
      'rejected:transaction_rejected',
      'rejected:row_exists',
    ]);
    expect(rejection(again.body.results)?.message).toBe(MESSAGE);
  });

  it('carries a ticket over: closed here, waiting on the next day, which is open', async () => {
    const { supervisor, counter, first, revOf } = await openDay();
    const mutations = closing(supervisor, [
      { ticket: first, baseRev: revOf(first), action: 'carry_over' },
    ]);
    const pushed = await supervisor.push(mutations);
    expect(statuses(pushed.body.results)).toEqual(Array(4).fill('applied'));
    const openedId = mutations[2]?.rowId ?? '';
    const pulled = await counter.pull(0);
    const rows = new Map(pulled.body.changes.map((c) => [c.row.id, c.row]));
    expect(rows.get(first.id)).toMatchObject({ state: 'carried_over', carriedOverToId: openedId });
    expect(rows.get(openedId)).toMatchObject({
      state: 'waiting',
      localDay: '2026-11-24',
      number: 'A-001',
      arrivedAt: T0,
      carriedOverFromId: first.id,
    });
  });

  it('refuses a closing action outside a closing, and a closure that leaves out a ticket', async () => {
    const { supervisor, first, second, revOf } = await openDay();
    const alone = closing(supervisor, [
      { ticket: first, baseRev: revOf(first), action: 'close_no_show' },
    ]).slice(0, 2);
    const refused = await supervisor.push(alone);
    expect(rejection(refused.body.results)?.code).toBe('transition_refused');

    const unlisted = closing(
      supervisor,
      [{ ticket: first, baseRev: revOf(first), action: 'close_no_show' }],
      { listed: [first.id, second.id] },
    );
    const invalid = await supervisor.push(unlisted);
    expect(rejection(invalid.body.results)).toEqual({
      code: 'invalid_row',
      message: 'Tiket pada penutupan layanan tidak diselesaikan bersamanya.',
    });
  });

  it('refuses a closure under another id than its day’s, and a kiosk closing the day', async () => {
    const { kiosk, supervisor, first, revOf } = await openDay();
    const wrongId = await supervisor.push(
      closing(supervisor, [{ ticket: first, baseRev: revOf(first), action: 'close_no_show' }], {
        closureId: newId(),
      }),
    );
    expect(rejection(wrongId.body.results)?.code).toBe('invalid_row');
    const byKiosk = await kiosk.push(closing(kiosk, [], {}));
    expect(rejection(byKiosk.body.results)?.code).toBe('forbidden_role');
  });
});
