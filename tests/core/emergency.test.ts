// Layanan darurat rules shared by every PC and the server: the checks of a form's lines against
// the stock on hand (with the Indonesian messages staff read), the value of the help, the
// low-stock list, rupiah as Indonesians write it, and the server's rule that a service given is
// final — never changed or deleted — and that only a console records one.
import { describe, expect, it } from 'vitest';
import {
  aidTotal,
  type EmergencyServiceFields,
  emergencyItems,
  formatRupiah,
  lowStock,
  type StockMovementFields,
  stockLevels,
  validateAid,
} from '../../core/casework/emergency.ts';
import type { Role } from '../../core/centre/config.ts';
import { newId } from '../../core/ids.ts';
import {
  type ApplyContext,
  applyGroup,
  type GroupOutcome,
  rowKey,
  type StoredRow,
} from '../../core/sync/apply.ts';
import { encodeHlc, type HlcState, tickHlc } from '../../core/sync/hlc.ts';
import type { WireMutation } from '../../core/sync/protocol.ts';
import type { SyncedTable } from '../../core/sync/record.ts';
import { testConfig, testReference } from '../support/config.ts';

const levels = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('checking the help against the stock', () => {
  it('accepts stocked lines within what is on hand, services at any count, and totals them', () => {
    const check = validateAid(
      [
        { itemId: 'food', quantity: '2', unitValue: '50.000' },
        { itemId: 'transport', quantity: '75000', unitValue: '1' },
        { itemId: 'shelter', quantity: '1', unitValue: 'Rp150.000' },
        { itemId: 'pfa', quantity: '1', unitValue: '0' },
      ],
      levels({ food: 2, transport: 500_000 }),
    );
    expect(check).toEqual({
      ok: true,
      lines: [
        { itemId: 'food', quantity: 2, unitValue: 50_000 },
        { itemId: 'transport', quantity: 75_000, unitValue: 1 },
        { itemId: 'shelter', quantity: 1, unitValue: 150_000 },
        { itemId: 'pfa', quantity: 1, unitValue: 0 },
      ],
      total: 325_000,
    });
  });

  it('says how much is left when the shelf has less than asked', () => {
    expect(
      validateAid(
        [
          { itemId: 'food', quantity: '5', unitValue: '50000' },
          { itemId: 'clothes', quantity: '1', unitValue: '100000' },
        ],
        levels({ food: 3 }),
      ),
    ).toEqual({
      ok: false,
      errors: {
        'food.quantity': 'Stok paket makanan tidak cukup: tersisa 3 paket.',
        'clothes.quantity': 'Stok pakaian tidak cukup: tersisa 0 stel.',
      },
    });
  });

  it('names a quantity that is not a whole number of 1 or more, and a value that is not rupiah', () => {
    const check = validateAid(
      [
        { itemId: 'food', quantity: '0', unitValue: '50000' },
        { itemId: 'hygiene', quantity: '1,5', unitValue: '75000' },
        { itemId: 'shelter', quantity: '1', unitValue: '150.000,50' },
        { itemId: 'pfa', quantity: '', unitValue: '-1' },
      ],
      levels({ food: 10, hygiene: 10 }),
    );
    expect(check).toEqual({
      ok: false,
      errors: {
        'food.quantity': 'Jumlah paket makanan harus bilangan bulat 1 atau lebih.',
        'hygiene.quantity': 'Jumlah kit kebersihan harus bilangan bulat 1 atau lebih.',
        'shelter.unitValue': 'Nilai tempat menginap satu malam harus angka rupiah tanpa koma.',
        'pfa.quantity': 'Jumlah dukungan psikologis awal harus bilangan bulat 1 atau lebih.',
        'pfa.unitValue': 'Nilai dukungan psikologis awal harus angka rupiah tanpa koma.',
      },
    });
  });

  it('asks for at least one kind of help, and refuses an unknown one', () => {
    expect(validateAid([], levels({}))).toEqual({
      ok: false,
      errors: { lines: 'Pilih sedikitnya satu bantuan.' },
    });
    expect(validateAid([{ itemId: 'emas', quantity: '1', unitValue: '1' }], levels({}))).toEqual({
      ok: false,
      errors: { lines: 'Jenis bantuan tidak dikenal.' },
    });
  });
});

describe('values and levels', () => {
  it('totals quantity × unit value in rupiah', () => {
    expect(aidTotal([])).toBe(0);
    expect(
      aidTotal([
        { itemId: 'food', quantity: 3, unitValue: 50_000 },
        { itemId: 'transport', quantity: 100_000, unitValue: 1 },
      ]),
    ).toBe(250_000);
  });

  it('writes rupiah the Indonesian way', () => {
    expect(formatRupiah(50_000)).toBe('Rp50.000');
    expect(formatRupiah(1_250_000)).toBe('Rp1.250.000');
    expect(formatRupiah(0)).toBe('Rp0');
  });

  it('sums the ledger per item', () => {
    expect(
      stockLevels([
        { itemId: 'food', change: 20 },
        { itemId: 'food', change: -3 },
        { itemId: 'clothes', change: 5 },
        { itemId: 'food', change: -1 },
      ]),
    ).toEqual(levels({ food: 16, clothes: 5 }));
  });

  it('lists stocked items at or under their mark, in catalogue order, never services', () => {
    const low = lowStock(levels({ food: 10, transport: 500_001, clothes: 0, hygiene: 6 }));
    expect(low.map(({ item, onHand }) => [item.id, onHand])).toEqual([
      ['food', 10],
      ['clothes', 0],
    ]);
    expect(lowStock(levels({ food: 11, transport: 600_000, clothes: 6, hygiene: 6 }))).toEqual([]);
    const services = emergencyItems.filter((item) => !item.stocked).map((item) => item.id);
    expect(services).toEqual(['shelter', 'pfa', 'medical']);
  });
});

describe('on the server', () => {
  const config = testConfig();
  const centreId = config.balai.id;
  const T0 = Date.parse('2026-11-23T02:00:00Z');
  let seq = 0;

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

  function context(d: Device): ApplyContext {
    return {
      centreId,
      device: { id: d.id, roles: d.roles },
      reference: { version: 1, ...testReference() },
      now: T0 + 3_600_000,
    };
  }

  function mutation(
    d: Device,
    txId: string,
    table: SyncedTable,
    id: string,
    fields: object,
    change: { op?: 'put' | 'delete'; baseRev?: number; create?: boolean } = {},
  ): WireMutation {
    d.clock = tickHlc(d.clock, T0);
    const hlc = encodeHlc(d.clock, d.id);
    const create = change.create ?? true;
    const sync = create ? { id, balaiId: centreId, updatedAt: hlc, rev: 0, deleted: 0 } : {};
    seq += 1;
    return {
      seq,
      txId,
      table,
      rowId: id,
      op: change.op ?? 'put',
      fields: JSON.parse(
        JSON.stringify({ ...fields, ...sync, ...(create ? {} : { updatedAt: hlc }) }),
      ),
      baseRev: change.baseRev ?? 0,
      hlc,
    };
  }

  /** Help given at a counter: the service and its "given" movement in one local transaction. */
  function giving(d: Device) {
    const txId = newId();
    const serviceId = newId();
    const service: EmergencyServiceFields = {
      visitId: newId(),
      beneficiaryId: newId(),
      lines: [{ itemId: 'food', quantity: 2, unitValue: 50_000 }],
      totalValue: 100_000,
      givenAt: T0,
      givenBy: 'staff-andi',
      givenByName: 'Andi Pratama',
      recipientName: 'Daeng Ngai',
      receiptNumber: '0001.3FA2/TT/BRSLU-GAU-MABAJI/XI/2026',
      note: null,
    };
    const movement: StockMovementFields = {
      itemId: 'food',
      change: -2,
      kind: 'given',
      at: T0,
      localDay: '2026-11-23',
      emergencyServiceId: serviceId,
      staffId: 'staff-andi',
      note: null,
    };
    const movementId = newId();
    return {
      serviceId,
      movementId,
      service,
      group: [
        mutation(d, txId, 'emergencyServices', serviceId, service),
        mutation(d, txId, 'stockMovements', movementId, movement),
      ],
    };
  }

  function serverWith(d: Device, group: WireMutation[]) {
    const rows = new Map<string, StoredRow>();
    const outcome = applyGroup(rows, group, context(d));
    if (!outcome.ok) throw new Error(`refused: ${outcome.message}`);
    let rev = 0;
    for (const row of outcome.changed) {
      rev += 1;
      rows.set(rowKey(row.table, row.id), { ...row, rev });
    }
    return rows;
  }

  function refused(outcome: GroupOutcome) {
    if (outcome.ok) throw new Error('expected a refusal');
    return { code: outcome.code, message: outcome.message };
  }

  it('records a service and its stock movement from a console', () => {
    const loket = device('console');
    const { group, serviceId, movementId } = giving(loket);
    const rows = serverWith(loket, group);
    expect(rows.get(rowKey('emergencyServices', serviceId))?.data).toMatchObject({
      recipientName: 'Daeng Ngai',
      totalValue: 100_000,
    });
    expect(rows.get(rowKey('stockMovements', movementId))?.data).toMatchObject({ change: -2 });
  });

  it('never changes a service once recorded: no edit, no second create, no delete', () => {
    const loket = device('console');
    const { group, serviceId, service } = giving(loket);
    const rows = serverWith(loket, group);
    const edit = mutation(
      loket,
      newId(),
      'emergencyServices',
      serviceId,
      { totalValue: 1 },
      { baseRev: 1, create: false },
    );
    expect(refused(applyGroup(rows, [edit], context(loket)))).toEqual({
      code: 'row_exists',
      message: 'Data layanan darurat ini sudah tercatat dan tidak dapat diubah.',
    });
    const again = mutation(loket, newId(), 'emergencyServices', serviceId, {
      ...service,
      recipientName: 'Orang Lain',
    });
    expect(refused(applyGroup(rows, [again], context(loket))).code).toBe('row_exists');
    const remove = mutation(
      loket,
      newId(),
      'emergencyServices',
      serviceId,
      {},
      { op: 'delete', baseRev: 1, create: false },
    );
    expect(refused(applyGroup(rows, [remove], context(loket)))).toEqual({
      code: 'not_allowed',
      message: 'Data layanan darurat tidak dapat dihapus.',
    });
    expect(rows.get(rowKey('emergencyServices', serviceId))?.data).toMatchObject({
      recipientName: 'Daeng Ngai',
      totalValue: 100_000,
    });
  });

  it('lets neither a kiosk nor a display board record help or move stock', () => {
    for (const d of [device('kiosk'), device('display')]) {
      const { group } = giving(d);
      expect(refused(applyGroup(new Map(), group, context(d)))).toEqual({
        code: 'forbidden_role',
        message: 'Perangkat ini tidak berwenang mengubah data ini.',
      });
      const movementOnly = group[1] as WireMutation;
      expect(refused(applyGroup(new Map(), [movementOnly], context(d))).code).toBe(
        'forbidden_role',
      );
    }
  });

  it('refuses a service whose lines are not in the catalogue', () => {
    const loket = device('console');
    const { group } = giving(loket);
    const first = group[0] as WireMutation;
    const bad = {
      ...first,
      fields: { ...first.fields, lines: [{ itemId: 'emas', quantity: 1, unitValue: 1 }] },
    };
    expect(refused(applyGroup(new Map(), [bad], context(loket))).code).toBe('invalid_row');
  });
});
