// Columns of the waiting-queue table. Kept at module scope (stable for TanStack Table); what
// changes with time or with the counter's state reaches the cells through QueueTableContext.
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import { Megaphone } from 'lucide-react';
import { createContext, useContext } from 'react';
import type { Lane, PriorityClass, Ticket } from '../../core/queue/ticket.ts';
import { formatLocalTime, formatWaiting } from '../../core/time/local-day.ts';
import { t } from '../i18n/index.ts';
import { LaneBadge, PriorityClassList } from './PriorityLabel.tsx';

export interface QueueRow {
  id: string;
  position: number;
  number: string;
  serviceId: string;
  serviceName: string;
  lane: Lane;
  /** Emergency 0, priority 1, regular 2: sorting by priority puts the most urgent first. */
  laneRank: number;
  priorityClasses: PriorityClass[];
  arrivedAt: number;
  ticket: Ticket;
}

export interface QueueTableContextValue {
  now: number;
  timeZone: string;
  /** Why a regular ticket cannot be called now (id of the element saying so), or null. */
  callBlockedReasonId: string | null;
  onCall: (ticket: Ticket) => void;
}

export const QueueTableContext = createContext<QueueTableContextValue | null>(null);

function useQueueTableContext(): QueueTableContextValue {
  const value = useContext(QueueTableContext);
  if (!value) throw new Error('queue cell outside QueueTableContext');
  return value;
}

export const queueFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortFns: { basic: sortFn_basic, alphanumeric: sortFn_alphanumeric },
  filterFns: { equalsString: filterFn_equalsString },
});

const helper = createColumnHelper<typeof queueFeatures, QueueRow>();

function ArrivedCell({ arrivedAt }: { arrivedAt: number }) {
  const { timeZone } = useQueueTableContext();
  return <>{formatLocalTime(arrivedAt, timeZone)}</>;
}

function WaitingCell({ arrivedAt }: { arrivedAt: number }) {
  const { now } = useQueueTableContext();
  return <>{formatWaiting(now - arrivedAt)}</>;
}

function CallCell({ ticket }: { ticket: Ticket }) {
  const { callBlockedReasonId, onCall } = useQueueTableContext();
  // An emergency may always be taken, even with a visitor in hand (as from its banner).
  const blocked = ticket.lane !== 'emergency' && callBlockedReasonId !== null;
  return (
    <button
      type="button"
      className="btn queue-call"
      aria-label={t('console.queue.callLabel', { number: ticket.number })}
      aria-disabled={blocked || undefined}
      aria-describedby={blocked ? (callBlockedReasonId ?? undefined) : undefined}
      onClick={() => onCall(ticket)}
    >
      <Megaphone aria-hidden="true" size={18} />
      {t('console.queue.call')}
    </button>
  );
}

export const queueColumns = helper.columns([
  helper.accessor('position', {
    id: 'position',
    header: () => t('console.queue.column.position'),
    sortFn: 'basic',
    sortDescFirst: false,
  }),
  helper.accessor('number', {
    id: 'number',
    header: () => t('console.queue.column.number'),
    cell: (info) => <strong className="queue-number">{info.getValue()}</strong>,
    sortFn: 'alphanumeric',
    sortDescFirst: false,
  }),
  helper.accessor('serviceId', {
    id: 'service',
    header: () => t('console.queue.column.service'),
    cell: (info) => <span className="queue-service">{info.row.original.serviceName}</span>,
    filterFn: 'equalsString',
    sortFn: (a, b) => a.original.serviceName.localeCompare(b.original.serviceName, 'id'),
    sortDescFirst: false,
  }),
  helper.accessor('laneRank', {
    id: 'priority',
    header: () => t('console.queue.column.priority'),
    cell: (info) => (
      <span className="queue-priority" title={priorityTitle(info.row.original.priorityClasses)}>
        <LaneBadge lane={info.row.original.lane} />
        <PriorityClassList classes={info.row.original.priorityClasses} />
      </span>
    ),
    sortFn: 'basic',
    sortDescFirst: false,
  }),
  helper.accessor('arrivedAt', {
    id: 'arrived',
    header: () => t('console.queue.column.arrived'),
    cell: (info) => <ArrivedCell arrivedAt={info.getValue()} />,
    sortFn: 'basic',
    sortDescFirst: false,
  }),
  // Sorted by how long they have waited: the earliest arrival waited longest.
  helper.accessor((row) => -row.arrivedAt, {
    id: 'waiting',
    header: () => t('console.queue.column.waiting'),
    cell: (info) => <WaitingCell arrivedAt={info.row.original.arrivedAt} />,
    sortFn: 'basic',
    sortDescFirst: true,
  }),
  helper.display({
    id: 'action',
    header: () => t('console.queue.column.action'),
    cell: (info) => <CallCell ticket={info.row.original.ticket} />,
    enableSorting: false,
  }),
]);

function priorityTitle(classes: readonly PriorityClass[]): string | undefined {
  return classes.length > 0
    ? classes.map((c) => t(`common.priorityClass.${c}`)).join(', ')
    : undefined;
}

const laneRanks: Record<Lane, number> = { emergency: 0, priority: 1, regular: 2 };

export function toQueueRow(position: number, ticket: Ticket, serviceName: string): QueueRow {
  return {
    id: ticket.id,
    position,
    number: ticket.number,
    serviceId: ticket.serviceId,
    serviceName,
    lane: ticket.lane,
    laneRank: laneRanks[ticket.lane],
    priorityClasses: ticket.priorityClasses,
    arrivedAt: ticket.arrivedAt,
    ticket,
  };
}
