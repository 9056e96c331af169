// Reference data a centre keeps on the central server and every device caches: who the centre is
// and how its queue runs, its counters, the partner institutions it refers to and its staff.
// Served by the server (GET /reference), cached on each device, and used by first-run setup so
// an enrolled PC does not have to be typed in by hand.
import { z } from 'zod';
import {
  counterSchema,
  type InstallationConfig,
  orderingPolicySchema,
  serviceModelSchema,
} from './config.ts';

export const partnerKinds = [
  'lks',
  'dinas_sosial',
  'rumah_sakit',
  'balai',
  'puskesos_slrt',
  'lainnya',
] as const;

export const partnerSchema = z.object({
  id: z.string().min(1).max(60),
  name: z.string().min(2).max(160),
  kind: z.enum(partnerKinds),
  address: z.string().max(300).optional(),
  phone: z.string().max(40).optional(),
  email: z.string().max(120).optional(),
});
export type Partner = z.infer<typeof partnerSchema>;

export const staffRoles = ['petugas_loket', 'pekerja_sosial', 'supervisor', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const staffMemberSchema = z.object({
  id: z.string().min(1).max(60),
  name: z.string().min(2).max(120),
  role: z.enum(staffRoles),
  /** Employee number (NIP) where the staff member has one. */
  nip: z.string().max(30).optional(),
  active: z.boolean(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const centreProfileSchema = z.object({
  id: z.string().min(1).max(60),
  name: z.string().min(3).max(160),
  shortName: z.string().min(2).max(60),
  city: z.string().min(2).max(60),
  serviceModel: serviceModelSchema,
  timeZone: z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']),
  ordering: orderingPolicySchema,
  noShowAfterCalls: z.number().int().min(1).max(10),
  targetWaitMinutes: z.number().int().min(5).max(480).default(30),
});
export type CentreProfile = z.infer<typeof centreProfileSchema>;

export const centreReferenceSchema = z.object({
  /** Bumped by the server on every change, so a device knows when its cache is stale. */
  version: z.number().int().nonnegative(),
  centre: centreProfileSchema,
  counters: z.array(counterSchema).max(99),
  partners: z.array(partnerSchema).max(2000),
  staff: z.array(staffMemberSchema).max(2000),
});
export type CentreReference = z.infer<typeof centreReferenceSchema>;

/** What an administrator uploads: everything but the version, which the server keeps. */
export const centreReferenceInputSchema = centreReferenceSchema.omit({ version: true });
export type CentreReferenceInput = z.infer<typeof centreReferenceInputSchema>;

/**
 * The installation's config with the centre-wide settings the server holds: who the centre is,
 * how its queue runs and its counters. What belongs to this PC (roles, printer, kiosk slot,
 * PIN) stays as set up. A reference of another centre changes nothing.
 */
export function withReference(
  config: InstallationConfig,
  reference: CentreReference | undefined,
): InstallationConfig {
  if (!reference || reference.centre.id !== config.balai.id) return config;
  const { centre } = reference;
  return {
    ...config,
    balai: { id: centre.id, name: centre.name, shortName: centre.shortName, city: centre.city },
    serviceModel: centre.serviceModel,
    timeZone: centre.timeZone,
    ordering: centre.ordering,
    noShowAfterCalls: centre.noShowAfterCalls,
    targetWaitMinutes: centre.targetWaitMinutes,
    counters: reference.counters.length > 0 ? reference.counters : config.counters,
  };
}
