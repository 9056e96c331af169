// First-run setup and later settings, as a supervisor at a desk PC does them: the form builds the
// installation's config, says plainly what to fix without losing anything typed, and — once a
// config exists — opens only with the supervisor PIN.
import { expect, type Page, test } from '@playwright/test';
import { installationConfigSchema } from '../../core/centre/config.ts';
import { verifyPin } from '../../core/security/pin.ts';
import { BROWSER_CONFIG_KEY } from '../../renderer/bridge/browser-bridge.ts';
import { common } from '../../renderer/i18n/id/common.ts';
import { setup as text } from '../../renderer/i18n/id/setup.ts';
import { demoConfig, installConfig, SUPERVISOR_PIN } from '../support/installation.ts';

const SCREENS = 'test-results/screens/setup';

async function storedConfig(page: Page) {
  const json = await page.evaluate((key) => localStorage.getItem(key), BROWSER_CONFIG_KEY);
  return installationConfigSchema.parse(JSON.parse(json ?? 'null'));
}

function counterCard(page: Page, number: number) {
  return page.getByRole('listitem', { name: `Loket ${number}`, exact: true });
}

async function save(page: Page) {
  await page.getByRole('button', { name: text.save }).click();
}

function summary(page: Page) {
  return page.getByRole('region', { name: /perlu diperbaiki/ });
}

test.use({ viewport: { width: 1366, height: 768 } });

test('a supervisor sets up a new PC from scratch and then reaches the kiosk, console and board', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: text.title, level: 1 })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/setup-empty.png` });
  await page.screenshot({ path: `${SCREENS}/setup-empty-full.png`, fullPage: true });

  await page.getByLabel(text.centre.choose).selectOption('brslu-gau-mabaji');
  await expect(page.getByLabel(text.centre.timeZone)).toHaveValue('Asia/Makassar');
  await expect(page.getByLabel(text.centre.name)).toHaveValue(/Gau Mabaji/);

  await page.getByRole('radio', { name: text.model.single_entry_point.label }).check();
  await counterCard(page, 1).getByLabel(text.counters.name).fill('Loket Informasi');
  await page.getByRole('button', { name: text.counters.add }).click();
  // The new counter's number field takes the focus, ready to type.
  await expect(counterCard(page, 2).getByLabel(text.counters.number)).toBeFocused();
  await counterCard(page, 2)
    .getByRole('checkbox', { name: /Informasi & Pengaduan/ })
    .uncheck();

  await page.getByRole('checkbox', { name: text.roles.console }).check();
  await page.getByRole('checkbox', { name: text.roles.display }).check();
  await page.getByLabel(text.pin.pin, { exact: true }).fill('1357');
  await page.getByLabel(text.pin.confirm).fill('1357');
  await save(page);

  const screens = page.getByRole('navigation', { name: common.screens });
  await expect(screens.getByRole('link', { name: common.screen.kiosk })).toBeVisible();
  await expect(screens.getByRole('link', { name: common.screen.console })).toBeVisible();
  await expect(screens.getByRole('link', { name: common.screen.display })).toBeVisible();

  const config = await storedConfig(page);
  expect(config.timeZone).toBe('Asia/Makassar');
  expect(config.serviceModel).toBe('single_entry_point');
  expect(config.counters.map((c) => [c.number, c.name, c.serviceIds])).toEqual([
    [1, 'Loket Informasi', ['informasi', 'rujukan', 'asesmen']],
    [2, 'Loket 2', ['rujukan', 'asesmen']],
  ]);
  expect(config.roles.map((r) => r.role)).toEqual(['console', 'display']);
  expect(await verifyPin('1357', config.supervisorPinHash)).toBe(true);

  await screens.getByRole('link', { name: common.screen.console }).click();
  await expect(page.getByRole('button', { name: /^Loket 1 — Loket Informasi/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Loket 2\b/ })).toBeVisible();
});

test('a form with mistakes says what to fix beside each field and keeps everything typed', async ({
  page,
}) => {
  await page.goto('/#/setup');
  await page.getByLabel(text.centre.choose).selectOption({ label: text.centre.custom });
  await page.getByLabel(text.centre.name).fill('Sentra Uji Coba Nusantara');
  await page.getByLabel(text.centre.shortName).fill('Sentra Nusantara');
  await page.getByLabel(text.centre.city).fill('Jayapura');
  await page.getByLabel(text.centre.timeZone).selectOption('Asia/Jayapura');
  await counterCard(page, 1).getByRole('button', { name: 'Hapus loket 1' }).click();
  await page.getByLabel(text.pin.pin, { exact: true }).fill('2580');
  await page.getByLabel(text.pin.confirm).fill('2850');
  await page.getByLabel(text.queue.targetWait).fill('2');
  await save(page);

  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText('Ada 4 isian yang perlu diperbaiki');
  await expect(summary(page).getByRole('link')).toHaveText([
    text.errors.noCounters,
    text.errors.roles,
    text.errors.outOfRange.replace('{min}', '5').replace('{max}', '480'),
    text.errors.pinMismatch,
  ]);
  const confirm = page.getByLabel(text.pin.confirm);
  await expect(confirm).toHaveAttribute('aria-invalid', 'true');
  await expect(confirm).toHaveAccessibleDescription(text.errors.pinMismatch);
  await expect(page.getByRole('group', { name: text.roles.legend })).toHaveAccessibleDescription(
    text.errors.roles,
  );
  // Nothing typed is lost.
  await expect(page.getByLabel(text.centre.name)).toHaveValue('Sentra Uji Coba Nusantara');
  await expect(page.getByLabel(text.centre.timeZone)).toHaveValue('Asia/Jayapura');
  await expect(page.getByLabel(text.pin.pin, { exact: true })).toHaveValue('2580');
  await expect(confirm).toHaveValue('2850');
  await page.screenshot({ path: `${SCREENS}/setup-errors.png` });

  // Two counters with one number, one of them serving nothing.
  await page.getByRole('button', { name: text.counters.add }).click();
  await page.getByRole('button', { name: text.counters.add }).click();
  await counterCard(page, 2).getByLabel(text.counters.number).fill('1');
  const second = page.getByRole('listitem').filter({ hasText: 'Hapus loket 1' }).nth(1);
  for (const box of await second.getByRole('checkbox').all()) await box.uncheck();
  await confirm.fill('2580');
  await page.getByLabel(text.queue.targetWait).fill('45');
  await save(page);

  await expect(summary(page).getByRole('link')).toHaveText([
    `Loket 1: ${text.errors.duplicateCounter.replace('{number}', '1')}`,
    `Loket 1: ${text.errors.duplicateCounter.replace('{number}', '1')}`,
    `Loket 1: ${text.errors.counterServices}`,
    text.errors.roles,
  ]);
  await page.screenshot({ path: `${SCREENS}/setup-errors-counters.png`, fullPage: true });
  await page
    .getByRole('region', { name: text.counters.heading, exact: true })
    .screenshot({ path: `${SCREENS}/setup-errors-counters-section.png` });
  // A summary link takes the supervisor to the field.
  await summary(page)
    .getByRole('link', { name: new RegExp(text.errors.counterServices) })
    .click();
  await expect(second.getByRole('checkbox').first()).toBeFocused();
  await expect(
    second.getByRole('group', { name: text.counters.services }),
  ).toHaveAccessibleDescription(text.errors.counterServices);

  // Fixed, it saves.
  await second.getByLabel(text.counters.number).fill('2');
  await counterCard(page, 2)
    .getByRole('checkbox', { name: /Asesmen/ })
    .check();
  await page.getByRole('checkbox', { name: text.roles.kiosk }).check();
  await save(page);
  await expect(page.getByRole('navigation', { name: common.screens })).toBeVisible();
  const config = await storedConfig(page);
  expect(config.balai).toMatchObject({ name: 'Sentra Uji Coba Nusantara', city: 'Jayapura' });
  expect(config.timeZone).toBe('Asia/Jayapura');
  expect(config.counters.map((c) => c.number)).toEqual([1, 2]);
  expect(config.targetWaitMinutes).toBe(45);
});

test('settings of a configured PC open only with the supervisor PIN, prefilled', async ({
  page,
}) => {
  await installConfig(page, await demoConfig());
  await page.goto('/#/setup');
  const pin = page.getByLabel(text.gate.pin);
  await pin.fill('0000');
  await page.getByRole('button', { name: text.gate.submit }).click();
  await expect(page.getByRole('alert')).toContainText('PIN salah');
  await expect(page.getByLabel(text.centre.choose)).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/setup-pin-wrong.png` });

  await pin.fill(SUPERVISOR_PIN);
  await page.getByRole('button', { name: text.gate.submit }).click();
  await expect(page.getByRole('heading', { name: text.editTitle, level: 1 })).toBeVisible();
  await expect(page.getByLabel(text.centre.choose)).toHaveValue('brslu-gau-mabaji');
  await expect(counterCard(page, 2)).toBeVisible();

  // Another counter; the PIN fields stay empty, so the PIN stays as it was.
  await page.getByRole('button', { name: text.counters.add }).click();
  await counterCard(page, 3).getByLabel(text.counters.name).fill('Ruang Asesmen');
  await save(page);
  await page.getByRole('link', { name: common.screen.console }).click();
  await expect(page.getByRole('button', { name: /^Loket 3 — Ruang Asesmen/ })).toBeVisible();
  expect(await verifyPin(SUPERVISOR_PIN, (await storedConfig(page)).supervisorPinHash)).toBe(true);
});
