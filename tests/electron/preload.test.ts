// The preload, with Electron's modules replaced: which object it exposes, which channels its verbs
// use, and how it unwraps the main process's reply envelope.
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { bridgeChannels, type SerasiBridge } from '../../core/bridge/bridge.ts';
import { sampleTicket, validConfig } from './fixtures.ts';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  replies: new Map<string, unknown>(),
  calls: [] as Array<[string, unknown]>,
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api),
  },
  ipcRenderer: {
    invoke: async (channel: string, payload: unknown) => {
      electron.calls.push([channel, payload]);
      return electron.replies.get(channel);
    },
  },
}));

let serasi: SerasiBridge;

const reportPrint = { orientation: 'landscape', title: 'Laporan antrian' } as const;
const reportPdf = { orientation: 'portrait', fileName: 'Laporan antrian 2026-11-23' } as const;
const reportFile = {
  kind: 'csv',
  fileName: 'Laporan antrian 2026-11-23',
  bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x41]),
} as const;

const syncCredentials = {
  serverUrl: 'http://192.168.1.10:8787',
  token: 'tKn_4f9a1c77e2b04d8fa0d3c1b2e5f6a7b8c9d0e1f2a3b4',
  deviceId: '0193a5c4-7d2e-7b61-9f3a-2c4d5e6f7a8b',
  centreId: 'brslu-gau-mabaji',
};

beforeAll(async () => {
  await import('../../electron/preload.ts');
  serasi = electron.exposed.get('serasi') as SerasiBridge;
});

test('exposes one object, window.serasi, and nothing else', () => {
  expect([...electron.exposed.keys()]).toEqual(['serasi']);
  expect(serasi.kind).toBe('electron');
  expect(JSON.stringify(Object.keys(serasi))).toBe(
    JSON.stringify(['kind', 'config', 'printer', 'kiosk', 'displays', 'reports', 'host', 'sync']),
  );
});

test('every verb uses the channel core/bridge/bridge.ts names', async () => {
  const ok = (value: unknown) => ({ ok: true, value });
  for (const { channel } of Object.values(bridgeChannels)) electron.replies.set(channel, ok(null));
  electron.calls.length = 0;
  await serasi.config.load();
  await serasi.config.save(validConfig());
  await serasi.printer.printTicket(sampleTicket());
  await serasi.printer.list();
  await serasi.kiosk.exit('2468');
  await serasi.displays.list();
  await serasi.sync.loadCredentials();
  await serasi.sync.saveCredentials(syncCredentials);
  await serasi.sync.clearCredentials();
  await serasi.reports.print(reportPrint);
  await serasi.reports.savePdf(reportPdf);
  await serasi.reports.saveFile(reportFile);
  await serasi.host.updateStatus();
  await serasi.host.setBusy(true);
  await serasi.host.exportLogs();
  expect(electron.calls.map(([channel]) => channel)).toEqual([
    bridgeChannels.configLoad.channel,
    bridgeChannels.configSave.channel,
    bridgeChannels.printTicket.channel,
    bridgeChannels.printerList.channel,
    bridgeChannels.kioskExit.channel,
    bridgeChannels.displayList.channel,
    bridgeChannels.syncCredentialsLoad.channel,
    bridgeChannels.syncCredentialsSave.channel,
    bridgeChannels.syncCredentialsClear.channel,
    bridgeChannels.reportPrint.channel,
    bridgeChannels.reportSavePdf.channel,
    bridgeChannels.reportSaveFile.channel,
    bridgeChannels.updateStatus.channel,
    bridgeChannels.hostBusy.channel,
    bridgeChannels.logsExport.channel,
  ]);
  expect(electron.calls[13]?.[1]).toBe(true);
  expect(electron.calls[11]?.[1]).toEqual(reportFile);
  expect(electron.calls[7]?.[1]).toEqual(syncCredentials);
  expect(electron.calls[2]?.[1]).toEqual(sampleTicket());
  expect(electron.calls[4]?.[1]).toBe('2468');
});

describe('a refused request', () => {
  const refused = { ok: false, message: 'Data tidak valid: String tidak valid (number)' };

  test('printing answers with a failed PrintResult, never a rejection', async () => {
    electron.replies.set(bridgeChannels.printTicket.channel, refused);
    expect(await serasi.printer.printTicket(sampleTicket())).toEqual({
      ok: false,
      reason: 'failed',
      message: refused.message,
    });
  });

  test('saving and the kiosk exit answer with their own failure shape', async () => {
    electron.replies.set(bridgeChannels.configSave.channel, refused);
    electron.replies.set(bridgeChannels.kioskExit.channel, refused);
    electron.replies.set(bridgeChannels.syncCredentialsSave.channel, refused);
    expect(await serasi.config.save(validConfig())).toEqual(refused);
    expect(await serasi.kiosk.exit('2468')).toEqual(refused);
    expect(await serasi.sync.saveCredentials(syncCredentials)).toEqual(refused);
  });

  test('report printing and saving answer with a failed result the screen can show', async () => {
    electron.replies.set(bridgeChannels.reportPrint.channel, refused);
    electron.replies.set(bridgeChannels.reportSavePdf.channel, refused);
    electron.replies.set(bridgeChannels.reportSaveFile.channel, refused);
    const failed = { ok: false, cancelled: false, message: refused.message };
    expect(await serasi.reports.print(reportPrint)).toEqual(failed);
    expect(await serasi.reports.savePdf(reportPdf)).toEqual(failed);
    expect(await serasi.reports.saveFile(reportFile)).toEqual(failed);
  });

  test('verbs that return data reject with the Indonesian message', async () => {
    electron.replies.set(bridgeChannels.configLoad.channel, refused);
    electron.replies.set(bridgeChannels.syncCredentialsLoad.channel, refused);
    electron.replies.set(bridgeChannels.syncCredentialsClear.channel, refused);
    await expect(serasi.config.load()).rejects.toThrow(refused.message);
    await expect(serasi.sync.loadCredentials()).rejects.toThrow(refused.message);
    await expect(serasi.sync.clearCredentials()).rejects.toThrow(refused.message);
  });

  test('a malformed PIN is answered in plain words without asking the main process', async () => {
    electron.calls.length = 0;
    expect(await serasi.kiosk.exit('12')).toEqual({
      ok: false,
      message: 'PIN harus 4 sampai 8 angka.',
    });
    expect(electron.calls).toEqual([]);
  });

  test('a reply from the handler passes through unchanged', async () => {
    const noPrinter = {
      ok: false,
      reason: 'no_printer',
      message: 'Printer tiket tidak ditemukan.',
    };
    electron.replies.set(bridgeChannels.printTicket.channel, { ok: true, value: noPrinter });
    expect(await serasi.printer.printTicket(sampleTicket())).toEqual(noPrinter);
  });
});
