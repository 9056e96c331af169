// Layanan darurat in the local store: help given on the spot and the emergency stock it is drawn
// from. The stock is a ledger (core/casework/emergency.ts): every receipt, gift and correction is
// a stockMovements row, and the level is their sum, so PCs that give from the same shelf offline
// add up when they sync. A service and its "given" movements are written in one transaction with
// the receipt number, after checking the lines against the levels read in that transaction.
//
// API (all take the Store of store.ts)
//   giveAid(store, visit, lineInputs, recipientName, note, staff)  → GiveResult
//   receiveStock(store, itemId, quantity, note, staff)             → StockResult (kind 'received')
//   adjustStock(store, itemId, counted, note, staff)               → StockResult (kind 'adjusted'):
//       `counted` is what is on the shelf now; the movement is the difference from the ledger.
//       A note (why) is required.
//   stockOnHand(store)                                             → Map item id → on hand
//   servicesOfVisit(store, visitId)                                → EmergencyService[] oldest first
//   Errors are Indonesian, keyed by field: `<itemId>.quantity`, `<itemId>.unitValue`, `lines`,
//   `recipientName`, `note`, `quantity`, `counted`, `itemId`.
import {
  type AidLineInput,
  type EmergencyService,
  emergencyItem,
  type StockMovement,
  type StockMovementKind,
  stockLevels,
  validateAid,
} from '../../core/casework/emergency.ts';
import type { Visit } from '../../core/casework/visit.ts';
import { newId } from '../../core/ids.ts';
import { localDay } from '../../core/time/local-day.ts';
import { t } from '../i18n/index.ts';
import { changeTables, createRow } from './changes.ts';
import { nextDocumentNumber } from './document-numbers.ts';
import { type CaseworkStaff, changeContext, type Store } from './store.ts';

export type FieldErrors = Record<string, string>;

export type GiveResult =
  | { ok: true; service: EmergencyService; movements: StockMovement[] }
  | { ok: false; errors: FieldErrors };

export type StockResult =
  | { ok: true; movement: StockMovement }
  | { ok: false; errors: FieldErrors };

const NOTE_MAX = 500;
const NAME_MAX = 120;
const STOCK_MAX = 100_000_000;

/**
 * A whole number as staff type it: "12", "1.000" or "Rp50.000" (Indonesian thousands dots). Any
 * other dot stays, so "1.5" is not silently read as 15.
 */
export function normaliseCount(text: string): string {
  const bare = text.trim().replace(/^Rp\.?\s*/i, '');
  return /^\d{1,3}(\.\d{3})+$/.test(bare) ? bare.replace(/\./g, '') : bare.replace(/\s+/g, '');
}

function parseCount(text: string | number): number {
  if (typeof text === 'number') return text;
  const normal = normaliseCount(text);
  return normal === '' ? Number.NaN : Number(normal);
}

function cleanNote(note: string | null | undefined): string | null {
  const trimmed = (note ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

async function levelsOf(store: Store, itemIds?: readonly string[]): Promise<Map<string, number>> {
  const rows =
    itemIds === undefined
      ? await store.db.stockMovements.toArray()
      : await store.db.stockMovements.where('itemId').anyOf(itemIds).toArray();
  return stockLevels(rows.filter((row) => row.deleted === 0));
}

/** What is on the shelf now, per item (stocked items never moved are absent: 0). */
export function stockOnHand(store: Store): Promise<Map<string, number>> {
  return levelsOf(store);
}

/** The services of a visit, oldest first. */
export async function servicesOfVisit(store: Store, visitId: string): Promise<EmergencyService[]> {
  const rows = await store.db.emergencyServices.where('visitId').equals(visitId).toArray();
  return rows.filter((row) => row.deleted === 0).sort((a, b) => a.givenAt - b.givenAt);
}

export async function giveAid(
  store: Store,
  visit: Visit,
  lineInputs: readonly AidLineInput[],
  recipientName: string,
  note: string | null,
  staff: CaseworkStaff,
): Promise<GiveResult> {
  const inputs = lineInputs.map((line) => ({ ...line, quantity: normaliseCount(line.quantity) }));
  const recipient = recipientName.trim().replace(/\s+/g, ' ');
  const cleanedNote = cleanNote(note);
  const own: FieldErrors = {};
  if (recipient === '') own.recipientName = t('emergency.error.recipientRequired');
  else if (recipient.length > NAME_MAX) own.recipientName = t('emergency.error.recipientTooLong');
  if (cleanedNote !== null && cleanedNote.length > NOTE_MAX) {
    own.note = t('emergency.error.noteTooLong', { max: NOTE_MAX });
  }

  const now = store.now();
  const ctx = changeContext(store, now);
  const itemIds = [...new Set(inputs.map((line) => line.itemId))];
  return store.db.transaction(
    'rw',
    changeTables(store.db, 'emergencyServices', 'stockMovements'),
    async (): Promise<GiveResult> => {
      // The levels are read here, so two gifts from this PC at once cannot both take the last one.
      const levels = await levelsOf(store, itemIds);
      const check = validateAid(inputs, levels);
      const errors = { ...(check.ok ? {} : check.errors), ...own };
      if (itemIds.length !== inputs.length) {
        errors.lines = t('emergency.error.duplicateLine');
      }
      if (!check.ok || Object.keys(errors).length > 0) return { ok: false, errors };

      const serviceId = newId();
      const receiptNumber = await nextDocumentNumber(store, 'receipt');
      const service = await createRow(ctx, 'emergencyServices', serviceId, {
        visitId: visit.id,
        beneficiaryId: visit.beneficiaryId,
        lines: check.lines,
        totalValue: check.total,
        givenAt: now,
        givenBy: staff.id,
        givenByName: staff.name,
        recipientName: recipient,
        receiptNumber,
        note: cleanedNote,
      });
      const movements: StockMovement[] = [];
      const day = localDay(now, store.config.timeZone);
      for (const line of check.lines) {
        if (!emergencyItem(line.itemId)?.stocked) continue;
        movements.push(
          await createRow(ctx, 'stockMovements', newId(), {
            itemId: line.itemId,
            change: -line.quantity,
            kind: 'given',
            at: now,
            localDay: day,
            emergencyServiceId: serviceId,
            staffId: staff.id,
            note: null,
          }),
        );
      }
      return { ok: true, service, movements };
    },
  );
}

function stockedItemError(itemId: string): FieldErrors | null {
  const item = emergencyItem(itemId);
  if (!item) return { itemId: t('emergency.error.unknownItem') };
  if (!item.stocked) return { itemId: t('emergency.error.notStocked', { item: item.label }) };
  return null;
}

async function writeMovement(
  store: Store,
  fields: { itemId: string; change: number; kind: StockMovementKind; note: string | null },
  staff: CaseworkStaff,
): Promise<StockMovement> {
  const now = store.now();
  const ctx = changeContext(store, now);
  return createRow(ctx, 'stockMovements', newId(), {
    ...fields,
    at: now,
    localDay: localDay(now, store.config.timeZone),
    emergencyServiceId: null,
    staffId: staff.id,
  });
}

/** Stock coming in: a delivery, a donation. */
export async function receiveStock(
  store: Store,
  itemId: string,
  quantity: string | number,
  note: string | null,
  staff: CaseworkStaff,
): Promise<StockResult> {
  const itemError = stockedItemError(itemId);
  if (itemError) return { ok: false, errors: itemError };
  const item = emergencyItem(itemId);
  const amount = parseCount(quantity);
  const cleanedNote = cleanNote(note);
  const errors: FieldErrors = {};
  if (!Number.isInteger(amount) || amount < 1 || amount > STOCK_MAX) {
    errors.quantity = t('emergency.error.receiveQuantity', { unit: item?.unit ?? '' });
  }
  if (cleanedNote !== null && cleanedNote.length > NOTE_MAX) {
    errors.note = t('emergency.error.noteTooLong', { max: NOTE_MAX });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const movement = await store.db.transaction('rw', changeTables(store.db, 'stockMovements'), () =>
    writeMovement(store, { itemId, change: amount, kind: 'received', note: cleanedNote }, staff),
  );
  return { ok: true, movement };
}

/**
 * A stock-take correction: `counted` is what is on the shelf; the movement is the difference from
 * the ledger, with the reason in `note` (required).
 */
export async function adjustStock(
  store: Store,
  itemId: string,
  counted: string | number,
  note: string | null,
  staff: CaseworkStaff,
): Promise<StockResult> {
  const itemError = stockedItemError(itemId);
  if (itemError) return { ok: false, errors: itemError };
  const item = emergencyItem(itemId);
  const amount = parseCount(counted);
  const cleanedNote = cleanNote(note);
  const errors: FieldErrors = {};
  if (!Number.isInteger(amount) || amount < 0 || amount > STOCK_MAX) {
    errors.counted = t('emergency.error.countedQuantity', { unit: item?.unit ?? '' });
  }
  if (cleanedNote === null) errors.note = t('emergency.error.adjustNoteRequired');
  else if (cleanedNote.length > NOTE_MAX) {
    errors.note = t('emergency.error.noteTooLong', { max: NOTE_MAX });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return store.db.transaction(
    'rw',
    changeTables(store.db, 'stockMovements'),
    async (): Promise<StockResult> => {
      const onHand = (await levelsOf(store, [itemId])).get(itemId) ?? 0;
      const change = amount - onHand;
      if (change === 0) {
        return {
          ok: false,
          errors: {
            counted: t('emergency.error.nothingToAdjust', {
              count: onHand,
              unit: item?.unit ?? '',
            }),
          },
        };
      }
      const movement = await writeMovement(
        store,
        { itemId, change, kind: 'adjusted', note: cleanedNote },
        staff,
      );
      return { ok: true, movement };
    },
  );
}
