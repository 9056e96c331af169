import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  CONFIG_FILE,
  loadInstallationConfig,
  saveInstallationConfig,
} from '../../electron/config-store.ts';
import { validConfig } from './fixtures.ts';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'serasi-config-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('installation config on disk', () => {
  test('a fresh PC has no configuration, so setup runs', async () => {
    expect(await loadInstallationConfig(dir)).toEqual({ config: null });
  });

  test('a saved configuration reads back the same', async () => {
    const config = validConfig();
    expect(await saveInstallationConfig(dir, config)).toEqual({ ok: true });
    expect((await loadInstallationConfig(dir)).config).toEqual(config);
    // Atomic write leaves no temp file behind.
    expect(await readdir(dir)).toEqual([CONFIG_FILE]);
  });

  test('saving creates the data folder when it does not exist yet', async () => {
    const nested = join(dir, 'SERASI Desk', 'userData');
    expect(await saveInstallationConfig(nested, validConfig())).toEqual({ ok: true });
    expect((await loadInstallationConfig(nested)).config?.balai.shortName).toBe('BRSLU Gau Mabaji');
  });

  test('a second save replaces the first', async () => {
    await saveInstallationConfig(dir, validConfig());
    await saveInstallationConfig(dir, validConfig({ noShowAfterCalls: 5 }));
    expect((await loadInstallationConfig(dir)).config?.noShowAfterCalls).toBe(5);
    expect(await readdir(dir)).toEqual([CONFIG_FILE]);
  });

  test('an invalid configuration is not written, and the old one stays', async () => {
    await saveInstallationConfig(dir, validConfig());
    const result = await saveInstallationConfig(dir, validConfig({ counters: [] }));
    expect(result).toEqual({
      ok: false,
      message: 'Pengaturan tidak valid: Tambahkan sedikitnya satu loket (counters)',
    });
    expect((await loadInstallationConfig(dir)).config?.counters).toHaveLength(1);
    expect(await readdir(dir)).toEqual([CONFIG_FILE]);
  });

  test('a half-written file is moved aside and setup runs again', async () => {
    await writeFile(join(dir, CONFIG_FILE), '{"schemaVersion": 1, "balai": {');
    const now = Date.UTC(2026, 10, 22, 1, 15, 30, 123);
    const loaded = await loadInstallationConfig(dir, now);
    expect(loaded.config).toBeNull();
    expect(loaded.problem).toBe('bukan JSON yang utuh');
    const aside = `${CONFIG_FILE}.corrupt-2026-11-22T01-15-30-123Z`;
    expect(loaded.movedAsideTo).toBe(join(dir, aside));
    expect(await readdir(dir)).toEqual([aside]);
    // Kept for a technician, byte for byte.
    expect(await readFile(join(dir, aside), 'utf8')).toBe('{"schemaVersion": 1, "balai": {');
    // The next start is a clean first run.
    expect(await loadInstallationConfig(dir)).toEqual({ config: null });
  });

  test('a well-formed file that fails the schema is moved aside too, with the reason', async () => {
    const { counters: _dropped, ...withoutCounters } = validConfig();
    await writeFile(join(dir, CONFIG_FILE), JSON.stringify(withoutCounters));
    const loaded = await loadInstallationConfig(dir, Date.UTC(2026, 0, 1));
    expect(loaded.config).toBeNull();
    expect(loaded.problem).toBe('tidak valid: diharapkan array, diterima undefined (counters)');
    expect(await readdir(dir)).toEqual([`${CONFIG_FILE}.corrupt-2026-01-01T00-00-00-000Z`]);
  });

  test('a folder in place of the file is reported, not moved or crashed on', async () => {
    await mkdir(join(dir, CONFIG_FILE));
    const loaded = await loadInstallationConfig(dir);
    expect(loaded.config).toBeNull();
    expect(loaded.problem).toMatch(/^tidak dapat dibaca/);
    expect(await readdir(dir)).toEqual([CONFIG_FILE]);
  });

  test('a failed save says so in Indonesian and leaves no temp file', async () => {
    // The target name is taken by a folder: the final rename must fail.
    await mkdir(join(dir, CONFIG_FILE));
    const result = await saveInstallationConfig(dir, validConfig());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Pengaturan gagal disimpan \(E[A-Z]+\)/);
    expect(await readdir(dir)).toEqual([CONFIG_FILE]);
  });
});
