// Layanan darurat: help given on the spot, recorded with quantity and value, and the emergency
// stock it is drawn from. Stock is a ledger of movements (received, given, adjusted), never a
// stored level, so PCs giving from the same shelf offline add up when they sync. Both records
// are append-only: a mistake is corrected by an adjustment, as a paper stock book would be.
//
// API
//   emergencyItems, emergencyItem(id)     the catalogue (unit, usual value, stocked, low mark)
//   EmergencyService, StockMovement       the synced rows
//   validateAid(lines, levels)            → { ok, lines } | { ok: false, errors } (Indonesian)
//   stockLevels(movements)                item id → quantity on hand
//   lowStock(levels)                      stocked items at or under their low mark
//   aidTotal(lines)                       value of the help in rupiah
import { z } from 'zod';
import type { SyncedRecord } from '../sync/record.ts';

export interface EmergencyItem {
  id: string;
  label: string;
  unit: string;
  /** The usual value of one unit in rupiah (staff may change it per service). */
  unitValue: number;
  /** Drawn from the centre's stock (a service such as first aid is not). */
  stocked: boolean;
  /** A stocked item at or under this quantity shows a low-stock warning. */
  lowAt: number;
}

export const emergencyItems: readonly EmergencyItem[] = [
  {
    id: 'food',
    label: 'Paket makanan',
    unit: 'paket',
    unitValue: 50_000,
    stocked: true,
    lowAt: 10,
  },
  {
    id: 'shelter',
    label: 'Tempat menginap satu malam',
    unit: 'malam',
    unitValue: 150_000,
    stocked: false,
    lowAt: 0,
  },
  {
    id: 'transport',
    label: 'Uang transportasi',
    unit: 'rupiah',
    unitValue: 1,
    stocked: true,
    lowAt: 500_000,
  },
  { id: 'clothes', label: 'Pakaian', unit: 'stel', unitValue: 100_000, stocked: true, lowAt: 5 },
  {
    id: 'hygiene',
    label: 'Kit kebersihan',
    unit: 'paket',
    unitValue: 75_000,
    stocked: true,
    lowAt: 5,
  },
  {
    id: 'pfa',
    label: 'Dukungan psikologis awal',
    unit: 'sesi',
    unitValue: 0,
    stocked: false,
    lowAt: 0,
  },
  { id: 'medical', label: 'Rujukan medis', unit: 'kali', unitValue: 0, stocked: false, lowAt: 0 },
];

export function emergencyItem(id: string): EmergencyItem | undefined {
  return emergencyItems.find((item) => item.id === id);
}

export interface AidLine {
  itemId: string;
  quantity: number;
  /** Rupiah per unit. */
  unitValue: number;
}

export interface EmergencyServiceFields {
  visitId: string;
  beneficiaryId: string;
  lines: AidLine[];
  /** Sum of quantity × unit value, in rupiah. */
  totalValue: number;
  givenAt: number;
  givenBy: string | null;
  givenByName: string;
  /** Who signs the receipt: the person, or their companion. */
  recipientName: string;
  receiptNumber: string;
  note: string | null;
}
export interface EmergencyService extends EmergencyServiceFields, SyncedRecord {}

export const stockMovementKinds = ['received', 'given', 'adjusted'] as const;
export type StockMovementKind = (typeof stockMovementKinds)[number];

export interface StockMovementFields {
  itemId: string;
  /** Positive when stock comes in, negative when it goes out. */
  change: number;
  kind: StockMovementKind;
  at: number;
  localDay: string;
  /** The emergency service a "given" movement belongs to. */
  emergencyServiceId: string | null;
  staffId: string | null;
  note: string | null;
}
export interface StockMovement extends StockMovementFields, SyncedRecord {}

const itemId = z.enum(emergencyItems.map((i) => i.id) as [string, ...string[]]);
const rupiah = z.number().int().nonnegative().max(100_000_000);

export const emergencyServiceFieldsSchema = z.strictObject({
  visitId: z.uuid(),
  beneficiaryId: z.uuid(),
  lines: z
    .array(
      z.strictObject({
        itemId,
        quantity: z.number().int().min(1).max(10_000_000),
        unitValue: rupiah,
      }),
    )
    .min(1)
    .max(emergencyItems.length),
  totalValue: z.number().int().nonnegative().max(1_000_000_000),
  givenAt: z.number().int().nonnegative(),
  givenBy: z.string().min(1).max(60).nullable(),
  givenByName: z.string().min(1).max(120),
  recipientName: z.string().trim().min(1).max(120),
  receiptNumber: z.string().min(1).max(80),
  note: z.string().max(500).nullable(),
});

export const stockMovementFieldsSchema = z.strictObject({
  itemId,
  change: z
    .number()
    .int()
    .min(-100_000_000)
    .max(100_000_000)
    .refine((n) => n !== 0),
  kind: z.enum(stockMovementKinds),
  at: z.number().int().nonnegative(),
  localDay: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  emergencyServiceId: z.uuid().nullable(),
  staffId: z.string().min(1).max(60).nullable(),
  note: z.string().max(500).nullable(),
});

export function aidTotal(lines: readonly AidLine[]): number {
  return lines.reduce((sum, line) => sum + line.quantity * line.unitValue, 0);
}

export function stockLevels(
  movements: Iterable<Pick<StockMovement, 'itemId' | 'change'>>,
): Map<string, number> {
  const levels = new Map<string, number>();
  for (const m of movements) levels.set(m.itemId, (levels.get(m.itemId) ?? 0) + m.change);
  return levels;
}

export interface LowStock {
  item: EmergencyItem;
  onHand: number;
}

export function lowStock(levels: ReadonlyMap<string, number>): LowStock[] {
  return emergencyItems
    .filter((item) => item.stocked)
    .map((item) => ({ item, onHand: levels.get(item.id) ?? 0 }))
    .filter(({ item, onHand }) => onHand <= item.lowAt);
}

export function formatRupiah(value: number): string {
  return `Rp${value.toLocaleString('id-ID')}`;
}

/** A form's line as typed: quantity and value as strings. */
export interface AidLineInput {
  itemId: string;
  quantity: string;
  unitValue: string;
}

export type AidCheck =
  | { ok: true; lines: AidLine[]; total: number }
  | { ok: false; errors: Record<string, string> };

/**
 * Checks the lines a form gives against the stock on hand. Errors are keyed
 * `<itemId>.quantity` / `<itemId>.unitValue`, or `lines` when nothing is chosen.
 */
export function validateAid(
  inputs: readonly AidLineInput[],
  levels: ReadonlyMap<string, number>,
): AidCheck {
  const errors: Record<string, string> = {};
  const lines: AidLine[] = [];
  for (const input of inputs) {
    const item = emergencyItem(input.itemId);
    if (!item) {
      errors.lines = 'Jenis bantuan tidak dikenal.';
      continue;
    }
    const quantity = Number(input.quantity.trim());
    const unitValue = Number(input.unitValue.replace(/[.\s]/g, '').replace(/^Rp/i, ''));
    if (!Number.isInteger(quantity) || quantity < 1) {
      errors[`${item.id}.quantity`] =
        `Jumlah ${item.label.toLowerCase()} harus bilangan bulat 1 atau lebih.`;
    } else if (item.stocked && quantity > (levels.get(item.id) ?? 0)) {
      errors[`${item.id}.quantity`] =
        `Stok ${item.label.toLowerCase()} tidak cukup: tersisa ${(levels.get(item.id) ?? 0).toLocaleString('id-ID')} ${item.unit}.`;
    }
    if (!Number.isInteger(unitValue) || unitValue < 0 || unitValue > 100_000_000) {
      errors[`${item.id}.unitValue`] =
        `Nilai ${item.label.toLowerCase()} harus angka rupiah tanpa koma.`;
    }
    lines.push({ itemId: item.id, quantity, unitValue });
  }
  if (inputs.length === 0) errors.lines = 'Pilih sedikitnya satu bantuan.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, lines, total: aidTotal(lines) };
}
