// "Tutup layanan": the supervisor picks the day (today by default), sees the tickets still open,
// chooses whether they are marked absent or carried to the next day, confirms, and the day is
// closed and locked (renderer/store/closing.ts). The one-page end-of-day summary is then offered
// for printing; a closed day shows who closed it and when, and can be printed again.
import { useLiveQuery } from 'dexie-react-hooks';
import { Lock, Printer } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { OpenTicketResolution } from '../../../core/queue/closing.ts';
import { dayLabel, dayPeriod } from '../../../core/reports/period.ts';
import { formatLocalTime } from '../../../core/time/local-day.ts';
import { serviceName } from '../../console/service-names.ts';
import { useStaffOnDuty } from '../../console/staff-on-duty.ts';
import { t } from '../../i18n/index.ts';
import { closeDay, openTickets, useDayClosure } from '../../store/closing.ts';
import { counterLabel, type Store } from '../../store/store.ts';
import { PrintDialog } from '../print/PrintDialog.tsx';
import { PrintDocument } from '../print/PrintDocument.tsx';
import { useReport } from '../use-report.ts';
import { ClosingSummary } from './ClosingSummary.tsx';

export function ClosingView({ store, today }: { store: Store; today: string }) {
  const id = useId();
  const [day, setDay] = useState(today);
  const closure = useDayClosure(day);
  const open = useLiveQuery(() => openTickets(store, day), [store, day]);
  const { staff, onDuty } = useStaffOnDuty(store);
  const [closedBy, setClosedBy] = useState('');
  const [resolution, setResolution] = useState<OpenTicketResolution>('carry_over');
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  const [refresh, setRefresh] = useState(0);
  const report = useReport(store, dayPeriod(day), refresh);
  const tz = store.config.timeZone;
  const closer = closedBy || onDuty?.id || '';

  // The summary counts what the closing changed: recount once the closure is there.
  const closedAt = closure?.closedAt;
  useEffect(() => {
    if (closedAt !== undefined) setRefresh((n) => n + 1);
  }, [closedAt]);

  const confirm = async () => {
    setConfirming(false);
    const result = await closeDay(store, { localDay: day, resolution, staffId: closer });
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    setMessage(null);
    setPrinting(true);
  };

  const start = () => {
    if (!closer) {
      setMessage(t('reports.closing.chooseStaff'));
      document.getElementById(`${id}-closer`)?.focus();
      return;
    }
    setMessage(null);
    setConfirming(true);
  };

  const resolutionWords =
    resolution === 'no_show'
      ? t('reports.closing.confirmNoShow')
      : t('reports.closing.confirmCarryOver');

  return (
    <section className="closing" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('reports.closing.heading')}</h2>
      <p className="closing-intro">{t('reports.closing.intro')}</p>
      <label className="period-field">
        <span>{t('reports.closing.day')}</span>
        <input
          type="date"
          value={day}
          max={today}
          required
          onChange={(event) => event.target.value && setDay(event.target.value)}
        />
      </label>

      {closure ? (
        <div className="closing-locked" role="status">
          <Lock aria-hidden="true" size={22} />
          <div>
            <p className="closing-locked-title">
              {t('reports.closing.locked', {
                day: dayLabel(closure.localDay),
                name: closure.closedByName || t('reports.closing.unknownStaff'),
                time: formatLocalTime(closure.closedAt, tz),
              })}
            </p>
            {closure.resolvedTicketIds.length > 0 && (
              <p>
                {closure.resolution === 'no_show'
                  ? t('reports.closing.resolvedNoShow', { count: closure.resolvedTicketIds.length })
                  : t('reports.closing.resolvedCarryOver', {
                      count: closure.resolvedTicketIds.length,
                    })}
              </p>
            )}
          </div>
          <button type="button" className="btn btn-primary" onClick={() => setPrinting(true)}>
            <Printer aria-hidden="true" size={18} />
            {t('reports.closing.printSummary')}
          </button>
        </div>
      ) : (
        closure === null && (
          <>
            <h3>{t('reports.closing.openTickets')}</h3>
            {open && open.length > 0 ? (
              <div className="report-table-scroll closing-open">
                <table className="report-table">
                  <caption className="visually-hidden">
                    {t('reports.closing.tableLabel', { day: dayLabel(day) })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('reports.closing.column.number')}</th>
                      <th scope="col">{t('reports.closing.column.service')}</th>
                      <th scope="col">{t('reports.closing.column.state')}</th>
                      <th scope="col">{t('reports.closing.column.arrived')}</th>
                      <th scope="col">{t('reports.closing.column.counter')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {open.map((ticket) => (
                      <tr key={ticket.id}>
                        <th scope="row">{ticket.number}</th>
                        <td>{serviceName(ticket.serviceId)}</td>
                        <td>
                          {t(`common.state.${ticket.state as 'waiting' | 'called' | 'serving'}`)}
                        </td>
                        <td>{formatLocalTime(ticket.arrivedAt, tz)}</td>
                        <td>
                          {ticket.counterId
                            ? counterLabel(store, ticket.counterId)
                            : t('reports.none')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p>{open ? t('reports.closing.noneOpen') : t('reports.loading')}</p>
            )}
            {open && open.length > 0 && (
              <fieldset className="closing-resolution">
                <legend>{t('reports.closing.resolution')}</legend>
                {(['carry_over', 'no_show'] as const).map((value) => (
                  <label key={value} className="closing-choice">
                    <input
                      type="radio"
                      name={`${id}-resolution`}
                      value={value}
                      checked={resolution === value}
                      onChange={() => setResolution(value)}
                    />
                    <span>
                      <strong>
                        {value === 'no_show'
                          ? t('reports.closing.noShow')
                          : t('reports.closing.carryOver')}
                      </strong>
                      <span className="closing-choice-hint">
                        {value === 'no_show'
                          ? t('reports.closing.noShowHint')
                          : t('reports.closing.carryOverHint')}
                      </span>
                    </span>
                  </label>
                ))}
              </fieldset>
            )}
            <label className="period-field">
              <span>{t('reports.closing.closedBy')}</span>
              <select
                id={`${id}-closer`}
                value={closer}
                onChange={(event) => setClosedBy(event.target.value)}
              >
                <option value="">—</option>
                {(staff ?? []).map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.name}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="btn btn-danger closing-close" onClick={start}>
              <Lock aria-hidden="true" size={18} />
              {t('reports.closing.close')}
            </button>
          </>
        )
      )}
      {message && (
        <p className="period-problem" role="alert">
          {message}
        </p>
      )}
      {confirming && (
        <ConfirmClosing
          title={t('reports.closing.confirmTitle', { day: dayLabel(day) })}
          body={t('reports.closing.confirmBody', {
            count: open?.length ?? 0,
            resolution: resolutionWords,
          })}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      )}
      {printing && closure && report.status === 'ready' && (
        <PrintDialog
          title={t('reports.closing.summaryTitle')}
          fileName={t('reports.document.fileClosing', { period: day })}
          defaultOrientation="portrait"
          staff={staff ?? []}
          preparedBy={closure.closedByName}
          onClose={() => setPrinting(false)}
        >
          {(orientation, signatory) => (
            <PrintDocument
              title={t('reports.closing.summaryTitle')}
              centre={store.config.balai}
              timeZone={tz}
              period={dayPeriod(day)}
              generatedAt={store.now()}
              orientation={orientation}
              signatory={signatory}
            >
              <ClosingSummary closure={closure} report={report.queue} timeZone={tz} />
            </PrintDocument>
          )}
        </PrintDialog>
      )}
    </section>
  );
}

function ConfirmClosing({
  title,
  body,
  onConfirm,
  onCancel,
}: {
  title: string;
  body: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="report-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <p>{body}</p>
      <div className="report-dialog-buttons">
        <button type="button" className="btn" onClick={onCancel}>
          {t('reports.closing.cancel')}
        </button>
        <button type="button" className="btn btn-danger" onClick={onConfirm}>
          {t('reports.closing.confirm')}
        </button>
      </div>
    </dialog>
  );
}
