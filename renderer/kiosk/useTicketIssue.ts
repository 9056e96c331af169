// Issues a ticket and prints it. The ticket is stored first and printing comes after, so a jammed
// or missing printer never loses anyone's place: the screen shows the number either way.
import { useCallback, useRef, useState } from 'react';
import { serviceById } from '../../core/catalog/services.ts';
import type { InstallationConfig } from '../../core/centre/config.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import type { VisitorAnswers } from '../../core/visitor/registration.ts';
import { getBridge } from '../bridge/index.ts';
import { useStore } from '../store/store-context.tsx';
import { DayClosedError, type IssuedTicket, issueTicket } from '../store/tickets.ts';

export type PrintStatus =
  | { kind: 'printing' }
  | { kind: 'printed' }
  | { kind: 'failed'; message: string };

export type IssueState =
  | { kind: 'issuing' }
  /** `dayClosed`: the supervisor closed today's service (tutup layanan). */
  | { kind: 'failed'; dayClosed?: boolean }
  | { kind: 'issued'; ticket: Ticket; peopleAhead: number; print: PrintStatus };

async function printTicket(
  config: InstallationConfig,
  { ticket, peopleAhead }: IssuedTicket,
): Promise<PrintStatus> {
  try {
    const result = await getBridge().printer.printTicket({
      ticketId: ticket.id,
      number: ticket.number,
      serviceName: serviceById(ticket.serviceId)?.name ?? ticket.serviceId,
      centreName: config.balai.shortName,
      issuedAt: ticket.issuedAt,
      timeZone: config.timeZone,
      peopleAhead,
      emergency: ticket.lane === 'emergency',
    });
    return result.ok ? { kind: 'printed' } : { kind: 'failed', message: result.message };
  } catch (error) {
    console.error('Printing the ticket failed', error);
    return { kind: 'failed', message: '' };
  }
}

const TAP_MARK = 'serasi:ticket-tap';
export const ISSUE_MEASURE = 'serasi:ticket-issue';

/**
 * Records how long tap → stored + print sent took, as a User Timing measure that `npm run bench`
 * reads. Only the latest is kept, so a kiosk running all day holds one entry, not thousands.
 */
function markIssueSent() {
  performance.clearMeasures(ISSUE_MEASURE);
  performance.measure(ISSUE_MEASURE, TAP_MARK);
  performance.clearMarks(TAP_MARK);
}

export function useTicketIssue() {
  const store = useStore();
  const [state, setState] = useState<IssueState | null>(null);
  // A double tap must not issue two tickets.
  const started = useRef(false);

  const start = useCallback(
    async (answers: VisitorAnswers, options: { emergency?: boolean } = {}) => {
      if (started.current) return;
      started.current = true;
      performance.mark(TAP_MARK);
      setState({ kind: 'issuing' });
      let issued: IssuedTicket;
      try {
        issued = await issueTicket(store, answers, options);
      } catch (error) {
        if (error instanceof DayClosedError) {
          setState({ kind: 'failed', dayClosed: true });
        } else {
          console.error('Issuing a ticket failed', error);
          setState({ kind: 'failed' });
        }
        return;
      }
      setState({ kind: 'issued', ...issued, print: { kind: 'printing' } });
      const printing = printTicket(store.config, issued);
      markIssueSent();
      const print = await printing;
      setState((current) =>
        current?.kind === 'issued' && current.ticket.id === issued.ticket.id
          ? { ...current, print }
          : current,
      );
    },
    [store],
  );

  const reset = useCallback(() => {
    started.current = false;
    setState(null);
  }, []);

  return { state, start, reset };
}
