// Pieces the ticket and emergency screens share: the wait while the number is made, and the
// Selesai button with the time left before the screen clears itself.
import { Check, TriangleAlert } from 'lucide-react';
import { t } from '../../i18n/index.ts';
import type { IssueState } from '../useTicketIssue.ts';

export function IssueProgress({ issue }: { issue: IssueState }) {
  if (issue.kind === 'failed') {
    return (
      <div className="kiosk-print kiosk-print-failed" role="alert">
        <TriangleAlert aria-hidden="true" className="kiosk-print-icon" />
        <p className="kiosk-print-title">
          {t(issue.dayClosed ? 'kiosk.ticket.dayClosed' : 'kiosk.ticket.issueFailed')}
        </p>
      </div>
    );
  }
  return (
    <p className="kiosk-issuing" role="status">
      {t('kiosk.ticket.issuing')}
    </p>
  );
}

export function DoneButton({
  onDone,
  secondsLeft,
}: {
  onDone(): void;
  secondsLeft: number | null;
}) {
  return (
    <div className="kiosk-done">
      <button type="button" className="btn btn-primary kiosk-done-button" onClick={onDone}>
        <Check aria-hidden="true" />
        {t('kiosk.ticket.done')}
      </button>
      {secondsLeft === null ? null : (
        <p className="kiosk-done-auto">{t('kiosk.ticket.autoReturn', { seconds: secondsLeft })}</p>
      )}
    </div>
  );
}
