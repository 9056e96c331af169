// `npm run bench`: measures SERASI Desk in real Chromium against the built renderer and prints the
// figures with the machine they were taken on. It measures; it fails nothing.
// Environment: BENCH_REGISTRATIONS (kiosk registrations through the UI, default 1000);
// BENCH_ONLY=kiosk | sync | reports | casework | updates runs only that part (kiosk: load, bundle,
// queue and registrations; sync.ts; updates.ts; reports.ts, with
// BENCH_REPORT_TICKETS, default 200,000; casework.ts, with BENCH_BENEFICIARIES, default 200,000);
// SERASI_RENDERER_DIR (the built renderer to serve, default out/renderer; e.g. out-bench/renderer
// after `npx electron-vite build --outDir=$PWD/out-bench`); SERASI_TEST_DATABASE_URL (PostgreSQL
// for the sync figures; without it they are PGlite only); SERASI_CHROMIUM (the browser).
import { cpus, loadavg, type as osType, release, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { demoConfig, installConfig } from '../support/installation.ts';
import { registerAtKiosk, startButton } from '../support/kiosk-flow.ts';
import { measureCasework } from './casework.ts';
import { measureQueueTable } from './queue-table.ts';
import { printRow } from './report.ts';
import { measureReports } from './reports.ts';
import { measureSync } from './sync.ts';
import { measureUpdates } from './updates.ts';

const rendererDir = resolve(process.env.SERASI_RENDERER_DIR ?? 'out/renderer');
const registrations = Number(process.env.BENCH_REGISTRATIONS ?? 1000);
const only = process.env.BENCH_ONLY;
const systemChromium = process.env.SERASI_CHROMIUM ?? '/usr/bin/chromium';

async function buildBenchPage() {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve('tests/bench/page'),
    base: './',
    build: { outDir: resolve(rendererDir, 'bench'), emptyOutDir: true },
  });
}

async function kioskColdLoad(browser: Browser, baseUrl: string, config: InstallationConfig) {
  const loads: number[] = [];
  const jsBytes = new Map<string, number>();
  for (let run = 0; run < 10; run++) {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    await installConfig(page, config);
    page.on('response', async (response) => {
      if (!response.url().endsWith('.js')) return;
      const body = await response.body().catch(() => undefined);
      if (body) jsBytes.set(new URL(response.url()).pathname, gzipSync(body).length);
    });
    await page.goto(`${baseUrl}index.html#/kiosk`);
    await startButton(page).waitFor();
    loads.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  const gzipTotal = [...jsBytes.values()].reduce((a, b) => a + b, 0);
  return { loads, gzipTotal, files: jsBytes.size };
}

async function heapUsed(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

async function kioskRegistrations(browser: Browser, baseUrl: string, config: InstallationConfig) {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  await installConfig(page, config);
  await page.goto(`${baseUrl}index.html#/kiosk`);
  const visitor = (i: number) =>
    i % 3 === 0
      ? { name: 'Siti Aminah', serviceName: 'Informasi & Pengaduan', priority: ['lansia' as const] }
      : { nik: '7306014505800001', serviceName: 'Informasi & Pengaduan' };
  for (let i = 0; i < 5; i++) await registerAtKiosk(page, visitor(i));
  const readIssueTimes = () =>
    page.evaluate(() => {
      const times = performance.getEntriesByName('serasi:ticket-issue').map((e) => e.duration);
      performance.clearMeasures();
      performance.clearMarks();
      return times;
    });
  await readIssueTimes();
  const heapBefore = await heapUsed(page);
  const issueTimes: number[] = [];
  for (let i = 0; i < registrations; i++) {
    await registerAtKiosk(page, visitor(i));
    issueTimes.push(...(await readIssueTimes()));
    if ((i + 1) % 100 === 0) {
      // The trend tells a leak (keeps rising) from a cache that fills once (levels off).
      const growth = ((await heapUsed(page)) - heapBefore) / 2 ** 20;
      process.stdout.write(`  … ${i + 1} registrations, heap +${growth.toFixed(2)} MB\n`);
    }
  }
  const heapAfter = await heapUsed(page);
  await context.close();
  return { issueTimes, heapGrowth: heapAfter - heapBefore, heapBefore };
}

async function callNextWithWaiting(browser: Browser, baseUrl: string, config: InstallationConfig) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}bench/index.html`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const { total: seeded } = await page.evaluate((c) => window.serasiBench.seed(c, 10_000), config);
  const durations = await page.evaluate((c) => window.serasiBench.timeCallNext(c, 100), config);
  await context.close();
  return { seeded, durations };
}

async function main() {
  await buildBenchPage();
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: rendererDir },
    preview: { host: '127.0.0.1', port: 4390, strictPort: false },
  });
  const baseUrl = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4390/';
  const browser = await chromium.launch({
    executablePath: (await import('node:fs')).existsSync(systemChromium)
      ? systemChromium
      : undefined,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const config = await demoConfig();
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log('SERASI Desk bench');
  console.log(
    `machine: ${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}, Chromium ${browser.version()}, load average ${loadavg()[0]?.toFixed(2)}`,
  );
  console.log('');

  try {
    if (!only || only === 'kiosk') await measureApp(browser, baseUrl, config);
    if (!only || only === 'reports') await measureReports(browser, baseUrl, config);
    if (!only || only === 'sync') await measureSync(browser, baseUrl, config);
    if (!only || only === 'casework') await measureCasework(browser, baseUrl, config, rendererDir);
    if (!only || only === 'updates') await measureUpdates();
    if (!only || only === 'kiosk') await measureKioskRegistrations(browser, baseUrl, config);
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}

async function measureApp(browser: Browser, baseUrl: string, config: InstallationConfig) {
  const cold = await kioskColdLoad(browser, baseUrl, config);
  printRow('kiosk cold load → interactive (10 loads)', cold.loads, 'ms', '≤ 1,000 ms');
  console.log(
    `  kiosk JS, gzip: ${(cold.gzipTotal / 1024).toFixed(1)} KB in ${cold.files} files (target ≤ 250 KB)`,
  );

  const calls = await callNextWithWaiting(browser, baseUrl, config);
  printRow(
    `call next with ${calls.seeded.toLocaleString('en')} waiting, DB included (100 calls)`,
    calls.durations,
    'ms',
    '≤ 20 ms',
  );

  const table = await measureQueueTable(browser, baseUrl, config, 5_000);
  printRow(
    'queue table with 5,000 waiting: commit → rows on screen, live query + read + render (5 runs)',
    table,
    'ms',
    '≤ 200 ms',
  );
  console.log('');
}

async function measureKioskRegistrations(
  browser: Browser,
  baseUrl: string,
  config: InstallationConfig,
) {
  console.log('');
  console.log(`  … ${registrations} kiosk registrations through the UI (takes a while)`);
  const kiosk = await kioskRegistrations(browser, baseUrl, config);
  printRow(
    `ticket issue, tap → stored + print sent (${kiosk.issueTimes.length})`,
    kiosk.issueTimes,
    'ms',
    'p95 ≤ 100 ms',
  );
  console.log(
    `  kiosk JS heap growth over ${registrations} registrations: ${(kiosk.heapGrowth / 2 ** 20).toFixed(2)} MB (from ${(kiosk.heapBefore / 2 ** 20).toFixed(1)} MB; target ≤ 20 MB)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
