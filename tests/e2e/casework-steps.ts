// What a petugas does on the casework screen, in its own words (the casework catalogue), for the
// casework specs: open the berkas of the ticket in hand, find or make the beneficiary, and move
// between the visit's tabs. Not a spec itself.
import { expect, type Page } from '@playwright/test';
import type { Beneficiary } from '../../core/beneficiary/beneficiary.ts';
import type { CentreReference } from '../../core/centre/reference.ts';
import { casework as text } from '../../renderer/i18n/id/casework.ts';
import { consoleText } from '../../renderer/i18n/id/console.ts';
import { button, callNext, ticketInHand } from './console-steps.ts';

export { text };

/**
 * At the console (choosing the counter if the window has none yet): call the next ticket and open
 * its berkas. Returns the ticket number.
 */
export async function callAndOpenCase(desk: Page, counterNumber = 1): Promise<string> {
  await desk.goto('/#/console');
  const chooser = desk.getByRole('button', { name: `Loket ${counterNumber}`, exact: true });
  const counter = desk.getByRole('heading', { level: 1, name: `Loket ${counterNumber}` });
  await expect(chooser.or(counter)).toBeVisible();
  if (await chooser.isVisible()) await chooser.click();
  await expect(counter).toBeVisible();
  const number = await callNext(desk);
  await ticketInHand(desk).getByRole('link', { name: consoleText.ticket.openCase }).click();
  await expect(
    desk.getByRole('heading', { name: text.ticket.identify.replace('{number}', number) }),
  ).toBeVisible();
  return number;
}

/**
 * On "Siapa pemilik tiket …?": make a new record (the kiosk's NIK or name is already in the form)
 * and open the visit. `fill` types what else the record needs.
 */
export async function createBeneficiaryAndOpenVisit(
  desk: Page,
  details: { name?: string; nik?: string; birthDate?: string } = {},
): Promise<void> {
  await button(desk, text.search.create).click();
  const form = desk.getByRole('form', { name: text.form.newTitle });
  if (details.name !== undefined) await form.getByLabel(text.form.name).fill(details.name);
  if (details.nik !== undefined)
    await form.getByLabel(text.form.nik, { exact: true }).fill(details.nik);
  if (details.birthDate !== undefined)
    await form.getByLabel(text.form.birthDate).fill(details.birthDate);
  await button(desk, text.ticket.createAndOpen).click();
  await expect(desk.getByRole('navigation', { name: text.visit.tabs })).toBeVisible();
}

/** Choose the first search result as the ticket's owner and open the visit. */
export async function chooseBeneficiary(desk: Page, name: string): Promise<void> {
  await desk.getByRole('button', { name: text.search.choose.replace('{name}', name) }).click();
  await expect(desk.getByRole('navigation', { name: text.visit.tabs })).toBeVisible();
}

/**
 * Rows written into this PC's store as a sync would have brought them: the cached reference data
 * (partners, staff) under `meta`, and rows of synced tables. The page must have opened the app
 * once (the database exists); it is reloaded after.
 */
export async function storeAsSynced(
  page: Page,
  rows: { reference?: CentreReference; beneficiaries?: Beneficiary[] },
): Promise<void> {
  await page.evaluate(async ({ reference, beneficiaries }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('serasi-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['meta', 'beneficiaries'], 'readwrite');
      if (reference) tx.objectStore('meta').put({ key: 'sync.reference', value: reference });
      for (const row of beneficiaries ?? []) tx.objectStore('beneficiaries').put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
  await page.reload();
}

export async function openVisitTab(desk: Page, tab: keyof typeof text.visit.tab): Promise<void> {
  await desk
    .getByRole('navigation', { name: text.visit.tabs })
    .getByRole('link', { name: text.visit.tab[tab], exact: true })
    .click();
}
