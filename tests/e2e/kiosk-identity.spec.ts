// The NIK keypad: a wrong NIK says what is wrong, in Indonesian, right by the field, and keeps
// every digit typed so the visitor only fixes the mistake.
import { expect, type Page, test } from '@playwright/test';
import { validateNik } from '../../core/nik/nik.ts';
import { localDay } from '../../core/time/local-day.ts';
import { kiosk as text } from '../../renderer/i18n/id/kiosk.ts';
import { demoConfig, installConfig } from '../support/installation.ts';
import { startButton, testNik, typeOnKeypad } from '../support/kiosk-flow.ts';

// The kiosk's clock for these tests: 10 March 2026, mid-morning in Gowa (WITA).
const now = new Date('2026-03-10T10:00:00+08:00');
const today = localDay(now.getTime(), 'Asia/Makassar');

const wrongNiks = [
  {
    story: 'one digit short',
    nik: '730601120355000',
    code: 'wrong_length',
    grouped: '730601 120355 000',
  },
  {
    story: 'born on 31 February',
    nik: '7306013102800001',
    code: 'invalid_date',
    grouped: '730601 310280 0001',
  },
  {
    story: 'from a district that does not exist',
    nik: '9999991203550001',
    code: 'unknown_district',
    grouped: '999999 120355 0001',
  },
  {
    story: 'born later this year',
    nik: testNik({ day: 15, month: 12, year: 2026 }),
    code: 'birth_in_future',
    grouped: '730601 151226 0001',
  },
] as const;

async function openIdentityStep(page: Page) {
  await page.clock.install({ time: now });
  await installConfig(page, await demoConfig());
  await page.goto('/#/kiosk');
  await startButton(page).click();
}

for (const wrong of wrongNiks) {
  test(`a NIK ${wrong.story} is refused with its reason and the digits stay`, async ({ page }) => {
    const expected = validateNik(wrong.nik, today);
    expect(expected.ok ? 'ok' : expected.code).toBe(wrong.code);
    if (expected.ok) return;

    await openIdentityStep(page);
    await typeOnKeypad(page, wrong.nik);
    await page.getByRole('button', { name: text.nav.next, exact: true }).click();

    const field = page.getByLabel(text.identity.fieldLabel, { exact: true });
    await expect(page.getByRole('alert')).toHaveText(expected.message);
    await expect(field).toHaveValue(wrong.grouped);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    // Still on the NIK step: nothing was lost and nothing moved on.
    await expect(page.getByRole('heading', { name: text.identity.heading })).toBeVisible();
  });
}

test('fixing the last digit of a refused NIK lets the visitor carry on', async ({ page }) => {
  await openIdentityStep(page);
  await typeOnKeypad(page, '730601120355000');
  await page.getByRole('button', { name: text.nav.next, exact: true }).click();
  await expect(page.getByRole('alert')).toBeVisible();

  await typeOnKeypad(page, '1');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: text.nav.next, exact: true }).click();
  await expect(page.getByRole('heading', { name: text.service.heading })).toBeVisible();
});

test('Hapus removes one digit and Bersihkan empties the NIK', async ({ page }) => {
  await openIdentityStep(page);
  const field = page.getByLabel(text.identity.fieldLabel, { exact: true });
  const keypad = page.getByRole('group', { name: text.identity.keypad, exact: true });
  await typeOnKeypad(page, '7306011');
  await expect(field).toHaveValue('730601 1');
  await keypad.getByRole('button', { name: text.identity.backspace }).click();
  await expect(field).toHaveValue('730601');
  await keypad.getByRole('button', { name: text.identity.clear }).click();
  await expect(field).toHaveValue('');
});

test('a visitor using a keyboard instead of the touch screen gets a ticket', async ({ page }) => {
  await openIdentityStep(page);
  const field = page.getByLabel(text.identity.fieldLabel, { exact: true });
  await expect(field).toBeFocused();
  await page.keyboard.type(testNik({ day: 12, month: 3, year: 1955 }));
  await expect(field).toHaveValue('730601 120355 0001');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: text.service.heading })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Informasi & Pengaduan' })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: text.priority.heading })).toBeVisible();
  await page.keyboard.press('Tab');
  const elderly = page.getByRole('button', { name: text.priority.elderly });
  await expect(elderly).toBeFocused();
  await page.keyboard.press('Space');
  await expect(elderly).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: text.nav.next, exact: true }).focus();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: text.consent.heading })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: text.consent.agree, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: text.ticket.heading })).toHaveText('A-001');
});
