// The central sync server (../shared/ARCHITECTURE.md, "Sync"): one Fastify app over PGlite or
// PostgreSQL. startServer opens and migrates the database, sets up the admin token, listens,
// and closes gracefully (event streams ended, in-flight requests finished, database closed).
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cors from '@fastify/cors';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyReply } from 'fastify';
import { PROTOCOL_HEADER, protocolLimits } from '../core/sync/protocol.ts';
import { checkProtocol } from './auth.ts';
import type { ServerContext } from './context.ts';
import type { Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { openDatabase } from './db/open.ts';
import { HttpError, installErrorHandling, sendError } from './errors.ts';
import { startPokeHub } from './pokes.ts';
import { adminRoutes } from './routes/admin.ts';
import { deviceRoutes } from './routes/device.ts';
import { eventRoutes } from './routes/events.ts';
import { healthRoutes } from './routes/health.ts';
import { syncRoutes } from './routes/sync.ts';
import { updateRoutes } from './routes/updates.ts';
import { newToken, sha256 } from './secrets.ts';
import { createChangeLog } from './sync/change-log.ts';

export interface ServerOptions {
  /** 0 = a free port. Default 8787. */
  port?: number;
  /** Default 127.0.0.1; 0.0.0.0 to serve a LAN. */
  host?: string;
  /** PGlite data directory, 'memory://' for in-memory. Default ./data. */
  dataDir?: string;
  /** PostgreSQL instead of PGlite. */
  databaseUrl?: string;
  /** PostgreSQL schema, created if missing. Default 'public'. */
  schema?: string;
  /**
   * The administrator token (replaces the stored one). Without it, a server whose database has
   * none generates one and returns it once in RunningServer.adminToken.
   */
  adminToken?: string;
  /**
   * Uploaded installers. Default: a temporary folder, made at the first upload and removed at
   * close (`npm run server` passes <data dir>/updates).
   */
  updatesDir?: string;
  /** pino level; 'silent' in tests. Default 'info'. */
  logLevel?: string;
  now?: () => number;
}

export interface RunningServer {
  url: string;
  /** The server's logger (structured JSON lines on stdout). */
  log: FastifyBaseLogger;
  /** The admin token this start set or generated; '' when the stored one was kept. */
  adminToken: string;
  close(): Promise<void>;
}

/** Sets the stored admin token hash from `given`, or generates a token if none is stored. */
async function setUpAdminToken(db: Database, given: string | undefined): Promise<string> {
  if (given !== undefined) {
    if (!/^[A-Za-z0-9_-]{20,200}$/.test(given)) {
      throw new Error('SERASI_ADMIN_TOKEN harus 20–200 karakter: huruf, angka, "-" atau "_".');
    }
    await db.query(
      `INSERT INTO admin (id, token_hash) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET token_hash = excluded.token_hash`,
      [sha256(given)],
    );
    return given;
  }
  const token = newToken();
  const inserted = await db.query(
    'INSERT INTO admin (id, token_hash) VALUES (1, $1) ON CONFLICT (id) DO NOTHING RETURNING id',
    [sha256(token)],
  );
  return inserted.length > 0 ? token : '';
}

function buildApp(context: ServerContext, logLevel: string): FastifyInstance {
  const app = Fastify({
    bodyLimit: protocolLimits.maxBodyBytes,
    logger: { level: logLevel, redact: ['req.headers.authorization'] },
    // Requests the router cannot even read (a malformed URL).
    frameworkErrors: (_error, _request, reply) => {
      sendError(
        reply as FastifyReply,
        new HttpError(400, 'bad_request', 'Alamat permintaan tidak sah.'),
      );
    },
  });
  installErrorHandling(app);
  // JSON only: any other body is 415.
  app.removeContentTypeParser('text/plain');
  app.register(cors, {
    origin: '*',
    methods: ['GET', 'POST', 'PUT'],
    allowedHeaders: ['authorization', 'content-type', PROTOCOL_HEADER],
    maxAge: 600,
  });
  app.addHook('onRequest', async (request) => {
    if (request.method !== 'OPTIONS' && request.routeOptions.url !== '/healthz') {
      checkProtocol(request);
    }
  });
  app.register(async (routes) => {
    healthRoutes(routes, context);
    deviceRoutes(routes, context);
    syncRoutes(routes, context);
    eventRoutes(routes, context);
    adminRoutes(routes, context);
  });
  // Its own scope: only the update routes read a raw (installer) body.
  app.register(async (routes) => updateRoutes(routes, context));
  return app;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const now = options.now ?? Date.now;
  const logLevel = options.logLevel ?? 'info';
  let app: FastifyInstance | undefined;
  const db = await openDatabase({
    dataDir: options.dataDir ?? './data',
    databaseUrl: options.databaseUrl,
    schema: options.schema,
    onBackgroundError: (error) => app?.log.error({ err: error }, 'database notifications failed'),
  });
  try {
    const migrations = await migrate(db, now());
    const adminToken = await setUpAdminToken(db, options.adminToken);
    const pokes = await startPokeHub(db);
    const updatesDir = options.updatesDir ?? join(tmpdir(), `serasi-updates-${randomUUID()}`);
    const server = buildApp({ db, pokes, log: createChangeLog(), now, updatesDir }, logLevel);
    app = server;
    if (migrations.length > 0) server.log.info({ migrations }, 'Skema basis data diperbarui');
    server.addHook('onClose', async () => {
      await pokes.stop();
      await db.close();
      if (options.updatesDir === undefined) await rm(updatesDir, { recursive: true, force: true });
    });
    await server.listen({ port: options.port ?? 8787, host: options.host ?? '127.0.0.1' });
    const address = server.server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    let closing: Promise<void> | undefined;
    return {
      url: `http://${host}:${address.port}`,
      log: server.log,
      adminToken,
      close: () => {
        closing ??= server.close();
        return closing;
      },
    };
  } catch (error) {
    if (app) await app.close();
    else await db.close();
    throw error;
  }
}
