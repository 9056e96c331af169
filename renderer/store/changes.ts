// Every change to a synced row goes through here: the row and its outbox mutation are written
// in the caller's transaction, so a crash loses both or neither (ARCHITECTURE.md, "Local data").
import type { Table } from 'dexie';
import type { Beneficiary } from '../../core/beneficiary/beneficiary.ts';
import type { Assessment } from '../../core/casework/assessment.ts';
import type { EmergencyService, StockMovement } from '../../core/casework/emergency.ts';
import type { Referral } from '../../core/casework/referral.ts';
import type { Visit } from '../../core/casework/visit.ts';
import type { DayClosure } from '../../core/queue/closing.ts';
import type { Ticket, TicketEvent } from '../../core/queue/ticket.ts';
import type { SyncedRecord, SyncedTable, TicketIntent } from '../../core/sync/record.ts';
import type { Registration } from '../../core/visitor/registration.ts';
import type { SerasiDb } from './db.ts';
import { nextStamp } from './device.ts';
import { announceOnCommit } from './local-changes.ts';

export interface ChangeContext {
  db: SerasiDb;
  deviceId: string;
  balaiId: string;
  now: number;
  /** One id per local transaction: its mutations are pushed, applied and rolled back together. */
  txId: string;
}

/** The row type of each synced table. */
interface SyncedRows {
  tickets: Ticket;
  ticketEvents: TicketEvent;
  registrations: Registration;
  dayClosures: DayClosure;
  beneficiaries: Beneficiary;
  visits: Visit;
  assessments: Assessment;
  emergencyServices: EmergencyService;
  stockMovements: StockMovement;
  referrals: Referral;
}
type RowOf<T extends SyncedTable> = SyncedRows[T];

function tableOf<T extends SyncedTable>(db: SerasiDb, table: T): Table<RowOf<T>, string> {
  return db[table] as unknown as Table<RowOf<T>, string>;
}

/** The tables a change touches; pass these (plus your own) to db.transaction. */
export function changeTables(db: SerasiDb, ...tables: SyncedTable[]) {
  return [db.outbox, db.meta, ...tables.map((name) => db[name])];
}

/** Create a row. `fields` is the row without its sync fields. */
export async function createRow<T extends SyncedTable>(
  ctx: ChangeContext,
  table: T,
  id: string,
  fields: Omit<RowOf<T>, keyof SyncedRecord>,
): Promise<RowOf<T>> {
  const stamp = await nextStamp(ctx.db, ctx.deviceId, ctx.now);
  const row = {
    ...fields,
    id,
    balaiId: ctx.balaiId,
    updatedAt: stamp,
    rev: 0,
    deleted: 0,
  } as RowOf<T>;
  await tableOf(ctx.db, table).add(row);
  announceOnCommit(ctx.db);
  await ctx.db.outbox.add({
    txId: ctx.txId,
    table,
    rowId: id,
    op: 'put',
    fields: { ...row },
    baseRev: 0,
    hlc: stamp,
  });
  return row;
}

/**
 * Change some fields of an existing row; returns the row as it now is. A ticket change names
 * its queue action (`intent`), which the server validates again.
 */
export async function updateRow<T extends SyncedTable>(
  ctx: ChangeContext,
  table: T,
  current: RowOf<T>,
  patch: Partial<Omit<RowOf<T>, keyof SyncedRecord>>,
  intent?: TicketIntent,
): Promise<RowOf<T>> {
  const stamp = await nextStamp(ctx.db, ctx.deviceId, ctx.now);
  const fields = { ...patch, updatedAt: stamp };
  const row = { ...current, ...fields } as RowOf<T>;
  await tableOf(ctx.db, table).put(row);
  announceOnCommit(ctx.db);
  await ctx.db.outbox.add({
    txId: ctx.txId,
    table,
    rowId: current.id,
    op: 'put',
    fields,
    baseRev: current.rev,
    hlc: stamp,
    ...(intent ? { intent } : {}),
  });
  return row;
}
