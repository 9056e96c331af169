import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, test } from 'vitest';
import {
  choosePrinter,
  type PrintDeps,
  printMessages,
  printOptions,
  printTicket,
  printWindowOptions,
  ticketPageSize,
  toPrinterInfo,
} from '../../electron/printing.ts';
import { sampleTicket, validConfig } from './fixtures.ts';

const printers = [
  { name: 'Microsoft_Print_to_PDF', displayName: 'Microsoft Print to PDF' },
  { name: 'POS-58', displayName: 'POS 58 Thermal', options: { 'is-default': 'true' } },
  { name: 'EPSON_TM_T82', displayName: 'EPSON TM-T82 Receipt' },
];

describe('ticketPageSize', () => {
  test('is the paper width and a fixed ticket height, in microns', () => {
    expect(ticketPageSize(58)).toEqual({ width: 58_000, height: 120_000 });
    expect(ticketPageSize(80)).toEqual({ width: 80_000, height: 130_000 });
  });
});

describe('choosePrinter', () => {
  test('the configured printer by its OS name', () => {
    expect(choosePrinter(printers, 'EPSON_TM_T82')).toEqual({ deviceName: 'EPSON_TM_T82' });
  });

  test('or by its display name, whatever the case', () => {
    expect(choosePrinter(printers, 'epson tm-t82 receipt')).toEqual({
      deviceName: 'EPSON_TM_T82',
    });
    expect(choosePrinter(printers, ' pos-58 ')).toEqual({ deviceName: 'POS-58' });
  });

  test('a configured printer that is gone is not replaced by another one', () => {
    expect(choosePrinter(printers, 'XPrinter_XP58')).toBeNull();
  });

  test('no name configured: the system default, if there is any printer', () => {
    expect(choosePrinter(printers, '')).toEqual({ deviceName: undefined });
    expect(choosePrinter([], '')).toBeNull();
    expect(choosePrinter([], 'POS-58')).toBeNull();
  });
});

test('toPrinterInfo marks the default printer', () => {
  expect(toPrinterInfo(printers)).toEqual([
    { name: 'Microsoft_Print_to_PDF', isDefault: false },
    { name: 'POS-58', isDefault: true },
    { name: 'EPSON_TM_T82', isDefault: false },
  ]);
});

test('print options: silent, no margins, explicit page size in microns', () => {
  expect(printOptions('POS-58', 58)).toMatchObject({
    silent: true,
    printBackground: true,
    deviceName: 'POS-58',
    margins: { marginType: 'none' },
    pageSize: { width: 58_000, height: 120_000 },
  });
  expect(printOptions(undefined, 80)).not.toHaveProperty('deviceName');
});

test('the print window runs no script and has no preload', () => {
  const options = printWindowOptions(58);
  expect(options.show).toBe(false);
  expect(options.webPreferences).toMatchObject({ javascript: false, devTools: false });
  expect(options.webPreferences).not.toHaveProperty('preload');
});

type PrintCallback = (success: boolean, failureReason: string) => void;

function fakePrinting(behaviour: {
  printers?: typeof printers;
  print?: (options: unknown, callback: PrintCallback) => void;
  load?: (url: string) => Promise<void>;
}) {
  const windows: Array<{
    options: BrowserWindowConstructorOptions;
    url?: string;
    destroyed: boolean;
  }> = [];
  const printed: unknown[] = [];
  const log: string[] = [];
  const deps: PrintDeps = {
    createWindow: (options) => {
      const record = { options, url: undefined as string | undefined, destroyed: false };
      windows.push(record);
      return {
        loadURL: async (url: string) => {
          record.url = url;
          await behaviour.load?.(url);
        },
        webContents: {
          print: (options: unknown, callback: PrintCallback) => {
            printed.push(options);
            (behaviour.print ?? ((_o, cb) => cb(true, '')))(options, callback);
          },
        },
        isDestroyed: () => record.destroyed,
        destroy: () => {
          record.destroyed = true;
        },
      } as unknown as BrowserWindow;
    },
    listPrinters: async () => behaviour.printers ?? printers,
    log: (line) => log.push(line),
    timeoutMs: 200,
  };
  return { deps, windows, printed, log };
}

describe('printTicket', () => {
  test('prints the ticket HTML silently on the configured printer', async () => {
    const { deps, windows, printed } = fakePrinting({});
    const result = await printTicket(sampleTicket(), validConfig(), deps);
    expect(result).toEqual({ ok: true });
    expect(printed).toEqual([printOptions('POS-58', 58)]);
    const url = decodeURIComponent(windows[0]?.url ?? '');
    expect(url.startsWith('data:text/html;charset=utf-8,<!doctype html>')).toBe(true);
    expect(url).toContain('A-012');
    expect(windows[0]?.destroyed).toBe(true);
  });

  test('printing switched off: nothing is opened', async () => {
    const { deps, windows } = fakePrinting({});
    const config = validConfig({ printer: { deviceName: '', paperWidthMm: 58, enabled: false } });
    expect(await printTicket(sampleTicket(), config, deps)).toEqual({
      ok: false,
      reason: 'printer_disabled',
      message: printMessages.printer_disabled,
    });
    expect(windows).toEqual([]);
  });

  test('no printer: the visitor is told the ticket still counts', async () => {
    const { deps, windows } = fakePrinting({ printers: [] });
    const result = await printTicket(sampleTicket(), validConfig(), deps);
    expect(result).toEqual({
      ok: false,
      reason: 'no_printer',
      message:
        'Printer tiket tidak ditemukan. Tiket tetap berlaku — tunjukkan layar ini kepada petugas.',
    });
    expect(windows).toEqual([]);
  });

  test('a driver error becomes a failed result and the window is destroyed', async () => {
    const { deps, windows, log } = fakePrinting({
      print: (_o, cb) => cb(false, 'Printer out of paper'),
    });
    expect(await printTicket(sampleTicket(), validConfig(), deps)).toEqual({
      ok: false,
      reason: 'failed',
      message: printMessages.failed,
    });
    expect(windows[0]?.destroyed).toBe(true);
    expect(log.join('\n')).toContain('Printer out of paper');
  });

  test('a spooler that never answers times out', async () => {
    const { deps, windows } = fakePrinting({ print: () => {} });
    const result = await printTicket(sampleTicket(), validConfig(), deps);
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect(windows[0]?.destroyed).toBe(true);
  });

  test('a page that fails to load, or a printer list that throws, never throws', async () => {
    const broken = fakePrinting({
      load: async () => {
        throw new Error('ERR_FAILED');
      },
    });
    expect(await printTicket(sampleTicket(), validConfig(), broken.deps)).toMatchObject({
      ok: false,
      reason: 'failed',
    });
    expect(broken.windows[0]?.destroyed).toBe(true);

    const noList = fakePrinting({});
    noList.deps.listPrinters = async () => {
      throw new Error('cups down');
    };
    expect(await printTicket(sampleTicket(), validConfig(), noList.deps)).toMatchObject({
      ok: false,
      reason: 'no_printer',
    });
  });
});
