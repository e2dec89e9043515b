import { browser } from 'wxt/browser';
import { siteVerdict } from './siteVerdict';
import type { BoxReply, TabRequest, TabStatus } from '@/src/protocol/messages';

/** The tab the popup was opened over, when it may be a USCIS page. */
export interface OpenTab {
  id: number;
  /** The address is official; false when the browser did not share it (then only an answer proves it is ours). */
  official: boolean;
}

/**
 * The tab the popup was opened over, unless its address is known and not an
 * official USCIS one. Our content script runs on uscis.gov pages only, so
 * in a tab whose address the browser keeps to itself, its answer is the proof.
 */
export async function uscisTab(): Promise<OpenTab | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return undefined;
    if (!tab.url) return { id: tab.id, official: false };
    return siteVerdict(tab.url).kind === 'official' ? { id: tab.id, official: true } : undefined;
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
  tab(): Promise<OpenTab | undefined>;
  ask: typeof askTab;
}

export const browserTab: TabLink = { tab: uscisTab, ask: askTab };
