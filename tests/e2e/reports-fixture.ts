// A day at BRSLU Gau Mabaji (Gowa, WITA) small enough to count by hand, for the reports specs.
// Not a spec itself. Monday 23 November 2026:
//
//   ticket  service    arrived  1st call  start  finish  state        counter  staff
//   A-001   informasi  08.00    08.10     08.12  08.20   done         loket-1  Siti
//   A-002   informasi  08.05    08.25     08.26  08.40   done         loket-1  Siti
//   A-003   informasi  08.30    09.20     –      –       no_show      loket-1  Siti
//   B-001   asesmen    08.15    08.40     08.41  09.11   done         loket-2  Budi
//   B-002   asesmen    09.00    –         –      –       cancelled    –        Budi
//   B-003   asesmen    09.10    –         –      –       transferred  loket-2  Budi   → informasi
//   B-003'  informasi  (09.10)  –         –      –       waiting (opened by the transfer at 09.30)
//   A-004   informasi  10.00    –         –      –       waiting
//
// Visitors 7 (B-003' continues B-003's visit); served 3; no-show 1; cancelled 1; transferred 1;
// still open 2. Waits of the served: 10, 20, 25 minutes (p50 20); no-show A-003 waited 50. All
// three served within the 30-minute target: 100%. Arrivals: 08.00–08.59 four, 09.00–09.59 two,
// 10.00–10.59 one. Per service: Informasi & Pengaduan 4 visitors (2 served, 1 no-show, 2 open),
// Asesmen 3 visitors (1 served, 1 cancelled, 1 transferred).
import type { Page } from '@playwright/test';
import type { CentreReference } from '../../core/centre/reference.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import { encodeHlc } from '../../core/sync/hlc.ts';
import { testReference } from '../support/config.ts';

export const REPORT_DAY = '2026-11-23';
/** 16.30 WITA, the end of the service day. */
export const END_OF_DAY = new Date('2026-11-23T16:30:00+08:00');
export const CENTRE_TIME_ZONE = 'Asia/Makassar';

const DEVICE = '0193a5c4-7d2e-7b61-9f3a-000000000001';
const at = (hhmm: string) => new Date(`${REPORT_DAY}T${hhmm}:00+08:00`).getTime();

let serial = 0;
function ticket(fields: Partial<Ticket> & Pick<Ticket, 'number' | 'serviceId' | 'state'>): Ticket {
  serial += 1;
  const arrivedAt = fields.arrivedAt ?? at('08:00');
  return {
    id: `0193a5c4-7d2e-7b61-9f3a-${String(serial).padStart(12, '0')}`,
    balaiId: 'brslu-gau-mabaji',
    updatedAt: encodeHlc({ wallMs: arrivedAt, counter: serial }, DEVICE),
    rev: 1,
    deleted: 0,
    letter: fields.number.slice(0, 1),
    seq: Number(fields.number.slice(2)),
    localDay: REPORT_DAY,
    lane: 'regular',
    priorityClasses: [],
    arrivedAt,
    issuedAt: arrivedAt,
    issuedBy: DEVICE,
    callCount: 0,
    ...fields,
  };
}

export function reportDayTickets(): Ticket[] {
  serial = 0;
  const served = (
    number: string,
    serviceId: string,
    times: [string, string, string, string],
    counterId: string,
    staffId: string,
  ) =>
    ticket({
      number,
      serviceId,
      state: 'done',
      arrivedAt: at(times[0]),
      issuedAt: at(times[0]),
      firstCalledAt: at(times[1]),
      calledAt: at(times[1]),
      startedAt: at(times[2]),
      finishedAt: at(times[3]),
      callCount: 1,
      counterId,
      staffId,
    });
  const transferredAway = ticket({
    number: 'B-003',
    serviceId: 'asesmen',
    state: 'transferred',
    arrivedAt: at('09:10'),
    counterId: 'loket-2',
    staffId: 'budi',
  });
  const transferredIn = ticket({
    number: 'B-003',
    serviceId: 'informasi',
    state: 'waiting',
    arrivedAt: at('09:10'),
    issuedAt: at('09:30'),
    transferredFromId: transferredAway.id,
  });
  transferredAway.transferredToId = transferredIn.id;
  return [
    served('A-001', 'informasi', ['08:00', '08:10', '08:12', '08:20'], 'loket-1', 'siti'),
    served('A-002', 'informasi', ['08:05', '08:25', '08:26', '08:40'], 'loket-1', 'siti'),
    ticket({
      number: 'A-003',
      serviceId: 'informasi',
      state: 'no_show',
      arrivedAt: at('08:30'),
      firstCalledAt: at('09:20'),
      calledAt: at('09:24'),
      callCount: 3,
      counterId: 'loket-1',
      staffId: 'siti',
    }),
    served('B-001', 'asesmen', ['08:15', '08:40', '08:41', '09:11'], 'loket-2', 'budi'),
    ticket({
      number: 'B-002',
      serviceId: 'asesmen',
      state: 'cancelled',
      arrivedAt: at('09:00'),
      cancelReason: 'Pengunjung pulang sebelum selesai',
      staffId: 'budi',
    }),
    transferredAway,
    transferredIn,
    ticket({ number: 'A-004', serviceId: 'informasi', state: 'waiting', arrivedAt: at('10:00') }),
  ];
}

/** The centre's reference data as a synced PC caches it: the staff list the screens offer. */
export function centreReference(): CentreReference {
  return {
    version: 3,
    ...testReference({
      staff: [
        { id: 'siti', name: 'Siti Aminah', role: 'petugas_loket', active: true },
        { id: 'budi', name: 'Budi Santoso', role: 'pekerja_sosial', active: true },
        {
          id: 'kepala',
          name: 'Dra. Hj. Nurhayati, M.Si.',
          role: 'supervisor',
          nip: '196805121990032001',
          active: true,
        },
      ],
    }),
  };
}

/**
 * Writes the day's tickets and the cached reference straight into the installation's IndexedDB,
 * as a sync would, then reloads. The page must have opened the app once.
 */
export async function seedReportDay(page: Page, tickets: Ticket[] = reportDayTickets()) {
  await page.evaluate(
    async ({ rows, reference }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('serasi-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        // Straight writes pass by the app's store, which drops a day's report facts with every
        // write to its rows (renderer/store/report-facts.ts): drop them here too.
        const tx = db.transaction(['tickets', 'meta', 'dayFacts'], 'readwrite');
        tx.objectStore('dayFacts').clear();
        for (const row of rows) tx.objectStore('tickets').put(row);
        tx.objectStore('meta').put({ key: 'sync.reference', value: reference });
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { rows: tickets, reference: centreReference() },
  );
  await page.reload();
}
