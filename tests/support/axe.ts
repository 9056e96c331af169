// Accessibility check of what is on screen with axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules).
// A violation fails the test with each rule, its help text and the elements that break it, so
// the message says what to fix.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  // Let transitions settle so colours are measured as they end up.
  await page.evaluate(() => document.fonts.ready);
  const results = await new AxeBuilder({ page }).withTags(wcagAA).analyze();
  const found = results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    elements: violation.nodes.map((node) => `${node.target.join(' ')} — ${node.failureSummary}`),
  }));
  // Soft, so one run lists every state's violations; the test still fails.
  expect.soft(found, `axe on ${state}`).toEqual([]);
}
