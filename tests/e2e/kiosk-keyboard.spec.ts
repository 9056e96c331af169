// The kiosk without touching the screen: a visitor with a keyboard reaches a ticket by Tab,
// typing and Enter, seeing where focus is at every step; a visitor with one switch (wired as
// Enter) reaches a ticket by letting the highlight step to the control they want and pressing.
import { expect, type Page, test } from '@playwright/test';
import { kiosk as text } from '../../renderer/i18n/id/kiosk.ts';
import { demoConfig, installConfig } from '../support/installation.ts';
import { testNik, ticketNumber } from '../support/kiosk-flow.ts';

test.use({ viewport: { width: 1080, height: 1920 } });

/** The focused element's visible words, and whether its focus ring shows. */
function focused(page: Page) {
  return page.evaluate(`(() => {
    const el = document.activeElement;
    const style = el ? getComputedStyle(el) : null;
    return {
      name: el ? (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() : '',
      ring: style ? style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 : false,
    };
  })()`) as Promise<{ name: string; ring: boolean }>;
}

/** A control's words are its name, or start with it when the control also holds a hint. */
const isNamed = (words: string, name: string, withHint: boolean) =>
  withHint ? words.startsWith(name) : words === name;

/** Presses Tab until the named control has focus (it must be reachable), and checks its ring. */
async function tabTo(page: Page, name: string, withHint = false) {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (isNamed(now.name, name, withHint)) {
      expect(now.ring, `focus on "${name}" is visible`).toBe(true);
      return;
    }
  }
  throw new Error(`"${name}" cannot be reached with Tab`);
}

test('a visitor with a keyboard gets a ticket by Tab, typing and Enter alone', async ({ page }) => {
  await installConfig(page, await demoConfig());
  await page.goto('/#/kiosk');

  await tabTo(page, text.welcome.start, true);
  await page.keyboard.press('Enter');
  // The NIK field has focus when the step opens: the visitor just types.
  await expect(page.getByLabel(text.identity.fieldLabel, { exact: true })).toBeFocused();
  await page.keyboard.type(testNik({ day: 12, month: 3, year: 1955 }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: text.service.heading })).toBeFocused();
  await tabTo(page, 'Asesmen', true);
  await page.keyboard.press('Enter');

  await tabTo(page, text.priority.elderly, true);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: text.priority.elderly })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await tabTo(page, text.nav.next);
  await page.keyboard.press('Enter');

  await tabTo(page, text.consent.agree);
  await page.keyboard.press('Enter');
  await expect(ticketNumber(page)).toHaveText('S-001');
});

test('a visitor with one switch gets a ticket by pressing it when the highlight is on the right control', async ({
  page,
}) => {
  await page.clock.install();
  await installConfig(page, await demoConfig({ kiosk: { idleSeconds: 600 } }));
  await page.goto('/#/kiosk');
  // A companion or staff turns scanning on; from here on the visitor only presses Enter.
  await page.getByRole('button', { name: text.access.scanning }).click();
  await expect(page.getByRole('button', { name: text.access.scanning })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const visited: string[] = [];
  /** Waits, scan by scan, for the highlight to reach the control, then presses the switch. */
  async function pressWhenOn(name: string, withHint = false) {
    for (let scans = 0; scans < 40; scans += 1) {
      await page.clock.runFor(1500);
      const now = await focused(page);
      visited.push(now.name);
      if (isNamed(now.name, name, withHint)) {
        expect(now.ring, `the highlight on "${name}" is visible`).toBe(true);
        await page.keyboard.press('Enter');
        return;
      }
    }
    throw new Error(`scanning never reached "${name}"; it went: ${visited.join(' | ')}`);
  }

  await pressWhenOn(text.welcome.start, true);
  await pressWhenOn(text.identity.noId, true);
  await pressWhenOn(text.name.skip);
  await pressWhenOn('Informasi & Pengaduan', true);
  await pressWhenOn(text.nav.next);
  await pressWhenOn(text.consent.agree);
  await expect(ticketNumber(page)).toHaveText('A-001');
  // The highlight only moves by itself: it stepped through the controls in screen order.
  expect(visited.length).toBeGreaterThan(6);
});
