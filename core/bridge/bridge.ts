// The bridge between a window and its host. The renderer sees only this interface: Electron's
// preload implements it over validated IPC, and a browser implementation (window.print, config in
// storage) serves the Playwright tests and a display board opened in any browser.
import { z } from 'zod';
import { type InstallationConfig, installationConfigSchema } from '../centre/config.ts';

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
} as const;
