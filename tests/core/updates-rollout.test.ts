// Which release a PC is offered: a fixed rollout bucket per device, the newest version by semver
// on its centre's channel and platform, and a staged release reaching only the PCs its percentage
// covers while the rest keep the release before.
import { describe, expect, it } from 'vitest';
import { newId } from '../../core/ids.ts';
import { releaseForDevice, rolloutBucket, type StagedRelease } from '../../core/updates/rollout.ts';

const release = (version: string, rolloutPercent = 100, more: Partial<StagedRelease> = {}) => ({
  channel: 'stable',
  platform: 'windows' as const,
  version,
  rolloutPercent,
  ...more,
});

/** A device id whose bucket satisfies `test`. */
function deviceWhere(test: (bucket: number) => boolean): string {
  for (;;) {
    const id = newId();
    if (test(rolloutBucket(id))) return id;
  }
}

describe('rolloutBucket', () => {
  it('is 0–99 and the same for the same PC every time, whatever the case of its id', () => {
    const id = newId();
    const bucket = rolloutBucket(id);
    expect(bucket).toBeGreaterThanOrEqual(0);
    expect(bucket).toBeLessThan(100);
    expect(rolloutBucket(id)).toBe(bucket);
    expect(rolloutBucket(id.toUpperCase())).toBe(bucket);
  });

  it('spreads PCs evenly: about a tenth of 10,000 PCs fall below 10', () => {
    const buckets = Array.from({ length: 10_000 }, () => rolloutBucket(newId()));
    const firstTenth = buckets.filter((bucket) => bucket < 10).length;
    expect(firstTenth).toBeGreaterThan(800);
    expect(firstTenth).toBeLessThan(1200);
    expect(new Set(buckets).size).toBe(100);
  });
});

describe('releaseForDevice', () => {
  const device = { channel: 'stable', platform: 'windows' as const, deviceId: newId() };

  it('offers the newest version by semver order, not by text (1.10.0 after 1.9.0)', () => {
    const offered = releaseForDevice(
      [release('1.9.0'), release('1.10.0'), release('1.2.0')],
      device,
    );
    expect(offered?.version).toBe('1.10.0');
  });

  it('offers only its centre’s channel and its own platform', () => {
    const releases = [
      release('1.0.0'),
      release('1.1.0-beta.1', 100, { channel: 'beta' }),
      release('1.2.0', 100, { platform: 'linux' }),
    ];
    expect(releaseForDevice(releases, device)?.version).toBe('1.0.0');
    expect(releaseForDevice(releases, { ...device, channel: 'beta' })?.version).toBe(
      '1.1.0-beta.1',
    );
    expect(releaseForDevice(releases, { ...device, platform: 'linux' })?.version).toBe('1.2.0');
    expect(releaseForDevice(releases, { ...device, channel: 'pilot' })).toBeNull();
  });

  it('a staged release reaches the PCs below its percentage; the others keep the one before', () => {
    const early = deviceWhere((bucket) => bucket < 10);
    const late = deviceWhere((bucket) => bucket >= 10);
    const releases = [release('1.0.0'), release('1.1.0', 10)];
    expect(releaseForDevice(releases, { ...device, deviceId: early })?.version).toBe('1.1.0');
    expect(releaseForDevice(releases, { ...device, deviceId: late })?.version).toBe('1.0.0');
  });

  it('at 0 % nobody gets the release, at 100 % everybody does', () => {
    const anyPc = { ...device, deviceId: deviceWhere((bucket) => bucket === 0) };
    expect(releaseForDevice([release('2.0.0', 0)], anyPc)).toBeNull();
    const lastPc = { ...device, deviceId: deviceWhere((bucket) => bucket === 99) };
    expect(releaseForDevice([release('2.0.0', 100)], lastPc)?.version).toBe('2.0.0');
    expect(releaseForDevice([release('2.0.0', 99)], lastPc)).toBeNull();
  });
});
