// The installation's configuration on disk: userData/installation.json. Validated on the way in
// and out; written atomically (temp file, fsync, rename) so a power cut mid-save leaves the old
// file or the new one, never half of each. A file that cannot be read as a valid configuration is
// moved aside — kept for a technician, not deleted — and the app starts first-run setup again.
import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SaveResult } from '../core/bridge/bridge.ts';
import { type InstallationConfig, installationConfigSchema } from '../core/centre/config.ts';
import { describeIssue, indonesianErrors } from './zod-message.ts';

export const CONFIG_FILE = 'installation.json';

export interface LoadedConfig {
  config: InstallationConfig | null;
  /** Where an unreadable or invalid file was moved, when that happened. */
  movedAsideTo?: string;
  /** Why the file was not used, for the log. */
  problem?: string;
}

/** A timestamp that is also a valid file name on Windows (no colons). */
function fileTime(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}

export function configPath(dir: string): string {
  return join(dir, CONFIG_FILE);
}

export async function loadInstallationConfig(
  dir: string,
  now: number = Date.now(),
): Promise<LoadedConfig> {
  const path = configPath(dir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { config: null };
    // Unreadable (permissions, a directory in its place): setup cannot fix that by overwriting.
    return { config: null, problem: `tidak dapat dibaca: ${(error as Error).message}` };
  }

  let problem: string;
  try {
    const parsed = installationConfigSchema.safeParse(JSON.parse(text), {
      error: indonesianErrors,
    });
    if (parsed.success) return { config: parsed.data };
    problem = `tidak valid: ${describeIssue(parsed.error)}`;
  } catch {
    problem = 'bukan JSON yang utuh';
  }

  const aside = `${path}.corrupt-${fileTime(now)}`;
  try {
    await rename(path, aside);
    return { config: null, movedAsideTo: aside, problem };
  } catch (error) {
    return { config: null, problem: `${problem}; gagal dipindahkan: ${(error as Error).message}` };
  }
}

// Windows may briefly hold the target open (antivirus, indexer): a rename then fails with one of
// these and succeeds a moment later.
const transientRenameCodes = new Set(['EPERM', 'EACCES', 'EBUSY']);

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (attempt >= 4 || !transientRenameCodes.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
    }
  }
}

export async function saveInstallationConfig(dir: string, config: unknown): Promise<SaveResult> {
  const parsed = installationConfigSchema.safeParse(config, { error: indonesianErrors });
  if (!parsed.success) {
    return { ok: false, message: `Pengaturan tidak valid: ${describeIssue(parsed.error)}` };
  }
  const path = configPath(dir);
  const temp = `${path}.tmp-${randomUUID()}`;
  try {
    await mkdir(dir, { recursive: true });
    const file = await open(temp, 'w', 0o600);
    try {
      await file.writeFile(`${JSON.stringify(parsed.data, null, 2)}\n`, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await renameWithRetry(temp, path);
    await syncDirectory(dir);
    return { ok: true };
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code ?? 'tidak diketahui';
    return {
      ok: false,
      message: `Pengaturan gagal disimpan (${code}). Periksa ruang disk dan izin folder data aplikasi.`,
    };
  }
}

/** Makes the rename itself durable on POSIX; Windows cannot open a directory and needs no call. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the data itself is already on disk.
  }
}
