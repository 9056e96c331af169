// Beneficiary records in the local store: saved with their outbox mutation, found by NIK and by
// name however it is spelled, duplicates caught on create and when a NIK is attached later, and
// merges that keep both histories reachable.
import { describe, expect, test } from 'vitest';
import {
  beneficiaryHistoryIds,
  createBeneficiary,
  findByNik,
  mergeBeneficiaries,
  resolveBeneficiary,
  type SaveResult,
  searchByBirthDate,
  searchByName,
  updateBeneficiary,
} from '../../renderer/store/beneficiaries.ts';
import { memoryStore, type TestStore } from '../support/memory-store.ts';

function saved(result: SaveResult) {
  if (!result.ok) throw new Error(`not saved: ${JSON.stringify(result)}`);
  return result.beneficiary;
}

async function withPeople(store: TestStore) {
  const names = [
    ['Soekarno', '1950-06-06'],
    ['Hj. Siti Aminah, S.Pd.', '1962-03-01'],
    ['Siti Aminah Rahayu', '1990-08-17'],
    ['Djoko Santoso', '1971-02-02'],
    ['Achmad Sjarifuddin', '1980-12-12'],
    ['Sitiawati', '2001-01-01'],
  ] as const;
  const people = [];
  for (const [name, birthDate] of names) {
    people.push(saved(await createBeneficiary(store, { name, birthDate })));
  }
  return people;
}

describe('saving', () => {
  test('a new record and its outbox mutation are written together', async () => {
    const store = await memoryStore();
    const person = saved(
      await createBeneficiary(store, { name: 'Daeng Ngai', nik: '7306014101800001' }),
    );
    expect(person).toMatchObject({
      name: 'Daeng Ngai',
      birthDate: '1980-01-01',
      sex: 'female',
      searchKeys: ['daeng', 'ngai'],
      mergedIntoId: null,
      rev: 0,
    });
    const outbox = await store.db.outbox.toArray();
    expect(outbox).toMatchObject([
      { table: 'beneficiaries', rowId: person.id, op: 'put', baseRev: 0 },
    ]);
  });

  test('bad input is refused per field and nothing is written', async () => {
    const store = await memoryStore();
    const result = await createBeneficiary(store, { name: '', nik: '123' });
    expect(result).toMatchObject({
      ok: false,
      kind: 'invalid',
      errors: [
        { field: 'name', message: 'Nama wajib diisi.' },
        { field: 'nik', message: 'NIK harus 16 angka; yang diketik 3 angka.' },
      ],
    });
    expect(await store.db.beneficiaries.count()).toBe(0);
  });

  test('a correction writes only what changed, with new search keys for a new name', async () => {
    const store = await memoryStore();
    const person = saved(
      await createBeneficiary(store, { name: 'Sutarno', phone: '0812 3456 7890' }),
    );
    store.advance(60_000);
    const updated = saved(
      await updateBeneficiary(store, person.id, { name: 'Soetarno Hadi', phone: '0812 3456 7890' }),
    );
    expect(updated.searchKeys).toEqual(['sutarno', 'hadi']);
    const last = (await store.db.outbox.toArray()).at(-1);
    expect(Object.keys(last?.fields ?? {}).sort()).toEqual(['name', 'searchKeys', 'updatedAt']);
  });
});

describe('finding', () => {
  test('by NIK, typed with spaces', async () => {
    const store = await memoryStore();
    const person = saved(
      await createBeneficiary(store, { name: 'Daeng Ngai', nik: '7306014101800001' }),
    );
    expect((await findByNik(store, '7306 0141 0180 0001')).map((b) => b.id)).toEqual([person.id]);
    expect(await findByNik(store, '7306')).toEqual([]);
  });

  test('by name: prefix, old spelling, titles, ranked best first', async () => {
    const store = await memoryStore();
    await withPeople(store);
    const names = async (query: string) =>
      (await searchByName(store, query)).map((m) => m.beneficiary.name);
    expect(await names('siti am')).toEqual(['Hj. Siti Aminah, S.Pd.', 'Siti Aminah Rahayu']);
    expect(await names('Sukarno')).toEqual(['Soekarno']);
    expect(await names('joko')).toEqual(['Djoko Santoso']);
    expect(await names('ahmad syarif')).toEqual(['Achmad Sjarifuddin']);
    expect(await names('siti')).toEqual([
      'Hj. Siti Aminah, S.Pd.',
      'Siti Aminah Rahayu',
      'Sitiawati',
    ]);
    expect(await names('Bapak')).toEqual([]);
  });

  test('by name and birth date, and by birth date alone', async () => {
    const store = await memoryStore();
    await withPeople(store);
    const matches = await searchByName(store, 'siti', { birthDate: '1990-08-17' });
    expect(matches.map((m) => m.beneficiary.name)).toEqual(['Siti Aminah Rahayu']);
    expect((await searchByBirthDate(store, '1950-06-06')).map((b) => b.name)).toEqual(['Soekarno']);
  });
});

describe('duplicates', () => {
  test('a similar name born the same day is caught on create, and saved once acknowledged', async () => {
    const store = await memoryStore();
    const [soekarno] = await withPeople(store);
    const input = { name: 'H. Sukarno', birthDate: '1950-06-06' };
    const caught = await createBeneficiary(store, input);
    expect(caught).toMatchObject({
      ok: false,
      kind: 'duplicates',
      duplicates: [
        {
          beneficiary: { id: soekarno?.id },
          reasons: [
            {
              code: 'similar_name_same_birth_date',
              message: 'Nama mirip (H. Sukarno ≈ Soekarno) dan tanggal lahir sama (6 Juni 1950).',
            },
          ],
        },
      ],
    });
    const count = await store.db.beneficiaries.count();
    saved(await createBeneficiary(store, input, { acknowledged: [soekarno?.id ?? ''] }));
    expect(await store.db.beneficiaries.count()).toBe(count + 1);
  });

  test('a NIK attached later that another record has is caught', async () => {
    const store = await memoryStore();
    const known = saved(
      await createBeneficiary(store, { name: 'Daeng Ngai', nik: '7306014101800001' }),
    );
    const walkIn = saved(await createBeneficiary(store, { name: 'Ibu Ngai' }));
    const attached = await updateBeneficiary(store, walkIn.id, {
      name: 'Ibu Ngai',
      nik: '7306014101800001',
    });
    expect(attached).toMatchObject({
      ok: false,
      kind: 'duplicates',
      duplicates: [
        {
          beneficiary: { id: known.id },
          reasons: [
            { code: 'same_nik', message: 'NIK sama dengan data Daeng Ngai yang sudah tercatat.' },
          ],
        },
      ],
    });
    expect((await store.db.beneficiaries.get(walkIn.id))?.nik).toBeNull();
  });
});

describe('merging', () => {
  test('keeps one record, points the other to it, and both histories stay reachable', async () => {
    const store = await memoryStore();
    const keep = saved(
      await createBeneficiary(store, { name: 'Sukarno', birthDate: '1950-06-06' }),
    );
    const other = saved(
      await createBeneficiary(
        store,
        { name: 'Soekarno', nik: '7306010606500001', phone: '081234567890' },
        { acknowledged: [keep.id] },
      ),
    );
    const before = await store.db.outbox.count();
    const merged = await mergeBeneficiaries(store, keep.id, other.id);
    expect(merged).toMatchObject({
      ok: true,
      beneficiary: { id: keep.id, nik: '7306010606500001', phone: '081234567890' },
    });
    const mutations = (await store.db.outbox.toArray()).slice(before);
    expect(mutations.map((m) => m.rowId)).toEqual([keep.id, other.id]);
    expect(new Set(mutations.map((m) => m.txId)).size).toBe(1);

    expect((await resolveBeneficiary(store, other.id))?.id).toBe(keep.id);
    expect(await beneficiaryHistoryIds(store, keep.id)).toEqual([keep.id, other.id]);
    // Searching under either spelling or the NIK shows the survivor, once.
    const byOldName = await searchByName(store, 'Soekarno');
    expect(byOldName.map((m) => [m.beneficiary.id, m.matchedVia?.id])).toEqual([
      [keep.id, undefined],
    ]);
    expect((await findByNik(store, '7306010606500001')).map((b) => b.id)).toEqual([keep.id]);
    // The merged-away record is not edited any more, and a merge is not repeated.
    expect(await updateBeneficiary(store, other.id, { name: 'Soekarno' })).toMatchObject({
      ok: false,
      kind: 'refused',
    });
    expect(await mergeBeneficiaries(store, keep.id, other.id)).toEqual({
      ok: false,
      message: 'Data Soekarno sudah digabungkan ke data lain.',
    });
  });
});
