// What a petugas does at the console, in the console's own words (its i18n catalogue), for the
// console specs: open a counter, call, serve, and read what is in hand. Not a spec itself.
import { type BrowserContext, expect, type Page } from '@playwright/test';
import type { InstallationConfig } from '../../core/centre/config.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import type { Registration } from '../../core/visitor/registration.ts';
import { consoleText as text } from '../../renderer/i18n/id/console.ts';
import { installConfig } from '../support/installation.ts';

export { text };

/** Monday 23 November 2026, 08.00 WITA: the centre opens. */
export const OPENING = new Date('2026-11-23T08:00:00+08:00');
export const DAY = '2026-11-23';

export const SCREENS = 'test-results/screens/console';

/**
 * The centre's zone for the browser too. Playwright's fake clock replaces Date with a class that
 * cannot be subclassed, so TZDate (core/time/local-day.ts) falls back to the browser's own zone
 * under page.clock; matching it keeps the times on screen those of the centre.
 */
export const CENTRE_TIME_ZONE = 'Asia/Makassar';

/** A kiosk page and a console page of one browser context (so they share IndexedDB). */
export async function kioskAndConsole(context: BrowserContext, config: InstallationConfig) {
  await context.clock.install({ time: OPENING });
  const kiosk = await context.newPage();
  const desk = await context.newPage();
  for (const page of [kiosk, desk]) await installConfig(page, config);
  await desk.setViewportSize({ width: 1366, height: 768 });
  return { kiosk, desk };
}

export async function openConsoleAt(page: Page, counterNumber: number) {
  await page.goto('/#/console');
  await page.getByRole('button', { name: `Loket ${counterNumber}`, exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Loket ${counterNumber}` }),
  ).toBeVisible();
}

export function button(page: Page, name: string) {
  return page.getByRole('button', { name, exact: true });
}

export function callNextButton(page: Page) {
  return button(page, text.desk.callNext);
}

/** The ticket in hand (the desk shows one card per ticket). */
export function ticketInHand(page: Page) {
  return page.getByRole('article');
}

export function queueTable(page: Page) {
  return page.getByRole('table', { name: /Antrian menunggu/ });
}

/** The queue row of a ticket number, found by its row header. */
export function queueRow(page: Page, number: string) {
  return queueTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: number, exact: true }) });
}

/** Press "Panggil berikutnya" and return the number that came into hand. */
export async function callNext(page: Page): Promise<string> {
  await callNextButton(page).click();
  const heading = ticketInHand(page).getByRole('heading', { level: 3 });
  await expect(heading).toHaveText(/^[A-Z]-\d{3,}$/);
  return (await heading.textContent())?.trim() ?? '';
}

/** Serve the visitor in hand from start to finish, until the desk is empty again. */
export async function serveAndFinish(page: Page) {
  await button(page, text.action.start).click();
  await button(page, text.action.finish).click();
  await expect(page.getByText(text.desk.nothingInHand)).toBeVisible();
}

/**
 * Writes tickets (and registrations) straight into the installation's IndexedDB, as the sync
 * would, then reloads so the console reads them. For screens that need a long queue; the page
 * must have opened the app once so the database exists.
 */
export async function seedStore(
  page: Page,
  rows: { tickets: Ticket[]; registrations?: Registration[] },
) {
  await page.evaluate(async ({ tickets, registrations }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('serasi-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['tickets', 'registrations'], 'readwrite');
      for (const ticket of tickets) tx.objectStore('tickets').put(ticket);
      for (const registration of registrations ?? []) {
        tx.objectStore('registrations').put(registration);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
  await page.reload();
}
