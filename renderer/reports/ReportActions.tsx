// The report's outputs: "Cetak…" (the A4 preview), CSV and XLSX. The files are made here from the
// same sheets the screen shows and saved through the bridge (a save dialog in the desktop app, a
// download in a browser).
import { FileSpreadsheet, FileText, Printer } from 'lucide-react';
import { useState } from 'react';
import { getBridge } from '../bridge/index.ts';
import { t } from '../i18n/index.ts';
import { reportCsvBytes } from './export/csv.ts';
import type { ReportDocument } from './export/report-document.ts';

export function ReportActions({
  document: doc,
  onPrint,
}: {
  document: ReportDocument;
  onPrint: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);

  const save = async (kind: 'csv' | 'xlsx') => {
    setBusy(true);
    setStatus({ text: t('reports.actions.exporting'), failed: false });
    try {
      const bytes =
        kind === 'csv'
          ? reportCsvBytes(doc)
          : await (await import('./export/xlsx.ts')).reportWorkbookBytes(doc);
      const bridge = getBridge();
      const name = `${doc.fileName}.${kind}`;
      const result = await bridge.reports.saveFile({ kind, fileName: doc.fileName, bytes });
      if (result.ok) {
        setStatus({
          text:
            bridge.kind === 'electron'
              ? t('reports.actions.exported', { name: result.path ?? name })
              : t('reports.actions.exportedBrowser', { name }),
          failed: false,
        });
      } else if (result.cancelled) setStatus(null);
      else {
        setStatus({
          text: t('reports.actions.exportFailed', { message: result.message }),
          failed: true,
        });
      }
    } catch (error) {
      setStatus({
        text: t('reports.actions.exportFailed', {
          message: error instanceof Error ? error.message : String(error),
        }),
        failed: true,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="report-actions">
      <legend className="visually-hidden">{t('reports.actions.label')}</legend>
      <button type="button" className="btn btn-primary" onClick={onPrint}>
        <Printer aria-hidden="true" size={18} />
        {t('reports.actions.print')}
      </button>
      <button
        type="button"
        className="btn"
        disabled={busy}
        aria-describedby="report-csv-note"
        onClick={() => void save('csv')}
      >
        <FileText aria-hidden="true" size={18} />
        {t('reports.actions.csv')}
      </button>
      <button type="button" className="btn" disabled={busy} onClick={() => void save('xlsx')}>
        <FileSpreadsheet aria-hidden="true" size={18} />
        {t('reports.actions.xlsx')}
      </button>
      <p id="report-csv-note" className="visually-hidden">
        {t('reports.actions.csvNote')}
      </p>
      <p className={`report-action-status${status?.failed ? ' is-failed' : ''}`} role="status">
        {status?.text ?? ''}
      </p>
    </fieldset>
  );
}
