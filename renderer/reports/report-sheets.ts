// The reports as tables: one description per table (its title, columns with their kind, rows of
// plain values) that the screen tables, the print layout, the CSV and the XLSX all read, so the
// four can never disagree on a number. Values stay raw here (counts as numbers, durations as
// minutes, shares as 0..1, days as "YYYY-MM-DD"); each output formats them its own way.
import {
  type CountRow,
  type DurationStats,
  type QueueReport,
  type QueueRow,
  type ServiceReport,
  UNKNOWN_KEY,
} from '../../core/reports/types.ts';
import { monthNames } from '../../core/time/local-day.ts';
import { t } from '../i18n/index.ts';

/** How a column's values are written: on screen, in print, in CSV and as an XLSX cell type. */
export type ColumnKind = 'text' | 'count' | 'minutes' | 'share' | 'day' | 'rupiah' | 'hour';

export type CellValue = string | number | null;

export interface SheetColumn {
  id: string;
  header: string;
  kind: ColumnKind;
  /** Shown in files (CSV, XLSX) but left off the screen and the printed page for width. */
  fileOnly?: boolean;
}

export interface ReportSheet {
  /** Stable id: the table's DOM id, the XLSX sheet's identity. */
  id: string;
  title: string;
  columns: SheetColumn[];
  rows: Record<string, CellValue>[];
  /** A last "Jumlah" row, kept apart so sorting and filtering never move it. */
  total?: Record<string, CellValue>;
  /** The column whose text a filter searches and a group shows. */
  labelColumn: string;
}

const MINUTE_MS = 60_000;

/** A duration in minutes with one decimal, or null when there is none. */
export function toMinutes(ms: number | null): number | null {
  return ms === null ? null : Math.round(ms / (MINUTE_MS / 10)) / 10;
}

const decimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 });
const rupiah = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** "5 Okt 2026": short enough for a table cell, unambiguous in Indonesian. */
export function shortDay(day: string): string {
  const [year, month, date] = day.split('-');
  const name = monthNames[Number(month) - 1] ?? '';
  return `${Number(date)} ${name.slice(0, 3)} ${year}`;
}

/** "Nov 2026" from "2026-11". */
export function shortMonth(month: string): string {
  const [year, number] = month.split('-');
  return `${(monthNames[Number(number) - 1] ?? '').slice(0, 3)} ${year}`;
}

/** "November 2026" from "2026-11-05". */
export function monthOf(day: string): string {
  const [year, month] = day.split('-');
  return `${monthNames[Number(month) - 1] ?? ''} ${year}`;
}

/** "08.00–08.59". */
export function hourRange(hour: number): string {
  const h = String(hour).padStart(2, '0');
  return `${h}.00–${h}.59`;
}

/** A value as people read it: "1.234", "12,5", "87,5%", "5 Okt 2026"; "–" for nothing. */
export function formatCell(value: CellValue, kind: ColumnKind): string {
  if (value === null || value === '') return t('reports.none');
  if (typeof value === 'string') return kind === 'day' ? shortDay(value) : value;
  switch (kind) {
    case 'minutes':
      return decimal.format(value);
    case 'share':
      return percent.format(value);
    case 'rupiah':
      return rupiah.format(value);
    case 'hour':
      return hourRange(value);
    default:
      return integer.format(value);
  }
}

// ---- Queue report ----

function durationCells(prefix: 'wait' | 'service', stats: DurationStats) {
  return {
    [`${prefix}P50`]: toMinutes(stats.p50Ms),
    [`${prefix}P90`]: toMinutes(stats.p90Ms),
    [`${prefix}Max`]: toMinutes(stats.maxMs),
  };
}

function queueCells(row: QueueRow, label: string): Record<string, CellValue> {
  return {
    key: row.key,
    label,
    issued: row.issued,
    served: row.served,
    noShow: row.noShow,
    cancelled: row.cancelled,
    transferred: row.transferred,
    carriedOver: row.carriedOver,
    open: row.open,
    transferredIn: row.transferredIn,
    carriedIn: row.carriedIn,
    ...durationCells('wait', row.wait),
    ...durationCells('service', row.service),
    withinTarget: row.withinTarget,
  };
}

function queueColumns(labelHeader: string, targetMinutes: number, kind: ColumnKind = 'text') {
  const c = (id: string, header: string, columnKind: ColumnKind, fileOnly?: boolean) =>
    fileOnly ? { id, header, kind: columnKind, fileOnly } : { id, header, kind: columnKind };
  return [
    c('label', labelHeader, kind),
    c('issued', t('reports.queue.column.issued'), 'count'),
    c('served', t('reports.queue.column.served'), 'count'),
    c('noShow', t('reports.queue.column.noShow'), 'count'),
    c('cancelled', t('reports.queue.column.cancelled'), 'count'),
    c('transferred', t('reports.queue.column.transferred'), 'count'),
    c('carriedOver', t('reports.queue.column.carriedOver'), 'count'),
    c('open', t('reports.queue.column.open'), 'count'),
    c('transferredIn', t('reports.queue.column.transferredIn'), 'count', true),
    c('carriedIn', t('reports.queue.column.carriedIn'), 'count', true),
    c('waitP50', t('reports.queue.column.waitP50'), 'minutes'),
    c('waitP90', t('reports.queue.column.waitP90'), 'minutes'),
    c('waitMax', t('reports.queue.column.waitMax'), 'minutes'),
    c('serviceP50', t('reports.queue.column.serviceP50'), 'minutes'),
    c('serviceP90', t('reports.queue.column.serviceP90'), 'minutes', true),
    c('serviceMax', t('reports.queue.column.serviceMax'), 'minutes'),
    c('withinTarget', t('reports.queue.column.withinTarget', { minutes: targetMinutes }), 'share'),
  ] satisfies SheetColumn[];
}

/** "Tidak tercatat" for the row of tickets no staff member or counter was recorded on. */
function rowLabel(row: QueueRow): string {
  return row.key === UNKNOWN_KEY ? t('reports.signer.none') : row.label;
}

function groupSheet(
  id: string,
  title: string,
  labelHeader: string,
  rows: QueueRow[],
  report: QueueReport,
): ReportSheet {
  return {
    id,
    title,
    columns: queueColumns(labelHeader, report.targetWaitMinutes),
    rows: rows.map((row) => queueCells(row, rowLabel(row))),
    total: queueCells(report.totals, t('reports.queue.table.total')),
    labelColumn: 'label',
  };
}

/** The usual 07.00–16.59 opening hours, widened to every hour with arrivals. */
export function busyHours(report: QueueReport): { first: number; last: number } {
  const busy = report.arrivalsByHour.filter((a) => a.count > 0).map((a) => a.hour);
  return { first: Math.min(7, ...busy), last: Math.max(16, ...busy) };
}

const inHours =
  ({ first, last }: { first: number; last: number }) =>
  (a: { hour: number }) =>
    a.hour >= first && a.hour <= last;

/** Past this many days a period is also reported per month, and printed per month only. */
export const MONTHS_AFTER_DAYS = 31;

export function isLongPeriod(report: QueueReport): boolean {
  return report.byDay.length > MONTHS_AFTER_DAYS;
}

/**
 * The queue report's tables. A long period gets a table per month (with the month's own
 * percentiles) before the table per day; on paper (`print`) the month table replaces the days'.
 */
export function queueSheets(report: QueueReport, options: { print?: boolean } = {}): ReportSheet[] {
  const column = (key: 'service' | 'counter' | 'staff') => t(`reports.queue.column.${key}`);
  const long = isLongPeriod(report);
  const byMonth: ReportSheet = {
    id: 'per-bulan',
    title: t('reports.queue.table.byMonth'),
    columns: queueColumns(t('reports.queue.column.month'), report.targetWaitMinutes),
    rows: report.byMonth.map((row) => queueCells(row, row.label)),
    total: queueCells(report.totals, t('reports.queue.table.total')),
    labelColumn: 'label',
  };
  const byDay: ReportSheet = {
    id: 'per-hari',
    title: t('reports.queue.table.byDay'),
    columns: queueColumns(t('reports.queue.column.day'), report.targetWaitMinutes, 'day'),
    rows: report.byDay.map((row) => queueCells(row, row.key)),
    total: queueCells(report.totals, t('reports.queue.table.total')),
    labelColumn: 'label',
  };
  const arrivals: ReportSheet = {
    id: 'kedatangan-per-jam',
    title: t('reports.queue.table.arrivals'),
    columns: [
      { id: 'label', header: t('reports.queue.column.hour'), kind: 'hour' },
      { id: 'count', header: t('reports.queue.column.arrivals'), kind: 'count' },
    ],
    // On paper only the opening hours (and any hour with arrivals): the others are all 0.
    rows: (options.print
      ? report.arrivalsByHour.filter(inHours(busyHours(report)))
      : report.arrivalsByHour
    ).map((a) => ({
      key: String(a.hour),
      label: a.hour,
      count: a.count,
    })),
    total: {
      key: 'total',
      label: t('reports.queue.table.total'),
      count: report.arrivalsByHour.reduce((sum, a) => sum + a.count, 0),
    },
    labelColumn: 'label',
  };
  return [
    groupSheet(
      'per-layanan',
      t('reports.queue.table.byService'),
      column('service'),
      report.byService,
      report,
    ),
    groupSheet(
      'per-loket',
      t('reports.queue.table.byCounter'),
      column('counter'),
      report.byCounter,
      report,
    ),
    groupSheet(
      'per-petugas',
      t('reports.queue.table.byStaff'),
      column('staff'),
      report.byStaff,
      report,
    ),
    ...(long ? [byMonth] : []),
    ...(long && options.print ? [] : [byDay]),
    arrivals,
  ];
}

// ---- Service report ----

function countSheet(id: string, title: string, rows: CountRow[], total: number): ReportSheet {
  return {
    id,
    title,
    columns: [
      { id: 'label', header: t('reports.queue.column.label'), kind: 'text' },
      { id: 'count', header: t('reports.queue.column.count'), kind: 'count' },
      { id: 'share', header: t('reports.queue.column.share'), kind: 'share' },
    ],
    rows: rows.map((row) => ({
      key: row.key,
      label: row.label,
      count: row.count,
      share: total > 0 ? row.count / total : null,
    })),
    total: { key: 'total', label: t('reports.queue.table.total'), count: total, share: null },
    labelColumn: 'label',
  };
}

/** The casework tables; only when casework records exist for the period. */
function caseworkSheets(report: ServiceReport): ReportSheet[] {
  const statuses = [...new Set(report.referralsByPartner.flatMap((r) => Object.keys(r.byStatus)))];
  return [
    {
      id: 'layanan-darurat',
      title: t('reports.service.table.emergencyItems'),
      columns: [
        { id: 'label', header: t('reports.queue.column.label'), kind: 'text' },
        { id: 'quantity', header: t('reports.queue.column.quantity'), kind: 'count' },
        { id: 'value', header: t('reports.queue.column.value'), kind: 'rupiah' },
      ],
      rows: report.emergencyItems.map((item) => ({
        key: item.key,
        label: item.label,
        quantity: item.quantity,
        value: item.valueRupiah,
      })),
      total: {
        key: 'total',
        label: t('reports.queue.table.total'),
        quantity: report.emergencyItems.reduce((sum, i) => sum + i.quantity, 0),
        value: report.emergencyItems.reduce((sum, i) => sum + i.valueRupiah, 0),
      },
      labelColumn: 'label',
    },
    {
      id: 'rujukan',
      title: t('reports.service.table.referrals'),
      columns: [
        { id: 'label', header: t('reports.queue.column.partner'), kind: 'text' },
        ...statuses.map((status) => ({
          id: `status:${status}`,
          header: status,
          kind: 'count' as const,
        })),
        { id: 'total', header: t('reports.queue.column.total'), kind: 'count' },
      ],
      rows: report.referralsByPartner.map((row) => ({
        key: row.partnerId,
        label: row.label,
        ...Object.fromEntries(statuses.map((s) => [`status:${s}`, row.byStatus[s] ?? 0])),
        total: row.total,
      })),
      labelColumn: 'label',
    },
  ];
}

export function serviceSheets(report: ServiceReport): ReportSheet[] {
  const total = report.visitorsTotal;
  return [
    ...(report.casework === 'none' ? [] : caseworkSheets(report)),
    countSheet('ppks', t('reports.service.table.ppks'), report.visitorsByPpks, total),
    countSheet('jenis-kelamin', t('reports.service.table.sex'), report.visitorsBySex, total),
    countSheet(
      'kelompok-umur',
      t('reports.service.table.ageGroup'),
      report.visitorsByAgeGroup,
      total,
    ),
    countSheet('provinsi', t('reports.service.table.region'), report.visitorsByRegion, total),
    countSheet(
      'kabupaten-kota',
      t('reports.service.table.regency'),
      report.visitorsByRegency,
      total,
    ),
  ];
}

/** The columns a screen or a printed page shows (files get them all). */
export function visibleColumns(sheet: ReportSheet): SheetColumn[] {
  return sheet.columns.filter((c) => !c.fileOnly);
}
