// An A4 report as it is printed: the centre's letterhead, the title and period, the content, and
// the signature block ("Mengetahui, Kepala Balai", the name line, the NIP line, place and date).
// The page numbers ("Halaman 1 dari 3") are not in the document: print.css puts them in the page
// margins with @page margin boxes, which Chromium fills in for print(), printToPDF and page.pdf.
import type { ReactNode } from 'react';
import type { ReportOrientation } from '../../../core/bridge/bridge.ts';
import type { InstallationConfig } from '../../../core/centre/config.ts';
import type { StaffMember } from '../../../core/centre/reference.ts';
import { dayLabel, periodLabel } from '../../../core/reports/period.ts';
import type { ReportPeriod } from '../../../core/reports/types.ts';
import { formatLocalDate, formatLocalTime, localDay } from '../../../core/time/local-day.ts';
import { t } from '../../i18n/index.ts';

export function Letterhead({ centre }: { centre: InstallationConfig['balai'] }) {
  return (
    <header className="letterhead">
      <p className="letterhead-ministry">{t('reports.print.ministry')}</p>
      <p className="letterhead-directorate">{t('reports.print.directorate')}</p>
      <p className="letterhead-centre">{centre.name}</p>
      <p className="letterhead-city">{centre.city}</p>
    </header>
  );
}

export interface Signatory {
  /** The one who signs as head of the centre; null leaves the lines to be filled by hand. */
  head: StaffMember | null;
  /** Who made the document (the daily closing's staff member), shown on the left. */
  preparedBy?: string;
}

export function SignatureBlock({
  centre,
  signedAt,
  timeZone,
  signatory,
}: {
  centre: InstallationConfig['balai'];
  signedAt: number;
  timeZone: string;
  signatory: Signatory;
}) {
  const { head, preparedBy } = signatory;
  return (
    <section className="signature-block">
      {preparedBy !== undefined && (
        <div className="signature signature-left">
          <p>{t('reports.print.preparedBy')}</p>
          <p>{t('reports.print.staffOnDuty')}</p>
          <p className="signature-name">{preparedBy}</p>
        </div>
      )}
      <div className="signature signature-right">
        <p>
          {t('reports.print.placeDate', {
            place: centre.city,
            date: dayLabel(localDay(signedAt, timeZone)),
          })}
        </p>
        <p>{t('reports.print.acknowledged')}</p>
        <p>{t('reports.print.head')}</p>
        <p className="signature-name">{head?.name ?? '\u00a0'}</p>
        <p className="signature-nip">
          {t('reports.print.nip')}. {head?.nip ?? ''}
        </p>
      </div>
    </section>
  );
}

export function PrintDocument({
  title,
  centre,
  timeZone,
  period,
  generatedAt,
  orientation,
  signatory,
  children,
}: {
  title: string;
  centre: InstallationConfig['balai'];
  timeZone: InstallationConfig['timeZone'];
  period: ReportPeriod;
  generatedAt: number;
  orientation: ReportOrientation;
  signatory: Signatory;
  children: ReactNode;
}) {
  return (
    <article className={`print-document is-${orientation}`} aria-label={title}>
      <Letterhead centre={centre} />
      <h1 className="print-title">{title}</h1>
      <p className="print-meta">
        <span>{t('reports.print.period', { label: periodLabel(period) })}</span>
        <span>{t('reports.print.timeZone', { zone: t(`reports.zone.${timeZone}`) })}</span>
        <span>
          {t('reports.generatedAt', {
            date: formatLocalDate(generatedAt, timeZone),
            time: formatLocalTime(generatedAt, timeZone),
          })}
        </span>
      </p>
      {children}
      <SignatureBlock
        centre={centre}
        signedAt={generatedAt}
        timeZone={timeZone}
        signatory={signatory}
      />
    </article>
  );
}
