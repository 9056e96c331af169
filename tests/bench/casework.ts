// Bench: casework look-ups among 200,000 beneficiaries (BENCH_BENEFICIARIES) in real Chromium on
// the built renderer's origin: NIK look-up (target p95 ≤ 20 ms) and name search — prefixes,
// whole names, old spellings, two-part prefixes, 20 best (target p95 ≤ 50 ms), and opening a
// case with 100 timeline events in the app itself (target ≤ 150 ms). The rows go into
// the app's IndexedDB from inside a bench page (tests/bench/page/casework), built here into the
// served folder. It prints figures and fails nothing.
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { BROWSER_CONFIG_KEY } from '../../renderer/bridge/browser-bridge.ts';
import { printRow } from './report.ts';

const BENEFICIARIES = Number(process.env.BENCH_BENEFICIARIES ?? 200_000);

async function buildCaseworkPage(rendererDir: string) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve('tests/bench/page/casework'),
    base: './',
    build: { outDir: resolve(rendererDir, 'bench-casework'), emptyOutDir: true },
  });
}

export async function measureCasework(
  browser: Browser,
  baseUrl: string,
  config: InstallationConfig,
  rendererDir: string,
) {
  await buildCaseworkPage(rendererDir);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${baseUrl}bench-casework/index.html`);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const seeded = await page.evaluate(([c, n]) => window.serasiCaseworkBench.seed(c, n), [
    config,
    BENEFICIARIES,
  ] as const);
  console.log(
    `casework: ${seeded.total.toLocaleString('en')} beneficiaries stored in ${(seeded.seedMs / 1000).toFixed(1)} s`,
  );
  // A first pass warms the page's code and IndexedDB's caches, as a console in use has them.
  await page.evaluate(([c, q]) => window.serasiCaseworkBench.timeNik(c, q), [
    config,
    seeded.niks,
  ] as const);
  const nik = await page.evaluate(([c, q]) => window.serasiCaseworkBench.timeNik(c, q), [
    config,
    seeded.niks,
  ] as const);
  printRow(
    `NIK look-up among ${seeded.total.toLocaleString('en')} (${seeded.niks.length} look-ups, ${nik.hits} found)`,
    nik.durations,
    'ms',
    'p95 ≤ 20 ms',
  );
  await page.evaluate(([c, q]) => window.serasiCaseworkBench.timeName(c, q), [
    config,
    seeded.queries.slice(0, 20),
  ] as const);
  const name = await page.evaluate(([c, q]) => window.serasiCaseworkBench.timeName(c, q), [
    config,
    seeded.queries,
  ] as const);
  printRow(
    `name search, 20 best (${seeded.queries.length} queries, ${name.answered} answered)`,
    name.durations,
    'ms',
    'p95 ≤ 50 ms',
  );
  console.log(`  slowest: ${name.slowest.join(' · ')}`);

  // Opening a case: the person's page of the real app, from the hash change to 100 timeline
  // entries on screen (store reads through merges, timeline, React render).
  const beneficiaryId = await page.evaluate((c) => window.serasiCaseworkBench.seedCase(c), config);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    BROWSER_CONFIG_KEY,
    JSON.stringify(config),
  ] as const);
  await page.goto(`${baseUrl}index.html#/casework`);
  await page.getByRole('heading', { name: 'Cari penerima manfaat' }).waitFor();
  // A string, not a function: tsx's name helpers do not exist in the page.
  const openCase = (): Promise<number> =>
    page.evaluate(`(async () => {
      const frame = () => new Promise((done) => requestAnimationFrame(done));
      const started = performance.now();
      window.location.hash = '#/casework/person/${beneficiaryId}';
      while (document.querySelectorAll('.timeline-entry').length < 100) await frame();
      const ms = performance.now() - started;
      window.location.hash = '#/casework';
      while (document.querySelector('.timeline')) await frame();
      return ms;
    })()`);
  await openCase();
  const opens: number[] = [];
  for (let i = 0; i < 20; i++) opens.push(await openCase());
  printRow('open a case with 100 timeline events (20 opens)', opens, 'ms', '≤ 150 ms');
  await context.close();
}
