// The whole of a visit at the counter, as SERASI's Single Entry Point describes it: a called
// ticket → the beneficiary found or made → assessed → emergency help given on the spot →
// referred on, with the A4 letter printed — and the case timeline telling it back.
import { execFileSync } from 'node:child_process';
import { expect, type Page, test } from '@playwright/test';
import type { CentreReference } from '../../core/centre/reference.ts';
import { emergency as emergencyText } from '../../renderer/i18n/id/emergency.ts';
import { referral as referralText } from '../../renderer/i18n/id/referral.ts';
import { testReference } from '../support/config.ts';
import { demoConfig } from '../support/installation.ts';
import { registerAtKiosk, testNik } from '../support/kiosk-flow.ts';
import {
  callAndOpenCase,
  createBeneficiaryAndOpenVisit,
  openVisitTab,
  storeAsSynced,
  text,
} from './casework-steps.ts';
import { CENTRE_TIME_ZONE, kioskAndConsole } from './console-steps.ts';

test.use({ timezoneId: CENTRE_TIME_ZONE });

const nik = testNik({ day: 2, month: 3, year: 1949, serial: 7 });
const reference: CentreReference = {
  version: 2,
  ...testReference({
    partners: [
      { id: 'dinsos-gowa', name: 'Dinas Sosial Kabupaten Gowa', kind: 'dinas_sosial' },
      { id: 'rsud-syekh-yusuf', name: 'RSUD Syekh Yusuf', kind: 'rumah_sakit' },
    ],
    staff: [
      {
        id: 'andi',
        name: 'Andi Baso, S.Sos.',
        role: 'pekerja_sosial',
        nip: '198001012005011001',
        active: true,
      },
    ],
  }),
};

const group = (page: Page, label: string) =>
  page.getByRole('group', { name: new RegExp(`^${label}`) });
const radio = (page: Page, groupLabel: string, option: string) =>
  group(page, groupLabel).getByRole('radio', { name: option, exact: true });
const textbox = (page: Page, label: string) =>
  page.getByRole('textbox', { name: new RegExp(`^${label}`) });

test('a called ticket is assessed, helped on the spot and referred, and the letter prints', async ({
  context,
}) => {
  const { kiosk, desk } = await kioskAndConsole(context, await demoConfig());
  await registerAtKiosk(kiosk, { nik, serviceName: 'Informasi & Pengaduan' });
  await desk.goto('/#/casework');
  await storeAsSynced(desk, { reference });

  // Ten food packs on the shelf.
  const receive = desk.getByRole('form', { name: emergencyText.stock.receiveTitle });
  await receive
    .getByLabel(emergencyText.stock.item, { exact: true })
    .selectOption({ label: 'Paket makanan' });
  await receive.getByLabel(emergencyText.stock.receiveQuantity).fill('10');
  await receive.getByRole('button', { name: emergencyText.stock.receive }).click();
  await expect(receive.getByRole('status')).toContainText('Stok Paket makanan bertambah');

  // The ticket's owner is new to the centre.
  await callAndOpenCase(desk);
  await expect(desk.getByText(text.search.none.replace('{query}', nik))).toBeVisible();
  await createBeneficiaryAndOpenVisit(desk, { name: 'Baso Daeng Tika' });

  // Assess.
  await openVisitTab(desk, 'assessment');
  await radio(desk, 'Sumber informasi', 'Yang bersangkutan sendiri').check();
  await radio(desk, 'Tinggal bersama', 'Tidak punya tempat tinggal').check();
  await textbox(desk, 'Situasi keluarga').fill('Anak-anak merantau ke Kalimantan.');
  await textbox(desk, 'Masalah yang dihadapi').fill(
    'Tidur di terminal Sungguminasa sejak sebulan.',
  );
  await group(desk, 'Kebutuhan \\(wajib\\)')
    .getByRole('checkbox', { name: /^Dukungan pemenuhan hidup layak/ })
    .check();
  await radio(desk, 'Anak dalam situasi berisiko', 'Tidak').check();
  await radio(desk, 'Mengalami atau terancam kekerasan', 'Tidak').check();
  await radio(desk, 'Risiko menyakiti diri sendiri', 'Tidak').check();
  await radio(desk, 'Rekomendasi \\(wajib\\)', 'Rujukan').check();
  await textbox(desk, 'Alasan rekomendasi').fill('Penelusuran keluarga oleh Dinas Sosial.');
  await desk.getByRole('button', { name: 'Selesaikan asesmen' }).click();
  await expect(desk.getByText(/Diselesaikan oleh/)).toBeVisible();

  // Help on the spot: two food packs.
  await openVisitTab(desk, 'emergency');
  const aid = desk.getByRole('region', { name: emergencyText.panel.title });
  await aid.getByLabel('Paket makanan', { exact: true }).check();
  await aid.getByLabel('Jumlah paket makanan (paket)').fill('2');
  await aid.getByRole('button', { name: emergencyText.panel.give }).click();
  await expect(aid.getByRole('button', { name: emergencyText.panel.print })).toBeVisible();

  // Refer to the Dinas Sosial; the summary starts from the assessment.
  await openVisitTab(desk, 'referral');
  const refer = desk.getByRole('region', { name: referralText.panel.title, exact: true });
  await refer
    .getByLabel(referralText.panel.partner, { exact: true })
    .selectOption({ value: 'dinsos-gowa' });
  await refer.getByLabel(referralText.panel.reason, { exact: true }).fill('Penelusuran keluarga.');
  await expect(refer.getByLabel(referralText.panel.summary, { exact: true })).toHaveValue(
    /Tidur di terminal Sungguminasa/,
  );
  await refer.getByRole('button', { name: referralText.panel.submit }).click();
  const ready = refer.getByRole('region', { name: referralText.panel.savedTitle });
  await expect(ready).toContainText('Dinas Sosial Kabupaten Gowa');

  // The letter, as Chromium prints it.
  const pdf = test.info().outputPath('surat-rujukan.pdf');
  await desk.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  const letter = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(letter).toMatch(/Perihal\s+: Rujukan/);
  expect(letter).toContain('Dinas Sosial Kabupaten Gowa');
  expect(letter).toMatch(/Nama\s+: Baso Daeng Tika/);
  expect(letter).toContain('Penelusuran keluarga.');

  // The case tells it back, newest first, and reads "referral under way".
  await openVisitTab(desk, 'summary');
  const timeline = desk.getByRole('list', { name: text.timeline.label });
  await expect(timeline.getByRole('listitem')).toHaveCount(4);
  await expect(timeline.getByRole('listitem').nth(0)).toContainText(
    'Rujukan Dikirim · Dinas Sosial Kabupaten Gowa',
  );
  await expect(timeline.getByRole('listitem').nth(1)).toContainText(
    'Layanan darurat · tanda terima',
  );
  await expect(timeline.getByRole('listitem').nth(2)).toContainText('Asesmen diselesaikan');
  await expect(timeline.getByRole('listitem').nth(3)).toContainText('Kunjungan · tiket A-001');
  await expect(desk.getByText('Rujukan berjalan (1)')).toBeVisible();
  await desk.screenshot({ path: 'test-results/screens/console/casework-story-summary-1366.png' });
});
