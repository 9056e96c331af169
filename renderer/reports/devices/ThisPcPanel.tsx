// "PC ini": the app version this PC runs, where its update stands and what happens next (the
// main process decides; the browser build says updates belong to the desktop app), and the log
// export a supervisor sends to support.
import { FileDown } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import type { UpdateStatus } from '../../../core/updates/update-status.ts';
import { getBridge } from '../../bridge/index.ts';
import { t } from '../../i18n/index.ts';

/** How often the panel asks the host again while it is open. */
const POLL_MS = 10_000;

type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string; problem: boolean };

export function ThisPcPanel() {
  const id = useId();
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [exported, setExported] = useState<ExportState>({ kind: 'idle' });

  useEffect(() => {
    let open = true;
    const read = () =>
      getBridge()
        .host.updateStatus()
        .then(
          (next) => open && setStatus(next),
          () => undefined,
        );
    read();
    const timer = setInterval(read, POLL_MS);
    return () => {
      open = false;
      clearInterval(timer);
    };
  }, []);

  const exportLogs = async () => {
    setExported({ kind: 'busy' });
    const result = await getBridge().host.exportLogs();
    if (result.ok) {
      const text = result.path
        ? t('reports.devices.exported', { path: result.path })
        : t('reports.devices.exportedNoPath');
      setExported({ kind: 'done', text, problem: false });
    } else if (result.cancelled) setExported({ kind: 'idle' });
    else setExported({ kind: 'done', text: result.message, problem: true });
  };

  return (
    <section className="devices-this-pc" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('reports.devices.thisPc')}</h3>
      {status ? (
        <dl className="devices-facts">
          <div>
            <dt>{t('reports.devices.version')}</dt>
            <dd>{status.version}</dd>
          </div>
          <div>
            <dt>{t('reports.devices.update')}</dt>
            <dd>{t(`reports.devices.state.${status.state}`)}</dd>
          </div>
          {status.availableVersion ? (
            <div>
              <dt>{t('reports.devices.available')}</dt>
              <dd>{status.availableVersion}</dd>
            </div>
          ) : null}
          {status.progressPercent !== undefined ? (
            <div>
              <dt>{t('reports.devices.progress')}</dt>
              <dd>{Math.round(status.progressPercent)} %</dd>
            </div>
          ) : null}
          {status.message ? (
            <div className="devices-fact-wide">
              <dt>{t('reports.devices.next')}</dt>
              <dd>{status.message}</dd>
            </div>
          ) : null}
        </dl>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
      <div className="devices-logs">
        <button
          type="button"
          className="btn"
          aria-describedby={`${id}-logs-hint`}
          disabled={exported.kind === 'busy'}
          onClick={exportLogs}
        >
          <FileDown aria-hidden="true" size={18} />
          {t('reports.devices.exportLogs')}
        </button>
        <p id={`${id}-logs-hint`} className="devices-hint">
          {t('reports.devices.exportLogsHint')}
        </p>
      </div>
      <p
        className={exported.kind === 'done' && exported.problem ? 'devices-problem' : ''}
        role="status"
      >
        {exported.kind === 'busy' ? t('reports.devices.exporting') : null}
        {exported.kind === 'done' ? exported.text : null}
      </p>
    </section>
  );
}
