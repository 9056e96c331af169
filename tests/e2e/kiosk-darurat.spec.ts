// The red Darurat button: from any step, one confirmation, and an emergency ticket that staff
// are alerted to.
import { expect, test } from '@playwright/test';
import { kiosk as text } from '../../renderer/i18n/id/kiosk.ts';
import { demoConfig, installConfig } from '../support/installation.ts';
import {
  pressDarurat,
  registerAtKiosk,
  startButton,
  testNik,
  ticketNumber,
  typeOnKeypad,
} from '../support/kiosk-flow.ts';

test('Darurat in the middle of registering gives an emergency ticket and calls staff', async ({
  page,
}) => {
  await installConfig(page, await demoConfig());
  await page.goto('/#/kiosk');
  await startButton(page).click();
  await typeOnKeypad(page, testNik({ day: 2, month: 2, year: 1948 }));
  await page.getByRole('button', { name: text.nav.next, exact: true }).click();
  await expect(page.getByRole('heading', { name: text.service.heading })).toBeVisible();

  await page.getByRole('button', { name: text.emergency.buttonLabel }).click();
  const dialog = page.getByRole('dialog', { name: text.emergency.confirmHeading });
  await expect(dialog).toContainText(text.emergency.confirmText);
  await dialog.getByRole('button', { name: text.emergency.confirm }).click();

  await expect(page.getByRole('heading', { name: text.emergency.comingHeading })).toBeVisible();
  await expect(ticketNumber(page, text.emergency.numberLabel)).toHaveText('D-001');
  // The half-finished registration is gone: the NIK typed before is nowhere on the page.
  expect(await page.content()).not.toContain('730601');
});

test('Batal on the Darurat question keeps the visitor where they were', async ({ page }) => {
  await installConfig(page, await demoConfig());
  await page.goto('/#/kiosk');
  await startButton(page).click();
  await typeOnKeypad(page, '730601');
  await page.getByRole('button', { name: text.emergency.buttonLabel }).click();
  await page
    .getByRole('dialog', { name: text.emergency.confirmHeading })
    .getByRole('button', { name: text.emergency.cancel })
    .click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByLabel(text.identity.fieldLabel, { exact: true })).toHaveValue('730601');
});

test('an emergency ticket does not use up the numbers of the services', async ({ page }) => {
  await installConfig(page, await demoConfig());
  const emergency = await pressDarurat(page);
  expect(emergency.number).toBe('D-001');
  const regular = await registerAtKiosk(page, { serviceName: 'Informasi & Pengaduan' });
  expect(regular.number).toBe('A-001');
  expect((await pressDarurat(page)).number).toBe('D-002');
});
