// Layanan darurat in real Chromium: stock received on the casework home (a bad quantity answered
// in Indonesian with the note kept), a called ticket's visit gives food and transport money, a
// request for more than the shelf holds is refused with what is left and nothing typed is lost,
// the low-stock warning appears once food drops under its mark, and the tanda terima is printed
// through the browser's print dialog and rendered to an A4 PDF by Chromium, read back with
// pdftotext (number, name, masked NIK, items, total) and turned into a PNG to look at.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { emergency as text } from '../../renderer/i18n/id/emergency.ts';
import { demoConfig } from '../support/installation.ts';
import { registerAtKiosk, testNik } from '../support/kiosk-flow.ts';
import {
  callAndOpenCase,
  text as caseworkText,
  createBeneficiaryAndOpenVisit,
  openVisitTab,
} from './casework-steps.ts';
import { CENTRE_TIME_ZONE, kioskAndConsole } from './console-steps.ts';

test.use({ timezoneId: CENTRE_TIME_ZONE });

const SCREENS = 'test-results/screens/emergency';
const informasi = 'Informasi & Pengaduan';
const nik = testNik({ day: 17, month: 8, year: 1958, female: true, serial: 21 });

const fill = (template: string, params: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');

/** The browser build prints with window.print(); count the calls instead of opening a dialog. */
async function countPrints(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { printCalls: number };
    w.printCalls = 0;
    window.print = () => {
      w.printCalls += 1;
    };
  });
}

const printCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

async function receive(page: Page, item: string, quantity: string, note = '') {
  const form = page.getByRole('form', { name: text.stock.receiveTitle });
  await form.getByLabel(text.stock.item, { exact: true }).selectOption({ label: item });
  await form.getByLabel(text.stock.receiveQuantity).fill(quantity);
  await form.getByLabel(text.stock.receiveNote).fill(note);
  await form.getByRole('button', { name: text.stock.receive }).click();
  await expect(form.getByRole('status')).toContainText(`Stok ${item} bertambah`);
}

function stockRow(page: Page, item: string) {
  return page
    .getByRole('table', { name: text.stock.caption })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: item, exact: true }) });
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

test('stock in, help given from a called ticket, the low-stock warning, and the printed tanda terima', async ({
  context,
}) => {
  const { kiosk, desk } = await kioskAndConsole(context, await demoConfig());
  await countPrints(desk);
  await registerAtKiosk(kiosk, { nik, serviceName: informasi });

  // The casework home: nothing on the shelf yet, so every stocked item says "Habis".
  await desk.goto('/#/casework');
  await expect(stockRow(desk, 'Paket makanan')).toContainText(text.stock.statusEmpty);
  await expect(desk.getByText('4 barang menipis atau habis.')).toBeVisible();

  // A bad quantity is refused in Indonesian; the note typed stays.
  const receiveForm = desk.getByRole('form', { name: text.stock.receiveTitle });
  await receiveForm
    .getByLabel(text.stock.item, { exact: true })
    .selectOption({ label: 'Paket makanan' });
  await receiveForm.getByLabel(text.stock.receiveQuantity).fill('0');
  await receiveForm.getByLabel(text.stock.receiveNote).fill('Pengadaan November');
  await receiveForm.getByRole('button', { name: text.stock.receive }).click();
  await expect(receiveForm.getByRole('alert')).toContainText(
    'Jumlah diterima harus bilangan bulat 1 atau lebih (paket).',
  );
  const quantityField = receiveForm.getByLabel(text.stock.receiveQuantity);
  await expect(quantityField).toBeFocused();
  await expect(quantityField).toHaveAttribute('aria-invalid', 'true');
  await expect(receiveForm.getByLabel(text.stock.receiveNote)).toHaveValue('Pengadaan November');
  mkdirSync(SCREENS, { recursive: true });
  await desk.screenshot({ path: `${SCREENS}/stock-empty-refused.png` });

  await receive(desk, 'Paket makanan', '12', 'Pengadaan November');
  await receive(desk, 'Uang transportasi', '1.000.000', 'Kas darurat');
  await receive(desk, 'Pakaian', '20');
  await receive(desk, 'Kit kebersihan', '20');
  await expect(stockRow(desk, 'Paket makanan')).toContainText('12');
  await expect(stockRow(desk, 'Paket makanan')).toContainText(text.stock.statusOk);
  await expect(stockRow(desk, 'Uang transportasi')).toContainText('1.000.000');
  await expect(desk.getByText('barang menipis atau habis')).toHaveCount(0);

  // A stock-take correction needs its reason.
  const adjustForm = desk.getByRole('form', { name: text.stock.adjustTitle });
  await adjustForm.getByLabel(text.stock.item, { exact: true }).selectOption({ label: 'Pakaian' });
  await adjustForm.getByLabel(text.stock.counted).fill('18');
  await adjustForm.getByRole('button', { name: text.stock.adjust }).click();
  await expect(adjustForm.getByRole('alert')).toContainText('Tulis alasan koreksi');
  await expect(adjustForm.getByLabel(text.stock.adjustNote)).toBeFocused();
  await expect(adjustForm.getByLabel(text.stock.counted)).toHaveValue('18');
  await adjustForm.getByLabel(text.stock.adjustNote).fill('Hitung fisik: 2 stel rusak');
  await adjustForm.getByRole('button', { name: text.stock.adjust }).click();
  await expect(adjustForm.getByRole('status')).toHaveText(
    'Stok Pakaian dikoreksi −2 stel. Sekarang 18 stel.',
  );
  await desk.screenshot({ path: `${SCREENS}/stock-home.png` });

  // The called ticket's visit.
  await callAndOpenCase(desk);
  await createBeneficiaryAndOpenVisit(desk, { name: 'Hj. Daeng Ngai', birthDate: '1958-08-17' });
  await openVisitTab(desk, 'emergency');
  const panel = desk.getByRole('region', { name: text.panel.title });
  await expect(panel.getByRole('heading', { name: text.panel.title })).toBeVisible();
  await expect(panel.getByText(text.panel.historyEmpty)).toBeVisible();
  await expect(panel.getByRole('heading', { name: text.panel.lowStockTitle })).toHaveCount(0);

  // Food beyond the shelf, transport money, the recipient and a note.
  const food = panel.getByLabel('Paket makanan', { exact: true });
  const foodQuantity = panel.getByLabel('Jumlah paket makanan (paket)');
  const transportAmount = panel.getByLabel('Jumlah uang transportasi (rupiah)');
  await food.check();
  await expect(panel.getByText('Stok: 12 paket')).toBeVisible();
  await foodQuantity.fill('20');
  await transportAmount.fill('50.000');
  await expect(panel.getByLabel('Uang transportasi', { exact: true })).toBeChecked();
  await expect(panel.getByLabel(text.panel.recipient)).toHaveValue('Hj. Daeng Ngai');
  await panel.getByLabel(text.panel.note).fill('Pulang ke Takalar');
  await panel.getByRole('button', { name: text.panel.give }).click();

  const refusal = panel.getByRole('alert').filter({ hasText: 'Bantuan belum dicatat' });
  await expect(refusal).toContainText('Stok paket makanan tidak cukup: tersisa 12 paket.');
  await expect(foodQuantity).toBeFocused();
  await expect(foodQuantity).toHaveAttribute('aria-invalid', 'true');
  await expect(foodQuantity).toHaveAccessibleDescription(
    'Stok paket makanan tidak cukup: tersisa 12 paket.',
  );
  // Nothing typed is lost.
  await expect(foodQuantity).toHaveValue('20');
  await expect(transportAmount).toHaveValue('50.000');
  await expect(panel.getByLabel(text.panel.note)).toHaveValue('Pulang ke Takalar');
  await expect(food).toBeChecked();

  // A bad number is named too, and the rest stays.
  await foodQuantity.fill('1,5');
  await panel.getByRole('button', { name: text.panel.give }).click();
  await expect(refusal).toContainText('Jumlah paket makanan harus bilangan bulat 1 atau lebih.');
  await expect(transportAmount).toHaveValue('50.000');

  await foodQuantity.fill('3');
  await expect(panel.getByText('Rp200.000')).toBeVisible();
  await panel.getByRole('heading', { name: text.panel.title }).scrollIntoViewIfNeeded();
  await desk.screenshot({ path: `${SCREENS}/panel-filled.png` });
  await panel.getByRole('button', { name: text.panel.give }).click();

  const given = panel.getByRole('region', { name: text.panel.givenTitle });
  await expect(given).toBeVisible();
  // The confirmation and its print buttons are where the staff member now is.
  await expect(given.getByRole('heading', { name: text.panel.givenTitle })).toBeFocused();
  const receiptNumber = (await given.textContent())?.match(/\d{4}\.[0-9A-F]{4}\/TT\/[^ ]+/)?.[0];
  expect(receiptNumber).toMatch(/^0001\.[0-9A-F]{4}\/TT\/BRSLU-GAU-MABAJI\/XI\/2026$/);
  await expect(
    desk
      .getByRole('status')
      .filter({ hasText: fill(text.panel.given, { number: receiptNumber ?? '' }) }),
  ).toBeVisible();
  await expect(refusal).toHaveCount(0);

  // Food is now 9, under its mark of 10: the panel warns, in words.
  const low = panel.getByRole('region', { name: text.panel.lowStockTitle });
  await expect(low).toContainText('Paket makanan: tersisa 9 paket (batas 10 paket)');
  await expect(panel.getByText('Stok: 9 paket')).toBeVisible();
  await expect(panel.getByText('Stok: Rp950.000')).toBeVisible();

  // The visit's help, with its receipt number and a reprint.
  const history = panel.getByRole('table', { name: text.panel.historyCaption });
  await expect(history).toContainText(receiptNumber ?? '');
  await expect(history).toContainText('Paket makanan 3 paket, Uang transportasi Rp50.000');
  await expect(
    history.getByRole('button', {
      name: fill(text.panel.reprintLabel, { number: receiptNumber ?? '' }),
    }),
  ).toBeVisible();

  await desk.screenshot({ path: `${SCREENS}/panel-given.png` });

  await given.getByRole('button', { name: text.panel.print }).click();
  await expect(panel.getByText(text.panel.printed)).toBeVisible();
  expect(await printCalls(desk)).toBe(1);

  // The tanda terima as Chromium prints it.
  const pdf = test.info().outputPath('tanda-terima.pdf');
  await desk.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+1\n/);
  expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  const paper = pdfText(pdf);
  expect(paper).toContain('KEMENTERIAN SOSIAL REPUBLIK INDONESIA');
  expect(paper).toContain('GAU MABAJI');
  expect(paper).toContain('TANDA TERIMA BANTUAN LAYANAN DARURAT');
  expect(paper).toContain(`Nomor: ${receiptNumber}`);
  expect(paper).toContain('Senin, 23 November 2026, pukul 08.');
  expect(paper).toContain('Hj. Daeng Ngai');
  expect(paper).toContain(`************${nik.slice(-4)}`);
  expect(paper).not.toContain(nik);
  expect(paper).toMatch(/1\s+Paket makanan\s+3\s+paket\s+Rp50\.000\s+Rp150\.000/);
  expect(paper).toMatch(/2\s+Uang transportasi\s+Rp50\.000\s+uang tunai\s+—\s+Rp50\.000/);
  expect(paper).toMatch(/Total nilai bantuan\s+Rp200\.000/);
  expect(paper).toContain('Catatan: Pulang ke Takalar');
  expect(paper).toContain('Yang menerima,');
  expect(paper).toContain('Petugas,');
  expect(paper).toContain('Gowa, 23 November 2026');
  // Nothing of the screen around it.
  expect(paper).not.toContain(text.panel.give);
  expect(paper).not.toContain(caseworkText.visit.tab.summary);
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf, `${SCREENS}/tanda-terima`]);

  // Another visitor's help later prints under the next number; the first stays reprintable.
  await given.getByRole('button', { name: text.panel.another }).click();
  await expect(given).toHaveCount(0);
  await panel.getByLabel('Kit kebersihan', { exact: true }).check();
  await panel.getByLabel(text.panel.recipient).fill('Hasnah');
  await panel.getByRole('button', { name: text.panel.give }).click();
  await expect(panel.getByRole('region', { name: text.panel.givenTitle })).toContainText(
    /0002\.[0-9A-F]{4}\/TT\//,
  );
  await expect(history.getByRole('row')).toHaveCount(3);
  await history
    .getByRole('button', { name: fill(text.panel.reprintLabel, { number: receiptNumber ?? '' }) })
    .click();
  expect(await printCalls(desk)).toBe(2);
  const reprint = test.info().outputPath('cetak-ulang.pdf');
  await desk.pdf({ path: reprint, preferCSSPageSize: true, printBackground: true });
  const again = pdfText(reprint);
  expect(again).toContain(`Nomor: ${receiptNumber}`);
  expect(again).toContain('Hj. Daeng Ngai');
  expect(again).not.toContain('Kit kebersihan');
});
