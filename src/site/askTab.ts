import { browser } from 'wxt/browser';
import { siteVerdict } from './siteVerdict';
import type { BoxReply, TabRequest, TabStatus } from './tabMessages';

/** The USCIS tab the popup was opened over, or undefined for any other tab. */
export async function uscisTabId(): Promise<number | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id !== undefined && siteVerdict(tab.url).kind === 'official' ? tab.id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Asks the helper in a tab's top page over runtime messaging. Undefined when
 * it does not answer (the page was open before the helper was installed,
 * or is still loading).
 */
export function askTab(tabId: number, request: { type: 'ach:tab-status' }): Promise<TabStatus | undefined>;
export function askTab(tabId: number, request: TabRequest): Promise<BoxReply | undefined>;
export async function askTab(tabId: number, request: TabRequest): Promise<TabStatus | BoxReply | undefined> {
  try {
    return ((await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as TabStatus | BoxReply | undefined) ?? undefined;
  } catch {
    return undefined;
  }
}

/** What TabHelp needs from the browser; tests pass their own. */
export interface TabLink {
  tabId(): Promise<number | undefined>;
  ask: typeof askTab;
}

export const browserTab: TabLink = { tabId: uscisTabId, ask: askTab };
