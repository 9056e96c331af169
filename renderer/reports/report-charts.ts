// The data behind the report charts, shaped for the chart component: the same numbers as the
// "Kedatangan per jam", "Per hari" and PPKS tables.
import type { QueueReport, ServiceReport } from '../../core/reports/types.ts';
import { t } from '../i18n/index.ts';
import type { ChartSeries } from './charts/CountChart.tsx';
import { busyHours, isLongPeriod, shortDay, shortMonth } from './report-sheets.ts';

/** The hours with arrivals, widened to the usual 07.00–17.00 opening hours. */
export function arrivalsChartData(report: QueueReport) {
  const { first, last } = busyHours(report);
  return report.arrivalsByHour
    .filter((a) => a.hour >= first && a.hour <= last)
    .map((a) => ({ hour: `${String(a.hour).padStart(2, '0')}.00`, count: a.count }));
}

export const arrivalsSeries = (): ChartSeries[] => [
  { key: 'count', name: t('reports.queue.column.arrivals'), color: '#0b4f8a' },
];

/**
 * Visitors and served per day, or per month for a long period: a year of daily bars is
 * unreadable on screen and on paper. Title and description go with it.
 */
export function periodChart(report: QueueReport) {
  if (isLongPeriod(report)) {
    return {
      title: t('reports.queue.chart.byMonth'),
      description: t('reports.queue.chart.byMonthDesc'),
      data: report.byMonth.map((row) => ({
        day: shortMonth(row.key),
        issued: row.issued,
        served: row.served,
      })),
    };
  }
  return {
    title: t('reports.queue.chart.byDay'),
    description: t('reports.queue.chart.byDayDesc'),
    data: report.byDay.map((row) => ({
      day: shortDay(row.key),
      issued: row.issued,
      served: row.served,
    })),
  };
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
