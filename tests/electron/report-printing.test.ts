// A4 report printing and saving in the main process, as plain functions with Electron's calls
// replaced: who may ask, the options Chromium gets, and every outcome as a result with an
// Indonesian message — a cancelled dialog is no error, a failed write is said plainly.
import { describe, expect, test, vi } from 'vitest';
import { reportFileSchema, reportPdfSchema, reportPrintSchema } from '../../core/bridge/bridge.ts';
import {
  mayUseReports,
  printReport,
  type ReportOutputDeps,
  reportFileName,
  reportMessages,
  reportPdfOptions,
  reportPrintOptions,
  saveDialogOptions,
  saveReportFile,
  saveReportPdf,
} from '../../electron/report-printing.ts';

const pdfBytes = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

function deps(overrides: Partial<ReportOutputDeps> = {}) {
  const written: Array<[string, Uint8Array]> = [];
  const log: string[] = [];
  const value: ReportOutputDeps = {
    printToPDF: vi.fn(async () => pdfBytes),
    showSaveDialog: vi.fn(async () => ({
      canceled: false,
      filePath: '/home/petugas/Documents/Laporan antrian 2026-11-23.pdf',
    })),
    writeFile: async (path, bytes) => {
      written.push([path, bytes]);
    },
    folder: '/home/petugas/Documents',
    log: (line) => log.push(line),
    ...overrides,
  };
  return { value, written, log };
}

describe('who may print or save reports', () => {
  test('the console window, and a kiosk the supervisor unlocked', () => {
    expect(mayUseReports('console')).toBe(true);
    expect(mayUseReports('kiosk', true)).toBe(true);
  });
  test('not a locked kiosk, the display board or an unknown window', () => {
    expect(mayUseReports('kiosk')).toBe(false);
    expect(mayUseReports('display')).toBe(false);
    expect(mayUseReports('setup')).toBe(false);
    expect(mayUseReports(undefined)).toBe(false);
  });
});

describe('payloads', () => {
  test('a file name with a folder in it is refused', () => {
    const file = { kind: 'csv', fileName: '../../etc/passwd', bytes: pdfBytes };
    expect(reportFileSchema.safeParse(file).success).toBe(false);
    expect(reportPdfSchema.safeParse({ orientation: 'portrait', fileName: 'a\\b' }).success).toBe(
      false,
    );
  });
  test('an Indonesian period in a name is fine; an empty file or a wrong orientation is not', () => {
    expect(
      reportPdfSchema.safeParse({
        orientation: 'landscape',
        fileName: 'Laporan antrian 2026-11-01 sd 2026-11-30',
      }).success,
    ).toBe(true);
    expect(
      reportFileSchema.safeParse({ kind: 'xlsx', fileName: 'x', bytes: new Uint8Array() }).success,
    ).toBe(false);
    expect(reportPrintSchema.safeParse({ orientation: 'sideways', title: 'x' }).success).toBe(
      false,
    );
  });
});

test('the PDF is A4 with the page’s own @page size and margins, orientation backed up', () => {
  expect(reportPdfOptions('landscape')).toMatchObject({
    pageSize: 'A4',
    landscape: true,
    preferCSSPageSize: true,
    printBackground: true,
  });
  expect(reportPrintOptions('portrait')).toMatchObject({
    silent: false,
    pageSize: 'A4',
    landscape: false,
  });
});

test('file names lose what a file system refuses and get their extension once', () => {
  expect(reportFileName('Laporan antrian 2026-11-23', 'pdf')).toBe(
    'Laporan antrian 2026-11-23.pdf',
  );
  expect(reportFileName('Laporan: "A/B"?', 'csv')).toBe('Laporan A B.csv');
  expect(reportFileName('ringkasan.xlsx', 'xlsx')).toBe('ringkasan.xlsx');
  expect(reportFileName(' .. ', 'pdf')).toBe('laporan.pdf');
  expect(saveDialogOptions('Laporan', 'xlsx', '/home/petugas/Documents/')).toMatchObject({
    defaultPath: '/home/petugas/Documents/Laporan.xlsx',
    filters: [{ name: 'Buku kerja Excel', extensions: ['xlsx'] }],
  });
});

describe('saveReportPdf', () => {
  test('renders the page and writes the PDF where the supervisor chose', async () => {
    const { value, written } = deps();
    const result = await saveReportPdf(
      { orientation: 'landscape', fileName: 'Laporan antrian 2026-11-23' },
      value,
    );
    expect(result).toEqual({
      ok: true,
      path: '/home/petugas/Documents/Laporan antrian 2026-11-23.pdf',
    });
    expect(value.printToPDF).toHaveBeenCalledWith(reportPdfOptions('landscape'));
    expect(written).toEqual([[result.ok ? result.path : '', pdfBytes]]);
  });

  test('a closed save dialog writes nothing and is no error', async () => {
    const { value, written } = deps({ showSaveDialog: async () => ({ canceled: true }) });
    expect(await saveReportPdf({ orientation: 'portrait', fileName: 'x' }, value)).toEqual({
      ok: false,
      cancelled: true,
    });
    expect(written).toEqual([]);
  });

  test('a PDF Chromium could not make, or a folder that cannot be written, is said plainly', async () => {
    const failedPdf = deps({
      printToPDF: async () => {
        throw new Error('renderer gone');
      },
    });
    expect(
      await saveReportPdf({ orientation: 'portrait', fileName: 'x' }, failedPdf.value),
    ).toEqual({ ok: false, cancelled: false, message: reportMessages.pdfFailed });
    expect(failedPdf.log[0]).toContain('renderer gone');

    const readOnly = deps({
      writeFile: async () => {
        throw new Error('EACCES');
      },
    });
    expect(await saveReportPdf({ orientation: 'portrait', fileName: 'x' }, readOnly.value)).toEqual(
      {
        ok: false,
        cancelled: false,
        message: reportMessages.writeFailed,
      },
    );
  });
});

test('an exported file gets its extension when the dialog path has none', async () => {
  const { value, written } = deps({
    showSaveDialog: async () => ({ canceled: false, filePath: '/tmp/laporan' }),
  });
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]);
  expect(await saveReportFile({ kind: 'csv', fileName: 'laporan', bytes }, value)).toEqual({
    ok: true,
    path: '/tmp/laporan.csv',
  });
  expect(written[0]?.[1]).toBe(bytes);
});

describe('printReport', () => {
  const request = { orientation: 'portrait', title: 'Laporan Antrian Layanan' } as const;
  test('printed', async () => {
    const print = vi.fn((_o, done: (ok: boolean, reason: string) => void) => done(true, ''));
    expect(await printReport(request, { print, log: () => {} })).toEqual({ ok: true });
    expect(print.mock.calls[0]?.[0]).toMatchObject({ silent: false, pageSize: 'A4' });
  });
  test('the print dialog closed without printing is no error', async () => {
    const print = (_o: unknown, done: (ok: boolean, reason: string) => void) =>
      done(false, 'Print job canceled');
    expect(await printReport(request, { print, log: () => {} })).toEqual({
      ok: false,
      cancelled: true,
    });
  });
  test('a printer failure is said in Indonesian, and logged', async () => {
    const log: string[] = [];
    const print = (_o: unknown, done: (ok: boolean, reason: string) => void) =>
      done(false, 'Printer offline');
    expect(await printReport(request, { print, log: (l) => log.push(l) })).toEqual({
      ok: false,
      cancelled: false,
      message: reportMessages.printFailed,
    });
    expect(log[0]).toContain('Printer offline');
  });
});
