// One installation's configuration, made in first-run setup and validated wherever it crosses a
// boundary (disk, IPC, browser storage). Centre-wide settings (ordering policy, counters) live
// here until the central server serves them as reference data.
import { z } from 'zod';

export const serviceModels = [
  'single_referral_point',
  'single_entry_point',
  'one_stop_shop',
] as const;
export const serviceModelSchema = z.enum(serviceModels);
export type ServiceModel = z.infer<typeof serviceModelSchema>;

export const roles = ['kiosk', 'console', 'display'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const orderingPolicySchema = z.discriminatedUnion('kind', [
  /** First come, first served (emergencies still first). */
  z.object({ kind: z.literal('fifo') }),
  /** A priority ticket counts as having waited this many minutes longer. */
  z.object({ kind: z.literal('weighted'), priorityBonusMinutes: z.number().int().min(1).max(240) }),
  /** Every priority ticket before any regular one. */
  z.object({ kind: z.literal('strict') }),
  /** After N regular calls, one priority call (if any is waiting). */
  z.object({ kind: z.literal('ratio'), regularPerPriority: z.number().int().min(1).max(20) }),
]);
export type OrderingPolicy = z.infer<typeof orderingPolicySchema>;

export const counterSchema = z.object({
  id: z.string().min(1).max(40),
  /** Spoken and shown number: "Loket 2". */
  number: z.number().int().min(1).max(99),
  name: z.string().min(1).max(60),
  serviceIds: z.array(z.string().min(1)).min(1, 'Loket harus melayani sedikitnya satu layanan'),
});
export type Counter = z.infer<typeof counterSchema>;

export const paperWidths = [58, 80] as const;

/** "07:30": a time of day in the centre's zone, 24-hour. */
const clockSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Tulis jam sebagai JJ:MM, misalnya 07:30');

/** When the centre serves visitors; app updates install only outside these hours. */
export const serviceHoursSchema = z
  .object({ opens: clockSchema, closes: clockSchema })
  .refine((h) => h.opens < h.closes, {
    message: 'Jam tutup harus sesudah jam buka',
    path: ['closes'],
    // Only two well-written times can be compared: "7:30" is already reported as it is.
    when: (payload) => payload.issues.length === 0,
  });

export const roleAssignmentSchema = z.object({
  role: roleSchema,
  /** Electron display id to open the window on; missing = the primary display. */
  displayId: z.number().int().optional(),
});
export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

export const installationConfigSchema = z.object({
  schemaVersion: z.literal(1),
  balai: z.object({
    id: z.string().min(1).max(60),
    name: z.string().min(3, 'Nama balai terlalu pendek').max(160),
    shortName: z.string().min(2).max(60),
    city: z.string().min(2).max(60),
  }),
  serviceModel: serviceModelSchema,
  timeZone: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']),
  counters: z.array(counterSchema).min(1, 'Tambahkan sedikitnya satu loket'),
  roles: z.array(roleAssignmentSchema).min(1, 'Pilih sedikitnya satu peran untuk PC ini'),
  ordering: orderingPolicySchema,
  /** A called ticket may be marked absent once it has been called this many times. */
  noShowAfterCalls: z.number().int().min(1).max(10),
  /** The waiting time the centre aims for: reports show the share of visitors served within it. */
  targetWaitMinutes: z.number().int().min(5).max(480).default(30),
  serviceHours: serviceHoursSchema.default({ opens: '07:30', closes: '16:00' }),
  /**
   * Ticket-issuing devices of the centre share the number space by interleaving:
   * issuer `slot` of `of` issues numbers slot, slot+of, slot+2·of, … so offline kiosks never
   * hand out the same number.
   */
  issuer: z
    .object({ slot: z.number().int().min(1), of: z.number().int().min(1).max(9) })
    .refine((i) => i.slot <= i.of, { message: 'Nomor kios melebihi jumlah kios' }),
  printer: z.object({
    /** OS printer name; empty = the system default. */
    deviceName: z.string().max(200),
    paperWidthMm: z.union([z.literal(58), z.literal(80)]),
    enabled: z.boolean(),
  }),
  kiosk: z.object({
    idleSeconds: z.number().int().min(15).max(600),
  }),
  /** PBKDF2 hash of the supervisor PIN (core/security/pin.ts); guards kiosk exit and settings. */
  supervisorPinHash: z.string().min(1),
});
export type InstallationConfig = z.infer<typeof installationConfigSchema>;
