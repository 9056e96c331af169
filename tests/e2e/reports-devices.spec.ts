// Laporan → "Perangkat & pembaruan" in real Chromium: this PC's version and update state (in a
// browser: updates and logs belong to the desktop app, and it says so), the centre's PCs listed by
// a real sync server with the update state each PC reported — refused for a kiosk's token — and
// the screen under axe.
import { expect, type Page, test } from '@playwright/test';
import pkg from '../../package.json' with { type: 'json' };
import { BROWSER_SYNC_CREDENTIALS_KEY } from '../../renderer/bridge/browser-bridge.ts';
import { reports as text } from '../../renderer/i18n/id/reports.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { demoConfig, installConfig } from '../support/installation.ts';
import { syncLabForFile } from '../support/sync-lab.ts';
import { authHeaders } from '../support/sync-server.ts';

const SCREENS = 'test-results/screens/reports';

test.use({ viewport: { width: 1366, height: 768 }, timezoneId: 'Asia/Makassar' });

const lab = syncLabForFile();

async function openDevicesTab(page: Page) {
  await page.goto('/#/reports');
  await page.getByRole('button', { name: text.tabs.devices }).click();
  await expect(page.getByRole('heading', { level: 2, name: text.devices.heading })).toBeVisible();
}

function fact(page: Page, label: string) {
  return page
    .getByRole('definition')
    .filter({ has: page.locator(`xpath=preceding-sibling::dt[. = "${label}"]`) });
}

test('a PC without a server shows its version, says updates and logs are the desktop app’s, and that the centre’s list needs a server', async ({
  page,
}) => {
  await installConfig(page, await demoConfig());
  await openDevicesTab(page);

  await expect(fact(page, text.devices.version)).toHaveText(pkg.version);
  await expect(fact(page, text.devices.update)).toHaveText(text.devices.state.disabled);
  await expect(fact(page, text.devices.next)).toContainText('hanya pada aplikasi desktop');
  await expect(page.getByText(text.devices.notEnrolled)).toBeVisible();

  await page.getByRole('button', { name: text.devices.exportLogs }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Log hanya dapat diekspor' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'devices, not enrolled');
});

test('a console PC lists the centre’s PCs with the update state each reported; a kiosk may not ask', async ({
  browser,
}) => {
  const centre = await lab().newCentre();
  const kioskPage = await lab().pc(browser, centre.centreId, 'kiosk', 'Kios lobi 1');
  await lab().pc(browser, centre.centreId, 'display', 'TV ruang tunggu');
  const consolePage = await lab().pc(browser, centre.centreId, 'console', 'Loket 2');

  // The kiosk PC reports an update waiting for closing time, as its main process would.
  const kioskToken = await kioskPage.evaluate(
    `JSON.parse(localStorage.getItem('${BROWSER_SYNC_CREDENTIALS_KEY}')).token`,
  );
  const report = await fetch(`${lab().proxy.url}/updates/state`, {
    method: 'POST',
    headers: { ...authHeaders(String(kioskToken)), 'content-type': 'application/json' },
    body: JSON.stringify({
      version: '0.1.0',
      state: 'downloaded',
      availableVersion: '0.2.0',
      message: 'Dipasang saat aplikasi ditutup, atau setelah pukul 16.00.',
    }),
  });
  expect(report.status).toBe(204);
  const refused = await fetch(`${lab().proxy.url}/updates/devices`, {
    headers: authHeaders(String(kioskToken)),
  });
  expect(refused.status).toBe(403);

  await openDevicesTab(consolePage);
  const table = consolePage.getByRole('table', { name: text.devices.caption });
  const row = (name: string) =>
    table.getByRole('row').filter({ has: consolePage.getByRole('rowheader', { name }) });
  await expect(row('Kios lobi 1')).toContainText('Kios pendaftaran');
  await expect(row('Kios lobi 1')).toContainText(`${text.devices.state.downloaded} → 0.2.0`);
  await expect(row('Kios lobi 1')).toContainText('setelah pukul 16.00');
  await expect(row('TV ruang tunggu')).toContainText(text.devices.notReported);
  await expect(row('Loket 2')).toContainText('Konsol petugas');
  await consolePage.screenshot({ path: `${SCREENS}/devices-1366x768.png` });
  await expectNoAxeViolations(consolePage, 'devices, centre list');
});
