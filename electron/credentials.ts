// The device's sync credentials on disk: userData/sync-credentials.bin holds the JSON of
// SyncCredentials encrypted with Electron's safeStorage (Keychain, DPAPI, libsecret/KWallet), so
// the token is never on disk in the clear. Written atomically (data-file.ts). A file that cannot
// be decrypted or read as credentials is moved aside and the device counts as not enrolled; a PC
// whose secret store is not available right now keeps the file and reports it. safeStorage comes
// in as a parameter, so this runs in Node with a fake. Nothing here logs the token.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SafeStorage } from 'electron';
import {
  type SaveResult,
  type SyncCredentials,
  syncCredentialsSchema,
} from '../core/bridge/bridge.ts';
import { moveAside, writeFileAtomic } from './data-file.ts';
import { describeIssue, indonesianErrors } from './zod-message.ts';

export const CREDENTIALS_FILE = 'sync-credentials.bin';

/** The part of Electron's safeStorage used here (the asynchronous API of Electron 45). */
export type CredentialCipher = Pick<
  SafeStorage,
  | 'isAsyncEncryptionAvailable'
  | 'encryptStringAsync'
  | 'decryptStringAsync'
  | 'getSelectedStorageBackend'
>;

export interface CredentialStoreDeps {
  cipher: CredentialCipher;
  /** `process.platform`: the secret store backend is only reported on Linux. */
  platform: NodeJS.Platform;
  log: (message: string) => void;
  now?: () => number;
}

export interface LoadedCredentials {
  credentials: SyncCredentials | null;
  /** Where an undecryptable or invalid file was moved, when that happened. */
  movedAsideTo?: string;
  /** Why the file was not used, for the log. */
  problem?: string;
}

export const credentialMessages = {
  encryptionUnavailable:
    'Penyimpanan aman sistem operasi belum tersedia di PC ini, sehingga kunci server tidak dapat disimpan. Masuk ke Windows/Linux dengan akun pengguna PC ini, lalu coba lagi; bila tetap gagal, hubungi teknisi.',
  invalid: 'Data pendaftaran server tidak valid',
  saveFailed: 'Pendaftaran server gagal disimpan',
} as const;

export function credentialsPath(dir: string): string {
  return join(dir, CREDENTIALS_FILE);
}

async function encryptionAvailable(cipher: CredentialCipher): Promise<boolean> {
  try {
    return await cipher.isAsyncEncryptionAvailable();
  } catch {
    return false;
  }
}

type Reading = { credentials: SyncCredentials; shouldReEncrypt: boolean } | { problem: string };

async function decryptCredentials(encrypted: Buffer, cipher: CredentialCipher): Promise<Reading> {
  let plain: { result: string; shouldReEncrypt: boolean };
  try {
    plain = await cipher.decryptStringAsync(encrypted);
  } catch {
    // Another user's or another PC's key, or damaged bytes: this PC can never read it.
    return { problem: 'tidak dapat didekripsi' };
  }
  let json: unknown;
  try {
    json = JSON.parse(plain.result);
  } catch {
    return { problem: 'bukan JSON yang utuh' };
  }
  const parsed = syncCredentialsSchema.safeParse(json, { error: indonesianErrors });
  if (!parsed.success) return { problem: `tidak valid: ${describeIssue(parsed.error)}` };
  return { credentials: parsed.data, shouldReEncrypt: plain.shouldReEncrypt };
}

export async function loadSyncCredentials(
  dir: string,
  deps: CredentialStoreDeps,
): Promise<LoadedCredentials> {
  const path = credentialsPath(dir);
  let encrypted: Buffer;
  try {
    encrypted = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { credentials: null };
    return { credentials: null, problem: `tidak dapat dibaca: ${(error as Error).message}` };
  }
  // The key may come back (a locked keyring, a session not fully started): keep the file.
  if (!(await encryptionAvailable(deps.cipher))) {
    return { credentials: null, problem: 'penyimpanan aman sistem tidak tersedia' };
  }

  const reading = await decryptCredentials(encrypted, deps.cipher);
  if ('credentials' in reading) {
    if (reading.shouldReEncrypt) await reEncrypt(dir, reading.credentials, deps);
    return { credentials: reading.credentials };
  }
  const { problem } = reading;
  const moved = await moveAside(path, (deps.now ?? Date.now)());
  return 'movedAsideTo' in moved
    ? { credentials: null, movedAsideTo: moved.movedAsideTo, problem }
    : { credentials: null, problem: `${problem}; gagal dipindahkan: ${moved.failure}` };
}

/** The secret store's key was rotated: write the same credentials again under the new key. */
async function reEncrypt(dir: string, credentials: SyncCredentials, deps: CredentialStoreDeps) {
  const saved = await saveSyncCredentials(dir, credentials, deps);
  if (!saved.ok) deps.log(`enkripsi ulang gagal: ${saved.message}`);
}

export async function saveSyncCredentials(
  dir: string,
  credentials: unknown,
  deps: CredentialStoreDeps,
): Promise<SaveResult> {
  const parsed = syncCredentialsSchema.safeParse(credentials, { error: indonesianErrors });
  if (!parsed.success) {
    return { ok: false, message: `${credentialMessages.invalid}: ${describeIssue(parsed.error)}` };
  }
  if (!(await encryptionAvailable(deps.cipher))) {
    deps.log('penyimpanan aman sistem tidak tersedia; pendaftaran server tidak disimpan');
    return { ok: false, message: credentialMessages.encryptionUnavailable };
  }
  if (deps.platform === 'linux' && deps.cipher.getSelectedStorageBackend() === 'basic_text') {
    // No keyring on this desktop: Chromium encrypts with a fixed key. Still better than plain
    // JSON, and a kiosk PC without a keyring must be able to sync, but a technician should know.
    deps.log(
      'peringatan: tidak ada gantungan kunci sistem (basic_text); kunci server hanya disamarkan. Pasang gnome-keyring atau KWallet.',
    );
  }
  try {
    const encrypted = await deps.cipher.encryptStringAsync(JSON.stringify(parsed.data));
    await writeFileAtomic(dir, CREDENTIALS_FILE, encrypted);
    return { ok: true };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'tidak diketahui';
    deps.log(`pendaftaran server gagal disimpan (${code})`);
    return {
      ok: false,
      message: `${credentialMessages.saveFailed} (${code}). Periksa ruang disk dan izin folder data aplikasi.`,
    };
  }
}

/** Forgets the enrolment: the next start is not enrolled. */
export async function clearSyncCredentials(dir: string): Promise<void> {
  await rm(credentialsPath(dir), { force: true });
}
