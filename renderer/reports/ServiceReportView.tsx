// The service report on screen: casework given (emergency help, referrals, assessments — or the
// note that the casework module is not active yet) and who the visitors were.
import type { ServiceReport } from '../../core/reports/types.ts';
import { t } from '../i18n/index.ts';
import { CountChart } from './charts/CountChart.tsx';
import { ReportTable } from './ReportTable.tsx';
import { countSeries, ppksChartData } from './report-charts.ts';
import { formatCell, serviceSheets } from './report-sheets.ts';

export function CaseworkNote({ report }: { report: ServiceReport }) {
  if (report.casework === 'none') {
    return (
      <p className="report-note" role="note">
        {t('reports.service.noCasework')}
      </p>
    );
  }
  return (
    <>
      {report.casework === 'partial' && (
        <p className="report-note" role="note">
          {t('reports.service.partialCasework')}
        </p>
      )}
      <dl className="report-figures">
        <div className="report-figure">
          <dt>{t('reports.service.assessmentsDone')}</dt>
          <dd>{formatCell(report.assessmentsDone, 'count')}</dd>
        </div>
      </dl>
    </>
  );
}

export function ServiceReportView({ report }: { report: ServiceReport }) {
  return (
    <section className="report-section" aria-labelledby="service-report-heading">
      <h2 id="service-report-heading" className="visually-hidden">
        {t('reports.service.heading')}
      </h2>
      <CaseworkNote report={report} />
      <p className="report-visitors-total">
        {t('reports.service.visitorsTotal', { count: report.visitorsTotal })}
      </p>
      {report.visitorsByPpks.length > 0 && (
        <div className="report-charts">
          <CountChart
            title={t('reports.service.chart.ppks')}
            description={t('reports.service.chart.ppksDesc')}
            data={ppksChartData(report)}
            categoryKey="label"
            series={countSeries()}
            height={260}
          />
        </div>
      )}
      {serviceSheets(report).map((sheet) => (
        <ReportTable key={sheet.id} sheet={sheet} />
      ))}
    </section>
  );
}
