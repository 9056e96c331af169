// The app's update feed on the real server (PGlite, and PostgreSQL when configured): an uploaded
// build served as electron-updater's generic provider reads it — parsed here with
// electron-updater's own parser — and downloaded byte for byte with the PC's token; staged
// rollout, a channel per centre, duplicate uploads, the PCs' update reports and who may list
// them, multi-PC enrolment codes, and the administrator's commands.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseUpdateInfo, resolveFiles } from 'electron-updater/out/providers/Provider.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { newId } from '../../core/ids.ts';
import { enrolResponseSchema } from '../../core/sync/protocol.ts';
import { centreDevicesSchema, releaseSchema } from '../../core/updates/protocol.ts';
import { runAdminCommand } from '../../server/admin-cli.ts';
import { request } from '../support/sim-device.ts';
import {
  authHeaders,
  createCentre,
  enrolDevice,
  startTestServer,
  type TestServer,
  testBackends,
} from '../support/sync-server.ts';

const STABLE = 'brslu-gau-mabaji';
const PILOT = 'brsdm-margo-laras';

describe.each(testBackends)('app updates on $name', (backend) => {
  let server: TestServer;
  let updatesDir: string;
  let clock = Date.UTC(2026, 10, 23, 9, 0);
  let consolePc: { token: string; deviceId: string };
  let kioskPc: { token: string; deviceId: string };
  let pilotPc: { token: string; deviceId: string };

  beforeAll(async () => {
    updatesDir = await mkdtemp(join(tmpdir(), 'serasi-updates-test-'));
    server = await startTestServer(backend, { now: () => clock, updatesDir });
    await createCentre(server, { centre: { id: STABLE } });
    await createCentre(server, {
      centre: { id: PILOT, name: 'Balai Rehabilitasi Sosial "Margo Laras"' },
    });
    consolePc = await enrolDevice(server, STABLE, ['console'], 'Loket 2');
    kioskPc = await enrolDevice(server, STABLE, ['kiosk'], 'Kios lobi 1');
    pilotPc = await enrolDevice(server, PILOT, ['console'], 'Loket 1 Margo Laras');
  });
  afterAll(async () => {
    await server.close();
    await rm(updatesDir, { recursive: true, force: true });
  });

  /** Uploads `bytes` as the installer of a release, as `admin release upload` does. */
  async function upload(
    path: string,
    bytes: Buffer,
    query: Record<string, string> = { file: 'SERASI-Desk-Setup.exe' },
  ) {
    const response = await fetch(
      `${server.url}/admin/releases/${path}?${new URLSearchParams(query)}`,
      {
        method: 'PUT',
        headers: { ...authHeaders(server.adminToken), 'content-type': 'application/octet-stream' },
        body: new Uint8Array(bytes),
      },
    );
    return { status: response.status, body: (await response.json()) as unknown };
  }

  /** The feed a PC gets, parsed by electron-updater's own parser, and its installer's address. */
  async function feedFor(token: string, file = 'latest.yml') {
    const response = await fetch(`${server.url}/updates/${file}`, { headers: authHeaders(token) });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`${file} → ${response.status} ${text}`);
    const info = parseUpdateInfo(text, file, new URL(`${server.url}/updates/${file}`));
    const [installer] = resolveFiles(info, new URL(`${server.url}/updates/`));
    return {
      info,
      installer: installer?.url.href ?? '',
      type: response.headers.get('content-type'),
    };
  }

  /** The answer to a PC whose feed is refused. */
  async function refusedFeed(token: string, file: string) {
    const response = await fetch(`${server.url}/updates/${file}`, { headers: authHeaders(token) });
    return { status: response.status, body: (await response.json()) as unknown };
  }

  const sha512 = (bytes: Buffer) => createHash('sha512').update(bytes).digest('base64');

  it('serves an uploaded build as a valid feed, and the installer byte for byte with the PC’s token', async () => {
    const build = randomBytes(300_000);
    const uploaded = await upload('stable/windows/1.1.0', build, {
      file: 'SERASI-Desk-Setup-1.1.0.exe',
      notes: 'Perbaikan cetak tiket',
    });
    expect(uploaded.status).toBe(201);
    expect(releaseSchema.parse(uploaded.body)).toMatchObject({
      version: '1.1.0',
      size: 300_000,
      sha512: sha512(build),
      rolloutPercent: 100,
    });

    const feed = await feedFor(consolePc.token);
    expect(feed.type).toContain('yaml');
    expect(feed.info.version).toBe('1.1.0');
    expect(feed.info.files).toEqual([
      {
        url: 'files/stable/windows/1.1.0/SERASI-Desk-Setup-1.1.0.exe',
        sha512: sha512(build),
        size: 300_000,
      },
    ]);
    expect(feed.info.releaseNotes).toBe('Perbaikan cetak tiket');
    expect(new Date(feed.info.releaseDate).getTime()).toBe(clock);

    const download = await fetch(feed.installer, { headers: authHeaders(consolePc.token) });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(build)).toBe(true);

    // electron-updater asks for a blockmap first and downloads the whole file without one.
    const blockmap = await fetch(`${feed.installer}.blockmap`, {
      headers: authHeaders(consolePc.token),
    });
    expect(blockmap.status).toBe(404);
    // Without a token, neither the feed nor the file.
    expect((await fetch(feed.installer, { headers: authHeaders('') })).status).toBe(401);
  });

  it('answers 401 without a valid token and 404 no_release when nothing is on offer', async () => {
    const noToken = await request(server.url, 'GET', '/updates/latest.yml');
    expect(noToken.status).toBe(401);
    const badToken = await request(server.url, 'GET', '/updates/latest.yml', {
      token: 'x'.repeat(43),
    });
    expect(badToken.status).toBe(401);
    expect(await refusedFeed(consolePc.token, 'latest-linux.yml')).toEqual({
      status: 404,
      body: {
        error: 'no_release',
        message: 'Belum ada versi aplikasi yang ditawarkan untuk PC ini.',
      },
    });
  });

  it('a release staged at 0 % is offered to nobody; raised to 100 % it reaches every PC', async () => {
    clock += 60_000;
    expect(
      (
        await upload('stable/windows/1.2.0', randomBytes(1000), {
          file: 'SERASI-Desk-Setup-1.2.0.exe',
          rollout: '0',
        })
      ).status,
    ).toBe(201);
    const before = await feedFor(consolePc.token);
    expect(before.info.version).toBe('1.1.0');

    const raised = await request(
      server.url,
      'PUT',
      '/admin/releases/stable/windows/1.2.0/rollout',
      {
        token: server.adminToken,
        body: { percent: 100 },
      },
    );
    expect(raised.status).toBe(200);
    for (const pc of [consolePc, kioskPc]) {
      const after = await feedFor(pc.token);
      expect(after.info.version).toBe('1.2.0');
    }
  });

  it('a centre on the beta channel gets the beta build; a stable centre neither sees nor downloads it', async () => {
    const channel = await request(server.url, 'PUT', `/admin/centres/${PILOT}/channel`, {
      token: server.adminToken,
      body: { channel: 'beta' },
    });
    expect(channel).toEqual({ status: 200, body: { centreId: PILOT, channel: 'beta' } });
    expect(
      (
        await upload('beta/windows/1.3.0-beta.1', randomBytes(2000), {
          file: 'SERASI-Desk-Setup-1.3.0-beta.1.exe',
        })
      ).status,
    ).toBe(201);

    const pilot = await feedFor(pilotPc.token);
    expect(pilot.info.version).toBe('1.3.0-beta.1');
    const stable = await feedFor(consolePc.token);
    expect(stable.info.version).toBe('1.2.0');
    const stolen = await fetch(pilot.installer, { headers: authHeaders(consolePc.token) });
    expect(stolen.status).toBe(404);
  });

  it('refuses a second upload of the same channel, platform and version, keeping the first', async () => {
    const again = await upload('stable/windows/1.1.0', randomBytes(500), {
      file: 'SERASI-Desk-Setup-1.1.0.exe',
    });
    expect(again).toEqual({
      status: 409,
      body: {
        error: 'conflict',
        message:
          'Versi 1.1.0 untuk windows di kanal "stable" sudah diunggah. Naikkan nomor versi aplikasi untuk rilis baru.',
      },
    });
    const notSemver = await upload('stable/windows/versi-baru', randomBytes(10));
    expect(notSemver.status).toBe(400);
    const releases = await request<{ releases: unknown[] }>(server.url, 'GET', '/admin/releases', {
      token: server.adminToken,
    });
    const first = releaseSchema
      .array()
      .parse(releases.body.releases)
      .find((r) => r.version === '1.1.0');
    expect(first?.size).toBe(300_000);
    // Only the administrator uploads.
    const byPc = await fetch(`${server.url}/admin/releases/stable/windows/9.0.0?file=x.exe`, {
      method: 'PUT',
      headers: { ...authHeaders(consolePc.token), 'content-type': 'application/octet-stream' },
      body: randomBytes(10),
    });
    expect(byPc.status).toBe(401);
  });

  it('stores each PC’s update report and lists the centre’s PCs to a console, never to a kiosk', async () => {
    const report = {
      version: '1.1.0',
      state: 'downloaded',
      availableVersion: '1.2.0',
      message: 'Dipasang saat aplikasi ditutup, atau setelah pukul 16.00.',
    };
    const sent = await fetch(`${server.url}/updates/state`, {
      method: 'POST',
      headers: { ...authHeaders(kioskPc.token), 'content-type': 'application/json' },
      body: JSON.stringify(report),
    });
    expect(sent.status).toBe(204);
    const bad = await request(server.url, 'POST', '/updates/state', {
      token: kioskPc.token,
      body: { version: '1.1.0', state: 'meledak' },
    });
    expect(bad.status).toBe(400);

    const listed = await request(server.url, 'GET', '/updates/devices', { token: consolePc.token });
    expect(listed.status).toBe(200);
    const { channel, devices } = centreDevicesSchema.parse(listed.body);
    expect(channel).toBe('stable');
    expect(devices.map((d) => d.name)).toEqual(['Kios lobi 1', 'Loket 2']);
    expect(devices[0]).toMatchObject({
      roles: ['kiosk'],
      revoked: false,
      update: { ...report, reportedAt: clock },
    });
    expect(devices[1]?.update).toBeNull();

    const refused = await request(server.url, 'GET', '/updates/devices', { token: kioskPc.token });
    expect(refused).toEqual({
      status: 403,
      body: {
        error: 'forbidden',
        message: 'Daftar PC balai hanya untuk PC konsol petugas, bukan kios atau papan antrian.',
      },
    });
  });

  it('a code for two PCs enrols two, each with the roles it asks of the code, and refuses a third', async () => {
    const issued = await request<{ code: string; uses: number }>(
      server.url,
      'POST',
      `/admin/centres/${STABLE}/enrolment-codes`,
      { token: server.adminToken, body: { roles: ['kiosk', 'console', 'display'], uses: 2 } },
    );
    expect(issued.body.uses).toBe(2);
    const enrol = (roles?: string[]) =>
      request(server.url, 'POST', '/enrol', {
        body: {
          code: issued.body.code,
          deviceId: newId(),
          deviceName: 'PC baru',
          ...(roles ? { roles } : {}),
        },
      });
    const kiosk = await enrol(['kiosk']);
    expect(enrolResponseSchema.parse(kiosk.body).roles).toEqual(['kiosk']);
    const all = await enrol();
    expect(enrolResponseSchema.parse(all.body).roles).toEqual(['kiosk', 'console', 'display']);
    const third = await enrol(['display']);
    expect(third).toEqual({
      status: 400,
      body: {
        error: 'code_invalid',
        message: 'Kode pendaftaran tidak berlaku atau sudah dipakai.',
      },
    });

    const kioskOnly = await request<{ code: string }>(
      server.url,
      'POST',
      `/admin/centres/${STABLE}/enrolment-codes`,
      {
        token: server.adminToken,
        body: { roles: ['kiosk'] },
      },
    );
    const tooMuch = await request(server.url, 'POST', '/enrol', {
      body: {
        code: kioskOnly.body.code,
        deviceId: newId(),
        deviceName: 'PC nakal',
        roles: ['console'],
      },
    });
    expect(tooMuch).toEqual({
      status: 403,
      body: {
        error: 'forbidden',
        message: 'Kode pendaftaran ini tidak memberi peran console; minta kode dengan peran itu.',
      },
    });
  });

  it('the admin commands upload a build, stage it, set a channel and list the PCs’ updates', async () => {
    const printed: string[] = [];
    const admin = async (...args: string[]) => {
      printed.length = 0;
      vi.stubEnv('SERASI_ADMIN_TOKEN', server.adminToken);
      const log = vi.spyOn(console, 'log').mockImplementation((text) => printed.push(String(text)));
      const error = vi
        .spyOn(console, 'error')
        .mockImplementation((text) => printed.push(String(text)));
      try {
        return {
          code: await runAdminCommand([...args, '--url', server.url]),
          out: printed.join('\n'),
        };
      } finally {
        log.mockRestore();
        error.mockRestore();
        vi.unstubAllEnvs();
      }
    };
    const file = join(updatesDir, 'SERASI-Desk-1.4.0-x86_64.AppImage');
    const build = randomBytes(150_000);
    await writeFile(file, build);
    clock += 60_000;

    const uploaded = await admin(
      'release',
      'upload',
      '--channel',
      'stable',
      '--platform',
      'linux',
      '--version',
      '1.4.0',
      '--file',
      file,
      '--rollout',
      '10',
      '--notes',
      'Uji coba',
    );
    expect(uploaded.code).toBe(0);
    expect(uploaded.out).toContain(
      'stable linux 1.4.0: SERASI-Desk-1.4.0-x86_64.AppImage, 0,1 MB, ditawarkan ke 10% PC',
    );
    expect(uploaded.out).toContain(`SHA-512: ${sha512(build)}`);

    const staged = await admin('release', 'rollout', 'stable', 'linux', '1.4.0', '100');
    expect(staged.out).toContain('ditawarkan ke 100% PC');
    const linuxFeed = await feedFor(consolePc.token, 'latest-linux.yml');
    expect(linuxFeed.info.files[0]?.sha512).toBe(sha512(build));

    const listed = (await admin('releases')).out.split('\n');
    expect(listed.map((line) => line.split(':')[0])).toEqual([
      'beta windows 1.3.0-beta.1',
      'stable linux 1.4.0',
      'stable windows 1.1.0',
      'stable windows 1.2.0',
    ]);
    expect((await admin('channel', STABLE, 'stable')).out).toBe(
      `Balai ${STABLE} kini menerima pembaruan dari kanal "stable".`,
    );
    const updates = await admin('updates', STABLE);
    expect(updates.out).toContain('Kanal: stable');
    expect(updates.out).toContain('Kios lobi 1 [kiosk]: 1.1.0, downloaded → 1.2.0');
    expect(updates.out).toContain('Loket 2 [console]: belum melapor');

    const duplicate = await admin(
      'release',
      'upload',
      '--channel',
      'stable',
      '--platform',
      'linux',
      '--version',
      '1.4.0',
      '--file',
      file,
    );
    expect(duplicate).toEqual({
      code: 1,
      out: 'Versi 1.4.0 untuk linux di kanal "stable" sudah diunggah. Naikkan nomor versi aplikasi untuk rilis baru.',
    });
  });

  it('an installer gone from the updates folder is answered as a server fault that says so', async () => {
    expect(
      (
        await upload('beta/linux/1.3.0-beta.1', randomBytes(1000), {
          file: 'SERASI-Desk-1.3.0-beta.1-x86_64.AppImage',
        })
      ).status,
    ).toBe(201);
    const feed = await feedFor(pilotPc.token, 'latest-linux.yml');
    await rm(join(updatesDir, 'beta', 'linux'), { recursive: true });
    const download = await fetch(feed.installer, { headers: authHeaders(pilotPc.token) });
    expect({ status: download.status, body: await download.json() }).toEqual({
      status: 500,
      body: {
        error: 'server_error',
        message:
          'Berkas pemasang versi 1.3.0-beta.1 tidak ada di folder pembaruan server; hubungi administrator.',
      },
    });
  });
});
