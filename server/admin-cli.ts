// `npm run server -- admin <command>`: the administrator's commands, sent over HTTP to a running
// server (--url or SERASI_SERVER_URL, default http://127.0.0.1:8787) with the admin token
// (SERASI_ADMIN_TOKEN, or the <data dir>/admin-token file the server wrote at its first start).
// Prints in Bahasa Indonesia; returns the process exit code.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { roleSchema } from '../core/centre/config.ts';
import { centreReferenceSchema } from '../core/centre/reference.ts';
import {
  adminCodeResponseSchema,
  adminDeviceSchema,
  errorBodySchema,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  syncConflictSchema,
} from '../core/sync/protocol.ts';
import {
  centreDevicesSchema,
  platforms,
  type Release,
  releaseListSchema,
  releaseSchema,
} from '../core/updates/protocol.ts';

export const adminTokenFile = (dataDir: string): string => join(resolve(dataDir), 'admin-token');

const usage = `Perintah administrator SERASI:
  admin centre <kode-balai> --file reference.json   simpan data acuan balai
  admin code <kode-balai> --roles kiosk,console [--hours N] [--uses N]
                                                    buat kode pendaftaran (untuk N PC; bawaan 1)
  admin devices <kode-balai>                        daftar perangkat balai
  admin revoke <id-perangkat>                       cabut akses perangkat
  admin conflicts <kode-balai>                      konflik data yang perlu ditinjau
  admin release upload --channel stable --platform windows|linux --version 1.2.0
        --file <pemasang> [--rollout 10] [--notes "…"]   unggah versi baru aplikasi
  admin release rollout <kanal> <platform> <versi> <persen>   ubah persentase PC yang ditawari
  admin releases                                    daftar versi yang diunggah
  admin channel <kode-balai> <kanal>                kanal pembaruan balai (bawaan stable)
  admin updates <kode-balai>                        versi dan status pembaruan tiap PC balai
Pilihan: --url <alamat server> (atau SERASI_SERVER_URL), --data-dir <folder> (untuk admin-token)`;

class CliError extends Error {}

interface Connection {
  url: string;
  token: string;
}

async function adminToken(dataDir: string): Promise<string> {
  if (process.env.SERASI_ADMIN_TOKEN) return process.env.SERASI_ADMIN_TOKEN;
  const file = adminTokenFile(dataDir);
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    throw new CliError(`Token administrator tidak ditemukan: isi SERASI_ADMIN_TOKEN atau ${file}.`);
  }
}

async function call(
  connection: Connection,
  method: string,
  path: string,
  body?: unknown,
  /** A file sent as the body itself, streamed (an installer). */
  upload?: string,
): Promise<unknown> {
  let response: Response;
  try {
    const json = body !== undefined;
    response = await fetch(`${connection.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${connection.token}`,
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        ...(json ? { 'content-type': 'application/json' } : {}),
        ...(upload ? { 'content-type': 'application/octet-stream' } : {}),
      },
      body: upload
        ? (Readable.toWeb(createReadStream(upload)) as ReadableStream)
        : json
          ? JSON.stringify(body)
          : undefined,
      ...(upload ? { duplex: 'half' } : {}),
    });
  } catch (error) {
    throw new CliError(`Server tidak dapat dihubungi di ${connection.url}: ${String(error)}`);
  }
  const answer: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const problem = errorBodySchema.safeParse(answer);
    throw new CliError(
      problem.success ? problem.data.message : `Server menjawab ${response.status}.`,
    );
  }
  return answer;
}

const dateTime = (ms: number | null) =>
  ms === null
    ? '-'
    : new Date(ms).toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' });

function required(value: string | undefined, what: string): string {
  if (!value) throw new CliError(`${what} belum diisi.\n\n${usage}`);
  return value;
}

async function centre(connection: Connection, centreId: string, file: string): Promise<string> {
  let input: unknown;
  try {
    input = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new CliError(`Berkas ${file} tidak dapat dibaca sebagai JSON.`);
  }
  const reference = centreReferenceSchema.parse(
    await call(connection, 'PUT', `/admin/centres/${encodeURIComponent(centreId)}`, input),
  );
  return (
    `Data acuan balai ${reference.centre.name} (${reference.centre.id}) tersimpan, versi ${reference.version}: ` +
    `${reference.counters.length} loket, ${reference.partners.length} mitra, ${reference.staff.length} petugas.`
  );
}

async function code(
  connection: Connection,
  centreId: string,
  roles: string,
  hours: string | undefined,
  uses: string | undefined,
): Promise<string> {
  const parsedRoles = roleSchema.array().safeParse(roles.split(',').map((role) => role.trim()));
  if (!parsedRoles.success) {
    throw new CliError('Peran tidak dikenal; pilih dari kiosk, console, display.');
  }
  const validHours = hours === undefined ? undefined : Number(hours);
  const issued = adminCodeResponseSchema.parse(
    await call(
      connection,
      'POST',
      `/admin/centres/${encodeURIComponent(centreId)}/enrolment-codes`,
      {
        roles: parsedRoles.data,
        ...(validHours === undefined ? {} : { validHours }),
        ...(uses === undefined ? {} : { uses: Number(uses) }),
      },
    ),
  );
  return [
    `Kode pendaftaran: ${issued.code}`,
    `Balai: ${issued.centreId}`,
    `Peran: ${issued.roles.join(', ')}`,
    `Berlaku sampai: ${dateTime(issued.expiresAt)} (${issued.uses === 1 ? 'sekali pakai' : `untuk ${issued.uses} PC`})`,
  ].join('\n');
}

async function devices(connection: Connection, centreId: string): Promise<string> {
  const answer = await call(
    connection,
    'GET',
    `/admin/centres/${encodeURIComponent(centreId)}/devices`,
  );
  const list = adminDeviceSchema.array().parse((answer as { devices: unknown }).devices);
  if (list.length === 0) return `Belum ada perangkat terdaftar di ${centreId}.`;
  return list
    .map((device) =>
      [
        `${device.name} (${device.id})`,
        `  peran: ${device.roles.join(', ')}`,
        `  terdaftar: ${dateTime(device.enrolledAt)}, terakhir terlihat: ${dateTime(device.lastSeenAt)}`,
        `  status: ${device.revokedAt === null ? 'aktif' : `dicabut ${dateTime(device.revokedAt)}`}`,
      ].join('\n'),
    )
    .join('\n');
}

async function revoke(connection: Connection, deviceId: string): Promise<string> {
  await call(connection, 'POST', `/admin/devices/${encodeURIComponent(deviceId)}/revoke`);
  return `Akses perangkat ${deviceId} dicabut; permintaan berikutnya dari perangkat itu ditolak.`;
}

async function conflicts(connection: Connection, centreId: string): Promise<string> {
  const answer = await call(
    connection,
    'GET',
    `/admin/centres/${encodeURIComponent(centreId)}/conflicts`,
  );
  const list = syncConflictSchema.array().parse((answer as { conflicts: unknown }).conflicts);
  if (list.length === 0) return `Tidak ada konflik data di ${centreId}.`;
  return list
    .map(
      (conflict) =>
        `${dateTime(conflict.createdAt)} ${conflict.table} ${conflict.rowId} kolom "${conflict.field}": ` +
        `dipakai ${JSON.stringify(conflict.keptValue)}, kalah ${JSON.stringify(conflict.lostValue)}`,
    )
    .join('\n');
}

const releaseLine = (release: Release) =>
  `${release.channel} ${release.platform} ${release.version}: ${release.fileName}, ` +
  `${(release.size / 1024 ** 2).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB, ` +
  `ditawarkan ke ${release.rolloutPercent}% PC, diunggah ${dateTime(release.uploadedAt)}`;

async function uploadRelease(
  connection: Connection,
  options: { channel: string; platform: string; version: string; file: string },
  rollout: string | undefined,
  notes: string | undefined,
): Promise<string> {
  const file = resolve(options.file);
  try {
    if (!(await stat(file)).isFile()) throw new Error();
  } catch {
    throw new CliError(`Berkas pemasang ${file} tidak ditemukan.`);
  }
  const query = new URLSearchParams({ file: basename(file) });
  if (rollout !== undefined) query.set('rollout', rollout);
  if (notes !== undefined) query.set('notes', notes);
  const path = ['admin', 'releases', options.channel, options.platform, options.version]
    .map(encodeURIComponent)
    .join('/');
  const release = releaseSchema.parse(
    await call(connection, 'PUT', `/${path}?${query}`, undefined, file),
  );
  return `Versi diunggah. ${releaseLine(release)}
SHA-512: ${release.sha512}`;
}

async function rollout(connection: Connection, args: (string | undefined)[]): Promise<string> {
  const [channel, platform, version, percent] = args;
  const path = ['admin', 'releases', channel, platform, version, 'rollout']
    .map((part) => encodeURIComponent(required(part, 'Kanal, platform, versi dan persen')))
    .join('/');
  const release = releaseSchema.parse(
    await call(connection, 'PUT', `/${path}`, {
      percent: Number(required(percent, 'Persen')),
    }),
  );
  return `Persentase diubah. ${releaseLine(release)}`;
}

async function releases(connection: Connection): Promise<string> {
  const list = releaseListSchema.parse(await call(connection, 'GET', '/admin/releases')).releases;
  if (list.length === 0) return 'Belum ada versi aplikasi yang diunggah.';
  return list.map(releaseLine).join('\n');
}

async function channel(connection: Connection, centreId: string, name: string): Promise<string> {
  await call(connection, 'PUT', `/admin/centres/${encodeURIComponent(centreId)}/channel`, {
    channel: name,
  });
  return `Balai ${centreId} kini menerima pembaruan dari kanal "${name}".`;
}

async function updates(connection: Connection, centreId: string): Promise<string> {
  const answer = centreDevicesSchema.parse(
    await call(connection, 'GET', `/admin/centres/${encodeURIComponent(centreId)}/updates`),
  );
  const lines = answer.devices.map((device) => {
    const update = device.update;
    const state = update
      ? `${update.version}, ${update.state}${update.availableVersion ? ` → ${update.availableVersion}` : ''}` +
        ` (dilaporkan ${dateTime(update.reportedAt)})${update.message ? ` — ${update.message}` : ''}`
      : 'belum melapor';
    return `${device.name} [${device.roles.join(', ')}]${device.revoked ? ' (dicabut)' : ''}: ${state}`;
  });
  return [`Kanal: ${answer.channel}`, ...(lines.length > 0 ? lines : ['Belum ada PC.'])].join('\n');
}

const commands = [
  'centre',
  'code',
  'devices',
  'revoke',
  'conflicts',
  'release',
  'releases',
  'channel',
  'updates',
];

function parseCommandLine(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        'data-dir': { type: 'string' },
        file: { type: 'string' },
        roles: { type: 'string' },
        hours: { type: 'string' },
        uses: { type: 'string' },
        channel: { type: 'string' },
        platform: { type: 'string' },
        version: { type: 'string' },
        rollout: { type: 'string' },
        notes: { type: 'string' },
      },
    });
  } catch {
    throw new CliError(`Pilihan perintah tidak dikenal.\n\n${usage}`);
  }
}

export async function runAdminCommand(args: string[]): Promise<number> {
  try {
    const { values, positionals } = parseCommandLine(args);
    const [command, target, ...more] = positionals;
    if (!command || !commands.includes(command)) throw new CliError(usage);
    const connection: Connection = {
      url: (values.url ?? process.env.SERASI_SERVER_URL ?? 'http://127.0.0.1:8787').replace(
        /\/+$/,
        '',
      ),
      token: '',
    };
    const run = async (): Promise<string> => {
      connection.token = await adminToken(values['data-dir'] ?? process.env.DATA_DIR ?? './data');
      switch (command) {
        case 'centre':
          return centre(
            connection,
            required(target, 'Kode balai'),
            required(values.file, 'Berkas --file'),
          );
        case 'code':
          return code(
            connection,
            required(target, 'Kode balai'),
            required(values.roles, 'Peran --roles'),
            values.hours,
            values.uses,
          );
        case 'devices':
          return devices(connection, required(target, 'Kode balai'));
        case 'revoke':
          return revoke(connection, required(target, 'Id perangkat'));
        case 'conflicts':
          return conflicts(connection, required(target, 'Kode balai'));
        case 'release':
          if (target === 'rollout') return rollout(connection, more);
          if (target !== 'upload') throw new CliError(usage);
          if (!platforms.some((p) => p === values.platform)) {
            throw new CliError('Platform --platform: windows atau linux.');
          }
          return uploadRelease(
            connection,
            {
              channel: required(values.channel, 'Kanal --channel'),
              platform: required(values.platform, 'Platform --platform'),
              version: required(values.version, 'Versi --version'),
              file: required(values.file, 'Berkas pemasang --file'),
            },
            values.rollout,
            values.notes,
          );
        case 'releases':
          return releases(connection);
        case 'channel':
          return channel(connection, required(target, 'Kode balai'), required(more[0], 'Kanal'));
        case 'updates':
          return updates(connection, required(target, 'Kode balai'));
        default:
          throw new CliError(usage);
      }
    };
    console.log(await run());
    return 0;
  } catch (error) {
    console.error(error instanceof CliError ? error.message : error);
    return 1;
  }
}
