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
}

/** IPC channel names and the payload schema each accepts (checked again in the main process). */
export const bridgeChannels = {
  configLoad: { channel: 'config:load', payload: z.undefined() },
  configSave: { channel: 'config:save', payload: installationConfigSchema },
  printTicket: { channel: 'printer:print-ticket', payload: printableTicketSchema },
  printerList: { channel: 'printer:list', payload: z.undefined() },
  kioskExit: { channel: 'kiosk:exit', payload: z.string().regex(/^\d{4,8}$/) },
  displayList: { channel: 'displays:list', payload: z.undefined() },
} as const;
