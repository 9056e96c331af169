// A server's life: data and device tokens survive a restart, migrations run once (also when two
// instances start together on one PostgreSQL schema), the generated admin token is kept, and
// closing ends the open event streams before the database closes.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerOptions } from '../../server/app.ts';
import { openDatabase } from '../../server/db/open.ts';
import { request, testDevice } from '../support/sim-device.ts';
import {
  authHeaders,
  createCentre,
  startTestServer,
  testBackends,
} from '../support/sync-server.ts';

const migrationFiles = (await readdir(new URL('../../server/db/migrations/', import.meta.url)))
  .filter((name) => name.endsWith('.sql'))
  .sort();

async function appliedMigrations(options: ServerOptions): Promise<string[]> {
  const db = await openDatabase(options);
  try {
    const rows = await db.query<{ version: string }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    return rows.map((row) => row.version);
  } finally {
    await db.close();
  }
}

describe.each(testBackends)('server lifecycle on $name', (backend) => {
  let tempDir: string;
  /** The same database each call: a PGlite folder, or one PostgreSQL schema. */
  let storage: Partial<ServerOptions>;
  beforeAll(async () => {
    tempDir = await mkdtemp(join(tmpdir(), 'serasi-server-'));
    storage = backend.name === 'pglite' ? { dataDir: join(tempDir, 'db') } : backend.options();
  });
  afterAll(() => rm(tempDir, { recursive: true, force: true }));

  it('keeps rows, devices and the admin token across a restart, migrating once', async () => {
    const first = await startTestServer(backend, storage);
    expect(first.adminToken).not.toBe('');
    await createCentre(first);
    const kiosk = await testDevice(first, 'brslu-gau-mabaji', ['kiosk']);
    const ticket = kiosk.issueTicket('A-001');
    await kiosk.push(ticket.mutations);
    await first.close();

    // Started again (on the same port, where the device is set up to sync) without an admin
    // token: the generated one stays valid.
    const second = await startTestServer(backend, {
      ...storage,
      port: Number(new URL(first.url).port),
    });
    try {
      expect(second.adminToken).toBe('');
      const pulled = await kiosk.pull(0);
      expect(pulled.status).toBe(200);
      expect(pulled.body.changes.map((change) => change.row.id)).toContain(ticket.id);
      expect(await kiosk.push(ticket.mutations)).toMatchObject({
        status: 200,
        body: {
          results: [{ status: 'duplicate' }, { status: 'duplicate' }, { status: 'duplicate' }],
        },
      });
      const devices = await request(second.url, 'GET', '/admin/centres/brslu-gau-mabaji/devices', {
        token: first.adminToken,
      });
      expect(devices.status).toBe(200);
    } finally {
      await second.close();
    }
    expect(await appliedMigrations(storage)).toEqual(migrationFiles);
  });

  it('ends open event streams and closes the database when closed', async () => {
    const server = await startTestServer(backend);
    await createCentre(server);
    const board = await testDevice(server, 'brslu-gau-mabaji', ['display']);
    const stream = await fetch(`${server.url}/sync/events`, { headers: authHeaders(board.token) });
    const body = stream.body?.getReader();
    expect((await body?.read())?.done).toBe(false);

    await server.close();
    let ended = false;
    while (!ended) ended = (await body?.read())?.done ?? true;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    // Closing twice is harmless.
    await server.close();
  });
});

describe.runIf(testBackends.some((backend) => backend.name === 'postgres'))(
  'two instances starting together on one PostgreSQL schema',
  () => {
    it('both start, and the migrations ran once', async () => {
      const backend = testBackends.find((b) => b.name === 'postgres');
      if (!backend) throw new Error('no postgres backend');
      const storage = backend.options();
      const servers = await Promise.all([
        startTestServer(backend, { ...storage, adminToken: 'a'.repeat(43) }),
        startTestServer(backend, { ...storage, adminToken: 'a'.repeat(43) }),
      ]);
      await Promise.all(servers.map((server) => server.close()));
      expect(await appliedMigrations(storage)).toEqual(migrationFiles);
    });
  },
);
