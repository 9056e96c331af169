// The releases an administrator uploaded: metadata in the database, installers as files under the
// server's updates folder (<updates dir>/<channel>/<platform>/<version>/<file>). An upload streams
// to a temporary file while it is hashed and counted, so a 100 MB installer never sits in memory
// and a broken upload leaves nothing behind.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  MAX_INSTALLER_BYTES,
  type Platform,
  platformSchema,
  type Release,
} from '../../core/updates/protocol.ts';
import type { Queryable } from '../db/database.ts';
import { HttpError } from '../errors.ts';

interface ReleaseRow {
  channel: string;
  platform: string;
  version: string;
  file_name: string;
  size: number | string;
  sha512: string;
  notes: string;
  rollout_percent: number;
  uploaded_at: number | string;
}

const columns =
  'channel, platform, version, file_name, size, sha512, notes, rollout_percent, uploaded_at';

function toRelease(row: ReleaseRow): Release {
  return {
    channel: row.channel,
    platform: platformSchema.parse(row.platform),
    version: row.version,
    fileName: row.file_name,
    size: Number(row.size),
    sha512: row.sha512,
    notes: row.notes,
    rolloutPercent: row.rollout_percent,
    uploadedAt: Number(row.uploaded_at),
  };
}

export function installerFile(
  updatesDir: string,
  release: Pick<Release, 'channel' | 'platform' | 'version' | 'fileName'>,
): string {
  return join(updatesDir, release.channel, release.platform, release.version, release.fileName);
}

export interface ReleaseKey {
  channel: string;
  platform: Platform;
  version: string;
}

const duplicate = (key: ReleaseKey) =>
  new HttpError(
    409,
    'conflict',
    `Versi ${key.version} untuk ${key.platform} di kanal "${key.channel}" sudah diunggah. Naikkan nomor versi aplikasi untuk rilis baru.`,
  );

export async function findRelease(db: Queryable, key: ReleaseKey): Promise<Release | null> {
  const [row] = await db.query<ReleaseRow>(
    `SELECT ${columns} FROM releases WHERE channel = $1 AND platform = $2 AND version = $3`,
    [key.channel, key.platform, key.version],
  );
  return row ? toRelease(row) : null;
}

export async function listReleases(
  db: Queryable,
  filter: { channel?: string; platform?: Platform } = {},
): Promise<Release[]> {
  const rows = await db.query<ReleaseRow>(
    `SELECT ${columns} FROM releases
     WHERE ($1::text IS NULL OR channel = $1) AND ($2::text IS NULL OR platform = $2)
     ORDER BY channel, platform, uploaded_at`,
    [filter.channel ?? null, filter.platform ?? null],
  );
  return rows.map(toRelease);
}

/** Streams `body` into the updates folder and records the release. */
export async function uploadRelease(
  db: Queryable,
  updatesDir: string,
  body: Readable,
  upload: ReleaseKey & { fileName: string; rolloutPercent: number; notes: string },
  now: number,
): Promise<Release> {
  if (await findRelease(db, upload)) throw duplicate(upload);
  const incoming = join(updatesDir, '.incoming');
  await mkdir(incoming, { recursive: true });
  const temporary = join(incoming, randomUUID());
  const hash = createHash('sha512');
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > MAX_INSTALLER_BYTES) {
        done(new HttpError(413, 'too_large', 'Berkas pemasang lebih dari 2 GB.'));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(body, measure, createWriteStream(temporary));
    if (size === 0) throw new HttpError(400, 'bad_request', 'Berkas pemasang kosong.');
    const release: Release = {
      channel: upload.channel,
      platform: upload.platform,
      version: upload.version,
      fileName: upload.fileName,
      size,
      sha512: hash.digest('base64'),
      notes: upload.notes,
      rolloutPercent: upload.rolloutPercent,
      uploadedAt: now,
    };
    const target = installerFile(updatesDir, release);
    const inserted = await db.query(
      `INSERT INTO releases (${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT DO NOTHING RETURNING version`,
      [
        release.channel,
        release.platform,
        release.version,
        release.fileName,
        release.size,
        release.sha512,
        release.notes,
        release.rolloutPercent,
        release.uploadedAt,
      ],
    );
    if (inserted.length === 0) throw duplicate(upload);
    await mkdir(join(target, '..'), { recursive: true });
    await rename(temporary, target);
    return release;
  } finally {
    await rm(temporary, { force: true });
  }
}

export async function setRollout(
  db: Queryable,
  key: ReleaseKey,
  percent: number,
): Promise<Release> {
  const [row] = await db.query<ReleaseRow>(
    `UPDATE releases SET rollout_percent = $4
     WHERE channel = $1 AND platform = $2 AND version = $3 RETURNING ${columns}`,
    [key.channel, key.platform, key.version, percent],
  );
  if (!row) {
    throw new HttpError(
      404,
      'not_found',
      `Versi ${key.version} untuk ${key.platform} di kanal "${key.channel}" belum diunggah.`,
    );
  }
  return toRelease(row);
}
