// Loads a period's day facts from the local store and computes both reports from them. Not a
// live query: a year's report is recomputed when the supervisor asks (period change,
// "Perbarui"), not on every ticket called at a counter. Marks `serasi:report-load` and `serasi:report-compute`
// in the performance timeline for the bench.
import { useEffect, useState } from 'react';
import { queueReportOfFacts } from '../../core/reports/queue-report.ts';
import { serviceReportOfFacts } from '../../core/reports/service-report.ts';
import type { QueueReport, ReportPeriod, ServiceReport } from '../../core/reports/types.ts';
import { loadReportFacts } from '../store/report-queries.ts';
import type { Store } from '../store/store.ts';

export type ReportState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; queue: QueueReport; service: ServiceReport; computedAt: number };

function measure(name: string, started: number) {
  try {
    performance.measure(name, { start: started, end: performance.now() });
  } catch {
    // The timeline is a bench aid; a full buffer must not break the report.
  }
}

export function useReport(store: Store, period: ReportPeriod, refresh: number): ReportState {
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `refresh` asks for a recount on purpose
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    (async () => {
      const loadStarted = performance.now();
      const facts = await loadReportFacts(store, period);
      measure('serasi:report-load', loadStarted);
      const computeStarted = performance.now();
      const queue = queueReportOfFacts(facts);
      const service = serviceReportOfFacts(facts);
      measure('serasi:report-compute', computeStarted);
      if (current) setState({ status: 'ready', queue, service, computedAt: store.now() });
    })().catch((error: unknown) => {
      if (current) {
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        });
      }
    });
    return () => {
      current = false;
    };
  }, [store, period.from, period.to, refresh]);
  return state;
}
