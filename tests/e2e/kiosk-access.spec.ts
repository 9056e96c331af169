// The kiosk for every visitor: each step in each look a visitor can choose (normal, high
// contrast, 200 % text, reach mode, English) passes axe's WCAG 2.2 AA rules; reach mode puts every
// control in the lower part of a portrait screen; 200 % text loses nothing; spoken guidance
// follows the steps. Screenshots of each look go to test-results/screens/kiosk-access/.
import { expect, type Page, test } from '@playwright/test';
import { kiosk as en } from '../../renderer/i18n/en/kiosk.ts';
import { kiosk as id } from '../../renderer/i18n/id/kiosk.ts';
import { expectNoAxeViolations } from '../support/axe.ts';
import { demoConfig, installConfig } from '../support/installation.ts';

type Look = 'normal' | 'contrast' | 'text-200' | 'reach' | 'english';

const portrait = { width: 1080, height: 1920 };
/**
 * Reach mode keeps every control a visitor uses in the lower 60 % of a portrait screen: on a
 * 32-inch portrait screen (710 mm tall) whose lower edge is 750 mm above the floor, that is below
 * 1,180 mm, within a seated person's 1,200 mm forward reach (ISO 21542; the ADA's 48 in).
 */
const REACH_TOP_SHARE = 0.4;

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function chooseLook(page: Page, look: Look) {
  if (look === 'contrast') await button(page, id.access.contrast).click();
  if (look === 'reach') await button(page, id.access.reach).click();
  if (look === 'english') await button(page, id.access.otherLanguage).click();
  if (look === 'text-200') {
    await page
      .getByRole('button', { name: id.access.textSize.replace('{percent}', '100') })
      .click();
    await page
      .getByRole('button', { name: id.access.textSize.replace('{percent}', '150') })
      .click();
  }
}

/** What a look must keep, checked on every state besides axe. */
async function checkLook(page: Page, look: Look, state: string) {
  await expectNoAxeViolations(page, `${look}: ${state}`);
  await page.screenshot({ path: `test-results/screens/kiosk-access/${look}-${state}.png` });
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth > window.innerWidth,
  );
  expect(sideways, `${look}: ${state} does not scroll sideways`).toBe(false);
  const offScreen = await page.evaluate(`[...document.querySelectorAll('.kiosk button')]
    .filter((el) => el.getClientRects().length > 0)
    .filter((el) => { const box = el.getBoundingClientRect(); return box.left < -1 || box.right > window.innerWidth + 1; })
    .map((el) => el.textContent.trim())`);
  expect(offScreen, `${look}: ${state} keeps every button within the screen's width`).toEqual([]);
  const small = await page.evaluate(`[...document.querySelectorAll('.kiosk button, .kiosk input')]
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width < 56 || box.height < 56)
    .map(({ el, box }) => (el.getAttribute('aria-label') ?? el.textContent).trim() + ' ' + Math.round(box.width) + '×' + Math.round(box.height))`);
  expect(small, `${look}: ${state} has touch targets of 56 px or more`).toEqual([]);
  if (look === 'text-200') {
    // Nothing cut off or spilling: no button or text block is smaller than what it holds, by
    // more than a glyph's overhang (half a letter's height; a spilt line is more than that).
    const clipped =
      await page.evaluate(`[...document.querySelectorAll('.kiosk button, .kiosk p, .kiosk h1, .kiosk h2, .kiosk label, .kiosk output')]
      .filter((el) => el.getClientRects().length > 0 && !el.closest('.visually-hidden'))
      .filter((el) => {
        const slack = parseFloat(getComputedStyle(el).fontSize) / 2;
        return el.scrollWidth > el.clientWidth + slack || el.scrollHeight > el.clientHeight + slack;
      })
      .map((el) => el.textContent.trim().slice(0, 40))`);
    expect(clipped, `${look}: ${state} cuts no text off`).toEqual([]);
  }
  if (look === 'reach') {
    const high = await page.evaluate(`(() => {
      const limit = window.innerHeight * ${REACH_TOP_SHARE};
      const dialog = document.querySelector('dialog[open]');
      const scope = dialog ?? document;
      // The staff button in the header is for staff, who stand; it is not a visitor's control.
      return [...scope.querySelectorAll('.kiosk-main button, .kiosk-main input, .kiosk-footer button, dialog button, dialog input')]
        .filter((el) => el.getClientRects().length > 0 && !el.closest('[inert]'))
        .filter((el) => el.getBoundingClientRect().top < limit)
        .map((el) => (el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 40));
    })()`);
    expect(high, `${look}: ${state} has every control in reach`).toEqual([]);
  }
}

for (const look of ['normal', 'contrast', 'text-200', 'reach', 'english'] as const) {
  test(`every kiosk step in the ${look} look passes the accessibility checks`, async ({ page }) => {
    await page.setViewportSize(portrait);
    await installConfig(page, await demoConfig());
    await page.goto('/#/kiosk');
    const text = look === 'english' ? en : id;
    await chooseLook(page, look);
    await checkLook(page, look, '01-welcome');

    await page.getByRole('button', { name: text.welcome.start }).click();
    await checkLook(page, look, '02-identity');
    const keypad = page.getByRole('group', { name: text.identity.keypad, exact: true });
    for (const digit of '730601310280000') {
      await keypad.getByRole('button', { name: digit, exact: true }).click();
    }
    await button(page, text.nav.next).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await checkLook(page, look, '03-identity-invalid');

    await page.getByRole('button', { name: text.identity.noId }).click();
    await checkLook(page, look, '04-name');
    await button(page, text.name.skip).click();
    await checkLook(page, look, '05-service');
    await page.getByRole('list', { name: text.service.list }).getByRole('button').first().click();
    await button(page, text.priority.elderly).click();
    await checkLook(page, look, '06-priority');
    await button(page, text.nav.next).click();
    await checkLook(page, look, '07-consent');
    await button(page, text.consent.agree).click();
    await expect(page.getByText(text.ticket.printed)).toBeVisible();
    await checkLook(page, look, '08-ticket');
    await button(page, text.ticket.done).click();

    // Each visit starts plain: the look chosen by the last visitor is gone.
    await expect(page.getByRole('button', { name: id.welcome.start })).toBeVisible();
    await chooseLook(page, look);
    await page.getByRole('button', { name: text.emergency.buttonLabel }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await checkLook(page, look, '09-darurat-confirm');
    await button(page, text.emergency.confirm).click();
    await expect(page.getByText(text.emergency.comingText)).toBeVisible();
    await checkLook(page, look, '10-darurat-coming');
  });
}

test('spoken guidance says each step, louder or quieter, off and on, in the chosen language', async ({
  page,
}) => {
  // Every clip the kiosk starts, with the volume it was started at.
  await page.addInitScript(`
    window.__spoken = [];
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function () {
      window.__spoken.push({ clip: this.src.split('/').pop(), volume: this.volume });
      return play.call(this);
    };
  `);
  await installConfig(page, await demoConfig());
  await page.goto('/#/kiosk');
  const spoken = () =>
    page.evaluate('window.__spoken') as Promise<{ clip: string; volume: number }[]>;
  const lastSpoken = async () => (await spoken()).at(-1);

  // The kiosk at rest says nothing; the first step speaks once the visitor starts.
  expect(await spoken()).toEqual([]);
  await page.getByRole('button', { name: id.welcome.start }).click();
  await expect.poll(lastSpoken).toEqual({ clip: 'guide-id-identity.ogg', volume: 0.75 });

  await button(page, id.access.louder).click();
  await expect.poll(lastSpoken).toEqual({ clip: 'guide-id-identity.ogg', volume: 1 });
  await expect(button(page, id.access.louder)).toBeDisabled();

  // Voice off: the next step is silent, and says itself when voice comes back on.
  await button(page, id.access.voice).click();
  await expect(button(page, id.access.voice)).toHaveAttribute('aria-pressed', 'false');
  const before = (await spoken()).length;
  await page.getByRole('button', { name: id.identity.noId }).click();
  await expect(page.getByRole('heading', { name: id.name.heading })).toBeVisible();
  expect((await spoken()).length).toBe(before);
  await button(page, id.access.voice).click();
  await expect.poll(lastSpoken).toEqual({ clip: 'guide-id-name.ogg', volume: 1 });

  // English: the screen and the voice change together.
  await button(page, id.access.otherLanguage).click();
  await expect(page.getByRole('heading', { name: en.name.heading })).toBeVisible();
  await expect(page.locator('.kiosk')).toHaveAttribute('lang', 'en');
  await expect.poll(lastSpoken).toEqual({ clip: 'guide-en-name.ogg', volume: 1 });
  await button(page, en.name.skip).click();
  await expect.poll(lastSpoken).toEqual({ clip: 'guide-en-service.ogg', volume: 1 });
  await expect(page.getByRole('button', { name: 'Information & Complaints' })).toBeVisible();
});

test('the kiosk’s other states pass the accessibility checks: no paper, staff PIN, idle question', async ({
  page,
}) => {
  await page.clock.install();
  await page.setViewportSize(portrait);
  await installConfig(
    page,
    await demoConfig({
      printer: { deviceName: '', paperWidthMm: 80, enabled: false },
      kiosk: { idleSeconds: 30 },
    }),
  );
  await page.goto('/#/kiosk');
  await page.getByRole('button', { name: id.welcome.start }).click();
  await page.getByRole('button', { name: id.identity.noId }).click();
  await button(page, id.name.skip).click();
  await button(page, 'Asesmen').click();
  await button(page, id.nav.next).click();
  await button(page, id.consent.decline).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await checkLook(page, 'normal', '11-ticket-no-paper');
  await button(page, id.ticket.done).click();

  await button(page, id.supervisor.open).click();
  const pinDialog = page.getByRole('dialog', { name: id.supervisor.pinHeading });
  await pinDialog.getByRole('button', { name: '1', exact: true }).click();
  await button(page, id.supervisor.submit).click();
  await expect(pinDialog.getByRole('alert')).toBeVisible();
  await checkLook(page, 'normal', '12-staff-pin-wrong');
  await button(page, id.supervisor.cancel).click();

  await page.getByRole('button', { name: id.welcome.start }).click();
  await page.clock.runFor(31_000);
  await expect(page.getByRole('dialog', { name: id.idle.heading })).toBeVisible();
  await checkLook(page, 'normal', '13-idle');
});
