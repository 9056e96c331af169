// `npm run server`: runs the sync server, configured by flags or environment (flags win):
//   --port / PORT (8787), --host / HOST (127.0.0.1; 0.0.0.0 to serve a LAN),
//   --data-dir / DATA_DIR (./data: PGlite in <data dir>/pglite, and the admin-token file),
//   --database-url / DATABASE_URL (PostgreSQL instead of PGlite),
//   --schema / DATABASE_SCHEMA (public), --log-level / LOG_LEVEL (info), SERASI_ADMIN_TOKEN,
//   --updates-dir / UPDATES_DIR (<data dir>/updates: uploaded installers).
// Without SERASI_ADMIN_TOKEN the first start generates the admin token and writes it once to
// <data dir>/admin-token (mode 0600). `npm run server -- admin …` is the admin CLI (admin-cli.ts).
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { adminTokenFile, runAdminCommand } from './admin-cli.ts';
import { startServer } from './app.ts';

async function serve(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      schema: { type: 'string' },
      'log-level': { type: 'string' },
      'updates-dir': { type: 'string' },
    },
  });
  const env = process.env;
  const port = Number(values.port ?? env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Nomor port tidak sah: ${values.port ?? env.PORT}`);
  }
  const dataDir = values['data-dir'] ?? env.DATA_DIR ?? './data';
  const givenToken = env.SERASI_ADMIN_TOKEN || undefined;
  const server = await startServer({
    port,
    host: values.host ?? env.HOST ?? '127.0.0.1',
    dataDir: join(dataDir, 'pglite'),
    databaseUrl: values['database-url'] ?? (env.DATABASE_URL || undefined),
    schema: values.schema ?? (env.DATABASE_SCHEMA || undefined),
    adminToken: givenToken,
    updatesDir: resolve(values['updates-dir'] ?? env.UPDATES_DIR ?? join(dataDir, 'updates')),
    logLevel: values['log-level'] ?? env.LOG_LEVEL ?? 'info',
  });

  if (!givenToken && server.adminToken) {
    const file = adminTokenFile(dataDir);
    await mkdir(resolve(dataDir), { recursive: true });
    await writeFile(file, `${server.adminToken}\n`, { mode: 0o600 });
    await chmod(file, 0o600);
    server.log.warn(
      { file },
      'Token administrator baru dibuat dan disimpan di berkas ini; simpan di tempat aman',
    );
  }
  server.log.info({ url: server.url }, 'Server sinkronisasi SERASI siap');

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.log.info({ signal }, 'Server berhenti');
    server.close().then(
      () => server.log.info('Server sudah berhenti'),
      (error: unknown) => {
        server.log.error({ err: error }, 'Server tidak berhenti dengan rapi');
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === 'admin') process.exitCode = await runAdminCommand(rest);
  else await serve(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
