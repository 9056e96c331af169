// Times the console's queue table with a long queue. The console is open and idle; another page
// of the same origin commits `count` waiting tickets; the time runs from that commit until the
// console's table shows them: Dexie's live query, the IndexedDB read, the ordering and React's
// render, as a counter PC sees a queue that arrived through sync.
import type { Browser } from '@playwright/test';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { installConfig } from '../support/installation.ts';

declare global {
  interface Window {
    serasiRowsShownAt?: number;
  }
}

export async function measureQueueTable(
  browser: Browser,
  baseUrl: string,
  config: InstallationConfig,
  count: number,
): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const seeder = await context.newPage();
  await seeder.goto(`${baseUrl}bench/index.html`);
  await seeder.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  const console = await context.newPage();
  await installConfig(console, config);
  await console.addInitScript(() => sessionStorage.setItem('serasi.console.counterId', 'loket-1'));
  await console.goto(`${baseUrl}index.html#/console`);
  await console.waitForSelector('table');

  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    await seeder.evaluate((c) => window.serasiBench.seed(c, 0), config);
    await console.waitForFunction(() => document.querySelectorAll('table tbody tr').length < 5);
    await console.evaluate(() => {
      window.serasiRowsShownAt = undefined;
      const observer = new MutationObserver(() => {
        if (document.querySelectorAll('table tbody tr').length > 10) {
          window.serasiRowsShownAt = Date.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    const { at } = await seeder.evaluate(({ c, n }) => window.serasiBench.seed(c, n), {
      c: config,
      n: count,
    });
    const shownAt = await console.waitForFunction(() => window.serasiRowsShownAt);
    times.push(((await shownAt.jsonValue()) as number) - at);
  }
  await context.close();
  return times;
}
