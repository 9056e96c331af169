// What a device may write and read through the sync, by its roles. The server applies it to every
// push (apply.ts) and every pull (server/sync/pull.ts), so a kiosk's or a board's token, however
// its requests are crafted, can neither change a person's record nor read one.
// - A console does all of the centre's work, and reads all of it.
// - A kiosk only creates: tickets, their "issued" events and registrations (never beneficiaries
//   or casework: matching a visitor to a record is the counter's). It reads back only what
//   numbering and the closed-day check need: tickets, ticket events and day closures — never a
//   registration, so a public screen holds no one's name or NIK but its own visitors' of the day.
// - A display board writes nothing and reads the same queue tables, to call tickets.
import type { Role } from '../centre/config.ts';
import type { WireMutation } from './protocol.ts';
import type { SyncedTable } from './record.ts';

const kioskCreates: ReadonlySet<SyncedTable> = new Set([
  'tickets',
  'ticketEvents',
  'registrations',
]);

const queueTables: ReadonlySet<SyncedTable> = new Set(['tickets', 'ticketEvents', 'dayClosures']);

/** Whether a device of these roles may apply this mutation; `exists` when the row is on the server. */
export function deviceMayWrite(roles: readonly Role[], m: WireMutation, exists: boolean): boolean {
  if (roles.includes('console')) return true;
  if (!roles.includes('kiosk') || !kioskCreates.has(m.table)) return false;
  const creates = m.op === 'put' && !m.intent && !exists;
  return creates && (m.table !== 'ticketEvents' || m.fields.type === 'issued');
}

/** Whether a device of these roles is sent the rows of this table. */
export function deviceMayRead(roles: readonly Role[], table: SyncedTable): boolean {
  return roles.includes('console') || queueTables.has(table);
}
