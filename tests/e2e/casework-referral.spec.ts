// Rujukan at the counter, in real Chromium: a called visitor's case is opened from the console,
// referred to a partner from the centre's directory (bad input first: refused, nothing lost, even
// across a reload), the A4 letter is printed to PDF (read back with pdftotext, its QR code
// decoded to the referral's id), the partner's answers are recorded through to "Selesai", and a
// referral left past its follow-up date shows in the overdue list of the casework home.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  type Beneficiary,
  beneficiaryFields,
  validateBeneficiary,
} from '../../core/beneficiary/beneficiary.ts';
import type { CentreReference } from '../../core/centre/reference.ts';
import { encodeHlc } from '../../core/sync/hlc.ts';
import { casework as caseworkText } from '../../renderer/i18n/id/casework.ts';
import { referral as text } from '../../renderer/i18n/id/referral.ts';
import { testReference } from '../support/config.ts';
import { demoConfig } from '../support/installation.ts';
import { registerAtKiosk, testNik } from '../support/kiosk-flow.ts';
import { storeAsSynced } from './casework-steps.ts';
import {
  button,
  CENTRE_TIME_ZONE,
  callNext,
  text as consoleText,
  DAY,
  kioskAndConsole,
  OPENING,
  openConsoleAt,
} from './console-steps.ts';

test.use({ timezoneId: CENTRE_TIME_ZONE });

const SCREENS = 'test-results/screens/referral';
const BENEFICIARY_ID = '0193a5c4-1111-7b61-9f3a-000000000001';
const NIK = testNik({ day: 5, month: 6, year: 1950, female: true });

const reference: CentreReference = {
  version: 4,
  ...testReference({
    partners: [
      {
        id: 'lks-bina-lansia',
        name: 'LKS Bina Lansia Sejahtera',
        kind: 'lks',
        address: 'Jl. Poros Malino No. 4, Gowa',
      },
      { id: 'lks-pelita', name: 'LKS Pelita Kasih', kind: 'lks' },
      {
        id: 'dinsos-gowa',
        name: 'Dinas Sosial Kabupaten Gowa',
        kind: 'dinas_sosial',
        address: 'Jl. Mesjid Raya No. 30, Sungguminasa',
      },
      { id: 'dinsos-makassar', name: 'Dinas Sosial Kota Makassar', kind: 'dinas_sosial' },
      { id: 'rsud-syekh-yusuf', name: 'RSUD Syekh Yusuf', kind: 'rumah_sakit' },
      { id: 'balai-wirajaya', name: 'Sentra Wirajaya Makassar', kind: 'balai' },
      { id: 'puskesos-bontomarannu', name: 'Puskesos Bontomarannu', kind: 'puskesos_slrt' },
    ],
    staff: [
      {
        id: 'rina',
        name: 'Rina Marlina, S.Sos.',
        role: 'pekerja_sosial',
        nip: '198703152010122001',
        active: true,
      },
    ],
  }),
};

/** A beneficiary already known to the centre, as a sync would have brought her. */
function knownBeneficiary(): Beneficiary {
  const checked = validateBeneficiary(
    {
      name: 'Hj. Daeng Ngai',
      nik: NIK,
      birthPlace: 'Sungguminasa',
      address: {
        street: 'Jl. Poros Malino No. 12, RT 02/RW 03',
        provinceCode: '73',
        regencyCode: '7306',
        districtCode: '730601',
      },
    },
    DAY,
  );
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const at = OPENING.getTime() - 86_400_000;
  return {
    ...beneficiaryFields(checked.value, { registeredAt: at, registeredBy: 'pc-lain' }),
    id: BENEFICIARY_ID,
    balaiId: reference.centre.id,
    updatedAt: encodeHlc({ wallMs: at, counter: 0 }, '0193a5c4-2222-7b61-9f3a-000000000002'),
    rev: 1,
    deleted: 0,
  };
}

/** Opens the console once, so the installation's database exists before it is seeded. */
async function openStore(page: Page) {
  await page.goto('/#/console');
  await expect(page.getByRole('button', { name: 'Loket 1', exact: true })).toBeVisible();
}

/** The cached reference (partners, staff) and the known beneficiary, written as a sync would. */
async function seedCentre(page: Page) {
  await storeAsSynced(page, { reference, beneficiaries: [knownBeneficiary()] });
}

/** The referrals this PC holds, as stored. */
async function storedReferrals(page: Page) {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('serasi-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ id: string; letterNumber: string; createdAt: number }[]>(
      (resolve, reject) => {
        const request = db.transaction('referrals').objectStore('referrals').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      },
    );
    db.close();
    return rows.sort((a, b) => a.createdAt - b.createdAt);
  });
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

function pdfPages(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
}

function readQr(pngPath: string): string | undefined {
  const png = PNG.sync.read(readFileSync(pngPath));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('a called visitor is referred, the letter printed, the referral tracked to Selesai and an overdue one listed', async ({
  context,
}) => {
  test.setTimeout(120_000);
  mkdirSync(SCREENS, { recursive: true });
  const { kiosk, desk } = await kioskAndConsole(context, await demoConfig());
  await registerAtKiosk(kiosk, { serviceName: 'Informasi & Pengaduan', nik: NIK });
  await kiosk.close();

  // ---- The counter calls her and opens her case. ----
  await openStore(desk);
  await seedCentre(desk);
  await openConsoleAt(desk, 1);
  await desk
    .getByLabel(consoleText.header.staffOnDuty)
    .selectOption({ label: 'Rina Marlina, S.Sos.' });
  expect(await callNext(desk)).toBe('A-001');
  await desk.getByRole('link', { name: consoleText.ticket.openCase }).click();
  await desk
    .getByRole('button', {
      name: caseworkText.search.choose.replace('{name}', 'Hj. Daeng Ngai'),
    })
    .click();
  await desk.getByRole('link', { name: caseworkText.visit.tab.referral, exact: true }).click();
  const panel = desk.getByRole('region', { name: text.panel.title, exact: true });
  await expect(panel.getByRole('heading', { name: text.panel.formTitle })).toBeVisible();

  // ---- Bad input: refused with every problem named, the first bad field focused. ----
  const partner = field(desk, text.panel.partner);
  const reason = field(desk, text.panel.reason);
  const summary = field(desk, text.panel.summary);
  const followUp = field(desk, text.panel.followUpBy);
  // The follow-up date defaults to 14 days on.
  await expect(followUp).toHaveValue('2026-12-07');
  await reason.fill('Membutuhkan pendampingan harian dan bantuan permakanan di rumah.');
  await followUp.fill('2026-11-20');
  await button(desk, text.panel.submit).click();

  const alert = panel.getByRole('alert').filter({ hasText: 'Rujukan belum disimpan' });
  await expect(alert).toContainText('Perbaiki 3 isian berikut');
  await expect(alert).toContainText('Lembaga tujuan: Pilih lembaga tujuan rujukan.');
  await expect(alert).toContainText('Ringkasan kasus: Tulis ringkasan kasus untuk lembaga tujuan.');
  await expect(alert).toContainText(
    'Batas tindak lanjut: Batas tindak lanjut tidak boleh sebelum hari ini.',
  );
  await expect(partner).toBeFocused();
  // Focus chooses nothing: the staff member still picks the partner.
  await expect(partner).toHaveValue('');
  await expect(partner).toHaveAttribute('aria-invalid', 'true');
  await expect(partner).toHaveAccessibleDescription(/Pilih lembaga tujuan rujukan\./);
  await expect(followUp).toHaveAccessibleDescription(/tidak boleh sebelum hari ini/);
  await expect(reason).not.toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toHaveValue(
    'Membutuhkan pendampingan harian dan bantuan permakanan di rumah.',
  );
  await expect(followUp).toHaveValue('2026-11-20');
  await panel.getByRole('heading', { name: text.panel.formTitle }).scrollIntoViewIfNeeded();
  await desk.screenshot({ path: `${SCREENS}/form-refused.png` });

  // What was typed survives a reload (a crash, an idle lock).
  await desk.reload();
  await expect(reason).toHaveValue(
    'Membutuhkan pendampingan harian dan bantuan permakanan di rumah.',
  );
  await expect(followUp).toHaveValue('2026-11-20');

  // ---- The partner picker: grouped by kind, narrowed by the filter box. ----
  expect(
    await partner.locator('optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label'))),
  ).toEqual(['LKS', 'Dinas Sosial', 'Rumah Sakit', 'Balai lain', 'Puskesos/SLRT']);
  await field(desk, text.panel.partnerFilter).fill('dinas sosial');
  await expect(partner.locator('option')).toHaveText([
    text.panel.partnerNoChoice,
    'Dinas Sosial Kabupaten Gowa — Jl. Mesjid Raya No. 30, Sungguminasa',
    'Dinas Sosial Kota Makassar',
  ]);
  await expect(panel.getByText('2 lembaga ditampilkan')).toBeVisible();
  await field(desk, text.panel.partnerFilter).fill('panti');
  await expect(panel.getByText('Tidak ada lembaga yang cocok dengan "panti".')).toBeVisible();
  await field(desk, text.panel.partnerFilter).fill('gowa');
  await partner.selectOption({ value: 'dinsos-gowa' });
  await expect(panel.getByText('Dipilih: Dinas Sosial Kabupaten Gowa')).toBeVisible();
  await summary.fill(
    'Lansia 76 tahun tinggal sendiri sejak suaminya wafat. Tidak ada keluarga yang merawat; makan tidak teratur.',
  );
  await followUp.fill('2026-12-07');
  await button(desk, text.panel.submit).click();

  // ---- Saved: the number is the letter's; print and PDF are offered. ----
  await expect(
    desk.getByRole('status').filter({ hasText: 'Rujukan ke Dinas Sosial Kabupaten Gowa disimpan' }),
  ).toBeVisible();
  const [saved] = await storedReferrals(desk);
  if (!saved) throw new Error('no referral stored');
  expect(saved.letterNumber).toMatch(/^0001\.[0-9A-F]{4}\/RJK\/BRSLU-GAU-MABAJI\/XI\/2026$/);
  const ready = panel.getByRole('region', { name: text.panel.savedTitle });
  await expect(ready).toContainText(
    `Nomor ${saved.letterNumber} untuk Dinas Sosial Kabupaten Gowa`,
  );
  await expect(ready.getByRole('button', { name: text.panel.print })).toBeVisible();
  await expect(ready.getByRole('button', { name: text.panel.savePdf })).toBeVisible();
  // The form is empty again for another referral; the letter is not on the screen.
  await expect(reason).toHaveValue('');
  await expect(desk.locator('.referral-letter')).toBeHidden();
  // Focus goes to the news, so a screen reader hears it and Tab reaches the print buttons.
  await expect(ready.getByRole('heading', { name: text.panel.savedTitle })).toBeFocused();
  await desk.screenshot({ path: `${SCREENS}/saved.png` });

  // ---- The A4 letter, as Chromium prints it. ----
  const pdf = test.info().outputPath('surat-rujukan.pdf');
  await desk.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  expect(pdfPages(pdf)).toBe(1);
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(
    /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/,
  );
  const letter = pdfText(pdf);
  expect(letter).toContain('KEMENTERIAN SOSIAL REPUBLIK INDONESIA');
  expect(letter).toContain('BALAI REHABILITASI SOSIAL LANJUT USIA "GAU MABAJI"');
  expect(letter).toMatch(new RegExp(`Nomor\\s+: ${saved.letterNumber.replaceAll('.', '\\.')}`));
  expect(letter).toMatch(/Lampiran\s+:\s*-/);
  expect(letter).toMatch(/Perihal\s+: Rujukan/);
  expect(letter).toContain('Kepada Yth.');
  expect(letter).toContain('Dinas Sosial Kabupaten Gowa');
  expect(letter).toContain('Jl. Mesjid Raya No. 30, Sungguminasa');
  expect(letter).toMatch(/Nama\s+: Hj\. Daeng Ngai/);
  expect(letter).toMatch(new RegExp(`NIK\\s+: ${NIK}`));
  expect(letter).toMatch(/Tempat, tanggal lahir\s+: Sungguminasa, 5 Juni 1950/);
  expect(letter).toMatch(/Alamat\s+: Jl\. Poros Malino No\. 12, RT 02\/RW 03, Kabupaten Gowa,/);
  expect(letter).toContain('Membutuhkan pendampingan harian dan bantuan permakanan di rumah.');
  expect(letter).toContain('Lansia 76 tahun tinggal sendiri');
  expect(letter).toContain('paling lambat 7 Desember 2026');
  expect(letter).toContain('Gowa, 23 November 2026');
  expect(letter).toContain('a.n. Kepala Balai');
  expect(letter).toContain('Pekerja Sosial');
  expect(letter).toContain('Rina Marlina, S.Sos.');
  expect(letter).toContain('NIP. 198703152010122001');
  // The QR caption, read in reading order (the layout puts it beside the signature).
  expect(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })).toContain(
    'Pindai untuk memverifikasi rujukan',
  );
  // Nothing of the screen around it.
  expect(letter).not.toContain(text.panel.submit);
  expect(letter).not.toContain(caseworkText.backToQueue);

  const prefix = test.info().outputPath('surat-rujukan');
  execFileSync('pdftoppm', ['-png', '-r', '150', '-singlefile', pdf, prefix]);
  expect(readQr(`${prefix}.png`)).toBe(saved.id);
  execFileSync('cp', [`${prefix}.png`, `${SCREENS}/letter.png`]);

  // ---- The partner's answers, to "Selesai". ----
  const item = panel.getByRole('article', { name: `Surat ${saved.letterNumber}` });
  await expect(item).toContainText('Status: Dikirim');
  await expect(item).toContainText('Dikirim: 23 November 2026, 08.');
  const note = item.getByLabel(/^Catatan/);
  // "Ditolak" needs the partner's reason: refused, the note field focused.
  await item.getByRole('button', { name: 'Tandai Ditolak' }).click();
  await expect(item.getByRole('alert')).toHaveText(text.list.rejectReasonRequired);
  await expect(note).toBeFocused();
  await expect(note).toHaveAttribute('aria-invalid', 'true');

  await note.fill('Dikonfirmasi Ibu Sri lewat telepon.');
  await item.getByRole('button', { name: 'Tandai Diterima' }).click();
  await expect(item).toContainText('Status: Diterima');
  await expect(item).toContainText('Catatan: Dikonfirmasi Ibu Sri lewat telepon.');
  await expect(note).toHaveValue('');
  await expect(item.getByRole('button')).toHaveText([
    'Cetak surat',
    'Tandai Ditindaklanjuti',
    'Tandai Selesai',
    'Tandai Ditolak',
  ]);
  await note.fill('Sudah dikunjungi pendamping Dinas Sosial; masuk program permakanan.');
  await item.getByRole('button', { name: 'Tandai Ditindaklanjuti' }).click();
  await expect(item).toContainText('Status: Ditindaklanjuti');
  await item.getByRole('button', { name: 'Tandai Selesai' }).click();
  await expect(item).toContainText('Status: Selesai');
  await expect(item).toContainText('Rujukan ini sudah selesai.');
  await expect(item.getByRole('listitem')).toHaveText([
    /^Dikirim: 23 November 2026, 08\.\d\d$/,
    /^Diterima: 23 November 2026, 08\.\d\d$/,
    /^Ditindaklanjuti: 23 November 2026, 08\.\d\d$/,
    /^Selesai: 23 November 2026, 08\.\d\d$/,
  ]);
  await expect(item.getByRole('button', { name: /^Tandai/ })).toHaveCount(0);

  // ---- A second referral, due tomorrow, that nobody follows up. ----
  await partner.selectOption({ value: 'lks-bina-lansia' });
  await reason.fill('Perlu pendampingan psikososial.');
  await summary.fill('Sering murung dan menolak makan.');
  await followUp.fill('2026-11-24');
  await button(desk, text.panel.submit).click();
  await expect(
    desk.getByRole('status').filter({ hasText: 'Rujukan ke LKS Bina Lansia Sejahtera disimpan' }),
  ).toBeVisible();
  const [, late] = await storedReferrals(desk);
  if (!late) throw new Error('second referral not stored');
  expect(late.letterNumber).toMatch(/^0002\./);
  await item.scrollIntoViewIfNeeded();
  await desk.screenshot({ path: `${SCREENS}/tracking.png` });

  // Three days later, at the casework home.
  await context.clock.setSystemTime(new Date('2026-11-26T09:00:00+08:00'));
  await desk.goto('/#/casework');
  const overdue = desk.getByRole('table', { name: text.overdue.caption });
  await expect(overdue.getByRole('row')).toHaveCount(2);
  const row = overdue.getByRole('row').nth(1);
  await expect(row.getByRole('rowheader')).toHaveText(late.letterNumber);
  await expect(row.getByRole('cell')).toHaveText([
    'Hj. Daeng Ngai',
    'LKS Bina Lansia Sejahtera',
    '23 November 2026',
    '24 November 2026',
    '2 hari',
    'Dikirim',
    'Buka',
  ]);
  await overdue.scrollIntoViewIfNeeded();
  await desk.screenshot({ path: `${SCREENS}/overdue.png` });

  await row.getByRole('button', { name: /^Buka/ }).click();
  await expect(desk).toHaveURL(/#\/casework\/visit\/[0-9a-f-]+\/referral$/);
  await expect(desk.getByRole('article', { name: `Surat ${late.letterNumber}` })).toContainText(
    'Terlambat 2 hari',
  );
});

test('a centre without partners in its reference says where the directory comes from', async ({
  context,
}) => {
  const { kiosk, desk } = await kioskAndConsole(context, await demoConfig());
  await registerAtKiosk(kiosk, { serviceName: 'Informasi & Pengaduan', nik: NIK });
  await kiosk.close();
  await openStore(desk);
  // Only the beneficiary: this PC has no cached reference (no partners).
  await storeAsSynced(desk, { beneficiaries: [knownBeneficiary()] });
  await openConsoleAt(desk, 1);
  await callNext(desk);
  await desk.getByRole('link', { name: consoleText.ticket.openCase }).click();
  await desk
    .getByRole('button', { name: caseworkText.search.choose.replace('{name}', 'Hj. Daeng Ngai') })
    .click();
  await desk.getByRole('link', { name: caseworkText.visit.tab.referral, exact: true }).click();

  const notice = desk.getByRole('note', { name: text.panel.noPartnersTitle });
  await expect(notice).toContainText('data referensi balai di server pusat');
  await expect(desk.getByLabel(text.panel.partner, { exact: true })).toHaveCount(0);
  await expect(button(desk, text.panel.submit)).toHaveCount(0);
  await expect(desk.getByText(text.list.empty)).toBeVisible();
  await notice.scrollIntoViewIfNeeded();
  await desk.screenshot({ path: `${SCREENS}/no-partners.png` });
});
