// The main process: lifecycle only. One instance per PC; the app:// scheme; hardening for every
// window; the log; the bridge handlers; then either first-run setup or one window per configured
// role, each brought back by itself if its page crashes; start at boot and self-update.
// Every decision lives in the flat modules beside this file, tested without Electron.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { homedir, hostname, release } from 'node:os';
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  type IpcMainInvokeEvent,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  screen,
  session,
} from 'electron';
import electronLog from 'electron-log/main';
import electronUpdater from 'electron-updater';
import type { SyncCredentials } from '../core/bridge/bridge.ts';
import type { InstallationConfig } from '../core/centre/config.ts';
import { PROTOCOL_HEADER, PROTOCOL_VERSION } from '../core/sync/protocol.ts';
import type { UpdateStatus } from '../core/updates/update-status.ts';
import { createBrowserWindow } from './browser-window.ts';
import { loadInstallationConfig, saveInstallationConfig } from './config-store.ts';
import {
  type CredentialStoreDeps,
  clearSyncCredentials,
  loadSyncCredentials,
  saveSyncCredentials,
} from './credentials.ts';
import { installationPolicy } from './csp.ts';
import {
  type BridgeHandlers,
  BridgeRefusal,
  configLockedMessage,
  mayChangeConfig,
  registerBridgeHandlers,
} from './ipc.ts';
import { createKioskExit, kioskExitMessages } from './kiosk-exit.ts';
import { collectLogs, setUpLogFile } from './logging.ts';
import { printTicket, toPrinterInfo } from './printing.ts';
import { APP_SCHEME, appSchemePrivileges, registerAppProtocol } from './protocol.ts';
import { watchWindow } from './recovery.ts';
import {
  mayUseReports,
  printReport,
  type ReportOutputDeps,
  reportMessages,
  saveLogText,
  saveReportFile,
  saveReportPdf,
} from './report-printing.ts';
import { hardenSession, hardenWebContents } from './security.ts';
import { applyStartAtLogin } from './startup.ts';
import { createUpdateService } from './updater.ts';
import {
  displayGeometry,
  openWindow,
  planSetupWindow,
  planWindows,
  toDisplayInfo,
  type WindowPlan,
  type WindowRole,
} from './windows.ts';

// Must happen before `ready`: the scheme gets a real origin, secure context and fetch.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: appSchemePrivileges }]);

// Tests (tests/e2e/electron-smoke.spec.ts) give each run its own data directory.
if (process.env.SERASI_USER_DATA_DIR) app.setPath('userData', process.env.SERASI_USER_DATA_DIR);

// The log: <userData>/logs/main.log, rotated (electron/logging.ts), and the console as before.
const logPath = setUpLogFile(electronLog, { dir: join(app.getPath('userData'), 'logs') });
electronLog.errorHandler.startCatching({ showDialog: false });
const log = (scope: string) => (message: string) => electronLog.scope(scope).info(message);

let config: InstallationConfig | null = null;
/** The sync enrolment, if any; its server is the one origin the renderer may reach (csp.ts). */
let credentials: SyncCredentials | null = null;
/** The role of each open window, by webContents id: decides what its bridge calls may do. */
const windowRoles = new Map<number, WindowRole>();
/** Kiosk windows the supervisor has unlocked with the PIN, by webContents id. */
const unlockedKiosks = new Set<number>();
/** Windows where someone is in the middle of something (bridge `host.setBusy`), by webContents id. */
const busyWindows = new Set<number>();

const appRoot = app.getAppPath();
const rendererRoot = join(appRoot, 'out', 'renderer');
const preloadPath = join(appRoot, 'out', 'preload', 'index.cjs');

function open(plan: WindowPlan): BrowserWindow {
  const window = openWindow(plan, {
    createWindow: createBrowserWindow,
    preloadPath,
    devTools: !app.isPackaged,
    log: log('window'),
  });
  const id = window.webContents.id;
  windowRoles.set(id, plan.role);
  window.on('closed', () => {
    windowRoles.delete(id);
    unlockedKiosks.delete(id);
    busyWindows.delete(id);
  });
  watchWindow(
    {
      isDestroyed: () => window.isDestroyed(),
      reload: () => window.webContents.reload(),
      crash: () => window.webContents.forcefullyCrashRenderer(),
      onGone: (listener) => {
        window.webContents.on('render-process-gone', (_event, details) => {
          // A crashed page's window is no longer in the middle of anything.
          busyWindows.delete(id);
          listener(details.reason);
        });
      },
      onUnresponsive: (listener) => window.on('unresponsive', listener),
      onResponsive: (listener) => window.on('responsive', listener),
    },
    plan.role,
    {
      now: Date.now,
      setTimeout,
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
      log: log('window'),
    },
  );
  return window;
}

function currentDisplays() {
  return displayGeometry(screen.getAllDisplays(), screen.getPrimaryDisplay().id);
}

function openRoleWindows(current: InstallationConfig): void {
  const { plans, notes } = planWindows(current.roles, currentDisplays());
  for (const note of notes) log('window')(note);
  for (const plan of plans) open(plan);
}

function windowsWithRole(role: WindowRole): BrowserWindow[] {
  return BrowserWindow.getAllWindows().filter((w) => windowRoles.get(w.webContents.id) === role);
}

const exitKiosk = createKioskExit();

/** Sends this PC's update state to its sync server, where supervisors see every PC's. */
async function reportUpdateState(status: UpdateStatus, to: SyncCredentials): Promise<void> {
  const response = await fetch(`${to.serverUrl}/updates/state`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${to.token}`,
      'content-type': 'application/json',
      [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
    },
    body: JSON.stringify(status),
    signal: AbortSignal.timeout(15_000),
  });
  if (!response.ok) throw new Error(`server menjawab ${response.status}`);
}

const { autoUpdater } = electronUpdater;
autoUpdater.logger = electronLog.scope('update');
const updates = createUpdateService({
  updater: autoUpdater,
  currentVersion: app.getVersion(),
  packaged: app.isPackaged,
  now: Date.now,
  centreClock: () =>
    config ? { timeZone: config.timeZone, serviceHours: config.serviceHours } : null,
  isBusy: () => busyWindows.size > 0,
  report: reportUpdateState,
  setInterval,
  setTimeout,
  clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
  log: log('update'),
});

/** Kiosk and board PCs start at boot (only the installed app: never a development copy). */
function applyStartup(current: InstallationConfig): Promise<void> {
  if (!app.isPackaged) return Promise.resolve();
  return applyStartAtLogin(
    current.roles.map((r) => r.role),
    {
      platform: process.platform,
      executable: process.env.APPIMAGE ?? process.execPath,
      setLoginItem: (openAtLogin) => app.setLoginItemSettings({ openAtLogin }),
      autostartDir: join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'autostart'),
      writeFile: async (path, text) => {
        await mkdir(join(path, '..'), { recursive: true });
        await writeFile(path, text);
      },
      removeFile: (path) => rm(path, { force: true }),
      log: log('startup'),
    },
  );
}

const credentialStore: CredentialStoreDeps = {
  cipher: safeStorage,
  platform: process.platform,
  log: log('credentials'),
};

/** Whether the asking window may change the configuration or the sync enrolment. */
function mayChange(event: IpcMainInvokeEvent): boolean {
  const role = windowRoles.get(event.sender.id);
  return mayChangeConfig(role, unlockedKiosks.has(event.sender.id));
}

/** The Electron calls a report print or save needs, for the window that asked. */
function reportOutput(event: IpcMainInvokeEvent): ReportOutputDeps {
  const window = BrowserWindow.fromWebContents(event.sender);
  return {
    printToPDF: (options) => event.sender.printToPDF(options),
    showSaveDialog: (options) =>
      window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options),
    writeFile: (path, bytes) => writeFile(path, bytes),
    folder: app.getPath('documents'),
    log: log('reports'),
  };
}

function mayReport(event: IpcMainInvokeEvent): boolean {
  return mayUseReports(windowRoles.get(event.sender.id), unlockedKiosks.has(event.sender.id));
}

const reportRefused = { ok: false, cancelled: false, message: reportMessages.notAllowed } as const;

const handlers: BridgeHandlers = {
  configLoad: () => config,
  configSave: async (next, event) => {
    const role = windowRoles.get(event.sender.id);
    if (!mayChange(event)) return { ok: false, message: configLockedMessage };
    const saved = await saveInstallationConfig(app.getPath('userData'), next);
    if (!saved.ok) return saved;
    config = next;
    void applyStartup(next);
    if (role === 'setup') {
      // After the reply has gone out: open the role windows first, then close setup, so the app
      // never has zero windows (which would quit it).
      setImmediate(() => {
        const setupWindows = windowsWithRole('setup');
        openRoleWindows(next);
        for (const w of setupWindows) w.close();
      });
    }
    return saved;
  },
  printTicket: (ticket, event) => {
    if (!config) {
      return { ok: false, reason: 'failed', message: kioskExitMessages.notConfigured };
    }
    return printTicket(ticket, config, {
      createWindow: createBrowserWindow,
      listPrinters: () => event.sender.getPrintersAsync(),
      log: log('print'),
    });
  },
  printerList: async (_payload, event) => toPrinterInfo(await event.sender.getPrintersAsync()),
  kioskExit: async (pin, event) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    const isKiosk = windowRoles.get(event.sender.id) === 'kiosk';
    const result = await exitKiosk(isKiosk ? window : null, pin, config);
    if (result.ok) unlockedKiosks.add(event.sender.id);
    return result;
  },
  displayList: () => toDisplayInfo(screen.getAllDisplays(), screen.getPrimaryDisplay().id),
  syncCredentialsLoad: () => credentials,
  syncCredentialsSave: async (next, event) => {
    if (!mayChange(event)) return { ok: false, message: configLockedMessage };
    const saved = await saveSyncCredentials(app.getPath('userData'), next, credentialStore);
    if (saved.ok) {
      credentials = next;
      updates.stop();
      updates.start(next);
    }
    return saved;
  },
  syncCredentialsClear: async (_payload, event) => {
    if (!mayChange(event)) throw new BridgeRefusal(configLockedMessage);
    await clearSyncCredentials(app.getPath('userData'));
    credentials = null;
    updates.stop();
    updates.start(null);
  },
  reportPrint: (request, event) => {
    if (!mayReport(event)) return reportRefused;
    return printReport(request, {
      print: (options, callback) => event.sender.print(options, callback),
      log: log('reports'),
    });
  },
  reportSavePdf: (request, event) =>
    mayReport(event) ? saveReportPdf(request, reportOutput(event)) : reportRefused,
  reportSaveFile: (file, event) =>
    mayReport(event) ? saveReportFile(file, reportOutput(event)) : reportRefused,
  updateStatus: () => updates.status(),
  hostBusy: (busy, event) => {
    if (busy) busyWindows.add(event.sender.id);
    else busyWindows.delete(event.sender.id);
    return undefined;
  },
  logsExport: async (_payload, event) => {
    if (!mayReport(event)) return reportRefused;
    const text = await collectLogs(logPath, [
      `SERASI Desk ${app.getVersion()}`,
      `Balai: ${config ? `${config.balai.name} (${config.balai.id})` : 'belum diatur'}`,
      `Peran PC ini: ${config ? config.roles.map((r) => r.role).join(', ') : '-'}`,
      `Komputer: ${hostname()}, ${process.platform} ${release()}`,
      `Diekspor: ${new Date().toISOString()}`,
    ]);
    return saveLogText(text, `log-serasi-desk-${hostname()}`, reportOutput(event));
  },
};

async function start(): Promise<void> {
  Menu.setApplicationMenu(null);
  hardenSession(session.defaultSession, log('security'));
  registerAppProtocol(protocol, rendererRoot, () =>
    installationPolicy({
      configured: config !== null,
      syncServerUrl: credentials?.serverUrl ?? null,
    }),
  );
  registerBridgeHandlers(ipcMain, handlers, log('ipc'));

  const loaded = await loadInstallationConfig(app.getPath('userData'));
  if (loaded.problem) log('config')(`installation.json ${loaded.problem}`);
  if (loaded.movedAsideTo)
    log('config')(`dipindahkan ke ${loaded.movedAsideTo}; pengaturan awal dibuka`);
  config = loaded.config;

  const enrolment = await loadSyncCredentials(app.getPath('userData'), credentialStore);
  if (enrolment.problem) log('credentials')(`sync-credentials.bin ${enrolment.problem}`);
  if (enrolment.movedAsideTo) log('credentials')(`dipindahkan ke ${enrolment.movedAsideTo}`);
  credentials = enrolment.credentials;

  updates.start(credentials);
  if (config) {
    openRoleWindows(config);
    void applyStartup(config);
  } else open(planSetupWindow(currentDisplays()));
}

// Date and number fields (the report period, the closing day) in Indonesian conventions,
// whatever the PC's own language: 23/11/2026, not 11/23/2026.
app.commandLine.appendSwitch('lang', 'id-ID');

if (!app.requestSingleInstanceLock()) {
  // Two copies would fight over the printer and open every window twice.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [first] = BrowserWindow.getAllWindows();
    if (!first) return;
    if (first.isMinimized()) first.restore();
    first.focus();
  });
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, log('security')),
  );
  app.on('child-process-gone', (_event, details) => {
    if (details.reason !== 'clean-exit')
      log('main')(`proses ${details.type} berhenti: ${details.reason}`);
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log('main')(`gagal memulai: ${String(error)}`);
      app.exit(1);
    });
}
