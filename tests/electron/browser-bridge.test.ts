// The browser bridge's decisions in Node, with a fake localStorage. Printing itself needs a DOM
// and is exercised in Chromium by the renderer's e2e tests.
import { describe, expect, test } from 'vitest';
import { hashPin } from '../../core/security/pin.ts';
import {
  BROWSER_CONFIG_KEY,
  BROWSER_SYNC_CREDENTIALS_KEY,
  type BrowserBridgeEnv,
  createBrowserBridge,
} from '../../renderer/bridge/browser-bridge.ts';
import { sampleTicket, validConfig } from './fixtures.ts';

class MemoryStorage {
  items = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.items.set(key, value);
  }
}

function bridgeWith(storage = new MemoryStorage(), now = () => 0) {
  const env: BrowserBridgeEnv = {
    storage: storage as unknown as Storage,
    document: { fullscreenElement: null } as unknown as Document,
    screen: { width: 1920, height: 1080 },
    now,
  };
  return { bridge: createBrowserBridge(env), storage };
}

describe('browser bridge', () => {
  test('is the browser kind and stores the configuration under its key', async () => {
    const { bridge, storage } = bridgeWith();
    expect(bridge.kind).toBe('browser');
    expect(await bridge.config.load()).toBeNull();
    expect(await bridge.config.save(validConfig())).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(BROWSER_CONFIG_KEY) ?? '')).toEqual(validConfig());
    expect(await bridge.config.load()).toEqual(validConfig());
  });

  test('garbage or an outdated shape in storage counts as no configuration', async () => {
    const { bridge, storage } = bridgeWith();
    storage.setItem(BROWSER_CONFIG_KEY, '{not json');
    expect(await bridge.config.load()).toBeNull();
    storage.setItem(BROWSER_CONFIG_KEY, JSON.stringify({ ...validConfig(), schemaVersion: 0 }));
    expect(await bridge.config.load()).toBeNull();
  });

  test('an invalid configuration is refused with the schema’s Indonesian message', async () => {
    const { bridge, storage } = bridgeWith();
    expect(await bridge.config.save(validConfig({ counters: [] }))).toEqual({
      ok: false,
      message: 'Pengaturan tidak valid: Tambahkan sedikitnya satu loket',
    });
    expect(storage.length).toBe(0);
  });

  test('a full or blocked storage is a message, not an exception', async () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const { bridge } = bridgeWith(storage);
    const result = await bridge.config.save(validConfig());
    expect(result.ok).toBe(false);
  });

  test('keeps the sync enrolment under its own key, and forgets it on clear', async () => {
    const { bridge, storage } = bridgeWith();
    const credentials = {
      serverUrl: 'http://127.0.0.1:8787',
      token: 'tKn_4f9a1c77e2b04d8fa0d3c1b2e5f6a7b8c9d0e1f2a3b4',
      deviceId: '0193a5c4-7d2e-7b61-9f3a-2c4d5e6f7a8b',
      centreId: 'brslu-gau-mabaji',
    };
    expect(await bridge.sync.loadCredentials()).toBeNull();
    expect(await bridge.sync.saveCredentials(credentials)).toEqual({ ok: true });
    expect(JSON.parse(storage.getItem(BROWSER_SYNC_CREDENTIALS_KEY) ?? '')).toEqual(credentials);
    expect(await bridge.sync.loadCredentials()).toEqual(credentials);
    // The configuration is a separate thing.
    expect(await bridge.config.load()).toBeNull();
    await bridge.sync.clearCredentials();
    expect(await bridge.sync.loadCredentials()).toBeNull();
    expect(storage.length).toBe(0);
  });

  test('stored credentials that fail the schema count as not enrolled; invalid ones are refused', async () => {
    const { bridge, storage } = bridgeWith();
    storage.setItem(BROWSER_SYNC_CREDENTIALS_KEY, '{"serverUrl":');
    expect(await bridge.sync.loadCredentials()).toBeNull();
    storage.setItem(
      BROWSER_SYNC_CREDENTIALS_KEY,
      JSON.stringify({ serverUrl: 'javascript:alert(1)', token: 'x', deviceId: 'y', centreId: '' }),
    );
    expect(await bridge.sync.loadCredentials()).toBeNull();
    storage.clear();
    const result = await bridge.sync.saveCredentials({
      serverUrl: 'ftp://192.168.1.10',
      token: 'tKn_4f9a1c77e2b04d8fa0d3c1b2e5f6a7b8c9d0e1f2a3b4',
      deviceId: '0193a5c4-7d2e-7b61-9f3a-2c4d5e6f7a8b',
      centreId: 'brslu-gau-mabaji',
    });
    expect(result).toEqual({
      ok: false,
      message:
        'Data pendaftaran server tidak valid: Alamat server harus diawali http:// atau https://',
    });
    expect(storage.length).toBe(0);
  });

  test('printing switched off answers printer_disabled without touching the page', async () => {
    const { bridge } = bridgeWith();
    await bridge.config.save(
      validConfig({ printer: { deviceName: '', paperWidthMm: 58, enabled: false } }),
    );
    expect(await bridge.printer.printTicket(sampleTicket())).toMatchObject({
      ok: false,
      reason: 'printer_disabled',
    });
  });

  test('printing fails softly where there is no DOM to print from', async () => {
    const { bridge } = bridgeWith();
    await bridge.config.save(validConfig());
    expect(await bridge.printer.printTicket(sampleTicket())).toMatchObject({
      ok: false,
      reason: 'failed',
    });
  });

  test('no printers to list, and one display: this screen', async () => {
    const { bridge } = bridgeWith();
    expect(await bridge.printer.list()).toEqual([]);
    expect(await bridge.displays.list()).toEqual([
      { id: 0, label: 'Layar ini (1920×1080)', primary: true, width: 1920, height: 1080 },
    ]);
  });

  test('the kiosk exit checks the supervisor PIN and locks after five wrong ones', async () => {
    let now = 0;
    const { bridge } = bridgeWith(new MemoryStorage(), () => now);
    expect(await bridge.kiosk.exit('2468')).toEqual({
      ok: false,
      message: 'Aplikasi belum diatur.',
    });
    await bridge.config.save(validConfig({ supervisorPinHash: await hashPin('2468') }));
    expect(await bridge.kiosk.exit('2468')).toEqual({ ok: true });
    for (let i = 0; i < 4; i++) await bridge.kiosk.exit('1111');
    expect(await bridge.kiosk.exit('1111')).toEqual({
      ok: false,
      message: 'Terlalu banyak PIN salah. Coba lagi dalam 5 menit.',
    });
    expect((await bridge.kiosk.exit('2468')).ok).toBe(false);
    now = 5 * 60_000;
    expect(await bridge.kiosk.exit('2468')).toEqual({ ok: true });
  }, 20_000);
});
