// The real desktop app, end to end: launch the built main process with a prepared configuration,
// see one window per configured role, reach the bridge from a page, and print a ticket to PDF.
// Extra to the Node tests of every decision (tests/electron): it needs the Electron binary, which
// is often absent (ELECTRON_SKIP_BINARY_DOWNLOAD=1), and then it skips and says why.
//
// The binary is located without `require('electron')`: that module downloads Electron when the
// binary is missing, which must never happen from a test run.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import { renderTicketHtml, ticketPaperSizeMm } from '../../core/ticket/ticket-html.ts';
import { demoConfig } from '../support/installation.ts';

const root = resolve(import.meta.dirname, '../..');

function electronBinary(): { path?: string; reason?: string } {
  const pkg = join(root, 'node_modules', 'electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  let relative = 'electron';
  try {
    relative = readFileSync(join(pkg, 'path.txt'), 'utf8').trim();
  } catch {
    if (!override) {
      return {
        reason:
          'Electron binary not installed (node_modules/electron/path.txt missing; installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)',
      };
    }
  }
  const binary = override ? join(override, relative) : join(pkg, 'dist', relative);
  if (!existsSync(binary)) return { reason: `Electron binary not found at ${binary}` };
  return { path: binary };
}

function skipReason(): string | undefined {
  const binary = electronBinary();
  if (!binary.path) return binary.reason;
  for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!existsSync(join(root, built)))
      return `${built} missing: run \`npx electron-vite build\` first`;
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no display server (run under xvfb-run)';
  }
  return undefined;
}

// biome-ignore lint/correctness/noEmptyPattern: Playwright needs a destructured first argument; this test uses no fixture.
test('the configured windows open and a ticket prints to PDF', async ({}, testInfo) => {
  const reason = skipReason();
  if (reason) console.log(`[electron-smoke] skipped: ${reason}`);
  test.skip(reason !== undefined, reason);

  const userData = mkdtempSync(join(tmpdir(), 'serasi-electron-'));
  const config = await demoConfig({
    printer: { deviceName: '', paperWidthMm: 58, enabled: true },
  });
  writeFileSync(join(userData, 'installation.json'), JSON.stringify(config));

  const app = await _electron.launch({
    executablePath: electronBinary().path,
    args: ['.'],
    cwd: root,
    env: { ...process.env, SERASI_USER_DATA_DIR: userData },
  });
  try {
    await expect
      .poll(
        () =>
          app
            .windows()
            .map((w) => w.url().replace(/^[^#]*/, ''))
            .sort(),
        {
          timeout: 20_000,
        },
      )
      .toEqual(['#/console', '#/display', '#/kiosk']);

    const kiosk = app.windows().find((w) => w.url().endsWith('#/kiosk'));
    if (!kiosk) throw new Error('no kiosk window');
    expect(new URL(kiosk.url()).origin).toBe('app://serasi');
    expect(await kiosk.evaluate(() => window.serasi?.kind)).toBe('electron');
    expect(
      await kiosk.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
    ).toBe('undefined');
    const loaded = await kiosk.evaluate(() => window.serasi?.config.load());
    expect(loaded?.balai.id).toBe('brslu-gau-mabaji');

    const html = await renderTicketHtml(
      {
        ticketId: '0193a5c4-7d2e-7b61-9f3a-2c4d5e6f7a8b',
        number: 'A-012',
        serviceName: 'Asesmen dan Rujukan',
        centreName: 'Gau Mabaji',
        issuedAt: Date.now(),
        timeZone: 'Asia/Makassar',
        peopleAhead: 3,
        emergency: false,
      },
      58,
    );
    const size = ticketPaperSizeMm(58);
    const pdfBase64 = await app.evaluate(
      async ({ BrowserWindow }, { html, size }) => {
        const window = new BrowserWindow({
          show: false,
          webPreferences: { sandbox: true, javascript: false },
        });
        try {
          await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
          const pdf = await window.webContents.printToPDF({
            printBackground: true,
            preferCSSPageSize: true,
            margins: { top: 0, bottom: 0, left: 0, right: 0 },
            pageSize: { width: size.width / 25.4, height: size.height / 25.4 },
          });
          return pdf.toString('base64');
        } finally {
          window.destroy();
        }
      },
      { html, size },
    );
    const pdfPath = testInfo.outputPath('electron-ticket-58mm.pdf');
    writeFileSync(pdfPath, Buffer.from(pdfBase64, 'base64'));
    const pdf = readFileSync(pdfPath).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const box = pdf
      .match(/\/MediaBox\s*\[\s*([-\d.\s]+)\]/)?.[1]
      ?.trim()
      .split(/\s+/)
      .map(Number);
    expect(Math.abs((box?.[2] ?? 0) - (58 * 72) / 25.4)).toBeLessThanOrEqual(1);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});

// biome-ignore lint/correctness/noEmptyPattern: Playwright needs a destructured first argument; this test uses no fixture.
test('a crashed kiosk page comes back by itself while the console keeps working', async ({}) => {
  const reason = skipReason();
  if (reason) console.log(`[electron-smoke] skipped: ${reason}`);
  test.skip(reason !== undefined, reason);

  const userData = mkdtempSync(join(tmpdir(), 'serasi-electron-'));
  writeFileSync(join(userData, 'installation.json'), JSON.stringify(await demoConfig()));
  const app = await _electron.launch({
    executablePath: electronBinary().path,
    args: ['.'],
    cwd: root,
    env: { ...process.env, SERASI_USER_DATA_DIR: userData },
  });
  try {
    await expect.poll(() => app.windows().length, { timeout: 20_000 }).toBe(3);
    const crashed = await app.evaluate(({ webContents }) => {
      const kiosk = webContents.getAllWebContents().find((w) => w.getURL().endsWith('#/kiosk'));
      kiosk?.forcefullyCrashRenderer();
      return kiosk?.id ?? null;
    });
    expect(crashed).not.toBeNull();
    // electron/recovery.ts reloads it a second later; the same window shows the kiosk again.
    await expect
      .poll(
        () =>
          app.evaluate(async ({ webContents }, id) => {
            const kiosk = webContents.fromId(id as number);
            if (!kiosk || kiosk.isCrashed() || kiosk.isLoading()) return false;
            return kiosk.executeJavaScript('document.querySelector("main") !== null');
          }, crashed),
        { timeout: 20_000 },
      )
      .toBe(true);
    const consoleAnswers = await app.evaluate(({ webContents }) => {
      const console = webContents.getAllWebContents().find((w) => w.getURL().endsWith('#/console'));
      return console && !console.isCrashed()
        ? console.executeJavaScript('document.title.length >= 0')
        : false;
    });
    expect(consoleAnswers).toBe(true);
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
