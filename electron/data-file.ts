// The two disk operations every file the main process keeps in userData needs: an atomic write
// (temp file, fsync, rename, fsync of the folder) so a power cut mid-save leaves the old file or the
// new one, never half of each; and moving an unusable file aside — kept for a technician, not
// deleted — so the next start begins clean. Used by config-store.ts and credentials.ts.
import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** A timestamp that is also a valid file name on Windows (no colons). */
function fileTime(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
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

/**
 * Writes `dir/name` atomically, readable by this user only, creating `dir` if needed. Throws the
 * file system's error (with its `code`) and leaves no temp file behind.
 */
export async function writeFileAtomic(
  dir: string,
  name: string,
  data: string | Uint8Array,
): Promise<void> {
  const path = join(dir, name);
  const temp = `${path}.tmp-${randomUUID()}`;
  try {
    await mkdir(dir, { recursive: true });
    const file = await open(temp, 'w', 0o600);
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await renameWithRetry(temp, path);
    await syncDirectory(dir);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

export type MoveAsideResult = { movedAsideTo: string } | { failure: string };

/** Renames `path` to `path.corrupt-<time>`; never throws. */
export async function moveAside(path: string, now: number): Promise<MoveAsideResult> {
  const aside = `${path}.corrupt-${fileTime(now)}`;
  try {
    await rename(path, aside);
    return { movedAsideTo: aside };
  } catch (error) {
    return { failure: (error as Error).message };
  }
}
