// Which release a PC is offered. Each PC has a fixed rollout bucket (0–99) from its device id, so
// a release at 10 % reaches the same tenth of the PCs first in every rollout, and raising the
// percentage only adds PCs. A PC gets the newest release of its centre's channel and its platform
// whose percentage covers its bucket: the release before stays on offer to the rest.
import { rcompare } from 'semver';
import type { Platform } from './protocol.ts';

export interface StagedRelease {
  channel: string;
  platform: Platform;
  version: string;
  rolloutPercent: number;
}

/** 0–99, stable for a device id (FNV-1a, 32 bits). */
export function rolloutBucket(deviceId: string): number {
  let hash = 0x811c9dc5;
  for (const char of deviceId.toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 100;
}

export function releaseForDevice<R extends StagedRelease>(
  releases: readonly R[],
  device: { channel: string; platform: Platform; deviceId: string },
): R | null {
  const bucket = rolloutBucket(device.deviceId);
  const offered = releases
    .filter(
      (release) =>
        release.channel === device.channel &&
        release.platform === device.platform &&
        bucket < release.rolloutPercent,
    )
    .sort((a, b) => rcompare(a.version, b.version));
  return offered[0] ?? null;
}
