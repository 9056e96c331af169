// The supervisor's reports (#/reports, its own chunk): the queue report and the service report of
// a chosen period, computed from the local store (so they work offline; once synced they cover
// every device of the centre), with A4 printing and CSV/XLSX export; the daily closing; and the
// centre's PCs with their app version and updates.
import { ArrowLeft, RefreshCw } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { periodLabel } from '../../core/reports/period.ts';
import type { ReportPeriod } from '../../core/reports/types.ts';
import { localDay } from '../../core/time/local-day.ts';
import { useNow } from '../app/use-now.ts';
import { useStaffOnDuty } from '../console/staff-on-duty.ts';
import { t } from '../i18n/index.ts';
import { useStore } from '../store/store-context.tsx';
import { ClosingView } from './closing/ClosingView.tsx';
import { DevicesView } from './devices/DevicesView.tsx';
import { periodForFile, type ReportDocument } from './export/report-document.ts';
import { PeriodPicker } from './PeriodPicker.tsx';
import { PrintDialog } from './print/PrintDialog.tsx';
import { PrintDocument } from './print/PrintDocument.tsx';
import { PrintedQueueReport, PrintedServiceReport } from './print/PrintedReports.tsx';
import { QueueReportView } from './QueueReportView.tsx';
import { ReportActions } from './ReportActions.tsx';
import { queueSheets, serviceSheets } from './report-sheets.ts';
import { ServiceReportView } from './ServiceReportView.tsx';
import { useReport } from './use-report.ts';
import './reports.css';

type Tab = 'queue' | 'service' | 'closing' | 'devices';
const tabs: Tab[] = ['queue', 'service', 'closing', 'devices'];

export default function ReportsScreen() {
  const store = useStore();
  const { config } = store;
  const now = useNow(60_000);
  const today = localDay(now, config.timeZone);
  const [tab, setTab] = useState<Tab>('queue');
  const [period, setPeriod] = useState<ReportPeriod>({ from: today, to: today });
  const [refresh, setRefresh] = useState(0);
  const [printing, setPrinting] = useState(false);
  const report = useReport(store, period, refresh);
  const { staff } = useStaffOnDuty(store);

  useEffect(() => {
    document.title = `${t('reports.title')} — ${config.balai.shortName}`;
  }, [config.balai.shortName]);

  const doc = useMemo<ReportDocument | null>(() => {
    if (report.status !== 'ready' || tab === 'closing' || tab === 'devices') return null;
    const isQueue = tab === 'queue';
    const label = periodForFile(period);
    return {
      title: isQueue ? t('reports.document.queueTitle') : t('reports.document.serviceTitle'),
      fileName: isQueue
        ? t('reports.document.fileQueue', { period: label })
        : t('reports.document.fileService', { period: label }),
      centre: config.balai,
      timeZone: config.timeZone,
      period,
      generatedAt: report.computedAt,
      targetWaitMinutes: report.queue.targetWaitMinutes,
      sheets: isQueue ? queueSheets(report.queue) : serviceSheets(report.service),
    };
  }, [report, tab, period, config]);

  return (
    <div className="reports">
      <header className="reports-header">
        <a className="btn reports-back" href="#/">
          <ArrowLeft aria-hidden="true" size={18} />
          {t('reports.back')}
        </a>
        <div className="reports-where">
          <p className="reports-centre">{config.balai.name}</p>
          <h1>{t('reports.title')}</h1>
        </div>
        <a className="btn reports-console" href="#/console">
          {t('reports.toConsole')}
        </a>
      </header>
      <nav className="reports-tabs" aria-label={t('reports.tabs.label')}>
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            className={`reports-tab${tab === name ? ' is-current' : ''}`}
            aria-current={tab === name ? 'page' : undefined}
            onClick={() => setTab(name)}
          >
            {t(`reports.tabs.${name}`)}
          </button>
        ))}
      </nav>
      <main className="reports-main">
        {tab === 'closing' ? (
          <ClosingView store={store} today={today} />
        ) : tab === 'devices' ? (
          <DevicesView timeZone={config.timeZone} />
        ) : (
          <>
            <div className="reports-controls">
              <PeriodPicker today={today} onChoose={setPeriod} />
              <div className="reports-period-line">
                <p className="reports-period" aria-live="polite">
                  {t('reports.period.showing', { label: periodLabel(period) })}
                </p>
                <button
                  type="button"
                  className="btn reports-refresh"
                  onClick={() => setRefresh((n) => n + 1)}
                >
                  <RefreshCw aria-hidden="true" size={18} />
                  {t('reports.refresh')}
                </button>
                {doc && <ReportActions document={doc} onPrint={() => setPrinting(true)} />}
              </div>
              <p className="reports-offline">{t('reports.offlineNote')}</p>
            </div>
            {report.status === 'loading' && (
              <p className="loading" role="status">
                {t('reports.loading')}
              </p>
            )}
            {report.status === 'failed' && (
              <p className="period-problem" role="alert">
                {t('reports.loadFailed', { message: report.message })}
              </p>
            )}
            {report.status === 'ready' &&
              (tab === 'queue' ? (
                <QueueReportView report={report.queue} />
              ) : (
                <ServiceReportView report={report.service} />
              ))}
          </>
        )}
      </main>
      {printing && doc && report.status === 'ready' && (
        <PrintDialog
          title={doc.title}
          fileName={doc.fileName}
          defaultOrientation={tab === 'queue' ? 'landscape' : 'portrait'}
          staff={staff ?? []}
          onClose={() => setPrinting(false)}
        >
          {(orientation, signatory) => (
            <PrintDocument
              title={doc.title}
              centre={config.balai}
              timeZone={config.timeZone}
              period={period}
              generatedAt={doc.generatedAt}
              orientation={orientation}
              signatory={signatory}
            >
              {tab === 'queue' ? (
                <PrintedQueueReport report={report.queue} orientation={orientation} />
              ) : (
                <PrintedServiceReport report={report.service} orientation={orientation} />
              )}
            </PrintDocument>
          )}
        </PrintDialog>
      )}
    </div>
  );
}
