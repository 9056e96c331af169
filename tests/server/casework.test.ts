// Casework through the real sync server (PGlite, and PostgreSQL when configured): a console's
// visit with its assessment, emergency help, stock movement and referral reaches another console
// whole; a referral's status dates from two consoles both stay; a kiosk writes none of it; and
// append-only records cannot be changed afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../core/ids.ts';
import type { PushResult } from '../../core/sync/protocol.ts';
import type { SyncedTable } from '../../core/sync/record.ts';
import { T0, type TestDevice, testDevice } from '../support/sim-device.ts';
import {
  createCentre,
  startTestServer,
  type TestServer,
  testBackends,
} from '../support/sync-server.ts';

function statuses(results: PushResult[]): string[] {
  return results.map((r) => (r.status === 'rejected' ? `rejected:${r.code}` : r.status));
}

function put(
  device: TestDevice,
  table: SyncedTable,
  id: string,
  fields: object,
  baseRev = 0,
  at = T0,
) {
  const row =
    baseRev === 0 ? { ...fields, id, balaiId: device.centreId, rev: 0, deleted: 0 } : fields;
  return device.mutation(
    {
      txId: newId(),
      table,
      rowId: id,
      op: 'put',
      fields: JSON.parse(JSON.stringify(row)),
      baseRev,
    },
    at,
  );
}

function visitRecords(beneficiaryId: string, visitId: string) {
  const assessmentId = newId();
  const serviceId = newId();
  const referralId = newId();
  return {
    ids: { assessmentId, serviceId, referralId },
    visit: {
      beneficiaryId,
      ticketIds: [newId()],
      localDay: '2026-11-23',
      serviceId: 'informasi',
      counterId: 'loket-1',
      openedAt: T0,
      openedBy: 'sw-1',
    },
    assessment: {
      visitId,
      beneficiaryId,
      templateId: 'atensi',
      templateVersion: 1,
      answers: { problem: 'Tidur di terminal.', risk_child: false },
      urgent: false,
      recommendation: 'referral',
      completedAt: T0,
      completedBy: 'sw-1',
      completedByName: 'Andi',
      version: 1,
      supersedesId: null,
    },
    service: {
      visitId,
      beneficiaryId,
      lines: [{ itemId: 'food', quantity: 2, unitValue: 50_000 }],
      totalValue: 100_000,
      givenAt: T0,
      givenBy: 'sw-1',
      givenByName: 'Andi',
      recipientName: 'Daeng Ngai',
      receiptNumber: '0001.ABCD/TT/BRSLU/XI/2026',
      note: null,
    },
    movement: {
      itemId: 'food',
      change: -2,
      kind: 'given',
      at: T0,
      localDay: '2026-11-23',
      emergencyServiceId: serviceId,
      staffId: 'sw-1',
      note: null,
    },
    referral: {
      visitId,
      beneficiaryId,
      partnerId: 'dinsos-gowa',
      partnerName: 'Dinas Sosial Kabupaten Gowa',
      partnerKind: 'dinas_sosial',
      reason: 'Penelusuran keluarga',
      summary: 'Tidak ada keluarga.',
      letterNumber: '0001.ABCD/RJK/BRSLU/XI/2026',
      createdAt: T0,
      createdBy: 'sw-1',
      createdByName: 'Andi',
      followUpBy: '2026-12-07',
      sentAt: T0,
      acceptedAt: null,
      followedUpAt: null,
      completedAt: null,
      rejectedAt: null,
      statusNote: null,
    },
  };
}

let centres = 0;

describe.each(testBackends)('casework on $name', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server.close());

  async function centre() {
    centres += 1;
    const id = `balai-cw-${centres}`;
    await createCentre(server, { centre: { id } });
    return id;
  }

  it('carries a visit and its casework from one console to another, and keeps both consoles’ referral steps', async () => {
    const centreId = await centre();
    const loket1 = await testDevice(server, centreId, ['console']);
    const loket2 = await testDevice(server, centreId, ['console']);
    const visitId = newId();
    const r = visitRecords(newId(), visitId);
    const pushed = await loket1.push([
      put(loket1, 'visits', visitId, r.visit),
      put(loket1, 'assessments', r.ids.assessmentId, r.assessment),
      put(loket1, 'emergencyServices', r.ids.serviceId, r.service),
      put(loket1, 'stockMovements', newId(), r.movement),
      put(loket1, 'referrals', r.ids.referralId, r.referral),
    ]);
    expect(statuses(pushed.body.results)).toEqual(Array(5).fill('applied'));
    const referralRev =
      pushed.body.results.at(-1)?.status === 'applied'
        ? (pushed.body.results.at(-1) as { rev: number }).rev
        : 0;

    // Offline, Loket 1 records the partner accepted; Loket 2 later that it was completed.
    const accepted = await loket1.push([
      put(
        loket1,
        'referrals',
        r.ids.referralId,
        { acceptedAt: T0 + 3_600_000 },
        referralRev,
        T0 + 3_600_000,
      ),
    ]);
    const completed = await loket2.push([
      put(
        loket2,
        'referrals',
        r.ids.referralId,
        { completedAt: T0 + 7_200_000, statusNote: 'Selesai' },
        referralRev,
        T0 + 7_200_000,
      ),
    ]);
    expect(statuses([...accepted.body.results, ...completed.body.results])).toEqual([
      'applied',
      'applied',
    ]);

    const pulled = await loket2.pull(0);
    const byTable = (table: string) =>
      pulled.body.changes.filter((c) => c.table === table).map((c) => c.row);
    expect(byTable('visits')).toMatchObject([
      { id: visitId, beneficiaryId: r.visit.beneficiaryId },
    ]);
    expect(byTable('assessments')).toMatchObject([{ id: r.ids.assessmentId, version: 1 }]);
    expect(byTable('emergencyServices')).toMatchObject([{ totalValue: 100_000 }]);
    expect(byTable('stockMovements')).toMatchObject([{ itemId: 'food', change: -2 }]);
    expect(byTable('referrals')).toMatchObject([
      {
        id: r.ids.referralId,
        acceptedAt: T0 + 3_600_000,
        completedAt: T0 + 7_200_000,
        statusNote: 'Selesai',
      },
    ]);
  });

  it('refuses casework from a kiosk, a change to an emergency service, and clearing a referral step', async () => {
    const centreId = await centre();
    const kiosk = await testDevice(server, centreId, ['kiosk']);
    const loket = await testDevice(server, centreId, ['console']);
    const visitId = newId();
    const r = visitRecords(newId(), visitId);
    const fromKiosk = await kiosk.push([
      put(kiosk, 'visits', visitId, r.visit),
      put(kiosk, 'referrals', newId(), r.referral),
    ]);
    expect(statuses(fromKiosk.body.results)).toEqual([
      'rejected:forbidden_role',
      'rejected:forbidden_role',
    ]);

    const made = await loket.push([
      put(loket, 'emergencyServices', r.ids.serviceId, r.service),
      put(loket, 'referrals', r.ids.referralId, { ...r.referral, acceptedAt: T0 }),
    ]);
    expect(statuses(made.body.results)).toEqual(['applied', 'applied']);
    const changed = await loket.push([
      put(loket, 'emergencyServices', r.ids.serviceId, { totalValue: 1 }, 1, T0 + 1000),
    ]);
    expect(changed.body.results).toMatchObject([{ status: 'rejected', code: 'row_exists' }]);
    const cleared = await loket.push([
      put(loket, 'referrals', r.ids.referralId, { acceptedAt: null }, 2, T0 + 2000),
    ]);
    expect(cleared.body.results).toMatchObject([
      {
        status: 'rejected',
        code: 'not_allowed',
        message: 'Status rujukan yang sudah tercatat tidak dapat dihapus.',
      },
    ]);
  });
});
