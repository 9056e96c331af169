// A ready-made installation for end-to-end tests: the browser bridge reads its config from
// localStorage, so a test page starts configured (each Playwright test has its own context,
// hence its own storage and IndexedDB).
import type { Page } from '@playwright/test';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { hashPin } from '../../core/security/pin.ts';
import { BROWSER_CONFIG_KEY } from '../../renderer/bridge/browser-bridge.ts';
import { testConfig } from './config.ts';

export const SUPERVISOR_PIN = '2468';

let pinHash: Promise<string> | undefined;

export async function demoConfig(
  overrides: Partial<InstallationConfig> = {},
): Promise<InstallationConfig> {
  pinHash ??= hashPin(SUPERVISOR_PIN);
  return testConfig({ supervisorPinHash: await pinHash, ...overrides });
}

/** Make every page of this test start with the given installation config. */
export async function installConfig(page: Page, config: InstallationConfig): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    },
    [BROWSER_CONFIG_KEY, JSON.stringify(config)] as const,
  );
}
