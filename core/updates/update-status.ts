// One PC's app-update state, as the main process keeps it, the bridge shows it and the PC reports
// it to the sync server (POST /updates/state) for the supervisors' view of the centre's PCs.
import { z } from 'zod';

export const updateStates = [
  /** Not an installed app, or not enrolled with a server: no updates. */
  'disabled',
  /** Waiting for the next check. */
  'idle',
  'checking',
  /** The newest version for this PC is installed. */
  'current',
  'downloading',
  /** Downloaded; waits for the app to close or for closing time with no one served. */
  'downloaded',
  'installing',
  'error',
] as const;
export type UpdateState = (typeof updateStates)[number];

export const updateStatusSchema = z.object({
  /** The installed app version. */
  version: z.string().min(1).max(40),
  state: z.enum(updateStates),
  /** The version being downloaded or waiting to install. */
  availableVersion: z.string().min(1).max(40).optional(),
  progressPercent: z.number().min(0).max(100).optional(),
  /** What happens next, for people: "Dipasang saat aplikasi ditutup, atau setelah pukul 16.00." */
  message: z.string().max(300).optional(),
});
export type UpdateStatus = z.infer<typeof updateStatusSchema>;
