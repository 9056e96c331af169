// The staff console of one counter (loket): call the next visitor by the centre's policy, act on
// the visitor in hand, take emergencies, and see the waiting queue.
//
// One visitor in hand at a time (as FQM and Qmatic counters work): "Panggil berikutnya" and the
// queue's "Panggil" wait until the ticket in hand is finished, marked absent, put back or moved
// on, so nobody called is forgotten at the counter. Emergencies are the exception: "Ambil" takes
// one even with a visitor in hand, and it then shows beside that visitor.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Counter } from '../../core/centre/config.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import { localDay } from '../../core/time/local-day.ts';
import { useHostBusy } from '../app/use-host-busy.ts';
import { useNow } from '../app/use-now.ts';
import { t } from '../i18n/index.ts';
import { ticketsAtCounter } from '../store/queue-queries.ts';
import { type Store, today } from '../store/store.ts';
import { useStore } from '../store/store-context.tsx';
import { act, callNext, type TicketResult } from '../store/tickets.ts';
import { CancelDialog } from './CancelDialog.tsx';
import { ConsoleHeader, type QueueCounts } from './ConsoleHeader.tsx';
import { CounterChooser } from './CounterChooser.tsx';
import { useCounterChoice } from './counter-choice.ts';
import { DeskPanel } from './DeskPanel.tsx';
import { EmergencyAlerts } from './EmergencyAlerts.tsx';
import { QueueTable } from './QueueTable.tsx';
import { useShortcuts } from './shortcuts.ts';
import { useStaffOnDuty } from './staff-on-duty.ts';
import type { DialogKind } from './TicketInHand.tsx';
import { TransferDialog } from './TransferDialog.tsx';
import {
  type Availability,
  actionContext,
  availability,
  type DeskAction,
} from './ticket-actions.ts';
import { useCounterQueue, useOpenEmergencies, useTicketsInHand } from './useCounterQueue.ts';
import { useFeedback } from './useFeedback.ts';
import './console.css';

const REFRESH_MS = 30_000;

function heldReason(ticket: Ticket): string {
  return ticket.state === 'called'
    ? t('console.desk.busyCalled', { number: ticket.number })
    : t('console.desk.busyServing', { number: ticket.number });
}

export default function ConsoleScreen() {
  const store = useStore();
  const { counter, choose } = useCounterChoice(store.config);
  if (!counter) return <CounterChooser config={store.config} onChoose={choose} />;
  return (
    <CounterConsole
      key={counter.id}
      store={store}
      counter={counter}
      onChangeCounter={() => choose(null)}
    />
  );
}

function CounterConsole({
  store,
  counter,
  onChangeCounter,
}: {
  store: Store;
  counter: Counter;
  onChangeCounter: () => void;
}) {
  const { config } = store;
  const now = useNow(REFRESH_MS);
  const day = localDay(now, config.timeZone);
  const queue = useCounterQueue(store, counter, day);
  const emergencies = useOpenEmergencies(store, day);
  const inHand = useTicketsInHand(store, counter.id, day);
  useHostBusy((inHand?.length ?? 0) > 0);
  const { feedback, refuse, confirm, dismiss, clear } = useFeedback();
  // Recorded on every ticket event this window makes, for the reports' "per petugas".
  const { staffId } = useStaffOnDuty(store);
  // A change the server refused is rolled back: its confirmation ("A-012 dipanggil ke Loket 2")
  // no longer holds, and the sync notice says why.
  const rolledBack = useLiveQuery(
    () => store.db.syncNotices.filter((n) => !n.counterId || n.counterId === counter.id).count(),
    [store.db, counter.id],
  );
  const noticesSeen = useRef(rolledBack);
  useEffect(() => {
    if (rolledBack !== undefined && rolledBack > (noticesSeen.current ?? rolledBack)) clear();
    noticesSeen.current = rolledBack;
  }, [rolledBack, clear]);
  const [dialog, setDialog] = useState<{ kind: DialogKind; ticket: Ticket } | null>(null);

  // The window's title names the counter, so a PC with two console windows tells them apart.
  useEffect(() => {
    document.title = `${t('console.header.counter', { number: counter.number })} — ${t('console.title')}`;
  }, [counter.number]);

  const counts = useMemo<QueueCounts | undefined>(
    () =>
      queue && {
        waiting: queue.length,
        priority: queue.filter((e) => e.ticket.lane === 'priority').length,
        emergency: queue.filter((e) => e.ticket.lane === 'emergency').length,
      },
    [queue],
  );

  // Why the counter may not call a regular ticket now; null when it may.
  const first = inHand?.[0];
  const busyReason = first ? heldReason(first) : null;
  const callNextAvailability: Availability = busyReason
    ? { enabled: false, reason: busyReason }
    : queue && queue.length === 0
      ? { enabled: false, reason: t('console.desk.queueEmpty') }
      : { enabled: true };

  // The screen may lag a quick double press, so a call checks the store for a ticket in hand
  // again, and only one call runs at a time.
  const calling = useRef(false);
  const callIfFree = useCallback(
    async (call: () => Promise<TicketResult>, emergency: boolean) => {
      if (calling.current) return;
      calling.current = true;
      try {
        const held = emergency ? [] : await ticketsAtCounter(store.db, today(store), counter.id);
        if (held[0]) return refuse(heldReason(held[0]));
        const result = await call();
        if (!result.ok) return refuse(result.message);
        confirm(t('console.done.call', { number: result.ticket.number, counter: counter.number }));
      } finally {
        calling.current = false;
      }
    },
    [store, counter, refuse, confirm],
  );

  const runCallNext = async () => {
    if (!callNextAvailability.enabled) return refuse(callNextAvailability.reason);
    await callIfFree(() => callNext(store, counter, { staffId }), false);
  };

  const callTicket = useCallback(
    async (ticket: Ticket) => {
      const emergency = ticket.lane === 'emergency';
      if (!emergency && busyReason) return refuse(busyReason);
      await callIfFree(
        () => act(store, ticket.id, 'call', { counterId: counter.id, staffId }),
        emergency,
      );
    },
    [store, counter, staffId, busyReason, refuse, callIfFree],
  );

  const runAction = async (ticket: Ticket, action: Exclude<DeskAction, DialogKind>) => {
    const result = await act(store, ticket.id, action, { counterId: counter.id, staffId });
    if (!result.ok) return refuse(result.message);
    confirm(t(`console.done.${action}`, { number: ticket.number }));
  };

  // Function keys act on the first ticket in hand, through the same checks as its buttons.
  const shortcutAction = (action: Exclude<DeskAction, DialogKind>) => () => {
    if (!first) return refuse(t('console.desk.nothingInHand'));
    const check = availability(first, action, actionContext(store, counter.id));
    if (!check.enabled) return refuse(check.reason);
    void runAction(first, action);
  };
  useShortcuts({
    callNext: () => void runCallNext(),
    recall: shortcutAction('recall'),
    start: shortcutAction('start'),
    finish: shortcutAction('finish'),
  });

  const closeDialog = () => setDialog(null);
  const dialogDone = (message: string) => {
    setDialog(null);
    confirm(message);
  };

  return (
    <div className="console">
      <ConsoleHeader
        config={config}
        counter={counter}
        now={now}
        counts={counts}
        onChangeCounter={onChangeCounter}
      />
      <main className="console-main">
        <EmergencyAlerts tickets={emergencies ?? []} now={now} onTake={callTicket} />
        <div className="console-body">
          <DeskPanel
            store={store}
            counter={counter}
            now={now}
            inHand={inHand ?? []}
            callNext={callNextAvailability}
            feedback={feedback}
            onCallNext={() => void runCallNext()}
            onAct={(ticket, action) => void runAction(ticket, action)}
            onDialog={(kind, ticket) => setDialog({ kind, ticket })}
            onRefused={refuse}
            onDismiss={dismiss}
          />
          <QueueTable
            entries={queue ?? []}
            counter={counter}
            policy={config.ordering}
            now={now}
            timeZone={config.timeZone}
            callBlockedReason={busyReason}
            onCall={callTicket}
          />
        </div>
      </main>
      {dialog?.kind === 'transfer' && (
        <TransferDialog
          store={store}
          ticket={dialog.ticket}
          counterId={counter.id}
          staffId={staffId}
          onClose={closeDialog}
          onDone={dialogDone}
        />
      )}
      {dialog?.kind === 'cancel' && (
        <CancelDialog
          store={store}
          ticket={dialog.ticket}
          counterId={counter.id}
          staffId={staffId}
          onClose={closeDialog}
          onDone={dialogDone}
        />
      )}
    </div>
  );
}
