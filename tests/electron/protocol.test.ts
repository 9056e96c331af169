import { join, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { appContentSecurityPolicy, contentSecurityPolicy } from '../../electron/csp.ts';
import { contentTypeFor, handleAppRequest, resolveAppPath } from '../../electron/protocol.ts';

const root = resolve('/srv/serasi/out/renderer');

describe('resolveAppPath', () => {
  test('maps the app page and its assets into the renderer folder', () => {
    expect(resolveAppPath('app://serasi/index.html', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://serasi/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://serasi/assets/index-Bx1.js', root)).toBe(
      join(root, 'assets', 'index-Bx1.js'),
    );
    expect(resolveAppPath('app://serasi/audio/ding%20dong.mp3', root)).toBe(
      join(root, 'audio', 'ding dong.mp3'),
    );
  });

  test('ignores the hash route and the query', () => {
    expect(resolveAppPath('app://serasi/index.html#/kiosk', root)).toBe(join(root, 'index.html'));
    expect(resolveAppPath('app://serasi/index.html?v=2', root)).toBe(join(root, 'index.html'));
  });

  test.each([
    'app://serasi/../../etc/passwd',
    'app://serasi/assets/../../../etc/passwd',
    'app://serasi/%2e%2e/%2e%2e/etc/passwd',
    'app://serasi/%2E%2E/secret',
    'app://serasi/.%2e/secret',
    'app://serasi/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://serasi/..\\..\\windows\\win.ini',
    'app://serasi/assets\\..\\..\\secret',
    'app://serasi/%5c..%5csecret',
    'app://serasi//etc/passwd',
    'app://serasi/C:/Windows/win.ini',
    'app://serasi/index.html::$DATA',
    'app://serasi/index.html%00.png',
  ])('refuses a way out of the folder: %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  test.each([
    'app://evil/index.html',
    'app://serasi.evil.com/index.html',
    'app://serasi:8080/index.html',
    'app://user@serasi/index.html',
    'file:///etc/passwd',
    'https://serasi/index.html',
    'not a url',
  ])('refuses another host or scheme: %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });
});

describe('handleAppRequest', () => {
  const files = new Map([[join(root, 'index.html'), '<!doctype html><title>SERASI</title>']]);
  const read = async (path: string) => {
    const text = files.get(path);
    if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  };

  test('serves a file with its content type, the CSP and nosniff', async () => {
    const response = await handleAppRequest(new Request('app://serasi/index.html'), root, { read });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(appContentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('SERASI');
  });

  test('sends the policy it is given, e.g. one that lets the renderer reach the sync server', async () => {
    const policy = contentSecurityPolicy({ connectOrigins: ['http://192.168.1.10:8787'] });
    for (const url of ['app://serasi/index.html', 'app://serasi/nope.js']) {
      const response = await handleAppRequest(new Request(url), root, { read, policy });
      expect(response.headers.get('content-security-policy')).toBe(policy);
    }
  });

  test('answers 405 to anything but GET, still with the CSP', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD']) {
      const response = await handleAppRequest(
        new Request('app://serasi/index.html', { method }),
        root,
        { read },
      );
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
      expect(response.headers.get('content-security-policy')).toBe(appContentSecurityPolicy);
    }
  });

  test('never reads outside the renderer folder, whatever the URL parser made of it', async () => {
    // Chromium (and undici here) canonicalise dot segments before the handler sees the URL; what
    // is left must still land inside the folder, and a file that is not there is a 404.
    const touched: string[] = [];
    const spy = async (path: string) => {
      touched.push(path);
      return read(path);
    };
    for (const url of [
      'app://serasi/../../etc/passwd',
      'app://serasi/%2e%2e/%2e%2e/etc/passwd',
      'app://serasi/assets/..%5c..%5csecret',
    ]) {
      const response = await handleAppRequest(new Request(url), root, { read: spy });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(appContentSecurityPolicy);
    }
    for (const path of touched) expect(path.startsWith(root + sep)).toBe(true);
  });

  test('answers 404 to a missing file and to another host', async () => {
    expect(
      (await handleAppRequest(new Request('app://serasi/nope.js'), root, { read })).status,
    ).toBe(404);
    expect(
      (await handleAppRequest(new Request('app://evil/index.html'), root, { read })).status,
    ).toBe(404);
  });
});

test('content types for what Vite emits and the announcement audio', () => {
  expect(contentTypeFor('a/index-x.js')).toBe('text/javascript; charset=utf-8');
  expect(contentTypeFor('a/index-x.CSS')).toBe('text/css; charset=utf-8');
  expect(contentTypeFor('a/logo.svg')).toBe('image/svg+xml');
  expect(contentTypeFor('a/font.woff2')).toBe('font/woff2');
  expect(contentTypeFor('audio/ding.mp3')).toBe('audio/mpeg');
  expect(contentTypeFor('audio/ding.ogg')).toBe('audio/ogg');
  expect(contentTypeFor('a/blob.bin')).toBe('application/octet-stream');
});
