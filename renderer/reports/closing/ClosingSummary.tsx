// The one-page end-of-day summary printed at the closing: the day's figures, the table per
// service, and how the tickets still open at closing time were resolved.
import type { DayClosure } from '../../../core/queue/closing.ts';
import type { QueueReport } from '../../../core/reports/types.ts';
import { formatLocalTime } from '../../../core/time/local-day.ts';
import { t } from '../../i18n/index.ts';
import { PrintTable } from '../print/PrintTable.tsx';
import { QueueFigures } from '../QueueReportView.tsx';
import { queueSheets } from '../report-sheets.ts';

export function ClosingSummary({
  closure,
  report,
  timeZone,
}: {
  closure: DayClosure;
  report: QueueReport;
  timeZone: string;
}) {
  const byService = queueSheets(report).find((sheet) => sheet.id === 'per-layanan');
  const resolved = closure.resolvedTicketIds.length;
  return (
    <>
      <p className="closing-summary-closed">
        {t('reports.closing.summaryClosed', {
          name: closure.closedByName || t('reports.closing.unknownStaff'),
          time: formatLocalTime(closure.closedAt, timeZone),
        })}
      </p>
      <QueueFigures report={report} />
      <p>
        {t('reports.closing.summaryOpenResolved')}:{' '}
        {resolved === 0
          ? t('reports.closing.noneOpen')
          : closure.resolution === 'no_show'
            ? t('reports.closing.resolvedNoShow', { count: resolved })
            : t('reports.closing.resolvedCarryOver', { count: resolved })}
      </p>
      {byService && <PrintTable sheet={byService} />}
    </>
  );
}
