// First-run setup from the centre's configuration file, in real Chromium with a real file input:
// a bad file's problems listed by place and the choice kept; the example file read, "Kios lobi 2"
// chosen and saved as the second of two kiosks; a file naming the centre's server enrols the PC
// with the profile's own roles (a real server process), after saying plainly when the server
// cannot be reached. axe checks each state.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { syncCredentialsSchema } from '../../core/bridge/bridge.ts';
import { installationConfigSchema } from '../../core/centre/config.ts';
import { verifyPin } from '../../core/security/pin.ts';
import { adminCodeResponseSchema, adminDeviceSchema } from '../../core/sync/protocol.ts';
import {
  BROWSER_CONFIG_KEY,
  BROWSER_SYNC_CREDENTIALS_KEY,
} from '../../renderer/bridge/browser-bridge.ts';
import { common } from '../../renderer/i18n/id/common.ts';
import { setup as text } from '../../renderer/i18n/id/setup.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { closedPortUrl } from '../support/closed-port.ts';
import {
  authHeaders,
  createCentre,
  type ServerProcess,
  spawnServerProcess,
} from '../support/sync-server.ts';

const SCREENS = 'test-results/screens/setup';
const example = JSON.parse(
  readFileSync(new URL('../../resources/fleet/contoh-balai.json', import.meta.url), 'utf8'),
) as Record<string, unknown> & { pcs: { name: string }[] };

test.use({ viewport: { width: 1366, height: 768 } });

/** The example file with changes, as a file to choose. */
function fleetFile(name: string, change: (file: typeof example) => void = () => {}) {
  const copy = structuredClone(example);
  change(copy);
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(copy, null, 2)) };
}

const withoutServer = (file: typeof example) => {
  delete file.server;
};

function summary(page: Page) {
  return page.locator('.setup-summary');
}

async function openImport(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: text.title, level: 1 })).toBeVisible();
  await page.getByRole('radio', { name: text.path.import.label }).check();
}

async function stored(page: Page, key: string): Promise<unknown> {
  return JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? 'null');
}

test('a bad file is refused with its problems; the example makes this PC the second kiosk', async ({
  page,
}) => {
  await openImport(page);
  const fileInput = page.getByLabel(text.fleet.file);
  await expect(fileInput).toHaveAccessibleDescription(text.fleet.fileHint);
  await expectNoAxeViolations(page, 'fleet import, nothing chosen');

  // Saving with no file says what is missing.
  await page.getByRole('button', { name: text.save }).click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('link')).toHaveText([text.fleet.errors.noFile]);

  // Two mistakes: a PC named twice, a counter number out of range.
  await fileInput.setInputFiles(
    fleetFile('balai-rusak.json', (f) => {
      withoutServer(f);
      Object.assign(f.pcs[3] as object, { name: 'Loket 1' });
      Object.assign((f.counters as object[])[1] as object, { number: 120 });
    }),
  );
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('heading')).toHaveText(
    'Berkas balai-rusak.json belum dapat dipakai: 1 masalah',
  );
  await expect(summary(page).getByRole('link')).toHaveText([
    'Loket ke-2 (Loket Lansia), nomor: paling besar 99; tertulis 120.',
  ]);
  await expect(fileInput).toHaveAttribute('aria-invalid', 'true');
  // The path chosen stays.
  await expect(page.getByRole('radio', { name: text.path.import.label })).toBeChecked();
  await page.screenshot({ path: `${SCREENS}/setup-fleet-problems.png` });
  await expectNoAxeViolations(page, 'fleet import, problems');

  // A comma left out: the line and column, and the summary's link leads to the file input.
  await fileInput.setInputFiles({
    name: 'balai-rusak.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{\n  "format": "serasi-desk-balai"\n  "version": 1\n}\n'),
  });
  await expect(summary(page).getByRole('link')).toHaveText([
    'Baris 3, kolom 3: koma hilang di antara dua isian.',
  ]);
  await summary(page).getByRole('link').click();
  await expect(fileInput).toBeFocused();

  // The counter fixed, the duplicate name remains: the next check names it.
  await fileInput.setInputFiles(
    fleetFile('balai-rusak.json', (f) => {
      withoutServer(f);
      Object.assign(f.pcs[3] as object, { name: 'Loket 1' });
    }),
  );
  await expect(summary(page).getByRole('link')).toHaveText([
    "PC 'Loket 1' tertulis lebih dari sekali: setiap PC perlu nama sendiri.",
  ]);

  // The example, without a server.
  await fileInput.setInputFiles(fleetFile('contoh-balai.json', withoutServer));
  await expect(summary(page)).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(
    'Berkas contoh-balai.json terbaca: 6 PC. Pilih di bawah PC ini yang mana.',
  );
  const contents = page.getByRole('region', { name: 'Isi berkas contoh-balai.json' });
  await expect(contents).toContainText('Balai Rehabilitasi Sosial Lanjut Usia "Gau Mabaji" — Gowa');
  await expect(contents).toContainText('One Stop Shop');
  await expect(contents).toContainText('Loket Informasi, Loket Lansia, Loket Asesmen');
  await expect(contents).toContainText('07.30–16.00');
  const pcs = page.getByRole('group', { name: text.fleet.pcLegend });
  await expect(pcs.getByRole('radio')).toHaveCount(6);
  await expect(pcs.getByRole('radio', { name: 'Kios lobi 2' })).toHaveAccessibleDescription(
    'kios pendaftaran (kios ke-2 dari 2)',
  );
  await expect(pcs.getByRole('radio', { name: 'TV ruang tunggu' })).toHaveAccessibleDescription(
    'papan antrian',
  );

  // Which PC this is, and the PIN, are asked.
  await page.getByRole('button', { name: text.save }).click();
  await expect(summary(page).getByRole('link')).toHaveText([
    text.fleet.errors.noPc,
    text.errors.pinMissing,
  ]);
  await pcs.getByRole('radio', { name: 'Kios lobi 2' }).check();
  await page.getByLabel(text.pin.pin, { exact: true }).fill('4826');
  await page.getByLabel(text.pin.confirm).fill('4826');
  await page.screenshot({ path: `${SCREENS}/setup-fleet-chosen.png`, fullPage: true });
  await expectNoAxeViolations(page, 'fleet import, file read');
  await page.getByRole('button', { name: text.save }).click();

  await expect(page.getByRole('heading', { name: text.title, level: 1 })).toHaveCount(0);
  const config = installationConfigSchema.parse(await stored(page, BROWSER_CONFIG_KEY));
  expect(config.balai.shortName).toBe('BRSLU Gau Mabaji');
  expect(config.roles).toEqual([{ role: 'kiosk' }]);
  expect(config.issuer).toEqual({ slot: 2, of: 2 });
  expect(config.printer).toEqual({ deviceName: 'EPSON TM-T82', paperWidthMm: 58, enabled: true });
  expect(config.counters.map((c) => c.name)).toEqual([
    'Loket Informasi',
    'Loket Lansia',
    'Loket Asesmen',
  ]);
  expect(await verifyPin('4826', config.supervisorPinHash)).toBe(true);
  expect(await stored(page, BROWSER_SYNC_CREDENTIALS_KEY)).toBeNull();

  // The kiosk opens as the centre's.
  await page.getByRole('link', { name: common.screen.kiosk }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Selamat datang di Balai Rehabilitasi Sosial Lanjut Usia "Gau Mabaji"',
  );
});

test('by keyboard: the file chosen, the PC picked, and saved without a server that is away', async ({
  page,
}) => {
  const away = await closedPortUrl();
  await openImport(page);
  // The path radio has focus; Tab reaches the file input, Space opens the file dialog.
  await page.keyboard.press('Tab');
  const fileInput = page.getByLabel(text.fleet.file);
  await expect(fileInput).toBeFocused();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.keyboard.press('Space'),
  ]);
  await chooser.setFiles(
    fleetFile('balai.json', (f) => {
      f.server = { url: away, enrolmentCode: 'K7QM-2XPA-9HTE' };
    }),
  );
  await expect(page.getByRole('status')).toContainText('Berkas balai.json terbaca');

  // Tab into the PC group, arrows to the board.
  const pcs = page.getByRole('group', { name: text.fleet.pcLegend });
  await page.keyboard.press('Tab');
  await expect(pcs.getByRole('radio', { name: 'Kios lobi 1' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(pcs.getByRole('radio', { name: 'TV ruang tunggu' })).toBeChecked();
  await page.getByLabel(text.pin.pin, { exact: true }).fill('4826');
  await page.getByLabel(text.pin.confirm).fill('4826');
  await page.keyboard.press('Enter');
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('link')).toHaveText([text.enrol.errors.offline]);

  // The summary's link leads to the enrol box; Space unticks it; the PC is saved as the board.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const enrolBox = page.getByRole('checkbox', { name: /Daftarkan PC ini ke server balai/ });
  await expect(enrolBox).toBeFocused();
  await page.screenshot({ path: `${SCREENS}/setup-fleet-server-away.png` });
  await page.keyboard.press('Space');
  await expect(enrolBox).not.toBeChecked();
  await page.getByLabel(text.pin.confirm).press('Enter');
  await expect(page.getByRole('heading', { name: text.title, level: 1 })).toHaveCount(0);
  const config = installationConfigSchema.parse(await stored(page, BROWSER_CONFIG_KEY));
  expect(config.roles).toEqual([{ role: 'display' }]);
  expect(config.balai.id).toBe('brslu-gau-mabaji');
  expect(await stored(page, BROWSER_SYNC_CREDENTIALS_KEY)).toBeNull();
});

test.describe('a file that names the centre’s server', () => {
  let server: ServerProcess;
  let dataDir: string;

  test.beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'serasi-setup-fleet-'));
    server = await spawnServerProcess({ port: 0, dataDir });
    await createCentre(server, { centre: { id: 'brslu-gau-mabaji' } });
  });
  test.afterAll(async () => {
    await server?.kill();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  test('enrols this PC as its profile with the shared code, after saying when the server is away', async ({
    page,
  }) => {
    // One code for the centre's six PCs, as `admin code … --uses 6` makes.
    const issued = await fetch(`${server.url}/admin/centres/brslu-gau-mabaji/enrolment-codes`, {
      method: 'POST',
      headers: { ...authHeaders(server.adminToken), 'content-type': 'application/json' },
      body: JSON.stringify({ roles: ['kiosk', 'console', 'display'], uses: 6 }),
    }).then(async (response) => adminCodeResponseSchema.parse(await response.json()));
    const withServer = (url: string) => (file: typeof example) => {
      file.server = { url, enrolmentCode: issued.code };
    };

    await openImport(page);
    const fileInput = page.getByLabel(text.fleet.file);
    await fileInput.setInputFiles(fleetFile('balai.json', withServer(await closedPortUrl())));
    await page
      .getByRole('group', { name: text.fleet.pcLegend })
      .getByRole('radio', { name: 'Loket 2' })
      .check();
    await page.getByLabel(text.pin.pin, { exact: true }).fill('4826');
    await page.getByLabel(text.pin.confirm).fill('4826');
    const enrolBox = page.getByRole('checkbox', { name: /Daftarkan PC ini ke server balai/ });
    await expect(enrolBox).toBeChecked();
    await page.getByRole('button', { name: text.save }).click();
    await expect(summary(page)).toBeFocused();
    await expect(summary(page).getByRole('link')).toHaveText([text.enrol.errors.offline]);
    await expect(enrolBox).toHaveAccessibleDescription(
      `${text.fleet.enrolHint} ${text.enrol.errors.offline}`,
    );
    // Nothing chosen is lost.
    await expect(page.getByRole('radio', { name: 'Loket 2' })).toBeChecked();
    await expect(page.getByLabel(text.pin.pin, { exact: true })).toHaveValue('4826');
    await expectNoAxeViolations(page, 'fleet import, server away');

    // The right address: the PC enrols as "Loket 2", with the console role only.
    await fileInput.setInputFiles(fleetFile('balai.json', withServer(server.url)));
    await expect(page.getByRole('radio', { name: 'Loket 2' })).toBeChecked();
    await page.getByRole('button', { name: text.save }).click();
    await expect(page.getByRole('heading', { name: text.title, level: 1 })).toHaveCount(0);

    const credentials = syncCredentialsSchema.parse(
      await stored(page, BROWSER_SYNC_CREDENTIALS_KEY),
    );
    expect(credentials).toMatchObject({ serverUrl: server.url, centreId: 'brslu-gau-mabaji' });
    const devices = await fetch(`${server.url}/admin/centres/brslu-gau-mabaji/devices`, {
      headers: authHeaders(server.adminToken),
    }).then(async (response) => adminDeviceSchema.array().parse((await response.json()).devices));
    expect(devices.map((d) => [d.id, d.name, d.roles])).toEqual([
      [credentials.deviceId, 'Loket 2', ['console']],
    ]);
    const config = installationConfigSchema.parse(await stored(page, BROWSER_CONFIG_KEY));
    expect(config.roles).toEqual([{ role: 'console' }]);
  });
});
