// A visitor at the touch kiosk gets a queue ticket: with a NIK, without one, with or without
// consent, and with or without a working printer.
import { expect, test } from '@playwright/test';
import { kiosk as text } from '../../renderer/i18n/id/kiosk.ts';
import { demoConfig, installConfig } from '../support/installation.ts';
import {
  registerAtKiosk,
  startButton,
  testNik,
  ticketNumber,
  typeOnKeyboard,
  typeOnKeypad,
} from '../support/kiosk-flow.ts';

const button = (page: import('@playwright/test').Page, name: string) =>
  page.getByRole('button', { name, exact: true });

test('a visitor with a valid NIK gets a ticket and sees how many people are ahead', async ({
  page,
}) => {
  await installConfig(page, await demoConfig());
  const first = await registerAtKiosk(page, {
    nik: testNik({ day: 12, month: 3, year: 1955 }),
    serviceName: 'Informasi & Pengaduan',
  });
  expect(first.number).toBe('A-001');

  await startButton(page).click();
  await typeOnKeypad(page, testNik({ day: 5, month: 8, year: 1961, female: true, serial: 12 }));
  await expect(page.getByLabel(text.identity.fieldLabel, { exact: true })).toHaveValue(
    '730601 450861 0012',
  );
  await button(page, text.nav.next).click();
  await button(page, 'Informasi & Pengaduan').click();
  await page.getByRole('button', { name: text.priority.elderly }).click();
  await expect(page.getByRole('button', { name: text.priority.elderly })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await button(page, text.nav.next).click();
  await button(page, text.consent.agree).click();

  await expect(ticketNumber(page)).toHaveText('A-002');
  await expect(page.getByText('1 orang di depan Anda')).toBeVisible();
  await expect(page.getByText(text.ticket.printed)).toBeVisible();
});

test('the first visitor of the day is told they are next', async ({ page }) => {
  await installConfig(page, await demoConfig());
  await page.goto('/#/kiosk');
  await startButton(page).click();
  await typeOnKeypad(page, testNik({ day: 1, month: 1, year: 1950 }));
  await button(page, text.nav.next).click();
  await button(page, 'Asesmen').click();
  await button(page, text.nav.next).click();
  await button(page, text.consent.agree).click();
  await expect(ticketNumber(page)).toHaveText('S-001');
  await expect(page.getByText(text.ticket.next)).toBeVisible();
});

test('a visitor without an ID card gives a name and gets a ticket', async ({ page }) => {
  await installConfig(page, await demoConfig());
  await page.goto('/#/kiosk');
  await startButton(page).click();
  await page.getByRole('button', { name: text.identity.noId }).click();

  // A name needs two letters; the message says so and keeps what was typed.
  await typeOnKeyboard(page, 'S');
  await button(page, text.nav.next).click();
  await expect(page.getByRole('alert')).toHaveText(text.name.tooShort);
  await expect(page.getByLabel(text.name.fieldLabel, { exact: true })).toHaveValue('S');

  await typeOnKeyboard(page, "iti Nur'aini");
  await expect(page.getByLabel(text.name.fieldLabel, { exact: true })).toHaveValue("Siti Nur'aini");
  await button(page, text.nav.next).click();
  await button(page, 'Pencatatan Kebutuhan & Rujukan').click();
  await button(page, text.nav.next).click();
  await button(page, text.consent.agree).click();
  await expect(ticketNumber(page)).toHaveText('R-001');
});

test('a visitor who cannot type a name skips it and still gets a ticket', async ({ page }) => {
  await installConfig(page, await demoConfig());
  const { number } = await registerAtKiosk(page, {
    serviceName: 'Dokumen Kependudukan',
    priority: ['disabilitas'],
  });
  expect(number).toBe('K-001');
});

test('a visitor who declines consent still gets a ticket, and is told their data is not kept', async ({
  page,
}) => {
  await installConfig(page, await demoConfig());
  await page.goto('/#/kiosk');
  await startButton(page).click();
  await typeOnKeypad(page, testNik({ day: 17, month: 8, year: 1945 }));
  await button(page, text.nav.next).click();
  await button(page, 'Informasi & Pengaduan').click();
  await button(page, text.nav.next).click();
  await expect(page.getByText(text.consent.declineNote)).toBeVisible();
  await button(page, text.consent.decline).click();

  await expect(ticketNumber(page)).toHaveText('A-001');
  await expect(page.getByText(text.ticket.noConsent)).toBeVisible();
});

test('with the printer switched off the ticket stays on screen and says it is still valid', async ({
  page,
}) => {
  await installConfig(
    page,
    await demoConfig({ printer: { deviceName: '', paperWidthMm: 80, enabled: false } }),
  );
  await page.goto('/#/kiosk');
  await startButton(page).click();
  await page.getByRole('button', { name: text.identity.noId }).click();
  await button(page, text.name.skip).click();
  await button(page, 'Asesmen').click();
  await button(page, text.nav.next).click();
  await button(page, text.consent.agree).click();

  await expect(ticketNumber(page)).toHaveText('S-001');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(text.ticket.printFailed);
  await expect(alert).toContainText('Tiket tetap berlaku');
  await expect(button(page, text.ticket.done)).toBeVisible();
});
