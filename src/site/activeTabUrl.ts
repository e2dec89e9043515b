import { browser } from 'wxt/browser';

/**
 * The address of the tab the popup was opened over. activeTab grants it for
 * the page where the person clicked the extension's button; without that grant
 * (or on a page the browser keeps private) the address is undefined.
 */
export async function activeTabUrl(): Promise<string | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.url || undefined;
  } catch {
    return undefined;
  }
}
