// The update feed electron-updater's generic provider reads (latest.yml, latest-linux.yml), in
// the shape electron-builder writes it, serialised with js-yaml — the library electron-updater
// parses it with. File urls are relative to the feed's folder (<server>/updates/).
import { dump } from 'js-yaml';
import type { Release } from './protocol.ts';

/** Where a release's installer is served, relative to <server>/updates/. */
export function installerPath(
  release: Pick<Release, 'channel' | 'platform' | 'version' | 'fileName'>,
): string {
  return ['files', release.channel, release.platform, release.version, release.fileName]
    .map(encodeURIComponent)
    .join('/');
}

export function feedYaml(release: Release): string {
  const url = installerPath(release);
  return dump(
    {
      version: release.version,
      files: [{ url, sha512: release.sha512, size: release.size }],
      path: url,
      sha512: release.sha512,
      releaseDate: new Date(release.uploadedAt).toISOString(),
      ...(release.notes ? { releaseNotes: release.notes } : {}),
    },
    { lineWidth: -1 },
  );
}
