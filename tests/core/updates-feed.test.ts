// The feed text a release is served as (latest.yml / latest-linux.yml), read back with
// electron-updater's own parser as the installed app reads it: the installer's address relative
// to <server>/updates/, its size and SHA-512, the date, and notes that YAML would otherwise mangle.
import { createHash } from 'node:crypto';
import { parseUpdateInfo, resolveFiles } from 'electron-updater/out/providers/Provider.js';
import { describe, expect, it } from 'vitest';
import { feedYaml, installerPath } from '../../core/updates/feed.ts';
import type { Release } from '../../core/updates/protocol.ts';

const sha512 = createHash('sha512').update('installer').digest('base64');
const release: Release = {
  channel: 'stable',
  platform: 'windows',
  version: '1.10.0',
  fileName: 'SERASI-Desk-Setup-1.10.0.exe',
  size: 104_857_600,
  sha512,
  notes: '',
  rolloutPercent: 100,
  uploadedAt: Date.UTC(2026, 10, 23, 9, 30),
};
const base = new URL('https://sync.balai.example/updates/');

/** The feed as electron-updater reads it, and the address it downloads the installer from. */
function read(text: string, file = 'latest.yml') {
  const info = parseUpdateInfo(text, file, new URL(file, base));
  return { info, installer: resolveFiles(info, base)[0]?.url.href };
}

describe('feedYaml', () => {
  it('gives electron-updater the version, the installer’s address, size and SHA-512, and the date', () => {
    const { info, installer } = read(feedYaml(release));
    expect(info.version).toBe('1.10.0');
    expect(info.files).toEqual([
      {
        url: 'files/stable/windows/1.10.0/SERASI-Desk-Setup-1.10.0.exe',
        sha512,
        size: 104_857_600,
      },
    ]);
    expect(info.path).toBe(info.files[0]?.url);
    expect(info.sha512).toBe(sha512);
    expect(info.releaseDate).toBe('2026-11-23T09:30:00.000Z');
    expect(installer).toBe(
      'https://sync.balai.example/updates/files/stable/windows/1.10.0/SERASI-Desk-Setup-1.10.0.exe',
    );
  });

  it('carries notes with YAML’s special characters unchanged, and none when there are none', () => {
    expect(read(feedYaml(release)).info.releaseNotes).toBeUndefined();
    const notes = 'Perbaikan: cetak tiket #2 — "antrean" tidak lagi ganda\n- papan: suara 50%';
    expect(read(feedYaml({ ...release, notes })).info.releaseNotes).toBe(notes);
  });

  it('addresses a pre-release on another channel and platform by its own folder', () => {
    const beta = {
      ...release,
      channel: 'beta',
      platform: 'linux' as const,
      version: '1.11.0-beta.1',
      fileName: 'SERASI-Desk-1.11.0-beta.1-x86_64.AppImage',
    };
    expect(installerPath(beta)).toBe(
      'files/beta/linux/1.11.0-beta.1/SERASI-Desk-1.11.0-beta.1-x86_64.AppImage',
    );
    expect(read(feedYaml(beta), 'latest-linux.yml').info.version).toBe('1.11.0-beta.1');
  });
});
