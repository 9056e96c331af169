// A two-day fixture at Gau Mabaji (Gowa, WITA = UTC+8) whose report numbers are worked out by
// hand in queue-report.test.ts and service-report.test.ts. Times are centre wall-clock times.
//
//  ticket  day  service    counter staff  state         how                          wait  service
//  T1      23   informasi  c1      s1     done          visitor, 08.00              10 m   18 m
//  T2      23   informasi  c1      s1     done          visitor, 08.05, recalled    40 m   10 m
//  T3      23   informasi  c2      s2     transferred   visitor, 09.00 → rujukan    20 m     –
//  T3b     23   rujukan    c2      s2     done          transferred in 09.25        30 m   20 m
//  T4      23   rujukan    c2      s2     no_show       visitor, 10.00               5 m     –
//  T5      23   informasi  –       s1     cancelled     visitor, 10.30, never called  –      –
//  T6      23   darurat    –       s3     carried_over  visitor, 23.50 WITA           –      –
//  T6b     24   darurat    c2      s2     done          carried in (night excluded)   –    14 m
//  T7      24   darurat    c1      s1     done          visitor, 00.10 WITA         10 m   15 m
//  T9      24   rujukan    c1      s1     called        visitor, 09.00               5 m     –
//  T10     24   informasi  –       –      waiting       visitor, 09.10, no staff      –      –
//  T11     25   informasi  …                            outside the period
//
// T7 arrives at 00.10 WITA on 24 November, which is 16.10 UTC on 23 November.
import type { Ticket } from '../../core/queue/ticket.ts';
import type { ReportInput } from '../../core/reports/types.ts';
import type { Registration } from '../../core/visitor/registration.ts';

export const MINUTE = 60_000;

/** Epoch ms of a WITA wall-clock time (UTC+8, no DST). */
export function wita(day: string, hh: number, mm: number): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, hh - 8, mm);
}

const D23 = '2026-11-23';
const D24 = '2026-11-24';

let serial = 0;
function id(n: number): string {
  return `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
}

function ticket(
  n: number,
  fields: Partial<Ticket> & Pick<Ticket, 'localDay' | 'serviceId'>,
): Ticket {
  serial++;
  return {
    id: id(n),
    balaiId: 'brslu-gau-mabaji',
    updatedAt: '000000000000000-00000-dev1',
    rev: 1,
    deleted: 0,
    number: `X-${String(serial).padStart(3, '0')}`,
    letter: 'X',
    seq: serial,
    lane: 'regular',
    priorityClasses: [],
    state: 'waiting',
    arrivedAt: 0,
    issuedAt: 0,
    issuedBy: 'kiosk-1',
    callCount: 0,
    registrationId: id(100 + n),
    ...fields,
  };
}

export const ids = {
  T1: id(1),
  T2: id(2),
  T3: id(3),
  T3b: id(31),
  T4: id(4),
  T5: id(5),
  T6: id(6),
  T6b: id(61),
  T7: id(7),
  T9: id(9),
  T10: id(10),
  T11: id(11),
};

export function fixtureTickets(): Ticket[] {
  return [
    ticket(1, {
      localDay: D23,
      serviceId: 'informasi',
      state: 'done',
      arrivedAt: wita(D23, 8, 0),
      issuedAt: wita(D23, 8, 0),
      callCount: 1,
      firstCalledAt: wita(D23, 8, 10),
      calledAt: wita(D23, 8, 10),
      startedAt: wita(D23, 8, 12),
      finishedAt: wita(D23, 8, 30),
      counterId: 'c1',
      staffId: 's1',
    }),
    ticket(2, {
      localDay: D23,
      serviceId: 'informasi',
      state: 'done',
      arrivedAt: wita(D23, 8, 5),
      issuedAt: wita(D23, 8, 5),
      callCount: 2,
      // First call 08.45, recalled 08.50: the wait ends at the first call.
      firstCalledAt: wita(D23, 8, 45),
      calledAt: wita(D23, 8, 50),
      startedAt: wita(D23, 8, 50),
      finishedAt: wita(D23, 9, 0),
      counterId: 'c1',
      staffId: 's1',
    }),
    ticket(3, {
      localDay: D23,
      serviceId: 'informasi',
      state: 'transferred',
      arrivedAt: wita(D23, 9, 0),
      issuedAt: wita(D23, 9, 0),
      callCount: 1,
      firstCalledAt: wita(D23, 9, 20),
      calledAt: wita(D23, 9, 20),
      finishedAt: wita(D23, 9, 25),
      counterId: 'c2',
      staffId: 's2',
      transferredToId: id(31),
    }),
    ticket(31, {
      localDay: D23,
      serviceId: 'rujukan',
      state: 'done',
      // A transfer keeps the arrival time; the wait in the new queue starts at the transfer.
      arrivedAt: wita(D23, 9, 0),
      issuedAt: wita(D23, 9, 25),
      callCount: 1,
      firstCalledAt: wita(D23, 9, 55),
      calledAt: wita(D23, 9, 55),
      startedAt: wita(D23, 10, 0),
      finishedAt: wita(D23, 10, 20),
      counterId: 'c2',
      staffId: 's2',
      transferredFromId: id(3),
      registrationId: id(103),
    }),
    ticket(4, {
      localDay: D23,
      serviceId: 'rujukan',
      state: 'no_show',
      arrivedAt: wita(D23, 10, 0),
      issuedAt: wita(D23, 10, 0),
      callCount: 3,
      firstCalledAt: wita(D23, 10, 5),
      calledAt: wita(D23, 10, 12),
      counterId: 'c2',
      staffId: 's2',
    }),
    ticket(5, {
      localDay: D23,
      serviceId: 'informasi',
      state: 'cancelled',
      arrivedAt: wita(D23, 10, 30),
      issuedAt: wita(D23, 10, 30),
      finishedAt: wita(D23, 10, 40),
      cancelReason: 'Salah pilih layanan',
      staffId: 's1',
    }),
    ticket(6, {
      localDay: D23,
      serviceId: 'darurat',
      lane: 'emergency',
      state: 'carried_over',
      arrivedAt: wita(D23, 23, 50),
      issuedAt: wita(D23, 23, 50),
      finishedAt: wita(D23, 23, 59),
      staffId: 's3',
      carriedOverToId: id(61),
    }),
    ticket(61, {
      localDay: D24,
      serviceId: 'darurat',
      lane: 'emergency',
      state: 'done',
      arrivedAt: wita(D23, 23, 50),
      issuedAt: wita(D23, 23, 59),
      callCount: 1,
      firstCalledAt: wita(D24, 0, 30),
      calledAt: wita(D24, 0, 30),
      startedAt: wita(D24, 0, 31),
      finishedAt: wita(D24, 0, 45),
      counterId: 'c2',
      staffId: 's2',
      carriedOverFromId: id(6),
      registrationId: id(106),
    }),
    ticket(7, {
      localDay: D24,
      serviceId: 'darurat',
      lane: 'emergency',
      state: 'done',
      arrivedAt: wita(D24, 0, 10),
      issuedAt: wita(D24, 0, 10),
      callCount: 1,
      firstCalledAt: wita(D24, 0, 20),
      calledAt: wita(D24, 0, 20),
      startedAt: wita(D24, 0, 25),
      finishedAt: wita(D24, 0, 40),
      counterId: 'c1',
      staffId: 's1',
    }),
    ticket(9, {
      localDay: D24,
      serviceId: 'rujukan',
      state: 'called',
      arrivedAt: wita(D24, 9, 0),
      issuedAt: wita(D24, 9, 0),
      callCount: 1,
      firstCalledAt: wita(D24, 9, 5),
      calledAt: wita(D24, 9, 5),
      counterId: 'c1',
      staffId: 's1',
    }),
    ticket(10, {
      localDay: D24,
      serviceId: 'informasi',
      state: 'waiting',
      arrivedAt: wita(D24, 9, 10),
      issuedAt: wita(D24, 9, 10),
    }),
    ticket(11, {
      localDay: '2026-11-25',
      serviceId: 'informasi',
      state: 'done',
      arrivedAt: wita('2026-11-25', 9, 0),
      issuedAt: wita('2026-11-25', 9, 0),
      callCount: 1,
      firstCalledAt: wita('2026-11-25', 9, 1),
      calledAt: wita('2026-11-25', 9, 1),
      finishedAt: wita('2026-11-25', 9, 2),
      counterId: 'c1',
      staffId: 's1',
    }),
  ];
}

function registration(n: number, day: string, nik?: string): Registration {
  return {
    id: id(100 + n),
    balaiId: 'brslu-gau-mabaji',
    updatedAt: '000000000000000-00000-dev1',
    rev: 1,
    deleted: 0,
    ticketId: id(n),
    serviceId: 'informasi',
    localDay: day,
    registeredAt: 0,
    deviceId: 'kiosk-1',
    hasNoId: nik === undefined,
    priorityClasses: [],
    ...(nik ? { nik } : {}),
  };
}

/**
 * NIKs: district 730601 (Kabupaten Gowa, Sulawesi Selatan) or 337201 (Kota Surakarta, Jawa
 * Tengah), birth date DDMMYY with +40 on the day for women.
 */
export function fixtureRegistrations(): Registration[] {
  return [
    registration(1, D23, '7306011205500001'), // man, born 12-05-1950: 76 on 23 Nov → lansia
    registration(2, D23, '7306014307900002'), // woman, born 03-07-1990: 36 → dewasa
    registration(3, D23, '3372012001150003'), // boy, born 20-01-2015: 11 → anak (Surakarta)
    registration(4, D23), // no NIK
    registration(5, D23, '7306016411660004'), // woman, born 24-11-1966: 59 on 23 Nov → dewasa
    registration(6, D23), // emergency, no NIK
    registration(7, D24, '7306012411660005'), // man, born 24-11-1966: 60 on 24 Nov → lansia
    registration(9, D24, '7306013213660006'), // day 32: not a valid NIK → unknown
    // T10 has no registration at all → unknown.
  ];
}

export function fixtureInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    period: { from: D23, to: D24 },
    timeZone: 'Asia/Makassar',
    targetWaitMinutes: 30,
    tickets: fixtureTickets(),
    events: [],
    registrations: fixtureRegistrations(),
    services: [
      { id: 'informasi', name: 'Informasi & Pengaduan' },
      { id: 'rujukan', name: 'Pencatatan Kebutuhan & Rujukan' },
      { id: 'darurat', name: 'Layanan Darurat' },
    ],
    counters: [
      { id: 'c2', number: 2, name: 'Loket 2', serviceIds: ['rujukan'] },
      { id: 'c1', number: 1, name: 'Loket 1', serviceIds: ['informasi'] },
    ],
    staff: [
      { id: 's1', name: 'Siti Aminah', role: 'petugas_loket', active: true },
      { id: 's2', name: 'Budi Santoso', role: 'pekerja_sosial', active: true },
      { id: 's3', name: 'Rina Wati', role: 'supervisor', active: true },
    ],
    ...overrides,
  };
}
