// The sync of one installation with the centre's server (ARCHITECTURE.md, "Sync"): push the
// outbox, pull the centre's changes, and keep doing so — at start, every 15 s, when the network
// comes back, when the server pokes, and right after each local change — backing off with jitter
// while the server cannot be reached. One window per installation runs it (leader.ts).
//
// Push sends the outbox in seq order, a local transaction never split across batches. Applied
// and duplicate changes leave the outbox; a refused transaction is rolled back as a whole: its
// rows are restored from the server's copy with this device's later changes laid on top
// (core/sync/rebase.ts), and staff get a notice saying what was undone and why.
// Pull stores each page in one transaction together with the cursor, so the cursor never passes a
// change that was not stored, and re-applies pending local changes over each pulled row.

import type { SyncCredentials } from '../../core/bridge/bridge.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import { type IssuerSlot, issuerCount } from '../../core/queue/ticket-number.ts';
import { rowKey } from '../../core/sync/apply.ts';
import { backoffDelay, syncBackoff } from '../../core/sync/backoff.ts';
import { decodeHlc, type HlcState, receiveHlc } from '../../core/sync/hlc.ts';
import {
  hlcSchema,
  type PullResponse,
  type PushResult,
  protocolLimits,
  type ServerRow,
  type WireMutation,
} from '../../core/sync/protocol.ts';
import { type RowFields, rebaseRow } from '../../core/sync/rebase.ts';
import { type OutboxMutation, type SyncedTable, syncedTables } from '../../core/sync/record.ts';
import { t } from '../i18n/index.ts';
import type { SerasiDb, SyncNotice, TicketCounter } from '../store/db.ts';
import { onLocalChange } from '../store/local-changes.ts';
import { cachedReference, cacheReference } from '../store/reference.ts';
import { createSyncClient, type SyncClient, SyncError } from './client.ts';
import { readSyncStatus, type SyncStatus, writeSyncStatus } from './status.ts';

/** A push body stays well under the server's limit; each mutation's envelope is counted as 300. */
const PUSH_BODY_BUDGET = protocolLimits.maxBodyBytes * 0.8;
const MUTATION_OVERHEAD_BYTES = 300;
const utf8 = new TextEncoder();

export interface SyncEngineOptions {
  db: SerasiDb;
  /** The store's device id (renderer/store/device.ts). */
  deviceId: string;
  credentials: SyncCredentials;
  /** This device's slot among the centre's ticket issuers (config.issuer). */
  issuer: IssuerSlot;
  client?: SyncClient;
  now?: () => number;
  /** [0, 1), for the backoff's jitter. */
  random?: () => number;
  pushLimit?: number;
  pullLimit?: number;
  /** Called with each refusal once it is rolled back and stored for staff. */
  onNotice?: (notice: SyncNotice) => void;
}

export interface SyncEngine {
  /** Push, then pull until up to date; writes and returns the resulting status. */
  syncOnce(): Promise<SyncStatus>;
  /** Start the loop (sync now, then on every trigger); stop() ends it. */
  start(): void;
  stop(): void;
}

/** Between syncs while all is well (the events stream makes most of them sooner). */
export const IDLE_SYNC_MS = 15_000;
/** A burst of local changes is pushed together, this long after the last one. */
const CURSOR_KEY = 'sync.cursor';

type StoredMutation = OutboxMutation & { seq: number };

export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, deviceId, credentials, issuer, onNotice } = options;
  const client = options.client ?? createSyncClient(credentials.serverUrl, credentials.token);
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const pushLimit = options.pushLimit ?? protocolLimits.maxMutationsPerPush;
  const pullLimit = options.pullLimit ?? protocolLimits.defaultPullLimit;
  const enrolledHere = credentials.deviceId === deviceId;

  const rowTable = (table: SyncedTable) => db.table<RowFields, string>(table);
  const pendingFor = async (id: string) =>
    (await db.outbox.where('rowId').equals(id).sortBy('seq')) as StoredMutation[];

  // ---- Push ----

  /**
   * The next mutations after `afterSeq`: at most pushLimit, and small enough for the server's
   * body limit (long assessments add up), ending on a transaction boundary.
   */
  async function nextBatch(afterSeq: number): Promise<StoredMutation[]> {
    const rows = (await db.outbox
      .where('seq')
      .above(afterSeq)
      .limit(pushLimit + 1)
      .toArray()) as StoredMutation[];
    let end = Math.min(rows.length, pushLimit);
    let bytes = 0;
    for (let i = 0; i < end; i++) {
      bytes += utf8.encode(JSON.stringify(rows[i]?.fields)).length + MUTATION_OVERHEAD_BYTES;
      if (bytes > PUSH_BODY_BUDGET && i > 0) end = i;
    }
    if (end === rows.length) return rows;
    const cut = rows.findIndex((row) => row.txId === rows[end]?.txId);
    // A local transaction is a handful of mutations, never a whole batch.
    return rows.slice(0, cut > 0 ? cut : end);
  }

  async function push(): Promise<void> {
    let afterSeq = 0;
    for (;;) {
      const batch = await nextBatch(afterSeq);
      const last = batch.at(-1);
      if (!last) return;
      const response = await client.push({ deviceId, mutations: batch.map(toWire) });
      await storePushResults(batch, response.results);
      afterSeq = last.seq;
    }
  }

  async function storePushResults(batch: StoredMutation[], results: PushResult[]) {
    const bySeq = new Map(results.map((result) => [result.seq, result]));
    const refusedTx = new Set<string>();
    const done: number[] = [];
    for (const mutation of batch) {
      const result = bySeq.get(mutation.seq);
      if (result?.status === 'rejected') refusedTx.add(mutation.txId);
      else if (result) done.push(mutation.seq);
    }
    const notices = await db.transaction(
      'rw',
      [db.outbox, ...syncedTables.map((table) => db[table]), db.syncNotices],
      async () => {
        await db.outbox.bulkDelete(done);
        const stored: SyncNotice[] = [];
        for (const txId of refusedTx) {
          const group = batch.filter((mutation) => mutation.txId === txId);
          const notice = await rollBack(group, bySeq);
          notice.id = await db.syncNotices.add(notice);
          stored.push(notice);
        }
        return stored;
      },
    );
    for (const notice of notices) onNotice?.(notice);
  }

  /** Undo a refused local transaction; returns the notice for staff. */
  async function rollBack(
    group: StoredMutation[],
    bySeq: Map<number, PushResult>,
  ): Promise<SyncNotice> {
    const notice = await describeRefusal(group, bySeq);
    await db.outbox.bulkDelete(group.map((mutation) => mutation.seq));
    const current = new Map<string, { table: SyncedTable; id: string; row: ServerRow | null }>();
    for (const mutation of group) {
      const result = bySeq.get(mutation.seq);
      if (result?.status !== 'rejected') continue;
      current.set(rowKey(mutation.table, mutation.rowId), {
        table: mutation.table,
        id: mutation.rowId,
        row: result.current,
      });
    }
    for (const { table, id, row } of current.values()) {
      const restored = rebaseRow(row, await pendingFor(id));
      if (restored) await rowTable(table).put(restored);
      else await rowTable(table).delete(id);
    }
    return notice;
  }

  async function describeRefusal(
    group: StoredMutation[],
    bySeq: Map<number, PushResult>,
  ): Promise<SyncNotice> {
    const rejections = group
      .map((mutation) => bySeq.get(mutation.seq))
      .filter((result) => result?.status === 'rejected');
    const reason =
      rejections.find((result) => result.code !== 'transaction_rejected') ?? rejections[0];
    const notice: SyncNotice = { at: now(), message: reason?.message ?? t('sync.error.rejected') };
    const ticketChange = group.find((mutation) => mutation.table === 'tickets');
    if (!ticketChange) return notice;
    const ticket = await db.tickets.get(ticketChange.rowId);
    const number = ticket?.number ?? ticketChange.fields.number;
    if (typeof number === 'string') notice.ticketNumber = number;
    const action = ticketChange.intent?.action ?? ('id' in ticketChange.fields ? 'issued' : null);
    if (action) notice.action = action;
    if (ticketChange.intent?.counterId) notice.counterId = ticketChange.intent.counterId;
    return notice;
  }

  // ---- Pull ----

  let knownCursor = 0;

  async function pull(): Promise<void> {
    for (;;) {
      const cursor = ((await db.meta.get(CURSOR_KEY))?.value as number | undefined) ?? 0;
      knownCursor = Math.max(knownCursor, cursor);
      const page = await client.pull(cursor, pullLimit);
      await storePage(page);
      knownCursor = Math.max(knownCursor, page.cursor);
      if (!page.hasMore || page.cursor <= cursor) {
        await refreshReference(page.referenceVersion);
        return;
      }
    }
  }

  /** Counters, partners, staff and the centre's rules, fetched again when the server's version moves. */
  let referenceVersion: number | undefined;
  async function refreshReference(version: number): Promise<void> {
    if (referenceVersion === version) return;
    if ((await cachedReference(db))?.version !== version) {
      await cacheReference(db, await client.reference());
    }
    referenceVersion = version;
  }

  async function storePage(page: PullResponse): Promise<void> {
    await db.transaction(
      'rw',
      [...syncedTables.map((table) => db[table]), db.outbox, db.meta, db.ticketCounters],
      async () => {
        // One read of the page's pending local changes and one bulk write per table: a fresh
        // device stores tens of thousands of rows, so nothing here goes row by row.
        const ids = page.changes.map((change) => change.row.id);
        const pending = new Map<string, StoredMutation[]>();
        if (ids.length > 0) {
          const mutations = (await db.outbox
            .where('rowId')
            .anyOf(ids)
            .sortBy('seq')) as StoredMutation[];
          for (const mutation of mutations) {
            pending.set(mutation.rowId, [...(pending.get(mutation.rowId) ?? []), mutation]);
          }
        }
        const rows = new Map<SyncedTable, RowFields[]>();
        const tickets: Ticket[] = [];
        let newestStamp = '';
        for (const { table, row } of page.changes) {
          const local = rebaseRow(row, pending.get(row.id) ?? []);
          if (local) rows.set(table, [...(rows.get(table) ?? []), local]);
          if (row.updatedAt > newestStamp && hlcSchema.safeParse(row.updatedAt).success) {
            newestStamp = row.updatedAt;
          }
          if (table === 'tickets') tickets.push(row as unknown as Ticket);
        }
        for (const [table, tableRows] of rows) await rowTable(table).bulkPut(tableRows);
        await catchUpTicketCounters(tickets);
        if (newestStamp) await receiveStamp(newestStamp);
        await db.meta.put({ key: CURSOR_KEY, value: page.cursor });
      },
    );
  }

  /** Local stamps stay ahead of every stamp seen from the centre. */
  async function receiveStamp(stamp: string) {
    const last = ((await db.meta.get('hlc'))?.value as HlcState | undefined) ?? {
      wallMs: 0,
      counter: 0,
    };
    const { wallMs, counter } = decodeHlc(stamp);
    await db.meta.put({ key: 'hlc', value: receiveHlc(last, { wallMs, counter }, now()) });
  }

  /**
   * Pulled tickets numbered in this device's issuer slot were issued here before (a reinstalled
   * kiosk): count past them, so no number is issued twice.
   */
  async function catchUpTicketCounters(tickets: readonly Ticket[]) {
    const highest = new Map<string, TicketCounter>();
    for (const ticket of tickets) {
      const count = issuerCount(ticket.seq, issuer);
      if (count === undefined) continue;
      const key = `${ticket.localDay}|${ticket.letter}`;
      if ((highest.get(key)?.count ?? 0) < count) {
        highest.set(key, { localDay: ticket.localDay, letter: ticket.letter, count });
      }
    }
    for (const counter of highest.values()) {
      const stored = await db.ticketCounters.get([counter.localDay, counter.letter]);
      if ((stored?.count ?? 0) < counter.count) await db.ticketCounters.put(counter);
    }
  }

  // ---- One sync ----

  /** The status as last written by this engine (undefined until first read from the store). */
  let status: SyncStatus | null | undefined;

  /**
   * Stores the status for every window to show, unless they would show the same: the status line
   * reads "Tersinkron · 14.05", so a sync that changes nothing but the time within that minute
   * writes nothing (and no window re-renders for it).
   */
  async function setStatus(next: SyncStatus): Promise<SyncStatus> {
    const shown = (s: SyncStatus | null | undefined) =>
      s &&
      `${s.state}|${s.message}|${s.lastSyncedAt === null ? '' : Math.floor(s.lastSyncedAt / 60_000)}`;
    const previous = status;
    status = next;
    if (shown(previous) !== shown(next)) await writeSyncStatus(db, next);
    return next;
  }

  async function runOnce(): Promise<SyncStatus> {
    status ??= await readSyncStatus(db);
    const before = status;
    const lastSyncedAt = before?.lastSyncedAt ?? null;
    if (!enrolledHere) {
      return setStatus({
        state: 'reenrol',
        lastSyncedAt,
        message: t('sync.error.wipedStore'),
      });
    }
    // "Menyinkronkan…" only until the first outcome; after that the last outcome stays up while
    // the next sync runs, so the line does not flicker every few seconds.
    if (!before || before.state === 'not_enrolled' || before.state === 'reenrol') {
      await setStatus({ state: 'syncing', lastSyncedAt, message: null });
    }
    try {
      await push();
      await pull();
      return await setStatus({ state: 'online', lastSyncedAt: now(), message: null });
    } catch (failure) {
      return setStatus(failureStatus(failure, lastSyncedAt));
    }
  }

  let chain: Promise<unknown> = Promise.resolve();
  function syncOnce(): Promise<SyncStatus> {
    const run = chain.then(runOnce, runOnce);
    chain = run;
    return run;
  }

  // ---- The loop ----

  let stopped = true;
  let running = false;
  /** A local change or a returned network arrived while a sync ran: sync again after it. */
  let dirty = false;
  let pokedRev = 0;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stream: AbortController | undefined;
  let unwatchLocalChanges: (() => void) | undefined;

  function schedule(delayMs: number) {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void tick(), delayMs);
  }

  async function tick() {
    if (running) {
      dirty = true;
      return;
    }
    running = true;
    dirty = false;
    clearTimeout(timer);
    const ok = await syncOnce().then(
      (status) => status.state === 'online',
      () => false,
    );
    running = false;
    failures = ok ? 0 : failures + 1;
    if (stopped || !enrolledHere) return;
    if (failures === 0 && (dirty || pokedRev > knownCursor)) schedule(0);
    else if (failures === 0) schedule(IDLE_SYNC_MS);
    else schedule(backoffDelay(failures - 1, syncBackoff, random));
  }

  /** Sync now — unless the server is failing, when only news from it cuts the wait short. */
  function syncSoon(delayMs: number, fromServer: boolean) {
    if (running) dirty = true;
    else if (failures === 0 || fromServer) schedule(delayMs);
  }

  const onOnline = () => syncSoon(0, true);

  async function listen(signal: AbortSignal) {
    let attempt = 0;
    while (!signal.aborted) {
      try {
        await client.events(
          (rev) => {
            pokedRev = Math.max(pokedRev, rev);
            if (rev > knownCursor) syncSoon(0, true);
          },
          signal,
          () => {
            attempt = 0;
            // Pokes sent before the stream was open (or while it was down) were missed.
            syncSoon(0, true);
          },
        );
      } catch {
        // The loop's status says what is wrong; the stream only reconnects.
      }
      await sleep(backoffDelay(attempt++, syncBackoff, random), signal);
    }
  }

  function start() {
    if (!stopped) return;
    stopped = false;
    if (!enrolledHere) {
      void syncOnce();
      return;
    }
    stream = new AbortController();
    void listen(stream.signal);
    // A change committed in any window of the installation is pushed at once.
    unwatchLocalChanges = onLocalChange(db, () => syncSoon(0, false));
    if (typeof window !== 'undefined') window.addEventListener('online', onOnline);
    void tick();
  }

  function stop() {
    stopped = true;
    clearTimeout(timer);
    stream?.abort();
    unwatchLocalChanges?.();
    if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
  }

  return { syncOnce, start, stop };
}

function toWire(mutation: StoredMutation): WireMutation {
  return {
    seq: mutation.seq,
    txId: mutation.txId,
    table: mutation.table,
    rowId: mutation.rowId,
    op: mutation.op,
    fields: mutation.fields as WireMutation['fields'],
    baseRev: mutation.baseRev,
    hlc: mutation.hlc,
    ...(mutation.intent ? { intent: mutation.intent } : {}),
  };
}

function failureStatus(failure: unknown, lastSyncedAt: number | null): SyncStatus {
  if (!(failure instanceof SyncError)) {
    console.error('Sync failed on this device', failure);
    return { state: 'error', lastSyncedAt, message: t('sync.error.localStore') };
  }
  const state = (
    {
      offline: 'offline',
      unauthorized: 'reenrol',
      revoked: 'reenrol',
      update_needed: 'update_needed',
      rejected_request: 'error',
      server: 'error',
    } as const
  )[failure.kind];
  return { state, lastSyncedAt, message: failure.message };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
