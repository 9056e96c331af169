// First-run setup of a PC that joins the centre's sync server, against a real server process: a
// supervisor types the server address, the code from the admin and a name for the PC; a wrong
// code, a server that is not there or too new are said plainly beside the field, keeping what was
// typed; the right code fills in the centre from the server, so only the PC's own settings are
// asked; the enrolment is kept and survives a reload.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { syncCredentialsSchema } from '../../core/bridge/bridge.ts';
import { installationConfigSchema } from '../../core/centre/config.ts';
import { verifyPin } from '../../core/security/pin.ts';
import { adminDeviceSchema } from '../../core/sync/protocol.ts';
import {
  BROWSER_CONFIG_KEY,
  BROWSER_SYNC_CREDENTIALS_KEY,
} from '../../renderer/bridge/browser-bridge.ts';
import { common } from '../../renderer/i18n/id/common.ts';
import { setup as text } from '../../renderer/i18n/id/setup.ts';
import type { RunningServer } from '../../server/app.ts';
import { closedPortUrl } from '../support/closed-port.ts';
import {
  authHeaders,
  createCentre,
  issueCode,
  type ServerProcess,
  spawnServerProcess,
} from '../support/sync-server.ts';

const SCREENS = 'test-results/screens/setup';
const CENTRE_ID = 'sentra-uji-pendaftaran';
const CENTRE_NAME = 'Sentra Terpadu Uji Pendaftaran "Wirajaya"';

let server: ServerProcess;
/** createCentre and issueCode use only the address and the admin token of a server. */
let admin: RunningServer;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'serasi-setup-enrol-'));
  server = await spawnServerProcess({ port: 0, dataDir });
  admin = { url: server.url, adminToken: server.adminToken } as RunningServer;
  await createCentre(admin, {
    centre: {
      id: CENTRE_ID,
      name: CENTRE_NAME,
      shortName: 'Sentra Wirajaya',
      city: 'Makassar',
      timeZone: 'Asia/Makassar',
      serviceModel: 'single_entry_point',
      ordering: { kind: 'ratio', regularPerPriority: 3 },
      noShowAfterCalls: 2,
    },
    counters: [
      { id: 'wj-loket-1', number: 1, name: 'Loket Informasi', serviceIds: ['informasi'] },
      { id: 'wj-loket-2', number: 2, name: 'Loket 2', serviceIds: ['asesmen', 'rujukan'] },
    ],
  });
});

test.afterAll(async () => {
  await server?.kill();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

test.use({ viewport: { width: 1366, height: 768 } });

function summary(page: Page) {
  return page.getByRole('region', { name: /perlu diperbaiki/ });
}

async function submitEnrol(page: Page) {
  await page.getByRole('button', { name: text.enrol.submit }).click();
}

async function stored(page: Page, key: string): Promise<unknown> {
  const json = await page.evaluate((k) => localStorage.getItem(k), key);
  return JSON.parse(json ?? 'null');
}

test('a new PC enrols with the centre server, gets the centre from it and keeps the enrolment', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: text.title, level: 1 })).toBeVisible();
  await page.getByRole('radio', { name: text.path.enrol.label }).check();
  // The centre's own fields wait until the server has answered.
  await expect(page.getByLabel(text.centre.choose)).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/setup-enrol.png` });

  // Nothing typed yet: every field says what it needs.
  await submitEnrol(page);
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('link')).toHaveText([
    text.enrol.errors.serverUrlMissing,
    text.enrol.errors.codeMissing,
    text.enrol.errors.deviceName,
  ]);

  // A code the server does not know.
  const serverField = page.getByLabel(text.enrol.serverUrl);
  const codeField = page.getByLabel(text.enrol.code);
  const nameField = page.getByLabel(text.enrol.deviceName);
  await serverField.fill(server.url);
  await codeField.fill('AAAA-BBBB-CCCC');
  await nameField.fill('PC Loket 2');
  await submitEnrol(page);
  await expect(summary(page)).toBeFocused();
  await expect(summary(page)).toContainText('Ada 1 isian yang perlu diperbaiki');
  await expect(codeField).toHaveAttribute('aria-invalid', 'true');
  await expect(codeField).toHaveAccessibleDescription(
    `${text.enrol.codeHint} ${text.enrol.errors.codeInvalid}`,
  );
  // Nothing typed is lost.
  await expect(serverField).toHaveValue(server.url);
  await expect(codeField).toHaveValue('AAAA-BBBB-CCCC');
  await expect(nameField).toHaveValue('PC Loket 2');
  await page.screenshot({ path: `${SCREENS}/setup-enrol-wrong-code.png` });

  // A server that is not there.
  const nowhere = await closedPortUrl();
  await serverField.fill(nowhere);
  await submitEnrol(page);
  await expect(serverField).toHaveAccessibleDescription(
    `${text.enrol.serverUrlHint} ${text.enrol.errors.offline}`,
  );
  await expect(codeField).not.toHaveAttribute('aria-invalid', 'true');

  // The right code, typed the way people type it: small letters, spaces, no http://.
  const code = await issueCode(admin, CENTRE_ID, ['kiosk', 'console']);
  await serverField.fill(server.url.replace(/^http:\/\//, ''));
  await codeField.fill(` ${code.toLowerCase().replaceAll('-', ' ')} `);
  await submitEnrol(page);

  const enrolled = page.getByRole('region', { name: /Terdaftar sebagai/ });
  await expect(enrolled).toBeFocused();
  await expect(enrolled.getByRole('heading', { level: 2 })).toHaveText(
    text.enrol.enrolledAs.replace('{name}', 'PC Loket 2'),
  );
  await expect(enrolled).toContainText(`${CENTRE_NAME} — Makassar`);
  await expect(enrolled).toContainText(server.url);
  await expect(enrolled.getByRole('listitem')).toHaveText([
    'Loket 1 — Loket Informasi: Informasi & Pengaduan',
    'Loket 2: Asesmen, Pencatatan Kebutuhan & Rujukan',
  ]);
  await expect(enrolled).toContainText('WITA (UTC+8)');
  await expect(enrolled).toContainText('Bergantian (3 umum : 1 prioritas)');
  // What the server keeps is shown, not asked again.
  await expect(page.getByLabel(text.centre.choose)).toHaveCount(0);
  await expect(page.getByRole('region', { name: text.counters.heading, exact: true })).toHaveCount(
    0,
  );
  // The roles the code allows, already chosen; the board is not this PC's to show.
  await expect(page.getByRole('checkbox', { name: text.roles.kiosk })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: text.roles.console })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: text.roles.display })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/setup-enrolled.png` });

  const credentials = syncCredentialsSchema.parse(await stored(page, BROWSER_SYNC_CREDENTIALS_KEY));
  expect(credentials).toMatchObject({ serverUrl: server.url, centreId: CENTRE_ID });
  // The server knows this PC by the store's device id and the name typed.
  const devices = await fetch(`${server.url}/admin/centres/${CENTRE_ID}/devices`, {
    headers: authHeaders(server.adminToken),
  }).then(async (response) => adminDeviceSchema.array().parse((await response.json()).devices));
  expect(devices.map((d) => [d.id, d.name, d.roles])).toEqual([
    [credentials.deviceId, 'PC Loket 2', ['kiosk', 'console']],
  ]);

  // Only the PC's own settings remain: the kiosk number and the supervisor PIN.
  await page.getByLabel(text.kiosk.issuerOf).fill('2');
  await page.getByLabel(text.kiosk.issuerSlot).fill('2');
  await page.getByLabel(text.pin.pin, { exact: true }).fill('4826');
  await page.getByLabel(text.pin.confirm).fill('4826');
  await page.getByRole('button', { name: text.save }).click();

  const screens = page.getByRole('navigation', { name: common.screens });
  await expect(screens.getByRole('link', { name: common.screen.console })).toBeVisible();
  const config = installationConfigSchema.parse(await stored(page, BROWSER_CONFIG_KEY));
  expect(config.balai).toEqual({
    id: CENTRE_ID,
    name: CENTRE_NAME,
    shortName: 'Sentra Wirajaya',
    city: 'Makassar',
  });
  expect(config.timeZone).toBe('Asia/Makassar');
  expect(config.serviceModel).toBe('single_entry_point');
  expect(config.ordering).toEqual({ kind: 'ratio', regularPerPriority: 3 });
  expect(config.noShowAfterCalls).toBe(2);
  expect(config.counters.map((c) => [c.id, c.number, c.name])).toEqual([
    ['wj-loket-1', 1, 'Loket Informasi'],
    ['wj-loket-2', 2, 'Loket 2'],
  ]);
  expect(config.roles.map((r) => r.role)).toEqual(['kiosk', 'console']);
  expect(config.issuer).toEqual({ slot: 2, of: 2 });
  expect(await verifyPin('4826', config.supervisorPinHash)).toBe(true);

  // After a restart the PC is still enrolled and still set up.
  await page.reload();
  await expect(screens.getByRole('link', { name: common.screen.console })).toBeVisible();
  expect(await stored(page, BROWSER_SYNC_CREDENTIALS_KEY)).toEqual(credentials);
  await screens.getByRole('link', { name: common.screen.console }).click();
  await expect(page.getByRole('button', { name: /^Loket 1 — Loket Informasi/ })).toBeVisible();
});

test('a server that speaks a newer protocol asks for an update, beside the address', async ({
  page,
}) => {
  const newer = 'http://sync-baru.serasi.test';
  await page.route(`${newer}/**`, (route) =>
    route.fulfill({
      status: 426,
      headers: { 'access-control-allow-origin': '*' },
      contentType: 'application/json',
      body: JSON.stringify({
        error: 'protocol_version',
        message: 'Versi protokol 1 tidak didukung server ini.',
      }),
    }),
  );
  await page.goto('/#/setup');
  await page.getByRole('radio', { name: text.path.enrol.label }).check();
  await page.getByLabel(text.enrol.serverUrl).fill(newer);
  await page.getByLabel(text.enrol.code).fill('K7QM-4XPA-9TRE');
  await page.getByLabel(text.enrol.deviceName).fill('PC Kios');
  await submitEnrol(page);
  await expect(summary(page)).toBeFocused();
  await expect(page.getByLabel(text.enrol.serverUrl)).toHaveAccessibleDescription(
    `${text.enrol.serverUrlHint} ${text.enrol.errors.updateNeeded}`,
  );
  expect(await stored(page, BROWSER_SYNC_CREDENTIALS_KEY)).toBeNull();
});

test('choosing to set up by hand afterwards leaves no enrolment behind', async ({ page }) => {
  const code = await issueCode(admin, CENTRE_ID, ['display']);
  await page.goto('/');
  await page.getByRole('radio', { name: text.path.enrol.label }).check();
  await page.getByLabel(text.enrol.serverUrl).fill(server.url);
  await page.getByLabel(text.enrol.code).fill(code);
  await page.getByLabel(text.enrol.deviceName).fill('TV Ruang Tunggu');
  await page.getByRole('button', { name: text.enrol.submit }).click();
  await expect(page.getByRole('region', { name: /Terdaftar sebagai/ })).toBeFocused();
  expect(await stored(page, BROWSER_SYNC_CREDENTIALS_KEY)).not.toBeNull();

  // The supervisor changes their mind: this PC works on its own, with the server's data kept as
  // a starting point for the form.
  await page.getByRole('radio', { name: text.path.manual.label }).check();
  await expect(page.getByLabel(text.centre.name)).toHaveValue(CENTRE_NAME);
  await page.getByLabel(text.pin.pin, { exact: true }).fill('1357');
  await page.getByLabel(text.pin.confirm).fill('1357');
  await page.getByRole('button', { name: text.save }).click();
  await expect(page.getByRole('navigation', { name: common.screens })).toBeVisible();
  expect(await stored(page, BROWSER_SYNC_CREDENTIALS_KEY)).toBeNull();
});

test('centre data the PC cannot use is reported on the enrolled centre, for the admin to fix', async ({
  page,
}) => {
  // A Single Referral Point whose only counter serves assessments, which that model does not offer.
  await createCentre(admin, {
    centre: { id: 'sentra-uji-rujukan', serviceModel: 'single_referral_point' },
    counters: [{ id: 'sr-loket-1', number: 1, name: 'Loket 1', serviceIds: ['asesmen'] }],
  });
  const code = await issueCode(admin, 'sentra-uji-rujukan', ['console']);
  await page.goto('/');
  await page.getByRole('radio', { name: text.path.enrol.label }).check();
  await page.getByLabel(text.enrol.serverUrl).fill(server.url);
  await page.getByLabel(text.enrol.code).fill(code);
  await page.getByLabel(text.enrol.deviceName).fill('PC Konsol');
  await submitEnrol(page);
  await page.getByLabel(text.pin.pin, { exact: true }).fill('1357');
  await page.getByLabel(text.pin.confirm).fill('1357');
  await page.getByRole('button', { name: text.save }).click();

  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole('link')).toHaveText([text.enrol.errors.reference]);
  await summary(page).getByRole('link').click();
  const enrolled = page.getByRole('region', { name: /Terdaftar sebagai/ });
  await expect(enrolled).toBeFocused();
  await expect(enrolled).toHaveAccessibleDescription(text.enrol.errors.reference);
  expect(await stored(page, BROWSER_CONFIG_KEY)).toBeNull();
});
