// The bridge when there is no Electron: the Playwright tests, and a display board opened in any
// browser. Configuration and the sync enrolment live in localStorage (validated like the Electron
// files; a browser has no safeStorage, so the token is only as safe as the browser profile),
// tickets print through the browser's own print dialog from a hidden iframe, and the kiosk exit
// checks the same supervisor PIN with the same gate as the main process. A4 reports print with the
// browser's own print dialog (whose "Simpan sebagai PDF" makes the PDF) and exported tables
// download as files.

import type { z } from 'zod';
import {
  type DisplayInfo,
  type PrintableTicket,
  type PrinterInfo,
  type PrintResult,
  type ReportFile,
  type ReportOutputResult,
  type SaveResult,
  type SerasiBridge,
  type SyncCredentials,
  syncCredentialsSchema,
} from '../../core/bridge/bridge.ts';
import { type InstallationConfig, installationConfigSchema } from '../../core/centre/config.ts';
import { createPinGate, defaultPinGateOptions } from '../../core/security/pin-gate.ts';
import type { UpdateStatus } from '../../core/updates/update-status.ts';

export const BROWSER_CONFIG_KEY = 'serasi.installation-config';
export const BROWSER_SYNC_CREDENTIALS_KEY = 'serasi.sync-credentials';

const messages = {
  printerDisabled:
    'Pencetakan tiket dimatikan di pengaturan. Tiket tetap berlaku — tunjukkan layar ini kepada petugas.',
  printFailed: 'Tiket gagal dicetak. Tiket tetap berlaku — tunjukkan layar ini kepada petugas.',
  notConfigured: 'Aplikasi belum diatur.',
  storageFailed: 'Pengaturan gagal disimpan di peramban ini (penyimpanan penuh atau diblokir).',
  credentialsStorageFailed:
    'Pendaftaran server gagal disimpan di peramban ini (penyimpanan penuh atau diblokir).',
  credentialsInvalid: 'Data pendaftaran server tidak valid',
  reportPrintFailed: 'Dialog cetak peramban tidak dapat dibuka.',
  reportSaveFailed: 'Berkas gagal diunduh di peramban ini.',
  updatesDesktopOnly:
    'Pembaruan otomatis hanya pada aplikasi desktop; halaman ini diperbarui bersama servernya.',
  logsDesktopOnly: 'Log hanya dapat diekspor dari aplikasi desktop.',
} as const;

const reportMimeTypes = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The page prints its own print layout (the reports screen's print stylesheet). */
function printPage(doc: Document): ReportOutputResult {
  const view = doc.defaultView;
  if (!view) return { ok: false, cancelled: false, message: messages.reportPrintFailed };
  try {
    view.print();
    return { ok: true };
  } catch {
    return { ok: false, cancelled: false, message: messages.reportPrintFailed };
  }
}

/** A download through a temporary link; the browser decides where the file goes. */
function downloadFile(doc: Document, file: ReportFile): ReportOutputResult {
  const view = doc.defaultView;
  if (!view) return { ok: false, cancelled: false, message: messages.reportSaveFailed };
  try {
    const blob = new view.Blob([file.bytes as Uint8Array<ArrayBuffer>], {
      type: reportMimeTypes[file.kind],
    });
    const url = view.URL.createObjectURL(blob);
    const link = doc.createElement('a');
    link.href = url;
    link.download = file.fileName.toLowerCase().endsWith(`.${file.kind}`)
      ? file.fileName
      : `${file.fileName}.${file.kind}`;
    link.hidden = true;
    doc.body.append(link);
    link.click();
    link.remove();
    // The download has its own reference by now; the URL only has to outlive the click.
    view.setTimeout(() => view.URL.revokeObjectURL(url), 60_000);
    return { ok: true };
  } catch {
    return { ok: false, cancelled: false, message: messages.reportSaveFailed };
  }
}

/** A stored value that parses with its schema; anything else counts as nothing stored. */
function readStored<T>(storage: Storage, key: string, schema: z.ZodType<T>): T | null {
  try {
    const text = storage.getItem(key);
    if (text === null) return null;
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function readStoredConfig(storage: Storage): InstallationConfig | null {
  return readStored(storage, BROWSER_CONFIG_KEY, installationConfigSchema);
}

/** How long a print iframe may stay if the browser never reports the dialog closing. */
const printIframeLifetimeMs = 60_000;

/**
 * Prints a ticket from a hidden, script-less iframe. A srcdoc frame inherits the page's CSP, which
 * may forbid inline <style>; so the document goes in without its CSS, and the CSS is applied as a
 * constructed stylesheet, which style-src does not govern.
 */
async function printTicketDocument(
  doc: Document,
  page: { html: string; css: string },
): Promise<void> {
  const iframe = doc.createElement('iframe');
  iframe.setAttribute('sandbox', 'allow-same-origin allow-modals');
  iframe.setAttribute('aria-hidden', 'true');
  iframe.tabIndex = -1;
  iframe.style.position = 'fixed';
  iframe.style.width = '0';
  iframe.style.height = '0';
  iframe.style.border = '0';
  iframe.style.visibility = 'hidden';
  iframe.srcdoc = page.html;

  const loaded = new Promise<void>((resolve) => {
    iframe.addEventListener('load', () => resolve(), { once: true });
  });
  doc.body.append(iframe);
  try {
    await loaded;
    const frameWindow = iframe.contentWindow as (Window & typeof globalThis) | null;
    const frameDoc = iframe.contentDocument;
    if (!frameWindow || !frameDoc) throw new Error('print frame unavailable');
    const sheet = new frameWindow.CSSStyleSheet();
    sheet.replaceSync(page.css);
    frameDoc.adoptedStyleSheets = [sheet];

    let removed = false;
    const remove = () => {
      if (removed) return;
      removed = true;
      iframe.remove();
    };
    frameWindow.addEventListener('afterprint', remove, { once: true });
    setTimeout(remove, printIframeLifetimeMs);
    frameWindow.focus();
    frameWindow.print();
  } catch (error) {
    iframe.remove();
    throw error;
  }
}

export interface BrowserBridgeEnv {
  storage: Storage;
  document: Document;
  screen: Pick<Screen, 'width' | 'height'>;
  now: () => number;
}

function defaultEnv(): BrowserBridgeEnv {
  return { storage: localStorage, document, screen, now: Date.now };
}

export function createBrowserBridge(env: BrowserBridgeEnv = defaultEnv()): SerasiBridge {
  const gate = createPinGate(defaultPinGateOptions);

  return {
    kind: 'browser',
    config: {
      async load(): Promise<InstallationConfig | null> {
        return readStoredConfig(env.storage);
      },
      async save(config: InstallationConfig): Promise<SaveResult> {
        const parsed = installationConfigSchema.safeParse(config);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          return { ok: false, message: `Pengaturan tidak valid: ${issue?.message ?? ''}`.trim() };
        }
        try {
          env.storage.setItem(BROWSER_CONFIG_KEY, JSON.stringify(parsed.data));
          return { ok: true };
        } catch {
          return { ok: false, message: messages.storageFailed };
        }
      },
    },
    printer: {
      async printTicket(ticket: PrintableTicket): Promise<PrintResult> {
        const config = readStoredConfig(env.storage);
        if (!config) return { ok: false, reason: 'failed', message: messages.notConfigured };
        if (!config.printer.enabled) {
          return { ok: false, reason: 'printer_disabled', message: messages.printerDisabled };
        }
        try {
          // Loaded on first print: the QR encoder is not needed by the board or the console.
          const { renderTicketParts, ticketDocument } = await import(
            '../../core/ticket/ticket-html.ts'
          );
          const parts = await renderTicketParts(ticket, config.printer.paperWidthMm);
          await printTicketDocument(env.document, {
            html: ticketDocument(parts, { inlineCss: false }),
            css: parts.css,
          });
          return { ok: true };
        } catch {
          return { ok: false, reason: 'failed', message: messages.printFailed };
        }
      },
      async list(): Promise<PrinterInfo[]> {
        // A web page cannot see the printers; the browser's print dialog chooses.
        return [];
      },
    },
    kiosk: {
      async exit(pin: string) {
        const config = readStoredConfig(env.storage);
        if (!config) return { ok: false, message: messages.notConfigured };
        const result = await gate.check(pin, config.supervisorPinHash, env.now());
        if (!result.ok) return { ok: false, message: result.message };
        if (env.document.fullscreenElement) await env.document.exitFullscreen().catch(() => {});
        return { ok: true };
      },
    },
    reports: {
      async print(): Promise<ReportOutputResult> {
        return printPage(env.document);
      },
      async savePdf(): Promise<ReportOutputResult> {
        return printPage(env.document);
      },
      async saveFile(file: ReportFile): Promise<ReportOutputResult> {
        return downloadFile(env.document, file);
      },
    },
    host: {
      async updateStatus(): Promise<UpdateStatus> {
        return {
          version: __APP_VERSION__,
          state: 'disabled',
          message: messages.updatesDesktopOnly,
        };
      },
      async setBusy(): Promise<void> {
        // A browser tab has no updater to hold back.
      },
      async exportLogs(): Promise<ReportOutputResult> {
        return { ok: false, cancelled: false, message: messages.logsDesktopOnly };
      },
    },
    sync: {
      async loadCredentials(): Promise<SyncCredentials | null> {
        return readStored(env.storage, BROWSER_SYNC_CREDENTIALS_KEY, syncCredentialsSchema);
      },
      async saveCredentials(credentials: SyncCredentials): Promise<SaveResult> {
        const parsed = syncCredentialsSchema.safeParse(credentials);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          return { ok: false, message: `${messages.credentialsInvalid}: ${issue?.message ?? ''}` };
        }
        try {
          env.storage.setItem(BROWSER_SYNC_CREDENTIALS_KEY, JSON.stringify(parsed.data));
          return { ok: true };
        } catch {
          return { ok: false, message: messages.credentialsStorageFailed };
        }
      },
      async clearCredentials(): Promise<void> {
        env.storage.removeItem(BROWSER_SYNC_CREDENTIALS_KEY);
      },
    },
    displays: {
      async list(): Promise<DisplayInfo[]> {
        return [
          {
            id: 0,
            label: `Layar ini (${env.screen.width}×${env.screen.height})`,
            primary: true,
            width: env.screen.width,
            height: env.screen.height,
          },
        ];
      },
    },
  };
}
