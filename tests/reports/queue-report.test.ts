// The queue report against the two-day WITA fixture (fixtures.ts), every number worked out by
// hand. Minutes are written as "10 m"; ⌈p·n⌉ is the nearest rank of a percentile.
import { describe, expect, it } from 'vitest';
import { queueReport } from '../../core/reports/queue-report.ts';
import { type QueueRow, UNKNOWN_KEY } from '../../core/reports/types.ts';
import { fixtureInput, fixtureTickets, ids, MINUTE, wita } from './fixtures.ts';

const m = (minutes: number) => minutes * MINUTE;

/** Counts only, in a fixed order: issued, in by transfer, in by carry-over | outcomes. */
function counts(row: QueueRow | undefined) {
  if (!row) throw new Error('missing row');
  const {
    issued,
    transferredIn,
    carriedIn,
    served,
    noShow,
    cancelled,
    transferred,
    carriedOver,
    open,
  } = row;
  return {
    issued,
    transferredIn,
    carriedIn,
    served,
    noShow,
    cancelled,
    transferred,
    carriedOver,
    open,
  };
}

function balanced(row: QueueRow): boolean {
  return (
    row.issued + row.transferredIn + row.carriedIn ===
    row.served + row.noShow + row.cancelled + row.transferred + row.carriedOver + row.open
  );
}

describe('queue report of 23–24 November 2026 at Gau Mabaji (WITA)', () => {
  const report = queueReport(fixtureInput());

  it('counts each visitor once, however many tickets their visit took', () => {
    // 11 tickets in the period (T11 is on the 25th). Visitors: T1 T2 T3 T4 T5 T6 T7 T9 T10 = 9;
    // T3b continues T3 after a transfer, T6b continues T6 after the closing: 9 + 1 + 1 = 11.
    // Outcomes: done T1 T2 T3b T6b T7 = 5; no_show T4; cancelled T5; transferred T3;
    // carried_over T6; open T9 (called) T10 (waiting) = 2.  5+1+1+1+1+2 = 11.
    expect(counts(report.totals)).toEqual({
      issued: 9,
      transferredIn: 1,
      carriedIn: 1,
      served: 5,
      noShow: 1,
      cancelled: 1,
      transferred: 1,
      carriedOver: 1,
      open: 2,
    });
  });

  it('waiting time ends at the first call, and a transferred ticket waits from the transfer', () => {
    // Waits: T1 10, T2 40 (first call 08.45, not the 08.50 recall), T3 20, T3b 30 (09.25 → 09.55,
    // not from the 09.00 arrival), T4 5, T7 10, T9 5. T6b's night is left out.
    // Sorted 5 5 10 10 20 30 40 (n = 7): p50 rank ⌈3.5⌉ = 4 → 10 m; p90 rank ⌈6.3⌉ = 7 → 40 m.
    expect(report.totals.wait).toEqual({ count: 7, p50Ms: m(10), p90Ms: m(40), maxMs: m(40) });
  });

  it('service time runs from start (or call) to finish of served tickets', () => {
    // T1 08.12→08.30 18, T2 08.50→09.00 10, T3b 10.00→10.20 20, T6b 00.31→00.45 14,
    // T7 00.25→00.40 15. Sorted 10 14 15 18 20: p50 rank ⌈2.5⌉ = 3 → 15; p90 rank ⌈4.5⌉ = 5 → 20.
    expect(report.totals.service).toEqual({ count: 5, p50Ms: m(15), p90Ms: m(20), maxMs: m(20) });
  });

  it('the share served within the 30-minute target counts served tickets with a wait', () => {
    // Served with a wait: T1 10 ✓, T2 40 ✗, T3b 30 ✓ (at the target counts), T7 10 ✓ → 3/4.
    expect(report.totals.withinTarget).toBe(0.75);
  });

  it('per service: the transfer leaves informasi and arrives in rujukan', () => {
    expect(report.byService.map((r) => [r.key, r.label])).toEqual([
      ['informasi', 'Informasi & Pengaduan'],
      ['rujukan', 'Pencatatan Kebutuhan & Rujukan'],
      ['darurat', 'Layanan Darurat'],
    ]);
    const [informasi, rujukan, darurat] = report.byService;
    // informasi: T1 T2 T3 T5 T10 — done T1 T2, transferred T3, cancelled T5, open T10.
    expect(counts(informasi)).toEqual({
      issued: 5,
      transferredIn: 0,
      carriedIn: 0,
      served: 2,
      noShow: 0,
      cancelled: 1,
      transferred: 1,
      carriedOver: 0,
      open: 1,
    });
    // Waits 10 40 20 → 10 20 40: p50 rank ⌈1.5⌉ = 2 → 20; p90 rank ⌈2.7⌉ = 3 → 40.
    expect(informasi?.wait).toEqual({ count: 3, p50Ms: m(20), p90Ms: m(40), maxMs: m(40) });
    // Service 18 10 → 10 18: p50 rank 1 → 10; p90 rank ⌈1.8⌉ = 2 → 18. Within: T1 ✓ T2 ✗.
    expect(informasi?.service).toEqual({ count: 2, p50Ms: m(10), p90Ms: m(18), maxMs: m(18) });
    expect(informasi?.withinTarget).toBe(0.5);
    // rujukan: T3b (in by transfer, done) T4 (no_show) T9 (called).
    expect(counts(rujukan)).toEqual({
      issued: 2,
      transferredIn: 1,
      carriedIn: 0,
      served: 1,
      noShow: 1,
      cancelled: 0,
      transferred: 0,
      carriedOver: 0,
      open: 1,
    });
    // Waits 30 5 5 → 5 5 30: p50 rank 2 → 5; p90 rank 3 → 30.
    expect(rujukan?.wait).toEqual({ count: 3, p50Ms: m(5), p90Ms: m(30), maxMs: m(30) });
    expect(rujukan?.withinTarget).toBe(1);
    // darurat: T6 (carried over) T6b (carried in, done) T7 (done).
    expect(counts(darurat)).toEqual({
      issued: 2,
      transferredIn: 0,
      carriedIn: 1,
      served: 2,
      noShow: 0,
      cancelled: 0,
      transferred: 0,
      carriedOver: 1,
      open: 0,
    });
    // Only T7 has a wait (10). Service 14 15: p50 rank 1 → 14; p90 rank 2 → 15.
    expect(darurat?.wait).toEqual({ count: 1, p50Ms: m(10), p90Ms: m(10), maxMs: m(10) });
    expect(darurat?.service).toEqual({ count: 2, p50Ms: m(14), p90Ms: m(15), maxMs: m(15) });
    expect(darurat?.withinTarget).toBe(1);
  });

  it('per counter: in counter-number order, tickets never called last', () => {
    expect(report.byCounter.map((r) => [r.key, r.label])).toEqual([
      ['c1', 'Loket 1'],
      ['c2', 'Loket 2'],
      [UNKNOWN_KEY, 'Belum dipanggil'],
    ]);
    const [c1, c2, none] = report.byCounter;
    // Loket 1: T1 T2 T7 done, T9 called. Waits 10 40 10 5 → 5 10 10 40: p50 rank 2 → 10,
    // p90 rank ⌈3.6⌉ = 4 → 40. Service 18 10 15 → 10 15 18: p50 rank 2 → 15, p90 rank 3 → 18.
    // Within: T1 ✓ T2 ✗ T7 ✓ → 2/3.
    expect(counts(c1)).toMatchObject({ issued: 4, served: 3, open: 1 });
    expect(c1?.wait).toEqual({ count: 4, p50Ms: m(10), p90Ms: m(40), maxMs: m(40) });
    expect(c1?.service).toEqual({ count: 3, p50Ms: m(15), p90Ms: m(18), maxMs: m(18) });
    expect(c1?.withinTarget).toBeCloseTo(2 / 3, 10);
    // Loket 2: T3 (transferred) T3b (in, done) T4 (no_show) T6b (carried in, done).
    expect(counts(c2)).toEqual({
      issued: 2,
      transferredIn: 1,
      carriedIn: 1,
      served: 2,
      noShow: 1,
      cancelled: 0,
      transferred: 1,
      carriedOver: 0,
      open: 0,
    });
    // Waits 20 30 5 → 5 20 30: p50 rank 2 → 20. Within: T3b ✓ (T6b has no wait) → 1.
    expect(c2?.wait).toMatchObject({ count: 3, p50Ms: m(20), p90Ms: m(30) });
    expect(c2?.withinTarget).toBe(1);
    // Never called: T5 (cancelled), T6 (carried over), T10 (waiting); no waits at all.
    expect(counts(none)).toMatchObject({ issued: 3, cancelled: 1, carriedOver: 1, open: 1 });
    expect(none?.wait).toEqual({ count: 0, p50Ms: null, p90Ms: null, maxMs: null });
    expect(none?.withinTarget).toBeNull();
  });

  it('per staff member: the last to act on a ticket; "Tidak tercatat" without one', () => {
    expect(
      report.byStaff.map((r) => [r.key, r.label, r.issued + r.transferredIn + r.carriedIn]),
    ).toEqual([
      ['s1', 'Siti Aminah', 5], // T1 T2 T5 T7 T9
      ['s2', 'Budi Santoso', 4], // T3 T3b T4 T6b
      ['s3', 'Rina Wati', 1], // T6, carried over by the supervisor at closing
      [UNKNOWN_KEY, 'Tidak tercatat', 1], // T10
    ]);
    expect(counts(report.byStaff[0])).toMatchObject({ served: 3, cancelled: 1, open: 1 });
  });

  it('days follow WITA: 00.10 WITA on the 24th is the 24th although it is the 23rd in UTC', () => {
    const t7 = fixtureTickets().find((t) => t.id === ids.T7);
    expect(new Date(t7?.arrivedAt ?? 0).toISOString()).toBe('2026-11-23T16:10:00.000Z');
    expect(report.byDay.map((r) => [r.key, r.label])).toEqual([
      ['2026-11-23', '23 November 2026'],
      ['2026-11-24', '24 November 2026'],
    ]);
    const [d23, d24] = report.byDay;
    // 23rd: T1 T2 T3 T3b T4 T5 T6 — T6 at 23.50 WITA stays on the 23rd.
    expect(counts(d23)).toEqual({
      issued: 6,
      transferredIn: 1,
      carriedIn: 0,
      served: 3,
      noShow: 1,
      cancelled: 1,
      transferred: 1,
      carriedOver: 1,
      open: 0,
    });
    // Waits 10 40 20 30 5 → 5 10 20 30 40: p50 rank ⌈2.5⌉ = 3 → 20; p90 rank ⌈4.5⌉ = 5 → 40.
    expect(d23?.wait).toEqual({ count: 5, p50Ms: m(20), p90Ms: m(40), maxMs: m(40) });
    // 24th: T6b (carried in, done) T7 (done) T9 (called) T10 (waiting).
    expect(counts(d24)).toEqual({
      issued: 3,
      transferredIn: 0,
      carriedIn: 1,
      served: 2,
      noShow: 0,
      cancelled: 0,
      transferred: 0,
      carriedOver: 0,
      open: 2,
    });
  });

  it('arrivals per hour are visitors by WITA hour of arrival', () => {
    // T1 T2 08.xx; T3 T9 T10 09.xx; T4 T5 10.xx; T6 23.50; T7 00.10 (16.10 UTC: hour 16 stays 0).
    const byHour = Object.fromEntries(
      report.arrivalsByHour.filter((h) => h.count > 0).map((h) => [h.hour, h.count]),
    );
    expect(byHour).toEqual({ 0: 1, 8: 2, 9: 3, 10: 2, 23: 1 });
    expect(report.arrivalsByHour).toHaveLength(24);
  });

  it('every row balances: visitors and tickets coming in equal the outcomes', () => {
    const rows = [
      report.totals,
      ...report.byService,
      ...report.byCounter,
      ...report.byStaff,
      ...report.byDay,
    ];
    expect(rows.every(balanced)).toBe(true);
  });
});

describe('queue report edge cases', () => {
  it('an empty period still has one row per day and 24 hours of zero arrivals', () => {
    const report = queueReport(
      fixtureInput({ period: { from: '2026-12-01', to: '2026-12-03' }, tickets: [] }),
    );
    expect(report.byDay.map((r) => [r.key, r.issued])).toEqual([
      ['2026-12-01', 0],
      ['2026-12-02', 0],
      ['2026-12-03', 0],
    ]);
    expect(report.totals.wait.p50Ms).toBeNull();
    expect(report.totals.withinTarget).toBeNull();
    expect(report.byService).toEqual([]);
  });

  it('a ticket from before store version 3 takes its first call from its events', () => {
    const [t1] = fixtureTickets();
    if (!t1) throw new Error('no T1');
    const { firstCalledAt: _, ...legacy } = t1;
    const event = (type: 'call' | 'recall' | 'finish', at: number) => ({
      id: `01900000-0000-7000-8000-0000000009${String(at % 100).padStart(2, '0')}`,
      balaiId: 'brslu-gau-mabaji',
      updatedAt: '',
      rev: 1,
      deleted: 0 as const,
      ticketId: t1.id,
      ticketNumber: t1.number,
      serviceId: t1.serviceId,
      type,
      lane: t1.lane,
      at,
      localDay: t1.localDay,
      deviceId: 'pc-1',
    });
    const report = queueReport(
      fixtureInput({
        tickets: [{ ...legacy, calledAt: wita('2026-11-23', 8, 20) }],
        events: [
          event('call', wita('2026-11-23', 8, 10)),
          event('recall', wita('2026-11-23', 8, 20)),
          event('finish', wita('2026-11-23', 8, 30)),
        ],
      }),
    );
    // First call 08.10 (the event), not calledAt 08.20 (the recall): waited 10 m.
    expect(report.totals.wait.p50Ms).toBe(m(10));
  });

  it('a clock set wrong never makes a negative wait', () => {
    const [t1] = fixtureTickets();
    if (!t1) throw new Error('no T1');
    const report = queueReport(
      fixtureInput({ tickets: [{ ...t1, firstCalledAt: t1.arrivedAt - m(3) }] }),
    );
    expect(report.totals.wait.p50Ms).toBe(0);
  });
});
