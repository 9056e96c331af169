// The fields every synced row carries, laid for the central sync from day one
// (../shared/ARCHITECTURE.md, "Local data"): device-made UUIDv7 id, the centre it belongs to,
// a hybrid-logical-clock stamp, the server revision (0 until acknowledged) and a tombstone.
import { z } from 'zod';
import type { TicketAction } from '../queue/ticket.ts';

export const syncedRecordSchema = z.object({
  id: z.uuid(),
  balaiId: z.string().min(1),
  /** Hybrid logical clock stamp of the last local change (see hlc.ts); sorts as a string. */
  updatedAt: z.string(),
  /** Server revision this row was last acknowledged at; 0 while never synced. */
  rev: z.number().int().nonnegative(),
  /** Tombstone: 1 when deleted. IndexedDB cannot index booleans, hence 0 | 1. */
  deleted: z.union([z.literal(0), z.literal(1)]),
});

export type SyncedRecord = z.infer<typeof syncedRecordSchema>;

/** Names of the tables whose rows travel to the server. */
export const syncedTables = [
  'tickets',
  'ticketEvents',
  'registrations',
  'dayClosures',
  'beneficiaries',
  'visits',
  'assessments',
  'emergencyServices',
  'stockMovements',
  'referrals',
] as const;
export type SyncedTable = (typeof syncedTables)[number];

/**
 * Why a ticket changed: the queue action behind a ticket update. The server re-runs the same
 * state machine (core/queue/transitions.ts) on its own copy of the ticket, so two counters
 * calling one ticket offline cannot both win.
 */
export interface TicketIntent {
  kind: 'ticket-action';
  action: TicketAction;
  counterId?: string;
  reason?: string;
}

/** One local change waiting to be pushed; written in the same transaction as the row itself. */
export interface OutboxMutation {
  /** Auto-incremented per device: the causal order of pushes. */
  seq?: number;
  /**
   * The local transaction the change was made in. The server applies or rejects a transaction's
   * mutations together (a refused call also drops its "called" event), and the device rolls
   * them back together.
   */
  txId: string;
  table: SyncedTable;
  rowId: string;
  op: 'put' | 'delete';
  /** The fields this change set (the whole row for a new one). */
  fields: Record<string, unknown>;
  /** Server revision the change was made against (for conflict detection). */
  baseRev: number;
  hlc: string;
  /** Set on ticket updates: the queue action the server validates. */
  intent?: TicketIntent;
}
