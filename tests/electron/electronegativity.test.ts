// Doyensec's electronegativity, the static scanner for Electron's security checklist, run over the
// app's own code as it ships (electron/, renderer/ with index.html, package.json). The report is
// printed into the test output; the test fails on any high-severity finding or any file the
// scanner could not read. A second scan of a deliberately unsafe window proves the scanner works
// here, so a silent scanner cannot pass for a clean app.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: { name: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' };
  confidence: { name: string };
}

interface ScanResult {
  atomicChecks: number;
  globalChecks: number;
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  issues: Finding[];
}

type Scan = (options: Record<string, unknown>) => Promise<ScanResult>;

/**
 * Loads the scanner with two of its dependencies redirected:
 * - its TypeScript parser (@typescript-eslint/typescript-estree 4) is hoisted beside this project's
 *   TypeScript 7, whose compiler API it cannot read: it gets the TypeScript 4.2 the scanner ships;
 * - its `got` (translations and Electron releases from the internet) gets an offline stand-in, so
 *   the scan makes no network request and gives the same report on every machine.
 */
function loadScanner(): Scan {
  const scanner = join(root, 'node_modules/@doyensec/electronegativity');
  const redirects: Record<string, { from: string; to: string }> = {
    typescript: { from: '@typescript-eslint', to: join(scanner, 'node_modules/typescript') },
    got: { from: scanner, to: join(root, 'tests/support/offline-got.cjs') },
  };
  const modules = Module as unknown as {
    _resolveFilename: (
      request: string,
      parent: { filename?: string } | undefined,
      ...rest: unknown[]
    ) => string;
  };
  const resolveFilename = modules._resolveFilename;
  modules._resolveFilename = function (request, parent, ...rest) {
    const redirect = redirects[request];
    const redirected = redirect && parent?.filename?.includes(redirect.from);
    return resolveFilename.call(this, redirected ? redirect.to : request, parent, ...rest);
  };
  return require('@doyensec/electronegativity') as Scan;
}

/**
 * Left out, with the reason printed: this check asks GitHub for newer Electron releases, which
 * needs the internet and changes from day to day; `npm outdated` covers it.
 */
const excluded = ['AvailableSecurityFixesGlobalCheck'];

let scan: Scan;
let workDir: string;

beforeAll(async () => {
  scan = loadScanner();
  workDir = await mkdtemp(join(tmpdir(), 'serasi-electronegativity-'));
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function scanned(input: string): Promise<ScanResult> {
  return scan({ input, isRelative: true, excludeFromScan: excluded });
}

function report(result: ScanResult): string {
  const lines = result.issues.map(
    (issue) =>
      `  ${issue.severity.name.padEnd(13)} ${issue.id.padEnd(28)} ${issue.file}:${issue.location.line}  ${issue.description}`,
  );
  return [
    `electronegativity: ${result.atomicChecks} atomic and ${result.globalChecks} global checks; left out: ${excluded.join(', ')} (needs the internet: it asks GitHub for newer Electron releases)`,
    `  ${result.issues.length} finding(s), ${result.errors.length} file(s) unreadable`,
    ...lines,
  ].join('\n');
}

test('the app as it ships has no high-severity finding, and every file was read', async () => {
  const app = join(workDir, 'app');
  for (const part of ['electron', 'renderer', 'package.json']) {
    await cp(join(root, part), join(app, part), { recursive: true });
  }
  const result = await scanned(app);
  console.log(report(result));
  expect(result.errors).toEqual([]);
  expect(result.issues.filter((issue) => issue.severity.name === 'HIGH')).toEqual([]);
  // What remains is known and explained in the closing note of issue 6: the meta CSP of the
  // browser build allows fetching any http(s) server (the Electron header does not).
  expect(result.issues.map((issue) => `${issue.severity.name} ${issue.id} ${issue.file}`)).toEqual([
    'LOW CSP_GLOBAL_CHECK renderer/index.html',
    'INFORMATIONAL ELECTRON_VERSION_JSON_CHECK package.json',
  ]);
}, 120_000);

test('the scanner does find an unsafe window here, so a clean report means something', async () => {
  const unsafe = join(workDir, 'unsafe');
  await cp(join(root, 'package.json'), join(unsafe, 'package.json'));
  await writeFile(
    join(unsafe, 'main.ts'),
    `import { BrowserWindow } from 'electron';
export const window = new BrowserWindow({ webPreferences: { contextIsolation: false, nodeIntegration: true } });
`,
  );
  const result = await scanned(unsafe);
  const high = result.issues.filter((issue) => issue.severity.name === 'HIGH').map((i) => i.id);
  expect(high).toEqual(
    expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']),
  );
}, 120_000);
