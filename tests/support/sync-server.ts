// Sync servers for tests: in-process (PGlite in memory, or a fresh PostgreSQL schema per server
// when SERASI_TEST_DATABASE_URL is set), a centre with reference data, enrolled devices, and a
// real `tsx server/main.ts` child process for the tests that need one.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Role } from '../../core/centre/config.ts';
import type { CentreReference } from '../../core/centre/reference.ts';
import { newId } from '../../core/ids.ts';
import {
  adminCodeResponseSchema,
  enrolResponseSchema,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
} from '../../core/sync/protocol.ts';
import { type RunningServer, type ServerOptions, startServer } from '../../server/app.ts';
import { type TestReference, testReference } from './config.ts';

export { type TestReference, testReference };

const databaseUrl = process.env.SERASI_TEST_DATABASE_URL;
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

// A server takes a second or two to start (more on a busy machine), and every Vitest file that
// imports this one starts some: give their tests and hooks room. (Playwright and scripts import
// this file too, hence no static import of vitest.)
if (process.env.VITEST) {
  const { vi } = await import('vitest');
  vi.setConfig({ testTimeout: 30_000, hookTimeout: 60_000 });
}

if (!databaseUrl) {
  if (process.env.CI === 'true') {
    throw new Error(
      'SERASI_TEST_DATABASE_URL must be set in CI: the server tests need PostgreSQL.',
    );
  }
  // Said once where it matters (the Vitest server suites), not by every script that imports this.
  if (process.env.VITEST) {
    console.info(
      'PostgreSQL server tests skipped: SERASI_TEST_DATABASE_URL is not set (PGlite only).',
    );
  }
}

export interface TestBackend {
  name: 'pglite' | 'postgres';
  /** Options for a new, empty database (a fresh schema each call on PostgreSQL). */
  options(): Partial<ServerOptions>;
}

export const testBackends: TestBackend[] = [
  { name: 'pglite', options: () => ({ dataDir: 'memory://' }) },
  ...(databaseUrl
    ? [
        {
          name: 'postgres' as const,
          options: () => ({ databaseUrl, schema: freshSchemaName() }),
        },
      ]
    : []),
];

/** A test server and the options it was started with (to start a second instance on its data). */
export interface TestServer extends RunningServer {
  options: ServerOptions;
}

export async function startTestServer(
  backend: TestBackend = testBackends[0] as TestBackend,
  overrides: Partial<ServerOptions> = {},
): Promise<TestServer> {
  if (backend.name === 'postgres') await dropStaleSchemas();
  const options: ServerOptions = {
    port: 0,
    host: '127.0.0.1',
    logLevel: 'silent',
    ...backend.options(),
    ...overrides,
  };
  const server = await startServer(options);
  return { ...server, options: { ...options, adminToken: server.adminToken } };
}

/** Test schemas are named serasi_t_<epoch seconds>_<random>; ones older than an hour are dropped. */
function freshSchemaName(): string {
  return `serasi_t_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
}

let staleSchemasDropped: Promise<void> | undefined;

function dropStaleSchemas(): Promise<void> {
  staleSchemasDropped ??= (async () => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ nspname: string }>(
        "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'serasi\\_t\\_%'",
      );
      const hourAgo = Date.now() / 1000 - 3600;
      for (const { nspname } of rows) {
        const createdAt = Number(nspname.split('_')[2]);
        if (createdAt < hourAgo) await client.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`);
      }
    } finally {
      await client.end();
    }
  })();
  return staleSchemasDropped;
}

/** Headers of a request made with `token` (device or admin). */
export function authHeaders(token: string): Record<string, string> {
  return {
    authorization: `Bearer ${token}`,
    [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
  };
}

/** A running server as the helpers need it: in-process (RunningServer) or a ServerProcess. */
export type ServerAddress = Pick<RunningServer, 'url' | 'adminToken'>;

async function adminRequest(
  server: ServerAddress,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...authHeaders(server.adminToken),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer: unknown = await response.json();
  if (!response.ok) {
    throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(answer)}`);
  }
  return answer;
}

/** Creates (or replaces) a centre through the admin API; by default brslu-gau-mabaji. */
export async function createCentre(
  server: ServerAddress,
  reference: TestReference = {},
): Promise<CentreReference> {
  const input = testReference(reference);
  return (await adminRequest(
    server,
    'PUT',
    `/admin/centres/${encodeURIComponent(input.centre.id)}`,
    input,
  )) as CentreReference;
}

/** Issues an enrolment code through the admin API. */
export async function issueCode(
  server: ServerAddress,
  centreId: string,
  roles: Role[],
  validHours?: number,
): Promise<string> {
  const answer = await adminRequest(
    server,
    'POST',
    `/admin/centres/${encodeURIComponent(centreId)}/enrolment-codes`,
    { roles, ...(validHours === undefined ? {} : { validHours }) },
  );
  return adminCodeResponseSchema.parse(answer).code;
}

export interface EnrolledDevice {
  token: string;
  deviceId: string;
  reference: CentreReference;
}

/**
 * A device enrolled at the centre with these roles: a new one (fresh UUIDv7) unless `deviceId`
 * names the store of an existing installation.
 */
export async function enrolDevice(
  server: ServerAddress,
  centreId: string,
  roles: Role[],
  name = 'PC Uji',
  deviceId: string = newId(),
): Promise<EnrolledDevice> {
  const code = await issueCode(server, centreId, roles);
  const response = await fetch(`${server.url}/enrol`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
    },
    body: JSON.stringify({ code, deviceId, deviceName: name }),
  });
  const answer: unknown = await response.json();
  if (!response.ok) throw new Error(`POST /enrol → ${response.status} ${JSON.stringify(answer)}`);
  const enrolled = enrolResponseSchema.parse(answer);
  return { token: enrolled.token, deviceId, reference: enrolled.reference };
}

export interface ServerProcess {
  url: string;
  adminToken: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Sends the signal (default SIGTERM) and resolves with the exit code once the process exited. */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Runs `tsx server/main.ts` (what `npm run server` runs) as a child process, PGlite in `dataDir`
 * unless env says otherwise, and resolves once /healthz answers. Port 0 picks a free port.
 * Without SERASI_ADMIN_TOKEN in `env` a random one is set; pass `SERASI_ADMIN_TOKEN: ''` to let
 * the server generate its own (then read from `<dataDir>/admin-token`). The local tsx binary is
 * run directly rather than through npx, because npx does not pass SIGTERM on to the server.
 */
export async function spawnServerProcess(opts: {
  port: number;
  dataDir: string;
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const env: Record<string, string> = {
    SERASI_ADMIN_TOKEN: randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'info',
    ...opts.env,
    PORT: String(opts.port),
    HOST: '127.0.0.1',
    DATA_DIR: opts.dataDir,
  };
  const child = spawn(process.execPath, [tsxCli, 'server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    // Its own process group, so SIGKILL (which tsx cannot pass on) reaches the server too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
  });

  const kill = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        // tsx passes SIGTERM/SIGINT on to the server and exits with its exit code.
        process.kill(signal === 'SIGKILL' ? -child.pid : child.pid, signal);
      } catch {
        // Already gone.
      }
    }
    return exited;
  };

  try {
    const url = await waitForListening(() => output, exited);
    await waitForHealth(url, exited);
    const adminToken =
      env.SERASI_ADMIN_TOKEN || (await readFile(join(opts.dataDir, 'admin-token'), 'utf8')).trim();
    return { url, adminToken, output: () => output, kill };
  } catch (error) {
    await kill('SIGKILL');
    throw new Error(`The server process did not start: ${String(error)}\n${output}`);
  }
}

const startTimeoutMs = 60_000;

/** The server logs one JSON line with `url` once it listens. */
async function waitForListening(
  output: () => string,
  exited: Promise<number | null>,
): Promise<string> {
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output());
    if (match?.[1]) return match[1];
    if (hasExited) throw new Error('the process exited');
    await sleep(50);
  }
  throw new Error('no "listening" log line in time');
}

async function waitForHealth(url: string, exited: Promise<number | null>): Promise<void> {
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline && !hasExited) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not up yet.
    }
    await sleep(50);
  }
  throw new Error('/healthz did not answer');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
