// What every output of a report carries besides its tables: whose report it is, which period and
// when it was made. Shared by the print layout, the CSV and the XLSX.
import type { InstallationConfig } from '../../../core/centre/config.ts';
import { periodLabel } from '../../../core/reports/period.ts';
import type { ReportPeriod } from '../../../core/reports/types.ts';
import type { ReportSheet } from '../report-sheets.ts';

export interface ReportDocument {
  /** "Laporan Antrian Layanan". */
  title: string;
  /** File name without extension: "Laporan antrian 1–30 November 2026". */
  fileName: string;
  centre: InstallationConfig['balai'];
  timeZone: InstallationConfig['timeZone'];
  period: ReportPeriod;
  generatedAt: number;
  targetWaitMinutes: number;
  sheets: ReportSheet[];
}

/** A period in a file name: "2026-11-23" or "2026-11-01 sd 2026-11-30" (no dash look-alikes). */
export function periodForFile(period: ReportPeriod): string {
  return period.from === period.to ? period.from : `${period.from} sd ${period.to}`;
}

export { periodLabel };
