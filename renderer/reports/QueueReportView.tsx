// The queue report on screen: the day's (or period's) key figures, arrivals per hour and visitors
// per day as charts, and the tables per service, counter, staff member and day.
import type { QueueReport } from '../../core/reports/types.ts';
import { t } from '../i18n/index.ts';
import { CountChart } from './charts/CountChart.tsx';
import { ReportTable } from './ReportTable.tsx';
import { arrivalsChartData, arrivalsSeries, dailySeries, periodChart } from './report-charts.ts';
import { formatCell, queueSheets, toMinutes } from './report-sheets.ts';

export function QueueFigures({ report }: { report: QueueReport }) {
  const { totals } = report;
  const figures: [string, string][] = [
    [t('reports.queue.figure.issued'), formatCell(totals.issued, 'count')],
    [t('reports.queue.figure.served'), formatCell(totals.served, 'count')],
    [t('reports.queue.figure.noShow'), formatCell(totals.noShow, 'count')],
    [t('reports.queue.figure.cancelled'), formatCell(totals.cancelled, 'count')],
    [t('reports.queue.figure.transferred'), formatCell(totals.transferred, 'count')],
    [t('reports.queue.figure.carriedOver'), formatCell(totals.carriedOver, 'count')],
    [t('reports.queue.figure.open'), formatCell(totals.open, 'count')],
    [
      t('reports.queue.figure.waitP50'),
      totals.wait.p50Ms === null
        ? t('reports.none')
        : t('reports.minutes', { value: formatCell(toMinutes(totals.wait.p50Ms), 'minutes') }),
    ],
    [
      t('reports.queue.figure.withinTarget', { minutes: report.targetWaitMinutes }),
      formatCell(totals.withinTarget, 'share'),
    ],
  ];
  return (
    <dl className="report-figures" aria-label={t('reports.queue.summary')}>
      {figures.map(([label, value]) => (
        <div key={label} className="report-figure">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function QueueReportView({ report }: { report: QueueReport }) {
  const sheets = queueSheets(report);
  const daily = periodChart(report);
  return (
    <section className="report-section" aria-labelledby="queue-report-heading">
      <h2 id="queue-report-heading" className="visually-hidden">
        {t('reports.queue.heading')}
      </h2>
      <QueueFigures report={report} />
      <div className="report-charts">
        <CountChart
          title={t('reports.queue.chart.arrivals')}
          description={t('reports.queue.chart.arrivalsDesc')}
          data={arrivalsChartData(report)}
          categoryKey="hour"
          series={arrivalsSeries()}
        />
        {report.byDay.length > 1 && (
          <CountChart
            title={daily.title}
            description={daily.description}
            data={daily.data}
            categoryKey="day"
            series={dailySeries()}
          />
        )}
      </div>
      {sheets.map((sheet) => (
        <ReportTable key={sheet.id} sheet={sheet} />
      ))}
    </section>
  );
}
