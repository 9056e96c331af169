// The sync's status line, on every screen of an enrolled installation: an icon and words (never
// colour alone) — "Tersinkron · 14.05", "Offline · 3 menunggu dikirim", "Perlu pembaruan
// aplikasi". The console shows it in full with the reason when something is wrong; the board
// shows one quiet line; the kiosk a corner dot with a short word for staff.
import {
  CircleArrowUp,
  CloudAlert,
  CloudCheck,
  CloudOff,
  CloudSync,
  KeyRound,
  type LucideIcon,
  Unplug,
} from 'lucide-react';
import { formatLocalTime } from '../../core/time/local-day.ts';
import { t } from '../i18n/index.ts';
import { useStore } from '../store/store-context.tsx';
import type { SyncStatus as Status, SyncState } from './status.ts';
import { useSyncStatus } from './use-sync-status.ts';
import './sync.css';

type Variant = 'console' | 'board' | 'kiosk';

const icons: Record<Exclude<SyncState, 'not_enrolled'>, LucideIcon> = {
  online: CloudCheck,
  syncing: CloudSync,
  offline: CloudOff,
  error: CloudAlert,
  update_needed: CircleArrowUp,
  reenrol: KeyRound,
};

export function SyncStatus({ variant }: { variant: Variant }) {
  const { db, config } = useStore();
  const view = useSyncStatus(db);
  const status = view?.status;
  if (!view || !status) return null;
  if (status.state === 'not_enrolled') {
    // Not an alarm: many centres run one PC without a server.
    return variant === 'console' ? (
      <p className="sync-status sync-status-console" data-state="not_enrolled">
        <Unplug aria-hidden="true" size={18} />
        <span>{t('sync.status.notEnrolled')}</span>
      </p>
    ) : null;
  }
  const Icon = icons[status.state];
  const short = variant === 'kiosk';
  const parts = [label(status, short ? null : config.timeZone)];
  if (view.pending > 0) {
    parts.push(
      t(short ? 'sync.status.pendingShort' : 'sync.status.pending', { count: view.pending }),
    );
  }
  const detail = variant === 'console' && status.message;
  return (
    <p
      role="status"
      className={`sync-status sync-status-${variant}`}
      data-state={status.state}
      title={status.message ?? undefined}
    >
      {short ? (
        <span className="sync-dot" aria-hidden="true" />
      ) : (
        <Icon aria-hidden="true" size={variant === 'console' ? 18 : undefined} />
      )}
      <span className="sync-status-text">
        <span>{parts.join(' · ')}</span>
        {detail ? <span className="sync-status-detail">{detail}</span> : null}
      </span>
    </p>
  );
}

/** The state in words; with a time zone, "Tersinkron" says when. */
function label(status: Status, timeZone: string | null): string {
  switch (status.state) {
    case 'online':
      return timeZone && status.lastSyncedAt !== null
        ? t('sync.status.onlineAt', { time: formatLocalTime(status.lastSyncedAt, timeZone) })
        : t('sync.status.online');
    case 'syncing':
      return t('sync.status.syncing');
    case 'offline':
      return t('sync.status.offline');
    case 'update_needed':
      return t('sync.status.updateNeeded');
    case 'reenrol':
      return t('sync.status.reenrol');
    default:
      return t('sync.status.error');
  }
}
