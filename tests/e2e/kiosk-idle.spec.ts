// A visitor who walks away: the kiosk asks "Masih di sini?", then starts over and leaves nothing
// of them on the screen for the next person.
import { expect, test } from '@playwright/test';
import { kiosk as text } from '../../renderer/i18n/id/kiosk.ts';
import { demoConfig, installConfig } from '../support/installation.ts';
import {
  startButton,
  testNik,
  ticketNumber,
  typeOnKeyboard,
  typeOnKeypad,
} from '../support/kiosk-flow.ts';

const idleSeconds = 30;
const nik = testNik({ day: 12, month: 3, year: 1955, serial: 4321 });

test.beforeEach(async ({ page }) => {
  await page.clock.install();
  await installConfig(page, await demoConfig({ kiosk: { idleSeconds } }));
  await page.goto('/#/kiosk');
  await startButton(page).click();
});

test('a NIK left on the kiosk is wiped after the idle time', async ({ page }) => {
  await typeOnKeypad(page, nik);
  await page.clock.runFor((idleSeconds + 1) * 1000);
  const prompt = page.getByRole('dialog', { name: text.idle.heading });
  await expect(prompt).toBeVisible();

  await page.clock.runFor(11_000);
  await expect(startButton(page)).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain(nik);
  expect(html).not.toContain('730601 120355 4321');
  expect(html).not.toContain('4321');

  // The next visitor starts with an empty field.
  await startButton(page).click();
  await expect(page.getByLabel(text.identity.fieldLabel, { exact: true })).toHaveValue('');
});

test('a name left on the kiosk is wiped after the idle time', async ({ page }) => {
  await page.getByRole('button', { name: text.identity.noId }).click();
  await typeOnKeyboard(page, 'Wahyuningsih');
  await page.clock.runFor((idleSeconds + 1) * 1000);
  await expect(page.getByRole('dialog', { name: text.idle.heading })).toBeVisible();
  await page.clock.runFor(11_000);
  await expect(startButton(page)).toBeVisible();
  expect(await page.content()).not.toContain('Wahyuningsih');
});

test('a touch on "Masih di sini?" lets the visitor carry on with what they typed', async ({
  page,
}) => {
  await typeOnKeypad(page, '730601');
  await page.clock.runFor((idleSeconds + 1) * 1000);
  const prompt = page.getByRole('dialog', { name: text.idle.heading });
  await expect(prompt).toContainText('10 detik');
  await prompt.getByRole('button', { name: text.idle.continue }).click();
  await expect(prompt).toHaveCount(0);
  await expect(page.getByLabel(text.identity.fieldLabel, { exact: true })).toHaveValue('730601');
});

test('typing keeps the kiosk from starting over', async ({ page }) => {
  for (let i = 0; i < 4; i++) {
    await page.clock.runFor((idleSeconds - 5) * 1000);
    await typeOnKeypad(page, '7');
  }
  await expect(page.getByRole('dialog', { name: text.idle.heading })).toHaveCount(0);
  await expect(page.getByLabel(text.identity.fieldLabel, { exact: true })).toHaveValue('7777');
});

test('the ticket screen goes back to welcome on its own', async ({ page }) => {
  await page.getByRole('button', { name: text.identity.noId }).click();
  await page.getByRole('button', { name: text.name.skip }).click();
  await page.getByRole('button', { name: 'Informasi & Pengaduan', exact: true }).click();
  await page.getByRole('button', { name: text.nav.next, exact: true }).click();
  await page.getByRole('button', { name: text.consent.agree, exact: true }).click();
  await expect(ticketNumber(page)).toHaveText('A-001');
  // The countdown's timer starts in an effect after "30" is first painted: only once it has
  // ticked to 29 is it sure to be running when the clock jumps ahead.
  const countdown = (seconds: number) =>
    page.getByText(text.ticket.autoReturn.replace('{seconds}', String(seconds)));
  await expect(countdown(30)).toBeVisible();
  await page.clock.runFor(1_000);
  await expect(countdown(29)).toBeVisible();

  await page.clock.runFor(30_000);
  await expect(startButton(page)).toBeVisible();
  await expect(page.getByText('A-001')).toHaveCount(0);
});
