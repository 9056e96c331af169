// The ticket: the number very large, the service, the time, how many are ahead, and whether the
// paper came out. Goes back to welcome on its own so the next visitor never sees it.
import { Clock, Users } from 'lucide-react';
import { useId } from 'react';
import { serviceById } from '../../../core/catalog/services.ts';
import type { GuidanceStep } from '../../../core/kiosk/guidance.ts';
import { formatLocalTime } from '../../../core/time/local-day.ts';
import { serviceName } from '../../i18n/core-text.ts';
import { t } from '../../i18n/index.ts';
import { useStore } from '../../store/store-context.tsx';
import { KioskStep } from '../KioskStep.tsx';
import { serviceIcons } from '../kiosk-icons.ts';
import { PrintStatusNote } from '../PrintStatusNote.tsx';
import { useCountdown } from '../useCountdown.ts';
import type { IssueState } from '../useTicketIssue.ts';
import { DoneButton, IssueProgress } from './ticket-parts.tsx';

export const TICKET_SCREEN_SECONDS = 30;

interface TicketStepProps {
  issue: IssueState;
  consentGiven: boolean;
  onDone(): void;
}

/** What the voice says once the outcome is known: the ticket, a paper that did not come out, or no number. */
function ticketGuide(issue: IssueState): GuidanceStep | undefined {
  if (issue.kind === 'failed') return 'ticket-failed';
  if (issue.kind !== 'issued') return undefined;
  if (issue.print.kind === 'printed') return 'ticket';
  return issue.print.kind === 'failed' ? 'ticket-not-printed' : undefined;
}

export function TicketStep({ issue, consentGiven, onDone }: TicketStepProps) {
  const store = useStore();
  const numberLabelId = useId();
  const secondsLeft = useCountdown(TICKET_SCREEN_SECONDS, onDone, issue.kind !== 'issuing');

  return (
    <KioskStep
      className="kiosk-ticket"
      heading={t('kiosk.ticket.heading')}
      guide={ticketGuide(issue)}
    >
      {issue.kind === 'issued' ? (
        <>
          <div className="kiosk-ticket-card">
            <p id={numberLabelId} className="visually-hidden">
              {t('kiosk.ticket.heading')}
            </p>
            <output className="kiosk-ticket-number" aria-labelledby={numberLabelId}>
              {issue.ticket.number}
            </output>
            <TicketFacts
              serviceId={issue.ticket.serviceId}
              time={formatLocalTime(issue.ticket.issuedAt, store.config.timeZone)}
              peopleAhead={issue.peopleAhead}
            />
          </div>
          <p className="kiosk-ticket-wait">{t('kiosk.ticket.wait')}</p>
          <PrintStatusNote status={issue.print} />
          {consentGiven ? null : <p className="kiosk-ticket-note">{t('kiosk.ticket.noConsent')}</p>}
        </>
      ) : (
        <IssueProgress issue={issue} />
      )}
      <DoneButton onDone={onDone} secondsLeft={issue.kind === 'issuing' ? null : secondsLeft} />
    </KioskStep>
  );
}

function TicketFacts({
  serviceId,
  time,
  peopleAhead,
}: {
  serviceId: string;
  time: string;
  peopleAhead: number;
}) {
  const service = serviceById(serviceId);
  const ServiceIcon = service ? serviceIcons[service.icon] : Users;
  return (
    <ul className="kiosk-ticket-facts">
      <li>
        <ServiceIcon aria-hidden="true" />
        <span>
          <span className="visually-hidden">{t('kiosk.ticket.service')}: </span>
          {service ? serviceName(service) : serviceId}
        </span>
      </li>
      <li>
        <Clock aria-hidden="true" />
        <span>{t('kiosk.ticket.issuedAt', { time })}</span>
      </li>
      <li className="kiosk-ticket-ahead">
        <Users aria-hidden="true" />
        <span>
          {peopleAhead === 0
            ? t('kiosk.ticket.next')
            : t('kiosk.ticket.peopleAhead', { count: peopleAhead })}
        </span>
      </li>
    </ul>
  );
}
