import type { Page } from 'playwright-core';

// The popup's parts as its English tabs name them, and the tab of each (any language).
const TABS = {
  'Check a code': '#tab-check',
  'This page': '#tab-page',
  Checklist: '#tab-checklist',
  Settings: '#tab-settings',
} as const;

/** Shows one part of the popup by clicking its tab, in whatever language the popup speaks. */
export async function openSection(page: Page, name: keyof typeof TABS): Promise<void> {
  await page.locator(TABS[name]).click();
  await page.locator(`${TABS[name]}[aria-selected="true"]`).waitFor();
}
