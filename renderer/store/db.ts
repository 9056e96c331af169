// The local store: one IndexedDB database per installation, shared by all its windows.
// Schema versions are Dexie versions; a shipped version is never edited — add the next one with
// an upgrade function.
import { Dexie, type EntityTable } from 'dexie';
import type { Beneficiary } from '../../core/beneficiary/beneficiary.ts';
import type { Assessment } from '../../core/casework/assessment.ts';
import type { EmergencyService, StockMovement } from '../../core/casework/emergency.ts';
import type { Referral } from '../../core/casework/referral.ts';
import type { Visit } from '../../core/casework/visit.ts';
import { newId } from '../../core/ids.ts';
import type { DayClosure } from '../../core/queue/closing.ts';
import type { Ticket, TicketEvent } from '../../core/queue/ticket.ts';
import type { DayFacts } from '../../core/reports/day-facts.ts';
import type { OutboxMutation } from '../../core/sync/record.ts';
import type { Registration } from '../../core/visitor/registration.ts';
import { dayFactsInvalidation } from './report-facts.ts';

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

/** A local change the server refused and the sync rolled back, kept until staff dismiss it. */
export interface SyncNotice {
  id?: number;
  at: number;
  /** What was undone to the ticket ("call", or "issued" for a refused new ticket). */
  action?: TicketEvent['type'];
  /** The ticket it concerned ("A-012"), when it concerned one. */
  ticketNumber?: string;
  /** The counter that made the change: the console of that counter shows the notice. */
  counterId?: string;
  /** The server's reason, in Bahasa Indonesia: "A-012 sudah dipanggil di Loket 2". */
  message: string;
}

/**
 * A form's work in progress, saved locally as it is typed so a reload, a crash or an idle lock
 * loses nothing (never synced: unfinished work stays on the PC until it is completed).
 */
export interface Draft {
  /** "assessment:<visitId>", "referral:<visitId>", …: one draft per form and subject. */
  key: string;
  data: unknown;
  savedAt: number;
}

export const DATABASE_NAME = 'serasi-desk';

export class SerasiDb extends Dexie {
  tickets!: EntityTable<Ticket, 'id'>;
  ticketEvents!: EntityTable<TicketEvent, 'id'>;
  registrations!: EntityTable<Registration, 'id'>;
  outbox!: EntityTable<OutboxMutation, 'seq'>;
  ticketCounters!: Dexie.Table<TicketCounter, [string, string]>;
  meta!: EntityTable<MetaEntry, 'key'>;
  syncNotices!: EntityTable<SyncNotice, 'id'>;
  dayClosures!: EntityTable<DayClosure, 'id'>;
  dayFacts!: EntityTable<DayFacts, 'localDay'>;
  beneficiaries!: EntityTable<Beneficiary, 'id'>;
  visits!: EntityTable<Visit, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  emergencyServices!: EntityTable<EmergencyService, 'id'>;
  stockMovements!: EntityTable<StockMovement, 'id'>;
  referrals!: EntityTable<Referral, 'id'>;
  drafts!: EntityTable<Draft, 'key'>;

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
    // The sync: pending changes of a row (rebase) and of a local transaction (rollback), and the
    // refusals staff are told about.
    this.version(2)
      .stores({ outbox: '++seq, table, rowId, txId', syncNotices: '++id, at' })
      .upgrade((tx) =>
        // Version 1 kept no transaction ids: each old change travels as its own transaction.
        tx
          .table<OutboxMutation, number>('outbox')
          .toCollection()
          .modify((mutation) => {
            mutation.txId ??= newId();
          }),
      );
    // Reports and the daily closing: registrations by day (demographics of a period), the
    // synced closure of each centre day, and each day's report facts (local only, dropped with
    // every write to the day's rows: report-facts.ts). Tickets and events are already by day.
    this.version(3).stores({
      registrations: 'id, ticketId, updatedAt, localDay',
      dayClosures: 'id, localDay, updatedAt',
      dayFacts: 'localDay',
    });
    // Casework: beneficiaries by NIK and No. KK, by name (prefix search over the multiEntry
    // search keys, core/beneficiary/name-search.ts), by birth date (duplicate checks), and the
    // records merged into each one (history through a merge). Null values are not indexed.
    this.version(4).stores({
      beneficiaries: 'id, nik, kk, *searchKeys, birthDate, mergedIntoId, updatedAt',
    });
    // Casework: each beneficiary's visits and what was done on them (timeline), a visit by its
    // tickets (the console opens the visit of the ticket in hand), the stock ledger by item,
    // referrals by follow-up date (the overdue list), and local drafts of forms.
    this.version(5).stores({
      visits: 'id, beneficiaryId, *ticketIds, localDay, updatedAt',
      assessments: 'id, beneficiaryId, visitId, supersedesId, updatedAt',
      emergencyServices: 'id, beneficiaryId, visitId, updatedAt',
      stockMovements: 'id, itemId, updatedAt',
      referrals: 'id, beneficiaryId, visitId, followUpBy, updatedAt',
      drafts: 'key',
    });
    this.use(dayFactsInvalidation);
  }
}
