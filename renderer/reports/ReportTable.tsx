// One report table on screen, from its sheet description (report-sheets.ts): a real <table> with
// a caption, sortable headers, a search over the names, and — for tables of days — grouping by
// month with sums per month. Long tables (a year of days) are virtualised like the console's
// queue: only the rows in view are in the page, spacer rows keep the scroll height, and
// aria-rowcount/aria-rowindex tell assistive technology the full size. The "Jumlah" row stays
// last whatever the sort or search.
import {
  aggregationFn_sum,
  type ColumnFiltersState,
  columnFilteringFeature,
  columnGroupingFeature,
  createColumnHelper,
  createExpandedRowModel,
  createFilteredRowModel,
  createGroupedRowModel,
  createSortedRowModel,
  type ExpandedState,
  filterFn_includesString,
  type GroupingState,
  rowAggregationFeature,
  rowExpandingFeature,
  rowSortingFeature,
  type SortingState,
  sortFn_basic,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { ArrowDown, ArrowUp, ChevronDown, ChevronRight, ChevronsUpDown } from 'lucide-react';
import { useId, useMemo, useRef, useState } from 'react';
import { t } from '../i18n/index.ts';
import {
  type CellValue,
  formatCell,
  monthOf,
  type ReportSheet,
  type SheetColumn,
  visibleColumns,
} from './report-sheets.ts';

type SheetRow = Record<string, CellValue>;

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnGroupingFeature,
  groupedRowModel: createGroupedRowModel(),
  rowAggregationFeature,
  rowExpandingFeature,
  expandedRowModel: createExpandedRowModel(),
  sortFns: { basic: sortFn_basic },
  filterFns: { includesString: filterFn_includesString },
  aggregationFns: { sum: aggregationFn_sum },
});

const helper = createColumnHelper<typeof features, SheetRow>();

/** Past this many rows the table renders only what is in view. */
const VIRTUAL_AFTER = 60;
const ROW_HEIGHT = 40;
const MONTH_COLUMN = '__month';

const numericKinds = new Set(['count', 'minutes', 'share', 'rupiah']);

/** Names sort as Indonesian text, numbers as numbers, nothing ("–") last either way. */
function compareValues(a: CellValue, b: CellValue): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'id', { numeric: true });
}

function makeColumns(columns: SheetColumn[], labelColumn: string) {
  const defs = columns.map((column) =>
    helper.accessor((row) => row[column.id] ?? null, {
      id: column.id,
      header: () => column.header,
      cell: (info) => formatCell(info.getValue() as CellValue, column.kind),
      sortFn: (a, b) =>
        compareValues(a.getValue(column.id) as CellValue, b.getValue(column.id) as CellValue),
      sortDescFirst: numericKinds.has(column.kind),
      ...(column.id === labelColumn
        ? {
            filterFn: (row, _id, filter) =>
              formatCell(row.original[column.id] ?? null, column.kind)
                .toLocaleLowerCase('id')
                .includes(String(filter).toLocaleLowerCase('id')),
          }
        : { enableColumnFilter: false }),
      // Counts add up per month; medians and shares of a month cannot be made from days'.
      ...(column.kind === 'count' || column.kind === 'rupiah'
        ? { aggregationFn: 'sum' as const }
        : {}),
      enableGrouping: false,
    }),
  );
  return helper.columns([
    ...defs,
    helper.accessor((row) => monthOf(String(row[labelColumn] ?? '')), {
      id: MONTH_COLUMN,
      header: () => t('reports.queue.column.month'),
      enableSorting: false,
      enableColumnFilter: false,
      enableGrouping: true,
    }),
  ]);
}

function ariaSort(sorted: false | 'asc' | 'desc', canSort: boolean) {
  if (sorted === 'asc') return 'ascending';
  if (sorted === 'desc') return 'descending';
  return canSort ? 'none' : undefined;
}

export function ReportTable({ sheet }: { sheet: ReportSheet }) {
  const id = useId();
  const shown = useMemo(() => visibleColumns(sheet), [sheet]);
  const labelKind = shown.find((c) => c.id === sheet.labelColumn)?.kind;
  const canGroupByMonth = labelKind === 'day' && sheet.rows.length > 31;
  const columns = useMemo(() => makeColumns(shown, sheet.labelColumn), [shown, sheet.labelColumn]);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [grouping, setGrouping] = useState<GroupingState>([]);
  const [expanded, setExpanded] = useState<ExpandedState>({});
  const table = useTable({
    features,
    columns,
    data: sheet.rows,
    getRowId: (row, index) => String(row.key ?? index),
    state: {
      sorting,
      columnFilters,
      grouping,
      expanded,
      // The month column exists only to group by; it is never a visible column.
    },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onGroupingChange: setGrouping,
    onExpandedChange: setExpanded,
    groupedColumnMode: false,
    enableMultiSort: false,
    autoResetExpanded: false,
  });
  const rows = table.getRowModel().rows;
  const filter = (columnFilters.find((f) => f.id === sheet.labelColumn)?.value as string) ?? '';
  const leafColumns = table.getAllLeafColumns().filter((c) => c.id !== MONTH_COLUMN);
  const columnCount = leafColumns.length;
  const groupedByMonth = grouping.includes(MONTH_COLUMN);

  const scrollRef = useRef<HTMLElement>(null);
  const virtual = rows.length > VIRTUAL_AFTER;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
    overscan: 12,
    enabled: virtual,
  });
  const items = virtual
    ? virtualizer.getVirtualItems()
    : rows.map((_, index) => ({ index, start: 0, end: 0 }));
  const padTop = virtual ? (items[0]?.start ?? 0) : 0;
  const padBottom = virtual ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  const kindOf = new Map(shown.map((c) => [c.id, c.kind]));

  return (
    <section className="report-table-block" aria-labelledby={`${id}-title`} id={sheet.id}>
      <div className="report-table-toolbar">
        <h3 id={`${id}-title`}>{sheet.title}</h3>
        <p className="report-table-count" aria-live="polite">
          {filter
            ? t('reports.table.count', { shown: rows.length, total: sheet.rows.length })
            : t('reports.table.countAll', { total: sheet.rows.length })}
        </p>
        {canGroupByMonth && (
          <label className="report-check">
            <input
              type="checkbox"
              checked={groupedByMonth}
              onChange={(event) => {
                setGrouping(event.target.checked ? [MONTH_COLUMN] : []);
                setExpanded({});
              }}
            />
            {t('reports.table.groupByMonth')}
          </label>
        )}
        {sheet.rows.length > 5 && (
          <label className="report-filter">
            <span>{t('reports.table.filter', { table: sheet.title })}</span>
            <input
              type="search"
              value={filter}
              placeholder={t('reports.table.filterPlaceholder')}
              onChange={(event) =>
                table.getColumn(sheet.labelColumn)?.setFilterValue(event.target.value || undefined)
              }
            />
          </label>
        )}
      </div>
      <section
        ref={scrollRef}
        className={`report-table-scroll${virtual ? ' is-virtual' : ''}`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        tabIndex={0}
        aria-labelledby={`${id}-title`}
      >
        <table className="report-table" aria-rowcount={rows.length + (sheet.total ? 2 : 1)}>
          <caption className="visually-hidden">{sheet.title}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers
                  .filter((header) => header.column.id !== MONTH_COLUMN)
                  .map((header) => {
                    const sorted = header.column.getIsSorted();
                    const canSort = header.column.getCanSort();
                    const kind = kindOf.get(header.column.id) ?? 'text';
                    return (
                      <th
                        key={header.id}
                        scope="col"
                        className={`kind-${kind}`}
                        aria-sort={ariaSort(sorted, canSort)}
                      >
                        <button
                          type="button"
                          className="report-sort"
                          onClick={header.column.getToggleSortingHandler()}
                        >
                          <table.FlexRender header={header} />
                          {sorted === 'asc' ? (
                            <ArrowUp aria-hidden="true" size={14} />
                          ) : sorted === 'desc' ? (
                            <ArrowDown aria-hidden="true" size={14} />
                          ) : (
                            <ChevronsUpDown aria-hidden="true" size={14} className="sort-idle" />
                          )}
                        </button>
                      </th>
                    );
                  })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr aria-rowindex={2}>
                <td colSpan={columnCount} className="report-empty">
                  {filter ? t('reports.table.emptyFiltered', { filter }) : t('reports.table.empty')}
                </td>
              </tr>
            )}
            {padTop > 0 && (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no content or focus
              <tr aria-hidden="true" className="report-spacer">
                <td colSpan={columnCount} style={{ height: padTop }} />
              </tr>
            )}
            {items.map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              const isGroup = row.getIsGrouped();
              const cells = row.getAllCells().filter((cell) => cell.column.id !== MONTH_COLUMN);
              return (
                <tr
                  key={row.id}
                  aria-rowindex={item.index + 2}
                  className={isGroup ? 'report-group-row' : undefined}
                  style={virtual ? { height: ROW_HEIGHT } : undefined}
                >
                  {cells.map((cell) => {
                    const kind = kindOf.get(cell.column.id) ?? 'text';
                    if (cell.column.id === sheet.labelColumn) {
                      const monthName = String(row.groupingValue ?? '');
                      return (
                        <th key={cell.id} scope="row" className={`kind-${kind}`}>
                          {isGroup ? (
                            <button
                              type="button"
                              className="report-group-toggle"
                              aria-expanded={row.getIsExpanded()}
                              onClick={row.getToggleExpandedHandler()}
                            >
                              {row.getIsExpanded() ? (
                                <ChevronDown aria-hidden="true" size={16} />
                              ) : (
                                <ChevronRight aria-hidden="true" size={16} />
                              )}
                              {t('reports.table.groupRows', {
                                group: monthName,
                                count: row.subRows.length,
                              })}
                            </button>
                          ) : (
                            <table.FlexRender cell={cell} />
                          )}
                        </th>
                      );
                    }
                    const value = isGroup
                      ? cell.getIsAggregated()
                        ? formatCell(cell.getValue() as CellValue, kind)
                        : t('reports.none')
                      : null;
                    return (
                      <td key={cell.id} className={`kind-${kind}`}>
                        {value ?? <table.FlexRender cell={cell} />}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {padBottom > 0 && (
              // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no content or focus
              <tr aria-hidden="true" className="report-spacer">
                <td colSpan={columnCount} style={{ height: padBottom }} />
              </tr>
            )}
          </tbody>
          {sheet.total && (
            <tfoot>
              <tr aria-rowindex={rows.length + 2} className="report-total-row">
                {leafColumns.map((column) => {
                  const kind = kindOf.get(column.id) ?? 'text';
                  const value = sheet.total?.[column.id] ?? null;
                  return column.id === sheet.labelColumn ? (
                    <th key={column.id} scope="row">
                      {String(value ?? '')}
                    </th>
                  ) : (
                    <td key={column.id} className={`kind-${kind}`}>
                      {formatCell(value, kind)}
                    </td>
                  );
                })}
              </tr>
            </tfoot>
          )}
        </table>
      </section>
    </section>
  );
}
