// Times the console's queue table with a long queue: from opening the console until the table
// shows its rows, with `count` tickets waiting (IndexedDB read and render included).
import type { Browser } from '@playwright/test';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { installConfig } from '../support/installation.ts';

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
  await seeder.evaluate(({ c, n }) => window.serasiBench.seed(c, n), { c: config, n: count });
  await seeder.close();
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const page = await context.newPage();
    await installConfig(page, config);
    await page.addInitScript(() => sessionStorage.setItem('serasi.console.counterId', 'loket-1'));
    await page.goto(`${baseUrl}index.html#/console`);
    await page.waitForFunction(
      () => document.querySelectorAll('table tbody tr, [role="row"]').length > 10,
      undefined,
      { polling: 'raf' },
    );
    times.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  await context.close();
  return times;
}
