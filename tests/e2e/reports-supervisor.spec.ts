// The supervisor's reports in real Chromium, on a day counted by hand (reports-fixture.ts): the
// queue report's numbers, sorting and searching a table, a bad period answered in Indonesian,
// the XLSX and CSV read back, the A4 PDF rendered by Chromium and read back, and the daily
// closing with carry-over after which the day refuses new tickets.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { Ticket } from '../../core/queue/ticket.ts';
import { addDays } from '../../core/reports/period.ts';
import { kiosk as kioskText } from '../../renderer/i18n/id/kiosk.ts';
import { reports as text } from '../../renderer/i18n/id/reports.ts';
import { demoConfig, installConfig } from '../support/installation.ts';
import { openKiosk, startButton } from '../support/kiosk-flow.ts';
import {
  CENTRE_TIME_ZONE,
  END_OF_DAY,
  REPORT_DAY,
  reportDayTickets,
  seedReportDay,
} from './reports-fixture.ts';

const SCREENS = 'test-results/screens/reports';

test.use({ timezoneId: CENTRE_TIME_ZONE, viewport: { width: 1366, height: 768 } });

async function openReports(page: Page) {
  await page.clock.install({ time: END_OF_DAY });
  await installConfig(page, await demoConfig());
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { level: 1, name: text.title })).toBeVisible();
  await seedReportDay(page);
  await expect(page.getByText('Periode: 23 November 2026')).toBeVisible();
}

function figure(page: Page, label: string) {
  return page
    .getByRole('definition')
    .filter({ has: page.locator(`xpath=preceding-sibling::dt[. = "${label}"]`) });
}

function tableBlock(page: Page, title: string) {
  return page.getByRole('region', { name: title }).first();
}

/** The body rows of a report table, as the text of their cells. */
async function rowsOf(page: Page, title: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: title });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
      ),
    );
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

test('the day’s queue report shows the numbers counted by hand', async ({ page }) => {
  await openReports(page);
  await expect(figure(page, text.queue.figure.issued)).toHaveText('7');
  await expect(figure(page, text.queue.figure.served)).toHaveText('3');
  await expect(figure(page, text.queue.figure.noShow)).toHaveText('1');
  await expect(figure(page, text.queue.figure.cancelled)).toHaveText('1');
  await expect(figure(page, text.queue.figure.transferred)).toHaveText('1');
  await expect(figure(page, text.queue.figure.open)).toHaveText('2');
  await expect(figure(page, text.queue.figure.waitP50)).toHaveText('20 mnt');
  await expect(figure(page, 'Dilayani ≤ 30 mnt')).toHaveText('100%');

  const byService = await rowsOf(page, text.queue.table.byService);
  const informasi = byService.find((row) => row[0] === 'Informasi & Pengaduan');
  const asesmen = byService.find((row) => row[0] === 'Asesmen');
  // Nama, Pengunjung, Dilayani, Tidak hadir, Batal, Dialihkan, Dibawa, Belum selesai, …
  expect(informasi?.slice(0, 8)).toEqual([
    'Informasi & Pengaduan',
    '4',
    '2',
    '1',
    '0',
    '0',
    '0',
    '2',
  ]);
  expect(asesmen?.slice(0, 8)).toEqual(['Asesmen', '3', '1', '0', '1', '1', '0', '0']);

  const byStaff = await rowsOf(page, text.queue.table.byStaff);
  expect(byStaff.map((row) => [row[0], row[2]])).toEqual(
    expect.arrayContaining([
      ['Siti Aminah', '2'],
      ['Budi Santoso', '1'],
    ]),
  );

  const arrivals = await rowsOf(page, text.queue.table.arrivals);
  expect(arrivals.find((row) => row[0] === '08.00–08.59')?.[1]).toBe('4');
  expect(arrivals.find((row) => row[0] === '09.00–09.59')?.[1]).toBe('2');
  expect(arrivals.find((row) => row[0] === '10.00–10.59')?.[1]).toBe('1');

  await page.screenshot({ path: `${SCREENS}/queue-report.png` });
  await page.getByRole('table', { name: text.queue.table.byStaff }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/queue-report-tables.png` });
});

test('a table sorts by a column and finds a row by name', async ({ page }) => {
  await openReports(page);
  const block = tableBlock(page, text.queue.table.byService);
  const served = block.getByRole('button', { name: text.queue.column.served, exact: true });
  await served.click();
  // Numbers sort largest first.
  await expect(block.getByRole('columnheader', { name: text.queue.column.served })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  expect((await rowsOf(page, text.queue.table.byService)).map((row) => row[0])).toEqual([
    'Informasi & Pengaduan',
    'Asesmen',
  ]);
  await served.click();
  expect((await rowsOf(page, text.queue.table.byService)).map((row) => row[0])).toEqual([
    'Asesmen',
    'Informasi & Pengaduan',
  ]);

  const byDay = page.getByRole('table', { name: text.queue.table.byDay });
  await expect(byDay).toBeVisible();
  const arrivalsBlock = tableBlock(page, text.queue.table.arrivals);
  await arrivalsBlock
    .getByRole('searchbox', { name: `Cari di ${text.queue.table.arrivals}` })
    .fill('09.00');
  expect(await rowsOf(page, text.queue.table.arrivals)).toEqual([['09.00–09.59', '2']]);
  await expect(arrivalsBlock.getByText('1 dari 24 baris')).toBeVisible();
});

test('a range that ends before it starts is refused in Indonesian and the report stays', async ({
  page,
}) => {
  await openReports(page);
  await page.getByRole('radio', { name: text.period.range }).check();
  await page.getByLabel(text.period.from).fill('2026-11-20');
  await page.getByLabel(text.period.to).fill('2026-11-10');
  await page.getByRole('button', { name: text.period.show }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Tanggal akhir (10 November 2026) sebelum tanggal awal (20 November 2026). Tukar atau perbaiki tanggalnya.',
  );
  await expect(page.getByLabel(text.period.to)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Periode: 23 November 2026')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/period-refused.png` });

  await page.getByLabel(text.period.to).fill('2026-11-23');
  await page.getByRole('button', { name: text.period.show }).click();
  await expect(page.getByText('Periode: 20–23 November 2026')).toBeVisible();
  await expect(figure(page, text.queue.figure.issued)).toHaveText('7');
});

test('the XLSX has a sheet per table with numbers as numbers and days as dates', async ({
  page,
}) => {
  await openReports(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: text.actions.xlsx }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Laporan antrian 2026-11-23.xlsx');
  const path = test.info().outputPath('laporan.xlsx');
  await download.saveAs(path);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
    'Ringkasan',
    'Per layanan',
    'Per loket',
    'Per petugas',
    'Per hari',
    'Kedatangan per jam',
  ]);
  const summary = workbook.getWorksheet('Ringkasan');
  expect(summary?.getCell('B2').value).toBe('Balai Rehabilitasi Sosial Lanjut Usia "Gau Mabaji"');
  expect(summary?.getCell('B3').value).toEqual(new Date(Date.UTC(2026, 10, 23)));
  expect(summary?.getCell('B3').type).toBe(ExcelJS.ValueType.Date);

  const byService = workbook.getWorksheet('Per layanan');
  const header = byService?.getRow(1).values as unknown[];
  expect(header.slice(1, 4)).toEqual(['Layanan', 'Pengunjung', 'Dilayani']);
  const rows = new Map<string, ExcelJS.Row>();
  byService?.eachRow((row, n) => {
    if (n > 1) rows.set(String(row.getCell(1).value), row);
  });
  const informasi = rows.get('Informasi & Pengaduan');
  expect(informasi?.getCell(2).value).toBe(4);
  expect(informasi?.getCell(2).type).toBe(ExcelJS.ValueType.Number);
  expect(informasi?.getCell(3).value).toBe(2);
  const total = rows.get('Jumlah');
  expect(total?.getCell(2).value).toBe(7);
  expect(total?.getCell(3).value).toBe(3);
  // Waiting p50 in minutes, a number with one decimal; the share within target as 0..1, shown as %.
  const waitColumn = header.indexOf('Tunggu p50 (mnt)');
  expect(total?.getCell(waitColumn).value).toBe(20);
  const shareColumn = header.indexOf('≤ 30 mnt');
  expect(total?.getCell(shareColumn).value).toBe(1);
  expect(total?.getCell(shareColumn).numFmt).toBe('0.0%');

  const byDay = workbook.getWorksheet('Per hari');
  expect(byDay?.getCell('A2').value).toEqual(new Date(Date.UTC(2026, 10, 23)));
  expect(byDay?.getCell('A2').type).toBe(ExcelJS.ValueType.Date);
  expect(byDay?.getCell('B2').value).toBe(7);
});

test('the CSV opens in Indonesian Excel: UTF-8 with BOM, semicolons, decimal commas', async ({
  page,
}) => {
  await openReports(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: text.actions.csv }).click();
  const download = await downloading;
  const path = test.info().outputPath('laporan.csv');
  await download.saveAs(path);
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines).toContain('Per layanan');
  expect(lines.find((l) => l.startsWith('Layanan;Pengunjung;Dilayani;'))).toBeDefined();
  expect(lines.find((l) => l.startsWith('Informasi & Pengaduan;4;2;1;0;0;0;2;'))).toBeDefined();
  expect(lines.find((l) => l.startsWith('2026-11-23;7;3;'))).toBeDefined();
});

test('the printed A4 report: letterhead, period, totals, page numbers and signature', async ({
  page,
}) => {
  await openReports(page);
  await page.getByRole('button', { name: text.actions.print }).click();
  const dialog = page.getByRole('dialog', { name: text.print.dialogTitle });
  await expect(dialog).toBeVisible();
  await dialog
    .getByLabel(text.print.signer)
    .selectOption({ label: 'Dra. Hj. Nurhayati, M.Si. — NIP 196805121990032001' });
  await expect(dialog.getByText('NIP. 196805121990032001')).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/print-preview.png` });

  const pdf = test.info().outputPath('laporan-antrian.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
  const textOf = pdfText(pdf);
  expect(textOf).toContain('KEMENTERIAN SOSIAL REPUBLIK INDONESIA');
  expect(textOf).toContain('BALAI REHABILITASI SOSIAL LANJUT USIA "GAU MABAJI"');
  expect(textOf).toContain('Laporan Antrian Layanan');
  expect(textOf).toContain('Periode: 23 November 2026');
  expect(textOf).toContain(`Halaman 1 dari ${pages}`);
  expect(textOf).toContain(`Halaman ${pages} dari ${pages}`);
  expect(textOf).toMatch(/Jumlah\s+7\s+3\s+1\s+1\s+1\s+0\s+2/);
  expect(textOf).toContain('Mengetahui,');
  expect(textOf).toContain('Kepala Balai');
  expect(textOf).toContain('Dra. Hj. Nurhayati, M.Si.');
  expect(textOf).toContain('NIP. 196805121990032001');
  expect(textOf).toContain('Gowa, 23 November 2026');
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, test.info().outputPath('laporan-antrian')]);
});

/** The hand-counted day repeated on each of the `days` days up to REPORT_DAY. */
function repeatedDays(days: number): Ticket[] {
  return Array.from({ length: days }, (_, back) => {
    const shift = back * 86_400_000;
    const day = addDays(REPORT_DAY, -back);
    return reportDayTickets().map((t) => ({
      ...t,
      id: `${t.id.slice(0, 24)}${String(back * 100 + Number(t.id.slice(-3))).padStart(12, '0')}`,
      ...(t.transferredFromId
        ? {
            transferredFromId: `${t.transferredFromId.slice(0, 24)}${String(back * 100 + Number(t.transferredFromId.slice(-3))).padStart(12, '0')}`,
          }
        : {}),
      localDay: day,
      arrivedAt: t.arrivedAt - shift,
      issuedAt: t.issuedAt - shift,
      ...(t.firstCalledAt ? { firstCalledAt: t.firstCalledAt - shift } : {}),
      ...(t.calledAt ? { calledAt: t.calledAt - shift } : {}),
      ...(t.startedAt ? { startedAt: t.startedAt - shift } : {}),
      ...(t.finishedAt ? { finishedAt: t.finishedAt - shift } : {}),
    }));
  }).flat();
}

test('a year prints per month on a few pages; the screen keeps its days too', async ({ page }) => {
  await page.clock.install({ time: END_OF_DAY });
  await installConfig(page, await demoConfig());
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { level: 1, name: text.title })).toBeVisible();
  // 24 November 2025 … 23 November 2026: 365 days of the hand-counted day (7 visitors, 3 served).
  await seedReportDay(page, repeatedDays(365));
  await page.getByRole('radio', { name: 'Rentang tanggal' }).check();
  await page.getByLabel('Dari tanggal').fill('2025-11-24');
  await page.getByLabel('Sampai tanggal').fill(REPORT_DAY);
  await page.getByRole('button', { name: 'Tampilkan', exact: true }).click();
  await expect(figure(page, text.queue.figure.issued)).toHaveText('2.555');
  const months = await rowsOf(page, text.queue.table.byMonth);
  expect(months.length).toBe(13);
  expect(months.map((row) => row.slice(0, 3))).toEqual(
    expect.arrayContaining([
      ['November 2025', '49', '21'],
      ['Februari 2026', '196', '84'],
      ['Oktober 2026', '217', '93'],
      ['November 2026', '161', '69'],
    ]),
  );
  await expect(page.getByRole('table', { name: text.queue.table.byDay })).toBeVisible();
  await expect(page.getByText('365 baris')).toBeVisible();
  // The day table groups by month, each group summed, and a month opens to its days.
  const byDay = page.getByRole('region', { name: text.queue.table.byDay, exact: true });
  await byDay.getByRole('checkbox', { name: text.table.groupByMonth }).check();
  await expect(byDay.locator('tbody tr.report-group-row')).toHaveCount(13);
  const februaryRow = byDay.locator('tbody tr.report-group-row', { hasText: 'Februari 2026' });
  await expect(februaryRow).toContainText('Februari 2026 (28 hari)');
  await expect(februaryRow).toContainText('196');
  const february = februaryRow.getByRole('button');
  await expect(february).toHaveAttribute('aria-expanded', 'false');
  await february.click();
  await expect(february).toHaveAttribute('aria-expanded', 'true');
  await expect(byDay.getByRole('rowheader', { name: '14 Feb 2026', exact: true })).toBeVisible();
  await byDay.getByRole('checkbox', { name: text.table.groupByMonth }).uncheck();
  await expect(page.getByRole('figure', { name: text.queue.chart.byMonth })).toBeVisible();
  await page.screenshot({ path: `${SCREENS}/queue-report-year.png` });
  await page.getByRole('table', { name: text.queue.table.byMonth }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENS}/queue-report-year-tables.png` });

  await page.getByRole('button', { name: text.actions.print }).click();
  await expect(page.getByRole('dialog', { name: text.print.dialogTitle })).toBeVisible();
  const pdf = test.info().outputPath('laporan-setahun.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1],
  );
  expect(pages).toBeLessThanOrEqual(4);
  const textOf = pdfText(pdf);
  expect(textOf).toContain('Periode: 24 November 2025 – 23 November 2026');
  expect(textOf).toContain(text.queue.table.byMonth);
  expect(textOf).toContain(text.queue.chart.byMonth);
  expect(textOf).toMatch(/Oktober 2026\s+217\s+93/);
  expect(textOf).toMatch(/Jumlah\s+2\.555\s+1\.095/);
  expect(textOf).not.toContain('24 Nov 2025');
  // Hours outside the opening hours had no arrivals and are left off the paper.
  expect(textOf).toMatch(/07\.00–07\.59\s+0/);
  expect(textOf).not.toContain('06.00–06.59');
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, test.info().outputPath('laporan-setahun')]);
});

test('the day is closed with carry-over, its summary printed, and then refuses new tickets', async ({
  page,
  context,
}) => {
  await openReports(page);
  await page.getByRole('button', { name: text.tabs.closing }).click();
  const open = page.getByRole('table', { name: 'Tiket yang masih terbuka pada 23 November 2026' });
  await expect(open.locator('tbody tr')).toHaveCount(2);
  await page.getByRole('radio', { name: new RegExp(text.closing.carryOver) }).check();
  await page.getByLabel(text.closing.closedBy).selectOption({ label: 'Siti Aminah' });
  await page.screenshot({ path: `${SCREENS}/closing-open.png` });
  await page.getByRole('button', { name: text.closing.close }).click();

  const confirm = page.getByRole('dialog', { name: 'Tutup layanan 23 November 2026?' });
  await expect(confirm).toContainText('2 tiket terbuka akan dibawa ke hari berikutnya.');
  await confirm.getByRole('button', { name: text.closing.confirm }).click();

  const preview = page.getByRole('dialog', { name: text.print.dialogTitle });
  await expect(preview).toBeVisible();
  await expect(preview.getByText(text.closing.summaryTitle).first()).toBeVisible();
  const pdf = test.info().outputPath('ringkasan-harian.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const summary = pdfText(pdf);
  expect(summary).toContain('Ringkasan Layanan Harian');
  expect(summary).toContain('Ditutup oleh Siti Aminah pukul 16.30');
  expect(summary).toContain('2 tiket dibawa ke hari berikutnya.');
  expect(summary).toContain('Halaman 1 dari 1');
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, test.info().outputPath('ringkasan-harian')]);
  await preview.getByRole('button', { name: text.print.close }).click();

  await expect(
    page.getByText('Layanan 23 November 2026 sudah ditutup oleh Siti Aminah pukul 16.30.'),
  ).toBeVisible();
  await expect(page.getByText('2 tiket dibawa ke hari berikutnya.')).toBeVisible();
  await expect(page.getByRole('button', { name: text.closing.close })).toHaveCount(0);
  await page.screenshot({ path: `${SCREENS}/closing-locked.png` });

  // The closed day takes no new ticket: the kiosk of the same installation is refused.
  const kiosk = await context.newPage();
  await installConfig(kiosk, await demoConfig());
  await openKiosk(kiosk);
  await startButton(kiosk).click();
  await kiosk.getByRole('button', { name: kioskText.identity.noId }).click();
  await kiosk.getByRole('button', { name: kioskText.name.skip, exact: true }).click();
  await kiosk.getByRole('button', { name: 'Informasi & Pengaduan', exact: true }).click();
  await kiosk.getByRole('button', { name: kioskText.nav.next, exact: true }).click();
  await kiosk.getByRole('button', { name: kioskText.consent.agree, exact: true }).click();
  await expect(kiosk.getByText(kioskText.ticket.dayClosed)).toBeVisible();
});
