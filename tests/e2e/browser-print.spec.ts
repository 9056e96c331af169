// The browser bridge's ticket printing in real Chromium, under the app's strictest CSP (no inline
// styles): the hidden print frame gets the ticket with its layout applied, prints, and leaves no
// CSP violation behind; with printing switched off nothing is put on the page.
import { resolve } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { build, type Rolldown } from 'vite';
import type { PrintableTicket } from '../../core/bridge/bridge.ts';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { appContentSecurityPolicy } from '../../electron/csp.ts';
import { testConfig } from '../support/config.ts';

const origin = 'http://serasi.test';
let bridgeScript = '';

test.beforeAll(async () => {
  // The bridge alone, bundled for the page as `window.SerasiBrowserBridge`.
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(import.meta.dirname, '../../renderer/bridge/browser-bridge.ts'),
        formats: ['iife'],
        name: 'SerasiBrowserBridge',
      },
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const [first] = Array.isArray(output) ? output : [output];
  const chunk = first?.output.find((item) => item.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('bridge bundle missing');
  bridgeScript = chunk.code;
});

async function openPage(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.route(`${origin}/**`, (route) => {
    const isScript = route.request().url().endsWith('/bridge.js');
    return route.fulfill({
      status: 200,
      headers: {
        'Content-Type': isScript ? 'text/javascript' : 'text/html; charset=utf-8',
        'Content-Security-Policy': appContentSecurityPolicy,
      },
      body: isScript
        ? bridgeScript
        : '<!doctype html><html lang="id"><title>t</title><script src="/bridge.js"></script><body></body></html>',
    });
  });
  await page.goto(`${origin}/index.html`);
  return violations;
}

const config = (enabled: boolean): InstallationConfig =>
  testConfig({
    roles: [{ role: 'kiosk' }],
    printer: { deviceName: '', paperWidthMm: 58, enabled },
  });

const ticket: PrintableTicket = {
  ticketId: '0193a5c4-7d2e-7b61-9f3a-2c4d5e6f7a8b',
  number: 'A-012',
  serviceName: 'Asesmen dan Rujukan',
  centreName: 'Gau Mabaji',
  issuedAt: Date.UTC(2026, 10, 22, 1, 15),
  timeZone: 'Asia/Makassar',
  peopleAhead: 3,
  emergency: false,
};

interface BridgeWindow {
  SerasiBrowserBridge: typeof import('../../renderer/bridge/browser-bridge.ts');
}

test('a ticket prints from a hidden frame with its layout, under a CSP without inline styles', async ({
  page,
}) => {
  const violations = await openPage(page);
  const outcome = await page.evaluate(
    async ({ config, ticket }) => {
      const { createBrowserBridge } = (window as unknown as BridgeWindow).SerasiBrowserBridge;
      const bridge = createBrowserBridge();
      await bridge.config.save(config);
      const result = await bridge.printer.printTicket(ticket);
      const frame = document.querySelector('iframe');
      const number = frame?.contentDocument?.querySelector('.number');
      return {
        result,
        sandbox: frame?.getAttribute('sandbox'),
        numberFontPx: number ? Number.parseFloat(getComputedStyle(number).fontSize) : 0,
        text: frame?.contentDocument?.body.textContent ?? '',
      };
    },
    { config: config(true), ticket },
  );
  expect(outcome.result).toEqual({ ok: true });
  expect(outcome.sandbox).toBe('allow-same-origin allow-modals');
  // About 15 mm (56 px) on a 58 mm ticket: the ticket's stylesheet is in force, not the default 16 px.
  expect(outcome.numberFontPx).toBeGreaterThan(40);
  expect(outcome.text).toContain('3 orang di depan Anda');
  expect(violations).toEqual([]);
});

test('with printing switched off the kiosk is told so and nothing is added to the page', async ({
  page,
}) => {
  await openPage(page);
  const outcome = await page.evaluate(
    async ({ config, ticket }) => {
      const { createBrowserBridge } = (window as unknown as BridgeWindow).SerasiBrowserBridge;
      const bridge = createBrowserBridge();
      await bridge.config.save(config);
      const result = await bridge.printer.printTicket(ticket);
      return { result, frames: document.querySelectorAll('iframe').length };
    },
    { config: config(false), ticket },
  );
  expect(outcome.result).toMatchObject({ ok: false, reason: 'printer_disabled' });
  expect(outcome.frames).toBe(0);
});
