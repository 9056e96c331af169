// The bridge between a window and its host. The renderer sees only this interface: Electron's
// preload implements it over validated IPC, and a browser implementation (window.print, config in
// storage) serves the Playwright tests and a display board opened in any browser.
import { z } from 'zod';
import { type InstallationConfig, installationConfigSchema } from '../centre/config.ts';
import type { UpdateStatus } from '../updates/update-status.ts';

export const printableTicketSchema = z.object({
  ticketId: z.uuid(),
  number: z.string().regex(/^[A-Z]-\d{3,5}$/),
  serviceName: z.string().min(1).max(80),
  centreName: z.string().min(1).max(160),
  issuedAt: z.number().int().positive(),
  timeZone: z.string().min(1).max(40),
  peopleAhead: z.number().int().min(0).max(100_000),
  emergency: z.boolean(),
});
export type PrintableTicket = z.infer<typeof printableTicketSchema>;

export type PrintResult =
  | { ok: true }
  | { ok: false; reason: 'no_printer' | 'printer_disabled' | 'failed'; message: string };

export type SaveResult = { ok: true } | { ok: false; message: string };

/**
 * What a device keeps after enrolling with the centre's sync server. The token is a secret: the
 * Electron host keeps it encrypted with safeStorage; the browser build keeps it in localStorage.
 */
export const syncCredentialsSchema = z.object({
  serverUrl: z.url({
    protocol: /^https?$/,
    error: 'Alamat server harus diawali http:// atau https://',
  }),
  token: z.string().min(32).max(200),
  /** The store's device id the token was issued to (renderer/store/device.ts). */
  deviceId: z.uuid(),
  centreId: z.string().min(1).max(60),
});
export type SyncCredentials = z.infer<typeof syncCredentialsSchema>;

/** A4 page orientation of a printed report. */
export const reportOrientations = ['portrait', 'landscape'] as const;
export type ReportOrientation = (typeof reportOrientations)[number];

/** A name for a saved report file: letters, digits, spaces and `._-()`, no path. */
const reportFileNameSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(
    /^[\p{L}\p{N} ._()-]+$/u,
    'Nama berkas hanya boleh berisi huruf, angka, spasi dan . _ - ( )',
  );

/** Print the asking window's report (its print layout, A4) through the system print dialog. */
export const reportPrintSchema = z.object({
  orientation: z.enum(reportOrientations),
  /** The document's title, offered as the job name. */
  title: z.string().min(1).max(200),
});
export type ReportPrintRequest = z.infer<typeof reportPrintSchema>;

/** Save the asking window's report as a PDF the supervisor places with a save dialog. */
export const reportPdfSchema = z.object({
  orientation: z.enum(reportOrientations),
  /** Suggested file name, without folder; ".pdf" is added when missing. */
  fileName: reportFileNameSchema,
});
export type ReportPdfRequest = z.infer<typeof reportPdfSchema>;

/** Exports are small tables; 20 MB is far beyond a year of a centre's figures. */
export const REPORT_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** An exported table file (CSV or XLSX), made in the renderer, saved where the supervisor says. */
export const reportFileSchema = z.object({
  kind: z.enum(['csv', 'xlsx']),
  fileName: reportFileNameSchema,
  bytes: z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= REPORT_FILE_MAX_BYTES, {
      message: 'Berkas kosong atau terlalu besar',
    }),
});
export type ReportFile = z.infer<typeof reportFileSchema>;

/** How a report print, PDF or export ended. A cancelled dialog is no failure. */
export type ReportOutputResult =
  | { ok: true; path?: string }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; message: string };

export interface PrinterInfo {
  name: string;
  isDefault: boolean;
}

export interface DisplayInfo {
  id: number;
  label: string;
  primary: boolean;
  width: number;
  height: number;
}

export interface SerasiBridge {
  readonly kind: 'electron' | 'browser';
  config: {
    load(): Promise<InstallationConfig | null>;
    save(config: InstallationConfig): Promise<SaveResult>;
  };
  printer: {
    printTicket(ticket: PrintableTicket): Promise<PrintResult>;
    list(): Promise<PrinterInfo[]>;
  };
  kiosk: {
    /** Leave kiosk mode; the host checks the supervisor PIN. */
    exit(pin: string): Promise<{ ok: boolean; message?: string }>;
  };
  displays: {
    list(): Promise<DisplayInfo[]>;
  };
  reports: {
    /** Opens the print dialog for the page's print layout (A4). */
    print(request: ReportPrintRequest): Promise<ReportOutputResult>;
    /** Saves the page's print layout as a PDF (in a browser: the print dialog's "save as PDF"). */
    savePdf(request: ReportPdfRequest): Promise<ReportOutputResult>;
    /** Saves an exported table file. */
    saveFile(file: ReportFile): Promise<ReportOutputResult>;
  };
  host: {
    /** This PC's app version and update state, and what happens next. */
    updateStatus(): Promise<UpdateStatus>;
    /**
     * Whether someone is in the middle of something in this window (a visitor registering, a
     * ticket in hand): a downloaded update never restarts the app then.
     */
    setBusy(busy: boolean): Promise<void>;
    /** Saves the app's logs as one text file where the supervisor chooses, for support. */
    exportLogs(): Promise<ReportOutputResult>;
  };
  sync: {
    /** null until this installation has enrolled with a sync server. */
    loadCredentials(): Promise<SyncCredentials | null>;
    saveCredentials(credentials: SyncCredentials): Promise<SaveResult>;
    clearCredentials(): Promise<void>;
  };
}

/** IPC channel names and the payload schema each accepts (checked again in the main process). */
export const bridgeChannels = {
  configLoad: { channel: 'config:load', payload: z.undefined() },
  configSave: { channel: 'config:save', payload: installationConfigSchema },
  printTicket: { channel: 'printer:print-ticket', payload: printableTicketSchema },
  printerList: { channel: 'printer:list', payload: z.undefined() },
  kioskExit: { channel: 'kiosk:exit', payload: z.string().regex(/^\d{4,8}$/) },
  displayList: { channel: 'displays:list', payload: z.undefined() },
  syncCredentialsLoad: { channel: 'sync:credentials-load', payload: z.undefined() },
  syncCredentialsSave: { channel: 'sync:credentials-save', payload: syncCredentialsSchema },
  syncCredentialsClear: { channel: 'sync:credentials-clear', payload: z.undefined() },
  reportPrint: { channel: 'reports:print', payload: reportPrintSchema },
  reportSavePdf: { channel: 'reports:save-pdf', payload: reportPdfSchema },
  reportSaveFile: { channel: 'reports:save-file', payload: reportFileSchema },
  updateStatus: { channel: 'host:update-status', payload: z.undefined() },
  hostBusy: { channel: 'host:busy', payload: z.boolean() },
  logsExport: { channel: 'host:logs-export', payload: z.undefined() },
} as const;
