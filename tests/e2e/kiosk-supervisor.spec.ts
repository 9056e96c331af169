// Staff leave kiosk mode with the supervisor PIN; a visitor cannot.
import { expect, test } from '@playwright/test';
import { kiosk as text } from '../../renderer/i18n/id/kiosk.ts';
import { demoConfig, installConfig, SUPERVISOR_PIN } from '../support/installation.ts';
import { startButton } from '../support/kiosk-flow.ts';

test('a wrong PIN keeps the kiosk locked; the right one opens the staff panel', async ({
  page,
}) => {
  await installConfig(page, await demoConfig());
  await page.goto('/#/kiosk');
  await expect(startButton(page)).toBeVisible();
  await page.getByRole('button', { name: text.supervisor.open, exact: true }).click();

  const pinDialog = page.getByRole('dialog', { name: text.supervisor.pinHeading });
  const keypad = pinDialog.getByRole('group', { name: text.supervisor.pinKeypad });
  for (const digit of '1357') {
    await keypad.getByRole('button', { name: digit, exact: true }).click();
  }
  await pinDialog.getByRole('button', { name: text.supervisor.submit }).click();
  await expect(pinDialog.getByRole('alert')).toContainText('PIN');
  await expect(pinDialog.getByLabel(text.supervisor.pinLabel)).toHaveValue('');

  for (const digit of SUPERVISOR_PIN) {
    await keypad.getByRole('button', { name: digit, exact: true }).click();
  }
  await pinDialog.getByRole('button', { name: text.supervisor.submit }).click();
  const panel = page.getByRole('dialog', { name: text.supervisor.panelHeading });
  await expect(panel).toContainText(text.supervisor.exited);

  await panel.getByRole('button', { name: text.supervisor.settings }).click();
  await expect(page).toHaveURL(/#\/setup$/);
});

test('Batal closes the PIN dialog and the kiosk carries on', async ({ page }) => {
  await installConfig(page, await demoConfig());
  await page.goto('/#/kiosk');
  await page.getByRole('button', { name: text.supervisor.open, exact: true }).click();
  await page
    .getByRole('dialog', { name: text.supervisor.pinHeading })
    .getByRole('button', { name: text.supervisor.cancel })
    .click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await startButton(page).click();
  await expect(page.getByRole('heading', { name: text.identity.heading })).toBeVisible();
});
