// The staff screens checked with axe-core (WCAG 2.2 A and AA) in every state a petugas or a
// supervisor meets: the console, casework, reports, setup and settings, and the display board.
// Each state is brought about the way the screens' own specs do it (data written into the store
// as a sync would, then the screen used through its accessible names), and checked whole.
import { expect, type Page, test } from '@playwright/test';
import {
  type Beneficiary,
  beneficiaryFields,
  validateBeneficiary,
} from '../../core/beneficiary/beneficiary.ts';
import type { CentreReference } from '../../core/centre/reference.ts';
import type { PriorityClass, Ticket } from '../../core/queue/ticket.ts';
import { encodeHlc } from '../../core/sync/hlc.ts';
import type { Registration } from '../../core/visitor/registration.ts';
import { assessment as assessmentText } from '../../renderer/i18n/id/assessment.ts';
import { display as displayText } from '../../renderer/i18n/id/display.ts';
import { emergency as emergencyText } from '../../renderer/i18n/id/emergency.ts';
import { referral as referralText } from '../../renderer/i18n/id/referral.ts';
import { reports as reportsText } from '../../renderer/i18n/id/reports.ts';
import { setup as setupText } from '../../renderer/i18n/id/setup.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { testReference } from '../support/config.ts';
import { demoConfig, installConfig, SUPERVISOR_PIN } from '../support/installation.ts';
import { testNik } from '../support/kiosk-flow.ts';
import {
  callAndOpenCase,
  text as caseworkText,
  createBeneficiaryAndOpenVisit,
  openVisitTab,
} from './casework-steps.ts';
import {
  button,
  CENTRE_TIME_ZONE,
  callNext,
  text as consoleText,
  DAY,
  OPENING,
  openConsoleAt,
  queueRow,
  serveAndFinish,
  ticketInHand,
} from './console-steps.ts';
import { END_OF_DAY, seedReportDay } from './reports-fixture.ts';

test.use({ timezoneId: CENTRE_TIME_ZONE, viewport: { width: 1366, height: 768 } });

const SCREENS = 'test-results/screens/a11y';
const DEVICE = '0193a5c4-7d2e-7b61-9f3a-0000000000aa';
/** Half past eight: the first visitors have been waiting a while. */
const MORNING = new Date(OPENING.getTime() + 30 * 60_000);

// ---- Data, written into the store as a sync would have brought it. ----

let serial = 0;
const rowId = () => {
  serial += 1;
  return `0193a5c4-7d2e-7b61-9f3a-${String(serial).padStart(12, '0')}`;
};
const minutesAfterOpening = (minutes: number) => OPENING.getTime() + minutes * 60_000;
const stamp = (at: number) => encodeHlc({ wallMs: at, counter: serial }, DEVICE);

/** A waiting ticket of today, arrived `minute` minutes after opening. */
function waitingTicket(
  number: string,
  serviceId: string,
  minute: number,
  fields: Partial<Ticket> = {},
): Ticket {
  const arrivedAt = minutesAfterOpening(minute);
  return {
    id: rowId(),
    balaiId: 'brslu-gau-mabaji',
    updatedAt: stamp(arrivedAt),
    rev: 1,
    deleted: 0,
    number,
    letter: number.slice(0, 1),
    seq: Number(number.slice(2)),
    serviceId,
    localDay: DAY,
    lane: 'regular',
    priorityClasses: [],
    state: 'waiting',
    arrivedAt,
    issuedAt: arrivedAt,
    issuedBy: DEVICE,
    callCount: 0,
    ...fields,
  };
}

/** What the kiosk kept of the visitor, tied to their ticket. */
function registered(
  ticket: Ticket,
  visitor: { nik?: string; name?: string; priorityClasses?: PriorityClass[] },
): { ticket: Ticket; registration: Registration } {
  const registration: Registration = {
    id: rowId(),
    balaiId: ticket.balaiId,
    updatedAt: ticket.updatedAt,
    rev: 1,
    deleted: 0,
    ticketId: ticket.id,
    serviceId: ticket.serviceId,
    localDay: DAY,
    registeredAt: ticket.arrivedAt,
    deviceId: DEVICE,
    hasNoId: visitor.nik === undefined,
    ...(visitor.nik !== undefined ? { nik: visitor.nik } : {}),
    ...(visitor.name !== undefined ? { name: visitor.name } : {}),
    priorityClasses: visitor.priorityClasses ?? [],
    consent: {
      given: true,
      textVersion: 'kiosk-consent-2026-11',
      at: ticket.arrivedAt,
      channel: 'kiosk',
    },
  };
  return { ticket: { ...ticket, registrationId: registration.id }, registration };
}

const reference: CentreReference = {
  version: 5,
  ...testReference({
    partners: [
      {
        id: 'dinsos-gowa',
        name: 'Dinas Sosial Kabupaten Gowa',
        kind: 'dinas_sosial',
        address: 'Jl. Mesjid Raya No. 30, Sungguminasa',
      },
      { id: 'lks-bina-lansia', name: 'LKS Bina Lansia Sejahtera', kind: 'lks' },
      { id: 'rsud-syekh-yusuf', name: 'RSUD Syekh Yusuf', kind: 'rumah_sakit' },
    ],
    staff: [
      { id: 'siti', name: 'Siti Rahmawati', role: 'petugas_loket', active: true },
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

/** A person the centre already knows. */
function knownBeneficiary(name: string, nik: string): Beneficiary {
  const checked = validateBeneficiary(
    {
      name,
      nik,
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
    id: rowId(),
    balaiId: reference.centre.id,
    updatedAt: stamp(at),
    rev: 1,
    deleted: 0,
  };
}

/**
 * Rows put straight into the installation's IndexedDB (table → rows; `meta` takes {key, value}),
 * then a reload. The page must have opened the app once, so the database exists.
 */
async function seedRows(page: Page, rows: Record<string, unknown[]>): Promise<void> {
  await page.evaluate(async (tables) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('serasi-desk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(tables), 'readwrite');
      for (const [table, list] of Object.entries(tables)) {
        for (const row of list) tx.objectStore(table).put(row);
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, rows);
  await page.reload();
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENS}/${name}.png` });
}

// ---- The console. ----

test('the console is usable with assistive tech in every state: chooser, queue, ticket in hand, dialogs', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: MORNING });
  await installConfig(page, await demoConfig());

  await page.goto('/#/console');
  await expect(
    page.getByRole('heading', { level: 1, name: consoleText.chooser.title }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'console: counter chooser');
  await shot(page, 'console-chooser');

  // A morning's queue at Loket 1: three services, an elderly visitor, an emergency nobody has
  // taken yet, and a change of this counter that the server refused.
  await openConsoleAt(page, 1);
  const first = registered(waitingTicket('A-001', 'informasi', 0), { name: 'Sitti Aminah' });
  const elderly = registered(
    waitingTicket('S-001', 'asesmen', 4, {
      lane: 'priority',
      priorityClasses: ['elderly', 'disability'],
    }),
    { nik: testNik({ day: 5, month: 6, year: 1950 }), priorityClasses: ['elderly', 'disability'] },
  );
  const tickets = [
    first.ticket,
    elderly.ticket,
    waitingTicket('R-001', 'rujukan', 9),
    waitingTicket('A-002', 'informasi', 12),
    waitingTicket('D-001', 'darurat', 25, { lane: 'emergency' }),
  ];
  await seedRows(page, {
    tickets,
    registrations: [first.registration, elderly.registration],
    meta: [{ key: 'sync.reference', value: reference }],
    syncNotices: [
      {
        at: MORNING.getTime() - 120_000,
        action: 'call',
        ticketNumber: 'A-009',
        counterId: 'loket-1',
        message: 'A-009 sudah dipanggil di Loket 2',
      },
    ],
  });
  await expect(queueRow(page, 'S-001')).toBeVisible();
  const emergency = page.getByRole('alert').filter({ hasText: consoleText.emergency.label });
  await expect(emergency).toContainText('D-001');
  await expect(page.getByText(/A-009 sudah dipanggil di Loket 2/)).toBeVisible();
  await page.mouse.move(0, 0);
  await expectNoAxeViolations(
    page,
    'console: waiting queue with priority and emergency, sync notice',
  );
  await shot(page, 'console-queue');

  // The staff member on duty, from the centre's list.
  const staff = page.getByLabel(consoleText.header.staffOnDuty);
  await staff.selectOption({ label: 'Siti Rahmawati' });
  await expect(staff).toHaveValue('siti');
  await expectNoAxeViolations(page, 'console: staff on duty chosen');

  // The emergency taken to this counter.
  await emergency.getByRole('button', { name: 'Ambil D-001 ke loket ini' }).click();
  await expect(page.getByRole('article', { name: 'D-001' })).toContainText('Dipanggil');
  await expectNoAxeViolations(page, 'console: emergency ticket in hand');
  await serveAndFinish(page);

  // A regular visitor in hand; a second call is refused, in words.
  expect(await callNext(page)).toBe('A-001');
  await page.keyboard.press('F2');
  await expect(page.getByRole('alert').filter({ hasText: 'A-001 masih dipanggil' })).toBeVisible();
  await expectNoAxeViolations(page, 'console: ticket called, a refusal shown');
  await shot(page, 'console-in-hand');
  await button(page, consoleText.action.start).click();
  await expect(ticketInHand(page)).toContainText('Dilayani');
  await expectNoAxeViolations(page, 'console: ticket being served');
  await shot(page, 'console-serving');

  // The transfer dialog, with its "choose a service" message.
  await button(page, consoleText.action.transfer).click();
  const transfer = page.getByRole('dialog', { name: 'Alihkan A-001 ke layanan lain' });
  await transfer.getByRole('button', { name: consoleText.transfer.confirm, exact: true }).click();
  await expect(transfer.getByRole('alert')).toHaveText(consoleText.transfer.chooseService);
  await expectNoAxeViolations(page, 'console: transfer dialog with its error');
  await shot(page, 'console-transfer');
  await page.keyboard.press('Escape');
  await expect(transfer).toBeHidden();

  // The cancel dialog, refusing an empty reason.
  await button(page, consoleText.action.cancel).click();
  const cancel = page.getByRole('dialog', { name: 'Batalkan A-001' });
  await cancel.getByRole('button', { name: consoleText.cancel.confirm }).click();
  await expect(cancel.getByRole('alert')).toHaveText(consoleText.cancel.reasonRequired);
  await expectNoAxeViolations(page, 'console: cancel dialog with its error');
  await shot(page, 'console-cancel');
});

// ---- Casework. ----

const KNOWN_NIK = testNik({ day: 17, month: 8, year: 1958, female: true, serial: 21 });

test('finding and registering a visitor in casework works with assistive tech: search, form errors, duplicate, case page', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: MORNING });
  await installConfig(page, await demoConfig());
  await page.goto('/#/casework');
  await expect(page.getByRole('heading', { name: caseworkText.home.search })).toBeVisible();
  const siti = knownBeneficiary('Siti Aminah', KNOWN_NIK);
  const daeng = knownBeneficiary(
    'Hj. Daeng Ngai',
    testNik({ day: 5, month: 6, year: 1950, female: true }),
  );
  // She came without her KTP; the kiosk kept the name she gave.
  const visitor = registered(waitingTicket('A-001', 'informasi', 0), { name: 'Siti Aminah' });
  await seedRows(page, {
    tickets: [visitor.ticket],
    registrations: [visitor.registration],
    beneficiaries: [siti, daeng],
    meta: [{ key: 'sync.reference', value: reference }],
  });
  await expect(page.getByRole('heading', { name: caseworkText.home.stock })).toBeVisible();
  await expectNoAxeViolations(page, 'casework home: search, overdue list, stock table');
  await shot(page, 'casework-home');

  // Searching from the home.
  await page.getByLabel(caseworkText.search.label).fill('daeng');
  await page.getByRole('button', { name: caseworkText.search.submit, exact: true }).click();
  const openDaeng = page.getByRole('button', {
    name: caseworkText.search.openLabel.replace('{name}', 'Hj. Daeng Ngai'),
  });
  await expect(openDaeng).toBeVisible();
  await expectNoAxeViolations(page, 'casework home: search results');

  // Her whole case, not visited yet.
  await openDaeng.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hj. Daeng Ngai' })).toBeVisible();
  await expectNoAxeViolations(page, 'casework: a person’s case without visits');

  // The called ticket: the name search finds someone like her.
  await callAndOpenCase(page);
  await expect(
    page.getByText(
      caseworkText.search.count.replace('{count}', '1').replace('{query}', 'Siti Aminah'),
    ),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'casework: whose ticket, with search results');

  // A new record with mistakes: the summary names them.
  await button(page, caseworkText.search.create).click();
  const form = page.getByRole('form', { name: caseworkText.form.newTitle });
  await form.getByLabel(caseworkText.form.phone).fill('0812-abc');
  await form.getByLabel(caseworkText.form.birthDate).fill('2030-01-01');
  await button(page, caseworkText.ticket.createAndOpen).click();
  await expect(form.getByRole('alert').first()).toContainText('Periksa');
  await expectNoAxeViolations(page, 'casework: new beneficiary form with its error summary');
  await page.screenshot({ path: `${SCREENS}/casework-form-errors.png`, fullPage: true });

  // With her NIK it is the person already known: the duplicate dialog.
  await form.getByLabel(caseworkText.form.phone).fill('0812 3456 7890');
  await form.getByLabel(caseworkText.form.birthDate).fill('1958-08-17');
  await form.getByLabel(caseworkText.form.nik, { exact: true }).fill(KNOWN_NIK);
  await button(page, caseworkText.ticket.createAndOpen).click();
  const duplicate = page.getByRole('dialog', { name: caseworkText.duplicates.title });
  await expect(duplicate).toContainText('Siti Aminah');
  await expectNoAxeViolations(page, 'casework: duplicate dialog');
  await shot(page, 'casework-duplicate');
  await duplicate
    .getByRole('button', { name: new RegExp(caseworkText.duplicates.use) })
    .first()
    .click();
  await expect(page.getByRole('navigation', { name: caseworkText.visit.tabs })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Siti Aminah' })).toBeVisible();
  await expectNoAxeViolations(page, 'casework: visit summary just opened');
});

test('a visit’s tabs work with assistive tech: assessment errors and urgency, emergency help, referral and tracking, the case timeline', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.clock.install({ time: MORNING });
  await installConfig(page, await demoConfig());
  await page.goto('/#/casework');
  await expect(page.getByRole('heading', { name: caseworkText.home.search })).toBeVisible();
  const nik = testNik({ day: 2, month: 3, year: 1949, serial: 7 });
  const visitor = registered(waitingTicket('A-001', 'informasi', 0), { nik });
  await seedRows(page, {
    tickets: [visitor.ticket],
    registrations: [visitor.registration],
    meta: [{ key: 'sync.reference', value: reference }],
  });

  // Stock: a bad quantity refused, then twelve food packs received.
  const receive = page.getByRole('form', { name: emergencyText.stock.receiveTitle });
  await receive
    .getByLabel(emergencyText.stock.item, { exact: true })
    .selectOption({ label: 'Paket makanan' });
  await receive.getByLabel(emergencyText.stock.receiveQuantity).fill('0');
  await receive.getByRole('button', { name: emergencyText.stock.receive }).click();
  await expect(receive.getByRole('alert')).toContainText('bilangan bulat');
  await expectNoAxeViolations(page, 'casework home: stock empty, receive refused');
  await receive.getByLabel(emergencyText.stock.receiveQuantity).fill('12');
  await receive.getByRole('button', { name: emergencyText.stock.receive }).click();
  await expect(receive.getByRole('status')).toContainText('Stok Paket makanan bertambah');

  await callAndOpenCase(page);
  await createBeneficiaryAndOpenVisit(page, { name: 'Baso Daeng Tika' });

  // Asesmen: completing too early names what is missing.
  await openVisitTab(page, 'assessment');
  await expect(page.getByRole('heading', { level: 2, name: assessmentText.heading })).toBeVisible();
  await button(page, assessmentText.complete).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Asesmen belum dapat diselesaikan' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'casework: assessment with its error summary');
  await shot(page, 'assessment-errors');

  // A risk answered "Ya": the urgent banner.
  const group = (label: string) => page.getByRole('group', { name: new RegExp(`^${label}`) });
  const radio = (groupLabel: string, option: string) =>
    group(groupLabel).getByRole('radio', { name: option, exact: true });
  const textbox = (label: string) => page.getByRole('textbox', { name: new RegExp(`^${label}`) });
  await radio('Sumber informasi', 'Yang bersangkutan sendiri').check();
  await radio('Tinggal bersama', 'Tidak punya tempat tinggal').check();
  await textbox('Situasi keluarga').fill('Anak-anak merantau ke Kalimantan.');
  await textbox('Masalah yang dihadapi').fill('Tidur di terminal Sungguminasa sejak sebulan.');
  await radio('Anak dalam situasi berisiko', 'Tidak').check();
  await radio('Mengalami atau terancam kekerasan', 'Ya').check();
  await radio('Risiko menyakiti diri sendiri', 'Tidak').check();
  await expect(
    page.getByRole('alert').filter({ hasText: assessmentText.urgent.label }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'casework: assessment marked urgent');
  await shot(page, 'assessment-urgent');

  await radio('Rekomendasi \\(wajib\\)', 'Rujukan').check();
  await group('Kebutuhan \\(wajib\\)')
    .getByRole('checkbox', { name: /^Dukungan pemenuhan hidup layak/ })
    .check();
  await textbox('Alasan rekomendasi').fill('Penelusuran keluarga oleh Dinas Sosial.');
  await button(page, assessmentText.complete).click();
  await expect(page.getByText(/^Diselesaikan oleh /)).toBeVisible();
  await expectNoAxeViolations(page, 'casework: assessment completed');

  // Layanan darurat: more than the shelf holds is refused; then given, the stock runs low.
  await openVisitTab(page, 'emergency');
  const aid = page.getByRole('region', { name: emergencyText.panel.title });
  await expect(aid.getByText(emergencyText.panel.historyEmpty)).toBeVisible();
  await expectNoAxeViolations(page, 'casework: emergency help, nothing given yet');
  await aid.getByLabel('Paket makanan', { exact: true }).check();
  const foodQuantity = aid.getByLabel('Jumlah paket makanan (paket)');
  await foodQuantity.fill('20');
  await aid.getByRole('button', { name: emergencyText.panel.give }).click();
  await expect(aid.getByRole('alert').filter({ hasText: 'Bantuan belum dicatat' })).toBeVisible();
  await expectNoAxeViolations(page, 'casework: emergency help refused for lack of stock');
  await shot(page, 'emergency-refused');
  await foodQuantity.fill('3');
  await aid.getByRole('button', { name: emergencyText.panel.give }).click();
  await expect(aid.getByRole('region', { name: emergencyText.panel.givenTitle })).toBeVisible();
  await expect(aid.getByRole('region', { name: emergencyText.panel.lowStockTitle })).toBeVisible();
  await expectNoAxeViolations(page, 'casework: emergency help given, stock low');
  await shot(page, 'emergency-given');

  // Rujukan: the empty form refused, then a referral sent to tomorrow's follow-up.
  await openVisitTab(page, 'referral');
  const refer = page.getByRole('region', { name: referralText.panel.title, exact: true });
  const followUp = refer.getByLabel(referralText.panel.followUpBy, { exact: true });
  await followUp.fill('2026-11-20');
  await button(page, referralText.panel.submit).click();
  await expect(
    refer.getByRole('alert').filter({ hasText: 'Rujukan belum disimpan' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'casework: referral form with its errors');
  await shot(page, 'referral-errors');
  await refer
    .getByLabel(referralText.panel.partner, { exact: true })
    .selectOption({ value: 'dinsos-gowa' });
  await refer.getByLabel(referralText.panel.reason, { exact: true }).fill('Penelusuran keluarga.');
  await followUp.fill('2026-11-24');
  await button(page, referralText.panel.submit).click();
  await expect(refer.getByRole('region', { name: referralText.panel.savedTitle })).toBeVisible();
  const item = refer.getByRole('article', { name: /^Surat / });
  await expect(item).toContainText('Status: Dikirim');
  await expectNoAxeViolations(page, 'casework: referral sent, with its status controls');
  await item.getByRole('button', { name: 'Tandai Ditolak' }).click();
  await expect(item.getByRole('alert')).toHaveText(referralText.list.rejectReasonRequired);
  await item.getByLabel(/^Catatan/).fill('Dikonfirmasi lewat telepon.');
  await item.getByRole('button', { name: 'Tandai Diterima' }).click();
  await expect(item).toContainText('Status: Diterima');
  await expectNoAxeViolations(page, 'casework: referral accepted');
  await shot(page, 'referral-tracking');

  // The visit's summary tells it back.
  await openVisitTab(page, 'summary');
  const timeline = page.getByRole('list', { name: caseworkText.timeline.label });
  await expect(timeline).toContainText('Rujukan');
  await expectNoAxeViolations(page, 'casework: visit summary with its timeline');
  await shot(page, 'visit-summary');

  // Three days on: the referral is overdue at the casework home; the person's case.
  await page.clock.setSystemTime(new Date('2026-11-26T09:00:00+08:00'));
  await page.goto('/#/casework');
  await expect(
    page.getByRole('table', { name: referralText.overdue.caption }).getByRole('row'),
  ).toHaveCount(2);
  await expectNoAxeViolations(page, 'casework home: an overdue referral');
  await shot(page, 'casework-overdue');
  await page.getByLabel(caseworkText.search.label).fill('baso');
  await page.getByRole('button', { name: caseworkText.search.submit, exact: true }).click();
  await page
    .getByRole('button', {
      name: caseworkText.search.openLabel.replace('{name}', 'Baso Daeng Tika'),
    })
    .click();
  await expect(page.getByRole('list', { name: caseworkText.timeline.label })).toContainText(
    'Rujukan',
  );
  await expectNoAxeViolations(page, 'casework: a person’s case with its timeline');
  await shot(page, 'person-case');
});

// ---- Reports. ----

test('the supervisor’s reports work with assistive tech: figures, charts, tables, a bad period, printing, the daily closing', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: END_OF_DAY });
  await installConfig(page, await demoConfig());
  await page.goto('/#/reports');
  await expect(page.getByRole('heading', { level: 1, name: reportsText.title })).toBeVisible();
  await seedReportDay(page);
  await expect(page.getByText('Periode: 23 November 2026')).toBeVisible();
  await expect(page.getByRole('table', { name: reportsText.queue.table.byService })).toBeVisible();
  await expectNoAxeViolations(page, 'reports: the day’s queue report');
  await shot(page, 'reports-queue');

  await page.getByRole('button', { name: reportsText.tabs.service }).click();
  await expect(page.getByRole('button', { name: reportsText.tabs.service })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expectNoAxeViolations(page, 'reports: the service report');
  await page.getByRole('button', { name: reportsText.tabs.queue }).click();

  await page.getByRole('radio', { name: reportsText.period.range }).check();
  await page.getByLabel(reportsText.period.from).fill('2026-11-20');
  await page.getByLabel(reportsText.period.to).fill('2026-11-10');
  await page.getByRole('button', { name: reportsText.period.show }).click();
  await expect(page.getByRole('alert')).toContainText('sebelum tanggal awal');
  await expectNoAxeViolations(page, 'reports: a reversed range refused');
  await shot(page, 'reports-period-refused');

  await page.getByRole('button', { name: reportsText.actions.print }).click();
  const preview = page.getByRole('dialog', { name: reportsText.print.dialogTitle });
  await expect(preview).toBeVisible();
  await expectNoAxeViolations(page, 'reports: print preview');
  await preview.getByRole('button', { name: reportsText.print.close }).click();

  await page.getByRole('button', { name: reportsText.tabs.closing }).click();
  await expect(
    page.getByRole('table', { name: 'Tiket yang masih terbuka pada 23 November 2026' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'reports: daily closing with open tickets');
  await shot(page, 'reports-closing');
  await page.getByRole('radio', { name: new RegExp(reportsText.closing.carryOver) }).check();
  await page.getByLabel(reportsText.closing.closedBy).selectOption({ label: 'Siti Aminah' });
  await page.getByRole('button', { name: reportsText.closing.close }).click();
  const confirm = page.getByRole('dialog', { name: 'Tutup layanan 23 November 2026?' });
  await expect(confirm).toBeVisible();
  await expectNoAxeViolations(page, 'reports: closing confirmation');
  await confirm.getByRole('button', { name: reportsText.closing.confirm }).click();
  const summary = page.getByRole('dialog', { name: reportsText.print.dialogTitle });
  await expect(summary).toBeVisible();
  await summary.getByRole('button', { name: reportsText.print.close }).click();
  await expect(page.getByText(/sudah ditutup oleh Siti Aminah/)).toBeVisible();
  await expectNoAxeViolations(page, 'reports: the day closed');
});

// ---- Setup and settings. ----

test('first-run setup works with assistive tech: the form, its errors, the enrolment path', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: setupText.title, level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, 'setup: first-run form');
  await shot(page, 'setup-first-run');

  await page.getByLabel(setupText.centre.choose).selectOption({ label: setupText.centre.custom });
  await page.getByLabel(setupText.pin.pin, { exact: true }).fill('2580');
  await page.getByLabel(setupText.pin.confirm).fill('2850');
  await page.getByLabel(setupText.queue.targetWait).fill('2');
  await page.getByRole('button', { name: setupText.save }).click();
  const summary = page.getByRole('region', { name: /perlu diperbaiki/ });
  await expect(summary).toBeFocused();
  await expectNoAxeViolations(page, 'setup: first-run form with errors');
  await page.screenshot({ path: `${SCREENS}/setup-errors.png`, fullPage: true });

  await page.getByRole('radio', { name: setupText.path.enrol.label }).check();
  await page.getByRole('button', { name: setupText.enrol.submit }).click();
  await expect(page.getByRole('region', { name: /perlu diperbaiki/ })).toBeVisible();
  await expectNoAxeViolations(page, 'setup: enrolment path with errors');
  await shot(page, 'setup-enrol-errors');
});

test('settings behind the supervisor PIN work with assistive tech: the gate, a wrong PIN, the form', async ({
  page,
}) => {
  await installConfig(page, await demoConfig());
  await page.goto('/#/setup');
  const pin = page.getByLabel(setupText.gate.pin);
  await expect(pin).toBeVisible();
  await expectNoAxeViolations(page, 'settings: PIN gate');
  await pin.fill('0000');
  await page.getByRole('button', { name: setupText.gate.submit }).click();
  await expect(page.getByRole('alert')).toContainText('PIN salah');
  await expectNoAxeViolations(page, 'settings: a wrong PIN');
  await shot(page, 'settings-pin-wrong');

  await pin.fill(SUPERVISOR_PIN);
  await page.getByRole('button', { name: setupText.gate.submit }).click();
  await expect(page.getByRole('heading', { name: setupText.editTitle, level: 1 })).toBeVisible();
  await expectNoAxeViolations(page, 'settings: the form of a configured PC');
  await shot(page, 'settings-form');
});

// ---- The display board. ----

test('the display board is readable with assistive tech, empty and with calls shown', async ({
  context,
}) => {
  test.setTimeout(90_000);
  await context.clock.install({ time: MORNING });
  const config = await demoConfig();
  const [desk, board] = [await context.newPage(), await context.newPage()];
  for (const page of [desk, board]) await installConfig(page, config);
  await board.setViewportSize({ width: 1920, height: 1080 });
  await board.goto('/#/display');
  await expect(board.getByRole('heading', { name: displayText.counters })).toBeVisible();
  await expectNoAxeViolations(board, 'board: no call yet');
  await shot(board, 'board-empty');

  await seedRows(board, {
    tickets: [
      waitingTicket('A-001', 'informasi', 0),
      waitingTicket('R-001', 'rujukan', 3),
      waitingTicket('A-002', 'informasi', 6),
    ],
  });
  await expect(board.getByRole('heading', { name: displayText.counters })).toBeVisible();
  await openConsoleAt(desk, 1);
  expect(await callNext(desk)).toBe('A-001');
  await serveAndFinish(desk);
  expect(await callNext(desk)).toBe('R-001');
  await button(desk, consoleText.header.changeCounter).click();
  await openConsoleAt(desk, 2);
  expect(await callNext(desk)).toBe('A-002');
  // The board says each call in turn (chime, number, counter): the last one comes after the others.
  await expect(board.getByRole('status')).toHaveText('Nomor antrian A-002, silakan ke Loket 2', {
    timeout: 30_000,
  });
  await expect(board.getByRole('table').getByRole('row')).toHaveCount(4);
  await expectNoAxeViolations(board, 'board: calls shown and captioned');
  await shot(board, 'board-calls');

  // A browser that holds back sound: the board asks to enable it.
  await board.evaluate(() => {
    HTMLMediaElement.prototype.play = () =>
      Promise.reject(new DOMException('play() needs a user gesture', 'NotAllowedError'));
  });
  await button(desk, consoleText.action.recall).click();
  await expect(board.getByRole('button', { name: displayText.enableSound })).toBeVisible();
  await expectNoAxeViolations(board, 'board: sound held back, enable button shown');
  await shot(board, 'board-sound-blocked');
});
