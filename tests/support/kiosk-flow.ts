// Drives the touch kiosk the way a visitor does, through its accessible names, so other screens'
// tests can put tickets in the queue: registerAtKiosk walks from the welcome screen to the ticket
// and back; pressDarurat uses the emergency button.
import { expect, type Page } from '@playwright/test';
import { kiosk as text } from '../../renderer/i18n/id/kiosk.ts';

export type KioskPriority = 'lansia' | 'disabilitas' | 'hamil' | 'anak' | 'bencana';

export interface KioskVisitor {
  /** Typed on the keypad; without it the visitor takes "Tidak punya KTP". */
  nik?: string;
  /** Typed on the letter keyboard on the no-KTP path; without it the visitor skips the name. */
  name?: string;
  /** The service tile's name, e.g. "Informasi & Pengaduan". */
  serviceName: string;
  priority?: KioskPriority[];
  /** Defaults to true ("Setuju"). */
  consent?: boolean;
}

const priorityToggle: Record<KioskPriority, string> = {
  lansia: text.priority.elderly,
  disabilitas: text.priority.disability,
  hamil: text.priority.pregnant,
  anak: text.priority.child,
  bencana: text.priority.disaster,
};

const ticketNumberPattern = /^[A-Z]-\d{3,}$/;

function button(page: Page, name: string) {
  return page.getByRole('button', { name, exact: true });
}

/** Opens the kiosk if this page is not on it yet, and waits for the welcome screen. */
export async function openKiosk(page: Page): Promise<void> {
  if (!page.url().includes('#/kiosk')) await page.goto('/#/kiosk');
  await expect(startButton(page)).toBeVisible();
}

export function startButton(page: Page) {
  return page.getByRole('button', { name: text.welcome.start });
}

/** Types digits on the kiosk's number keypad. */
export async function typeOnKeypad(page: Page, digits: string): Promise<void> {
  const keypad = page.getByRole('group', { name: text.identity.keypad, exact: true });
  for (const digit of digits) {
    await keypad.getByRole('button', { name: digit, exact: true }).click();
  }
}

/** Types a name on the kiosk's letter keyboard. */
export async function typeOnKeyboard(page: Page, name: string): Promise<void> {
  const keyboard = page.getByRole('group', { name: text.name.keyboard, exact: true });
  for (const char of name) {
    const key =
      char === ' '
        ? text.name.space
        : char === "'"
          ? text.name.apostrophe
          : char === '-'
            ? text.name.hyphen
            : char.toUpperCase();
    await keyboard.getByRole('button', { name: key, exact: true }).click();
  }
}

/** The big ticket number on the ticket or emergency screen. */
export function ticketNumber(page: Page, label: string = text.ticket.heading) {
  return page.getByRole('status', { name: label });
}

/** From welcome to the ticket screen and back; returns the number the kiosk showed. */
export async function registerAtKiosk(
  page: Page,
  visitor: KioskVisitor,
): Promise<{ number: string }> {
  await openKiosk(page);
  await startButton(page).click();

  if (visitor.nik !== undefined) {
    await typeOnKeypad(page, visitor.nik);
    await button(page, text.nav.next).click();
  } else {
    await page.getByRole('button', { name: text.identity.noId }).click();
    if (visitor.name) {
      await typeOnKeyboard(page, visitor.name);
      await button(page, text.nav.next).click();
    } else {
      await button(page, text.name.skip).click();
    }
  }

  await button(page, visitor.serviceName).click();

  for (const priority of visitor.priority ?? []) {
    await page.getByRole('button', { name: priorityToggle[priority] }).click();
  }
  await button(page, text.nav.next).click();

  await button(page, visitor.consent === false ? text.consent.decline : text.consent.agree).click();

  const shown = ticketNumber(page);
  await expect(shown).toHaveText(ticketNumberPattern);
  const number = (await shown.textContent())?.trim() ?? '';

  await waitForPaper(page);
  await button(page, text.ticket.done).click();
  await expect(startButton(page)).toBeVisible();
  return { number };
}

/**
 * Waits, as a visitor does, until the paper is out (or the kiosk says it is not coming). While
 * the browser prints, Chromium drops taps on the page, so tapping "Selesai" earlier can be lost.
 */
export async function waitForPaper(page: Page): Promise<void> {
  await expect(page.getByText(text.ticket.printing)).toBeHidden();
}

/**
 * Presses the Darurat button (from whatever step the kiosk is on), confirms, reads the emergency
 * ticket number from the "Petugas segera datang" screen, and taps "Selesai" back to welcome.
 */
export async function pressDarurat(page: Page): Promise<{ number: string }> {
  if (!page.url().includes('#/kiosk')) await openKiosk(page);
  await page.getByRole('button', { name: text.emergency.buttonLabel }).click();
  const dialog = page.getByRole('dialog', { name: text.emergency.confirmHeading });
  await dialog.getByRole('button', { name: text.emergency.confirm }).click();
  const shown = ticketNumber(page, text.emergency.numberLabel);
  await expect(shown).toHaveText(/^D-\d{3,}$/);
  const number = (await shown.textContent())?.trim() ?? '';
  await waitForPaper(page);
  await button(page, text.ticket.done).click();
  await expect(startButton(page)).toBeVisible();
  return { number };
}

/**
 * A NIK that passes the kiosk's checks: district 730601 (Kab. Gowa, Sulawesi Selatan), the birth
 * date encoded as the card does (day +40 for women), and a serial.
 */
export function testNik({
  day,
  month,
  year,
  female = false,
  serial = 1,
  district = '730601',
}: {
  day: number;
  month: number;
  year: number;
  female?: boolean;
  serial?: number;
  district?: string;
}): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${district}${pad(female ? day + 40 : day)}${pad(month)}${pad(year % 100)}${pad(serial, 4)}`;
}
