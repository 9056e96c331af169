// The casework screen (#/casework…), opened from the console for the ticket in hand: match the
// visitor to a beneficiary record (or make one), then assess, give emergency help and refer, as
// the centre's service model allows; or look up a person's case, the overdue referrals and the
// emergency stock. It runs in the console's window, and "Kembali ke antrean" returns to the
// counter with its ticket still in hand.
import { useLiveQuery } from 'dexie-react-hooks';
import { ArrowLeft, FolderOpen } from 'lucide-react';
import { useCallback, useEffect, useRef } from 'react';
import { useHash } from '../app/route.ts';
import { FeedbackArea } from '../console/FeedbackArea.tsx';
import { OTHER_STAFF, useStaffOnDuty } from '../console/staff-on-duty.ts';
import { useFeedback } from '../console/useFeedback.ts';
import { t } from '../i18n/index.ts';
import { cachedReference } from '../store/reference.ts';
import type { CaseworkStaff } from '../store/store.ts';
import { useStore } from '../store/store-context.tsx';
import { CaseworkHome } from './CaseworkHome.tsx';
import { caseworkHref, parseCaseworkRoute } from './casework-route.ts';
import { PersonCase } from './PersonCase.tsx';
import { TicketCase } from './TicketCase.tsx';
import { VisitCase } from './VisitCase.tsx';
import '../console/console.css';
import './casework.css';

export default function CaseworkScreen() {
  const store = useStore();
  const route = parseCaseworkRoute(useHash());
  const { onDuty } = useStaffOnDuty(store);
  const reference = useLiveQuery(() => cachedReference(store.db), [store.db]);
  const { feedback, refuse, confirm, dismiss, clear } = useFeedback();
  const staff: CaseworkStaff =
    onDuty && onDuty.id !== OTHER_STAFF.id
      ? { id: onDuty.id, name: onDuty.name }
      : { id: null, name: OTHER_STAFF.name };

  // A message belongs to the page it was given on, or to the page its action moved to ("Kunjungan
  // A-001 dibuka" shows on the visit it opened): the first move after a message keeps it.
  const where = caseworkHref(route);
  const keepOnMove = useRef(false);
  const confirmAndKeep = useCallback(
    (message: string) => {
      keepOnMove.current = true;
      confirm(message);
    },
    [confirm],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every move within casework
  useEffect(() => {
    if (keepOnMove.current) keepOnMove.current = false;
    else clear();
    document.title = `${t('casework.title')} — ${t('console.title')}`;
  }, [where, clear]);

  const common = { store, staff, reference, confirm: confirmAndKeep, refuse };
  return (
    <div className="console casework">
      <header className="console-header casework-header">
        <h1 className="casework-title">
          <FolderOpen aria-hidden="true" size={24} />
          <a href={caseworkHref({ kind: 'home' })}>{t('casework.title')}</a>
        </h1>
        <p className="casework-staff">{t('casework.staffOnDuty', { name: staff.name })}</p>
        <a className="btn casework-back" href="#/console">
          <ArrowLeft aria-hidden="true" size={20} />
          {t('casework.backToQueue')}
        </a>
      </header>
      <main className="casework-main">
        <FeedbackArea feedback={feedback} onDismiss={dismiss} />
        {route.kind === 'home' && <CaseworkHome {...common} />}
        {route.kind === 'ticket' && <TicketCase {...common} ticketId={route.ticketId} />}
        {route.kind === 'visit' && (
          <VisitCase {...common} visitId={route.visitId} tab={route.tab} />
        )}
        {route.kind === 'person' && <PersonCase {...common} beneficiaryId={route.beneficiaryId} />}
      </main>
    </div>
  );
}
