import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { describe, expect, test } from 'vitest';
import { hardenSession, hardenWebContents, isAppUrl } from '../../electron/security.ts';

describe('isAppUrl', () => {
  test.each(['app://serasi/index.html', 'app://serasi/index.html#/kiosk', 'app://serasi/'])(
    'the app itself: %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  test.each([
    'https://evil.example/index.html',
    'http://serasi/index.html',
    'file:///C:/Users/Public/index.html',
    'app://evil/index.html',
    'app://serasi.evil.example/index.html',
    'app://user@serasi/index.html',
    'app://serasi:99/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    '',
  ])('anything else: %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

class FakeWebContents extends EventEmitter {
  openHandler?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
}

function navigationEvent(url: string) {
  const event = { url, defaultPrevented: false, preventDefault() {} };
  event.preventDefault = () => {
    event.defaultPrevented = true;
  };
  return event;
}

describe('hardenWebContents', () => {
  function hardened() {
    const contents = new FakeWebContents();
    const log: string[] = [];
    hardenWebContents(contents as unknown as WebContents, (line) => log.push(line));
    return { contents, log };
  }

  test('a page cannot navigate away from the app', () => {
    const { contents, log } = hardened();
    const away = navigationEvent('https://evil.example/phish');
    contents.emit('will-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    expect(log.join('\n')).toContain('https://evil.example/phish');

    const inside = navigationEvent('app://serasi/index.html#/console');
    contents.emit('will-navigate', inside);
    expect(inside.defaultPrevented).toBe(false);
  });

  test('a redirect cannot replace the app page', () => {
    const { contents } = hardened();
    const redirect = navigationEvent('https://evil.example/');
    contents.emit('will-redirect', redirect);
    expect(redirect.defaultPrevented).toBe(true);
    const local = navigationEvent('app://serasi/index.html');
    contents.emit('will-redirect', local);
    expect(local.defaultPrevented).toBe(false);
  });

  test('no new windows, not even of the app', () => {
    const { contents } = hardened();
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://serasi/index.html' })).toEqual({ action: 'deny' });
  });

  test('no <webview>', () => {
    const { contents } = hardened();
    const event = navigationEvent('');
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });
});

test('hardenSession denies every permission request and check', () => {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const fakeSession = {
    setPermissionRequestHandler: (h: never) => {
      handlers.request = h;
    },
    setPermissionCheckHandler: (h: never) => {
      handlers.check = h;
    },
    setDevicePermissionHandler: (h: never) => {
      handlers.device = h;
    },
  };
  const log: string[] = [];
  hardenSession(fakeSession as unknown as Session, (line) => log.push(line));

  for (const permission of [
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'fullscreen',
  ]) {
    let granted: boolean | undefined;
    const request = handlers.request as unknown as (
      c: unknown,
      p: string,
      cb: (g: boolean) => void,
    ) => void;
    request({}, permission, (g) => {
      granted = g;
    });
    expect(granted, permission).toBe(false);
    const check = handlers.check as unknown as (c: unknown, p: string) => boolean;
    expect(check({}, permission)).toBe(false);
  }
  expect((handlers.device as unknown as () => boolean)()).toBe(false);
  expect(log).toContain('izin ditolak: media');
});
