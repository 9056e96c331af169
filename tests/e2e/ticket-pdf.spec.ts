// The printed ticket in real Chromium, as the thermal printer would receive it: a PDF of exactly
// the paper's width, one page, with the number, service and queue position as text, a QR code a
// phone can read back to the ticket id, and nothing cut off even for the longest names.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { PrintableTicket } from '../../core/bridge/bridge.ts';
import { renderTicketHtml, ticketPaperSizeMm } from '../../core/ticket/ticket-html.ts';
import { sampleTicket } from '../support/ticket.ts';

const ticket = sampleTicket();

/** Everything as long as the schema allows it to be in practice. */
const longest: PrintableTicket = {
  ...ticket,
  ticketId: '0193a5c4-0000-7b61-9f3a-ffffffffffff',
  number: 'D-12345',
  // "Selasa, 30 September 2025 · 09.15": the longest date line there is.
  issuedAt: Date.UTC(2025, 8, 30, 1, 15),
  emergency: true,
  centreName:
    'Balai Besar Rehabilitasi Sosial Penyandang Disabilitas Fisik "Prof. Dr. Soeharso" Surakarta',
  serviceName:
    'Layanan Asesmen Komprehensif dan Rujukan Lanjutan bagi Penyandang Disabilitas Fisik Berat',
  peopleAhead: 12_345,
};

const mmToPt = (mm: number) => (mm * 72) / 25.4;

async function printToPdf(page: Page, t: PrintableTicket, width: 58 | 80, path: string) {
  const size = ticketPaperSizeMm(width);
  await page.setContent(await renderTicketHtml(t, width));
  await page.pdf({
    path,
    width: `${size.width}mm`,
    height: `${size.height}mm`,
    printBackground: true,
    preferCSSPageSize: true,
  });
  return size;
}

function mediaBox(pdfPath: string): number[] {
  const text = readFileSync(pdfPath).toString('latin1');
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*([-\d.\s]+)\]/g)];
  expect(boxes, 'exactly one page').toHaveLength(1);
  return (boxes[0]?.[1] ?? '').trim().split(/\s+/).map(Number);
}

function pdfText(pdfPath: string): string {
  return execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
}

function rasterise(pdfPath: string): string {
  const prefix = pdfPath.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '200', '-singlefile', pdfPath, prefix]);
  return `${prefix}.png`;
}

function readQr(pngPath: string): string | undefined {
  const png = PNG.sync.read(readFileSync(pngPath));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

for (const width of [58, 80] as const) {
  test.describe(`${width} mm paper`, () => {
    test('the ticket is one page of the paper’s width with the number, service and queue position', async ({
      page,
    }, testInfo) => {
      const pdf = testInfo.outputPath(`ticket-${width}mm.pdf`);
      const size = await printToPdf(page, ticket, width, pdf);

      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = mediaBox(pdf);
      expect(Math.abs(x2 - x1 - mmToPt(size.width))).toBeLessThanOrEqual(1);
      expect(Math.abs(y2 - y1 - mmToPt(size.height))).toBeLessThanOrEqual(1);

      const text = pdfText(pdf);
      expect(text).toContain('BRSLU Gau Mabaji');
      expect(text).toContain('NOMOR ANTRIAN');
      expect(text).toContain('A-012');
      expect(text).toContain('Asesmen dan Rujukan');
      expect(text).toContain('Minggu, 22 November 2026 · 09.15');
      expect(text).toContain('3 orang di depan Anda');
      expect(text).not.toContain('DARURAT');

      const png = rasterise(pdf);
      expect(readQr(png)).toBe(ticket.ticketId);
    });

    test('an emergency ticket shows DARURAT and still scans', async ({ page }, testInfo) => {
      const pdf = testInfo.outputPath(`ticket-${width}mm-darurat.pdf`);
      const emergency = { ...ticket, number: 'D-001', emergency: true, peopleAhead: 0 };
      await printToPdf(page, emergency, width, pdf);
      const text = pdfText(pdf);
      expect(text).toContain('DARURAT');
      expect(text).toContain('D-001');
      expect(text).toContain('Anda berikutnya');
      expect(readQr(rasterise(pdf))).toBe(emergency.ticketId);
    });

    test('the longest names still fit: nothing runs off the page or the paper', async ({
      page,
    }, testInfo) => {
      const pdf = testInfo.outputPath(`ticket-${width}mm-longest.pdf`);
      const size = await printToPdf(page, longest, width, pdf);
      mediaBox(pdf);

      const layout = await page.evaluate(() => {
        const px = (mm: number) => (mm / 25.4) * 96;
        const body = document.body.getBoundingClientRect();
        const footer = document.querySelector('.footer')?.getBoundingClientRect();
        const qr = document.querySelector('.qr')?.getBoundingClientRect();
        const number = document.querySelector('.number');
        const range = document.createRange();
        if (number) range.selectNodeContents(number);
        const numberBox = range.getBoundingClientRect();
        const style = getComputedStyle(document.body);
        return {
          pageHeightPx: body.height,
          footerBottom: footer?.bottom ?? Number.POSITIVE_INFINITY,
          qrBottom: qr?.bottom ?? Number.POSITIVE_INFINITY,
          numberLeft: numberBox.left,
          numberRight: numberBox.right,
          contentLeft: Number.parseFloat(style.paddingLeft),
          contentRight: body.width - Number.parseFloat(style.paddingRight),
          bottomPaddingPx: px(3),
        };
      });
      expect(layout.qrBottom).toBeLessThanOrEqual(layout.pageHeightPx);
      expect(layout.footerBottom).toBeLessThanOrEqual(layout.pageHeightPx - layout.bottomPaddingPx);
      expect(layout.numberLeft).toBeGreaterThanOrEqual(layout.contentLeft - 0.5);
      expect(layout.numberRight).toBeLessThanOrEqual(layout.contentRight + 0.5);
      expect(layout.pageHeightPx).toBeCloseTo((size.height / 25.4) * 96, 0);

      const text = pdfText(pdf);
      expect(text).toContain('D-12345');
      expect(text).toContain('DARURAT');
      expect(text).toContain('Simpan tiket ini.');
      expect(readQr(rasterise(pdf))).toBe(longest.ticketId);
    });
  });
}
