// A report as one CSV file that Excel set to Indonesian opens straight into columns: UTF-8 with a
// byte-order mark (without it Excel reads the text as ANSI and mangles names), `;` between fields
// (Indonesian Excel uses the comma as the decimal mark, so a comma-separated file lands in one
// column), decimals with a comma, days as ISO dates (read as dates in every locale). Each table is
// a section: its title, its header row, its rows, its total, then a blank line.
import { t } from '../../i18n/index.ts';
import type { CellValue, ColumnKind, ReportSheet } from '../report-sheets.ts';
import { hourRange } from '../report-sheets.ts';
import type { ReportDocument } from './report-document.ts';

export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

const decimal = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1, useGrouping: false });

/** Quotes a field when it must be, and defuses text a spreadsheet would run as a formula. */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csvValue(value: CellValue, kind: ColumnKind): string {
  if (value === null) return '';
  if (typeof value === 'string') return csvField(value);
  switch (kind) {
    case 'minutes':
      return decimal.format(value);
    case 'share':
      return `${decimal.format(value * 100)}%`;
    case 'hour':
      return hourRange(value);
    default:
      return String(Math.round(value));
  }
}

function sheetLines(sheet: ReportSheet): string[] {
  const header = sheet.columns.map((c) => csvField(c.header)).join(CSV_SEPARATOR);
  const line = (row: Record<string, CellValue>) =>
    sheet.columns
      .map((c) =>
        c.id === sheet.labelColumn && row.key === 'total'
          ? csvField(String(row[c.id] ?? ''))
          : csvValue(row[c.id] ?? null, c.kind),
      )
      .join(CSV_SEPARATOR);
  return [
    csvField(sheet.title),
    header,
    ...sheet.rows.map(line),
    ...(sheet.total ? [line(sheet.total)] : []),
    '',
  ];
}

export function reportCsv(doc: ReportDocument): string {
  const heading = [
    csvField(doc.title),
    [csvField(t('reports.document.centre')), csvField(doc.centre.name)].join(CSV_SEPARATOR),
    [t('reports.document.from'), doc.period.from].join(CSV_SEPARATOR),
    [t('reports.document.to'), doc.period.to].join(CSV_SEPARATOR),
    '',
  ];
  return BOM + [...heading, ...doc.sheets.flatMap(sheetLines)].join('\r\n');
}

export function reportCsvBytes(doc: ReportDocument): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(reportCsv(doc));
}
