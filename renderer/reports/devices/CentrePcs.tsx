// "PC di balai ini": the centre's PCs as the sync server knows them — name, roles, the app version
// and update state each last reported, and when each last connected. Asked of the server with this
// PC's own token (a console PC's; the server refuses kiosks and boards), so it needs enrolment.
import { RefreshCw } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { dayLabel } from '../../../core/reports/period.ts';
import { formatLocalTime, localDay } from '../../../core/time/local-day.ts';
import type { CentreDevice } from '../../../core/updates/protocol.ts';
import { getBridge } from '../../bridge/index.ts';
import { t } from '../../i18n/index.ts';
import { createSyncClient } from '../../sync/client.ts';

type Listing =
  | { kind: 'loading' }
  | { kind: 'not_enrolled' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; channel: string; devices: CentreDevice[] };

async function loadDevices(): Promise<Listing> {
  const credentials = await getBridge().sync.loadCredentials();
  if (!credentials) return { kind: 'not_enrolled' };
  const { channel, devices } = await createSyncClient(
    credentials.serverUrl,
    credentials.token,
  ).devices();
  return { kind: 'ready', channel, devices };
}

export function CentrePcs({ timeZone }: { timeZone: string }) {
  const id = useId();
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  const [round, setRound] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` asks for the list again
  useEffect(() => {
    let open = true;
    setListing({ kind: 'loading' });
    loadDevices().then(
      (next) => open && setListing(next),
      (failure: unknown) =>
        open &&
        setListing({
          kind: 'failed',
          message: failure instanceof Error ? failure.message : String(failure),
        }),
    );
    return () => {
      open = false;
    };
  }, [round]);

  const when = (epochMs: number | null) => {
    if (epochMs === null) return t('reports.devices.never');
    const time = formatLocalTime(epochMs, timeZone);
    const day = localDay(epochMs, timeZone);
    return day === localDay(Date.now(), timeZone) ? time : `${dayLabel(day)} ${time}`;
  };

  return (
    <section
      className="devices-centre"
      aria-labelledby={`${id}-heading`}
      aria-busy={listing.kind === 'loading'}
    >
      <div className="devices-centre-head">
        <h3 id={`${id}-heading`}>{t('reports.devices.centrePcs')}</h3>
        <button type="button" className="btn" onClick={() => setRound((n) => n + 1)}>
          <RefreshCw aria-hidden="true" size={18} />
          {t('reports.devices.refresh')}
        </button>
      </div>
      {listing.kind === 'loading' && <p role="status">{t('reports.devices.loading')}</p>}
      {listing.kind === 'not_enrolled' && <p>{t('reports.devices.notEnrolled')}</p>}
      {listing.kind === 'failed' && (
        <p className="devices-problem" role="alert">
          {t('reports.devices.failed', { message: listing.message })}
        </p>
      )}
      {listing.kind === 'ready' && (
        <p className="devices-hint">{t('reports.devices.channel', { channel: listing.channel })}</p>
      )}
      {listing.kind === 'ready' && listing.devices.length === 0 && (
        <p>{t('reports.devices.none')}</p>
      )}
      {listing.kind === 'ready' && listing.devices.length > 0 && (
        <div className="devices-table-scroll">
          <table className="devices-table">
            <caption>{t('reports.devices.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.devices.column.name')}</th>
                <th scope="col">{t('reports.devices.column.roles')}</th>
                <th scope="col">{t('reports.devices.column.version')}</th>
                <th scope="col">{t('reports.devices.column.state')}</th>
                <th scope="col">{t('reports.devices.column.reportedAt')}</th>
                <th scope="col">{t('reports.devices.column.lastSeen')}</th>
              </tr>
            </thead>
            <tbody>
              {listing.devices.map((device) => (
                <tr key={device.id}>
                  <th scope="row">
                    {device.name}
                    {device.revoked ? (
                      <span className="devices-revoked"> ({t('reports.devices.revoked')})</span>
                    ) : null}
                  </th>
                  <td>{device.roles.map((role) => t(`common.screen.${role}`)).join(', ')}</td>
                  <td>{device.update?.version ?? '—'}</td>
                  <td>
                    {device.update ? (
                      <>
                        {t(`reports.devices.state.${device.update.state}`)}
                        {device.update.availableVersion
                          ? ` → ${device.update.availableVersion}`
                          : ''}
                        {device.update.message ? (
                          <span className="devices-cell-note">{device.update.message}</span>
                        ) : null}
                      </>
                    ) : (
                      t('reports.devices.notReported')
                    )}
                  </td>
                  <td>{device.update ? when(device.update.reportedAt) : '—'}</td>
                  <td>{when(device.lastSeenAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
