import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { STILL_USCIS } from './messages';
import { isUscisHost } from './uscisHosts';

// The tabs our content script runs in, so Start over on a shared computer can
// close them without the `tabs` permission: the content script says so on
// load (the sender's tab id is all the background keeps), and each is asked
// again before it is closed, since it may have gone to another site since.
// storage.session, because a service worker forgets its memory.
const seenTabs = storage.defineItem<number[]>('session:uscisTabs', { fallback: [] });
const seenHosts = storage.defineItem<string[]>('session:uscisHosts', { fallback: [] });

/** Records the tab (top frame only) and the USCIS host a content script said it is in. */
export async function recordUscisTab(sender: Browser.runtime.MessageSender): Promise<void> {
  const host = sender.url ? new URL(sender.url).hostname : '';
  if (isUscisHost(host)) {
    const hosts = await seenHosts.getValue();
    if (!hosts.includes(host)) await seenHosts.setValue([...hosts, host]);
  }
  const id = sender.tab?.id;
  if (id === undefined || id < 0 || sender.frameId !== 0) return;
  const tabs = await seenTabs.getValue();
  if (!tabs.includes(id)) await seenTabs.setValue([...tabs, id]);
}

/** USCIS hosts seen in this session (their site data goes too). */
export const uscisHostsSeen = () => seenHosts.getValue();

/**
 * The tabs whose top frame answers as a USCIS page: the recorded ones, and
 * every other open tab too (a tab id needs no permission), for a USCIS page
 * loaded before the background could hear of it.
 */
export async function openUscisTabs(): Promise<number[]> {
  const all = (await browser.tabs.query({})).map((tab) => tab.id).filter((id): id is number => id !== undefined && id >= 0);
  const ids = [...new Set([...(await seenTabs.getValue()), ...all])];
  const answers = await Promise.all(
    ids.map((id) =>
      browser.tabs.sendMessage(id, { type: STILL_USCIS }, { frameId: 0 }).then(
        (answer) => answer === true,
        () => false, // closed, or no content script of ours there any more
      ),
    ),
  );
  const open = ids.filter((_, i) => answers[i]);
  await seenTabs.setValue(open);
  return open;
}

/** Closes the tabs; a window left with none gets a new empty tab first, so no window (or browser) closes. */
export async function closeTabs(ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  const all = await browser.tabs.query({});
  const closing = new Set(ids);
  const windows = new Set(all.filter((tab) => tab.id !== undefined && closing.has(tab.id)).map((tab) => tab.windowId));
  for (const windowId of windows) {
    if (all.every((tab) => tab.windowId !== windowId || (tab.id !== undefined && closing.has(tab.id)))) {
      await browser.tabs.create({ windowId, active: true });
    }
  }
  await browser.tabs.remove([...ids]);
  await seenTabs.setValue((await seenTabs.getValue()).filter((id) => !closing.has(id)));
}
