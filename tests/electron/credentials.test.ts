// The sync credentials on disk, with Electron's safeStorage replaced by a real cipher under a key
// this test holds (as the OS keychain would): what is on disk, what reads back, and what happens
// when the file or the secret store is not what it should be.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { SyncCredentials } from '../../core/bridge/bridge.ts';
import {
  CREDENTIALS_FILE,
  type CredentialCipher,
  type CredentialStoreDeps,
  clearSyncCredentials,
  credentialMessages,
  loadSyncCredentials,
  saveSyncCredentials,
} from '../../electron/credentials.ts';

const TOKEN = 'tKn_4f9a1c77e2b04d8fa0d3c1b2e5f6a7b8c9d0e1f2a3b4';

function sampleCredentials(overrides: Partial<SyncCredentials> = {}): SyncCredentials {
  return {
    serverUrl: 'http://192.168.1.10:8787',
    token: TOKEN,
    deviceId: '0193a5c4-7d2e-7b61-9f3a-2c4d5e6f7a8b',
    centreId: 'brslu-gau-mabaji',
    ...overrides,
  };
}

/** AES-256-GCM under one key, the way the OS secret store keeps a key per user. */
class FakeSafeStorage implements CredentialCipher {
  available = true;
  backend: ReturnType<CredentialCipher['getSelectedStorageBackend']> = 'gnome_libsecret';
  rotated = false;
  constructor(readonly key: Buffer = randomBytes(32)) {}

  async isAsyncEncryptionAvailable() {
    return this.available;
  }
  async encryptStringAsync(plainText: string) {
    if (!this.available) throw new Error('Encryption is not available.');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from('v11'), iv, cipher.getAuthTag(), body]);
  }
  async decryptStringAsync(encrypted: Buffer) {
    const iv = encrypted.subarray(3, 15);
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAuthTag(encrypted.subarray(15, 31));
    const result = Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]);
    return { result: result.toString('utf8'), shouldReEncrypt: this.rotated };
  }
  getSelectedStorageBackend() {
    return this.backend;
  }
}

let dir: string;
let cipher: FakeSafeStorage;
let logged: string[];

function deps(overrides: Partial<CredentialStoreDeps> = {}): CredentialStoreDeps {
  return {
    cipher,
    platform: 'linux',
    log: (line) => logged.push(line),
    now: () => Date.UTC(2026, 10, 22, 1, 15, 30, 123),
    ...overrides,
  };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'serasi-credentials-'));
  cipher = new FakeSafeStorage();
  logged = [];
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  // Whatever happened, no log line carries the token.
  for (const line of logged) expect(line).not.toContain(TOKEN);
});

describe('sync credentials on disk', () => {
  test('a PC that never enrolled has none', async () => {
    expect(await loadSyncCredentials(dir, deps())).toEqual({ credentials: null });
  });

  test('saved credentials read back the same, and only the cipher text is on disk', async () => {
    expect(await saveSyncCredentials(dir, sampleCredentials(), deps())).toEqual({ ok: true });
    expect(await loadSyncCredentials(dir, deps())).toEqual({ credentials: sampleCredentials() });
    // Atomic write: no temp file left.
    expect(await readdir(dir)).toEqual([CREDENTIALS_FILE]);
    const onDisk = await readFile(join(dir, CREDENTIALS_FILE));
    expect(onDisk.includes(TOKEN)).toBe(false);
    expect(onDisk.includes('192.168.1.10')).toBe(false);
    expect(onDisk.includes('brslu-gau-mabaji')).toBe(false);
  });

  test('a second enrolment replaces the first; clearing forgets it', async () => {
    await saveSyncCredentials(dir, sampleCredentials(), deps());
    await saveSyncCredentials(
      dir,
      sampleCredentials({ serverUrl: 'https://sync.example.id' }),
      deps(),
    );
    expect((await loadSyncCredentials(dir, deps())).credentials?.serverUrl).toBe(
      'https://sync.example.id',
    );
    await clearSyncCredentials(dir);
    expect(await loadSyncCredentials(dir, deps())).toEqual({ credentials: null });
    // Clearing what is not there is fine too.
    await clearSyncCredentials(dir);
  });

  test('without a secret store nothing is written, and the staff member is told why', async () => {
    cipher.available = false;
    const result = await saveSyncCredentials(dir, sampleCredentials(), deps());
    expect(result).toEqual({ ok: false, message: credentialMessages.encryptionUnavailable });
    expect(await readdir(dir)).toEqual([]);
  });

  test('a secret store that is away at start keeps the file for when it is back', async () => {
    await saveSyncCredentials(dir, sampleCredentials(), deps());
    cipher.available = false;
    const loaded = await loadSyncCredentials(dir, deps());
    expect(loaded.credentials).toBeNull();
    expect(loaded.problem).toBe('penyimpanan aman sistem tidak tersedia');
    expect(await readdir(dir)).toEqual([CREDENTIALS_FILE]);
    cipher.available = true;
    expect((await loadSyncCredentials(dir, deps())).credentials).toEqual(sampleCredentials());
  });

  test('a Linux desktop without a keyring (basic_text) still stores, with a warning in the log', async () => {
    cipher.backend = 'basic_text';
    expect(await saveSyncCredentials(dir, sampleCredentials(), deps())).toEqual({ ok: true });
    expect(logged.some((line) => line.includes('basic_text'))).toBe(true);
    // Other platforms have no such backend to report.
    logged = [];
    await saveSyncCredentials(dir, sampleCredentials(), deps({ platform: 'win32' }));
    expect(logged).toEqual([]);
  });

  test('a file another key encrypted (another user, another PC) is moved aside', async () => {
    await saveSyncCredentials(dir, sampleCredentials(), deps());
    cipher = new FakeSafeStorage();
    const loaded = await loadSyncCredentials(dir, deps());
    expect(loaded.credentials).toBeNull();
    expect(loaded.problem).toBe('tidak dapat didekripsi');
    const aside = `${CREDENTIALS_FILE}.corrupt-2026-11-22T01-15-30-123Z`;
    expect(loaded.movedAsideTo).toBe(join(dir, aside));
    expect(await readdir(dir)).toEqual([aside]);
    expect(await loadSyncCredentials(dir, deps())).toEqual({ credentials: null });
  });

  test('damaged bytes are moved aside too', async () => {
    await writeFile(join(dir, CREDENTIALS_FILE), 'not encrypted at all');
    const loaded = await loadSyncCredentials(dir, deps());
    expect(loaded).toMatchObject({ credentials: null, problem: 'tidak dapat didekripsi' });
    expect(await readdir(dir)).toEqual([`${CREDENTIALS_FILE}.corrupt-2026-11-22T01-15-30-123Z`]);
  });

  test('a decryptable file that is not valid credentials is moved aside with the reason', async () => {
    const encrypted = await cipher.encryptStringAsync(
      JSON.stringify({ ...sampleCredentials(), serverUrl: 'ftp://x' }),
    );
    await writeFile(join(dir, CREDENTIALS_FILE), encrypted);
    const loaded = await loadSyncCredentials(dir, deps());
    expect(loaded.credentials).toBeNull();
    expect(loaded.problem).toBe(
      'tidak valid: Alamat server harus diawali http:// atau https:// (serverUrl)',
    );
    expect(loaded.movedAsideTo).toBeDefined();
  });

  test('invalid credentials are refused with an Indonesian message, and the token stays out of it', async () => {
    const result = await saveSyncCredentials(dir, sampleCredentials({ deviceId: TOKEN }), deps());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(/^Data pendaftaran server tidak valid: .*\(deviceId\)$/);
      expect(result.message).not.toContain(TOKEN);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  test('a rotated key re-encrypts the file on load', async () => {
    await saveSyncCredentials(dir, sampleCredentials(), deps());
    const before = await readFile(join(dir, CREDENTIALS_FILE));
    cipher.rotated = true;
    expect((await loadSyncCredentials(dir, deps())).credentials).toEqual(sampleCredentials());
    expect((await readFile(join(dir, CREDENTIALS_FILE))).equals(before)).toBe(false);
  });

  test('a failed write says so in Indonesian and leaves no temp file', async () => {
    await mkdir(join(dir, 'blocked', CREDENTIALS_FILE), { recursive: true });
    const result = await saveSyncCredentials(join(dir, 'blocked'), sampleCredentials(), deps());
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/^Pendaftaran server gagal disimpan \(E[A-Z]+\)/);
    expect(await readdir(join(dir, 'blocked'))).toEqual([CREDENTIALS_FILE]);
  });
});
