// The audit log (UU 27/2022 PDP): who created, changed, viewed, printed or exported which person's
// record, when, on which device. Append-only, and each device's entries form a hash chain: an
// entry's hash covers its fields and the hash of the device's entry before it, so an entry changed,
// removed or slipped in afterwards breaks every link after it. The server keeps each device's chain
// and accepts only an entry that extends it (server side of issue 6); a supervisor can check any
// chain with verifyChain.
//
// An entry names people by record id only — never a name, NIK or case detail — so the log itself
// holds no personal data beyond who of the staff did what.
import { z } from 'zod';
import { canonicalJson } from '../sync/canonical-json.ts';
import { syncedTables } from '../sync/record.ts';

export const auditActions = [
  'create',
  'update',
  'view',
  'print',
  'export',
  'erase',
  'anonymise',
  'sign-in',
  'sign-in-failed',
  'sign-out',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** The hash before a device's first entry. */
export const GENESIS_HASH = '0'.repeat(64);

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

export const auditDraftSchema = z.strictObject({
  deviceId: z.string().min(1).max(64),
  /** Staff member signed in; absent for what a kiosk does on its own. */
  staffId: z.string().min(1).max(60).optional(),
  action: z.enum(auditActions),
  /** The record acted on: its table and id. */
  table: z.enum([...syncedTables, 'staff', 'report']).optional(),
  rowId: z.string().min(1).max(64).optional(),
  /** The person the record belongs to (penerima manfaat), to list everything done with theirs. */
  beneficiaryId: z.uuid().optional(),
  /** A short note without personal values: "laporan harian PDF", "alasan: permintaan subjek". */
  detail: z.string().max(300).optional(),
  at: z.number().int().nonnegative(),
});
export type AuditDraft = z.infer<typeof auditDraftSchema>;

export const auditEntrySchema = auditDraftSchema.extend({
  /** 1 for a device's first entry, then one more each time. */
  seq: z.number().int().positive(),
  prevHash: sha256Hex,
  hash: sha256Hex,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The hash of an entry: of every field but the hash itself, the previous hash included. */
export function entryHash(entry: Omit<AuditEntry, 'hash'>): Promise<string> {
  return sha256(canonicalJson(entry));
}

/** The next entry of a device's chain, after `previous` (undefined for its first). */
export async function appendEntry(
  previous: Pick<AuditEntry, 'seq' | 'hash'> | undefined,
  draft: AuditDraft,
): Promise<AuditEntry> {
  const linked = {
    ...auditDraftSchema.parse(draft),
    seq: (previous?.seq ?? 0) + 1,
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  return { ...linked, hash: await entryHash(linked) };
}

export type ChainCheck =
  | { ok: true; entries: number }
  | { ok: false; seq: number; message: string };

/**
 * Checks one device's chain, from its first entry or from a trusted `anchor` (an entry already
 * checked). Entries may come in any order; the first fault in sequence order is reported.
 */
export async function verifyChain(
  entries: readonly AuditEntry[],
  anchor?: Pick<AuditEntry, 'seq' | 'hash'>,
): Promise<ChainCheck> {
  const sorted = [...entries].sort((a, b) => a.seq - b.seq);
  let seq = anchor?.seq ?? 0;
  let hash = anchor?.hash ?? GENESIS_HASH;
  for (const entry of sorted) {
    const { hash: stated, ...rest } = entry;
    if (entry.seq !== seq + 1) {
      return {
        ok: false,
        seq: seq + 1,
        message:
          entry.seq <= seq
            ? `Entri nomor ${entry.seq} tercatat lebih dari sekali.`
            : entry.seq === seq + 2
              ? `Entri nomor ${seq + 1} hilang.`
              : `Entri nomor ${seq + 1} sampai ${entry.seq - 1} hilang.`,
      };
    }
    if (entry.prevHash !== hash) {
      return {
        ok: false,
        seq: entry.seq,
        message: `Entri nomor ${entry.seq} tidak tersambung dengan entri sebelumnya.`,
      };
    }
    if ((await entryHash(rest)) !== stated) {
      return {
        ok: false,
        seq: entry.seq,
        message: `Entri nomor ${entry.seq} sudah diubah setelah dicatat.`,
      };
    }
    seq = entry.seq;
    hash = stated;
  }
  return { ok: true, entries: sorted.length };
}
