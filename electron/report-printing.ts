// A4 reports from the supervisor's window: the page prints itself (its print stylesheet lays out
// the letterhead, the tables, the page numbers "Halaman 1 dari 3" in the page margins and the
// signature block), either through the system print dialog or to a PDF the supervisor places with
// a save dialog. Exported tables (CSV, XLSX) are made in the renderer and only written here.
// Plain functions over the few Electron calls they need, so they are tested in Node; every outcome
// is a ReportOutputResult with an Indonesian message, never a throw to the renderer.
import type { SaveDialogOptions, WebContentsPrintOptions } from 'electron';
import type {
  ReportFile,
  ReportOrientation,
  ReportOutputResult,
  ReportPdfRequest,
  ReportPrintRequest,
} from '../core/bridge/bridge.ts';

/** The kinds of file the supervisor saves: reports, exported tables, and the log for support. */
type SavedKind = 'pdf' | 'csv' | 'xlsx' | 'txt';

export const reportMessages = {
  printFailed: 'Laporan gagal dicetak. Periksa printer lalu coba lagi.',
  pdfFailed: 'PDF laporan gagal dibuat. Coba lagi.',
  writeFailed:
    'Berkas gagal disimpan di folder itu (mungkin tidak boleh ditulis atau disk penuh). Pilih folder lain.',
  notAllowed: 'Laporan hanya dapat dicetak atau disimpan dari jendela petugas.',
} as const;

/**
 * Who may print or save reports: the staff console's window (where the reports screen is opened)
 * and a kiosk window the supervisor has unlocked — never a locked kiosk or the display board.
 */
export function mayUseReports(senderRole: string | undefined, supervisorUnlocked = false) {
  if (senderRole === 'console') return true;
  return senderRole === 'kiosk' && supervisorUnlocked;
}

/**
 * printToPDF options. The page's @page rules carry the A4 size, orientation and margins (the page
 * numbers live in those margins), so the CSS page size wins; `landscape` only backs it up.
 */
export function reportPdfOptions(orientation: ReportOrientation) {
  return {
    pageSize: 'A4' as const,
    landscape: orientation === 'landscape',
    printBackground: true,
    preferCSSPageSize: true,
    generateDocumentOutline: false,
  };
}

/** The system print dialog (not silent: the supervisor picks the office printer and copies). */
export function reportPrintOptions(orientation: ReportOrientation): WebContentsPrintOptions {
  return {
    silent: false,
    printBackground: true,
    pageSize: 'A4',
    landscape: orientation === 'landscape',
    copies: 1,
  };
}

/** "Laporan antrian 1–30 November 2026" → a name every file system accepts, with its extension. */
export function reportFileName(name: string, extension: SavedKind): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  const base = cleaned === '' ? 'laporan' : cleaned;
  return base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
}

const filters: Record<SavedKind, SaveDialogOptions['filters']> = {
  pdf: [{ name: 'Dokumen PDF', extensions: ['pdf'] }],
  txt: [{ name: 'Teks', extensions: ['txt'] }],
  csv: [{ name: 'CSV (Excel)', extensions: ['csv'] }],
  xlsx: [{ name: 'Buku kerja Excel', extensions: ['xlsx'] }],
};

export function saveDialogOptions(
  fileName: string,
  extension: SavedKind,
  folder: string,
): SaveDialogOptions {
  return {
    title: extension === 'txt' ? 'Simpan log aplikasi' : 'Simpan laporan',
    defaultPath: `${folder.replace(/[\\/]+$/, '')}/${reportFileName(fileName, extension)}`,
    buttonLabel: 'Simpan',
    filters: filters[extension],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

export interface ReportOutputDeps {
  /** The asking window's `webContents.printToPDF`. */
  printToPDF: (options: ReturnType<typeof reportPdfOptions>) => Promise<Uint8Array>;
  /** `dialog.showSaveDialog(window, options)`. */
  showSaveDialog: (options: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }>;
  writeFile: (path: string, bytes: Uint8Array) => Promise<void>;
  /** Where the save dialog opens: the user's Documents folder. */
  folder: string;
  log: (message: string) => void;
}

async function saveBytes(
  bytes: Uint8Array,
  fileName: string,
  extension: SavedKind,
  deps: Pick<ReportOutputDeps, 'showSaveDialog' | 'writeFile' | 'folder' | 'log'>,
): Promise<ReportOutputResult> {
  const choice = await deps.showSaveDialog(saveDialogOptions(fileName, extension, deps.folder));
  if (choice.canceled || !choice.filePath) return { ok: false, cancelled: true };
  const path = /\.[^\\/.]+$/.test(choice.filePath)
    ? choice.filePath
    : `${choice.filePath}.${extension}`;
  try {
    await deps.writeFile(path, bytes);
    return { ok: true, path };
  } catch (error) {
    deps.log(`laporan gagal ditulis ke ${path}: ${String(error)}`);
    return { ok: false, cancelled: false, message: reportMessages.writeFailed };
  }
}

/** The page's print layout as an A4 PDF, saved where the supervisor chooses. */
export async function saveReportPdf(
  request: ReportPdfRequest,
  deps: ReportOutputDeps,
): Promise<ReportOutputResult> {
  let pdf: Uint8Array;
  try {
    pdf = await deps.printToPDF(reportPdfOptions(request.orientation));
  } catch (error) {
    deps.log(`PDF laporan gagal dibuat: ${String(error)}`);
    return { ok: false, cancelled: false, message: reportMessages.pdfFailed };
  }
  return saveBytes(pdf, request.fileName, 'pdf', deps);
}

/** An exported CSV or XLSX, saved where the supervisor chooses. */
export function saveReportFile(
  file: ReportFile,
  deps: Pick<ReportOutputDeps, 'showSaveDialog' | 'writeFile' | 'folder' | 'log'>,
): Promise<ReportOutputResult> {
  return saveBytes(file.bytes, file.fileName, file.kind, deps);
}

/**
 * The system print dialog for the page. Electron reports a dialog the user closed as a failure
 * with reason "cancelled"; that is no error to show.
 */
export function printReport(
  request: ReportPrintRequest,
  deps: {
    print: (
      options: WebContentsPrintOptions,
      callback: (success: boolean, failureReason: string) => void,
    ) => void;
    log: (message: string) => void;
  },
): Promise<ReportOutputResult> {
  return new Promise((resolve) => {
    try {
      deps.print(reportPrintOptions(request.orientation), (success, failureReason) => {
        if (success) return resolve({ ok: true });
        if (/cancel/i.test(failureReason)) return resolve({ ok: false, cancelled: true });
        deps.log(`laporan "${request.title}" gagal dicetak: ${failureReason}`);
        resolve({ ok: false, cancelled: false, message: reportMessages.printFailed });
      });
    } catch (error) {
      deps.log(`laporan "${request.title}" gagal dicetak: ${String(error)}`);
      resolve({ ok: false, cancelled: false, message: reportMessages.printFailed });
    }
  });
}

/** The app's logs as one text file (electron/logging.ts collectLogs), saved where the supervisor chooses. */
export function saveLogText(
  text: string,
  fileName: string,
  deps: Pick<ReportOutputDeps, 'showSaveDialog' | 'writeFile' | 'folder' | 'log'>,
): Promise<ReportOutputResult> {
  return saveBytes(new TextEncoder().encode(text), fileName, 'txt', deps);
}
