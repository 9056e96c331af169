// After the Darurat button: staff are on their way (every console shows the alert). The screen
// gives the emergency number and asks the person to stay near the kiosk.
import { Siren } from 'lucide-react';
import { useId } from 'react';
import { t } from '../../i18n/index.ts';
import { KioskStep } from '../KioskStep.tsx';
import { PrintStatusNote } from '../PrintStatusNote.tsx';
import { useCountdown } from '../useCountdown.ts';
import type { IssueState } from '../useTicketIssue.ts';
import { DoneButton, IssueProgress } from './ticket-parts.tsx';

/** Longer than the ticket screen: staff may take a moment to reach the kiosk. */
export const EMERGENCY_SCREEN_SECONDS = 90;

export function EmergencyStep({ issue, onDone }: { issue: IssueState; onDone(): void }) {
  const numberLabelId = useId();
  const secondsLeft = useCountdown(EMERGENCY_SCREEN_SECONDS, onDone, issue.kind !== 'issuing');
  return (
    <KioskStep
      className="kiosk-emergency"
      guide="darurat-coming"
      heading={t('kiosk.emergency.comingHeading')}
      instruction={t('kiosk.emergency.comingText')}
    >
      <Siren aria-hidden="true" className="kiosk-emergency-art" />
      {issue.kind === 'issued' ? (
        <>
          <div className="kiosk-ticket-card kiosk-ticket-card-emergency">
            <p id={numberLabelId} className="kiosk-ticket-label">
              {t('kiosk.emergency.numberLabel')}
            </p>
            <output className="kiosk-ticket-number" aria-labelledby={numberLabelId}>
              {issue.ticket.number}
            </output>
          </div>
          <PrintStatusNote status={issue.print} />
        </>
      ) : (
        <IssueProgress issue={issue} />
      )}
      <DoneButton onDone={onDone} secondsLeft={issue.kind === 'issuing' ? null : secondsLeft} />
    </KioskStep>
  );
}
