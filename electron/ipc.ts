// The main-process side of the bridge. Every channel in core/bridge/bridge.ts gets one handler,
// registered through one wrapper that first checks who is asking (the app's own top frame only)
// and then validates the payload with the channel's zod schema. Whatever goes wrong comes back as
// `{ ok: false, message }` in Indonesian — the renderer never sees an exception or a stack trace.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import {
  bridgeChannels,
  type DisplayInfo,
  type PrinterInfo,
  type PrintResult,
  type ReportOutputResult,
  type SaveResult,
  type SyncCredentials,
} from '../core/bridge/bridge.ts';
import type { InstallationConfig } from '../core/centre/config.ts';
import type { UpdateStatus } from '../core/updates/update-status.ts';
import { isAppUrl } from './security.ts';
import { describeIssue, indonesianErrors } from './zod-message.ts';

export type BridgeKey = keyof typeof bridgeChannels;
export type BridgePayload<K extends BridgeKey> = z.output<(typeof bridgeChannels)[K]['payload']>;

/** What each channel answers when it succeeds. */
export interface BridgeResults {
  configLoad: InstallationConfig | null;
  configSave: SaveResult;
  printTicket: PrintResult;
  printerList: PrinterInfo[];
  kioskExit: { ok: boolean; message?: string };
  displayList: DisplayInfo[];
  syncCredentialsLoad: SyncCredentials | null;
  syncCredentialsSave: SaveResult;
  syncCredentialsClear: undefined;
  reportPrint: ReportOutputResult;
  reportSavePdf: ReportOutputResult;
  reportSaveFile: ReportOutputResult;
  updateStatus: UpdateStatus;
  hostBusy: undefined;
  logsExport: ReportOutputResult;
}

/** The envelope every channel replies with; the preload unwraps it. */
export type BridgeReply<T> = { ok: true; value: T } | { ok: false; message: string };

export type BridgeHandler<K extends BridgeKey> = (
  payload: BridgePayload<K>,
  event: IpcMainInvokeEvent,
) => Promise<BridgeResults[K]> | BridgeResults[K];

export type BridgeHandlers = { [K in BridgeKey]: BridgeHandler<K> };

export type IpcLog = (message: string) => void;

/** The frame an IPC message came from, as far as the trust decision needs it. */
export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

export const untrustedSenderMessage = 'Permintaan ditolak: jendela ini tidak berwenang.';
export const internalErrorMessage =
  'Terjadi kesalahan di aplikasi. Coba lagi atau hubungi petugas.';

/**
 * Only the app's own page in a window's top frame may use the bridge: not a file:// or remote page
 * (should one ever be loaded), and not an iframe inside the app.
 */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && typeof frameUrl === 'string' && isAppUrl(frameUrl);
}

export const configLockedMessage = 'Pengaturan hanya dapat diubah dari jendela petugas.';

/**
 * Thrown by a handler that refuses a request for a reason of its own, on a channel whose answer has
 * no failure shape: the renderer gets the message, the log a line without a stack trace.
 */
export class BridgeRefusal extends Error {}

/**
 * Who may overwrite the installation's configuration (which includes the supervisor PIN hash) or
 * its sync enrolment (which decides where the centre's data goes):
 * first-run setup, the staff console, and a kiosk window the supervisor has unlocked with the PIN
 * — never a locked kiosk on the public screen or the display board.
 */
export function mayChangeConfig(
  senderRole: string | undefined,
  supervisorUnlocked = false,
): boolean {
  if (senderRole === 'setup' || senderRole === 'console') return true;
  return senderRole === 'kiosk' && supervisorUnlocked;
}

/** The wrapper every channel goes through: sender check, payload check, handler, never a throw. */
export async function callBridgeHandler<K extends BridgeKey>(
  key: K,
  sender: SenderFrame | null,
  payload: unknown,
  handler: (payload: BridgePayload<K>) => Promise<BridgeResults[K]> | BridgeResults[K],
  log: IpcLog,
): Promise<BridgeReply<BridgeResults[K]>> {
  const { channel, payload: schema } = bridgeChannels[key];
  if (!sender || !isTrustedSender(sender.url, sender.isMainFrame)) {
    log(
      `${channel}: pengirim ditolak (${sender ? `${sender.url.slice(0, 120)}, ${sender.isMainFrame ? 'frame utama' : 'subframe'}` : 'frame tidak diketahui'})`,
    );
    return { ok: false, message: untrustedSenderMessage };
  }
  const parsed = (schema as z.ZodType).safeParse(payload, { error: indonesianErrors });
  if (!parsed.success) {
    const message = `Data tidak valid: ${describeIssue(parsed.error)}`;
    log(`${channel}: ${message}`);
    return { ok: false, message };
  }
  try {
    const value = await handler(parsed.data as BridgePayload<K>);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof BridgeRefusal) {
      log(`${channel}: ${error.message}`);
      return { ok: false, message: error.message };
    }
    log(`${channel}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { ok: false, message: internalErrorMessage };
  }
}

/** Reads the sender frame defensively: it is null (or throws) once the frame has gone away. */
export function senderFrameOf(event: IpcMainInvokeEvent): SenderFrame | null {
  try {
    const frame = event.senderFrame;
    if (!frame) return null;
    return { url: frame.url, isMainFrame: frame.parent === null };
  } catch {
    return null;
  }
}

export function registerBridgeHandlers(ipcMain: IpcMain, handlers: BridgeHandlers, log: IpcLog) {
  for (const key of Object.keys(bridgeChannels) as BridgeKey[]) {
    const handler = handlers[key] as BridgeHandler<BridgeKey>;
    ipcMain.handle(bridgeChannels[key].channel, (event, payload: unknown) =>
      callBridgeHandler(
        key,
        senderFrameOf(event),
        payload,
        (valid) => handler(valid as never, event),
        log,
      ),
    );
  }
}
