// The emergency stock ledger and on-site help in the local store: stock received, given and
// corrected adds up to the level staff see; low stock is flagged; help is refused (with the
// message staff read) when the shelf has less than asked; a service, its stock movements and its
// receipt number are written in one transaction and all sync together.
import { describe, expect, test } from 'vitest';
import { lowStock } from '../../core/casework/emergency.ts';
import type { Visit } from '../../core/casework/visit.ts';
import { newId } from '../../core/ids.ts';
import {
  adjustStock,
  giveAid,
  normaliseCount,
  receiveStock,
  servicesOfVisit,
  stockOnHand,
} from '../../renderer/store/emergency.ts';
import { memoryStore, type TestStore } from '../support/memory-store.ts';

const staff = { id: 'staff-andi', name: 'Andi Pratama' };

function visitOf(store: TestStore): Visit {
  return {
    id: newId(),
    beneficiaryId: newId(),
    ticketIds: [],
    localDay: '2026-11-23',
    serviceId: 'layanan-umum',
    counterId: 'loket-1',
    openedAt: store.now(),
    openedBy: staff.id,
    balaiId: store.config.balai.id,
    updatedAt: '',
    rev: 0,
    deleted: 0,
  };
}

async function stocked(store: TestStore, levels: Record<string, number>) {
  for (const [itemId, quantity] of Object.entries(levels)) {
    const result = await receiveStock(store, itemId, quantity, 'Pengadaan November', staff);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
  }
}

const food = (quantity: string, unitValue = '50.000') => ({ itemId: 'food', quantity, unitValue });
const transport = (amount: string) => ({ itemId: 'transport', quantity: amount, unitValue: '1' });

describe('the stock ledger', () => {
  test('received, given and corrected stock adds up to what is on hand', async () => {
    const store = await memoryStore();
    await stocked(store, { food: 20, transport: 1_000_000 });
    const visit = visitOf(store);
    const given = await giveAid(
      store,
      visit,
      [food('3'), transport('50.000')],
      'Daeng Ngai',
      null,
      staff,
    );
    expect(given.ok).toBe(true);
    store.advance(60_000);
    const counted = await adjustStock(store, 'food', '16', 'Hitung fisik: 1 paket rusak', staff);
    expect(counted).toMatchObject({ ok: true, movement: { kind: 'adjusted', change: -1 } });

    const levels = await stockOnHand(store);
    expect(levels.get('food')).toBe(16);
    expect(levels.get('transport')).toBe(950_000);
    expect(levels.has('clothes')).toBe(false);
  });

  test('stock received is recorded with who, when and the centre day', async () => {
    const store = await memoryStore();
    const result = await receiveStock(store, 'hygiene', '1.000', '  Sumbangan LKS  ', staff);
    expect(result).toMatchObject({
      ok: true,
      movement: {
        itemId: 'hygiene',
        change: 1000,
        kind: 'received',
        staffId: 'staff-andi',
        localDay: '2026-11-23',
        note: 'Sumbangan LKS',
        emergencyServiceId: null,
      },
    });
    expect(await store.db.outbox.count()).toBe(1);
  });

  test('bad stock input is refused per field, in Indonesian, and nothing is written', async () => {
    const store = await memoryStore();
    expect(await receiveStock(store, 'food', '0', null, staff)).toEqual({
      ok: false,
      errors: { quantity: 'Jumlah diterima harus bilangan bulat 1 atau lebih (paket).' },
    });
    expect(await receiveStock(store, 'food', '2,5', null, staff)).toMatchObject({ ok: false });
    expect(await receiveStock(store, 'pfa', '3', null, staff)).toEqual({
      ok: false,
      errors: { itemId: 'Dukungan psikologis awal tidak diambil dari stok.' },
    });
    expect(await adjustStock(store, 'food', '5', '   ', staff)).toEqual({
      ok: false,
      errors: {
        note: 'Tulis alasan koreksi, misalnya "hasil hitung fisik" atau "barang rusak".',
      },
    });
    expect(await adjustStock(store, 'food', '0', 'hitung fisik', staff)).toEqual({
      ok: false,
      errors: {
        counted: 'Jumlah fisik sama dengan yang tercatat (0 paket); tidak ada yang dikoreksi.',
      },
    });
    expect(await store.db.stockMovements.count()).toBe(0);
    expect(await store.db.outbox.count()).toBe(0);
  });

  test('an item at or under its mark is low; stocked items never received count as empty', async () => {
    const store = await memoryStore();
    await stocked(store, { food: 12, clothes: 30, hygiene: 30, transport: 2_000_000 });
    expect(lowStock(await stockOnHand(store))).toEqual([]);

    const given = await giveAid(store, visitOf(store), [food('2')], 'Daeng Ngai', null, staff);
    expect(given.ok).toBe(true);
    expect(lowStock(await stockOnHand(store))).toMatchObject([
      { item: { id: 'food' }, onHand: 10 },
    ]);

    const empty = await memoryStore();
    expect(lowStock(await stockOnHand(empty)).map((low) => low.item.id)).toEqual([
      'food',
      'transport',
      'clothes',
      'hygiene',
    ]);
  });
});

describe('giving help', () => {
  test('refuses more than on hand with the stock left, and writes nothing', async () => {
    const store = await memoryStore();
    await stocked(store, { food: 3, transport: 100_000 });
    const result = await giveAid(
      store,
      visitOf(store),
      [food('5'), transport('150.000')],
      'Daeng Ngai',
      null,
      staff,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        'food.quantity': 'Stok paket makanan tidak cukup: tersisa 3 paket.',
        'transport.quantity': 'Stok uang transportasi tidak cukup: tersisa 100.000 rupiah.',
      },
    });
    expect(await store.db.emergencyServices.count()).toBe(0);
    expect((await stockOnHand(store)).get('food')).toBe(3);
  });

  test('names each bad input: nothing chosen, no recipient, a bad quantity or value', async () => {
    const store = await memoryStore();
    await stocked(store, { food: 30 });
    expect(await giveAid(store, visitOf(store), [], '  ', null, staff)).toEqual({
      ok: false,
      errors: {
        lines: 'Pilih sedikitnya satu bantuan.',
        recipientName: 'Nama yang menerima bantuan wajib diisi.',
      },
    });
    const bad = await giveAid(
      store,
      visitOf(store),
      [food('dua', 'lima puluh ribu'), { itemId: 'pfa', quantity: '1', unitValue: '0' }],
      'Daeng Ngai',
      null,
      staff,
    );
    expect(bad).toEqual({
      ok: false,
      errors: {
        'food.quantity': 'Jumlah paket makanan harus bilangan bulat 1 atau lebih.',
        'food.unitValue': 'Nilai paket makanan harus angka rupiah tanpa koma.',
      },
    });
    expect(await store.db.outbox.count()).toBe(1);
  });

  test('writes the service, its stock movements and its receipt number in one transaction', async () => {
    const store = await memoryStore();
    await stocked(store, { food: 20, transport: 500_000 });
    const outboxBefore = await store.db.outbox.count();
    const visit = visitOf(store);
    store.advance(5 * 60_000);
    const result = await giveAid(
      store,
      visit,
      [
        food('2', 'Rp45.000'),
        transport('Rp75.000'),
        { itemId: 'pfa', quantity: '1', unitValue: '0' },
      ],
      '  Hasnah   (ibu kandung) ',
      'Pulang ke Takalar',
      staff,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { service, movements } = result;
    expect(service).toMatchObject({
      visitId: visit.id,
      beneficiaryId: visit.beneficiaryId,
      lines: [
        { itemId: 'food', quantity: 2, unitValue: 45_000 },
        { itemId: 'transport', quantity: 75_000, unitValue: 1 },
        { itemId: 'pfa', quantity: 1, unitValue: 0 },
      ],
      totalValue: 165_000,
      givenAt: store.now(),
      givenBy: 'staff-andi',
      givenByName: 'Andi Pratama',
      recipientName: 'Hasnah (ibu kandung)',
      note: 'Pulang ke Takalar',
    });
    expect(service.receiptNumber).toMatch(/^0001\.[0-9A-F]{4}\/TT\/BRSLU-GAU-MABAJI\/XI\/2026$/);
    // First aid is a service, not stock: only the stocked lines move the shelf.
    expect(movements).toMatchObject([
      { itemId: 'food', change: -2, kind: 'given', emergencyServiceId: service.id },
      { itemId: 'transport', change: -75_000, kind: 'given', emergencyServiceId: service.id },
    ]);

    const outbox = (await store.db.outbox.toArray()).slice(outboxBefore);
    expect(outbox.map((m) => m.table)).toEqual([
      'emergencyServices',
      'stockMovements',
      'stockMovements',
    ]);
    expect(new Set(outbox.map((m) => m.txId)).size).toBe(1);
    expect(await servicesOfVisit(store, visit.id)).toEqual([service]);
  });

  test('a failure in the middle leaves neither the service, its movements nor a used number', async () => {
    const store = await memoryStore();
    await stocked(store, { food: 20 });
    const visit = visitOf(store);
    // The disk refuses the stock movement, after the service row and its number were written.
    const refuse = () => {
      throw new Error('disk full');
    };
    store.db.stockMovements.hook('creating', refuse);
    await expect(giveAid(store, visit, [food('1')], 'Daeng Ngai', null, staff)).rejects.toThrow(
      'disk full',
    );
    store.db.stockMovements.hook('creating').unsubscribe(refuse);
    expect(await store.db.emergencyServices.count()).toBe(0);
    expect((await stockOnHand(store)).get('food')).toBe(20);

    const result = await giveAid(store, visit, [food('1')], 'Daeng Ngai', null, staff);
    expect(result.ok && result.service.receiptNumber).toMatch(/^0001\./);
  });

  test('receipt numbers increase with each service on this PC', async () => {
    const store = await memoryStore();
    await stocked(store, { food: 20 });
    const visit = visitOf(store);
    const numbers: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      store.advance(60_000);
      const result = await giveAid(store, visit, [food('1')], 'Daeng Ngai', null, staff);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      numbers.push(result.service.receiptNumber);
    }
    expect(numbers.map((n) => n.slice(0, 4))).toEqual(['0001', '0002', '0003']);
    expect((await servicesOfVisit(store, visit.id)).map((s) => s.receiptNumber)).toEqual(numbers);
    expect(await servicesOfVisit(store, newId())).toEqual([]);
  });

  test('two gifts at once cannot both take the last items on the shelf', async () => {
    const store = await memoryStore();
    await stocked(store, { food: 3 });
    const [first, second] = await Promise.all([
      giveAid(store, visitOf(store), [food('2')], 'Daeng Ngai', null, staff),
      giveAid(store, visitOf(store), [food('2')], 'Hasnah', null, staff),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const refused = first.ok ? second : first;
    expect(refused).toEqual({
      ok: false,
      errors: { 'food.quantity': 'Stok paket makanan tidak cukup: tersisa 1 paket.' },
    });
    expect((await stockOnHand(store)).get('food')).toBe(1);
  });
});

test('numbers are read the way staff type them, with Indonesian thousands dots', () => {
  expect(normaliseCount('1.000')).toBe('1000');
  expect(normaliseCount('Rp50.000')).toBe('50000');
  expect(normaliseCount(' 12 ')).toBe('12');
  expect(normaliseCount('1.5')).toBe('1.5');
});
