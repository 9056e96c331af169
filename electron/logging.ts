// The app's log: electron-log's file transport in <userData>/logs, rotated by size so a kiosk that
// runs for months never fills its disk (main.log, then main.1.log … main.5.log, oldest dropped),
// and exported as one text file a supervisor can send to support. Operational messages only: the
// callers never log a visitor's NIK, name or answers.
import { renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, parse } from 'node:path';
import type { NodeLogger } from 'electron-log';

export const logDefaults = {
  /** One file's size before it is rotated. */
  maxBytes: 1024 * 1024,
  /** Rotated files kept besides the current one. */
  keep: 5,
} as const;

/** main.log → main.1.log; main.1.log → main.2.log …; the one past `keep` is deleted. */
export function rotatedName(path: string, n: number): string {
  const { dir, name, ext } = parse(path);
  return join(dir, `${name}.${n}${ext}`);
}

/** Moves `path` to .1 and every older file one step on, synchronously (electron-log asks so). */
export function rotateLogFile(path: string, keep: number): void {
  rmSync(rotatedName(path, keep), { force: true });
  for (let n = keep - 1; n >= 1; n--) {
    try {
      renameSync(rotatedName(path, n), rotatedName(path, n + 1));
    } catch {
      // A gap in the series (a file deleted by hand) is no reason to stop rotating.
    }
  }
  renameSync(path, rotatedName(path, 1));
}

export interface LogSettings {
  dir: string;
  maxBytes?: number;
  keep?: number;
}

/** Points the logger's file transport at `dir`, with rotation; returns the current file's path. */
export function setUpLogFile(log: NodeLogger, settings: LogSettings): string {
  const path = join(settings.dir, 'main.log');
  const keep = settings.keep ?? logDefaults.keep;
  const file = log.transports.file;
  file.resolvePathFn = () => path;
  file.maxSize = settings.maxBytes ?? logDefaults.maxBytes;
  file.format = '[{y}-{m}-{d} {h}:{i}:{s}.{ms}] [{level}]{scope} {text}';
  file.archiveLogFn = (old) => {
    try {
      rotateLogFile(old.path, keep);
    } catch (error) {
      console.error(`[serasi:log] rotasi log gagal: ${String(error)}`);
    }
  };
  return path;
}

/**
 * Every log file, oldest first, as one text for support: a header naming the PC and the app, then
 * each file under its name. Missing files are skipped.
 */
export async function collectLogs(
  currentPath: string,
  header: string[],
  keep: number = logDefaults.keep,
): Promise<string> {
  const parts = [...header, ''];
  for (let n = keep; n >= 0; n--) {
    const path = n === 0 ? currentPath : rotatedName(currentPath, n);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      continue;
    }
    parts.push(`===== ${parse(path).base} =====`, text.trimEnd(), '');
  }
  return `${parts.join('\n')}\n`;
}
