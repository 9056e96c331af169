// The counter's waiting queue as a real <table>: sortable, filterable by service, and
// virtualised (only the rows in view are in the page, with spacer rows above and below), so a
// day with thousands waiting stays quick. aria-rowcount/aria-rowindex tell assistive technology
// the full size and each row's place.
import { type ColumnFiltersState, type SortingState, useTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ChevronsUpDown } from 'lucide-react';
import { useId, useMemo, useRef, useState } from 'react';
import type { Counter, OrderingPolicy } from '../../core/centre/config.ts';
import type { Ticket } from '../../core/queue/ticket.ts';
import { t } from '../i18n/index.ts';
import { counterServiceIds } from '../store/queue-queries.ts';
import {
  QueueTableContext,
  type QueueTableContextValue,
  queueColumns,
  queueFeatures,
  toQueueRow,
} from './queue-columns.tsx';
import { serviceName } from './service-names.ts';
import type { QueueEntry } from './useCounterQueue.ts';

const ROW_HEIGHT = 52;
const defaultSorting: SortingState = [{ id: 'position', desc: false }];

function policyText(policy: OrderingPolicy): string {
  switch (policy.kind) {
    case 'weighted':
      return t('console.queue.policy.weighted', { minutes: policy.priorityBonusMinutes });
    case 'ratio':
      return t('console.queue.policy.ratio', { regular: policy.regularPerPriority });
    default:
      return t(`console.queue.policy.${policy.kind}`);
  }
}

export function QueueTable({
  entries,
  counter,
  policy,
  now,
  timeZone,
  callBlockedReason,
  onCall,
}: {
  entries: readonly QueueEntry[];
  counter: Counter;
  policy: OrderingPolicy;
  now: number;
  timeZone: string;
  /** Set while the counter has a visitor in hand: regular tickets cannot be called. */
  callBlockedReason: string | null;
  onCall: (ticket: Ticket) => void;
}) {
  const id = useId();
  const [sorting, setSorting] = useState<SortingState>(defaultSorting);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const data = useMemo(
    () => entries.map((e) => toQueueRow(e.position, e.ticket, serviceName(e.ticket.serviceId))),
    [entries],
  );
  const table = useTable({
    features: queueFeatures,
    columns: queueColumns,
    data,
    getRowId: (row) => row.id,
    state: { sorting, columnFilters },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    enableSortingRemoval: false,
    enableMultiSort: false,
  });
  const rows = table.getRowModel().rows;

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);

  const serviceFilter = (columnFilters.find((f) => f.id === 'service')?.value as string) ?? '';
  const services = counterServiceIds(counter);
  const columnCount = queueColumns.length;

  const context = useMemo<QueueTableContextValue>(
    () => ({
      now,
      timeZone,
      callBlockedReasonId: callBlockedReason ? `${id}-blocked` : null,
      onCall,
    }),
    [now, timeZone, callBlockedReason, id, onCall],
  );

  return (
    <section className="console-queue" aria-labelledby={`${id}-heading`}>
      <div className="queue-toolbar">
        <div className="queue-title">
          <h2 id={`${id}-heading`}>{t('console.queue.heading')}</h2>
          <p className="queue-policy">{policyText(policy)}</p>
        </div>
        <p className="queue-count">
          {serviceFilter
            ? t('console.queue.countFiltered', { shown: rows.length, total: data.length })
            : t('console.queue.count', { total: data.length })}
        </p>
        <label className="queue-filter">
          <span>{t('console.queue.filter')}</span>
          <select
            value={serviceFilter}
            onChange={(event) =>
              table.getColumn('service')?.setFilterValue(event.target.value || undefined)
            }
          >
            <option value="">{t('console.queue.allServices')}</option>
            {services.map((serviceId) => (
              <option key={serviceId} value={serviceId}>
                {serviceName(serviceId)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {callBlockedReason && (
        <p id={`${id}-blocked`} hidden>
          {callBlockedReason}
        </p>
      )}
      <QueueTableContext value={context}>
        <div ref={scrollRef} className="queue-scroll">
          <table
            className="queue-table"
            aria-label={t('console.queue.tableLabel', { number: counter.number })}
            aria-rowcount={rows.length + 1}
          >
            <colgroup>
              {table.getAllLeafColumns().map((column) => (
                <col key={column.id} className={`col-${column.id}`} />
              ))}
            </colgroup>
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id} aria-rowindex={1}>
                  {group.headers.map((header) => {
                    const sorted = header.column.getIsSorted();
                    const canSort = header.column.getCanSort();
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        className={`col-${header.column.id}`}
                        aria-sort={
                          sorted === 'asc'
                            ? 'ascending'
                            : sorted === 'desc'
                              ? 'descending'
                              : canSort
                                ? 'none'
                                : undefined
                        }
                      >
                        {canSort ? (
                          <button
                            type="button"
                            className="queue-sort"
                            onClick={header.column.getToggleSortingHandler()}
                          >
                            <table.FlexRender header={header} />
                            {sorted === 'asc' ? (
                              <ArrowUp aria-hidden="true" size={16} />
                            ) : sorted === 'desc' ? (
                              <ArrowDown aria-hidden="true" size={16} />
                            ) : (
                              <ChevronsUpDown
                                aria-hidden="true"
                                size={16}
                                className="queue-sort-idle"
                              />
                            )}
                          </button>
                        ) : (
                          <table.FlexRender header={header} />
                        )}
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {rows.length === 0 ? (
                <tr aria-rowindex={2}>
                  <td colSpan={columnCount} className="queue-empty">
                    {serviceFilter ? t('console.queue.emptyFiltered') : t('console.queue.empty')}
                  </td>
                </tr>
              ) : (
                <>
                  {padTop > 0 && (
                    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no content or focus
                    <tr aria-hidden="true" className="queue-spacer">
                      <td colSpan={columnCount} style={{ height: padTop }} />
                    </tr>
                  )}
                  {items.map((item) => {
                    const row = rows[item.index];
                    if (!row) return null;
                    return (
                      <tr
                        key={row.id}
                        aria-rowindex={item.index + 2}
                        className={`queue-row lane-row-${row.original.lane}`}
                        style={{ height: ROW_HEIGHT }}
                      >
                        {row.getAllCells().map((cell) =>
                          cell.column.id === 'number' ? (
                            <th key={cell.id} scope="row" className="col-number">
                              <table.FlexRender cell={cell} />
                            </th>
                          ) : (
                            <td key={cell.id} className={`col-${cell.column.id}`}>
                              <table.FlexRender cell={cell} />
                            </td>
                          ),
                        )}
                      </tr>
                    );
                  })}
                  {padBottom > 0 && (
                    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no content or focus
                    <tr aria-hidden="true" className="queue-spacer">
                      <td colSpan={columnCount} style={{ height: padBottom }} />
                    </tr>
                  )}
                </>
              )}
            </tbody>
          </table>
        </div>
      </QueueTableContext>
    </section>
  );
}
