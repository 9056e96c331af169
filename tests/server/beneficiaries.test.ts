// Beneficiaries through the real sync server (PGlite, and PostgreSQL when configured): a console's
// records and its merge travel to another console whole; a kiosk cannot write them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beneficiaryFields } from '../../core/beneficiary/beneficiary.ts';
import { newId } from '../../core/ids.ts';
import type { PushResult, WireMutation } from '../../core/sync/protocol.ts';
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

function create(device: TestDevice, id: string, name: string, extra: object = {}, txId = newId()) {
  const fields = {
    ...beneficiaryFields(
      {
        name,
        nik: null,
        kk: null,
        birthPlace: null,
        birthDate: '1950-06-06',
        sex: 'male',
        address: {
          street: 'Jl. Poros Malino',
          provinceCode: '73',
          regencyCode: '7306',
          districtCode: '730601',
          villageCode: null,
        },
        phone: null,
        ppks: [{ code: 'ppks-08', disabilityTypes: [] }],
        companion: { name: 'Rina', relationship: 'Anak', phone: null },
      },
      { registeredAt: T0, registeredBy: device.id },
    ),
    ...extra,
  };
  return device.mutation({
    txId,
    table: 'beneficiaries',
    rowId: id,
    op: 'put',
    fields: JSON.parse(
      JSON.stringify({ ...fields, id, balaiId: device.centreId, rev: 0, deleted: 0 }),
    ),
    baseRev: 0,
  });
}

function edit(device: TestDevice, id: string, baseRev: number, fields: object, txId: string) {
  return device.mutation(
    {
      txId,
      table: 'beneficiaries',
      rowId: id,
      op: 'put',
      fields: JSON.parse(JSON.stringify(fields)),
      baseRev,
    },
    T0 + 60_000,
  );
}

let centres = 0;

describe.each(testBackends)('beneficiaries on $name', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server.close());

  async function centre() {
    centres += 1;
    const id = `balai-pm-${centres}`;
    await createCentre(server, { centre: { id } });
    return id;
  }

  it('carries records and a merge from one console to another', async () => {
    const centreId = await centre();
    const loket1 = await testDevice(server, centreId, ['console']);
    const loket2 = await testDevice(server, centreId, ['console']);
    const keep = newId();
    const other = newId();
    const created = await loket1.push([
      create(loket1, keep, 'Sukarno'),
      create(loket1, other, 'Soekarno', { nik: '7306010606500001' }),
    ]);
    expect(statuses(created.body.results)).toEqual(['applied', 'applied']);
    const [keepRev, otherRev] = created.body.results.map((r) =>
      r.status === 'applied' ? r.rev : 0,
    );
    const txId = newId();
    const merged = await loket1.push([
      edit(loket1, keep, keepRev ?? 0, { nik: '7306010606500001' }, txId),
      edit(loket1, other, otherRev ?? 0, { mergedIntoId: keep, mergedAt: T0 + 60_000 }, txId),
    ]);
    expect(statuses(merged.body.results)).toEqual(['applied', 'applied']);

    const pulled = await loket2.pull(0);
    const rows = new Map(
      pulled.body.changes
        .filter((c) => c.table === 'beneficiaries')
        .map((c) => [c.row.id, c.row as Record<string, unknown>]),
    );
    expect(rows.get(keep)).toMatchObject({
      name: 'Sukarno',
      nik: '7306010606500001',
      mergedIntoId: null,
      searchKeys: ['sukarno'],
      address: { regencyCode: '7306', villageCode: null },
      companion: { name: 'Rina', relationship: 'Anak', phone: null },
    });
    expect(rows.get(other)).toMatchObject({ name: 'Soekarno', mergedIntoId: keep, deleted: 0 });
  });

  it('refuses a kiosk writing a beneficiary, and a merge into an unknown record', async () => {
    const centreId = await centre();
    const kiosk = await testDevice(server, centreId, ['kiosk']);
    const loket = await testDevice(server, centreId, ['console']);
    const refused = await kiosk.push([create(kiosk, newId(), 'Sutarno')]);
    expect(statuses(refused.body.results)).toEqual(['rejected:forbidden_role']);

    const id = newId();
    await loket.push([create(loket, id, 'Sutarno')]);
    const bad: WireMutation = edit(loket, id, 1, { mergedIntoId: newId(), mergedAt: T0 }, newId());
    const answer = await loket.push([bad]);
    expect(answer.body.results).toMatchObject([
      {
        status: 'rejected',
        code: 'missing_row',
        message: 'Data tujuan penggabungan tidak ditemukan.',
      },
    ]);
  });
});
