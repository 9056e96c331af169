// A row as this device should show it after a pull or a rollback: the server's row with the
// device's own changes the server has not seen yet laid on top, oldest first
// (ARCHITECTURE.md, "Sync": the client re-applies its pending mutations on top).
import type { OutboxMutation } from './record.ts';

export type RowFields = Record<string, unknown>;

/** What rebasing needs of a pending outbox mutation. */
export type PendingChange = Pick<OutboxMutation, 'op' | 'fields'>;

/**
 * `server` is the server's row, or null when it has none (a refused create). A pending change
 * that made the row carries the whole row (with its `id`) and applies even without a server row;
 * a change of some fields needs a row to change and is skipped without one. Returns null when
 * no row is left. The result keeps the server's revision: the pending changes are not
 * acknowledged yet, and the next change is made against what the server has.
 */
export function rebaseRow(
  server: RowFields | null,
  pending: readonly PendingChange[],
): RowFields | null {
  let row = server;
  for (const change of pending) {
    if (!row && !('id' in change.fields)) continue;
    row = { ...row, ...change.fields, ...(change.op === 'delete' ? { deleted: 1 } : {}) };
  }
  if (!row) return null;
  return { ...row, rev: server?.rev ?? 0 };
}
