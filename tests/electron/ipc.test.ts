import type { IpcMain } from 'electron';
import { describe, expect, test, vi } from 'vitest';
import { bridgeChannels } from '../../core/bridge/bridge.ts';
import {
  type BridgeHandlers,
  BridgeRefusal,
  callBridgeHandler,
  configLockedMessage,
  internalErrorMessage,
  isTrustedSender,
  mayChangeConfig,
  registerBridgeHandlers,
  untrustedSenderMessage,
} from '../../electron/ipc.ts';
import { sampleTicket, validConfig } from './fixtures.ts';

const appFrame = { url: 'app://serasi/index.html#/kiosk', isMainFrame: true };

describe('isTrustedSender', () => {
  test('the app page in a top frame', () => {
    expect(isTrustedSender('app://serasi/index.html#/kiosk', true)).toBe(true);
  });

  test.each([
    ['a file:// page', 'file:///C:/app/index.html', true],
    ['a remote page', 'https://evil.example/', true],
    ['a look-alike host', 'app://serasi.evil/index.html', true],
    ['an iframe inside the app', 'app://serasi/index.html', false],
    ['a frame with no URL', undefined, true],
  ])('not %s', (_name, url, isMainFrame) => {
    expect(isTrustedSender(url, isMainFrame)).toBe(false);
  });
});

describe('callBridgeHandler', () => {
  test('passes a valid payload from the app to the handler', async () => {
    const handler = vi.fn(async () => ({ ok: true as const }));
    const reply = await callBridgeHandler(
      'printTicket',
      appFrame,
      sampleTicket(),
      handler,
      () => {},
    );
    expect(reply).toEqual({ ok: true, value: { ok: true } });
    expect(handler).toHaveBeenCalledWith(sampleTicket());
  });

  test.each([
    ['file://', { url: 'file:///tmp/index.html', isMainFrame: true }],
    ['https://evil', { url: 'https://evil.example/', isMainFrame: true }],
    ['a subframe of the app', { url: 'app://serasi/index.html', isMainFrame: false }],
    ['a frame that is gone', null],
  ])('refuses %s without calling the handler, and logs it', async (_name, sender) => {
    const handler = vi.fn();
    const log: string[] = [];
    const reply = await callBridgeHandler('configLoad', sender, undefined, handler, (l) =>
      log.push(l),
    );
    expect(reply).toEqual({ ok: false, message: untrustedSenderMessage });
    expect(handler).not.toHaveBeenCalled();
    expect(log[0]).toContain('config:load');
  });

  test('a ticket numbered "<script>" is refused with an Indonesian message', async () => {
    const handler = vi.fn();
    const log: string[] = [];
    const reply = await callBridgeHandler(
      'printTicket',
      appFrame,
      sampleTicket({ number: '<script>alert(1)</script>' }),
      handler,
      (l) => log.push(l),
    );
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.message).toMatch(/^Data tidak valid: String tidak valid: .*\(number\)$/);
    expect(handler).not.toHaveBeenCalled();
    expect(log[0]).toContain('printer:print-ticket');
  });

  test('a configuration without counters is refused with the schema’s own words', async () => {
    const handler = vi.fn();
    const empty = await callBridgeHandler(
      'configSave',
      appFrame,
      validConfig({ counters: [] }),
      handler,
      () => {},
    );
    expect(empty).toEqual({
      ok: false,
      message: 'Data tidak valid: Tambahkan sedikitnya satu loket (counters)',
    });

    const { counters: _dropped, ...missing } = validConfig();
    const reply = await callBridgeHandler('configSave', appFrame, missing, handler, () => {});
    expect(reply).toEqual({
      ok: false,
      message: 'Data tidak valid: diharapkan array, diterima undefined (counters)',
    });
    expect(handler).not.toHaveBeenCalled();
  });

  test('extra payloads on a no-argument channel and malformed PINs are refused', async () => {
    const handler = vi.fn();
    expect((await callBridgeHandler('configLoad', appFrame, { x: 1 }, handler, () => {})).ok).toBe(
      false,
    );
    expect((await callBridgeHandler('kioskExit', appFrame, '12ab', handler, () => {})).ok).toBe(
      false,
    );
    expect((await callBridgeHandler('kioskExit', appFrame, 1234, handler, () => {})).ok).toBe(
      false,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  test('a handler that throws becomes a message, not a crash', async () => {
    const log: string[] = [];
    const reply = await callBridgeHandler(
      'displayList',
      appFrame,
      undefined,
      () => {
        throw new Error('screen module exploded');
      },
      (l) => log.push(l),
    );
    expect(reply).toEqual({ ok: false, message: internalErrorMessage });
    expect(log[0]).toContain('screen module exploded');
  });
});

describe('the sync enrolment channels', () => {
  const token = 'tKn_4f9a1c77e2b04d8fa0d3c1b2e5f6a7b8c9d0e1f2a3b4';
  const credentials = {
    serverUrl: 'http://192.168.1.10:8787',
    token,
    deviceId: '0193a5c4-7d2e-7b61-9f3a-2c4d5e6f7a8b',
    centreId: 'brslu-gau-mabaji',
  };

  test('valid credentials from the app reach the handler', async () => {
    const handler = vi.fn(() => ({ ok: true as const }));
    const reply = await callBridgeHandler(
      'syncCredentialsSave',
      appFrame,
      credentials,
      handler,
      () => {},
    );
    expect(reply).toEqual({ ok: true, value: { ok: true } });
    expect(handler).toHaveBeenCalledWith(credentials);
  });

  test.each([
    [
      'a server that is not http(s)',
      { ...credentials, serverUrl: 'file:///etc/passwd' },
      'serverUrl',
    ],
    ['a short token', { ...credentials, token: 'abc' }, 'token'],
    ['a device id that is not a uuid', { ...credentials, deviceId: token }, 'deviceId'],
    ['no centre', { ...credentials, centreId: undefined }, 'centreId'],
  ])('refuses %s, and the token never reaches the log', async (_name, payload, field) => {
    const handler = vi.fn();
    const log: string[] = [];
    const reply = await callBridgeHandler('syncCredentialsSave', appFrame, payload, handler, (l) =>
      log.push(l),
    );
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.message).toMatch(new RegExp(`^Data tidak valid: .*\\(${field}\\)$`));
      expect(reply.message).not.toContain(token);
    }
    expect(handler).not.toHaveBeenCalled();
    expect(log.join('\n')).toContain('sync:credentials-save');
    expect(log.join('\n')).not.toContain(token);
  });

  test.each(['syncCredentialsLoad', 'syncCredentialsSave', 'syncCredentialsClear'] as const)(
    '%s refuses a remote page and an iframe of the app',
    async (key) => {
      const handler = vi.fn();
      for (const sender of [
        { url: 'https://evil.example/', isMainFrame: true },
        { url: 'app://serasi/index.html', isMainFrame: false },
      ]) {
        const payload = key === 'syncCredentialsSave' ? credentials : undefined;
        expect(await callBridgeHandler(key, sender, payload, handler, () => {})).toEqual({
          ok: false,
          message: untrustedSenderMessage,
        });
      }
      expect(handler).not.toHaveBeenCalled();
    },
  );

  test('loading and clearing take no payload', async () => {
    const handler = vi.fn();
    for (const key of ['syncCredentialsLoad', 'syncCredentialsClear'] as const) {
      expect((await callBridgeHandler(key, appFrame, credentials, handler, () => {})).ok).toBe(
        false,
      );
    }
    expect(handler).not.toHaveBeenCalled();
  });

  test('a handler that refuses (a window that may not change the enrolment) says why', async () => {
    const log: string[] = [];
    const reply = await callBridgeHandler(
      'syncCredentialsClear',
      appFrame,
      undefined,
      () => {
        throw new BridgeRefusal(configLockedMessage);
      },
      (l) => log.push(l),
    );
    expect(reply).toEqual({ ok: false, message: configLockedMessage });
    expect(log).toEqual([`sync:credentials-clear: ${configLockedMessage}`]);
  });
});

test('registerBridgeHandlers registers exactly one handler per bridge channel', async () => {
  const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
  const ipcMain = {
    handle: (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) =>
      registered.set(channel, listener),
  } as unknown as IpcMain;
  const handlers: BridgeHandlers = {
    configLoad: () => validConfig(),
    configSave: () => ({ ok: true }),
    printTicket: () => ({ ok: true }),
    printerList: () => [{ name: 'POS-58', isDefault: true }],
    kioskExit: () => ({ ok: true }),
    displayList: () => [],
    syncCredentialsLoad: () => null,
    syncCredentialsSave: () => ({ ok: true }),
    syncCredentialsClear: () => undefined,
    reportPrint: () => ({ ok: true }),
    reportSavePdf: () => ({ ok: false, cancelled: true }),
    reportSaveFile: () => ({ ok: true, path: '/home/petugas/Documents/laporan.csv' }),
    updateStatus: () => ({ version: '0.1.0', state: 'current' }),
    hostBusy: () => undefined,
    logsExport: () => ({ ok: false, cancelled: true }),
  };
  registerBridgeHandlers(ipcMain, handlers, () => {});
  expect([...registered.keys()].sort()).toEqual(
    Object.values(bridgeChannels)
      .map((c) => c.channel)
      .sort(),
  );

  const fromApp = { senderFrame: { url: 'app://serasi/index.html', parent: null } };
  const fromIframe = { senderFrame: { url: 'app://serasi/index.html', parent: {} } };
  const listener = registered.get('printer:list');
  expect(await listener?.(fromApp, undefined)).toEqual({
    ok: true,
    value: [{ name: 'POS-58', isDefault: true }],
  });
  expect(await listener?.(fromIframe, undefined)).toEqual({
    ok: false,
    message: untrustedSenderMessage,
  });
});

test('setup, the staff console and a supervisor-unlocked kiosk may change the configuration', () => {
  expect(mayChangeConfig('setup')).toBe(true);
  expect(mayChangeConfig('console')).toBe(true);
  expect(mayChangeConfig('kiosk')).toBe(false);
  expect(mayChangeConfig('kiosk', true)).toBe(true);
  expect(mayChangeConfig('display')).toBe(false);
  expect(mayChangeConfig('display', true)).toBe(false);
  expect(mayChangeConfig(undefined, true)).toBe(false);
});
