// `npm run server -- admin <command>`: the administrator's commands, sent over HTTP to a running
// server (--url or SERASI_SERVER_URL, default http://127.0.0.1:8787) with the admin token
// (SERASI_ADMIN_TOKEN, or the <data dir>/admin-token file the server wrote at its first start).
// Prints in Bahasa Indonesia; returns the process exit code.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
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

export const adminTokenFile = (dataDir: string): string => join(resolve(dataDir), 'admin-token');

const usage = `Perintah administrator SERASI:
  admin centre <kode-balai> --file reference.json   simpan data acuan balai
  admin code <kode-balai> --roles kiosk,console [--hours N]   buat kode pendaftaran perangkat
  admin devices <kode-balai>                        daftar perangkat balai
  admin revoke <id-perangkat>                       cabut akses perangkat
  admin conflicts <kode-balai>                      konflik data yang perlu ditinjau
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
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${connection.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${connection.token}`,
        [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
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
      { roles: parsedRoles.data, ...(validHours === undefined ? {} : { validHours }) },
    ),
  );
  return [
    `Kode pendaftaran: ${issued.code}`,
    `Balai: ${issued.centreId}`,
    `Peran: ${issued.roles.join(', ')}`,
    `Berlaku sampai: ${dateTime(issued.expiresAt)} (sekali pakai)`,
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

const commands = ['centre', 'code', 'devices', 'revoke', 'conflicts'];

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
      },
    });
  } catch {
    throw new CliError(`Pilihan perintah tidak dikenal.\n\n${usage}`);
  }
}

export async function runAdminCommand(args: string[]): Promise<number> {
  try {
    const { values, positionals } = parseCommandLine(args);
    const [command, target] = positionals;
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
          );
        case 'devices':
          return devices(connection, required(target, 'Kode balai'));
        case 'revoke':
          return revoke(connection, required(target, 'Id perangkat'));
        case 'conflicts':
          return conflicts(connection, required(target, 'Kode balai'));
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
