// The server's rules for the `beneficiaries` table, in memory as the server runs them: created by
// a console with its whole row, merged field by field with the losing value kept, never written by
// a kiosk or a board, and merged (mergedIntoId) once, for good, into a known record.
import { beforeEach, describe, expect, it } from 'vitest';
import { beneficiaryFields } from '../../core/beneficiary/beneficiary.ts';
import { searchKeys } from '../../core/beneficiary/name-search.ts';
import type { Role } from '../../core/centre/config.ts';
import type { CentreReference } from '../../core/centre/reference.ts';
import { newId } from '../../core/ids.ts';
import {
  type ApplyContext,
  applyGroup,
  type GroupOutcome,
  type RowKey,
  rowKey,
  rowsToLoad,
  type StoredRow,
  toWireRow,
} from '../../core/sync/apply.ts';
import { encodeHlc, type HlcState, tickHlc } from '../../core/sync/hlc.ts';
import type { WireMutation } from '../../core/sync/protocol.ts';
import { tableFieldSchemas } from '../../core/sync/tables.ts';
import { testConfig, testReference } from '../support/config.ts';

const config = testConfig();
const CENTRE = config.balai.id;
const reference: CentreReference = { version: 1, ...testReference() };
const T0 = Date.UTC(2026, 10, 23, 1, 0);
const minute = (n: number) => T0 + n * 60_000;

interface Device {
  id: string;
  roles: Role[];
  clock: HlcState;
}
const device = (...roles: Role[]): Device => ({
  id: newId(),
  roles,
  clock: { wallMs: 0, counter: 0 },
});
const loket1 = device('console');
const loket2 = device('console');
const kiosk = device('kiosk');
const board = device('display');
beforeEach(() => {
  for (const d of [loket1, loket2, kiosk, board]) d.clock = { wallMs: 0, counter: 0 };
});

let seq = 0;
type Draft = Omit<WireMutation, 'seq' | 'hlc' | 'txId' | 'fields'> & { fields: object };

function mutation(d: Device, at: number, m: Draft, txId = newId()) {
  d.clock = tickHlc(d.clock, at);
  const hlc = encodeHlc(d.clock, d.id);
  seq += 1;
  return {
    ...m,
    txId,
    seq,
    hlc,
    fields: JSON.parse(JSON.stringify({ ...m.fields, updatedAt: hlc })),
  };
}

function fields(name: string, extra: object = {}) {
  return {
    ...beneficiaryFields(
      {
        name,
        nik: null,
        kk: null,
        birthPlace: 'Gowa',
        birthDate: '1950-06-06',
        sex: 'male',
        address: null,
        phone: null,
        ppks: [{ code: 'ppks-08', disabilityTypes: [] }],
        companion: null,
      },
      { registeredAt: T0, registeredBy: loket1.id },
    ),
    ...extra,
  };
}

function create(d: Device, at: number, id: string, row: object, txId?: string) {
  return mutation(
    d,
    at,
    {
      table: 'beneficiaries',
      rowId: id,
      op: 'put',
      fields: { ...row, id, balaiId: CENTRE, rev: 0, deleted: 0 },
      baseRev: 0,
    },
    txId,
  );
}

function edit(d: Device, at: number, id: string, baseRev: number, patch: object, txId?: string) {
  return mutation(
    d,
    at,
    { table: 'beneficiaries', rowId: id, op: 'put', fields: patch, baseRev },
    txId,
  );
}

class Server {
  rows = new Map<RowKey, StoredRow>();
  rev = 0;
  push(d: Device, group: WireMutation[]): GroupOutcome {
    const ctx: ApplyContext = {
      centreId: CENTRE,
      device: { id: d.id, roles: d.roles },
      reference,
      now: minute(90),
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
  accept(d: Device, group: WireMutation[]) {
    const outcome = this.push(d, group);
    if (!outcome.ok) throw new Error(`refused: ${outcome.code} ${outcome.message}`);
    return outcome;
  }
  row(id: string) {
    const row = this.rows.get(rowKey('beneficiaries', id));
    if (!row) throw new Error(`no beneficiary ${id}`);
    return toWireRow(row);
  }
  revOf(id: string) {
    return this.rows.get(rowKey('beneficiaries', id))?.rev ?? 0;
  }
}

function refusal(outcome: GroupOutcome) {
  if (outcome.ok) throw new Error('expected a refusal');
  return { code: outcome.code, message: outcome.message };
}

describe('beneficiaries on the server', () => {
  it('stores a console’s new record whole, as the table schema reads it', () => {
    const server = new Server();
    const id = newId();
    server.accept(loket1, [create(loket1, minute(1), id, fields('Soekarno'))]);
    const row = server.row(id);
    expect(row).toMatchObject({ name: 'Soekarno', searchKeys: ['sukarno'], rev: 1, deleted: 0 });
    expect(
      tableFieldSchemas.beneficiaries.safeParse(server.rows.get(`beneficiaries:${id}`)?.data)
        .success,
    ).toBe(true);
  });

  it('lets no kiosk and no display board write a beneficiary', () => {
    const server = new Server();
    for (const d of [kiosk, board]) {
      expect(refusal(server.push(d, [create(d, minute(1), newId(), fields('Sutarno'))]))).toEqual({
        code: 'forbidden_role',
        message: 'Perangkat ini tidak berwenang mengubah data ini.',
      });
    }
    expect(server.rows.size).toBe(0);
  });

  it('refuses a malformed record, naming the field', () => {
    const server = new Server();
    const bad = create(loket1, minute(1), newId(), fields('Sutarno', { nik: '12345' }));
    expect(refusal(server.push(loket1, [bad]))).toEqual({
      code: 'invalid_row',
      message: 'Data penerima manfaat tidak sah (kolom nik).',
    });
  });

  it('merges two offline edits field by field and keeps the value that lost', () => {
    const server = new Server();
    const id = newId();
    server.accept(loket1, [create(loket1, minute(1), id, fields('Sutarno'))]);
    const base = server.revOf(id);
    const phone = edit(loket1, minute(10), id, base, { phone: '081234567890' });
    const both = edit(loket2, minute(20), id, base, {
      phone: '085200000000',
      nik: '7306010606500001',
    });
    expect(server.accept(loket1, [phone]).conflicts).toEqual([]);
    expect(server.accept(loket2, [both]).conflicts).toEqual([
      {
        table: 'beneficiaries',
        rowId: id,
        field: 'phone',
        keptValue: '085200000000',
        keptHlc: both.hlc,
        lostValue: '081234567890',
        lostHlc: phone.hlc,
      },
    ]);
    expect(server.row(id)).toMatchObject({
      name: 'Sutarno',
      phone: '085200000000',
      nik: '7306010606500001',
    });
    // A cleared value is a value (null), with its own clock.
    server.accept(loket1, [edit(loket1, minute(30), id, server.revOf(id), { phone: null })]);
    expect(server.row(id).phone).toBeNull();
  });

  it('applies a merge (survivor filled, other pointing to it) as one transaction', () => {
    const server = new Server();
    const keep = newId();
    const other = newId();
    server.accept(loket1, [
      create(loket1, minute(1), keep, fields('Sukarno')),
      create(loket1, minute(2), other, fields('Soekarno', { nik: '7306010606500001' })),
    ]);
    const txId = newId();
    const merge = [
      edit(loket1, minute(5), keep, server.revOf(keep), { nik: '7306010606500001' }, txId),
      edit(
        loket1,
        minute(5),
        other,
        server.revOf(other),
        { mergedIntoId: keep, mergedAt: minute(5) },
        txId,
      ),
    ];
    expect(rowsToLoad(merge)).toEqual([`beneficiaries:${keep}`, `beneficiaries:${other}`]);
    server.accept(loket1, merge);
    expect(server.row(keep)).toMatchObject({ nik: '7306010606500001', mergedIntoId: null });
    expect(server.row(other)).toMatchObject({ name: 'Soekarno', mergedIntoId: keep, deleted: 0 });

    // An offline edit of the merged-away record arrives later: kept on it, not refused.
    const late = edit(loket2, minute(4), other, 1, { phone: '081200000001' });
    server.accept(loket2, [late]);
    expect(server.row(other)).toMatchObject({ phone: '081200000001', mergedIntoId: keep });
  });

  it('never changes or undoes a merge, and refuses unknown or cross targets', () => {
    const server = new Server();
    const [a, b, c] = [newId(), newId(), newId()];
    server.accept(loket1, [
      create(loket1, minute(1), a, fields('Satu')),
      create(loket1, minute(1), b, fields('Dua')),
      create(loket1, minute(1), c, fields('Tiga')),
    ]);
    server.accept(loket1, [
      edit(loket1, minute(2), a, 1, { mergedIntoId: b, mergedAt: minute(2) }),
    ]);
    const final = {
      code: 'not_allowed',
      message: 'Data penerima manfaat ini sudah digabungkan; penggabungan tidak dapat diubah.',
    };
    expect(
      refusal(
        server.push(loket2, [
          edit(loket2, minute(3), a, 1, { mergedIntoId: c, mergedAt: minute(3) }),
        ]),
      ),
    ).toEqual(final);
    expect(
      refusal(server.push(loket2, [edit(loket2, minute(3), a, 1, { mergedIntoId: null })])),
    ).toEqual(final);
    // Loket 2 had merged b into a meanwhile: a cycle is refused.
    expect(
      refusal(
        server.push(loket2, [
          edit(loket2, minute(3), b, 1, { mergedIntoId: a, mergedAt: minute(3) }),
        ]),
      ),
    ).toEqual({
      code: 'not_allowed',
      message: 'Data tujuan penggabungan sudah dihapus atau sudah digabungkan ke data ini.',
    });
    expect(
      refusal(
        server.push(loket2, [
          edit(loket2, minute(3), c, 1, { mergedIntoId: newId(), mergedAt: minute(3) }),
        ]),
      ),
    ).toEqual({
      code: 'missing_row',
      message: 'Data tujuan penggabungan tidak ditemukan.',
    });
    expect(
      refusal(
        server.push(loket1, [
          create(loket1, minute(4), newId(), fields('Empat', { mergedIntoId: a })),
        ]),
      ).code,
    ).toBe('invalid_row');
    expect(server.row(a).mergedIntoId).toBe(b);
    expect(server.row(c).mergedIntoId).toBeNull();
    expect(searchKeys('Satu')).toEqual(server.row(a).searchKeys);
  });

  it('keeps a deleted record deleted against an older edit', () => {
    const server = new Server();
    const id = newId();
    server.accept(loket1, [create(loket1, minute(1), id, fields('Sutarno'))]);
    const older = edit(loket2, minute(5), id, 1, { phone: '081200000001' });
    server.accept(loket1, [
      mutation(loket1, minute(10), {
        table: 'beneficiaries',
        rowId: id,
        op: 'delete',
        fields: {},
        baseRev: 1,
      }),
    ]);
    const outcome = server.accept(loket2, [older]);
    expect(server.row(id)).toMatchObject({ deleted: 1, phone: null });
    expect(outcome.conflicts.map((c) => c.field)).toEqual(['phone']);
  });
});
