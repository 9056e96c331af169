// Reading what a report needs from the local store: the period's day facts (report-facts.ts —
// stored per day, computed from the day's tickets and registrations where missing), the
// centre's names (services, counters, staff, partners), its target waiting time, and what casework
// gave in the period (report-casework.ts). Reports
// work offline on whatever this store holds; once synced that is every device of the centre.
import { serviceCatalogue } from '../../core/catalog/services.ts';
import type { ReportFacts, ReportPeriod } from '../../core/reports/types.ts';
import { cachedReference } from './reference.ts';
import { loadCasework } from './report-casework.ts';
import { reportDayFacts } from './report-facts.ts';
import type { Store } from './store.ts';

export async function loadReportFacts(
  store: Store,
  period: ReportPeriod,
  options: { targetWaitMinutes?: number } = {},
): Promise<ReportFacts> {
  const [days, reference, casework] = await Promise.all([
    reportDayFacts(store, period),
    cachedReference(store.db),
    loadCasework(store, period),
  ]);
  return {
    period,
    targetWaitMinutes: options.targetWaitMinutes ?? store.config.targetWaitMinutes,
    days,
    services: serviceCatalogue.map((s) => ({ id: s.id, name: s.name })),
    counters: store.config.counters,
    staff: reference?.staff ?? [],
    partners: (reference?.partners ?? []).map((p) => ({ id: p.id, name: p.name })),
    ...casework,
  };
}
