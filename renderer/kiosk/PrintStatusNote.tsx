// Whether the paper ticket came out. A failure is said plainly, with the reassurance that the
// number on the screen still counts.
import { CircleCheck, Printer, TriangleAlert } from 'lucide-react';
import { t } from '../i18n/index.ts';
import type { PrintStatus } from './useTicketIssue.ts';

export function PrintStatusNote({ status }: { status: PrintStatus }) {
  if (status.kind === 'failed') {
    return (
      <div className="kiosk-print kiosk-print-failed" role="alert">
        <TriangleAlert aria-hidden="true" className="kiosk-print-icon" />
        <div>
          <p className="kiosk-print-title">{t('kiosk.ticket.printFailed')}</p>
          {/* The host's message already says the ticket stays valid; ours covers a silent failure. */}
          <p>{status.message || t('kiosk.ticket.stillValid')}</p>
        </div>
      </div>
    );
  }
  const printed = status.kind === 'printed';
  const Icon = printed ? CircleCheck : Printer;
  return (
    <div className={`kiosk-print kiosk-print-${status.kind}`} role="status">
      <Icon aria-hidden="true" className="kiosk-print-icon" />
      <p className="kiosk-print-title">
        {printed ? t('kiosk.ticket.printed') : t('kiosk.ticket.printing')}
      </p>
    </div>
  );
}
