// The app's log on disk, written by the real electron-log (its Node entry, the same file transport
// the main process uses): rotation keeps a bounded set of files, and the support export holds them
// all, oldest first.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import log from 'electron-log/node';
import { afterEach, expect, test } from 'vitest';
import { collectLogs, rotatedName, setUpLogFile } from '../../electron/logging.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function logDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'serasi-log-'));
  dirs.push(dir);
  return dir;
}

test('a long-running PC keeps the current log and five rotated ones, none past its size', async () => {
  const dir = logDir();
  const logger = log.create({ logId: 'rotation' });
  logger.transports.console.level = false;
  const path = setUpLogFile(logger, { dir, maxBytes: 4_000, keep: 5 });

  for (let i = 1; i <= 1_000; i++) logger.info(`antrean dipanggil ${String(i).padStart(4, '0')}`);

  expect(readdirSync(dir).sort()).toEqual([
    'main.1.log',
    'main.2.log',
    'main.3.log',
    'main.4.log',
    'main.5.log',
    'main.log',
  ]);
  for (const name of readdirSync(dir)) {
    // electron-log rotates once a write has taken the file past the limit: one line over at most.
    expect(statSync(join(dir, name)).size).toBeLessThan(4_000 + 100);
  }

  const exported = await collectLogs(path, ['SERASI Desk 0.1.0', 'PC: Loket 2'], 5);
  expect(exported.startsWith('SERASI Desk 0.1.0\nPC: Loket 2\n')).toBe(true);
  // Oldest file first, the newest line last; the earliest lines were rotated away.
  const order = ['main.5.log', 'main.4.log', 'main.3.log', 'main.2.log', 'main.1.log', 'main.log'];
  const positions = order.map((name) => exported.indexOf(`===== ${name} =====`));
  expect(positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] ?? 0)))).toBe(true);
  expect(exported.trimEnd().endsWith('antrean dipanggil 1000')).toBe(true);
  expect(exported).not.toContain('antrean dipanggil 0001');
});

test('the export skips files that are not there, and names the rotated ones in order', async () => {
  const dir = logDir();
  const logger = log.create({ logId: 'short' });
  logger.transports.console.level = false;
  const path = setUpLogFile(logger, { dir });
  logger.warn('printer tidak ditemukan');

  const exported = await collectLogs(path, ['SERASI Desk']);
  expect(exported).toContain('===== main.log =====');
  expect(exported).not.toContain('main.1.log');
  expect(exported).toMatch(/\[warn\]\s+printer tidak ditemukan/);
  expect(rotatedName(path, 2)).toBe(join(dir, 'main.2.log'));
});
