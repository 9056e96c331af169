// The berkas of a called ticket: the visitor is found by the NIK the kiosk took or made new (bad
// input refused in Indonesian with nothing lost), a NIK attached later catches the duplicate and
// merges the two records with both histories, and each service model offers only its services.
import { expect, test } from '@playwright/test';
import { formatNik } from '../../core/nik/nik.ts';
import { demoConfig } from '../support/installation.ts';
import { registerAtKiosk, testNik } from '../support/kiosk-flow.ts';
import { callAndOpenCase, createBeneficiaryAndOpenVisit, text } from './casework-steps.ts';
import {
  button,
  CENTRE_TIME_ZONE,
  kioskAndConsole,
  SCREENS,
  serveAndFinish,
} from './console-steps.ts';

test.use({ timezoneId: CENTRE_TIME_ZONE });

const informasi = 'Informasi & Pengaduan';
const nik = testNik({ day: 17, month: 8, year: 1958, female: true, serial: 21 });

test('a new visitor: the kiosk’s NIK is searched, a new record refuses bad input and keeps it, then the visit opens', async ({
  context,
}) => {
  const { kiosk, desk } = await kioskAndConsole(context, await demoConfig());
  await registerAtKiosk(kiosk, { nik, serviceName: informasi });
  const number = await callAndOpenCase(desk);
  expect(number).toBe('A-001');
  // The kiosk's NIK was searched at once: nobody known yet.
  await expect(desk.getByText(text.search.none.replace('{query}', nik))).toBeVisible();

  await button(desk, text.search.create).click();
  const form = desk.getByRole('form', { name: text.form.newTitle });
  await expect(form.getByLabel(text.form.nik, { exact: true })).toHaveValue(nik);
  await form.getByLabel(text.form.name).fill('Hj. Daeng Ngai');
  await form.getByLabel(text.form.phone).fill('0812-abc');
  await form.getByLabel(text.form.birthDate).fill('1958-08-18');
  await form.getByLabel(text.address.province).selectOption({ label: 'Sulawesi Selatan' });
  await form.getByLabel(text.address.regency).selectOption({ label: 'Kabupaten Gowa' });
  // Districts and villages load for the chosen province.
  await form.getByLabel(text.address.district).selectOption({ label: 'Bontonompo' });
  const village = form.getByLabel(text.address.village);
  await expect(village.getByRole('option')).not.toHaveCount(1);
  await village.selectOption({ index: 1 });
  await form.getByLabel('Fakir Miskin').check();
  await button(desk, text.ticket.createAndOpen).click();

  const summary = form.getByRole('alert').first();
  await expect(summary).toContainText('Periksa 2 isian berikut');
  await expect(summary).toContainText('Nomor telepon hanya boleh berisi angka');
  await expect(summary).toContainText(
    'Tanggal lahir tidak sesuai dengan NIK (NIK: 17 Agustus 1958)',
  );
  await expect(form.getByLabel(text.form.birthDate)).toBeFocused();
  await expect(form.getByLabel(text.form.phone)).toHaveAttribute('aria-invalid', 'true');
  // Nothing typed is lost.
  await expect(form.getByLabel(text.form.name)).toHaveValue('Hj. Daeng Ngai');
  await expect(form.getByLabel(text.address.district)).toHaveValue(/^\d{6}$/);
  await expect(form.getByLabel('Fakir Miskin')).toBeChecked();
  await desk.screenshot({ path: `${SCREENS}/casework-form-errors-1366.png`, fullPage: true });

  await form.getByLabel(text.form.phone).fill('0812 3456 7890');
  await form.getByLabel(text.form.birthDate).fill('1958-08-17');
  await button(desk, text.ticket.createAndOpen).click();

  await expect(desk.getByRole('heading', { level: 2, name: 'Hj. Daeng Ngai' })).toBeVisible();
  await expect(desk.getByRole('status')).toContainText(
    'Kunjungan A-001 dibuka untuk Hj. Daeng Ngai.',
  );
  await expect(desk.getByText('Kabupaten Gowa, Sulawesi Selatan')).toBeVisible();
  await expect(desk.getByText('17 Agustus 1958 (68 tahun)')).toBeVisible();
  await expect(
    desk.getByRole('listitem').filter({ hasText: 'Kunjungan · tiket A-001' }),
  ).toBeVisible();
  await desk.screenshot({ path: `${SCREENS}/casework-visit-1366.png` });

  // The console keeps the ticket in hand; opening its berkas again goes straight to the visit.
  await desk.getByRole('link', { name: text.backToQueue }).click();
  await desk.getByRole('link', { name: 'Buka berkas' }).click();
  await expect(desk.getByRole('heading', { level: 2, name: 'Hj. Daeng Ngai' })).toBeVisible();
});

test('a NIK attached later catches the duplicate; merging keeps both visits in one case', async ({
  context,
}) => {
  const { kiosk, desk } = await kioskAndConsole(context, await demoConfig());
  await registerAtKiosk(kiosk, { nik, serviceName: informasi });
  await registerAtKiosk(kiosk, { name: 'SITI AMINAH', serviceName: informasi });

  await callAndOpenCase(desk);
  await createBeneficiaryAndOpenVisit(desk, { name: 'Siti Aminah' });
  await desk.getByRole('link', { name: text.backToQueue }).click();
  await serveAndFinish(desk);

  // The second visitor came without an ID card; the name search finds "Siti Aminah" but staff
  // are not sure, and make a new record.
  await callAndOpenCase(desk);
  await expect(
    desk.getByText(text.search.count.replace('{count}', '1').replace('{query}', 'SITI AMINAH')),
  ).toBeVisible();
  await createBeneficiaryAndOpenVisit(desk, { name: 'Sitti Aminah' });

  // Later the visitor finds her KTP: the NIK is already Siti Aminah's.
  await button(desk, text.visit.editPerson).click();
  const form = desk.getByRole('form', { name: text.form.editTitle });
  await form.getByLabel(text.form.nik, { exact: true }).fill(nik);
  await button(desk, text.form.saveChanges).click();
  const dialog = desk.getByRole('dialog', { name: text.duplicates.title });
  await expect(dialog).toContainText('NIK sama dengan data Siti Aminah yang sudah tercatat.');
  await desk.screenshot({ path: `${SCREENS}/casework-duplicate-1366.png` });
  await dialog.getByRole('button', { name: `${text.duplicates.merge}: Siti Aminah` }).click();

  await expect(desk.getByRole('status')).toContainText('Data Sitti Aminah tersimpan.');
  await expect(desk.getByText(formatNik(nik))).toBeVisible();
  const timeline = desk.getByRole('list', { name: text.timeline.label });
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Kunjungan · tiket' })).toHaveCount(
    2,
  );
  await expect(timeline).toContainText('A-001');
  await expect(timeline).toContainText('A-002');

  // From the casework home, either spelling finds the one merged case.
  await desk.goto('/#/casework');
  await desk.getByLabel(text.search.label).fill('sitti aminah');
  await desk.getByRole('button', { name: text.search.submit, exact: true }).click();
  await desk
    .getByRole('button', { name: text.search.openLabel.replace('{name}', 'Sitti Aminah') })
    .click();
  await expect(desk.getByRole('heading', { level: 2, name: 'Sitti Aminah' })).toBeVisible();
  await expect(
    desk.getByRole('list', { name: text.timeline.label }).getByRole('listitem'),
  ).toHaveCount(2);
});

for (const [model, tabs, stock] of [
  ['single_referral_point', ['Ringkasan', 'Rujukan'], false],
  ['single_entry_point', ['Ringkasan', 'Asesmen', 'Layanan darurat', 'Rujukan'], true],
  ['one_stop_shop', ['Ringkasan', 'Asesmen', 'Layanan darurat', 'Rujukan'], true],
] as const) {
  test(`a ${model.replaceAll('_', ' ')} offers ${tabs.join(', ')}`, async ({ context }) => {
    const { kiosk, desk } = await kioskAndConsole(
      context,
      await demoConfig({ serviceModel: model }),
    );
    await registerAtKiosk(kiosk, { name: 'Budi', serviceName: informasi });
    await callAndOpenCase(desk);
    await createBeneficiaryAndOpenVisit(desk, {});
    const nav = desk.getByRole('navigation', { name: text.visit.tabs });
    await expect(nav.getByRole('link')).toHaveText([...tabs]);
    // A tab the model does not offer, typed into the address, shows the summary instead.
    await desk.goto(desk.url().replace(/\/summary$/, '/emergency'));
    const current = nav.getByRole('link', {
      name: stock ? 'Layanan darurat' : 'Ringkasan',
      exact: true,
    });
    await expect(current).toHaveAttribute('aria-current', 'page');
    await desk.goto('/#/casework');
    await expect(desk.getByRole('heading', { name: text.home.stock })).toHaveCount(stock ? 1 : 0);
  });
}
