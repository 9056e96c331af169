// What crosses the wire for app updates besides the PC's own state report (update-status.ts):
// the platforms and their feed files, channels, the releases an administrator uploads and stages,
// and the centre's PCs with their update state as a console PC's supervisor sees them.
import { valid } from 'semver';
import { z } from 'zod';
import { roleSchema } from '../centre/config.ts';
import { updateStatusSchema } from './update-status.ts';

export const platforms = ['windows', 'linux'] as const;
export const platformSchema = z.enum(platforms);
export type Platform = z.infer<typeof platformSchema>;

/** The feed file electron-updater's generic provider asks for on each platform. */
export const feedFileNames: Record<Platform, string> = {
  windows: 'latest.yml',
  linux: 'latest-linux.yml',
};

/** A centre's update channel: "stable" by default, "beta" for a pilot centre. */
export const channelSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,29}$/, 'Nama kanal: huruf kecil, angka atau "-", misalnya "stable"');
export const DEFAULT_CHANNEL = 'stable';

/** "1.2.0", as electron-builder writes the app version (semver). */
export const appVersionSchema = z
  .string()
  .max(40)
  .refine((version) => valid(version) === version, 'Versi harus berbentuk semver, misalnya 1.2.0');

/** An installer's file name as uploaded: no path, no oddities, the extension of its platform. */
export const installerNameSchema = z
  .string()
  .max(160)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*\.(exe|AppImage)$/, 'Nama berkas pemasang tidak sah');

export const releaseSchema = z.object({
  channel: channelSchema,
  platform: platformSchema,
  version: appVersionSchema,
  fileName: installerNameSchema,
  size: z.number().int().positive(),
  /** SHA-512 of the installer, base64, as electron-builder writes it. */
  sha512: z.string().min(1),
  notes: z.string().max(2000),
  /** Share of the channel's PCs (by rollout bucket) offered this release, 0–100. */
  rolloutPercent: z.number().int().min(0).max(100),
  uploadedAt: z.number().int(),
});
export type Release = z.infer<typeof releaseSchema>;

export const releaseListSchema = z.object({ releases: z.array(releaseSchema) });

/** The query of an upload (the body is the installer itself). */
export const releaseUploadQuerySchema = z.object({
  file: installerNameSchema,
  rollout: z.coerce.number().int().min(0).max(100).default(100),
  notes: z.string().max(2000).default(''),
});

export const rolloutRequestSchema = z.object({ percent: z.number().int().min(0).max(100) });
export const channelRequestSchema = z.object({ channel: channelSchema });

/** One PC of the centre with the update state it last reported (null before its first report). */
export const centreDeviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  roles: z.array(roleSchema),
  revoked: z.boolean(),
  lastSeenAt: z.number().int().nullable(),
  update: updateStatusSchema.extend({ reportedAt: z.number().int() }).nullable(),
});
export type CentreDevice = z.infer<typeof centreDeviceSchema>;

export const centreDevicesSchema = z.object({
  channel: channelSchema,
  devices: z.array(centreDeviceSchema),
});
export type CentreDevices = z.infer<typeof centreDevicesSchema>;

/** Largest installer the server takes. */
export const MAX_INSTALLER_BYTES = 2 * 1024 ** 3;
