// The installation's configuration on disk: userData/installation.json. Validated on the way in
// and out; written atomically (data-file.ts) so a power cut mid-save leaves the old file or the
// new one, never half of each. A file that cannot be read as a valid configuration is moved aside
// — kept for a technician, not deleted — and the app starts first-run setup again.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SaveResult } from '../core/bridge/bridge.ts';
import { type InstallationConfig, installationConfigSchema } from '../core/centre/config.ts';
import { moveAside, writeFileAtomic } from './data-file.ts';
import { describeIssue, indonesianErrors } from './zod-message.ts';

export const CONFIG_FILE = 'installation.json';

export interface LoadedConfig {
  config: InstallationConfig | null;
  /** Where an unreadable or invalid file was moved, when that happened. */
  movedAsideTo?: string;
  /** Why the file was not used, for the log. */
  problem?: string;
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

  const moved = await moveAside(path, now);
  return 'movedAsideTo' in moved
    ? { config: null, movedAsideTo: moved.movedAsideTo, problem }
    : { config: null, problem: `${problem}; gagal dipindahkan: ${moved.failure}` };
}

export async function saveInstallationConfig(dir: string, config: unknown): Promise<SaveResult> {
  const parsed = installationConfigSchema.safeParse(config, { error: indonesianErrors });
  if (!parsed.success) {
    return { ok: false, message: `Pengaturan tidak valid: ${describeIssue(parsed.error)}` };
  }
  try {
    await writeFileAtomic(dir, CONFIG_FILE, `${JSON.stringify(parsed.data, null, 2)}\n`);
    return { ok: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'tidak diketahui';
    return {
      ok: false,
      message: `Pengaturan gagal disimpan (${code}). Periksa ruang disk dan izin folder data aplikasi.`,
    };
  }
}
