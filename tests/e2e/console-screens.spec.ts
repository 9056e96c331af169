// The console as a whole: choosing the counter, a busy day's queue, and a queue of thousands
// that stays quick to use.
import { expect, type Page, test } from '@playwright/test';
import type { InstallationConfig } from '../../core/centre/config.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import type { Registration } from '../../core/visitor/registration.ts';
import type { SerasiDb } from '../../renderer/store/db.ts';
import { demoConfig, installConfig } from '../support/installation.ts';
import { seedWaitingTickets } from '../support/seed-queue.ts';
import {
  button,
  CENTRE_TIME_ZONE,
  DAY,
  openConsoleAt,
  queueRow,
  queueTable,
  SCREENS,
  seedStore,
  text,
  ticketInHand,
} from './console-steps.ts';

test.use({ timezoneId: CENTRE_TIME_ZONE, viewport: { width: 1366, height: 768 } });

/** Late afternoon, when the whole day's synthetic arrivals (08.00–15.00) have come in. */
const AFTERNOON = new Date('2026-11-23T15:10:00+08:00');

/** A day's synthetic waiting tickets, made by the shared seeder without a database. */
async function syntheticQueue(config: InstallationConfig, count: number): Promise<Ticket[]> {
  let made: Ticket[] = [];
  const collector = {
    tickets: {
      bulkAdd: async (rows: Ticket[]) => {
        made = rows;
      },
    },
  } as unknown as SerasiDb;
  await seedWaitingTickets(collector, config, { count, localDay: DAY, seed: 11 });
  return made;
}

async function openConsole(page: Page, config: InstallationConfig) {
  await page.clock.install({ time: AFTERNOON });
  await installConfig(page, config);
  await openConsoleAt(page, 1);
}

test('a console window asks for its counter once and remembers it until "Ganti loket"', async ({
  page,
}) => {
  const config = await demoConfig({
    counters: [
      { id: 'loket-1', number: 1, name: 'Loket 1', serviceIds: ['informasi', 'asesmen'] },
      { id: 'loket-2', number: 2, name: 'Loket Rujukan', serviceIds: ['rujukan'] },
      { id: 'loket-3', number: 3, name: 'Loket 3', serviceIds: ['rehabilitasi', 'alat-bantu'] },
    ],
  });
  await installConfig(page, config);
  await page.goto('/#/console');
  await expect(page.getByRole('heading', { level: 1, name: text.chooser.title })).toBeVisible();
  const loket2 = page.getByRole('button', { name: 'Loket 2 — Loket Rujukan' });
  await expect(loket2).toHaveAccessibleDescription('Melayani: Pencatatan Kebutuhan & Rujukan');
  await page.screenshot({ path: `${SCREENS}/counter-chooser.png` });

  await loket2.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loket 2 — Loket Rujukan');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loket 2 — Loket Rujukan');

  await button(page, text.header.changeCounter).click();
  await expect(page.getByRole('heading', { level: 1, name: text.chooser.title })).toBeVisible();
});

test('a busy queue: the visitor in hand beside the waiting list, in calling order', async ({
  page,
}) => {
  const config = await demoConfig({ ordering: { kind: 'weighted', priorityBonusMinutes: 15 } });
  await openConsole(page, config);
  const waiting = await syntheticQueue(config, 40);
  // The earliest arrival is already at Loket 1, with the name and NIK they agreed to leave.
  const [inHand, ...rest] = waiting.sort((a, b) => a.arrivedAt - b.arrivedAt);
  if (!inHand) throw new Error('the seeder made no tickets');
  const registration: Registration = {
    id: 'reg-in-hand',
    balaiId: config.balai.id,
    updatedAt: inHand.updatedAt,
    rev: 0,
    deleted: 0,
    ticketId: inHand.id,
    serviceId: inHand.serviceId,
    localDay: DAY,
    registeredAt: inHand.arrivedAt,
    deviceId: inHand.issuedBy,
    hasNoId: false,
    nik: '7306014506480003',
    name: 'Hj. Sitti Rahmah',
    priorityClasses: ['elderly', 'disability'],
    consent: {
      given: true,
      textVersion: 'kiosk-consent-2026-11',
      at: inHand.arrivedAt,
      channel: 'kiosk',
    },
  };
  const called: Ticket = {
    ...inHand,
    lane: 'priority',
    priorityClasses: ['elderly', 'disability'],
    registrationId: registration.id,
    state: 'called',
    counterId: 'loket-1',
    callCount: 2,
    calledAt: AFTERNOON.getTime() - 60_000,
  };
  await seedStore(page, { tickets: [called, ...rest], registrations: [registration] });

  const card = ticketInHand(page);
  await expect(card.getByRole('heading')).toHaveText(inHand.number);
  await expect(card).toContainText('Hj. Sitti Rahmah');
  await expect(card).toContainText('730601 450648 0003');
  await expect(card).toContainText('Dipanggil 2 dari 3 kali');
  await expect(page.getByRole('listitem').filter({ hasText: 'Menunggu' })).toContainText(
    String(rest.length),
  );
  await expect(queueTable(page)).toHaveAttribute('aria-rowcount', String(rest.length + 1));
  await expect(page.getByText('Urutan: prioritas dianggap datang 15 mnt lebih awal')).toBeVisible();
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SCREENS}/busy-queue.png` });

  // Sorting by number and filtering by service change what the table shows, not the order.
  const numberHeader = queueTable(page).getByRole('columnheader', { name: 'Nomor' });
  await numberHeader.getByRole('button').click();
  await expect(numberHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(queueTable(page).getByRole('columnheader', { name: 'Urutan' })).toHaveAttribute(
    'aria-sort',
    'none',
  );
  await page.getByRole('combobox', { name: text.queue.filter }).selectOption({ label: 'Asesmen' });
  const shown = queueTable(page).getByRole('rowheader');
  await expect(shown.first()).toHaveText(/^S-/);
  for (const number of await shown.allTextContents()) expect(number).toMatch(/^S-/);
  await expect(page.getByText(/\d+ dari \d+ tiket/)).toBeVisible();
});

test('five thousand waiting visitors: the table stays small in the page and reaches the last one', async ({
  page,
}) => {
  const config = await demoConfig();
  await openConsole(page, config);
  const waiting = await syntheticQueue(config, 5000);
  await seedStore(page, { tickets: waiting });

  const table = queueTable(page);
  await expect(table).toHaveAttribute('aria-rowcount', '5001');
  await expect(page.getByText('5.000 tiket')).toBeVisible();
  // Only the rows in view (plus a margin) are in the page.
  const rendered = await table.locator('tbody tr[aria-rowindex]').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);

  const last = waiting.sort((a, b) => b.arrivedAt - a.arrivedAt)[0];
  if (!last) throw new Error('the seeder made no tickets');
  await page.locator('.queue-scroll').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(table.locator('tr[aria-rowindex="5001"]')).toBeVisible();
  expect(await table.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);

  // Sorting the whole queue by waiting time puts the latest arrival first.
  await table.getByRole('columnheader', { name: 'Menunggu' }).getByRole('button').click();
  await table.getByRole('columnheader', { name: 'Menunggu' }).getByRole('button').click();
  await page.locator('.queue-scroll').evaluate((el) => {
    el.scrollTop = 0;
  });
  await expect(table.getByRole('columnheader', { name: 'Menunggu' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(queueRow(page, last.number)).toHaveAttribute('aria-rowindex', '2');
});
