// Silent printing of a queue ticket on the kiosk's thermal printer. The ticket HTML is loaded into
// a hidden, script-less window and printed with an explicit page size in microns and no margins
// (without them Chromium picks the driver's default page and the ticket comes out tiny or cut).
// Every outcome is a PrintResult: the kiosk keeps the ticket on screen when printing fails, so
// nothing here may throw to the renderer.
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  PrinterInfo as ElectronPrinterInfo,
  WebContentsPrintOptions,
} from 'electron';
import type { PrintableTicket, PrinterInfo, PrintResult } from '../core/bridge/bridge.ts';
import type { InstallationConfig } from '../core/centre/config.ts';
import {
  type PaperWidthMm,
  renderTicketHtml,
  ticketPaperSizeMm,
} from '../core/ticket/ticket-html.ts';

export const printMessages = {
  printer_disabled:
    'Pencetakan tiket dimatikan di pengaturan. Tiket tetap berlaku — tunjukkan layar ini kepada petugas.',
  no_printer:
    'Printer tiket tidak ditemukan. Tiket tetap berlaku — tunjukkan layar ini kepada petugas.',
  failed: 'Tiket gagal dicetak. Tiket tetap berlaku — tunjukkan layar ini kepada petugas.',
} as const;

/** A printer as Electron reports it; only the fields the choice needs. */
export type PrinterCandidate = Pick<ElectronPrinterInfo, 'name' | 'displayName'> & {
  /** Platform-specific; CUPS reports `is-default`. */
  options?: object;
};

/** The ticket page in microns, as `webContents.print({ pageSize })` wants it. */
export function ticketPageSize(paperWidthMm: PaperWidthMm): { width: number; height: number } {
  const mm = ticketPaperSizeMm(paperWidthMm);
  return { width: mm.width * 1000, height: mm.height * 1000 };
}

function isDefaultPrinter(printer: PrinterCandidate): boolean {
  const options = printer.options as Record<string, unknown> | undefined;
  const flag = options?.['is-default'] ?? (printer as { isDefault?: unknown }).isDefault;
  return flag === true || flag === 'true';
}

/**
 * The printer to use. A configured name must be present (by OS name, or by display name ignoring
 * case) — a missing thermal printer must not fall through to an office A4 printer. With no name
 * configured the system default is used (`deviceName: undefined`), provided any printer exists.
 */
export function choosePrinter(
  printers: readonly PrinterCandidate[],
  configuredName: string,
): { deviceName: string | undefined } | null {
  const wanted = configuredName.trim();
  if (wanted === '') return printers.length > 0 ? { deviceName: undefined } : null;
  const exact = printers.find((p) => p.name === wanted);
  if (exact) return { deviceName: exact.name };
  const lower = wanted.toLowerCase();
  const loose = printers.find(
    (p) => p.name.toLowerCase() === lower || p.displayName?.toLowerCase() === lower,
  );
  return loose ? { deviceName: loose.name } : null;
}

/** The printer list the setup screen shows (bridge `printer.list`). */
export function toPrinterInfo(printers: readonly PrinterCandidate[]): PrinterInfo[] {
  return printers.map((p) => ({ name: p.name, isDefault: isDefaultPrinter(p) }));
}

export function printOptions(
  deviceName: string | undefined,
  paperWidthMm: PaperWidthMm,
): WebContentsPrintOptions {
  return {
    silent: true,
    printBackground: true,
    ...(deviceName ? { deviceName } : {}),
    color: false,
    margins: { marginType: 'none' },
    pageSize: ticketPageSize(paperWidthMm),
    copies: 1,
  };
}

/** The hidden window a ticket is printed from: no script, no preload, nothing to navigate to. */
export function printWindowOptions(paperWidthMm: PaperWidthMm): BrowserWindowConstructorOptions {
  const mm = ticketPaperSizeMm(paperWidthMm);
  const px = (millimetres: number) => Math.ceil((millimetres / 25.4) * 96);
  return {
    show: false,
    width: px(mm.width),
    height: px(mm.height),
    // Isolation, sandbox and the rest of the checklist are laid over these by browser-window.ts.
    webPreferences: {
      javascript: false,
      spellcheck: false,
      devTools: false,
    },
  };
}

export interface PrintDeps {
  /** createBrowserWindow (browser-window.ts), which lays the security settings over the options. */
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** Usually the asking window's `webContents.getPrintersAsync()`. */
  listPrinters: () => Promise<PrinterCandidate[]>;
  log: (message: string) => void;
  /** A print spooler can hang without ever calling back. */
  timeoutMs?: number;
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: tidak selesai dalam ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function printTicket(
  ticket: PrintableTicket,
  config: Pick<InstallationConfig, 'printer'>,
  deps: PrintDeps,
): Promise<PrintResult> {
  const { printer } = config;
  if (!printer.enabled) {
    return { ok: false, reason: 'printer_disabled', message: printMessages.printer_disabled };
  }

  let chosen: { deviceName: string | undefined } | null;
  try {
    chosen = choosePrinter(await deps.listPrinters(), printer.deviceName);
  } catch (error) {
    deps.log(`daftar printer gagal dibaca: ${String(error)}`);
    chosen = null;
  }
  if (!chosen) {
    deps.log(`printer "${printer.deviceName || '(bawaan sistem)'}" tidak ditemukan`);
    return { ok: false, reason: 'no_printer', message: printMessages.no_printer };
  }

  let window: BrowserWindow | undefined;
  try {
    const html = await renderTicketHtml(ticket, printer.paperWidthMm);
    window = deps.createWindow(printWindowOptions(printer.paperWidthMm));
    const target = window;
    await withTimeout(
      (async () => {
        await target.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
        await new Promise<void>((resolve, reject) => {
          target.webContents.print(
            printOptions(chosen.deviceName, printer.paperWidthMm),
            (success, failureReason) =>
              success ? resolve() : reject(new Error(failureReason || 'print failed')),
          );
        });
      })(),
      deps.timeoutMs ?? 30_000,
      'cetak tiket',
    );
    return { ok: true };
  } catch (error) {
    deps.log(`tiket ${ticket.number} gagal dicetak: ${String(error)}`);
    return { ok: false, reason: 'failed', message: printMessages.failed };
  } finally {
    if (window && !window.isDestroyed()) window.destroy();
  }
}
