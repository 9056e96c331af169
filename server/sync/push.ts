// Push: a device's batch of outbox mutations, applied in one transaction under the centre's row
// lock by the rules of core/sync/apply.ts. Local transactions (txId) apply or fail together; each
// change gets the next rev of the centre's log; every answer is stored, so a resent mutation gets
// the same answer ('duplicate' once applied) and changes nothing.
import {
  type ApplyContext,
  applyGroup,
  closuresToLoad,
  type MergeConflict,
  type RowKey,
  rowKey,
  rowsToLoad,
  type StoredRow,
  toWireRow,
} from '../../core/sync/apply.ts';
import { canonicalJson } from '../../core/sync/canonical-json.ts';
import {
  type PushRequest,
  type PushResponse,
  type PushResult,
  protocolLimits,
  type RejectionCode,
  type ServerRow,
  type WireMutation,
} from '../../core/sync/protocol.ts';
import type { DeviceIdentity } from '../auth.ts';
import { lockCentre } from '../centres.ts';
import { saveConflicts } from '../conflicts.ts';
import type { Database, Queryable } from '../db/database.ts';
import { HttpError } from '../errors.ts';
import { pokePayload } from '../pokes.ts';
import { sha256 } from '../secrets.ts';
import type { ChangeLog } from './change-log.ts';
import { loadRows, writeRows, wrongCentre } from './rows.ts';

type Answer =
  | { status: 'applied'; rev: number }
  | { status: 'rejected'; code: RejectionCode; message: string };

interface StoredAnswer {
  seq: number;
  fingerprint: string;
  result: Answer;
}

const fingerprint = (mutation: WireMutation) => sha256(canonicalJson(mutation));

/** Refuses, before touching the database, a request that is not this device's to make. */
function checkRequest(device: DeviceIdentity, request: PushRequest): void {
  if (request.deviceId !== device.id) {
    throw new HttpError(403, 'wrong_device', 'Kiriman ini atas nama perangkat lain.');
  }
  const seqs = new Set<number>();
  for (const mutation of request.mutations) {
    if (seqs.has(mutation.seq)) {
      throw new HttpError(
        400,
        'bad_request',
        `Permintaan tidak sah: nomor urut ${mutation.seq} muncul dua kali.`,
      );
    }
    seqs.add(mutation.seq);
    if (Buffer.byteLength(JSON.stringify(mutation.fields)) > protocolLimits.maxFieldsBytes) {
      throw new HttpError(413, 'too_large', `Perubahan nomor ${mutation.seq} terlalu besar.`);
    }
    const balaiId = mutation.fields.balaiId;
    if (balaiId !== undefined && balaiId !== device.centreId) throw wrongCentre();
  }
}

function groupByTransaction(mutations: readonly WireMutation[]): WireMutation[][] {
  const groups = new Map<string, WireMutation[]>();
  for (const mutation of mutations) {
    const group = groups.get(mutation.txId);
    if (group) group.push(mutation);
    else groups.set(mutation.txId, [mutation]);
  }
  return [...groups.values()];
}

async function storedAnswers(
  tx: Queryable,
  deviceId: string,
  mutations: readonly WireMutation[],
): Promise<Map<number, Answer>> {
  const rows = await tx.query<StoredAnswer>(
    `SELECT seq, fingerprint, result FROM applied_mutations
     WHERE device_id = $1 AND seq IN (SELECT s::bigint FROM jsonb_array_elements_text($2::jsonb) AS s)`,
    [deviceId, JSON.stringify(mutations.map((mutation) => mutation.seq))],
  );
  const bySeq = new Map(rows.map((row) => [row.seq, row]));
  const answers = new Map<number, Answer>();
  for (const mutation of mutations) {
    const stored = bySeq.get(mutation.seq);
    if (!stored) continue;
    if (stored.fingerprint !== fingerprint(mutation)) {
      throw new HttpError(
        409,
        'seq_reused',
        `Nomor urut ${mutation.seq} sudah dipakai perangkat ini untuk perubahan lain; data perangkat perlu disetel ulang.`,
      );
    }
    answers.set(mutation.seq, stored.result);
  }
  return answers;
}

async function saveAnswers(
  tx: Queryable,
  deviceId: string,
  mutations: readonly WireMutation[],
  answers: ReadonlyMap<number, Answer>,
  now: number,
): Promise<void> {
  if (mutations.length === 0) return;
  await tx.query(
    `INSERT INTO applied_mutations (device_id, seq, fingerprint, result, created_at)
     SELECT $1, a.seq, a.fingerprint, a.result, $2
     FROM jsonb_to_recordset($3::jsonb) AS a(seq bigint, fingerprint text, result jsonb)`,
    [
      deviceId,
      now,
      JSON.stringify(
        mutations.map((mutation) => ({
          seq: mutation.seq,
          fingerprint: fingerprint(mutation),
          result: answers.get(mutation.seq),
        })),
      ),
    ],
  );
}

function rejectedGroup(
  group: readonly WireMutation[],
  refused: { seq: number; code: RejectionCode; message: string },
): Array<[number, Answer]> {
  return group.map((mutation) => [
    mutation.seq,
    mutation.seq === refused.seq
      ? { status: 'rejected', code: refused.code, message: refused.message }
      : {
          status: 'rejected',
          code: 'transaction_rejected',
          message: `Tidak disimpan karena perubahan lain dalam transaksi yang sama ditolak: ${refused.message}`,
        },
  ]);
}

/**
 * Applies the batch's local transactions in seq order to `rows` (which ends up holding every row
 * as the batch leaves it), numbering each changed row with the centre's next rev.
 */
function applyBatch(
  rows: Map<RowKey, StoredRow>,
  mutations: readonly WireMutation[],
  ctx: ApplyContext,
  lastRev: number,
) {
  let rev = lastRev;
  const changed = new Map<RowKey, StoredRow>();
  const answers = new Map<number, Answer>();
  const conflicts: MergeConflict[] = [];
  for (const group of groupByTransaction(mutations)) {
    const outcome = applyGroup(rows, group, ctx);
    if (!outcome.ok) {
      for (const [seq, answer] of rejectedGroup(group, outcome)) answers.set(seq, answer);
      continue;
    }
    const groupRevs = new Map<RowKey, number>();
    for (const row of outcome.changed) {
      rev += 1;
      const key = rowKey(row.table, row.id);
      const written = { ...row, rev };
      rows.set(key, written);
      changed.set(key, written);
      groupRevs.set(key, rev);
    }
    for (const mutation of group) {
      const key = rowKey(mutation.table, mutation.rowId);
      answers.set(mutation.seq, {
        status: 'applied',
        rev: groupRevs.get(key) ?? rows.get(key)?.rev ?? rev,
      });
    }
    conflicts.push(...outcome.conflicts);
  }
  return { changed: [...changed.values()], answers, conflicts, rev };
}

export async function push(
  db: Database,
  device: DeviceIdentity,
  request: PushRequest,
  options: { now: number; pokeChannel: string; log?: ChangeLog },
): Promise<PushResponse> {
  checkRequest(device, request);
  const mutations = [...request.mutations].sort((a, b) => a.seq - b.seq);
  let committed: { fromRev: number; toRev: number; rows: StoredRow[] } | undefined;
  const response = await db.transaction(async (tx) => {
    const { lastRev, reference } = await lockCentre(tx, device.centreId);
    const stored = await storedAnswers(tx, device.id, mutations);
    const fresh = mutations.filter((mutation) => !stored.has(mutation.seq));
    const keys = new Set([
      ...rowsToLoad(fresh, device.centreId),
      ...mutations.map((mutation) => rowKey(mutation.table, mutation.rowId)),
    ]);
    const loaded = await loadRows(tx, [...keys]);
    // The closed-day rule needs the closures of the changed tickets' days, known only now.
    const closures = closuresToLoad(loaded, device.centreId).filter((key) => !keys.has(key));
    if (closures.length > 0) loaded.push(...(await loadRows(tx, closures)));
    if (loaded.some((row) => row.centreId !== device.centreId)) throw wrongCentre();

    const rows = new Map<RowKey, StoredRow>(loaded.map((row) => [rowKey(row.table, row.id), row]));
    const ctx: ApplyContext = {
      centreId: device.centreId,
      device: { id: device.id, roles: device.roles },
      reference,
      now: options.now,
    };
    const { changed, answers, conflicts, rev } = applyBatch(rows, fresh, ctx, lastRev);

    await writeRows(tx, changed);
    await saveAnswers(tx, device.id, fresh, answers, options.now);
    await saveConflicts(tx, device.centreId, conflicts, options.now);
    if (rev !== lastRev) {
      await tx.query('UPDATE centres SET last_rev = $2 WHERE id = $1', [device.centreId, rev]);
      await tx.notify(options.pokeChannel, pokePayload(device.centreId, rev));
      committed = { fromRev: lastRev, toRev: rev, rows: changed };
    }

    const results = request.mutations.map((mutation): PushResult => {
      const previous = stored.get(mutation.seq);
      const answer = previous ?? answers.get(mutation.seq);
      if (!answer) throw new Error(`no answer for seq ${mutation.seq}`);
      if (answer.status === 'applied') {
        return { seq: mutation.seq, status: previous ? 'duplicate' : 'applied', rev: answer.rev };
      }
      const current = rows.get(rowKey(mutation.table, mutation.rowId));
      return {
        seq: mutation.seq,
        ...answer,
        current: current ? (toWireRow(current) as ServerRow) : null,
      };
    });
    return { results, rev, serverTime: options.now };
  });
  // Only once committed: the change log must never serve a row the database may still undo.
  if (committed)
    options.log?.committed(device.centreId, committed.fromRev, committed.toRev, committed.rows);
  return response;
}
