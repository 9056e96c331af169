// The audit log's hash chain: each device's entries link to the one before, so a changed, removed,
// doubled or inserted entry is found and named by its number.
import { describe, expect, test } from 'vitest';
import {
  type AuditDraft,
  type AuditEntry,
  appendEntry,
  GENESIS_HASH,
  verifyChain,
} from '../../core/audit/audit-chain.ts';

const person = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const drafts: AuditDraft[] = [
  { deviceId: 'pc-loket-1', staffId: 'ptg-ayu', action: 'sign-in', at: 1 },
  {
    deviceId: 'pc-loket-1',
    staffId: 'ptg-ayu',
    action: 'view',
    table: 'beneficiaries',
    rowId: person,
    beneficiaryId: person,
    at: 2,
  },
  {
    deviceId: 'pc-loket-1',
    staffId: 'ptg-ayu',
    action: 'print',
    table: 'referrals',
    rowId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a60',
    beneficiaryId: person,
    detail: 'surat rujukan',
    at: 3,
  },
  { deviceId: 'pc-loket-1', staffId: 'ptg-ayu', action: 'sign-out', at: 4 },
];

async function chain(): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  for (const draft of drafts) entries.push(await appendEntry(entries.at(-1), draft));
  return entries;
}

describe('the audit chain', () => {
  test('links each entry to the one before, from the genesis hash', async () => {
    const entries = await chain();
    expect(entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    expect(entries[1]?.prevHash).toBe(entries[0]?.hash);
    expect(await verifyChain(entries)).toEqual({ ok: true, entries: 4 });
    // In any order it is read in.
    expect(await verifyChain([...entries].reverse())).toEqual({ ok: true, entries: 4 });
  });

  test('finds an entry changed afterwards', async () => {
    const entries = await chain();
    const altered = entries.map((e) => (e.seq === 2 ? { ...e, staffId: 'ptg-budi' } : e));
    expect(await verifyChain(altered)).toEqual({
      ok: false,
      seq: 2,
      message: 'Entri nomor 2 sudah diubah setelah dicatat.',
    });
  });

  test('finds an entry changed and re-hashed: the next one no longer links to it', async () => {
    const entries = await chain();
    const forged = await appendEntry(entries[0], {
      ...drafts[1],
      staffId: 'ptg-budi',
    } as AuditDraft);
    const spliced = entries.map((e) => (e.seq === 2 ? forged : e));
    expect(await verifyChain(spliced)).toEqual({
      ok: false,
      seq: 3,
      message: 'Entri nomor 3 tidak tersambung dengan entri sebelumnya.',
    });
  });

  test('finds an entry removed, or recorded twice', async () => {
    const entries = await chain();
    expect(await verifyChain(entries.filter((e) => e.seq !== 2))).toEqual({
      ok: false,
      seq: 2,
      message: 'Entri nomor 2 hilang.',
    });
    expect(await verifyChain(entries.filter((e) => e.seq === 1 || e.seq === 4))).toMatchObject({
      message: 'Entri nomor 2 sampai 3 hilang.',
    });
    expect(await verifyChain([...entries, entries[1] as AuditEntry])).toMatchObject({
      ok: false,
      message: 'Entri nomor 2 tercatat lebih dari sekali.',
    });
  });

  test('checks the rest of a chain from an entry already checked', async () => {
    const entries = await chain();
    expect(await verifyChain(entries.slice(2), entries[1])).toEqual({ ok: true, entries: 2 });
    expect((await verifyChain(entries.slice(2), entries[0])).ok).toBe(false);
  });

  test('refuses a draft outside the log’s shape, such as a name written into it', async () => {
    await expect(
      appendEntry(undefined, { ...drafts[0], name: 'Siti Aminah' } as unknown as AuditDraft),
    ).rejects.toThrow();
  });
});
