// The server's apply rules, run in memory the way the server runs them: devices make mutations as
// the store does (whole rows on create, the state machine's patch plus an intent on a queue
// action), a small in-memory "server" applies each local transaction and numbers what changed.
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../core/centre/config.ts';
import { counterLabel } from '../../core/centre/counters.ts';
import type { CentreReference } from '../../core/centre/reference.ts';
import { newId } from '../../core/ids.ts';
import {
  type Ticket,
  type TicketAction,
  type TicketEvent,
  ticketActions,
} from '../../core/queue/ticket.ts';
import { transferTicket } from '../../core/queue/transfer.ts';
import { applyTicketAction } from '../../core/queue/transitions.ts';
import {
  type ApplyContext,
  applyGroup,
  type GroupOutcome,
  type RowKey,
  rowKey,
  rowsToLoad,
  type StoredRow,
  toWireRow,
} from '../../core/sync/apply.ts';
import { encodeHlc, type HlcState, tickHlc } from '../../core/sync/hlc.ts';
import { rejectionCodes, serverRowSchema, type WireMutation } from '../../core/sync/protocol.ts';
import { type SyncedRecord, type SyncedTable, syncedTables } from '../../core/sync/record.ts';
import { tableFieldSchemas } from '../../core/sync/tables.ts';
import type { Registration } from '../../core/visitor/registration.ts';
import { testConfig, testReference } from '../support/config.ts';
import { makeTicket, T0 } from './queue-fixtures.ts';

const config = testConfig();
const CENTRE = config.balai.id;
const reference: CentreReference = { version: 1, ...testReference() };
const minute = (n: number) => T0 + n * 60_000;

interface Device {
  id: string;
  roles: Role[];
  clock: HlcState;
}

function device(...roles: Role[]): Device {
  return { id: newId(), roles, clock: { wallMs: 0, counter: 0 } };
}

function stamp(d: Device, at: number): string {
  d.clock = tickHlc(d.clock, at);
  return encodeHlc(d.clock, d.id);
}

let lastSeq = 0;
function mutation(m: Omit<WireMutation, 'seq'>): WireMutation {
  lastSeq += 1;
  return { ...m, seq: lastSeq };
}

/** What crosses the wire: JSON only. */
function wire(value: object): WireMutation['fields'] {
  return JSON.parse(JSON.stringify(value));
}

/** A create as the store sends it: the whole row, sync fields included. */
function create(
  d: Device,
  at: number,
  txId: string,
  table: SyncedTable,
  id: string,
  fields: object,
): WireMutation {
  const hlc = stamp(d, at);
  return mutation({
    txId,
    table,
    rowId: id,
    op: 'put',
    fields: wire({ ...fields, id, balaiId: CENTRE, updatedAt: hlc, rev: 0, deleted: 0 }),
    baseRev: 0,
    hlc,
  });
}

function own<Row extends SyncedRecord>(row: Row): Omit<Row, keyof SyncedRecord> {
  const { id, balaiId, updatedAt, rev, deleted, ...fields } = row;
  return fields;
}

function event(
  d: Device,
  at: number,
  txId: string,
  ticket: Ticket,
  type: TicketEvent['type'],
  counterId?: string,
) {
  return create(d, at, txId, 'ticketEvents', newId(), {
    ticketId: ticket.id,
    ticketNumber: ticket.number,
    serviceId: ticket.serviceId,
    type,
    lane: ticket.lane,
    at,
    localDay: ticket.localDay,
    deviceId: d.id,
    ...(counterId ? { counterId } : {}),
  });
}

/** A kiosk issuing A-001: ticket, registration and "issued" event in one local transaction. */
function issue(kiosk: Device, at = minute(0), number = 'A-001') {
  const txId = newId();
  const ticketId = newId();
  const registrationId = newId();
  const ticket = makeTicket({
    id: ticketId,
    balaiId: CENTRE,
    number,
    seq: 1,
    issuedBy: kiosk.id,
    registrationId,
    arrivedAt: at,
    issuedAt: at,
  });
  const registration = {
    ticketId,
    serviceId: ticket.serviceId,
    localDay: ticket.localDay,
    registeredAt: at,
    deviceId: kiosk.id,
    hasNoId: false,
    nik: '7306010101800001',
    name: 'Daeng Ngai',
    priorityClasses: [],
    consent: { given: true, textVersion: 'kiosk-consent-2026-11', at, channel: 'kiosk' },
  };
  const group = [
    create(kiosk, at, txId, 'tickets', ticketId, own(ticket)),
    create(kiosk, at, txId, 'registrations', registrationId, registration),
    event(kiosk, at, txId, ticket, 'issued'),
  ];
  return { group, ticketId, registrationId };
}

/** A queue action as the console's store makes it: the local patch, an intent and an event. */
function act(
  d: Device,
  at: number,
  ticket: Ticket,
  action: TicketAction,
  counterId?: string,
  reason?: string,
) {
  const outcome = applyTicketAction(ticket, action, {
    now: at,
    counterId,
    reason,
    counterLabel: (id) => counterLabel(config.counters, id),
    noShowAfterCalls: config.noShowAfterCalls,
  });
  if (!outcome.ok) throw new Error(`the device itself refuses: ${outcome.message}`);
  const txId = newId();
  const hlc = stamp(d, at);
  return [
    mutation({
      txId,
      table: 'tickets',
      rowId: ticket.id,
      op: 'put',
      fields: wire({ ...outcome.patch, updatedAt: hlc }),
      baseRev: ticket.rev,
      hlc,
      intent: { kind: 'ticket-action', action, counterId, reason },
    }),
    event(d, at, txId, ticket, action, counterId),
  ];
}

/** The server side: rows in memory, a rev per change, each push applied as the server does. */
class Server {
  rows = new Map<RowKey, StoredRow>();
  rev = 0;
  now = minute(60);

  context(d: Device): ApplyContext {
    return { centreId: CENTRE, device: { id: d.id, roles: d.roles }, reference, now: this.now };
  }

  push(d: Device, group: WireMutation[]): GroupOutcome {
    const outcome = applyGroup(this.rows, group, this.context(d));
    if (outcome.ok) {
      for (const row of outcome.changed) {
        this.rev += 1;
        this.rows.set(rowKey(row.table, row.id), { ...row, rev: this.rev });
      }
    }
    return outcome;
  }

  accept(d: Device, group: WireMutation[]) {
    const outcome = this.push(d, group);
    if (!outcome.ok) throw new Error(`refused: ${outcome.code} ${outcome.message}`);
    return outcome;
  }

  row(table: SyncedTable, id: string): StoredRow {
    const row = this.rows.get(rowKey(table, id));
    if (!row) throw new Error(`no ${table} row ${id}`);
    return row;
  }

  /** The ticket as a device holds it after a pull. */
  ticket(id: string): Ticket {
    return toWireRow(this.row('tickets', id)) as unknown as Ticket;
  }

  registration(id: string): Registration {
    return toWireRow(this.row('registrations', id)) as unknown as Registration;
  }
}

function refusal(outcome: GroupOutcome) {
  if (outcome.ok) throw new Error('expected the group to be refused');
  return outcome;
}

const kiosk = device('kiosk');
const loket1 = device('console');
const loket2 = device('console');

// Each test starts with the devices' clocks unset, so "minute 10" is minute 10.
beforeEach(() => {
  for (const d of [kiosk, loket1, loket2]) d.clock = { wallMs: 0, counter: 0 };
});

function issued() {
  const server = new Server();
  const issuing = issue(kiosk);
  server.accept(kiosk, issuing.group);
  return { server, ...issuing };
}

describe('rows to load', () => {
  it('names each row once, and the ticket of each event', () => {
    const { group, ticketId, registrationId } = issue(kiosk);
    const [ticket, registration, issuedEvent] = group;
    const strayTicket = newId();
    const stray = mutation({
      ...(issuedEvent as WireMutation),
      rowId: newId(),
      fields: { ...issuedEvent?.fields, ticketId: strayTicket },
    });
    expect(rowsToLoad([...group, ...group, stray])).toEqual([
      `tickets:${ticketId}`,
      `registrations:${registrationId}`,
      `ticketEvents:${issuedEvent?.rowId}`,
      `ticketEvents:${stray.rowId}`,
      `tickets:${strayTicket}`,
    ]);
    expect(ticket?.rowId).toBe(ticketId);
    expect(registration?.rowId).toBe(registrationId);
  });
});

describe('issuing a ticket', () => {
  it('creates the ticket, its registration and its "issued" event together', () => {
    const server = new Server();
    const { group, ticketId, registrationId } = issue(kiosk);
    const outcome = server.accept(kiosk, group);

    expect(outcome.changed.map((r) => r.table)).toEqual([
      'tickets',
      'registrations',
      'ticketEvents',
    ]);
    expect(outcome.conflicts).toEqual([]);
    const ticket = server.row('tickets', ticketId);
    expect(ticket).toMatchObject({ centreId: CENTRE, deleted: 0, updatedAt: group[0]?.hlc });
    expect(ticket.data).not.toHaveProperty('balaiId');
    expect(ticket.data).toMatchObject({ number: 'A-001', state: 'waiting', callCount: 0 });
    expect(Object.values(ticket.fieldClocks)).toEqual(
      Object.keys(ticket.data).map(() => group[0]?.hlc),
    );
    expect(server.registration(registrationId)).toMatchObject({ name: 'Daeng Ngai', rev: 2 });
  });

  it('comes back to the device as the row it made, with the server revision', () => {
    const { server, ticketId, registrationId, group } = issued();
    for (const [table, id, sent] of [
      ['tickets', ticketId, group[0]],
      ['registrations', registrationId, group[1]],
    ] as const) {
      const row = server.row(table, id);
      const wired = serverRowSchema.parse(JSON.parse(JSON.stringify(toWireRow(row))));
      expect(wired).toMatchObject({ id, balaiId: CENTRE, rev: row.rev, deleted: 0 });
      const { id: _, balaiId, updatedAt, rev, deleted, ...fields } = wired;
      expect(tableFieldSchemas[table].safeParse(fields).success).toBe(true);
      expect(Object.keys(fields).sort()).toEqual(
        Object.keys(sent?.fields ?? {})
          .filter((k) => !['id', 'balaiId', 'updatedAt', 'rev', 'deleted'].includes(k))
          .sort(),
      );
    }
  });

  it('refuses a new ticket that is not waiting, or carries another centre or id', () => {
    const server = new Server();
    const called = issue(kiosk);
    const first = called.group[0] as WireMutation;
    const notWaiting = { ...first, fields: { ...first.fields, state: 'called' } };
    expect(refusal(server.push(loket1, [notWaiting]))).toMatchObject({
      code: 'invalid_row',
      message: 'Tiket baru harus menunggu dan belum pernah dipanggil.',
    });
    const elsewhere = { ...first, fields: { ...first.fields, balaiId: 'balai-lain' } };
    expect(refusal(server.push(loket1, [elsewhere])).message).toBe('Data ini milik balai lain.');
    const otherId = { ...first, fields: { ...first.fields, id: newId() } };
    expect(refusal(server.push(loket1, [otherId])).code).toBe('invalid_row');
    expect(server.rows.size).toBe(0);
  });

  it('refuses a registration with a malformed NIK, naming the field', () => {
    const server = new Server();
    const { group } = issue(kiosk);
    const registration = group[1] as WireMutation;
    const outcome = refusal(
      server.push(kiosk, [
        group[0] as WireMutation,
        { ...registration, fields: { ...registration.fields, nik: '12345' } },
      ]),
    );
    expect(outcome).toMatchObject({
      seq: registration.seq,
      code: 'invalid_row',
      message: 'Data pendaftaran tidak sah (kolom nik).',
    });
    expect(server.rows.size).toBe(0);
  });

  it('refuses the same ticket created twice', () => {
    const { server, group } = issued();
    const again = mutation({ ...(group[0] as WireMutation), txId: newId() });
    expect(refusal(server.push(loket1, [again]))).toMatchObject({
      code: 'row_exists',
      message: 'Data tiket ini sudah ada di server.',
    });
  });
});

describe('queue actions', () => {
  it('accepts a call, keeping the time the counter called (maybe offline)', () => {
    const { server, ticketId } = issued();
    const before = server.row('tickets', ticketId);
    const group = act(loket1, minute(5), server.ticket(ticketId), 'call', 'loket-1');
    server.accept(loket1, group);

    const after = server.row('tickets', ticketId);
    expect(after.data).toMatchObject({
      state: 'called',
      callCount: 1,
      counterId: 'loket-1',
      calledAt: minute(5),
      number: 'A-001',
    });
    expect(after.updatedAt).toBe(group[0]?.hlc);
    expect(after.fieldClocks.state).toBe(group[0]?.hlc);
    expect(after.fieldClocks.number).toBe(before.fieldClocks.number);
  });

  it('refuses a second counter calling the same ticket, and drops its event too', () => {
    const { server, ticketId } = issued();
    const waiting = server.ticket(ticketId);
    // Both counters waiting while offline and call it.
    const first = act(loket1, minute(5), waiting, 'call', 'loket-1');
    const second = act(loket2, minute(6), waiting, 'call', 'loket-2');
    server.accept(loket1, first);
    const snapshot = structuredClone(server.rows);

    const outcome = refusal(server.push(loket2, second));
    expect(outcome).toEqual({
      ok: false,
      seq: second[0]?.seq,
      code: 'transition_refused',
      message: 'A-001 sudah dipanggil di Loket 1',
    });
    expect(server.rows).toEqual(snapshot);
    expect(server.rows.has(rowKey('ticketEvents', second[1]?.rowId ?? ''))).toBe(false);
  });

  it('refuses the whole group when a later mutation is refused, leaving the rows as they were', () => {
    const { server, ticketId } = issued();
    const snapshot = structuredClone(server.rows);
    const [call, callEvent] = act(loket1, minute(5), server.ticket(ticketId), 'call', 'loket-1');
    const badEvent = {
      ...(callEvent as WireMutation),
      fields: { ...callEvent?.fields, ticketNumber: 'B-001' },
    };
    const outcome = applyGroup(
      server.rows,
      [call as WireMutation, badEvent],
      server.context(loket1),
    );
    expect(refusal(outcome)).toMatchObject({
      seq: badEvent.seq,
      code: 'invalid_row',
      message: 'Nomor tiket pada kejadian ini tidak sesuai dengan tiketnya.',
    });
    expect(server.rows).toEqual(snapshot);
  });

  it('lets only the calling counter recall, and marks absent only after enough calls', () => {
    const { server, ticketId } = issued();
    server.accept(loket1, act(loket1, minute(5), server.ticket(ticketId), 'call', 'loket-1'));

    // Loket 2's copy says it called A-001 itself (it was offline); the server knows better.
    const staleAtLoket2 = { ...server.ticket(ticketId), counterId: 'loket-2' };
    const recall = act(loket2, minute(6), staleAtLoket2, 'recall', 'loket-2');
    expect(refusal(server.push(loket2, recall)).message).toBe('A-001 sudah dipanggil di Loket 1');

    // Loket 1's copy counts three calls; the server knows of one.
    const staleCount = { ...server.ticket(ticketId), callCount: 3 };
    const staleNoShow = act(loket1, minute(7), staleCount, 'no_show', 'loket-1');
    expect(refusal(server.push(loket1, staleNoShow)).message).toBe(
      'A-001 baru dipanggil 1 kali; tandai tidak hadir setelah 3 kali panggilan',
    );

    server.accept(loket1, act(loket1, minute(8), server.ticket(ticketId), 'recall', 'loket-1'));
    server.accept(loket1, act(loket1, minute(9), server.ticket(ticketId), 'recall', 'loket-1'));
    server.accept(loket1, act(loket1, minute(10), server.ticket(ticketId), 'no_show', 'loket-1'));
    expect(server.row('tickets', ticketId).data).toMatchObject({
      state: 'no_show',
      callCount: 3,
      calledAt: minute(9),
    });
  });

  it('transfers: closes the old ticket and opens a waiting one in the new service', () => {
    const { server, ticketId } = issued();
    server.accept(loket1, act(loket1, minute(5), server.ticket(ticketId), 'call', 'loket-1'));
    const old = server.ticket(ticketId);
    const openedId = newId();
    const at = minute(12);
    const outcome = transferTicket(old, 'svc-asesmen', {
      now: at,
      newId: openedId,
      deviceId: loket1.id,
      counterId: 'loket-1',
      counterLabel: (id) => counterLabel(config.counters, id),
      noShowAfterCalls: 3,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    const txId = newId();
    const hlc = stamp(loket1, at);
    const close = mutation({
      txId,
      table: 'tickets',
      rowId: old.id,
      op: 'put',
      fields: wire({ ...outcome.closed, updatedAt: hlc }),
      baseRev: old.rev,
      hlc,
      intent: { kind: 'ticket-action', action: 'transfer', counterId: 'loket-1' },
    });
    const { id, ...opened } = outcome.opened;
    const group = [
      close,
      event(loket1, at, txId, old, 'transfer', 'loket-1'),
      create(loket1, at, txId, 'tickets', openedId, opened),
    ];

    const broken = { ...close, fields: { ...close.fields, transferredToId: 'bukan-uuid' } };
    expect(refusal(server.push(loket1, [broken, ...group.slice(1)]))).toMatchObject({
      code: 'invalid_row',
      message: 'Data tiket tidak sah (kolom transferredToId).',
    });

    server.accept(loket1, group);
    expect(server.row('tickets', ticketId).data).toMatchObject({
      state: 'transferred',
      transferredToId: openedId,
      finishedAt: at,
    });
    expect(server.row('tickets', openedId).data).toMatchObject({
      state: 'waiting',
      number: 'A-001',
      serviceId: 'svc-asesmen',
      transferredFromId: ticketId,
      arrivedAt: old.arrivedAt,
    });
  });

  it('refuses a ticket change without a queue action, and fields the action does not set', () => {
    const { server, ticketId } = issued();
    const ticket = server.ticket(ticketId);
    const hlc = stamp(loket1, minute(5));
    const bare = mutation({
      txId: newId(),
      table: 'tickets',
      rowId: ticketId,
      op: 'put',
      fields: { state: 'done', updatedAt: hlc },
      baseRev: ticket.rev,
      hlc,
    });
    expect(refusal(server.push(loket1, [bare]))).toMatchObject({
      code: 'invalid_row',
      message: 'Perubahan tiket harus melalui tindakan antrean.',
    });

    const [call, callEvent] = act(loket1, minute(5), ticket, 'call', 'loket-1');
    for (const extra of [{ number: 'Z-999' }, { finishedAt: minute(5) }, { nomor: 1 }]) {
      const sneaky = { ...(call as WireMutation), fields: wire({ ...call?.fields, ...extra }) };
      const outcome = refusal(server.push(loket1, [sneaky, callEvent as WireMutation]));
      expect(outcome.code).toBe('invalid_row');
      expect(outcome.message).toBe(
        `Tindakan ini tidak boleh mengubah kolom ${Object.keys(extra)[0]}.`,
      );
    }
    const unknownOnCreate = issue(kiosk, minute(1), 'A-002').group;
    const ticketCreate = unknownOnCreate[0] as WireMutation;
    expect(
      refusal(
        server.push(kiosk, [
          { ...ticketCreate, fields: { ...ticketCreate.fields, warna: 'merah' } },
        ]),
      ).code,
    ).toBe('invalid_row');
  });

  it('never deletes tickets or events, and refuses an event replayed', () => {
    const { server, ticketId, group } = issued();
    const del = (table: SyncedTable, rowId: string) =>
      mutation({
        txId: newId(),
        table,
        rowId,
        op: 'delete',
        fields: {},
        baseRev: 1,
        hlc: stamp(loket1, minute(5)),
      });
    expect(refusal(server.push(loket1, [del('tickets', ticketId)]))).toMatchObject({
      code: 'not_allowed',
    });
    const issuedEvent = group[2] as WireMutation;
    expect(refusal(server.push(loket1, [del('ticketEvents', issuedEvent.rowId)])).code).toBe(
      'not_allowed',
    );
    const replay = mutation({ ...issuedEvent, txId: newId() });
    expect(refusal(server.push(loket1, [replay]))).toMatchObject({
      code: 'row_exists',
      message: 'Kejadian tiket ini sudah tercatat.',
    });
  });

  it('refuses an event for a ticket the server does not know', () => {
    const server = new Server();
    const { group } = issue(kiosk);
    expect(refusal(server.push(kiosk, [group[2] as WireMutation]))).toMatchObject({
      code: 'missing_row',
      message: 'Tiket untuk kejadian ini tidak ditemukan.',
    });
  });

  it('refuses an action on a ticket the server does not have', () => {
    const server = new Server();
    const ticket = makeTicket({ id: newId(), balaiId: CENTRE, rev: 3 });
    expect(
      refusal(server.push(loket1, act(loket1, minute(5), ticket, 'call', 'loket-1'))),
    ).toMatchObject({
      code: 'missing_row',
      message: 'Data tiket tidak ditemukan di server.',
    });
  });
});

describe('roles', () => {
  it('lets a kiosk issue tickets but not call them or record other events', () => {
    const { server, ticketId } = issued();
    const outcome = refusal(
      server.push(kiosk, act(kiosk, minute(5), server.ticket(ticketId), 'call', 'loket-1')),
    );
    expect(outcome).toMatchObject({
      code: 'forbidden_role',
      message: 'Perangkat ini tidak berwenang mengubah data ini.',
    });
    const callEvent = event(kiosk, minute(5), newId(), server.ticket(ticketId), 'call', 'loket-1');
    expect(refusal(server.push(kiosk, [callEvent])).code).toBe('forbidden_role');
  });

  it('lets a display board write nothing, not even a new ticket', () => {
    const board = device('display');
    const server = new Server();
    const outcome = refusal(server.push(board, issue(board).group));
    expect(outcome.code).toBe('forbidden_role');
    expect(server.rows.size).toBe(0);
  });

  it('lets a kiosk create registrations but not edit or delete them', () => {
    const { server, registrationId } = issued();
    const edit = mutation({
      txId: newId(),
      table: 'registrations',
      rowId: registrationId,
      op: 'put',
      fields: { name: 'Orang Lain' },
      baseRev: 2,
      hlc: stamp(kiosk, minute(3)),
    });
    expect(refusal(server.push(kiosk, [edit])).code).toBe('forbidden_role');
    expect(refusal(server.push(kiosk, [{ ...edit, op: 'delete', fields: {} }])).code).toBe(
      'forbidden_role',
    );
    expect(server.registration(registrationId).name).toBe('Daeng Ngai');
  });
});

describe('registrations merge field by field', () => {
  function edit(d: Device, at: number, id: string, baseRev: number, fields: object) {
    const hlc = stamp(d, at);
    return mutation({
      txId: newId(),
      table: 'registrations',
      rowId: id,
      op: 'put',
      fields: wire({ ...fields, updatedAt: hlc }),
      baseRev,
      hlc,
    });
  }

  it('takes the later stamp per field, keeps the concurrent loser, and leaves other fields', () => {
    const { server, registrationId, group } = issued();
    const base = server.row('registrations', registrationId).rev;
    const loket3 = device('console');

    // Loket 1 corrects the name having seen the kiosk's row: no conflict.
    const first = edit(loket1, minute(10), registrationId, base, { name: 'Daeng Ngai Tjoa' });
    expect(server.accept(loket1, [first]).conflicts).toEqual([]);

    // Loket 2, offline since before that, sets another name later: it wins, Loket 1's is kept.
    const second = edit(loket2, minute(20), registrationId, base, { name: 'Ngai Daeng' });
    expect(server.accept(loket2, [second]).conflicts).toEqual([
      {
        table: 'registrations',
        rowId: registrationId,
        field: 'name',
        keptValue: 'Ngai Daeng',
        keptHlc: second.hlc,
        lostValue: 'Daeng Ngai Tjoa',
        lostHlc: first.hlc,
      },
    ]);

    // Loket 3 edited name and NIK at 15: older than Loket 2's name, newer than the kiosk's NIK.
    // Its NIK wins; as its base is older than the row, the NIK it replaced is kept for review.
    const third = edit(loket3, minute(15), registrationId, base, {
      name: 'Nama Lama',
      nik: '7306010101800002',
    });
    expect(server.accept(loket3, [third]).conflicts).toEqual([
      {
        table: 'registrations',
        rowId: registrationId,
        field: 'nik',
        keptValue: '7306010101800002',
        keptHlc: third.hlc,
        lostValue: '7306010101800001',
        lostHlc: group[1]?.hlc,
      },
      {
        table: 'registrations',
        rowId: registrationId,
        field: 'name',
        keptValue: 'Ngai Daeng',
        keptHlc: second.hlc,
        lostValue: 'Nama Lama',
        lostHlc: third.hlc,
      },
    ]);

    const row = server.registration(registrationId);
    expect(row).toMatchObject({
      name: 'Ngai Daeng',
      nik: '7306010101800002',
      hasNoId: false,
      serviceId: 'svc-informasi',
      consent: { given: true, channel: 'kiosk' },
      updatedAt: second.hlc,
    });
  });

  it('does not call the same device overwriting its own value a conflict', () => {
    const { server, registrationId } = issued();
    const base = server.row('registrations', registrationId).rev;
    server.accept(loket1, [edit(loket1, minute(10), registrationId, base, { name: 'Satu' })]);
    const again = edit(loket1, minute(11), registrationId, base, { name: 'Dua' });
    expect(server.accept(loket1, [again]).conflicts).toEqual([]);
    expect(server.registration(registrationId).name).toBe('Dua');
  });

  it('refuses fields that are not a registration', () => {
    const { server, registrationId } = issued();
    const bad = edit(loket1, minute(10), registrationId, 2, { hasNoId: 'ya' });
    expect(refusal(server.push(loket1, [bad])).message).toBe(
      'Data pendaftaran tidak sah (kolom hasNoId).',
    );
  });

  it('keeps a deleted registration deleted against older edits, and revives on a newer one', () => {
    const { server, registrationId } = issued();
    const base = server.row('registrations', registrationId).rev;
    const older = edit(loket2, minute(10), registrationId, base, { name: 'Sebelum Dihapus' });
    const deletion = mutation({
      txId: newId(),
      table: 'registrations',
      rowId: registrationId,
      op: 'delete',
      fields: {},
      baseRev: base,
      hlc: stamp(loket1, minute(20)),
    });
    server.accept(loket1, [deletion]);
    expect(server.registration(registrationId)).toMatchObject({ deleted: 1, name: 'Daeng Ngai' });

    const lost = server.accept(loket2, [older]);
    expect(server.registration(registrationId).deleted).toBe(1);
    expect(lost.conflicts).toEqual([
      {
        table: 'registrations',
        rowId: registrationId,
        field: 'name',
        keptValue: 'Daeng Ngai',
        keptHlc: deletion.hlc,
        lostValue: 'Sebelum Dihapus',
        lostHlc: older.hlc,
      },
    ]);

    const newer = edit(loket2, minute(30), registrationId, base, { name: 'Datang Lagi' });
    server.accept(loket2, [newer]);
    expect(server.registration(registrationId)).toMatchObject({
      deleted: 0,
      name: 'Datang Lagi',
      updatedAt: newer.hlc,
    });
  });
});

describe('never throws', () => {
  const anyFields = fc.dictionary(
    fc.oneof(
      fc.constantFrom('id', 'balaiId', 'state', 'callCount', 'nik', 'name', 'ticketId', 'type'),
      fc.string({ maxLength: 12 }),
    ),
    fc.jsonValue({ maxDepth: 2 }),
    { maxKeys: 4 },
  );
  const spoil = fc.oneof(fc.constant({}), anyFields);
  const intents = fc.record({
    kind: fc.constant('ticket-action' as const),
    action: fc.constantFrom(...ticketActions),
    counterId: fc.constantFrom('loket-1', 'loket-2', 'loket-9'),
    reason: fc.string({ maxLength: 20 }),
  });
  const someOf = (fields: Record<string, unknown>) =>
    fc.subarray(Object.entries(fields)).map((entries) => Object.fromEntries(entries));
  const roleSets = fc.oneof(
    fc.constant<Role[]>(['console']),
    fc.subarray<Role>(['kiosk', 'console', 'display']),
  );

  it('refuses junk or produces rows every device can read', () => {
    const { server, ticketId, registrationId } = issued();
    const { group } = issue(kiosk, minute(1), 'A-002');
    const known = [ticketId, registrationId, newId(), ...group.map((m) => m.rowId)];

    const mutationShape = fc.oneof(
      // One of a second kiosk's creates, maybe spoiled.
      fc.tuple(fc.constantFrom(...group), spoil).map(([m, junk]) => ({
        table: m.table,
        rowId: m.rowId,
        op: 'put' as const,
        fields: { ...m.fields, ...junk },
        baseRev: 0,
        intent: undefined,
      })),
      // A queue action on the issued ticket, with some plausible fields and maybe junk.
      fc
        .record({
          intent: intents,
          fields: someOf({
            state: 'called',
            callCount: 1,
            counterId: 'loket-1',
            calledAt: minute(5),
            startedAt: minute(6),
            finishedAt: -1,
            transferredToId: newId(),
          }),
          junk: spoil,
          baseRev: fc.nat(4),
        })
        .map(({ fields, junk, ...rest }) => ({
          ...rest,
          table: 'tickets' as const,
          rowId: ticketId,
          op: 'put' as const,
          fields: { ...fields, ...junk },
        })),
      // An edit of the registration.
      fc
        .record({
          fields: someOf({ name: 'Nama Baru', nik: '7306010101800009', hasNoId: true }),
          junk: spoil,
          op: fc.constantFrom('put' as const, 'delete' as const),
          baseRev: fc.nat(4),
        })
        .map(({ fields, junk, ...rest }) => ({
          ...rest,
          table: 'registrations' as const,
          rowId: registrationId,
          fields: { ...fields, ...junk },
          intent: undefined,
        })),
      // Anything at all.
      fc.record({
        table: fc.constantFrom(...syncedTables),
        rowId: fc.constantFrom(...known),
        op: fc.constantFrom('put' as const, 'delete' as const),
        fields: anyFields,
        baseRev: fc.nat(4),
        intent: fc.option(intents, { nil: undefined }),
      }),
    );

    let accepted = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(mutationShape, fc.nat(90)), { minLength: 1, maxLength: 4 }),
        roleSets,
        (shapes, roles) => {
          const d = device(...roles);
          const txId = newId();
          const mutations = shapes.map(([{ fields, ...rest }, at]) =>
            mutation({ ...rest, fields: wire(fields), txId, hlc: stamp(d, minute(at)) }),
          );
          const snapshot = structuredClone(server.rows);
          const outcome = applyGroup(server.rows, mutations, server.context(d));
          expect(server.rows).toEqual(snapshot);
          if (!outcome.ok) {
            expect(rejectionCodes).toContain(outcome.code);
            expect(outcome.message.length).toBeGreaterThan(0);
            return;
          }
          accepted += 1;
          for (const row of outcome.changed) {
            expect(row.centreId).toBe(CENTRE);
            expect(tableFieldSchemas[row.table].safeParse(row.data).success).toBe(true);
            const wired = JSON.parse(JSON.stringify(toWireRow({ ...row, rev: 1 })));
            expect(serverRowSchema.safeParse(wired).success).toBe(true);
          }
        },
      ),
      { numRuns: 400 },
    );
    // The property is only worth something if some groups get through.
    expect(accepted).toBeGreaterThan(10);
  });
});
