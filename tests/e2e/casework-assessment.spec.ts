// The ATENSI assessment at the counter, in real Chromium: a called ticket → its casework → a new
// beneficiary record → the "Asesmen" tab. What is typed survives a reload; completing with a
// missing answer says what is missing in Indonesian, focuses it and loses nothing; a risk flag
// answered "Ya" shows the urgent banner at once; completion shows who and when; "Ubah" writes a
// second version and the history names what changed. A Single Entry Point does not offer
// admission, so the recommendation does not show it.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { assessment as text } from '../../renderer/i18n/id/assessment.ts';
import { casework as caseworkText } from '../../renderer/i18n/id/casework.ts';
import { demoConfig } from '../support/installation.ts';
import { registerAtKiosk } from '../support/kiosk-flow.ts';
import {
  button,
  CENTRE_TIME_ZONE,
  callNext,
  text as consoleText,
  kioskAndConsole,
  openConsoleAt,
} from './console-steps.ts';

test.use({ timezoneId: CENTRE_TIME_ZONE });

const SCREENS = 'test-results/screens/casework';

function group(page: Page, label: string): Locator {
  return page.getByRole('group', { name: new RegExp(`^${label}`) });
}

function textbox(page: Page, label: string): Locator {
  return page.getByRole('textbox', { name: new RegExp(`^${label}`) });
}

function radio(page: Page, groupLabel: string, option: string): Locator {
  return group(page, groupLabel).getByRole('radio', { name: option, exact: true });
}

function draftStatus(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^Draf tersimpan \d\d\.\d\d$/ });
}

/** From the kiosk to the "Asesmen" tab of a new visit of a new beneficiary. */
async function openAssessment(page: Page) {
  await expect(await callNext(page)).toBe('A-001');
  await page.getByRole('link', { name: consoleText.ticket.openCase }).click();
  await expect(page.getByRole('heading', { name: 'Siapa pemilik tiket A-001?' })).toBeVisible();
  await button(page, caseworkText.search.create).click();
  await expect(page.getByRole('textbox', { name: /^Nama lengkap/ })).toHaveValue('Daeng Ngai');
  await button(page, caseworkText.ticket.createAndOpen).click();
  await page.getByRole('link', { name: caseworkText.visit.tab.assessment, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: text.heading })).toBeVisible();
}

test('an assessment survives a reload, refuses what is missing without losing anything, and keeps its history', async ({
  context,
}) => {
  const { kiosk, desk } = await kioskAndConsole(
    context,
    await demoConfig({ serviceModel: 'single_entry_point' }),
  );
  await registerAtKiosk(kiosk, { serviceName: 'Informasi & Pengaduan', name: 'Daeng Ngai' });
  await openConsoleAt(desk, 1);
  await openAssessment(desk);

  // The template, section by section, as a real form.
  for (const section of [
    'Identitas dan sumber informasi',
    'Situasi keluarga',
    'Masalah dan PPKS',
    'Kebutuhan menurut komponen ATENSI',
    'Tanda risiko',
    'Rekomendasi',
  ]) {
    await expect(group(desk, section).first()).toBeVisible();
  }
  // A Single Entry Point assesses, helps on the spot and refers, but does not admit.
  const recommendation = group(desk, 'Rekomendasi \\(wajib\\)');
  await expect(recommendation.getByRole('radio')).toHaveCount(2);
  await expect(recommendation.getByRole('radio', { name: 'Layanan di tempat' })).toBeVisible();
  await expect(recommendation.getByRole('radio', { name: /Penerimaan/ })).toHaveCount(0);

  // Type some answers; the draft saves itself.
  await radio(desk, 'Sumber informasi', 'Keluarga').check();
  await radio(desk, 'Tinggal bersama', 'Tidak punya tempat tinggal').check();
  const situation = textbox(desk, 'Situasi keluarga');
  await situation.fill('Anak tinggal di Makassar, jarang pulang.');
  await expect(desk.getByText('40 dari 2.000 karakter')).toBeVisible();
  await group(desk, 'Kebutuhan \\(wajib\\)')
    .getByRole('checkbox', { name: /^Dukungan keluarga/ })
    .check();
  await textbox(desk, 'Alasan rekomendasi').fill('Perlu penelusuran keluarga.');
  await expect(draftStatus(desk)).toBeVisible();
  // The draft is saved a moment after typing stops: wait until the last words are in the store
  // (the status line already showed an earlier save of the same minute).
  await expect
    .poll(() =>
      desk.evaluate(`new Promise((resolve, reject) => {
        const open = indexedDB.open('serasi-desk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('drafts').objectStore('drafts').getAll();
          all.onsuccess = () => { resolve(JSON.stringify(all.result)); open.result.close(); };
        };
      })`),
    )
    .toContain('Perlu penelusuran keluarga.');

  // A reload (or a crash, or the idle lock) loses nothing.
  await desk.reload();
  await expect(desk.getByRole('heading', { level: 2, name: text.heading })).toBeVisible();
  await expect(situation).toHaveValue('Anak tinggal di Makassar, jarang pulang.');
  await expect(radio(desk, 'Sumber informasi', 'Keluarga')).toBeChecked();
  await expect(radio(desk, 'Tinggal bersama', 'Tidak punya tempat tinggal')).toBeChecked();
  await expect(
    group(desk, 'Kebutuhan \\(wajib\\)').getByRole('checkbox', { name: /^Dukungan keluarga/ }),
  ).toBeChecked();
  await expect(textbox(desk, 'Alasan rekomendasi')).toHaveValue('Perlu penelusuran keluarga.');
  await expect(draftStatus(desk)).toBeVisible();
  await desk.screenshot({ path: `${SCREENS}/assessment-form.png` });

  // Completing with answers missing: an Indonesian summary naming each, focus on the first.
  await button(desk, text.complete).click();
  const summary = desk.getByRole('alert').filter({ hasText: 'Asesmen belum dapat diselesaikan' });
  await expect(summary).toContainText('5 hal perlu diperbaiki');
  for (const message of [
    'Masalah yang dihadapi wajib diisi.',
    'Jawab "Anak dalam situasi berisiko": ya atau tidak.',
    'Jawab "Mengalami atau terancam kekerasan": ya atau tidak.',
    'Jawab "Risiko menyakiti diri sendiri": ya atau tidak.',
    'Rekomendasi wajib diisi.',
  ]) {
    await expect(summary.getByRole('link', { name: message })).toBeVisible();
  }
  const problem = textbox(desk, 'Masalah yang dihadapi');
  await expect(problem).toBeFocused();
  await expect(problem).toHaveAttribute('aria-invalid', 'true');
  await expect(problem).toHaveAccessibleDescription(/Masalah yang dihadapi wajib diisi\./);
  await expect(group(desk, 'Risiko menyakiti diri sendiri')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  // Nothing typed was lost.
  await expect(situation).toHaveValue('Anak tinggal di Makassar, jarang pulang.');
  await expect(radio(desk, 'Sumber informasi', 'Keluarga')).toBeChecked();
  await desk.screenshot({ path: `${SCREENS}/assessment-refused.png` });

  // Fix them. A risk flag answered "Ya" makes the case urgent at once.
  await problem.fill('Tidur di emperan toko sejak dua bulan.');
  await expect(problem).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toContainText('4 hal perlu diperbaiki');
  const urgent = desk.getByRole('alert').filter({ hasText: text.urgent.label });
  await expect(urgent).toHaveCount(0);
  await radio(desk, 'Anak dalam situasi berisiko', 'Tidak').check();
  await radio(desk, 'Mengalami atau terancam kekerasan', 'Ya').check();
  await expect(urgent).toBeVisible();
  await expect(urgent).toContainText('mengalami atau terancam kekerasan');
  await radio(desk, 'Risiko menyakiti diri sendiri', 'Tidak').check();
  await radio(desk, 'Rekomendasi \\(wajib\\)', 'Rujukan').check();
  await desk.screenshot({ path: `${SCREENS}/assessment-urgent.png` });

  await button(desk, text.complete).click();
  await expect(
    desk.getByText(/^Diselesaikan oleh .+ pukul \d\d\.\d\d, 23 November 2026$/),
  ).toBeVisible();
  await expect(desk.getByRole('status').filter({ hasText: text.completed })).toBeVisible();
  await expect(desk.getByText('Versi 1', { exact: true })).toBeVisible();
  await expect(desk.getByText(text.urgent.label, { exact: true })).toBeVisible();
  await expect(
    desk.getByRole('definition').filter({ hasText: 'Tidur di emperan toko' }),
  ).toBeVisible();
  await desk.screenshot({ path: `${SCREENS}/assessment-completed.png` });

  // The completed assessment stays after a reload: no draft any more.
  await desk.reload();
  await expect(desk.getByText(/^Diselesaikan oleh /)).toBeVisible();
  await expect(button(desk, text.complete)).toHaveCount(0);

  // "Ubah" opens it prefilled; saving writes version 2, and the history says what changed.
  await desk.getByRole('button', { name: text.view.editLabel }).click();
  await expect(problem).toHaveValue('Tidur di emperan toko sejak dua bulan.');
  await expect(desk.getByText('Anda mengubah asesmen versi 1.', { exact: false })).toBeVisible();
  await radio(desk, 'Tinggal bersama', 'Sendiri').check();
  await expect(draftStatus(desk)).toBeVisible();
  // The edit is a draft too: a reload keeps it, still as an edit.
  await desk.reload();
  await expect(radio(desk, 'Tinggal bersama', 'Sendiri')).toBeChecked();
  await button(desk, text.saveEdit).click();
  await expect(desk.getByText('Versi 2', { exact: true })).toBeVisible();
  await expect(
    desk.getByRole('status').filter({ hasText: 'Perubahan asesmen tersimpan sebagai versi 2.' }),
  ).toBeVisible();
  await desk.getByText('Riwayat (2 versi)').click();
  const history = desk.getByRole('group').filter({ hasText: 'Riwayat (2 versi)' });
  const entries = history.getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText(/Versi 1 — .+, pukul \d\d\.\d\d, 23 November 2026/);
  await expect(entries.nth(0)).toContainText('Asesmen pertama.');
  await expect(entries.nth(1)).toContainText('Versi 2');
  await expect(entries.nth(1)).toContainText('Diubah: Tinggal bersama');
  await entries.nth(1).scrollIntoViewIfNeeded();
  await desk.screenshot({ path: `${SCREENS}/assessment-history.png` });
});
