// A centre's network for the multi-PC end-to-end tests: a real sync server process on a PGlite
// directory, a TCP proxy in front of it (so it can misbehave, or the server can restart behind
// the same address), a fresh centre per test and its PCs as browser contexts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type Page, test } from '@playwright/test';
import type { Role } from '../../core/centre/config.ts';
import { testConfig } from './config.ts';
import { createCentre, type ServerProcess, spawnServerProcess } from './sync-server.ts';
import { connectPc, type ServerReader, type SyncedPc, serverReader } from './synced-pc.ts';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';

export interface LabCentre {
  centreId: string;
  /** Reads the server's rows through the proxy, so it keeps working across restarts. */
  reader: ServerReader;
}

export interface SyncLab {
  readonly server: ServerProcess;
  readonly proxy: TcpProxy;
  /** The PCs connected since the last closePcs(). */
  readonly pcs: SyncedPc[];
  newCentre(): Promise<LabCentre>;
  /** A PC of the centre with one role, reaching the server through the proxy. */
  pc(browser: Browser, centreId: string, role: Role, name: string): Promise<Page>;
  /** Kill the server (SIGKILL unless told otherwise), as a power cut would. */
  stopServer(signal?: NodeJS.Signals): Promise<void>;
  /** Start it again on the same data, behind the same proxy address. */
  startServer(): Promise<void>;
  closePcs(): Promise<void>;
  close(): Promise<void>;
}

/** `baseURL`: where the renderer is served, when not run inside a Playwright test. */
export async function startSyncLab(options: { baseURL?: string } = {}): Promise<SyncLab> {
  const dataDir = await mkdtemp(join(tmpdir(), 'serasi-sync-lab-'));
  let server = await spawnServerProcess({ port: 0, dataDir });
  const adminToken = server.adminToken;
  const proxy = await startTcpProxy(Number(new URL(server.url).port));
  const pcs: SyncedPc[] = [];
  let centres = 0;
  const base = testConfig().balai;

  const closePcs = async () => {
    await Promise.all(pcs.splice(0).map((pc) => pc.close()));
  };

  return {
    get server() {
      return server;
    },
    proxy,
    pcs,
    async newCentre() {
      centres += 1;
      const centreId = `${base.id}-${centres}`;
      await createCentre(server, { centre: { id: centreId } });
      const reader = await serverReader({ url: proxy.url, adminToken }, centreId);
      return { centreId, reader };
    },
    async pc(browser, centreId, role, name) {
      const connected = await connectPc(browser, { url: proxy.url, adminToken }, role, {
        config: { balai: { ...base, id: centreId } },
        name,
        baseURL: options.baseURL,
      });
      pcs.push(connected);
      return connected.page;
    },
    async stopServer(signal = 'SIGKILL') {
      await server.kill(signal);
    },
    async startServer() {
      server = await spawnServerProcess({
        port: 0,
        dataDir,
        env: { SERASI_ADMIN_TOKEN: adminToken },
      });
      proxy.setUpstream(Number(new URL(server.url).port));
    },
    closePcs,
    async close() {
      await closePcs();
      await proxy.close();
      await server.kill();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export function boardTile(board: Page, counterNumber: number) {
  return board.locator(`.board-tile[data-counter="${counterNumber}"]`);
}

export function syncStatus(page: Page) {
  return page.locator('.sync-status[role="status"]');
}

/**
 * One lab for a spec file: started before its tests, its PCs closed (and the link healed) after
 * each test — with the server's log attached when the test failed — and stopped after the file.
 */
export function syncLabForFile(): () => SyncLab {
  let lab: SyncLab | undefined;
  test.beforeAll(async () => {
    lab = await startSyncLab();
  });
  test.afterEach(async () => {
    if (!lab) return;
    lab.proxy.setMode({ kind: 'pass' });
    await lab.closePcs();
    const info = test.info();
    if (info.status !== info.expectedStatus) {
      await info.attach('server log', { body: lab.server.output(), contentType: 'text/plain' });
    }
  });
  test.afterAll(async () => {
    await lab?.close();
  });
  return () => {
    if (!lab) throw new Error('the sync lab is not started');
    return lab;
  };
}
