// A report as an Excel workbook: a "Ringkasan" sheet (centre, period, when made) and one sheet
// per table, with typed cells — counts and minutes as numbers, shares as percentages, days as
// real dates — so a supervisor can sum, filter and chart them in Excel without retyping.
// ExcelJS is loaded only when a workbook is made: it stays out of every screen's first load.
import type { Workbook, Worksheet } from 'exceljs';
import { formatLocalDate, formatLocalTime } from '../../../core/time/local-day.ts';
import { t } from '../../i18n/index.ts';
import type { CellValue, ColumnKind, ReportSheet } from '../report-sheets.ts';
import { hourRange } from '../report-sheets.ts';
import type { ReportDocument } from './report-document.ts';

const numberFormats: Partial<Record<ColumnKind, string>> = {
  count: '#,##0',
  minutes: '0.0',
  share: '0.0%',
  rupiah: '#,##0',
  day: 'dd/mm/yyyy',
};

/** A "YYYY-MM-DD" centre day as the date Excel shows (ExcelJS writes dates in UTC). */
export function excelDay(day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, date ?? 1));
}

function cellValue(value: CellValue, kind: ColumnKind): string | number | Date | null {
  if (value === null) return null;
  if (kind === 'day' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return excelDay(value);
  }
  if (kind === 'hour' && typeof value === 'number') return hourRange(value);
  return value;
}

/** Sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 28)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function addTable(workbook: Workbook, sheet: ReportSheet, name: string): Worksheet {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = sheet.columns.map((c) => ({
    header: c.header,
    key: c.id,
    width: c.id === sheet.labelColumn ? 34 : Math.max(10, c.header.length + 2),
    ...(numberFormats[c.kind] ? { style: { numFmt: numberFormats[c.kind] } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  const add = (row: Record<string, CellValue>, total: boolean) => {
    const values = Object.fromEntries(
      sheet.columns.map((c) => [
        c.id,
        total && c.id === sheet.labelColumn
          ? String(row[c.id] ?? '')
          : cellValue(row[c.id] ?? null, c.kind),
      ]),
    );
    const added = ws.addRow(values);
    if (total) added.font = { bold: true };
  };
  for (const row of sheet.rows) add(row, false);
  if (sheet.total) add(sheet.total, true);
  return ws;
}

export async function reportWorkbookBytes(doc: ReportDocument): Promise<Uint8Array<ArrayBuffer>> {
  // A CommonJS bundle: the namespace is under `default` in the browser build.
  const loaded = await import('exceljs');
  const ExcelJS = loaded.default ?? loaded;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'SERASI Desk';
  workbook.created = new Date(doc.generatedAt);
  workbook.title = doc.title;

  const taken = new Set<string>();
  const summary = workbook.addWorksheet(sheetName(t('reports.document.summarySheet'), taken));
  summary.columns = [
    { key: 'label', width: 28 },
    { key: 'value', width: 60 },
  ];
  summary.addRow([doc.title]).font = { bold: true, size: 14 };
  summary.addRow([t('reports.document.centre'), doc.centre.name]);
  summary.addRow([t('reports.document.from'), excelDay(doc.period.from)]);
  summary.addRow([t('reports.document.to'), excelDay(doc.period.to)]);
  summary.getCell('B3').numFmt = 'dd/mm/yyyy';
  summary.getCell('B4').numFmt = 'dd/mm/yyyy';
  summary.addRow([
    t('reports.document.generated'),
    `${formatLocalDate(doc.generatedAt, doc.timeZone)} ${formatLocalTime(doc.generatedAt, doc.timeZone)} ${t(`reports.zone.${doc.timeZone}`)}`,
  ]);
  summary.addRow([t('reports.document.target'), doc.targetWaitMinutes]);

  for (const sheet of doc.sheets) addTable(workbook, sheet, sheetName(sheet.title, taken));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
