// Referral rules: the status shown is derived from the dates recorded, statuses only move forward,
// a referral is overdue from the centre's day after its follow-up date, the form's messages are
// Indonesian and name each field; and on the server two PCs recording different statuses offline
// both keep their dates, while clearing a recorded status date is refused.
import { describe, expect, it } from 'vitest';
import {
  isOverdue,
  nextStatuses,
  type Referral,
  type ReferralFields,
  referralStatus,
  validateReferral,
} from '../../core/casework/referral.ts';
import type { CentreReference, Partner } from '../../core/centre/reference.ts';
import { newId } from '../../core/ids.ts';
import {
  type ApplyContext,
  applyGroup,
  type RowKey,
  rowKey,
  type StoredRow,
  toWireRow,
} from '../../core/sync/apply.ts';
import type { WireMutation } from '../../core/sync/protocol.ts';
import { localDay } from '../../core/time/local-day.ts';
import { changeTables, createRow } from '../../renderer/store/changes.ts';
import { createReferral, setReferralStatus } from '../../renderer/store/referrals.ts';
import { changeContext } from '../../renderer/store/store.ts';
import { testConfig, testReference } from '../support/config.ts';
import { memoryStore, type TestStore } from '../support/memory-store.ts';

const partners: Partner[] = [
  { id: 'lks-bina', name: 'LKS Bina Lansia Sejahtera', kind: 'lks' },
  { id: 'rs-syekh-yusuf', name: 'RSUD Syekh Yusuf', kind: 'rumah_sakit' },
];
const reference: CentreReference = { version: 1, ...testReference({ partners }) };
const CENTRE = testConfig().balai.id;
const HOUR = 3_600_000;

const dates = (set: Partial<ReferralFields> = {}) => ({
  sentAt: 1,
  acceptedAt: null,
  followedUpAt: null,
  completedAt: null,
  rejectedAt: null,
  ...set,
});

describe('status', () => {
  it('is the furthest status with a date; a rejection or completion ends it', () => {
    expect(referralStatus(dates())).toBe('sent');
    expect(referralStatus(dates({ acceptedAt: 2 }))).toBe('accepted');
    expect(referralStatus(dates({ acceptedAt: 2, followedUpAt: 3 }))).toBe('followed_up');
    expect(referralStatus(dates({ acceptedAt: 2, followedUpAt: 3, completedAt: 4 }))).toBe(
      'completed',
    );
    // Dates recorded on two PCs: a rejection wins over an acceptance made elsewhere.
    expect(referralStatus(dates({ acceptedAt: 5, rejectedAt: 2 }))).toBe('rejected');
    expect(referralStatus(dates({ completedAt: 4, rejectedAt: 2 }))).toBe('rejected');
  });

  it('moves forward only, and not at all once finished', () => {
    expect(nextStatuses('sent')).toEqual(['accepted', 'rejected']);
    expect(nextStatuses('accepted')).toEqual(['followed_up', 'completed', 'rejected']);
    expect(nextStatuses('followed_up')).toEqual(['completed']);
    expect(nextStatuses('completed')).toEqual([]);
    expect(nextStatuses('rejected')).toEqual([]);
  });
});

describe('overdue', () => {
  const referral = (set: Partial<ReferralFields> = {}) =>
    ({ followUpBy: '2026-12-07', ...dates(set) }) as ReferralFields;

  it('starts on the centre day after the follow-up date, at midnight in the centre', () => {
    // Gowa is WITA (UTC+8): 7 December ends at 16:00 UTC.
    const lastMoment = Date.parse('2026-12-07T15:59:59.999Z');
    const dayAfter = lastMoment + 1;
    expect(isOverdue(referral(), localDay(lastMoment, 'Asia/Makassar'))).toBe(false);
    expect(isOverdue(referral(), localDay(dayAfter, 'Asia/Makassar'))).toBe(true);
    // A PC clock on WIB would still say 7 December then: the day that counts is the centre's.
    expect(localDay(dayAfter, 'Asia/Jakarta')).toBe('2026-12-07');
  });

  it('never holds a finished referral', () => {
    expect(isOverdue(referral({ acceptedAt: 2 }), '2027-01-01')).toBe(true);
    expect(isOverdue(referral({ acceptedAt: 2, followedUpAt: 3 }), '2027-01-01')).toBe(true);
    expect(isOverdue(referral({ acceptedAt: 2, completedAt: 3 }), '2027-01-01')).toBe(false);
    expect(isOverdue(referral({ rejectedAt: 2 }), '2027-01-01')).toBe(false);
  });
});

describe('the form', () => {
  const today = '2026-11-23';
  const good = {
    partnerId: 'rs-syekh-yusuf',
    reason: '  Perlu pemeriksaan jantung.  ',
    summary: ' Sesak napas sejak seminggu. ',
    followUpBy: '2026-11-23',
  };

  it('accepts a known partner and a follow-up from today, trimming the text', () => {
    const checked = validateReferral(good, partners, today);
    expect(checked).toEqual({
      ok: true,
      value: {
        ...good,
        reason: 'Perlu pemeriksaan jantung.',
        summary: 'Sesak napas sejak seminggu.',
        partner: partners[1],
      },
    });
  });

  it('names every problem in Indonesian', () => {
    expect(
      validateReferral(
        { partnerId: '', reason: '', summary: ' ', followUpBy: '' },
        partners,
        today,
      ),
    ).toEqual({
      ok: false,
      errors: {
        partnerId: 'Pilih lembaga tujuan rujukan.',
        reason: 'Tulis alasan rujukan.',
        summary: 'Tulis ringkasan kasus untuk lembaga tujuan.',
        followUpBy: 'Isi tanggal batas tindak lanjut.',
      },
    });
    expect(
      validateReferral(
        {
          partnerId: 'lks-tutup',
          reason: 'x'.repeat(1001),
          summary: 'y'.repeat(4001),
          followUpBy: '2026-11-22',
        },
        partners,
        today,
      ),
    ).toEqual({
      ok: false,
      errors: {
        partnerId: 'Lembaga tujuan tidak ada di daftar mitra balai.',
        reason: 'Alasan rujukan paling banyak 1.000 karakter.',
        summary: 'Ringkasan paling banyak 4.000 karakter.',
        followUpBy: 'Batas tindak lanjut tidak boleh sebelum hari ini.',
      },
    });
    expect(validateReferral(good, [], today)).toEqual({
      ok: false,
      errors: { partnerId: 'Lembaga tujuan tidak ada di daftar mitra balai.' },
    });
  });
});

// ---- On the server: two PCs, each with its own local store, pushing what they recorded. ----

class Server {
  rows = new Map<RowKey, StoredRow>();
  rev = 0;

  push(store: TestStore, group: WireMutation[]) {
    const ctx: ApplyContext = {
      centreId: CENTRE,
      device: { id: store.deviceId, roles: ['console'] },
      reference,
      now: store.now(),
    };
    const outcome = applyGroup(this.rows, group, ctx);
    if (outcome.ok) {
      for (const row of outcome.changed) {
        this.rev += 1;
        this.rows.set(rowKey(row.table, row.id), { ...row, rev: this.rev });
      }
    }
    return outcome;
  }

  referral(id: string): Referral {
    const row = this.rows.get(rowKey('referrals', id));
    if (!row) throw new Error(`no referral ${id}`);
    return toWireRow(row) as unknown as Referral;
  }
}

/** The PC's pending changes as it pushes them, and its outbox emptied as after a push. */
async function pending(store: TestStore): Promise<WireMutation[]> {
  const outbox = await store.db.outbox.orderBy('seq').toArray();
  await store.db.outbox.clear();
  return outbox.map((m) => JSON.parse(JSON.stringify(m)) as WireMutation);
}

const staff = { id: 'staff-rina', name: 'Rina' };

/** PC 1 refers Daeng Ngai and the referral reaches the server and PC 2. */
async function referralOnTwoPcs() {
  const server = new Server();
  const pc1 = await memoryStore();
  const pc2 = await memoryStore();
  const ctx = changeContext(pc1, pc1.now());
  const visit = await pc1.db.transaction('rw', changeTables(pc1.db, 'visits'), () =>
    createRow(ctx, 'visits', newId(), {
      beneficiaryId: newId(),
      ticketIds: [newId()],
      localDay: '2026-11-23',
      serviceId: 'layanan-lansia',
      counterId: 'loket-1',
      openedAt: pc1.now(),
      openedBy: null,
    }),
  );
  const made = await createReferral(
    pc1,
    visit,
    {
      partnerId: 'lks-bina',
      reason: 'Pendampingan',
      summary: 'Tinggal sendiri',
      followUpBy: '2026-12-07',
    },
    staff,
    reference,
  );
  if (!made.ok) throw new Error('not made');
  for (const m of await pending(pc1)) expect(server.push(pc1, [m]).ok).toBe(true);
  const pulled = server.referral(made.referral.id);
  await pc1.db.referrals.put(pulled);
  await pc2.db.referrals.put(pulled);
  return { server, pc1, pc2, id: made.referral.id };
}

describe('two PCs tracking one referral offline', () => {
  it('keeps both dates when each records a different status', async () => {
    const { server, pc1, pc2, id } = await referralOnTwoPcs();
    // Offline: Loket 1 hears the LKS accepted; Loket 2, later, hears it was declined.
    pc1.advance(HOUR);
    expect((await setReferralStatus(pc1, id, 'accepted', 'Diterima lewat telepon')).ok).toBe(true);
    pc2.advance(2 * HOUR);
    expect((await setReferralStatus(pc2, id, 'rejected', 'Kuota penuh')).ok).toBe(true);

    expect(server.push(pc1, await pending(pc1)).ok).toBe(true);
    expect(server.push(pc2, await pending(pc2)).ok).toBe(true);

    const merged = server.referral(id);
    expect(merged.acceptedAt).toBe(pc1.now());
    expect(merged.rejectedAt).toBe(pc2.now());
    expect(merged.sentAt).not.toBeNull();
    expect(referralStatus(merged)).toBe('rejected');
    // The later note is the one shown.
    expect(merged.statusNote).toBe('Kuota penuh');
  });

  it('refuses a change that would clear a recorded status date', async () => {
    const { server, pc1, id } = await referralOnTwoPcs();
    pc1.advance(HOUR);
    await setReferralStatus(pc1, id, 'accepted', '');
    const [accepted] = await pending(pc1);
    if (!accepted) throw new Error('no mutation');
    expect(server.push(pc1, [accepted]).ok).toBe(true);

    // A later change from the same PC that sets the date back to empty.
    const later = accepted.hlc.replace(/^\d{15}/, (ms) =>
      String(Number(ms) + 1000).padStart(15, '0'),
    );
    const clearing: WireMutation = {
      ...accepted,
      seq: accepted.seq + 1,
      txId: newId(),
      fields: { acceptedAt: null, updatedAt: later },
      hlc: later,
      baseRev: server.rev,
    };
    expect(server.push(pc1, [clearing])).toMatchObject({
      ok: false,
      code: 'not_allowed',
      message: 'Status rujukan yang sudah tercatat tidak dapat dihapus.',
    });
    expect(server.referral(id).acceptedAt).toBe(pc1.now());
  });
});
