// The display board in the waiting room: every call made at a console reaches it, is spoken
// (chime, then the number and the counter) and captioned; history is shown but never re-announced.
import { expect, type Page, test } from '@playwright/test';
import { display as text } from '../../renderer/i18n/id/display.ts';
import { demoConfig, installConfig } from '../support/installation.ts';
import { registerAtKiosk } from '../support/kiosk-flow.ts';

const SCREENS = 'test-results/screens/board';
const service = 'Informasi & Pengaduan';

/**
 * The audio files the board asks for, in order (a media file may be fetched in several parts).
 * Routing the files turns the HTTP cache off, so a clip said twice is asked for twice.
 */
async function listenForClips(page: Page): Promise<string[]> {
  const clips: string[] = [];
  await page.route('**/audio/*.ogg', (route) => route.continue());
  page.on('request', (request) => {
    const match = /\/audio\/([\w-]+)\.ogg$/.exec(new URL(request.url()).pathname);
    if (match?.[1] && clips.at(-1) !== match[1]) clips.push(match[1]);
  });
  return clips;
}

async function openBoard(page: Page) {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/#/display');
  await expect(page.getByRole('heading', { name: text.counters })).toBeVisible();
}

async function openConsoleAt(page: Page, counterNumber: number) {
  await page.goto('/#/console');
  await page.getByRole('button', { name: new RegExp(`^Loket ${counterNumber}\\b`) }).click();
  return page.getByRole('button', { name: 'Panggil berikutnya' });
}

function tile(board: Page, counterNumber: number) {
  return board.locator(`.board-tile[data-counter="${counterNumber}"]`);
}

function caption(board: Page) {
  return board.getByRole('status');
}

test('a call from the console reaches the board, spoken and captioned, and a recall is announced again', async ({
  context,
}) => {
  const config = await demoConfig();
  const [kiosk, desk, board] = [
    await context.newPage(),
    await context.newPage(),
    await context.newPage(),
  ];
  for (const page of [kiosk, desk, board]) await installConfig(page, config);
  const clips = await listenForClips(board);

  await openBoard(board);
  await expect(tile(board, 2)).toContainText(text.noCallYet);
  await board.screenshot({ path: `${SCREENS}/board-idle.png` });

  const { number } = await registerAtKiosk(kiosk, { serviceName: service });
  expect(number).toBe('A-001');
  const callNext = await openConsoleAt(desk, 2);
  await callNext.click();

  await expect(tile(board, 2)).toContainText('A-001');
  await expect(tile(board, 2)).toContainText(text.newest);
  await expect(tile(board, 2)).toHaveCSS('animation-name', 'board-pulse');
  await expect(caption(board)).toHaveText('Nomor antrian A-001, silakan ke Loket 2');
  await expect
    .poll(() => clips, { timeout: 20_000 })
    .toEqual(['chime', 'nomor-antrian', 'huruf-a', 'satu', 'silakan-ke-loket', 'dua']);
  await board.screenshot({ path: `${SCREENS}/board-mid-call.png` });
  await expect(tile(board, 1)).toContainText(text.noCallYet);

  // The visitor did not come: the counter calls the same number again.
  await desk.getByRole('button', { name: 'Panggil ulang' }).click();
  await expect
    .poll(() => clips.slice(6), { timeout: 30_000 })
    .toEqual(['chime', 'nomor-antrian', 'huruf-a', 'satu', 'silakan-ke-loket', 'dua']);
  const recent = board.getByRole('table');
  await expect(recent.getByRole('row')).toHaveCount(3);
  await expect(recent.getByRole('row').nth(1)).toContainText(text.recent.recall);
});

test('opening the board after calls were made shows them without announcing them again', async ({
  context,
}) => {
  const config = await demoConfig();
  const [kiosk, desk] = [await context.newPage(), await context.newPage()];
  for (const page of [kiosk, desk]) await installConfig(page, config);
  await registerAtKiosk(kiosk, { serviceName: service });
  await registerAtKiosk(kiosk, { serviceName: service });
  const callNext = await openConsoleAt(desk, 2);
  await callNext.click();
  await expect(desk.getByRole('button', { name: 'Mulai layani' })).toBeVisible();

  const board = await context.newPage();
  await installConfig(board, config);
  await board.emulateMedia({ reducedMotion: 'reduce' });
  const clips = await listenForClips(board);
  await openBoard(board);
  await expect(tile(board, 2)).toContainText('A-001');
  await expect(board.getByRole('table')).toContainText('A-001');
  await expect(caption(board)).toHaveText('');

  // The next call is the first thing the board says: A-001 is not replayed before it.
  await desk.getByRole('button', { name: 'Mulai layani' }).click();
  await desk.getByRole('button', { name: 'Selesai' }).click();
  await callNext.click();
  await expect(caption(board)).toHaveText('Nomor antrian A-002, silakan ke Loket 2');
  // Under reduced motion the new call is marked without the pulse.
  await expect(tile(board, 2)).toContainText(text.newest);
  await expect(tile(board, 2)).toHaveCSS('animation-name', 'none');
  await expect
    .poll(() => clips, { timeout: 20_000 })
    .toEqual(['chime', 'nomor-antrian', 'huruf-a', 'dua', 'silakan-ke-loket', 'dua']);
  await board.screenshot({ path: `${SCREENS}/board-after-calls.png` });
});

test('a board whose browser holds back sound asks once to enable it and still captions the call', async ({
  context,
}) => {
  const config = await demoConfig();
  const [kiosk, desk, board] = [
    await context.newPage(),
    await context.newPage(),
    await context.newPage(),
  ];
  for (const page of [kiosk, desk, board]) await installConfig(page, config);
  // What a plain browser does before anyone has clicked on the page.
  await board.addInitScript(() => {
    HTMLMediaElement.prototype.play = () =>
      Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError'));
  });
  await openBoard(board);
  await expect(board.getByRole('button', { name: text.enableSound })).toHaveCount(0);

  await registerAtKiosk(kiosk, { serviceName: service });
  await (await openConsoleAt(desk, 1)).click();

  await expect(caption(board)).toHaveText('Nomor antrian A-001, silakan ke Loket 1');
  const enable = board.getByRole('button', { name: text.enableSound });
  await expect(enable).toBeVisible();
  await board.screenshot({ path: `${SCREENS}/board-sound-blocked.png` });
  await enable.click();
  await expect(enable).toHaveCount(0);
});

test('a board with many counters keeps every tile and number whole', async ({ context }) => {
  const serviceIds = ['informasi', 'rujukan'];
  const config = await demoConfig({
    counters: Array.from({ length: 8 }, (_, i) => ({
      id: `loket-${i + 1}`,
      number: i + 1,
      name: i === 6 ? 'Ruang Asesmen' : `Loket ${i + 1}`,
      serviceIds,
    })),
  });
  const [kiosk, desk, board] = [
    await context.newPage(),
    await context.newPage(),
    await context.newPage(),
  ];
  for (const page of [kiosk, desk, board]) await installConfig(page, config);
  await openBoard(board);
  for (const n of [1, 8]) await expect(tile(board, n)).toBeInViewport({ ratio: 1 });
  await expect(tile(board, 7)).toContainText('Ruang Asesmen');

  await registerAtKiosk(kiosk, { serviceName: service });
  await registerAtKiosk(kiosk, { serviceName: service });
  for (const counter of [7, 8]) {
    await (await openConsoleAt(desk, counter)).click();
    await expect(tile(board, counter)).toContainText(/A-00\d/);
    await desk.getByRole('button', { name: 'Ganti loket' }).click();
  }
  const number = tile(board, 7).locator('.board-tile-number');
  await expect.poll(() => number.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await board.screenshot({ path: `${SCREENS}/board-eight-counters.png` });
});
