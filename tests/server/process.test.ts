// `npm run server` as an operator runs it: a real process that generates its admin token on first
// start (written once to <DATA_DIR>/admin-token, never logged), the admin commands against it,
// a device enrolled with the printed code, and a clean stop on SIGTERM.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../core/ids.ts';
import { enrolResponseSchema } from '../../core/sync/protocol.ts';
import { runAdminCommand } from '../../server/admin-cli.ts';
import { deviceFor, request } from '../support/sim-device.ts';
import {
  type ServerProcess,
  spawnServerProcess,
  testBackends,
  testReference,
} from '../support/sync-server.ts';

describe.each(testBackends)('the server process on $name', (backend) => {
  let dataDir: string;
  let server: ServerProcess;
  let deviceToken = '';

  /** Runs `admin <args>` against the process and returns its exit code and printed text. */
  async function admin(...args: string[]): Promise<{ code: number; out: string }> {
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((text) => printed.push(String(text)));
    const error = vi
      .spyOn(console, 'error')
      .mockImplementation((text) => printed.push(String(text)));
    try {
      const code = await runAdminCommand([...args, '--url', server.url, '--data-dir', dataDir]);
      return { code, out: printed.join('\n') };
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'serasi-process-'));
    const options = backend.options();
    server = await spawnServerProcess({
      port: 0,
      dataDir,
      env: {
        SERASI_ADMIN_TOKEN: '',
        ...(options.databaseUrl
          ? { DATABASE_URL: options.databaseUrl, DATABASE_SCHEMA: options.schema ?? 'public' }
          : {}),
      },
    });
  });
  afterAll(async () => {
    await server.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes the generated admin token to a private file and logs only where it is', async () => {
    const file = join(dataDir, 'admin-token');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, 'utf8')).trim()).toBe(server.adminToken);
    expect(server.adminToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(server.output()).toContain(file);
    expect(server.output()).not.toContain(server.adminToken);
    expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ ok: true });
  });

  it('runs the admin commands: centre, code, devices, revoke, conflicts', async () => {
    const referenceFile = join(dataDir, 'reference.json');
    await writeFile(referenceFile, JSON.stringify(testReference()));
    const saved = await admin('centre', 'brslu-gau-mabaji', '--file', referenceFile);
    expect(saved).toEqual({
      code: 0,
      out: 'Data acuan balai Balai Rehabilitasi Sosial Lanjut Usia "Gau Mabaji" (brslu-gau-mabaji) tersimpan, versi 1: 2 loket, 0 mitra, 0 petugas.',
    });

    const issued = await admin(
      'code',
      'brslu-gau-mabaji',
      '--roles',
      'kiosk,console',
      '--hours',
      '2',
    );
    expect(issued.code).toBe(0);
    const code = /^Kode pendaftaran: (\S+)$/m.exec(issued.out)?.[1] ?? '';
    expect(issued.out).toContain('Peran: kiosk, console');

    const deviceId = newId();
    const enrolled = await request(server.url, 'POST', '/enrol', {
      body: { code, deviceId, deviceName: 'PC Loket 1' },
    });
    expect(enrolled.status).toBe(200);
    deviceToken = enrolResponseSchema.parse(enrolled.body).token;
    const device = deviceFor(server.url, deviceId, deviceToken, 'brslu-gau-mabaji');
    const pushed = await device.push(device.issueTicket('A-001').mutations);
    expect(pushed.body.results.map((result) => result.status)).toEqual([
      'applied',
      'applied',
      'applied',
    ]);

    const listed = await admin('devices', 'brslu-gau-mabaji');
    expect(listed.out).toContain(`PC Loket 1 (${deviceId})`);
    expect(listed.out).toContain('status: aktif');

    expect(await admin('revoke', deviceId)).toEqual({
      code: 0,
      out: `Akses perangkat ${deviceId} dicabut; permintaan berikutnya dari perangkat itu ditolak.`,
    });
    expect((await admin('devices', 'brslu-gau-mabaji')).out).toContain('status: dicabut');
    expect((await device.pull(0)).status).toBe(401);

    expect(await admin('conflicts', 'brslu-gau-mabaji')).toEqual({
      code: 0,
      out: 'Tidak ada konflik data di brslu-gau-mabaji.',
    });
  });

  it('says what is wrong when an admin command cannot be done', async () => {
    expect(await admin('code', 'brslu-gau-mabaji', '--roles', 'kasir')).toEqual({
      code: 1,
      out: 'Peran tidak dikenal; pilih dari kiosk, console, display.',
    });
    expect(await admin('devices', 'balai-tidak-ada')).toEqual({
      code: 1,
      out: 'Balai "balai-tidak-ada" belum terdaftar di server.',
    });
    const unknown = await admin('hapus-semua');
    expect(unknown.code).toBe(1);
    expect(unknown.out).toContain('Perintah administrator SERASI');
  });

  it('stops cleanly on SIGTERM without ever logging a token', async () => {
    expect(await server.kill('SIGTERM')).toBe(0);
    expect(server.output()).toContain('Server sudah berhenti');
    expect(server.output()).not.toContain(server.adminToken);
    expect(deviceToken).not.toBe('');
    expect(server.output()).not.toContain(deviceToken);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});
