// One ticket the counter has in hand (called or being served): who it is, how long they have
// been here, and what the staff member can do next.
import {
  ArrowRightLeft,
  Ban,
  CircleCheck,
  FolderOpen,
  type LucideIcon,
  Play,
  Undo2,
  UserX,
  Volume2,
} from 'lucide-react';
import type { Counter } from '../../core/centre/config.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import { formatLocalTime, formatWaiting } from '../../core/time/local-day.ts';
import { t } from '../i18n/index.ts';
import type { Store } from '../store/store.ts';
import { ActionButton } from './ActionButton.tsx';
import { LaneBadge, PriorityClassList } from './PriorityLabel.tsx';
import { RegistrationSummary } from './RegistrationSummary.tsx';
import { serviceName } from './service-names.ts';
import { shortcutKeys } from './shortcuts.ts';
import { actionContext, availability, type DeskAction } from './ticket-actions.ts';

export type DialogKind = 'transfer' | 'cancel';

const actionIcons: Record<DeskAction, LucideIcon> = {
  recall: Volume2,
  start: Play,
  finish: CircleCheck,
  no_show: UserX,
  requeue: Undo2,
  transfer: ArrowRightLeft,
  cancel: Ban,
};

export function TicketInHand({
  store,
  counter,
  ticket,
  now,
  withShortcuts,
  onAct,
  onDialog,
  onRefused,
}: {
  store: Store;
  counter: Counter;
  ticket: Ticket;
  now: number;
  /** Only the first ticket in hand answers the function keys; its buttons show them. */
  withShortcuts: boolean;
  onAct: (ticket: Ticket, action: Exclude<DeskAction, DialogKind>) => void;
  onDialog: (kind: DialogKind, ticket: Ticket) => void;
  onRefused: (reason: string) => void;
}) {
  const tz = store.config.timeZone;
  const ctx = actionContext(store, counter.id);
  const limit = store.config.noShowAfterCalls;
  const headingId = `ticket-${ticket.id}`;

  const button = (
    action: DeskAction,
    options: { shortcut?: string; variant?: 'primary' | 'danger'; note?: string } = {},
  ) => (
    <ActionButton
      label={t(`console.action.${action}`)}
      icon={actionIcons[action]}
      availability={availability(ticket, action, ctx)}
      onRun={() =>
        action === 'transfer' || action === 'cancel'
          ? onDialog(action, ticket)
          : onAct(ticket, action)
      }
      onRefused={onRefused}
      className={`desk-action-${action}`}
      {...(withShortcuts && options.shortcut ? { shortcut: options.shortcut } : {})}
      {...(options.variant ? { variant: options.variant } : {})}
      {...(options.note ? { note: options.note } : {})}
    />
  );

  const callsNote =
    ticket.callCount >= limit
      ? t('console.ticket.callsEnough', { count: ticket.callCount })
      : t('console.ticket.calls', { count: ticket.callCount, limit });

  return (
    <article className={`ticket-in-hand state-${ticket.state}`} aria-labelledby={headingId}>
      <div className="ticket-in-hand-top">
        <h3 id={headingId} className="ticket-number">
          {ticket.number}
        </h3>
        <div className="ticket-in-hand-what">
          <span className={`ticket-state state-${ticket.state}`}>
            {t(`common.state.${ticket.state}`)}
          </span>
          <span className="ticket-service">{serviceName(ticket.serviceId)}</span>
          <span className="ticket-lane">
            <LaneBadge lane={ticket.lane} />
            <PriorityClassList classes={ticket.priorityClasses} />
          </span>
        </div>
      </div>
      <p className="ticket-times">
        <span className="ticket-time">
          {t('console.ticket.arrived', { time: formatLocalTime(ticket.arrivedAt, tz) })} ·{' '}
          {t('console.ticket.inCentre', { duration: formatWaiting(now - ticket.arrivedAt) })}
        </span>
        <span className="ticket-time">
          {ticket.state === 'serving' && ticket.startedAt
            ? t('console.ticket.servingSince', { time: formatLocalTime(ticket.startedAt, tz) })
            : ticket.calledAt
              ? t('console.ticket.calledAt', { time: formatLocalTime(ticket.calledAt, tz) })
              : null}
        </span>
      </p>
      <RegistrationSummary store={store} ticket={ticket} />
      <p className="ticket-casework">
        <a className="btn" href={`#/casework/ticket/${ticket.id}`}>
          <FolderOpen aria-hidden="true" size={20} />
          {t('console.ticket.openCase')}
        </a>
      </p>
      <fieldset className="desk-actions">
        <legend className="visually-hidden">
          {t('console.ticket.actions', { number: ticket.number })}
        </legend>
        <div className="desk-actions-main">
          {ticket.state === 'serving'
            ? button('finish', { shortcut: shortcutKeys.finish, variant: 'primary' })
            : button('start', { shortcut: shortcutKeys.start, variant: 'primary' })}
          {button('recall', { shortcut: shortcutKeys.recall })}
        </div>
        <div className="desk-actions-more">
          {button('no_show', { note: callsNote })}
          {button('requeue')}
          {button('transfer')}
          {button('cancel')}
        </div>
      </fieldset>
    </article>
  );
}
