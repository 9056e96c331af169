// The console's notices of local changes the server refused and the sync rolled back ("Panggilan
// A-012 dibatalkan: A-012 sudah dipanggil di Loket 2"). Each stays until a staff member dismisses
// it; a notice about another counter's action is shown only on that counter's console.
import { useLiveQuery } from 'dexie-react-hooks';
import { CloudAlert, X } from 'lucide-react';
import { t } from '../i18n/index.ts';
import type { SyncNotice } from '../store/db.ts';
import { useStore } from '../store/store-context.tsx';
import './sync.css';

export function SyncNotices({ counterId }: { counterId: string }) {
  const { db } = useStore();
  const notices = useLiveQuery(() => db.syncNotices.orderBy('id').toArray(), [db]);
  const shown = (notices ?? []).filter((n) => !n.counterId || n.counterId === counterId);
  if (shown.length === 0) return null;
  return (
    <section className="sync-notices" aria-label={t('sync.notice.region')}>
      {shown.map((notice) => (
        <p key={notice.id} role="alert" className="sync-notice">
          <CloudAlert aria-hidden="true" size={20} />
          <span>{noticeText(notice)}</span>
          <button
            type="button"
            className="sync-notice-dismiss"
            aria-label={t('sync.notice.dismiss')}
            onClick={() => {
              if (notice.id !== undefined) void db.syncNotices.delete(notice.id);
            }}
          >
            <X aria-hidden="true" size={18} />
          </button>
        </p>
      ))}
    </section>
  );
}

function noticeText(notice: SyncNotice): string {
  const what =
    notice.action && notice.ticketNumber
      ? t(`sync.notice.undone.${notice.action}`, { number: notice.ticketNumber })
      : t('sync.notice.change');
  return t('sync.notice.line', { what, reason: notice.message });
}
