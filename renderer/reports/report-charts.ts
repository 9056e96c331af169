// The data behind the report charts, shaped for the chart component: the same numbers as the
// "Kedatangan per jam", "Per hari" and PPKS tables.
import type { QueueReport, ServiceReport } from '../../core/reports/types.ts';
import { t } from '../i18n/index.ts';
import type { ChartSeries } from './charts/CountChart.tsx';
import { shortDay } from './report-sheets.ts';

/** The hours with arrivals, widened to the usual 07.00–17.00 opening hours. */
export function arrivalsChartData(report: QueueReport) {
  const busy = report.arrivalsByHour.filter((a) => a.count > 0).map((a) => a.hour);
  const first = Math.min(7, ...busy);
  const last = Math.max(16, ...busy);
  return report.arrivalsByHour
    .filter((a) => a.hour >= first && a.hour <= last)
    .map((a) => ({ hour: `${String(a.hour).padStart(2, '0')}.00`, count: a.count }));
}

export const arrivalsSeries = (): ChartSeries[] => [
  { key: 'count', name: t('reports.queue.column.arrivals'), color: '#0b4f8a' },
];

export function dailyChartData(report: QueueReport) {
  return report.byDay.map((row) => ({
    day: shortDay(row.key),
    issued: row.issued,
    served: row.served,
  }));
}

export const dailySeries = (): ChartSeries[] => [
  { key: 'issued', name: t('reports.queue.column.issued'), color: '#0b4f8a' },
  { key: 'served', name: t('reports.queue.column.served'), color: '#0f7a5a' },
];

export function ppksChartData(report: ServiceReport) {
  return report.visitorsByPpks.map((row) => ({ label: row.label, count: row.count }));
}

export const countSeries = (): ChartSeries[] => [
  { key: 'count', name: t('reports.queue.column.count'), color: '#0b4f8a' },
];
