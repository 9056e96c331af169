// Two kiosks of one centre (two PCs, each with its own store) issue tickets for the same service
// at the same time, offline from each other: no number is ever handed out twice.
import { expect, test } from '@playwright/test';
import { demoConfig, installConfig } from '../support/installation.ts';
import { registerAtKiosk } from '../support/kiosk-flow.ts';

test('two kiosks never give two visitors the same number', async ({ browser }) => {
  const baseURL = test.info().project.use.baseURL;
  const kiosks = await Promise.all(
    [1, 2].map(async (slot) => {
      const context = await browser.newContext({
        baseURL,
        viewport: { width: 1080, height: 1920 },
      });
      const page = await context.newPage();
      await installConfig(page, await demoConfig({ issuer: { slot, of: 2 } }));
      return { context, page };
    }),
  );

  const numbers: string[][] = [[], []];
  for (let round = 0; round < 3; round++) {
    const issued = await Promise.all(
      kiosks.map(({ page }) => registerAtKiosk(page, { serviceName: 'Informasi & Pengaduan' })),
    );
    for (const [kiosk, { number }] of issued.entries()) numbers[kiosk]?.push(number);
  }

  expect(numbers[0]).toEqual(['A-001', 'A-003', 'A-005']);
  expect(numbers[1]).toEqual(['A-002', 'A-004', 'A-006']);
  expect(new Set(numbers.flat()).size).toBe(6);
  await Promise.all(kiosks.map(({ context }) => context.close()));
});
