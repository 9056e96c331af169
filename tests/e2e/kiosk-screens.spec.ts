// Every kiosk step on the two screens the kiosk ships on (1080×1920 portrait, 1920×1080
// landscape): each fits without scrolling, the Darurat button is always in reach, and a screenshot
// of each goes to test-results/screens/kiosk/ for people to look at.
import { expect, type Page, test } from '@playwright/test';
import { kiosk as text } from '../../renderer/i18n/id/kiosk.ts';
import { demoConfig, installConfig, SUPERVISOR_PIN } from '../support/installation.ts';
import {
  startButton,
  testNik,
  ticketNumber,
  typeOnKeyboard,
  typeOnKeypad,
} from '../support/kiosk-flow.ts';

const screens = [
  { name: 'portrait', viewport: { width: 1080, height: 1920 } },
  { name: 'landscape', viewport: { width: 1920, height: 1080 } },
] as const;

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

for (const screen of screens) {
  test.describe(`on a ${screen.name} kiosk screen`, () => {
    test.use({ viewport: screen.viewport });

    async function shoot(page: Page, step: string) {
      await page.screenshot({ path: `test-results/screens/kiosk/${screen.name}-${step}.png` });
      // Fits: nothing scrolls sideways, the step needs no scrolling, Darurat is on screen.
      const fits = await page.evaluate(() => {
        const main = document.querySelector('main');
        return {
          sideways: document.documentElement.scrollWidth > window.innerWidth,
          scrolls: main ? main.scrollHeight > main.clientHeight + 1 : true,
        };
      });
      expect(fits, `${step} fits the ${screen.name} screen`).toEqual({
        sideways: false,
        scrolls: false,
      });
    }

    async function darurat(page: Page) {
      const darurat = page.getByRole('button', { name: text.emergency.buttonLabel });
      await expect(darurat).toBeInViewport();
      return darurat;
    }

    test('every step of a visit fits the screen and keeps Darurat in reach', async ({ page }) => {
      await installConfig(page, await demoConfig());
      await page.goto('/#/kiosk');
      await expect(startButton(page)).toBeVisible();
      await darurat(page);
      await shoot(page, '01-welcome');

      await startButton(page).click();
      await darurat(page);
      await shoot(page, '02-identity');
      await typeOnKeypad(page, '730601310280000');
      await button(page, text.nav.next).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await shoot(page, '03-identity-invalid');

      await page.getByRole('button', { name: text.identity.noId }).click();
      await darurat(page);
      await typeOnKeyboard(page, "Siti Nur'aini");
      await shoot(page, '04-name');
      await button(page, text.name.skip).click();

      await darurat(page);
      await shoot(page, '05-service');
      await button(page, 'Informasi & Pengaduan').click();

      await page.getByRole('button', { name: text.priority.elderly }).click();
      await page.getByRole('button', { name: text.priority.disability }).click();
      await darurat(page);
      await shoot(page, '06-priority');
      await button(page, text.nav.next).click();

      await darurat(page);
      await shoot(page, '07-consent');
      await button(page, text.consent.agree).click();

      await expect(ticketNumber(page)).toHaveText('A-001');
      await expect(page.getByText(text.ticket.printed)).toBeVisible();
      await darurat(page);
      await shoot(page, '08-ticket');
    });

    test('the ticket without a printer, Darurat and the staff exit fit the screen', async ({
      page,
    }) => {
      await installConfig(
        page,
        await demoConfig({ printer: { deviceName: '', paperWidthMm: 80, enabled: false } }),
      );
      await page.goto('/#/kiosk');
      await startButton(page).click();
      await typeOnKeypad(page, testNik({ day: 12, month: 3, year: 1955 }));
      await button(page, text.nav.next).click();
      await button(page, 'Asesmen').click();
      await button(page, text.nav.next).click();
      await button(page, text.consent.decline).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await shoot(page, '09-ticket-no-printer');

      await button(page, text.ticket.done).click();
      await startButton(page).click();
      await (await darurat(page)).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await shoot(page, '10-darurat-confirm');
      await page.getByRole('button', { name: text.emergency.confirm }).click();
      await expect(ticketNumber(page, text.emergency.numberLabel)).toHaveText('D-001');
      await shoot(page, '11-darurat-coming');
      await button(page, text.ticket.done).click();

      await button(page, text.supervisor.open).click();
      const pinDialog = page.getByRole('dialog', { name: text.supervisor.pinHeading });
      await pinDialog.getByRole('button', { name: '1', exact: true }).click();
      await button(page, text.supervisor.submit).click();
      await expect(pinDialog.getByRole('alert')).toBeVisible();
      await shoot(page, '12-staff-pin-wrong');
      for (const digit of SUPERVISOR_PIN) {
        await pinDialog.getByRole('button', { name: digit, exact: true }).click();
      }
      await button(page, text.supervisor.submit).click();
      await expect(page.getByRole('dialog', { name: text.supervisor.panelHeading })).toBeVisible();
      await shoot(page, '13-staff-panel');
    });

    test('the idle question fits the screen', async ({ page }) => {
      await page.clock.install();
      await installConfig(page, await demoConfig({ kiosk: { idleSeconds: 30 } }));
      await page.goto('/#/kiosk');
      await startButton(page).click();
      await typeOnKeypad(page, '7306');
      await page.clock.runFor(31_000);
      await expect(page.getByRole('dialog', { name: text.idle.heading })).toBeVisible();
      await shoot(page, '14-idle');
    });
  });
}
