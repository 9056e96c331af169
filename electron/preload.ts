// The only thing a window's page gets from Electron: `window.serasi`, a handful of verbs that each
// invoke one IPC channel. No raw ipcRenderer, no Node. Bundled into one sandboxed CommonJS file
// (out/preload/index.cjs) that requires nothing but 'electron'. The main process validates every
// payload and the sender again (electron/ipc.ts); this side only unwraps the reply envelope.
import { contextBridge, ipcRenderer } from 'electron';
import type {
  DisplayInfo,
  PrinterInfo,
  PrintResult,
  ReportFile,
  ReportOutputResult,
  ReportPdfRequest,
  ReportPrintRequest,
  SaveResult,
  SerasiBridge,
  SyncCredentials,
} from '../core/bridge/bridge.ts';
import type { InstallationConfig } from '../core/centre/config.ts';
import { pinProblem } from '../core/security/pin.ts';
import type { UpdateStatus } from '../core/updates/update-status.ts';
import type { BridgeReply } from './ipc.ts';

// Spelled out rather than imported from core/bridge/bridge.ts: that module carries zod and the
// config schema, which the preload never uses. tests/electron/preload.test.ts checks every verb
// calls the channel bridgeChannels names.
const channels = {
  configLoad: 'config:load',
  configSave: 'config:save',
  printTicket: 'printer:print-ticket',
  printerList: 'printer:list',
  kioskExit: 'kiosk:exit',
  displayList: 'displays:list',
  syncCredentialsLoad: 'sync:credentials-load',
  syncCredentialsSave: 'sync:credentials-save',
  syncCredentialsClear: 'sync:credentials-clear',
  reportPrint: 'reports:print',
  reportSavePdf: 'reports:save-pdf',
  reportSaveFile: 'reports:save-file',
  updateStatus: 'host:update-status',
  hostBusy: 'host:busy',
  logsExport: 'host:logs-export',
} as const;

/** Sends one request; a refused or failed reply becomes a rejected promise with its message. */
async function invoke<T>(channel: string, payload?: unknown): Promise<T> {
  const reply = (await ipcRenderer.invoke(channel, payload)) as BridgeReply<T>;
  if (reply.ok) return reply.value;
  throw new Error(reply.message);
}

/** Like `invoke`, but verbs that have a failure shape of their own answer with it instead. */
async function invokeOr<T>(channel: string, payload: unknown, failed: (message: string) => T) {
  try {
    return await invoke<T>(channel, payload);
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
}

const reportFailure = (message: string): ReportOutputResult => ({
  ok: false,
  cancelled: false,
  message,
});

const serasi = {
  kind: 'electron',
  config: {
    load: () => invoke<InstallationConfig | null>(channels.configLoad),
    save: (config: InstallationConfig) =>
      invokeOr<SaveResult>(channels.configSave, config, (message) => ({ ok: false, message })),
  },
  printer: {
    // Never rejects: the kiosk keeps the ticket on screen whatever happens to the printer.
    printTicket: (ticket) =>
      invokeOr<PrintResult>(channels.printTicket, ticket, (message) => ({
        ok: false,
        reason: 'failed',
        message,
      })),
    list: () => invoke<PrinterInfo[]>(channels.printerList),
  },
  kiosk: {
    exit: async (pin: string) => {
      // A malformed PIN gets the plain Indonesian reason here rather than the schema's pattern.
      const problem = pinProblem(pin);
      if (problem) return { ok: false, message: problem };
      return invokeOr<{ ok: boolean; message?: string }>(channels.kioskExit, pin, (message) => ({
        ok: false,
        message,
      }));
    },
  },
  displays: {
    list: () => invoke<DisplayInfo[]>(channels.displayList),
  },
  reports: {
    // Never reject: the reports screen shows the message and keeps the report on screen.
    print: (request: ReportPrintRequest) =>
      invokeOr<ReportOutputResult>(channels.reportPrint, request, reportFailure),
    savePdf: (request: ReportPdfRequest) =>
      invokeOr<ReportOutputResult>(channels.reportSavePdf, request, reportFailure),
    saveFile: (file: ReportFile) =>
      invokeOr<ReportOutputResult>(channels.reportSaveFile, file, reportFailure),
  },
  host: {
    updateStatus: () => invoke<UpdateStatus>(channels.updateStatus),
    setBusy: (busy: boolean) => invoke<void>(channels.hostBusy, busy),
    exportLogs: () => invokeOr<ReportOutputResult>(channels.logsExport, undefined, reportFailure),
  },
  sync: {
    loadCredentials: () => invoke<SyncCredentials | null>(channels.syncCredentialsLoad),
    saveCredentials: (credentials: SyncCredentials) =>
      invokeOr<SaveResult>(channels.syncCredentialsSave, credentials, (message) => ({
        ok: false,
        message,
      })),
    clearCredentials: () => invoke<void>(channels.syncCredentialsClear),
  },
} as const satisfies SerasiBridge;

// A type only: a sandboxed preload should export no values.
export type ElectronBridge = typeof serasi;

contextBridge.exposeInMainWorld('serasi', serasi);
