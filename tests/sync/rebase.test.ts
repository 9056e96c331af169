// A pulled or restored row with this device's pending changes laid on top.
import { describe, expect, test } from 'vitest';
import { rebaseRow } from '../../core/sync/rebase.ts';

const serverTicket = {
  id: '0192f0a0-0000-7000-8000-000000000001',
  balaiId: 'brslu-gau-mabaji',
  updatedAt: '001763859600000-00000-0192f0a0-0000-7000-8000-00000000000a',
  rev: 7,
  deleted: 0 as const,
  number: 'A-012',
  state: 'waiting',
  callCount: 0,
};

describe('rebasing pending changes over a server row', () => {
  test('with nothing pending the server row is taken as it is', () => {
    expect(rebaseRow(serverTicket, [])).toEqual(serverTicket);
  });

  test('pending changes apply in order over the server row, and the server revision is kept', () => {
    const row = rebaseRow(serverTicket, [
      {
        op: 'put',
        fields: { state: 'called', callCount: 1, counterId: 'loket-1', updatedAt: 'b' },
      },
      { op: 'put', fields: { state: 'serving', updatedAt: 'c' } },
    ]);
    expect(row).toEqual({
      ...serverTicket,
      state: 'serving',
      callCount: 1,
      counterId: 'loket-1',
      updatedAt: 'c',
      rev: 7,
    });
  });

  test('a field the server changed and this device did not keeps the server value', () => {
    const row = rebaseRow({ ...serverTicket, callCount: 2 }, [
      { op: 'put', fields: { state: 'called' } },
    ]);
    expect(row).toMatchObject({ state: 'called', callCount: 2 });
  });

  test("a pending create of a row the server already has does not reset the server's revision", () => {
    const created = { ...serverTicket, rev: 0 };
    expect(rebaseRow(serverTicket, [{ op: 'put', fields: created }])?.rev).toBe(7);
  });

  test('without a server row, a pending create still shows, unacknowledged', () => {
    const created = { ...serverTicket, rev: 0 };
    expect(rebaseRow(null, [{ op: 'put', fields: created }])).toEqual(created);
  });

  test('without a server row or a pending create there is no row to show', () => {
    expect(rebaseRow(null, [])).toBeNull();
    expect(rebaseRow(null, [{ op: 'put', fields: { state: 'called' } }])).toBeNull();
  });

  test('a pending delete leaves a tombstone', () => {
    expect(rebaseRow(serverTicket, [{ op: 'delete', fields: {} }])).toMatchObject({
      id: serverTicket.id,
      deleted: 1,
    });
  });
});
