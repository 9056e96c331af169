// The server's rules for applying pushed mutations, as plain functions over rows in memory: the
// server loads the rows a batch touches, runs this, then writes what it returns in one database
// transaction. Tested in Node without a database (tests/core/sync-apply.test.ts).
//
// - Tickets are workflow records: created waiting, then changed only through a queue action
//   (`intent`) that the shared state machine (core/queue/transitions.ts) accepts on the server's
//   copy. A refusal rejects the whole local transaction, with the state machine's message.
// - Ticket events are append-only: created once, for a ticket the server knows.
// - Registrations (profile-like) merge field by field: the later HLC stamp wins each field, and a
//   value that loses is kept as a conflict for review, never dropped.
// - A device may only do its roles' work (device-access.ts): a display board writes nothing; a
//   kiosk only creates tickets, their "issued" events and registrations.
// - A day closure (core/queue/closing.ts) is created once per centre day, under the id derived
//   from (centre, day), together with the closing actions on that day's open tickets. After it,
//   ticket and event changes of that day are refused — except those made (by their clock stamp)
//   before the closing, which are late deliveries of work done while the day was open.
// - Beneficiaries (profile-like) merge field by field as registrations do; only a console writes
//   them. A merge (core/beneficiary/merge.ts) is final: once `mergedIntoId` is set it never
//   changes, and it must name another beneficiary of the centre that is not merged into this one.
//   Edits that reach a merged record later (a PC that was offline) are kept on it, not refused.
// - Casework (core/casework/): visits and referrals merge field by field (a referral's status
//   dates, once set, are never cleared); assessment versions, emergency services and stock
//   movements are append-only. Only a console writes them.
import type { z } from 'zod';
import type { Role } from '../centre/config.ts';
import { counterLabel } from '../centre/counters.ts';
import type { CentreReference } from '../centre/reference.ts';
import { closedDayMessage, type DayClosure, dayClosureId } from '../queue/closing.ts';
import type { Ticket } from '../queue/ticket.ts';
import { applyTicketAction } from '../queue/transitions.ts';
import { deviceMayWrite } from './device-access.ts';
import { decodeHlc } from './hlc.ts';
import type { RejectionCode, WireMutation } from './protocol.ts';
import { type SyncedTable, syncedRecordSchema } from './record.ts';
import {
  assessmentTableSchema,
  beneficiaryTableSchema,
  dayClosureFieldsSchema,
  emergencyServiceTableSchema,
  referralTableSchema,
  registrationFieldsSchema,
  stockMovementTableSchema,
  ticketEventFieldsSchema,
  ticketFieldsSchema,
  visitTableSchema,
} from './tables.ts';

/** A row as the server keeps it. `data` holds the table's own fields, never the sync fields. */
export interface StoredRow {
  table: SyncedTable;
  id: string;
  centreId: string;
  /** 0 for a row this batch creates; the caller assigns the real rev when writing. */
  rev: number;
  deleted: 0 | 1;
  /** HLC stamp of the latest change applied. */
  updatedAt: string;
  data: Record<string, unknown>;
  /** Per field, the HLC stamp that set its current value (the merge's memory). */
  fieldClocks: Record<string, string>;
}

/** `${table}:${id}` */
export type RowKey = string;
export const rowKey = (table: SyncedTable, id: string): RowKey => `${table}:${id}`;

export interface ApplyContext {
  centreId: string;
  device: { id: string; roles: readonly Role[] };
  /** Counter names for messages ("Loket 2") and the centre's no-show rule. */
  reference: CentreReference;
  now: number;
}

/** A value that lost a merge. */
export interface MergeConflict {
  table: SyncedTable;
  rowId: string;
  field: string;
  keptValue: unknown;
  keptHlc: string;
  lostValue: unknown;
  lostHlc: string;
}

export type GroupOutcome =
  | {
      ok: true;
      /** Every row the group changed or created, as it now is (rev untouched). */
      changed: StoredRow[];
      conflicts: MergeConflict[];
    }
  | {
      ok: false;
      /** The mutation that was refused; the others of the group get 'transaction_rejected'. */
      seq: number;
      code: RejectionCode;
      message: string;
    };

/**
 * Rows the server must load before applying these mutations: each mutation's own row, for a
 * ticket event the ticket it belongs to, and — given the centre — the closure of each day a
 * mutation names. The days of changed tickets are only known once they are loaded: load
 * `closuresToLoad` of those rows next.
 */
export function rowsToLoad(mutations: readonly WireMutation[], centreId?: string): RowKey[] {
  const keys = new Set<RowKey>();
  for (const m of mutations) {
    keys.add(rowKey(m.table, m.rowId));
    const ticketId = m.fields.ticketId;
    if (m.table === 'ticketEvents' && typeof ticketId === 'string') {
      keys.add(rowKey('tickets', ticketId));
    }
    const survivorId = m.fields.mergedIntoId;
    if (m.table === 'beneficiaries' && typeof survivorId === 'string') {
      keys.add(rowKey('beneficiaries', survivorId));
    }
    const supersededId = m.fields.supersedesId;
    if (m.table === 'assessments' && typeof supersededId === 'string') {
      keys.add(rowKey('assessments', supersededId));
    }
    const day = m.fields.localDay;
    if (centreId !== undefined && typeof day === 'string' && queueTables.has(m.table)) {
      keys.add(rowKey('dayClosures', dayClosureId(centreId, day)));
    }
  }
  return [...keys];
}

/** The tables a day closure freezes. */
const queueTables: ReadonlySet<SyncedTable> = new Set(['tickets', 'ticketEvents', 'dayClosures']);

/** The closures of the days of these (loaded) tickets and events: the closed-day rule reads them. */
export function closuresToLoad(rows: Iterable<StoredRow>, centreId: string): RowKey[] {
  const keys = new Set<RowKey>();
  for (const row of rows) {
    const day = row.data.localDay;
    if ((row.table === 'tickets' || row.table === 'ticketEvents') && typeof day === 'string') {
      keys.add(rowKey('dayClosures', dayClosureId(centreId, day)));
    }
  }
  return [...keys];
}

/**
 * Apply one local transaction's mutations (same txId, in seq order) to `rows`. Pure: `rows` is
 * not modified; a refused group changes nothing. `rows` maps a key to the stored row, or is
 * missing the key when the server has no such row (rows created earlier in the same batch must
 * be passed in by the caller, i.e. the caller feeds each group's `changed` back into its map).
 *
 * `changed` lists every row a mutation of the group was applied to, even when a merge kept all
 * of the stored values: its new rev sends the server's version back to the pushing device.
 */
export function applyGroup(
  rows: ReadonlyMap<RowKey, StoredRow>,
  group: readonly WireMutation[],
  ctx: ApplyContext,
): GroupOutcome {
  const changed = new Map<RowKey, StoredRow>();
  const read = (key: RowKey) => changed.get(key) ?? rows.get(key);
  const conflicts: MergeConflict[] = [];
  const scope: GroupScope = { group, closing: closingDays(group) };
  for (const m of group) {
    const step = applyMutation(read, m, ctx, scope);
    if (!step.ok) return { ok: false, seq: m.seq, code: step.code, message: step.message };
    changed.set(rowKey(m.table, m.rowId), step.row);
    conflicts.push(...step.conflicts);
  }
  return { ok: true, changed: [...changed.values()], conflicts };
}

/** The row as a device sees it in a pull or a rejection: table fields plus sync fields. */
export function toWireRow(row: StoredRow & { rev: number }): Record<string, unknown> {
  return {
    ...row.data,
    id: row.id,
    balaiId: row.centreId,
    updatedAt: row.updatedAt,
    rev: row.rev,
    deleted: row.deleted,
  };
}

type Refused = { ok: false; code: RejectionCode; message: string };
type Step = { ok: true; row: StoredRow; conflicts: MergeConflict[] } | Refused;
type Read = (key: RowKey) => StoredRow | undefined;
type Fields = Record<string, unknown>;

/** What a mutation may know of the rest of its local transaction. */
interface GroupScope {
  group: readonly WireMutation[];
  /** Days whose closure this transaction creates: their closing actions belong to it. */
  closing: ReadonlySet<string>;
}

function closingDays(group: readonly WireMutation[]): Set<string> {
  const days = new Set<string>();
  for (const m of group) {
    const day = m.fields.localDay;
    if (m.table === 'dayClosures' && m.op === 'put' && typeof day === 'string') days.add(day);
  }
  return days;
}

const closingActionNames: ReadonlySet<string> = new Set(['close_no_show', 'carry_over']);

/**
 * The refusal for a change to a closed day, or null when the day is open, is being closed by
 * this transaction, or the change was made before the closing (a late delivery from a device
 * that was offline).
 */
function closedDay(
  read: Read,
  m: WireMutation,
  day: unknown,
  ctx: ApplyContext,
  scope: GroupScope,
): Refused | null {
  if (typeof day !== 'string' || scope.closing.has(day)) return null;
  const stored = read(rowKey('dayClosures', dayClosureId(ctx.centreId, day)));
  if (!stored || stored.deleted === 1) return null;
  const closure = dayClosureFieldsSchema.safeParse(stored.data);
  if (!closure.success) return null;
  if (decodeHlc(m.hlc).wallMs < closure.data.closedAt) return null;
  return refuse('not_allowed', closedDayMessage(closure.data, ctx.reference.centre.timeZone));
}

/** How messages name a table's rows: "Data tiket …". */
const rowNames: Record<SyncedTable, string> = {
  tickets: 'tiket',
  ticketEvents: 'kejadian tiket',
  registrations: 'pendaftaran',
  dayClosures: 'penutupan layanan',
  beneficiaries: 'penerima manfaat',
  visits: 'kunjungan',
  assessments: 'asesmen',
  emergencyServices: 'layanan darurat',
  stockMovements: 'mutasi stok',
  referrals: 'rujukan',
};

const syncFieldNames: ReadonlySet<string> = new Set(Object.keys(syncedRecordSchema.shape));

function applyMutation(read: Read, m: WireMutation, ctx: ApplyContext, scope: GroupScope): Step {
  const stored = read(rowKey(m.table, m.rowId));
  const name = rowNames[m.table];
  if (stored && stored.centreId !== ctx.centreId) {
    return refuse('invalid_row', 'Data ini milik balai lain.');
  }
  if (!deviceMayWrite(ctx.device.roles, m, stored !== undefined)) {
    return refuse('forbidden_role', 'Perangkat ini tidak berwenang mengubah data ini.');
  }
  if (m.intent && m.table !== 'tickets') {
    return refuse('invalid_row', 'Tindakan antrean hanya berlaku untuk tiket.');
  }
  if (!stored && m.op === 'put' && (m.baseRev > 0 || m.intent)) {
    return refuse('missing_row', `Data ${name} tidak ditemukan di server.`);
  }
  const fields = ownFields(m, ctx);
  if (!fields.ok) return fields;
  switch (m.table) {
    case 'tickets':
      return applyTicket(read, stored, m, fields.fields, ctx, scope);
    case 'ticketEvents':
      return applyTicketEvent(read, stored, m, fields.fields, ctx, scope);
    case 'registrations':
      return applyProfile('registrations', registrationFieldsSchema, stored, m, fields.fields, ctx);
    case 'dayClosures':
      return applyDayClosure(stored, m, fields.fields, ctx, scope);
    case 'beneficiaries':
      return applyProfile(
        'beneficiaries',
        beneficiaryTableSchema,
        stored,
        m,
        fields.fields,
        ctx,
        beneficiaryMergeRule(read, m, ctx),
      );
    case 'visits':
      return applyProfile('visits', visitTableSchema, stored, m, fields.fields, ctx);
    case 'referrals':
      return applyProfile(
        'referrals',
        referralTableSchema,
        stored,
        m,
        fields.fields,
        ctx,
        referralStatusRule,
      );
    case 'assessments':
      return applyAppendOnly(
        'assessments',
        assessmentTableSchema,
        stored,
        m,
        fields.fields,
        ctx,
        (a) => assessmentVersionRule(read, a, ctx),
      );
    case 'emergencyServices':
      return applyAppendOnly(
        'emergencyServices',
        emergencyServiceTableSchema,
        stored,
        m,
        fields.fields,
        ctx,
      );
    case 'stockMovements':
      return applyAppendOnly(
        'stockMovements',
        stockMovementTableSchema,
        stored,
        m,
        fields.fields,
        ctx,
      );
  }
}

/** The table's own fields of a mutation; a create's id and balaiId must be the row's own. */
function ownFields(m: WireMutation, ctx: ApplyContext): { ok: true; fields: Fields } | Refused {
  if (Object.hasOwn(m.fields, 'id') && m.fields.id !== m.rowId) {
    return refuse('invalid_row', 'Id data tidak sesuai dengan baris yang diubah.');
  }
  if (Object.hasOwn(m.fields, 'balaiId') && m.fields.balaiId !== ctx.centreId) {
    return refuse('invalid_row', 'Data ini milik balai lain.');
  }
  const own = Object.entries(m.fields).filter(([key]) => !syncFieldNames.has(key));
  return { ok: true, fields: Object.fromEntries(own) };
}

function applyTicket(
  read: Read,
  stored: StoredRow | undefined,
  m: WireMutation,
  fields: Fields,
  ctx: ApplyContext,
  scope: GroupScope,
): Step {
  if (m.op === 'delete') {
    return refuse('not_allowed', 'Tiket tidak dapat dihapus; batalkan tiketnya.');
  }
  const closed = closedDay(read, m, stored ? stored.data.localDay : fields.localDay, ctx, scope);
  if (closed) return closed;
  if (!stored) {
    const parsed = parse(ticketFieldsSchema, 'tickets', fields);
    if (!parsed.ok) return parsed;
    if (parsed.data.state !== 'waiting' || parsed.data.callCount !== 0) {
      return refuse('invalid_row', 'Tiket baru harus menunggu dan belum pernah dipanggil.');
    }
    return applied(created(m, ctx, parsed.data));
  }
  if (!m.intent) {
    return m.baseRev === 0
      ? refuse('row_exists', 'Data tiket ini sudah ada di server.')
      : refuse('invalid_row', 'Perubahan tiket harus melalui tindakan antrean.');
  }
  const current = parse(ticketFieldsSchema, 'tickets', stored.data);
  if (!current.ok) return current;
  const { action, counterId, reason } = m.intent;
  const ticket: Ticket = {
    ...current.data,
    id: stored.id,
    balaiId: stored.centreId,
    updatedAt: stored.updatedAt,
    rev: stored.rev,
    deleted: stored.deleted,
  };
  const outcome = applyTicketAction(ticket, action, {
    now: ctx.now,
    counterId,
    reason,
    counterLabel: (id) => counterLabel(ctx.reference.counters, id),
    noShowAfterCalls: ctx.reference.centre.noShowAfterCalls,
    // Closing actions are the state machine's only when this transaction closes the day.
    closing: scope.closing.has(current.data.localDay),
  });
  if (!outcome.ok) return refuse('transition_refused', outcome.message);

  // The device sends the patch its own copy produced. The server's patch decides state, calls
  // and counter; the device keeps the time it acted (maybe offline), who acted and, on transfer
  // or carry-over, the link.
  const patch = Object.entries(outcome.patch).filter(([, value]) => value !== undefined);
  const allowed = new Set(patch.map(([key]) => key));
  allowed.add('staffId');
  if (action === 'transfer') allowed.add('transferredToId');
  if (action === 'carry_over') allowed.add('carriedOverToId');
  // The device's copy may not know of an earlier call that the server's copy has seen.
  if (action === 'call') allowed.add('firstCalledAt');
  const unexpected = Object.keys(fields).find((key) => !allowed.has(key));
  if (unexpected !== undefined) {
    return refuse('invalid_row', `Tindakan ini tidak boleh mengubah kolom ${unexpected}.`);
  }
  const deviceSet = Object.entries(fields).filter(([key]) => deviceSetFields.has(key));
  const next = parse(ticketFieldsSchema, 'tickets', {
    ...current.data,
    ...Object.fromEntries(patch),
    ...Object.fromEntries(deviceSet),
    // The first call stays the first, whichever copy saw it.
    ...(current.data.firstCalledAt === undefined
      ? {}
      : { firstCalledAt: current.data.firstCalledAt }),
  });
  if (!next.ok) return next;
  if (closingActionNames.has(action) && !listedInClosure(scope, stored.id)) {
    return refuse('invalid_row', `${current.data.number} tidak tercatat pada penutupan layanan.`);
  }
  return applied(updated(stored, m, next.data));
}

/** Ticket fields whose value comes from the device, when its action's patch sets them. */
const deviceSetFields: ReadonlySet<string> = new Set([
  'firstCalledAt',
  'calledAt',
  'startedAt',
  'finishedAt',
  'transferredToId',
  'carriedOverToId',
  'staffId',
]);

/** Whether the closure this transaction creates lists the ticket as resolved. */
function listedInClosure(scope: GroupScope, ticketId: string): boolean {
  return scope.group.some(
    (m) =>
      m.table === 'dayClosures' &&
      Array.isArray(m.fields.resolvedTicketIds) &&
      m.fields.resolvedTicketIds.includes(ticketId),
  );
}

function applyTicketEvent(
  read: Read,
  stored: StoredRow | undefined,
  m: WireMutation,
  fields: Fields,
  ctx: ApplyContext,
  scope: GroupScope,
): Step {
  if (m.op === 'delete') return refuse('not_allowed', 'Kejadian tiket tidak dapat dihapus.');
  if (stored) return refuse('row_exists', 'Kejadian tiket ini sudah tercatat.');
  const parsed = parse(ticketEventFieldsSchema, 'ticketEvents', fields);
  if (!parsed.ok) return parsed;
  const closed = closedDay(read, m, parsed.data.localDay, ctx, scope);
  if (closed) return closed;
  const ticket = read(rowKey('tickets', parsed.data.ticketId));
  if (!ticket || ticket.centreId !== ctx.centreId) {
    return refuse('missing_row', 'Tiket untuk kejadian ini tidak ditemukan.');
  }
  if (ticket.data.number !== parsed.data.ticketNumber) {
    return refuse('invalid_row', 'Nomor tiket pada kejadian ini tidak sesuai dengan tiketnya.');
  }
  return applied(created(m, ctx, parsed.data));
}

/**
 * A profile-like record (a registration, a beneficiary): created whole, then merged field by field
 * by clock, the losing values kept as conflicts. `check` adds the table's own rule, given the
 * incoming fields and the stored row (undefined when creating); it returns a refusal or null.
 */
function applyProfile<S extends z.ZodObject>(
  table: SyncedTable,
  schema: S,
  stored: StoredRow | undefined,
  m: WireMutation,
  fields: Fields,
  ctx: ApplyContext,
  check: (incoming: Partial<z.infer<S>>, stored: StoredRow | undefined) => Refused | null = () =>
    null,
): Step {
  if (m.op === 'delete') {
    if (!stored) return refuse('missing_row', `Data ${rowNames[table]} tidak ditemukan di server.`);
    return applied({ ...stored, deleted: 1, updatedAt: later(stored.updatedAt, m.hlc) });
  }
  if (!stored) {
    const parsed = parse(schema, table, fields);
    if (!parsed.ok) return parsed;
    return check(parsed.data, undefined) ?? applied(created(m, ctx, parsed.data));
  }
  const incoming = parse(schema.partial(), table, fields);
  if (!incoming.ok) return incoming;
  const refused = check(incoming.data as Partial<z.infer<S>>, stored);
  if (refused) return refused;
  const merged = mergeFields(stored, m, incoming.data);
  const whole = parse(schema, table, merged.row.data);
  if (!whole.ok) return whole;
  return { ok: true, row: merged.row, conflicts: merged.conflicts };
}

/**
 * An append-only record (an assessment version, an emergency service, a stock movement): created
 * once, whole, and never changed or deleted; corrections are new records.
 */
function applyAppendOnly<S extends z.ZodObject>(
  table: SyncedTable,
  schema: S,
  stored: StoredRow | undefined,
  m: WireMutation,
  fields: Fields,
  ctx: ApplyContext,
  check: (incoming: z.infer<S>) => Refused | null = () => null,
): Step {
  const name = rowNames[table];
  if (m.op === 'delete') return refuse('not_allowed', `Data ${name} tidak dapat dihapus.`);
  if (stored)
    return refuse('row_exists', `Data ${name} ini sudah tercatat dan tidak dapat diubah.`);
  const parsed = parse(schema, table, fields);
  if (!parsed.ok) return parsed;
  return check(parsed.data) ?? applied(created(m, ctx, parsed.data));
}

/** A later version of an assessment names the version it replaces, of the same visit, plus one. */
function assessmentVersionRule(
  read: Read,
  a: { visitId: string; version: number; supersedesId: string | null },
  ctx: ApplyContext,
): Refused | null {
  if (a.supersedesId === null) {
    return a.version === 1 ? null : refuse('invalid_row', 'Versi asesmen tidak berurutan.');
  }
  const before = read(rowKey('assessments', a.supersedesId));
  if (!before || before.centreId !== ctx.centreId || before.data.visitId !== a.visitId) {
    return refuse('missing_row', 'Asesmen yang diubah tidak ditemukan di server.');
  }
  return before.data.version === a.version - 1
    ? null
    : refuse('invalid_row', 'Versi asesmen tidak berurutan.');
}

/** A referral's status dates, once recorded, are never cleared. */
function referralStatusRule(
  incoming: Partial<Record<string, unknown>>,
  stored: StoredRow | undefined,
): Refused | null {
  if (!stored) return null;
  for (const field of ['sentAt', 'acceptedAt', 'followedUpAt', 'completedAt', 'rejectedAt']) {
    if (
      incoming[field] === null &&
      stored.data[field] !== null &&
      stored.data[field] !== undefined
    ) {
      return refuse('not_allowed', 'Status rujukan yang sudah tercatat tidak dapat dihapus.');
    }
  }
  return null;
}

/**
 * The merge rule of beneficiaries: `mergedIntoId` is set once, to another known beneficiary of
 * the centre not merged into this one, and never changed or cleared; a new record is never
 * created merged.
 */
function beneficiaryMergeRule(read: Read, m: WireMutation, ctx: ApplyContext) {
  return (
    incoming: { mergedIntoId?: string | null },
    stored: StoredRow | undefined,
  ): Refused | null => {
    const survivorId = incoming.mergedIntoId;
    if (!stored) {
      return survivorId === null || survivorId === undefined
        ? null
        : refuse('invalid_row', 'Data penerima manfaat baru tidak dapat langsung digabungkan.');
    }
    if (survivorId === undefined) return null;
    const current = stored.data.mergedIntoId ?? null;
    if (current !== null && current !== survivorId) {
      return refuse(
        'not_allowed',
        'Data penerima manfaat ini sudah digabungkan; penggabungan tidak dapat diubah.',
      );
    }
    if (survivorId === null || current !== null) return null;
    const survivor = read(rowKey('beneficiaries', survivorId));
    if (survivorId === m.rowId || !survivor || survivor.centreId !== ctx.centreId) {
      return refuse('missing_row', 'Data tujuan penggabungan tidak ditemukan.');
    }
    if (survivor.deleted === 1 || survivor.data.mergedIntoId === m.rowId) {
      return refuse(
        'not_allowed',
        'Data tujuan penggabungan sudah dihapus atau sudah digabungkan ke data ini.',
      );
    }
    return null;
  };
}

/**
 * A day's closure: created once, under the id of its (centre, day), never changed or deleted.
 * Each ticket it lists must be resolved by a closing action in the same transaction.
 */
function applyDayClosure(
  stored: StoredRow | undefined,
  m: WireMutation,
  fields: Fields,
  ctx: ApplyContext,
  scope: GroupScope,
): Step {
  if (stored) {
    const closure = dayClosureFieldsSchema.safeParse(stored.data);
    return closure.success
      ? refuse('row_exists', closedDayMessage(closure.data, ctx.reference.centre.timeZone))
      : refuse('row_exists', 'Layanan hari ini sudah ditutup.');
  }
  if (m.op === 'delete') return refuse('not_allowed', 'Penutupan layanan tidak dapat dibatalkan.');
  const parsed = parse(dayClosureFieldsSchema, 'dayClosures', fields);
  if (!parsed.ok) return parsed;
  const closure: Omit<DayClosure, 'id' | 'balaiId' | 'updatedAt' | 'rev' | 'deleted'> = parsed.data;
  if (m.rowId !== dayClosureId(ctx.centreId, closure.localDay)) {
    return refuse('invalid_row', 'Id penutupan layanan tidak sesuai dengan tanggalnya.');
  }
  const resolved = new Set(
    scope.group
      .filter((g) => g.table === 'tickets' && g.intent && closingActionNames.has(g.intent.action))
      .map((g) => g.rowId),
  );
  if (!closure.resolvedTicketIds.every((id) => resolved.has(id))) {
    return refuse('invalid_row', 'Tiket pada penutupan layanan tidak diselesaikan bersamanya.');
  }
  return applied(created(m, ctx, parsed.data));
}

/**
 * Field-level merge: each field takes the value with the later stamp. A value that loses is
 * returned as a conflict: the incoming one when it is older, or the stored one when the incoming
 * edit was made concurrently on another device (without having seen it). A tombstone wins over
 * older edits; a newer edit revives the row.
 */
function mergeFields(
  stored: StoredRow,
  m: WireMutation,
  fields: Fields,
): { row: StoredRow; conflicts: MergeConflict[] } {
  const losesToDelete = stored.deleted === 1 && m.hlc <= stored.updatedAt;
  const incomingDevice = decodeHlc(m.hlc).deviceId;
  const data = { ...stored.data };
  const fieldClocks = { ...stored.fieldClocks };
  const conflicts: MergeConflict[] = [];
  const conflict = (
    field: string,
    kept: unknown,
    keptHlc: string,
    lost: unknown,
    lostHlc: string,
  ) =>
    conflicts.push({
      table: stored.table,
      rowId: stored.id,
      field,
      keptValue: kept ?? null,
      keptHlc,
      lostValue: lost ?? null,
      lostHlc,
    });

  for (const [field, value] of Object.entries(fields)) {
    const storedValue = stored.data[field];
    const storedClock = stored.fieldClocks[field];
    const differs = !sameJson(storedValue, value);
    if (!losesToDelete && (storedClock === undefined || storedClock < m.hlc)) {
      const concurrent =
        storedClock !== undefined &&
        decodeHlc(storedClock).deviceId !== incomingDevice &&
        m.baseRev < stored.rev;
      // Filling a blank (missing, or null in a beneficiary) loses nothing worth keeping.
      if (differs && concurrent && storedValue !== undefined && storedValue !== null) {
        conflict(field, value, m.hlc, storedValue, storedClock);
      }
      data[field] = value;
      fieldClocks[field] = m.hlc;
    } else if (differs) {
      const keptHlc = losesToDelete ? stored.updatedAt : (storedClock ?? stored.updatedAt);
      conflict(field, storedValue, keptHlc, value, m.hlc);
    }
  }
  const row: StoredRow = {
    ...stored,
    deleted: losesToDelete ? 1 : 0,
    updatedAt: later(stored.updatedAt, m.hlc),
    data,
    fieldClocks,
  };
  return { row, conflicts };
}

function created(m: WireMutation, ctx: ApplyContext, data: Fields): StoredRow {
  return {
    table: m.table,
    id: m.rowId,
    centreId: ctx.centreId,
    rev: 0,
    deleted: 0,
    updatedAt: m.hlc,
    data,
    fieldClocks: Object.fromEntries(Object.keys(data).map((field) => [field, m.hlc])),
  };
}

/** The stored row with new data; the fields whose value changed get the mutation's stamp. */
function updated(stored: StoredRow, m: WireMutation, data: Fields): StoredRow {
  const fieldClocks = { ...stored.fieldClocks };
  for (const [field, value] of Object.entries(data)) {
    if (!sameJson(value, stored.data[field])) fieldClocks[field] = m.hlc;
  }
  return { ...stored, data, fieldClocks, updatedAt: later(stored.updatedAt, m.hlc) };
}

function parse<S extends z.ZodType>(
  schema: S,
  table: SyncedTable,
  fields: unknown,
): { ok: true; data: z.output<S> } | Refused {
  const result = schema.safeParse(fields);
  if (result.success) return { ok: true, data: result.data };
  const path = result.error.issues[0]?.path.join('.') ?? '';
  const where = path === '' ? '' : ` (kolom ${path})`;
  return refuse('invalid_row', `Data ${rowNames[table]} tidak sah${where}.`);
}

/** HLC stamps sort as strings. */
function later(a: string, b: string): string {
  return a > b ? a : b;
}

/** Equality of JSON values: arrays in order, objects by their keys. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((value, i) => sameJson(value, b[i]))
    );
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && sameJson(a[key], b[key]))
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function applied(row: StoredRow): Step {
  return { ok: true, row, conflicts: [] };
}

function refuse(code: RejectionCode, message: string): Refused {
  return { ok: false, code, message };
}
