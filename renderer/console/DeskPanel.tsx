// The left side of the console: the call-next button, messages, and the visitor(s) in hand.
import { Inbox, Megaphone } from 'lucide-react';
import { useEffect, useRef } from 'react';
import type { Counter } from '../../core/centre/config.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import { t } from '../i18n/index.ts';
import type { Store } from '../store/store.ts';
import { ActionButton } from './ActionButton.tsx';
import { FeedbackArea } from './FeedbackArea.tsx';
import { shortcutKeys } from './shortcuts.ts';
import { type DialogKind, TicketInHand } from './TicketInHand.tsx';
import type { Availability, DeskAction } from './ticket-actions.ts';
import type { Feedback } from './useFeedback.ts';

export function DeskPanel({
  store,
  counter,
  now,
  inHand,
  callNext,
  feedback,
  onCallNext,
  onAct,
  onDialog,
  onRefused,
  onDismiss,
}: {
  store: Store;
  counter: Counter;
  now: number;
  inHand: readonly Ticket[];
  callNext: Availability;
  feedback: Feedback;
  onCallNext: () => void;
  onAct: (ticket: Ticket, action: Exclude<DeskAction, DialogKind>) => void;
  onDialog: (kind: DialogKind, ticket: Ticket) => void;
  onRefused: (reason: string) => void;
  onDismiss: () => void;
}) {
  // When the last ticket in hand leaves (finished, absent, moved on) its buttons go with it;
  // focus then goes to "Panggil berikutnya" rather than being lost to the page.
  const callNextRef = useRef<HTMLButtonElement>(null);
  const empty = inHand.length === 0;
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (empty && lost) callNextRef.current?.focus();
  }, [empty]);

  return (
    <section className="console-desk" aria-labelledby="desk-heading">
      <h2 id="desk-heading" className="visually-hidden">
        {t('console.desk.heading')}
      </h2>
      <ActionButton
        label={t('console.desk.callNext')}
        icon={Megaphone}
        availability={callNext}
        onRun={onCallNext}
        onRefused={onRefused}
        shortcut={shortcutKeys.callNext}
        variant="primary"
        className="desk-call-next"
        ref={callNextRef}
      />
      <FeedbackArea feedback={feedback} onDismiss={onDismiss} />
      {inHand.length === 0 ? (
        <div className="desk-empty">
          <Inbox aria-hidden="true" size={40} />
          <p className="desk-empty-title">{t('console.desk.nothingInHand')}</p>
          <p>{t('console.desk.nothingInHandHint')}</p>
        </div>
      ) : (
        <div className="desk-tickets">
          {inHand.map((ticket, index) => (
            <TicketInHand
              key={ticket.id}
              store={store}
              counter={counter}
              ticket={ticket}
              now={now}
              withShortcuts={index === 0}
              onAct={onAct}
              onDialog={onDialog}
              onRefused={onRefused}
            />
          ))}
        </div>
      )}
    </section>
  );
}
