// The ticket document as text: what it says, and what it must never contain. How it looks on
// paper is checked in real Chromium by tests/e2e/ticket-pdf.spec.ts.
import { describe, expect, test } from 'vitest';
import {
  escapeHtml,
  peopleAheadText,
  renderTicketHtml,
  renderTicketParts,
  ticketDocument,
  ticketPaperSizeMm,
} from '../../core/ticket/ticket-html.ts';
import { sampleTicket } from './fixtures.ts';

describe('renderTicketHtml', () => {
  test('says what the visitor needs, in Indonesian, in the centre’s time zone', async () => {
    const html = await renderTicketHtml(sampleTicket(), 58);
    expect(html).toContain('BRSLU Gau Mabaji');
    expect(html).toContain('NOMOR ANTRIAN');
    expect(html).toContain('>A-012<');
    expect(html).toContain('Asesmen dan Rujukan');
    // 01.15 UTC is 09.15 in Makassar (WITA).
    expect(html).toContain('Minggu, 22 November 2026 · 09.15');
    expect(html).toContain('3 orang di depan Anda');
    expect(html).toContain(
      'Simpan tiket ini. Nomor Anda akan dipanggil di layar dan melalui pengeras suara.',
    );
    expect(html).not.toContain('DARURAT');
  });

  test('a self-contained page sized for the paper: no script, nothing fetched', async () => {
    for (const width of [58, 80] as const) {
      const html = await renderTicketHtml(sampleTicket(), width);
      const { height } = ticketPaperSizeMm(width);
      expect(html).toContain(`@page { size: ${width}mm ${height}mm; margin: 0; }`);
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).not.toMatch(
        /<script|javascript:|<link|<img|<iframe|url\(|@import|https?:\/\/(?!www\.w3\.org)/i,
      );
      expect(html).toMatch(/<svg[^>]*viewBox/);
    }
  });

  test('an emergency ticket carries the DARURAT band', async () => {
    const html = await renderTicketHtml(sampleTicket({ emergency: true }), 80);
    expect(html).toContain('<div class="emergency">DARURAT</div>');
  });

  test('every text is escaped', async () => {
    const html = await renderTicketHtml(
      sampleTicket({
        centreName: '<script>alert(1)</script>',
        serviceName: 'Layanan "A" & <b>B</b>',
      }),
      58,
    );
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Layanan &quot;A&quot; &amp; &lt;b&gt;B&lt;/b&gt;');
  });

  test('the next visitor is told so', async () => {
    expect(peopleAheadText(0)).toBe('Anda berikutnya');
    expect(peopleAheadText(1)).toBe('1 orang di depan Anda');
    expect(peopleAheadText(1234)).toBe('1.234 orang di depan Anda');
    expect(await renderTicketHtml(sampleTicket({ peopleAhead: 0 }), 58)).toContain(
      'Anda berikutnya',
    );
  });
});

test('escapeHtml', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
    '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
  );
});

test('the document can leave its CSS out for a host that applies it itself', async () => {
  const parts = await renderTicketParts(sampleTicket(), 58);
  const bare = ticketDocument(parts, { inlineCss: false });
  expect(bare).not.toContain('<style>');
  expect(bare).toContain(parts.body);
  expect(parts.css).toContain('@page { size: 58mm 120mm; margin: 0; }');
  expect(ticketDocument(parts)).toBe(await renderTicketHtml(sampleTicket(), 58));
});
