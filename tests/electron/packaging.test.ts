// The installers' configuration (package.json "build"), checked the way electron-builder itself
// loads and validates it, plus what the issue asks of it: per-machine NSIS for kiosks, AppImage and
// deb for Linux, fuses that close the Node back doors, an icon big enough for every target, and an
// app that ships the packages its main process loads and leaves out the ones it never does.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { PNG } from 'pngjs';
import { expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  build: { files: string[] };
};

test('electron-builder loads and accepts the configuration', async () => {
  const config = await getConfig(root, null, null);
  await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  expect(config.appId).toBe('id.go.kemensos.serasi.desk');
  expect(config.productName).toBe('SERASI Desk');
});

test('Windows gets a per-machine NSIS installer; Linux an AppImage and a deb', async () => {
  const config = await getConfig(root, null, null);
  expect(config.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
  expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false });
  expect(config.linux?.target).toEqual([
    { target: 'AppImage', arch: ['x64'] },
    { target: 'deb', arch: ['x64'] },
  ]);
  // latest.yml / latest-linux.yml are written for the generic provider the sync server serves.
  expect(config.publish).toEqual([expect.objectContaining({ provider: 'generic' })]);
});

test('the fuses turn off ELECTRON_RUN_AS_NODE and NODE_OPTIONS and turn on asar integrity', async () => {
  const config = await getConfig(root, null, null);
  expect(config.asar).toBe(true);
  expect(config.electronFuses).toMatchObject({
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  });
});

test('the icon is a square PNG of at least 512 px (Windows needs 256, Linux 512)', () => {
  const png = PNG.sync.read(readFileSync(join(root, 'resources/build/icon.png')));
  expect(png.width).toBe(png.height);
  expect(png.width).toBeGreaterThanOrEqual(512);
});

test('the centre configuration example and its schema ship beside the app, where setup says they are', async () => {
  const config = await getConfig(root, null, null);
  expect(config.extraResources).toEqual([
    { from: 'resources/fleet', to: 'fleet', filter: ['*.json'] },
  ]);
  expect(readdirSync(join(root, 'resources/fleet')).filter((f) => f.endsWith('.json'))).toEqual([
    'contoh-balai.json',
    'serasi-balai.schema.json',
  ]);
});

/** Bare package names imported by the main process: electron/main.ts and everything it imports. */
function mainProcessPackages(): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)) {
      const specifier = match[1] ?? '';
      if (/^import\s+type\s/.test(match[0].trim())) continue;
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else
        packages.add(
          specifier.startsWith('@')
            ? specifier.split('/').slice(0, 2).join('/')
            : (specifier.split('/')[0] ?? ''),
        );
    }
  };
  visit(join(root, 'electron/main.ts'));
  return packages;
}

/** The packages and, recursively, their own dependencies, as installed in node_modules. */
function runtimeClosure(packages: readonly string[]): Set<string> {
  const found = new Set<string>();
  const visit = (name: string) => {
    if (found.has(name)) return;
    found.add(name);
    const manifest = JSON.parse(
      readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'),
    ) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency);
  };
  for (const name of packages) visit(name);
  return found;
}

test('the app ships every package its main process loads, and leaves out the rest', () => {
  const excluded = new Set(
    pkg.build.files
      .map((pattern) => /^!node_modules\/(.+)\/\*\*$/.exec(pattern)?.[1])
      .filter((name): name is string => name !== undefined),
  );
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const loaded = [...mainProcessPackages()].filter(
    (name) => name !== 'electron' && !builtins.has(name),
  );

  for (const name of loaded) {
    expect(pkg.dependencies, `${name} is loaded by the main process`).toHaveProperty([name]);
  }
  // What those packages load in turn (electron-updater reads its feed with js-yaml, for one).
  const needed = runtimeClosure(loaded);
  for (const name of needed) {
    expect(excluded.has(name), `${name} is needed by the main process but left out`).toBe(false);
  }
  // Every other dependency is bundled into the renderer or used by the server: not shipped.
  const unused = Object.keys(pkg.dependencies).filter((name) => !needed.has(name));
  expect(unused.filter((name) => !excluded.has(name))).toEqual([]);
  expect(loaded.length).toBeGreaterThan(0);
});
