// A device as the server sees it, for the server tests and the sync bench: it makes outbox
// mutations the way the store does (whole rows on create; the state machine's patch plus an intent
// on a queue action; one txId per local transaction), and speaks the protocol over real HTTP.
import type { Role } from '../../core/centre/config.ts';
import { newId } from '../../core/ids.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import { encodeHlc, type HlcState, tickHlc } from '../../core/sync/hlc.ts';
import {
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type PullResponse,
  type PushResponse,
  type WireMutation,
} from '../../core/sync/protocol.ts';
import type { SyncedTable } from '../../core/sync/record.ts';
import { testConfig } from './config.ts';
import { authHeaders, enrolDevice, type ServerAddress } from './sync-server.ts';

export const serviceId = testConfig().counters[0]?.serviceIds[0] ?? 'informasi';
export const T0 = Date.UTC(2026, 10, 23, 1, 0); // Monday 23 November 2026, 09.00 WITA
const T0_DAY = '2026-11-23';

export interface HttpAnswer<T = unknown> {
  status: number;
  body: T;
}

export async function request<T = unknown>(
  url: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<HttpAnswer<T>> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(options.token
        ? authHeaders(options.token)
        : { [PROTOCOL_HEADER]: `${PROTOCOL_VERSION}` }),
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** The fields of a ticket as issued (what the kiosk's create carries). */
export type TicketFields = Omit<Ticket, 'id' | 'balaiId' | 'updatedAt' | 'rev' | 'deleted'>;

export interface IssuedTicket {
  id: string;
  fields: TicketFields;
  mutations: WireMutation[];
}

export interface TestDevice {
  id: string;
  token: string;
  centreId: string;
  /** The next outbox mutation of this device, stamped at `at` (default T0). */
  mutation(m: Omit<WireMutation, 'seq' | 'hlc'>, at?: number): WireMutation;
  /** Ticket + registration + "issued" event, one local transaction, on the centre's `localDay`. */
  issueTicket(number: string, at?: number, localDay?: string): IssuedTicket;
  /** A queue action on a ticket (patch from the state machine, with intent) and its event. */
  act(
    ticket: IssuedTicket,
    action: 'call' | 'start' | 'finish',
    patch: Partial<Ticket>,
    options: { baseRev: number; counterId?: string; at?: number },
  ): WireMutation[];
  push(mutations: WireMutation[]): Promise<HttpAnswer<PushResponse>>;
  pull(cursor: number, limit?: number): Promise<HttpAnswer<PullResponse>>;
}

/** Enrols a new device at the centre and returns its simulator. */
export async function testDevice(
  server: ServerAddress,
  centreId: string,
  roles: Role[],
): Promise<TestDevice> {
  const enrolled = await enrolDevice(server, centreId, roles);
  return deviceFor(server.url, enrolled.deviceId, enrolled.token, centreId);
}

export function deviceFor(url: string, id: string, token: string, centreId: string): TestDevice {
  let seq = 0;
  let clock: HlcState = { wallMs: 0, counter: 0 };
  const stamp = (at: number) => {
    clock = tickHlc(clock, at);
    return encodeHlc(clock, id);
  };
  const mutation = (m: Omit<WireMutation, 'seq' | 'hlc'>, at = T0): WireMutation => {
    seq += 1;
    return { ...m, seq, hlc: stamp(at) };
  };
  const create = (
    txId: string,
    table: SyncedTable,
    rowId: string,
    fields: object,
    at: number,
  ): WireMutation =>
    mutation(
      {
        txId,
        table,
        rowId,
        op: 'put',
        fields: JSON.parse(
          JSON.stringify({ ...fields, id: rowId, balaiId: centreId, rev: 0, deleted: 0 }),
        ),
        baseRev: 0,
      },
      at,
    );
  const event = (
    txId: string,
    ticket: IssuedTicket,
    type: 'issued' | 'call' | 'start' | 'finish',
    at: number,
    counterId?: string,
  ) =>
    create(
      txId,
      'ticketEvents',
      newId(),
      {
        ticketId: ticket.id,
        ticketNumber: ticket.fields.number,
        serviceId: ticket.fields.serviceId,
        type,
        lane: ticket.fields.lane,
        at,
        localDay: ticket.fields.localDay,
        deviceId: id,
        ...(counterId ? { counterId } : {}),
      },
      at,
    );

  return {
    id,
    token,
    centreId,
    mutation,
    issueTicket(number, at = T0, localDay = T0_DAY) {
      const txId = newId();
      const ticketId = newId();
      const registrationId = newId();
      const fields: TicketFields = {
        number,
        letter: number.slice(0, 1),
        seq: Number(number.slice(2)),
        serviceId,
        localDay,
        lane: 'regular',
        priorityClasses: [],
        state: 'waiting',
        arrivedAt: at,
        issuedAt: at,
        issuedBy: id,
        registrationId,
        callCount: 0,
      };
      const ticket: IssuedTicket = { id: ticketId, fields, mutations: [] };
      ticket.mutations = [
        create(txId, 'tickets', ticketId, fields, at),
        create(
          txId,
          'registrations',
          registrationId,
          {
            ticketId,
            serviceId,
            localDay: fields.localDay,
            registeredAt: at,
            deviceId: id,
            hasNoId: true,
            priorityClasses: [],
          },
          at,
        ),
        event(txId, ticket, 'issued', at),
      ];
      return ticket;
    },
    act(ticket, action, patch, { baseRev, counterId, at = T0 + 60_000 }) {
      const txId = newId();
      return [
        mutation(
          {
            txId,
            table: 'tickets',
            rowId: ticket.id,
            op: 'put',
            fields: JSON.parse(JSON.stringify(patch)),
            baseRev,
            intent: { kind: 'ticket-action', action, ...(counterId ? { counterId } : {}) },
          },
          at,
        ),
        event(txId, ticket, action, at, counterId),
      ];
    },
    push: (mutations) =>
      request<PushResponse>(url, 'POST', '/sync/push', {
        token,
        body: { deviceId: id, mutations },
      }),
    pull: (cursor, limit) =>
      request<PullResponse>(
        url,
        'GET',
        `/sync/pull?cursor=${cursor}${limit === undefined ? '' : `&limit=${limit}`}`,
        { token },
      ),
  };
}
