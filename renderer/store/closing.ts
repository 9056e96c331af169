// The daily closing from the console: the day's open tickets are resolved (marked absent, or
// carried to a later day) and the day's closure is written, all in one local transaction — so
// the closing syncs whole, and the server checks it with the same rules (core/sync/apply.ts).
import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { newId } from '../../core/ids.ts';
import {
  closedDayMessage,
  type DayClosure,
  dayClosureId,
  defaultCarryOverDay,
  MAX_RESOLVED_AT_CLOSING,
  type OpenTicketResolution,
  openTicketStates,
  resolveAtClosing,
} from '../../core/queue/closing.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import { dayLabel } from '../../core/reports/period.ts';
import { countTickets } from '../../core/reports/queue-report.ts';
import { OTHER_STAFF_ID } from '../../core/reports/types.ts';
import { changeTables, createRow, updateRow } from './changes.ts';
import { cachedReference } from './reference.ts';
import { storeDayFacts } from './report-facts.ts';
import { changeContext, counterLabel, type Store, today } from './store.ts';
import { useStore } from './store-context.tsx';
import { recordEvent } from './tickets.ts';

export type CloseDayResult = { ok: true; closure: DayClosure } | { ok: false; message: string };

export interface CloseDayArgs {
  localDay: string;
  resolution: OpenTicketResolution;
  /** The supervisor closing the day. */
  staffId: string;
  /** Their name as the screen shows it; else looked up in the centre's staff list. */
  staffName?: string;
  /** Day carried-over tickets wait on; default the next day. */
  carryOverTo?: string;
}

/** The day's tickets still waiting, called or being served, oldest arrival first. */
export async function openTickets(store: Store, localDay: string): Promise<Ticket[]> {
  const tickets = await store.db.tickets
    .where('[localDay+state]')
    .anyOf(openTicketStates.map((state) => [localDay, state]))
    .toArray();
  return tickets.sort((a, b) => a.arrivedAt - b.arrivedAt);
}

async function staffNameOf(store: Store, staffId: string): Promise<string> {
  const staff = (await cachedReference(store.db))?.staff ?? [];
  const name = staff.find((member) => member.id === staffId)?.name;
  return name ?? (staffId === OTHER_STAFF_ID ? 'Petugas lain' : staffId);
}

export async function closeDay(store: Store, args: CloseDayArgs): Promise<CloseDayResult> {
  const { db, config } = store;
  const { localDay, resolution, staffId } = args;
  const carryOverTo = args.carryOverTo ?? defaultCarryOverDay(localDay);
  const staffName = args.staffName?.trim() || (await staffNameOf(store, staffId));
  const now = store.now();
  const ctx = changeContext(store, now);
  const balaiId = config.balai.id;
  const refuse = (message: string): CloseDayResult => ({ ok: false, message });

  if (localDay > today(store)) {
    return refuse(`Layanan tanggal ${dayLabel(localDay)} belum dimulai dan belum dapat ditutup.`);
  }
  const tables = [...changeTables(db, 'tickets', 'ticketEvents', 'dayClosures')];
  const result = await db.transaction('rw', tables, async (): Promise<CloseDayResult> => {
    const existing = await db.dayClosures.get(dayClosureId(balaiId, localDay));
    if (existing) return refuse(closedDayMessage(existing, config.timeZone));
    if (resolution === 'carry_over') {
      const target = await db.dayClosures.get(dayClosureId(balaiId, carryOverTo));
      if (target) return refuse(closedDayMessage(target, config.timeZone));
    }

    const open = await openTickets(store, localDay);
    if (open.length > MAX_RESOLVED_AT_CLOSING) {
      return refuse(
        `Masih ada ${open.length} tiket terbuka; selesaikan sebagian dahulu (paling banyak ${MAX_RESOLVED_AT_CLOSING} per penutupan).`,
      );
    }
    // Every resolution is checked before anything is written.
    const resolutions = [];
    for (const ticket of open) {
      const outcome = resolveAtClosing(ticket, resolution, {
        now,
        newId: newId(),
        deviceId: store.deviceId,
        carryOverTo,
        staffId,
        counterLabel: (id) => counterLabel(store, id),
        noShowAfterCalls: config.noShowAfterCalls,
      });
      if (!outcome.ok) return refuse(outcome.message);
      resolutions.push({ ticket, outcome });
    }

    const resolved = new Map<string, Ticket>();
    for (const { ticket, outcome } of resolutions) {
      const changed = await updateRow(ctx, 'tickets', ticket, outcome.patch, {
        kind: 'ticket-action',
        action: outcome.action,
      });
      resolved.set(changed.id, changed);
      await recordEvent(ctx, changed, outcome.action, { staffId });
      if (outcome.opened) {
        const { id, ...fields } = outcome.opened;
        await createRow(ctx, 'tickets', id, fields);
      }
    }

    const dayTickets = await db.tickets
      .where('[localDay+state]')
      .between([localDay, Dexie.minKey], [localDay, Dexie.maxKey])
      .toArray();
    const closure = await createRow(ctx, 'dayClosures', dayClosureId(balaiId, localDay), {
      localDay,
      closedAt: now,
      closedBy: staffId,
      closedByName: staffName,
      resolution,
      resolvedTicketIds: [...resolved.keys()],
      ...(resolution === 'carry_over' ? { carryOverTo } : {}),
      summary: countTickets(dayTickets),
    });
    return { ok: true, closure };
  });
  // The closed day's report facts, computed now so the reports over it need not. They are a
  // cache (report-facts.ts): if this fails, the first report computes them instead.
  if (result.ok) await storeDayFacts(store, localDay).catch(() => undefined);
  return result;
}

/** The day's closure, null while the day is open, undefined while loading. Live. */
export function useDayClosure(localDay: string): DayClosure | null | undefined {
  const store = useStore();
  return useLiveQuery(
    async () =>
      (await store.db.dayClosures.get(dayClosureId(store.config.balai.id, localDay))) ?? null,
    [store, localDay],
  );
}
