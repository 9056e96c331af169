// Bench: the supervisor's one-year report over 200,000 tickets (and their events and
// registrations), in real Chromium against the built renderer. The rows go straight into the
// app's IndexedDB from inside the page (raw bulk puts, so no day has report facts yet); then the
// report screen is timed from pressing "Tampilkan" for the year to its figures on screen (load +
// compute + render), and the A4 PDF of it from "Cetak…" to the PDF's bytes.
//
// The first report is "cold": it computes and stores the facts of all 365 days from their rows
// (renderer/store/report-facts.ts). The runs after it are "warm": the days' facts exist, as they
// do for a supervisor opening a year report in a running centre (facts are stored when a day is
// closed or first reported) — except today's, which is computed from its rows every time, as
// counters keep writing to it. The targets (≤ 1,000 ms on screen, ≤ 3 s PDF) are measured warm;
// the cold figure is printed beside them. It prints figures and fails nothing.
import type { Browser } from '@playwright/test';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { installConfig } from '../support/installation.ts';
import { printRow } from './report.ts';

const TICKETS = Number(process.env.BENCH_REPORT_TICKETS ?? 200_000);
const WARM_RUNS = 3;

/** Runs inside the page: fills the store with a year of synthetic tickets. */
async function seedYear(args: {
  count: number;
  balaiId: string;
  timeZone: string;
  counterIds: string[];
}): Promise<{ tickets: number; events: number; registrations: number; from: string; to: string }> {
  const { count, balaiId, counterIds } = args;
  const services = ['informasi', 'asesmen', 'rujukan', 'rehabilitasi', 'alat-bantu'];
  const letters = ['A', 'B', 'C', 'E', 'F'];
  const staff = ['siti', 'budi', 'ani', 'rahmat', 'petugas-lain'];
  const offsetMs = 8 * 3_600_000; // WITA
  const dayMs = 86_400_000;
  const todayStart = Math.floor((Date.now() + offsetMs) / dayMs) * dayMs - offsetMs;
  const dayOf = (ms: number) => new Date(ms + offsetMs).toISOString().slice(0, 10);
  let seed = 42;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const uuid = (n: number, kind: number) =>
    `0193a5c4-${kind.toString(16).padStart(4, '0')}-7000-8000-${n.toString(16).padStart(12, '0')}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('serasi-desk');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const perDay = Math.ceil(count / 365);
  const seqs = new Map<string, number>();
  let events = 0;
  let registrations = 0;
  const chunk = 10_000;
  for (let start = 0; start < count; start += chunk) {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['tickets', 'ticketEvents', 'registrations'], 'readwrite');
      const tickets = tx.objectStore('tickets');
      const ticketEvents = tx.objectStore('ticketEvents');
      const regs = tx.objectStore('registrations');
      for (let i = start; i < Math.min(count, start + chunk); i++) {
        const dayIndex = 364 - Math.floor(i / perDay);
        const dayStart = todayStart - dayIndex * dayMs;
        const localDay = dayOf(dayStart);
        const s = Math.floor(random() * services.length);
        const letter = letters[s] ?? 'A';
        const seqKey = `${localDay}${letter}`;
        const seq = (seqs.get(seqKey) ?? 0) + 1;
        seqs.set(seqKey, seq);
        const arrivedAt = dayStart + 8 * 3_600_000 + Math.floor(random() * 7 * 3_600_000);
        const roll = random();
        const state =
          dayIndex === 0 && roll < 0.2
            ? 'waiting'
            : roll < 0.82
              ? 'done'
              : roll < 0.9
                ? 'no_show'
                : roll < 0.95
                  ? 'cancelled'
                  : 'transferred';
        const called = state === 'done' || state === 'no_show';
        const firstCalledAt = arrivedAt + Math.floor(random() * 50 * 60_000);
        const startedAt = firstCalledAt + 60_000;
        const finishedAt = startedAt + Math.floor(5 * 60_000 + random() * 25 * 60_000);
        const id = uuid(i, 1);
        const counterId = counterIds[i % counterIds.length] ?? 'loket-1';
        const staffId = staff[i % staff.length] ?? 'siti';
        const number = `${letter}-${String(seq).padStart(3, '0')}`;
        const hlc = `${String(arrivedAt).padStart(15, '0')}-00000-0193a5c4-0000-7000-8000-000000000000`;
        const hasRegistration = i % 5 < 3;
        tickets.put({
          id,
          balaiId,
          updatedAt: hlc,
          rev: 1,
          deleted: 0,
          number,
          letter,
          seq,
          serviceId: services[s],
          localDay,
          lane: i % 7 === 0 ? 'priority' : 'regular',
          priorityClasses: i % 7 === 0 ? ['elderly'] : [],
          state,
          arrivedAt,
          issuedAt: arrivedAt,
          issuedBy: '0193a5c4-0000-7000-8000-000000000000',
          callCount: called ? 1 : 0,
          ...(hasRegistration ? { registrationId: uuid(i, 3) } : {}),
          ...(state === 'waiting' ? {} : { counterId, staffId }),
          ...(called ? { firstCalledAt, calledAt: firstCalledAt } : {}),
          ...(state === 'done' ? { startedAt, finishedAt } : {}),
        });
        ticketEvents.put({
          id: uuid(i, 2),
          balaiId,
          updatedAt: hlc,
          rev: 1,
          deleted: 0,
          ticketId: id,
          ticketNumber: number,
          serviceId: services[s],
          type: state === 'done' ? 'finish' : 'issued',
          lane: 'regular',
          at: state === 'done' ? finishedAt : arrivedAt,
          localDay,
          deviceId: '0193a5c4-0000-7000-8000-000000000000',
          ...(state === 'waiting' ? {} : { counterId, staffId }),
        });
        events += 1;
        if (hasRegistration) {
          // A NIK from Kab. Gowa (7306), women and men, born 1940–2009.
          const female = i % 2 === 0;
          const birthDay = 1 + (i % 28);
          const day = String(female ? birthDay + 40 : birthDay).padStart(2, '0');
          const nik = `730601${day}${String(1 + (i % 12)).padStart(2, '0')}${String(40 + (i % 70))
            .padStart(2, '0')
            .slice(-2)}${String(1 + (i % 9999)).padStart(4, '0')}`;
          regs.put({
            id: uuid(i, 3),
            balaiId,
            updatedAt: hlc,
            rev: 1,
            deleted: 0,
            ticketId: id,
            serviceId: services[s],
            localDay,
            registeredAt: arrivedAt,
            deviceId: '0193a5c4-0000-7000-8000-000000000000',
            hasNoId: false,
            nik,
            priorityClasses: [],
          });
          registrations += 1;
        }
      }
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
  return {
    tickets: count,
    events,
    registrations,
    from: dayOf(todayStart - 364 * dayMs),
    to: dayOf(todayStart),
  };
}

/** Runs inside the page: drops the stored facts of one day, as a write to that day would. */
async function dropTodaysFacts(day: string): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('serasi-desk');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('dayFacts', 'readwrite');
    tx.objectStore('dayFacts').delete(day);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

export async function measureReports(
  browser: Browser,
  baseUrl: string,
  config: InstallationConfig,
): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    timezoneId: config.timeZone,
  });
  const page = await context.newPage();
  await installConfig(page, config);
  // tsx names inner functions with an `__name` helper the page does not have.
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await page.goto(`${baseUrl}index.html#/reports`);
  await page.getByRole('heading', { level: 1, name: 'Laporan' }).waitFor();
  const seedStarted = Date.now();
  const seeded = await page.evaluate(seedYear, {
    count: TICKETS,
    balaiId: config.balai.id,
    timeZone: config.timeZone,
    counterIds: config.counters.map((c) => c.id),
  });
  console.log(
    `  seeded ${seeded.tickets.toLocaleString('en')} tickets, ${seeded.events.toLocaleString('en')} events, ${seeded.registrations.toLocaleString('en')} registrations over ${seeded.from} … ${seeded.to} in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`,
  );

  const totals: number[] = [];
  const loads: number[] = [];
  const computes: number[] = [];
  const pdfs: number[] = [];
  let pages = 0;
  for (let run = 0; run <= WARM_RUNS; run++) {
    await page.reload();
    await page.getByText('Periode:').first().waitFor();
    // The screen opens on today's report, which stores today's facts: drop them, as the
    // counters' next write would (run 0 has no facts of the other days at all).
    await page.locator('.report-figure dd').first().waitFor();
    await page.evaluate(dropTodaysFacts, seeded.to);
    await page.getByRole('radio', { name: 'Rentang tanggal' }).check();
    await page.getByLabel('Dari tanggal').fill(seeded.from);
    await page.getByLabel('Sampai tanggal').fill(seeded.to);
    const expected = new Intl.NumberFormat('id-ID').format(seeded.tickets);
    // Timed in the page: the press, then every frame until the year's visitor count is shown.
    const ms = await page.evaluate((total) => {
      performance.clearMeasures();
      const show = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Tampilkan',
      );
      if (!show) throw new Error('no Tampilkan button');
      return new Promise<number>((resolve) => {
        const started = performance.now();
        show.click();
        const check = () => {
          const figure = document.querySelector('.report-figure dd');
          if (figure?.textContent === total && document.querySelector('#per-hari table')) {
            resolve(performance.now() - started);
          } else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    }, expected);
    totals.push(ms);
    const marks = await page.evaluate(() => ({
      load: performance.getEntriesByName('serasi:report-load').at(-1)?.duration ?? Number.NaN,
      compute: performance.getEntriesByName('serasi:report-compute').at(-1)?.duration ?? Number.NaN,
    }));
    loads.push(marks.load);
    computes.push(marks.compute);

    const pdfStarted = Date.now();
    await page.getByRole('button', { name: 'Cetak…' }).click();
    await page.getByRole('dialog', { name: 'Cetak laporan (A4)' }).waitFor();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    pdfs.push(Date.now() - pdfStarted);
    pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    await page.getByRole('button', { name: 'Tutup', exact: true }).click();
  }
  const cold = (values: number[]) => values.slice(0, 1);
  const warm = (values: number[]) => values.slice(1);
  printRow(
    `one-year report, ${TICKETS.toLocaleString('en')} tickets, cold (computes all 365 days' facts): “Tampilkan” → figures and tables on screen (1 run)`,
    cold(totals),
    'ms',
    'none; the first report ever',
  );
  printRow('  of which: load (facts computed from IndexedDB rows)', cold(loads), 'ms', '—');
  printRow(
    `one-year report, warm (past days' facts stored, today's computed): “Tampilkan” → figures and tables on screen (${WARM_RUNS} runs)`,
    warm(totals),
    'ms',
    '≤ 1,000 ms',
  );
  printRow('  of which: load (stored facts + today from its rows)', warm(loads), 'ms', '—');
  printRow('  of which: report maths (queue + service, merged facts)', warm(computes), 'ms', '—');
  printRow(
    `one-year report as A4 PDF (${pages} pages): “Cetak…” → PDF bytes (${WARM_RUNS + 1} runs)`,
    pdfs,
    'ms',
    '≤ 3 s',
  );
  await context.close();
}
