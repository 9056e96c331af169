// PCs of one centre for the multi-PC tests: each is its own browser context (its own IndexedDB
// and storage, like a separate computer), set up and enrolled with a real sync server, and read
// back as content so devices and the server can be compared row for row.
import { createHash } from 'node:crypto';
import { type Browser, expect, type Page, test } from '@playwright/test';
import type { SyncCredentials } from '../../core/bridge/bridge.ts';
import type { InstallationConfig, Role } from '../../core/centre/config.ts';
import { deviceMayRead } from '../../core/sync/device-access.ts';
import type { PullResponse } from '../../core/sync/protocol.ts';
import { type SyncedTable, syncedTables } from '../../core/sync/record.ts';
import { BROWSER_SYNC_CREDENTIALS_KEY } from '../../renderer/bridge/browser-bridge.ts';
import { DATABASE_NAME } from '../../renderer/store/db.ts';
import { demoConfig, installConfig } from './installation.ts';
import { authHeaders, enrolDevice } from './sync-server.ts';

export interface SyncServerAddress {
  url: string;
  adminToken: string;
}

const routes: Record<Role, string> = { kiosk: 'kiosk', console: 'console', display: 'display' };
const viewports: Record<Role, { width: number; height: number }> = {
  kiosk: { width: 1080, height: 1920 },
  console: { width: 1366, height: 768 },
  display: { width: 1920, height: 1080 },
};

export interface SyncedPc {
  page: Page;
  role: Role;
  deviceId: string;
  close(): Promise<void>;
}

export interface ConnectPcOptions {
  serverUrl?: string;
  config?: Partial<InstallationConfig>;
  name?: string;
  /** Where the renderer is served; default the Playwright project's (outside a test: required). */
  baseURL?: string;
}

/**
 * A new PC with one role, enrolled at the centre through `serverUrl` (the server itself or a
 * proxy in front of it) and showing its role's screen.
 */
export async function connectPc(
  browser: Browser,
  server: SyncServerAddress,
  role: Role,
  options: ConnectPcOptions = {},
): Promise<SyncedPc> {
  const context = await browser.newContext({
    baseURL: options.baseURL ?? test.info().project.use.baseURL,
    viewport: viewports[role],
  });
  const page = await context.newPage();
  const config = await demoConfig({ roles: [{ role }], ...options.config });
  await installConfig(page, config);
  // Opening the role's screen creates the store and its device id, which the token is bound to.
  await page.goto(`/#/${routes[role]}`);
  const deviceId = await readDeviceId(page);

  const centreId = config.balai.id;
  const enrolled = await enrolDevice(
    server,
    centreId,
    [role],
    options.name ?? `PC ${role}`,
    deviceId,
  );
  const credentials: SyncCredentials = {
    serverUrl: options.serverUrl ?? server.url,
    token: enrolled.token,
    deviceId,
    centreId,
  };
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    BROWSER_SYNC_CREDENTIALS_KEY,
    JSON.stringify(credentials),
  ] as const);
  await page.reload();
  return { page, role, deviceId, close: () => context.close() };
}

async function readDeviceId(page: Page): Promise<string> {
  let deviceId: string | undefined;
  await expect
    .poll(async () => {
      deviceId = await page.evaluate(
        (name) =>
          new Promise<string | undefined>((resolve) => {
            const opening = indexedDB.open(name);
            opening.onerror = () => resolve(undefined);
            opening.onsuccess = () => {
              const db = opening.result;
              if (!db.objectStoreNames.contains('meta')) {
                db.close();
                resolve(undefined);
                return;
              }
              const get = db.transaction('meta').objectStore('meta').get('deviceId');
              get.onsuccess = () => {
                db.close();
                resolve((get.result as { value?: string } | undefined)?.value);
              };
              get.onerror = () => {
                db.close();
                resolve(undefined);
              };
            };
          }),
        DATABASE_NAME,
      );
      return deviceId;
    })
    .toBeTruthy();
  return deviceId as string;
}

/** Every synced row of a PC's store, and how many changes it still has to send. */
export async function pcContent(page: Page): Promise<{ rows: string; pending: number }> {
  const dump = await page.evaluate(
    ([name, tables]) =>
      new Promise<{ rows: Record<string, unknown[]>; pending: number }>((resolve, reject) => {
        const opening = indexedDB.open(name);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const tx = db.transaction([...tables, 'outbox']);
          const rows: Record<string, unknown[]> = {};
          for (const table of tables) {
            const all = tx.objectStore(table).getAll();
            all.onsuccess = () => {
              rows[table] = all.result;
            };
          }
          const pending = tx.objectStore('outbox').count();
          tx.oncomplete = () => {
            db.close();
            resolve({ rows, pending: pending.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [DATABASE_NAME, [...syncedTables]] as const,
  );
  return { rows: canonical(dump.rows), pending: dump.pending };
}

export interface ServerReader {
  /** Every synced row the server holds for the centre. */
  content(): Promise<string>;
}

/** Reads all the centre's rows as a console of its own would (it pushes nothing). */
export async function serverReader(
  server: SyncServerAddress,
  centreId: string,
): Promise<ServerReader> {
  const reader = await enrolDevice(server, centreId, ['console'], 'Pemeriksa');
  return { content: () => serverContent(server.url, reader.token) };
}

async function serverContent(url: string, token: string): Promise<string> {
  const rows: Record<string, unknown[]> = Object.fromEntries(syncedTables.map((t) => [t, []]));
  let cursor = 0;
  for (;;) {
    const response = await fetch(`${url}/sync/pull?cursor=${cursor}&limit=2000`, {
      headers: authHeaders(token),
    });
    const page = (await response.json()) as PullResponse;
    for (const change of page.changes) rows[change.table]?.push(change.row);
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  return canonical(rows);
}

/** Tables sorted by row id, keys sorted, as one string (compared, and hashed for messages). */
function canonical(rows: Record<string, unknown[]>): string {
  const sortKeys = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(sortKeys);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, sortKeys(v)]),
      );
    }
    return value;
  };
  const tables = syncedTables.map((table) => [
    table,
    [...(rows[table] ?? [])]
      .map(sortKeys)
      .sort((a, b) => String((a as { id: string }).id).localeCompare((b as { id: string }).id)),
  ]);
  return JSON.stringify(tables);
}

export function contentHash(content: string): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/**
 * Waits until every PC has sent everything and holds exactly the server's rows of the tables its
 * role is sent; returns the hash of the server's content.
 */
export async function expectConverged(
  pcs: readonly SyncedPc[],
  server: ServerReader,
  timeout = 45_000,
): Promise<string> {
  let expected = '';
  await expect
    .poll(
      async () => {
        expected = await server.content();
        const states = await Promise.all(pcs.map((pc) => pcContent(pc.page)));
        return states.map((s, i) => {
          const role = (pcs[i] as SyncedPc).role;
          const same = readableBy(role, s.rows) === readableBy(role, expected);
          return s.pending === 0 && same ? 'same' : `${s.pending} pending`;
        });
      },
      { timeout, intervals: [500, 1000] },
    )
    .toEqual(pcs.map(() => 'same'));
  return contentHash(expected);
}

/**
 * The tables of content a PC of this role is sent (core/sync/device-access.ts): a kiosk keeps the
 * registrations it made, but is never sent anyone's.
 */
function readableBy(role: Role, content: string): string {
  const tables = JSON.parse(content) as [SyncedTable, unknown[]][];
  return JSON.stringify(tables.filter(([table]) => deviceMayRead([role], table)));
}

export function countRows(content: string, table: (typeof syncedTables)[number]): number {
  const tables = JSON.parse(content) as [string, unknown[]][];
  return tables.find(([name]) => name === table)?.[1].length ?? 0;
}
