// The local store: one IndexedDB database per installation, shared by all its windows.
// Schema versions are Dexie versions; a shipped version is never edited — add the next one with
// an upgrade function.
import { Dexie, type EntityTable } from 'dexie';
import type { Ticket, TicketEvent } from '../../core/queue/ticket.ts';
import type { OutboxMutation } from '../../core/sync/record.ts';
import type { Registration } from '../../core/visitor/registration.ts';

/** Per-device ticket counter for a letter on a local day (never synced). */
export interface TicketCounter {
  localDay: string;
  letter: string;
  count: number;
}

export interface MetaEntry {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'serasi-desk';

export class SerasiDb extends Dexie {
  tickets!: EntityTable<Ticket, 'id'>;
  ticketEvents!: EntityTable<TicketEvent, 'id'>;
  registrations!: EntityTable<Registration, 'id'>;
  outbox!: EntityTable<OutboxMutation, 'seq'>;
  ticketCounters!: Dexie.Table<TicketCounter, [string, string]>;
  meta!: EntityTable<MetaEntry, 'key'>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      // The queue index: a lane's head is the first entry of [day, waiting, service, lane, …].
      tickets: 'id, [localDay+state+serviceId+lane+arrivedAt], [localDay+state], updatedAt',
      ticketEvents: 'id, ticketId, [localDay+at], [localDay+counterId+at], updatedAt',
      registrations: 'id, ticketId, updatedAt',
      outbox: '++seq, table',
      ticketCounters: '[localDay+letter]',
      meta: 'key',
    });
  }
}
