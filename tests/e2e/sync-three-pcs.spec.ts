// One centre, several PCs: a kiosk, counters and the waiting-room board, each its own browser
// context (its own IndexedDB), sharing one queue through a real sync server process. The PCs
// reach the server through a TCP proxy, so the server can be stopped and started again behind
// the same address.
import { expect, test } from '@playwright/test';
import { registerAtKiosk } from '../support/kiosk-flow.ts';
import { boardTile, syncLabForFile, syncStatus } from '../support/sync-lab.ts';
import { countRows, expectConverged } from '../support/synced-pc.ts';
import { callNext, openConsoleAt, queueRow } from './console-steps.ts';

test.describe.configure({ mode: 'serial', timeout: 150_000 });

const service = 'Informasi & Pengaduan';
const SCREENS = 'test-results/screens/sync';
const labOf = syncLabForFile();

test('a ticket from the kiosk reaches the console, and its call reaches the board', async ({
  browser,
}) => {
  const lab = labOf();
  const { centreId, reader } = await lab.newCentre();
  const kiosk = await lab.pc(browser, centreId, 'kiosk', 'Kios depan');
  const desk = await lab.pc(browser, centreId, 'console', 'PC Loket 1');
  const board = await lab.pc(browser, centreId, 'display', 'TV ruang tunggu');
  await openConsoleAt(desk, 1);

  const { number } = await registerAtKiosk(kiosk, { serviceName: service });
  await expect(queueRow(desk, number)).toBeVisible();

  expect(await callNext(desk)).toBe(number);
  await expect(boardTile(board, 1)).toContainText(number);
  await expect(syncStatus(desk)).toContainText('Tersinkron');

  const hash = await expectConverged(lab.pcs, reader);
  test.info().annotations.push({ type: 'content hash', description: hash });
});

test('two counters call the same ticket offline: one wins, the other is told why', async ({
  browser,
}) => {
  const lab = labOf();
  const { centreId, reader } = await lab.newCentre();
  const kiosk = await lab.pc(browser, centreId, 'kiosk', 'Kios depan');
  const loket1 = await lab.pc(browser, centreId, 'console', 'PC Loket 1');
  const loket2 = await lab.pc(browser, centreId, 'console', 'PC Loket 2');
  const board = await lab.pc(browser, centreId, 'display', 'TV ruang tunggu');
  await openConsoleAt(loket1, 1);
  await openConsoleAt(loket2, 2);

  const { number } = await registerAtKiosk(kiosk, { serviceName: service });
  await expect(queueRow(loket1, number)).toBeVisible();
  await expect(queueRow(loket2, number)).toBeVisible();

  // The link drops at both counters; each calls the visitor it sees first.
  await loket1.context().setOffline(true);
  await loket2.context().setOffline(true);
  expect(await callNext(loket1)).toBe(number);
  expect(await callNext(loket2)).toBe(number);

  await loket1.context().setOffline(false);
  await expect(boardTile(board, 1)).toContainText(number);
  await loket2.context().setOffline(false);

  const notice = loket2
    .getByRole('alert')
    .filter({ hasText: `${number} sudah dipanggil di Loket 1` });
  await expect(notice).toBeVisible();
  await loket2.screenshot({ path: `${SCREENS}/console-refused-call.png` });
  await board.screenshot({ path: `${SCREENS}/board-synced.png` });
  await expect(loket2.getByRole('article')).toHaveCount(0);
  await expect(loket2.getByText(`${number} dipanggil ke Loket 2`)).toBeHidden();
  await expect(boardTile(board, 2)).not.toContainText(number);
  await notice.getByRole('button', { name: 'Tutup pemberitahuan' }).click();
  await expect(notice).toBeHidden();

  const content = await reader.content();
  expect(content.match(/"type":"call"/g)).toHaveLength(1);
  await expectConverged(lab.pcs, reader);
});

test('every PC keeps working while the server is down, and all agree when it is back', async ({
  browser,
}) => {
  const lab = labOf();
  const { centreId, reader } = await lab.newCentre();
  const kiosk = await lab.pc(browser, centreId, 'kiosk', 'Kios depan');
  const desk = await lab.pc(browser, centreId, 'console', 'PC Loket 1');
  const board = await lab.pc(browser, centreId, 'display', 'TV ruang tunggu');
  await openConsoleAt(desk, 1);
  const first = await registerAtKiosk(kiosk, { serviceName: service });
  await expect(queueRow(desk, first.number)).toBeVisible();

  await lab.stopServer();

  // The kiosk still issues and prints; the counter still calls what it has.
  const second = await registerAtKiosk(kiosk, { serviceName: service });
  expect(second.number).not.toBe(first.number);
  expect(await callNext(desk)).toBe(first.number);
  await expect(syncStatus(desk)).toContainText(/Offline|tertunda/);
  await expect(syncStatus(desk)).toContainText('menunggu dikirim');
  await desk.screenshot({ path: `${SCREENS}/console-offline.png` });

  await lab.startServer();

  // Each PC retries on its own backoff (at most half a minute), then catches up.
  await expect(queueRow(desk, second.number)).toBeVisible({ timeout: 45_000 });
  await expect(boardTile(board, 1)).toContainText(first.number, { timeout: 45_000 });
  const hash = await expectConverged(lab.pcs, reader, 60_000);
  test.info().annotations.push({ type: 'content hash', description: hash });
  expect(countRows(await reader.content(), 'tickets')).toBe(2);
});
