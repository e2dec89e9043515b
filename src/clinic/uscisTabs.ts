import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Message } from '@/src/protocol/messages';
import { isUscisUrl } from './uscisHosts';

// The tabs our content scripts run in, so Start over on a shared computer can
// close them without the `tabs` permission: a content script says so on
// load (the sender's tab id is all the background keeps), and each is asked
// again before it is closed, since it may have gone to another site since.
// And the USCIS origins of every frame that loaded, from the origin
// announcer at document_start, so a page that stored data and redirected at
// once is removed too. Origins only, taken from the browser's own sender
// (never from what a page says), never a path or anything typed.
// storage.session, because a service worker forgets its memory.
const seenTabs = storage.defineItem<number[]>('session:uscisTabs', { fallback: [] });
const seenOrigins = storage.defineItem<string[]>('session:uscisOrigins', { fallback: [] });

// Messages arrive together (a page and its frames, at document_start):
// each record waits for the one before, so none is lost.
let queue: Promise<void> = Promise.resolve();
const inTurn = (work: () => Promise<void>) => (queue = queue.then(work, work));

/** Records the tab (top frame only) and the USCIS origin of the frame a content script runs in. */
export function recordUscisTab(sender: Browser.runtime.MessageSender): Promise<void> {
  return inTurn(() => record(sender));
}

async function record(sender: Browser.runtime.MessageSender): Promise<void> {
  if (sender.url && isUscisUrl(sender.url)) {
    const origin = new URL(sender.url).origin;
    const origins = await seenOrigins.getValue();
    if (!origins.includes(origin)) await seenOrigins.setValue([...origins, origin]);
  }
  const id = sender.tab?.id;
  if (id === undefined || id < 0 || sender.frameId !== 0) return;
  const tabs = await seenTabs.getValue();
  if (!tabs.includes(id)) await seenTabs.setValue([...tabs, id]);
}

/** USCIS origins seen in this session (their site data goes too). */
export const uscisOriginsSeen = () => seenOrigins.getValue();

/** Forgets the origins once their data is gone: the next person's are recorded afresh. */
export const forgetUscisOrigins = () => seenOrigins.removeValue();

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
      browser.tabs.sendMessage(id, { type: 'ach:still-uscis' } satisfies Message, { frameId: 0 }).then(
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
