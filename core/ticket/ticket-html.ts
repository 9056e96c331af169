// The printed queue ticket: one self-contained HTML document (inline CSS, inline SVG QR code, no
// script, no external resource) laid out for a 58 mm or 80 mm thermal roll printer. The Electron
// main process prints it silently from a hidden window; the browser bridge prints it from a hidden
// iframe. Black on white only: thermal heads have no grey, and dithered grey prints as noise.
import QRCode from 'qrcode';
import type { PrintableTicket } from '../bridge/bridge.ts';
import { formatLocalDate, formatLocalTime } from '../time/local-day.ts';

export type PaperWidthMm = 58 | 80;

interface PaperLayout {
  /** What the print head reaches: 48 mm on 58 mm rolls, 72 mm on 80 mm rolls. */
  printableMm: number;
  /** Fixed page height: the tallest ticket (emergency band, two-line centre name, three-line
   * service name) with a little room; measured from PDFs in tests/e2e/ticket-pdf.spec.ts. */
  heightMm: number;
  /** Text scale: an 80 mm ticket is read at the same distance, so it grows less than the paper. */
  scale: number;
  /** Upper bound of the queue number's font size. */
  numberMaxMm: number;
  qrMm: number;
}

const layouts: Record<PaperWidthMm, PaperLayout> = {
  58: { printableMm: 48, heightMm: 120, scale: 1, numberMaxMm: 17, qrMm: 22 },
  80: { printableMm: 72, heightMm: 130, scale: 1.15, numberMaxMm: 24, qrMm: 26 },
};

/** The page of one ticket, in millimetres (the same numbers go into @page and the print call). */
export function ticketPaperSizeMm(paperWidthMm: PaperWidthMm): { width: number; height: number } {
  return { width: paperWidthMm, height: layouts[paperWidthMm].heightMm };
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** "1.234": Indonesian digit grouping, spelled out so every runtime prints the same. */
function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function peopleAheadText(peopleAhead: number): string {
  return peopleAhead === 0 ? 'Anda berikutnya' : `${groupDigits(peopleAhead)} orang di depan Anda`;
}

/** A queue number as large as the printable width allows ("A-012" is 5 characters, "A-12345" 7). */
function numberFontMm(number: string, layout: PaperLayout): number {
  // Bold sans-serif capitals and digits are about 0.62 em wide; keep a 4 % safety margin.
  const fitting = (layout.printableMm * 0.96) / (number.length * 0.62);
  return Math.min(layout.numberMaxMm, Math.round(fitting * 10) / 10);
}

const footerText =
  'Simpan tiket ini. Nomor Anda akan dipanggil di layar dan melalui pengeras suara.';

/** A ticket document in pieces, for a host that must apply the CSS itself (see browser-bridge). */
export interface TicketDocumentParts {
  title: string;
  css: string;
  body: string;
}

export async function renderTicketParts(
  ticket: PrintableTicket,
  paperWidthMm: PaperWidthMm,
): Promise<TicketDocumentParts> {
  const layout = layouts[paperWidthMm];
  const page = ticketPaperSizeMm(paperWidthMm);
  const sidePaddingMm = (paperWidthMm - layout.printableMm) / 2;
  const pt = (size: number) => `${Math.round(size * layout.scale * 10) / 10}pt`;

  const qrSvg = await QRCode.toString(ticket.ticketId, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
  const when = `${formatLocalDate(ticket.issuedAt, ticket.timeZone)} · ${formatLocalTime(ticket.issuedAt, ticket.timeZone)}`;
  const number = escapeHtml(ticket.number);

  const css = `
@page { size: ${page.width}mm ${page.height}mm; margin: 0; }
* { box-sizing: border-box; margin: 0; padding: 0; }
html, body { width: ${page.width}mm; height: ${page.height}mm; background: #fff; color: #000; }
body {
  padding: 4mm ${sidePaddingMm}mm 3mm;
  overflow: hidden;
  text-align: center;
  font-family: Arial, "Liberation Sans", "Nimbus Sans", "DejaVu Sans", Helvetica, sans-serif;
  line-height: 1.2;
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.clamp { display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden; overflow-wrap: anywhere; }
.centre { width: 100%; font-size: ${pt(9)}; font-weight: 700; -webkit-line-clamp: 2; line-clamp: 2; }
.rule { width: 100%; border-top: 0.35mm solid #000; margin: 2mm 0 2.5mm; }
.emergency {
  width: 100%; margin-bottom: 2.5mm; padding: 1.2mm 0;
  background: #000; color: #fff;
  font-size: ${pt(16)}; font-weight: 900;
}
.label { font-size: ${pt(8.5)}; font-weight: 700; letter-spacing: 0.25em; text-indent: 0.25em; }
.number {
  font-size: ${numberFontMm(ticket.number, layout)}mm; font-weight: 900; line-height: 1;
  margin: 1.5mm 0 2mm; white-space: nowrap; font-variant-numeric: tabular-nums;
}
.service { width: 100%; font-size: ${pt(12)}; font-weight: 700; -webkit-line-clamp: 3; line-clamp: 3; }
.when { font-size: ${pt(8.5)}; margin-top: 1.5mm; }
.ahead {
  display: inline-block; max-width: 100%; margin-top: 2.5mm; padding: 0.8mm 2.5mm;
  border: 0.35mm solid #000; border-radius: 1mm;
  font-size: ${pt(10.5)}; font-weight: 700;
}
.qr { width: ${layout.qrMm}mm; height: ${layout.qrMm}mm; margin: 2.5mm auto 0; }
.qr svg { display: block; width: 100%; height: 100%; }
.footer { width: 100%; margin-top: 2mm; font-size: ${pt(8)}; line-height: 1.25; }
`;

  const body = `<div class="centre clamp">${escapeHtml(ticket.centreName)}</div>
<div class="rule"></div>
${ticket.emergency ? '<div class="emergency">DARURAT</div>\n' : ''}<div class="label">NOMOR ANTRIAN</div>
<div class="number">${number}</div>
<div class="service clamp">${escapeHtml(ticket.serviceName)}</div>
<div class="when">${escapeHtml(when)}</div>
<div class="ahead">${escapeHtml(peopleAheadText(ticket.peopleAhead))}</div>
<div class="qr">${qrSvg}</div>
<div class="footer">${escapeHtml(footerText)}</div>`;
  return { title: `Tiket ${number}`, css, body };
}

/**
 * The complete document. `inlineCss: false` leaves the <style> out, for a page whose inherited CSP
 * forbids inline styles; the caller then applies `parts.css` as a constructed stylesheet.
 */
export function ticketDocument(
  parts: TicketDocumentParts,
  options: { inlineCss?: boolean } = {},
): string {
  const style = options.inlineCss === false ? '' : `<style>${parts.css}</style>\n`;
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${parts.title}</title>
${style}</head>
<body>
${parts.body}
</body>
</html>
`;
}

/** The ticket as one self-contained HTML document, ready to print. */
export async function renderTicketHtml(
  ticket: PrintableTicket,
  paperWidthMm: PaperWidthMm,
): Promise<string> {
  return ticketDocument(await renderTicketParts(ticket, paperWidthMm));
}
