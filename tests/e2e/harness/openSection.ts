import type { Page } from 'playwright-core';

/** Shows one part of the popup by clicking its tab (named as the English popup names it). */
export async function openSection(page: Page, name: 'Check a code' | 'This page' | 'Checklist' | 'Settings'): Promise<void> {
  const tab = page.getByRole('tab', { name, exact: true });
  await tab.click();
  await tab.and(page.locator('[aria-selected="true"]')).waitFor();
}
