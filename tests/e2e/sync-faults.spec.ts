// What a centre's network and power do to the sync, and that nothing is lost or doubled: a link
// that delays, swallows and resets traffic; the server killed in the middle of a push; a counter
// PC reloaded in the middle of a push. At the end every PC and the server hold the same rows,
// compared by content, and the counts are exactly what the staff did.
import { expect, type Page, test } from '@playwright/test';
import { registerAtKiosk } from '../support/kiosk-flow.ts';
import { syncLabForFile } from '../support/sync-lab.ts';
import { countRows, expectConverged } from '../support/synced-pc.ts';
import { callNext, openConsoleAt, queueRow, serveAndFinish } from './console-steps.ts';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const service = 'Informasi & Pengaduan';
const labOf = syncLabForFile();

function events(content: string, type: string): number {
  return content.match(new RegExp(`"type":"${type}"`, 'g'))?.length ?? 0;
}

/** The next push the page starts. */
function nextPush(page: Page) {
  return page.waitForRequest((request) => request.url().endsWith('/sync/push'));
}

test('a link that delays, swallows and resets traffic loses and doubles nothing', async ({
  browser,
}) => {
  const lab = labOf();
  const { centreId, reader } = await lab.newCentre();
  const kiosk = await lab.pc(browser, centreId, 'kiosk', 'Kios depan');
  const desk = await lab.pc(browser, centreId, 'console', 'PC Loket 1');
  await openConsoleAt(desk, 1);

  const faults = [
    { kind: 'delay', ms: 700 },
    { kind: 'drop' },
    { kind: 'reset' },
    { kind: 'delay', ms: 2_000 },
  ] as const;
  const issued: string[] = [];
  for (const fault of faults) {
    lab.proxy.setMode(fault);
    issued.push((await registerAtKiosk(kiosk, { serviceName: service })).number);
    // The link comes back; connections swallowed meanwhile are cut, as a real link's would be.
    lab.proxy.setMode({ kind: 'pass' });
    lab.proxy.resetAll();
    await expect(queueRow(desk, issued.at(-1) ?? '')).toBeVisible({ timeout: 45_000 });
    lab.proxy.setMode(fault);
    await callNext(desk);
    await serveAndFinish(desk);
    lab.proxy.setMode({ kind: 'pass' });
    lab.proxy.resetAll();
  }

  await expectConverged(lab.pcs, reader, 60_000);
  const content = await reader.content();
  expect(new Set(issued).size).toBe(faults.length);
  expect(countRows(content, 'tickets')).toBe(faults.length);
  expect(countRows(content, 'registrations')).toBe(faults.length);
  for (const type of ['issued', 'call', 'start', 'finish']) {
    expect(events(content, type), type).toBe(faults.length);
  }
});

test('the server killed in the middle of a push: after its restart nothing is lost or doubled', async ({
  browser,
}) => {
  const lab = labOf();
  const { centreId, reader } = await lab.newCentre();
  const kiosk = await lab.pc(browser, centreId, 'kiosk', 'Kios depan');
  const desk = await lab.pc(browser, centreId, 'console', 'PC Loket 1');
  await openConsoleAt(desk, 1);
  const first = await registerAtKiosk(kiosk, { serviceName: service });
  await expect(queueRow(desk, first.number)).toBeVisible();

  // Slow the link so the push is still on its way when the power goes.
  lab.proxy.setMode({ kind: 'delay', ms: 1_500 });
  const pushing = nextPush(desk);
  await callNext(desk);
  await pushing;
  await lab.stopServer('SIGKILL');
  lab.proxy.setMode({ kind: 'pass' });

  const second = await registerAtKiosk(kiosk, { serviceName: service });
  await lab.startServer();

  await expectConverged(lab.pcs, reader, 60_000);
  const content = await reader.content();
  expect(countRows(content, 'tickets')).toBe(2);
  expect(events(content, 'issued')).toBe(2);
  expect(events(content, 'call')).toBe(1);
  await expect(queueRow(desk, second.number)).toBeVisible();
});

test('a counter PC reloaded in the middle of a push sends its change exactly once', async ({
  browser,
}) => {
  const lab = labOf();
  const { centreId, reader } = await lab.newCentre();
  const kiosk = await lab.pc(browser, centreId, 'kiosk', 'Kios depan');
  const desk = await lab.pc(browser, centreId, 'console', 'PC Loket 1');
  await openConsoleAt(desk, 1);
  const { number } = await registerAtKiosk(kiosk, { serviceName: service });
  await expect(queueRow(desk, number)).toBeVisible();

  lab.proxy.setMode({ kind: 'delay', ms: 1_500 });
  const pushing = nextPush(desk);
  expect(await callNext(desk)).toBe(number);
  await pushing;
  await desk.reload();
  lab.proxy.setMode({ kind: 'pass' });

  await expectConverged(lab.pcs, reader, 60_000);
  const content = await reader.content();
  expect(events(content, 'call')).toBe(1);
  expect(content).toContain('"state":"called"');
});
