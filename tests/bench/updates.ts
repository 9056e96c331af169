// The app-update figures of `npm run bench` (run.ts prints them under "Updates"), against a real
// server process (`tsx server/main.ts`, PGlite): uploading a 100 MB installer as
// `admin release upload` does (streamed and hashed), the feed (latest.yml) answered to many PCs
// each with its own token and rollout bucket, and the installer downloaded by PCs at once.

import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  authHeaders,
  createCentre,
  enrolDevice,
  spawnServerProcess,
} from '../support/sync-server.ts';
import { printRow } from './report.ts';

const installerBytes = 100 * 1024 ** 2;
const feedPcs = 200;
const parallelDownloads = 5;

const mbPerSecond = (bytes: number, ms: number) => bytes / 1024 ** 2 / (ms / 1000);

export async function measureUpdates(): Promise<void> {
  console.log('\nUpdates (real server process, PGlite)');
  const dataDir = await mkdtemp(join(tmpdir(), 'serasi-bench-updates-'));
  const server = await spawnServerProcess({ port: 0, dataDir });
  try {
    await createCentre(server);
    const file = join(dataDir, 'SERASI-Desk-Setup-9.0.0.exe');
    await writeFile(file, randomBytes(installerBytes));

    const started = performance.now();
    const upload = await fetch(
      `${server.url}/admin/releases/stable/windows/9.0.0?file=SERASI-Desk-Setup-9.0.0.exe&rollout=50`,
      {
        method: 'PUT',
        headers: { ...authHeaders(server.adminToken), 'content-type': 'application/octet-stream' },
        body: Readable.toWeb(createReadStream(file)) as ReadableStream,
        duplex: 'half',
      } as RequestInit,
    );
    const uploadMs = performance.now() - started;
    if (upload.status !== 201) throw new Error(`upload → ${upload.status} ${await upload.text()}`);
    console.log(
      `  upload of a 100 MB installer, streamed and SHA-512 hashed: ${(uploadMs / 1000).toFixed(2)} s, ${mbPerSecond(installerBytes, uploadMs).toFixed(0)} MB/s`,
    );

    const pcs = [];
    for (let i = 0; i < feedPcs; i++) {
      pcs.push(await enrolDevice(server, 'brslu-gau-mabaji', ['kiosk'], `Kios ${i + 1}`));
    }
    const feedTimes: number[] = [];
    let offered = 0;
    for (const pc of pcs) {
      const t0 = performance.now();
      const response = await fetch(`${server.url}/updates/latest.yml`, {
        headers: authHeaders(pc.token),
      });
      await response.text();
      feedTimes.push(performance.now() - t0);
      if (response.status === 200) offered += 1;
    }
    printRow(`latest.yml for ${feedPcs} PCs, one after another`, feedTimes, 'ms', '≤ 50 ms');
    console.log(`  PCs offered the release at 50 % rollout: ${offered} of ${feedPcs}`);

    await fetch(`${server.url}/admin/releases/stable/windows/9.0.0/rollout`, {
      method: 'PUT',
      headers: { ...authHeaders(server.adminToken), 'content-type': 'application/json' },
      body: JSON.stringify({ percent: 100 }),
    });
    const t1 = performance.now();
    await Promise.all(
      pcs.slice(0, parallelDownloads).map(async (pc) => {
        const response = await fetch(
          `${server.url}/updates/files/stable/windows/9.0.0/SERASI-Desk-Setup-9.0.0.exe`,
          { headers: authHeaders(pc.token) },
        );
        const body = await response.arrayBuffer();
        if (body.byteLength !== installerBytes) throw new Error('short download');
      }),
    );
    const downloadMs = performance.now() - t1;
    console.log(
      `  ${parallelDownloads} PCs downloading the 100 MB installer at once: ${(downloadMs / 1000).toFixed(2)} s, ${mbPerSecond(parallelDownloads * installerBytes, downloadMs).toFixed(0)} MB/s in all`,
    );
  } finally {
    await server.kill();
    await rm(dataDir, { recursive: true, force: true });
  }
}
