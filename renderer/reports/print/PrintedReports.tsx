// The printed bodies of the queue and service reports: the same figures and tables as the
// screen (report-sheets.ts), charts at a fixed size for the page's width.
import type { ReportOrientation } from '../../../core/bridge/bridge.ts';
import type { QueueReport, ServiceReport } from '../../../core/reports/types.ts';
import { t } from '../../i18n/index.ts';
import { CountChart } from '../charts/CountChart.tsx';
import { QueueFigures } from '../QueueReportView.tsx';
import {
  arrivalsChartData,
  arrivalsSeries,
  countSeries,
  dailySeries,
  periodChart,
  ppksChartData,
} from '../report-charts.ts';
import { queueSheets, serviceSheets } from '../report-sheets.ts';
import { CaseworkNote } from '../ServiceReportView.tsx';
import { PrintTable } from './PrintTable.tsx';

/** The width inside the page margins, in CSS pixels (A4 less 2 × 15 mm). */
export function contentWidthPx(orientation: ReportOrientation): number {
  const mm = orientation === 'portrait' ? 180 : 267;
  return Math.floor((mm / 25.4) * 96);
}

export function PrintedQueueReport({
  report,
  orientation,
}: {
  report: QueueReport;
  orientation: ReportOrientation;
}) {
  const width = contentWidthPx(orientation);
  const twoCharts = report.byDay.length > 1;
  const chartWidth = twoCharts && orientation === 'landscape' ? Math.floor(width / 2) - 8 : width;
  const daily = periodChart(report);
  return (
    <>
      <QueueFigures report={report} />
      <div className={`print-charts${twoCharts && orientation === 'landscape' ? ' is-pair' : ''}`}>
        <CountChart
          title={t('reports.queue.chart.arrivals')}
          description={t('reports.queue.chart.arrivalsDesc')}
          data={arrivalsChartData(report)}
          categoryKey="hour"
          series={arrivalsSeries()}
          fixedWidth={chartWidth}
          height={190}
        />
        {twoCharts && (
          <CountChart
            title={daily.title}
            description={daily.description}
            data={daily.data}
            categoryKey="day"
            series={dailySeries()}
            fixedWidth={chartWidth}
            height={190}
          />
        )}
      </div>
      {queueSheets(report, { print: true }).map((sheet) => (
        <PrintTable key={sheet.id} sheet={sheet} />
      ))}
      <p className="print-note">
        {t('reports.print.target', { minutes: report.targetWaitMinutes })}{' '}
        {t('reports.print.noteDurations')}
      </p>
    </>
  );
}

export function PrintedServiceReport({
  report,
  orientation,
}: {
  report: ServiceReport;
  orientation: ReportOrientation;
}) {
  return (
    <>
      <CaseworkNote report={report} />
      <p>{t('reports.service.visitorsTotal', { count: report.visitorsTotal })}</p>
      {report.visitorsByPpks.length > 0 && (
        <div className="print-charts">
          <CountChart
            title={t('reports.service.chart.ppks')}
            description={t('reports.service.chart.ppksDesc')}
            data={ppksChartData(report)}
            categoryKey="label"
            series={countSeries()}
            fixedWidth={contentWidthPx(orientation)}
            height={200}
          />
        </div>
      )}
      {serviceSheets(report).map((sheet) => (
        <PrintTable key={sheet.id} sheet={sheet} />
      ))}
    </>
  );
}
