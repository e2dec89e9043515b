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

/**
 * Picks the popup's language as a person does: the globe in the header opens
 * Settings with the language menu focused; then back to the part that was
 * shown. `value` is a locale folder, or '' for the browser's language.
 */
export async function chooseLanguage(page: Page, value: string): Promise<void> {
  const shown = await page.locator('[role="tab"][aria-selected="true"]').getAttribute('id');
  await page.locator('#language-button').click();
  await page.selectOption('#language-menu', value);
  if (shown && shown !== 'tab-settings') await page.locator(`#${shown}`).click();
}
