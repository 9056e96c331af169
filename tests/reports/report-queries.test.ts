// Loading a report from the local store: the day facts of a period's centre days (from its
// tickets and registrations), with names from the catalogue and the cached staff list.
import { describe, expect, test } from 'vitest';
import { queueReportOfFacts } from '../../core/reports/queue-report.ts';
import { serviceReportOfFacts } from '../../core/reports/service-report.ts';
import { loadReportFacts } from '../../renderer/store/report-queries.ts';
import { act, callNext, issueTicket } from '../../renderer/store/tickets.ts';
import { testReference } from '../support/config.ts';
import { counterAt, memoryStore } from '../support/memory-store.ts';
import { visitor } from '../support/visitor.ts';

const minute = 60_000;

describe('loading a report from the store', () => {
  test('takes the period’s WITA days only, across midnight', async () => {
    // 23.50 WITA on the 23rd, then 00.10 WITA on the 24th (16.10 UTC on the 23rd), then the 25th.
    const store = await memoryStore({}, { start: Date.parse('2026-11-23T15:50:00Z') });
    await store.db.meta.put({
      key: 'sync.reference',
      value: {
        version: 1,
        ...testReference({
          staff: [{ id: 's1', name: 'Siti Aminah', role: 'petugas_loket', active: true }],
        }),
      },
    });
    await issueTicket(store, visitor());
    store.advance(20 * minute);
    const early = (await issueTicket(store, visitor({ nik: undefined, hasNoId: true }))).ticket;
    await callNext(store, counterAt(store, 0), { staffId: 's1' });
    store.advance(5 * minute);
    await act(store, early.id, 'start', { counterId: counterAt(store, 0).id, staffId: 's1' });
    store.advance(10 * minute);
    await act(store, early.id, 'finish', { counterId: counterAt(store, 0).id, staffId: 's1' });
    store.setNow(Date.parse('2026-11-25T01:00:00Z'));
    await issueTicket(store, visitor());

    const input = await loadReportFacts(store, { from: '2026-11-24', to: '2026-11-24' });
    expect(input.days.map((d) => [d.localDay, d.flow.length, d.knownVisitors])).toEqual([
      ['2026-11-24', 1, 0],
    ]);
    expect(input.days[0]?.timeZone).toBe('Asia/Makassar');
    expect(input.targetWaitMinutes).toBe(30);
    expect(input.staff.map((s) => s.name)).toEqual(['Siti Aminah']);
    expect(input.services.find((s) => s.id === 'informasi')?.name).toBe('Informasi & Pengaduan');

    // The 23.50 ticket stays the 23rd's, still waiting (each day has its own queue); the 00.10
    // one was served on the 24th.
    const both = await loadReportFacts(store, { from: '2026-11-23', to: '2026-11-24' });
    expect(both.days.map((d) => [d.localDay, d.flow.length])).toEqual([
      ['2026-11-23', 1],
      ['2026-11-24', 1],
    ]);
    const report = queueReportOfFacts(both);
    expect(report.byDay.map((r) => [r.key, r.issued, r.served, r.open])).toEqual([
      ['2026-11-23', 1, 0, 1],
      ['2026-11-24', 1, 1, 0],
    ]);
    expect(report.byStaff.map((r) => r.label)).toEqual(['Siti Aminah', 'Tidak tercatat']);
    // Siti Aminah's NIK (730601 450580): a woman from Gowa.
    expect(serviceReportOfFacts(both).visitorsBySex.map((r) => [r.key, r.count])).toEqual([
      ['female', 1],
      ['__unknown__', 1],
    ]);
  });

  test('uses the centre’s target waiting time', async () => {
    const store = await memoryStore({ targetWaitMinutes: 45 });
    const facts = await loadReportFacts(store, { from: '2026-11-23', to: '2026-11-23' });
    expect(facts.targetWaitMinutes).toBe(45);
    expect(queueReportOfFacts(facts).targetWaitMinutes).toBe(45);
  });
});
