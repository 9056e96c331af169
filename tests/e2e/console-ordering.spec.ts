// Calling order at the counter: whatever the centre's policy, "Panggil berikutnya" brings the
// visitor the policy says is next, and an emergency always comes first.
import { expect, type Page, test } from '@playwright/test';
import type { OrderingPolicy } from '../../core/centre/config.ts';
import { demoConfig } from '../support/installation.ts';
import { type KioskVisitor, pressDarurat, registerAtKiosk } from '../support/kiosk-flow.ts';
import {
  CENTRE_TIME_ZONE,
  callNext,
  callNextButton,
  kioskAndConsole,
  openConsoleAt,
  queueRow,
  SCREENS,
  serveAndFinish,
  text,
} from './console-steps.ts';

test.use({ timezoneId: CENTRE_TIME_ZONE });

const regular: KioskVisitor = { serviceName: 'Informasi & Pengaduan' };
const elderly: KioskVisitor = { serviceName: 'Informasi & Pengaduan', priority: ['lansia'] };

/** Visitors arrive at the kiosk the given minutes after the first; returns their numbers. */
async function arrive(
  kiosk: Page,
  visitors: { visitor: KioskVisitor; minute: number }[],
): Promise<string[]> {
  const numbers: string[] = [];
  let minute = 0;
  for (const { visitor, minute: at } of visitors) {
    if (at > minute) await kiosk.context().clock.fastForward((at - minute) * 60_000);
    minute = at;
    numbers.push((await registerAtKiosk(kiosk, visitor)).number);
  }
  return numbers;
}

/** Call and serve everyone waiting, one at a time; the numbers in the order they were called. */
async function callEveryone(desk: Page, count: number): Promise<string[]> {
  const called: string[] = [];
  for (let i = 0; i < count; i++) {
    called.push(await callNext(desk));
    await serveAndFinish(desk);
  }
  await expect(callNextButton(desk)).toBeDisabled();
  return called;
}

async function scenario(
  context: import('@playwright/test').BrowserContext,
  ordering: OrderingPolicy,
  visitors: { visitor: KioskVisitor; minute: number }[],
) {
  const config = await demoConfig({ ordering });
  const { kiosk, desk } = await kioskAndConsole(context, config);
  const numbers = await arrive(kiosk, visitors);
  await openConsoleAt(desk, 1);
  return { desk, numbers };
}

test.describe('the console calls in the right order under each ordering policy', () => {
  test('first come, first served: a priority visitor waits their turn', async ({ context }) => {
    const { desk, numbers } = await scenario(context, { kind: 'fifo' }, [
      { visitor: regular, minute: 0 },
      { visitor: elderly, minute: 5 },
      { visitor: regular, minute: 10 },
    ]);
    expect(numbers).toEqual(['A-001', 'A-002', 'A-003']);
    await expect(desk.getByText('Urutan: sesuai waktu datang')).toBeVisible();
    expect(await callEveryone(desk, 3)).toEqual(['A-001', 'A-002', 'A-003']);
  });

  test('weighted, 15 minutes: a priority visitor 10 minutes later goes first, one 20 minutes later does not', async ({
    context,
  }) => {
    const { desk } = await scenario(context, { kind: 'weighted', priorityBonusMinutes: 15 }, [
      { visitor: regular, minute: 0 },
      { visitor: elderly, minute: 10 }, // counts as arriving at -5, before A-001
      { visitor: elderly, minute: 20 }, // counts as arriving at +5, after A-001
    ]);
    // The table shows the same order the calls will follow.
    await expect(queueRow(desk, 'A-002').getByRole('cell').first()).toHaveText('1');
    await expect(queueRow(desk, 'A-001').getByRole('cell').first()).toHaveText('2');
    await expect(queueRow(desk, 'A-003').getByRole('cell').first()).toHaveText('3');
    expect(await callEveryone(desk, 3)).toEqual(['A-002', 'A-001', 'A-003']);
  });

  test('strict: every priority visitor before any regular one', async ({ context }) => {
    const { desk } = await scenario(context, { kind: 'strict' }, [
      { visitor: regular, minute: 0 },
      { visitor: regular, minute: 5 },
      { visitor: elderly, minute: 40 },
    ]);
    expect(await callEveryone(desk, 3)).toEqual(['A-003', 'A-001', 'A-002']);
  });

  test('ratio 2 regular : 1 priority', async ({ context }) => {
    const { desk } = await scenario(context, { kind: 'ratio', regularPerPriority: 2 }, [
      { visitor: regular, minute: 0 },
      { visitor: regular, minute: 1 },
      { visitor: regular, minute: 2 },
      { visitor: elderly, minute: 3 },
      { visitor: elderly, minute: 4 },
    ]);
    expect(await callEveryone(desk, 5)).toEqual(['A-001', 'A-002', 'A-004', 'A-003', 'A-005']);
  });
});

test('an emergency jumps the queue: the alert shows on the console until a counter takes it', async ({
  context,
}) => {
  const config = await demoConfig();
  const { kiosk, desk } = await kioskAndConsole(context, config);
  await arrive(kiosk, [
    { visitor: regular, minute: 0 },
    { visitor: elderly, minute: 1 },
  ]);
  await openConsoleAt(desk, 1);
  await expect(desk.getByRole('alert').filter({ hasText: text.emergency.label })).toHaveCount(0);

  await kiosk.context().clock.fastForward(3 * 60_000);
  const { number } = await pressDarurat(kiosk);
  expect(number).toBe('D-001');

  const banner = desk.getByRole('alert').filter({ hasText: text.emergency.label });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText('D-001');
  await expect(banner).toContainText(text.emergency.justNow);
  await expect(desk.getByRole('listitem').filter({ hasText: 'Darurat' })).toContainText('1');

  // Two minutes on, the banner says how long the emergency has been waiting.
  await kiosk.context().clock.fastForward(2 * 60_000);
  await expect(banner).toContainText('masuk 2 mnt lalu');
  await desk.mouse.move(0, 0);
  await desk.screenshot({ path: `${SCREENS}/emergency-alert.png` });

  expect(await callNext(desk)).toBe('D-001');
  await expect(banner).toHaveCount(0);
  await serveAndFinish(desk);
  expect(await callNext(desk)).toBe('A-001');
});

test('"Ambil" on the emergency banner calls it to this counter even with a visitor in hand', async ({
  context,
}) => {
  const config = await demoConfig();
  const { kiosk, desk } = await kioskAndConsole(context, config);
  await registerAtKiosk(kiosk, regular);
  await openConsoleAt(desk, 1);
  expect(await callNext(desk)).toBe('A-001');

  await pressDarurat(kiosk);
  const banner = desk.getByRole('alert').filter({ hasText: text.emergency.label });
  await banner.getByRole('button', { name: 'Ambil D-001 ke loket ini' }).click();
  await expect(banner).toHaveCount(0);
  await expect(desk.getByRole('article')).toHaveCount(2);
  await expect(desk.getByRole('article', { name: 'D-001' })).toContainText('Dipanggil');
  await expect(desk.getByRole('status')).toContainText('D-001 dipanggil ke Loket 1.');
});
