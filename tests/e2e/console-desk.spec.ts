// The visitor in hand at a counter: calling again, marking absent, serving, sending on to
// another service, cancelling, putting back — and two counters reaching for the same ticket.
import { expect, test } from '@playwright/test';
import { demoConfig, installConfig } from '../support/installation.ts';
import { registerAtKiosk, testNik } from '../support/kiosk-flow.ts';
import {
  button,
  CENTRE_TIME_ZONE,
  callNext,
  callNextButton,
  kioskAndConsole,
  openConsoleAt,
  queueRow,
  queueTable,
  SCREENS,
  text,
  ticketInHand,
} from './console-steps.ts';

test.use({ timezoneId: CENTRE_TIME_ZONE });

const informasi = 'Informasi & Pengaduan';

test('a visitor who does not come can be marked absent only after three calls', async ({
  context,
}) => {
  const { kiosk, desk } = await kioskAndConsole(context, await demoConfig({ noShowAfterCalls: 3 }));
  await registerAtKiosk(kiosk, { serviceName: informasi });
  await openConsoleAt(desk, 1);
  expect(await callNext(desk)).toBe('A-001');

  const noShow = button(desk, text.action.no_show);
  await expect(noShow).toBeDisabled();
  await expect(noShow).toHaveAccessibleDescription(/Dipanggil 1 dari 3 kali/);
  await expect(noShow).toHaveAccessibleDescription(
    /A-001 baru dipanggil 1 kali; tandai tidak hadir setelah 3 kali panggilan/,
  );
  // It stays focusable; pressing it anyway says why, and nothing changes.
  await noShow.focus();
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('alert')).toContainText(
    'tandai tidak hadir setelah 3 kali panggilan',
  );
  await expect(ticketInHand(desk)).toContainText('A-001');

  // The second call by function key, the third by the button.
  await desk.keyboard.press('F4');
  await expect(desk.getByRole('status')).toContainText('A-001 dipanggil ulang.');
  await expect(noShow).toHaveAccessibleDescription(/Dipanggil 2 dari 3 kali/);
  await expect(noShow).toBeDisabled();
  await button(desk, text.action.recall).click();
  await expect(noShow).toHaveAccessibleDescription(/Dipanggil 3 kali/);
  await expect(noShow).toBeEnabled();

  await noShow.click();
  await expect(desk.getByRole('status')).toContainText('A-001 ditandai tidak hadir.');
  await expect(desk.getByText(text.desk.nothingInHand)).toBeVisible();
  await expect(queueTable(desk)).toContainText(text.queue.empty);
});

test('serving a visitor from call to done, by buttons or function keys, one visitor at a time', async ({
  context,
}) => {
  const { kiosk, desk } = await kioskAndConsole(context, await demoConfig());
  await registerAtKiosk(kiosk, {
    serviceName: informasi,
    nik: testNik({ day: 5, month: 6, year: 1950 }),
  });
  await registerAtKiosk(kiosk, { serviceName: informasi, name: 'Siti Aminah' });
  await registerAtKiosk(kiosk, { serviceName: informasi, consent: false });
  await openConsoleAt(desk, 1);

  // F2 calls the next visitor; the desk shows what the registration kept.
  await desk.keyboard.press('F2');
  const first = ticketInHand(desk);
  await expect(first.getByRole('heading')).toHaveText('A-001');
  await expect(first).toContainText('Dipanggil');
  await expect(first).toContainText('730601 050650 0001');
  await expect(first).toContainText(text.ticket.noName);

  // With a visitor in hand the next call waits, and says why.
  await expect(callNextButton(desk)).toBeDisabled();
  await expect(callNextButton(desk)).toHaveAccessibleDescription(/A-001 masih dipanggil/);
  await expect(
    queueRow(desk, 'A-002').getByRole('button', { name: 'Panggil A-002' }),
  ).toBeDisabled();

  await desk.keyboard.press('F8');
  await expect(first).toContainText('Dilayani');
  await desk.screenshot({ path: `${SCREENS}/serving.png` });
  await expect(button(desk, text.action.recall)).toBeDisabled();
  await expect(callNextButton(desk)).toHaveAccessibleDescription(
    'A-001 sedang dilayani. Tekan “Selesai” terlebih dahulu.',
  );
  await desk.keyboard.press('F9');
  await expect(desk.getByRole('status')).toContainText('A-001 selesai dilayani.');
  await expect(desk.getByText(text.desk.nothingInHand)).toBeVisible();

  // The next visitors, by the buttons: no ID card, then no consent to keep data.
  expect(await callNext(desk)).toBe('A-002');
  await expect(ticketInHand(desk)).toContainText('Siti Aminah');
  await expect(ticketInHand(desk)).toContainText(text.ticket.noId);
  await button(desk, text.action.start).click();
  await button(desk, text.action.finish).click();

  expect(await callNext(desk)).toBe('A-003');
  await expect(ticketInHand(desk)).toContainText(text.ticket.noConsent);
});

test('a transferred visitor reappears under the new service in their original place', async ({
  context,
}) => {
  const { kiosk, desk } = await kioskAndConsole(context, await demoConfig());
  await registerAtKiosk(kiosk, { serviceName: informasi }); // A-001 at 08.00
  await context.clock.fastForward(5 * 60_000);
  await registerAtKiosk(kiosk, { serviceName: 'Pencatatan Kebutuhan & Rujukan' }); // R-001 at 08.05
  await openConsoleAt(desk, 1);
  expect(await callNext(desk)).toBe('A-001');
  await button(desk, text.action.start).click();

  await button(desk, text.action.transfer).click();
  const dialog = desk.getByRole('dialog', { name: 'Alihkan A-001 ke layanan lain' });
  await expect(dialog).toBeVisible();
  // The service it is in now is not offered.
  await expect(dialog.getByRole('radio', { name: /Informasi & Pengaduan/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: text.transfer.confirm, exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(text.transfer.chooseService);

  await dialog.getByRole('radio', { name: /Asesmen/ }).check();
  await desk.screenshot({ path: `${SCREENS}/transfer-dialog.png` });
  await dialog.getByRole('button', { name: text.transfer.confirm, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(desk.getByRole('status')).toContainText('A-001 dialihkan ke Asesmen.');
  await expect(desk.getByText(text.desk.nothingInHand)).toBeVisible();

  const moved = queueRow(desk, 'A-001');
  await expect(moved).toContainText('Asesmen');
  await expect(moved).toContainText('08.00');
  await expect(moved.getByRole('cell').first()).toHaveText('1');
  await expect(queueRow(desk, 'R-001').getByRole('cell').first()).toHaveText('2');
  expect(await callNext(desk)).toBe('A-001');
});

test('cancelling needs a reason: an empty one gets a message and the dialog stays', async ({
  context,
}) => {
  const { kiosk, desk } = await kioskAndConsole(context, await demoConfig());
  await registerAtKiosk(kiosk, { serviceName: informasi });
  await openConsoleAt(desk, 1);
  await callNext(desk);

  await button(desk, text.action.cancel).click();
  const dialog = desk.getByRole('dialog', { name: 'Batalkan A-001' });
  const reason = dialog.getByRole('textbox', { name: text.cancel.reason });
  await reason.fill('   ');
  await dialog.getByRole('button', { name: text.cancel.confirm }).click();
  await expect(dialog.getByRole('alert')).toHaveText(text.cancel.reasonRequired);
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(reason).toBeFocused();
  await desk.screenshot({ path: `${SCREENS}/cancel-dialog.png` });

  // A ready-made reason fills the field; it can still be edited.
  await dialog.getByRole('button', { name: text.cancel.quick.duplicate }).click();
  await expect(reason).toHaveValue(text.cancel.quick.duplicate);
  await reason.press('End');
  await reason.pressSequentially(' (dari kios 2)');
  await dialog.getByRole('button', { name: text.cancel.confirm }).click();
  await expect(dialog).toBeHidden();
  await expect(desk.getByRole('status')).toContainText('A-001 dibatalkan.');
  await expect(desk.getByText(text.desk.nothingInHand)).toBeVisible();
  await expect(queueTable(desk)).toContainText(text.queue.empty);
});

test('closing the cancel dialog keeps the ticket in hand', async ({ context }) => {
  const { kiosk, desk } = await kioskAndConsole(context, await demoConfig());
  await registerAtKiosk(kiosk, { serviceName: informasi });
  await openConsoleAt(desk, 1);
  await callNext(desk);
  await button(desk, text.action.cancel).click();
  const dialog = desk.getByRole('dialog', { name: 'Batalkan A-001' });
  await desk.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(ticketInHand(desk)).toContainText('Dipanggil');
});

test('a called visitor can be put back in the queue and keeps their place', async ({ context }) => {
  const { kiosk, desk } = await kioskAndConsole(context, await demoConfig());
  await registerAtKiosk(kiosk, { serviceName: informasi });
  await context.clock.fastForward(60_000);
  await registerAtKiosk(kiosk, { serviceName: informasi });
  await openConsoleAt(desk, 1);
  expect(await callNext(desk)).toBe('A-001');
  await expect(queueRow(desk, 'A-001')).toHaveCount(0);

  await button(desk, text.action.requeue).click();
  await expect(desk.getByRole('status')).toContainText('A-001 dikembalikan ke antrian.');
  await expect(queueRow(desk, 'A-001').getByRole('cell').first()).toHaveText('1');
  expect(await callNext(desk)).toBe('A-001');
});

test('when two counters reach for the same ticket, the second is told who has it', async ({
  context,
}) => {
  const config = await demoConfig();
  const { kiosk, desk: loket1 } = await kioskAndConsole(context, config);
  const loket2 = await context.newPage();
  await installConfig(loket2, config);
  await loket2.setViewportSize({ width: 1366, height: 768 });
  // Loket 2's screen lags behind (as a second PC would before sync): it does not hear the other
  // windows' changes, so it still offers a ticket Loket 1 has just called.
  await loket2.addInitScript(() => {
    class DeafChannel extends EventTarget {
      onmessage = null;
      postMessage() {}
      close() {}
    }
    Object.defineProperty(window, 'BroadcastChannel', { value: DeafChannel });
  });
  await registerAtKiosk(kiosk, { serviceName: informasi });
  await openConsoleAt(loket1, 1);
  await openConsoleAt(loket2, 2);
  await expect(queueRow(loket2, 'A-001')).toBeVisible();

  expect(await callNext(loket1)).toBe('A-001');
  await queueRow(loket2, 'A-001').getByRole('button', { name: 'Panggil A-001' }).click();
  await expect(loket2.getByRole('alert')).toHaveText(/A-001 sudah dipanggil di Loket 1/);
  await expect(loket2.getByText(text.desk.nothingInHand)).toBeVisible();
  await loket2.screenshot({ path: `${SCREENS}/refusal-other-counter.png` });
  await expect(ticketInHand(loket1)).toContainText('A-001');
});

test('a hurried double press of F2 calls one visitor, not two', async ({ context }) => {
  const { kiosk, desk } = await kioskAndConsole(context, await demoConfig());
  await registerAtKiosk(kiosk, { serviceName: informasi });
  await registerAtKiosk(kiosk, { serviceName: informasi });
  await openConsoleAt(desk, 1);
  await expect(queueRow(desk, 'A-002')).toBeVisible();

  await desk.keyboard.press('F2');
  await desk.keyboard.press('F2');
  await expect(ticketInHand(desk).getByRole('heading')).toHaveText('A-001');
  // The second press is ignored while the first call runs, or refused once A-001 is in hand,
  // depending on timing. A third press is refused for sure, and is handled after the first two,
  // so what follows sees the queue after both hurried presses.
  await desk.keyboard.press('F2');
  await expect(desk.getByRole('alert')).toContainText('A-001 masih dipanggil');
  await expect(ticketInHand(desk)).toHaveCount(1);
  await expect(queueRow(desk, 'A-002')).toBeVisible();
});
