import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { mayUse } from './clinicPermissions';
import { clinicMode } from './clinicStorage';
import type { StartOverResult } from './startOverResult';
import { isUscisUrl } from './uscisHosts';

// Deletes the USCIS addresses from the browser's history, one by one, and
// no other site's (history.deleteRange and browsingData's `history` would
// take every site's). Needs the optional `history` permission; Firefox for
// Android has no history API.
//
// Finding them all: history.search matches `text` against words of the
// address and title, which may not split a host the way we would, so the
// search is for every address (text ''), over all time (startTime 0; the
// default is the last 24 hours), a page at a time going back in time, and
// the addresses are picked here by host (isUscisUrl: uscis.gov and its
// subdomains, http and https). What is read is kept only while this runs.
// Known gap (measured, Chromium): Chrome's history.search, with any text,
// leaves out a visit that was not the end of a redirect chain, so a page
// that sent the person on at once (a sign-in hand-off) is never listed and
// stays in Chrome's history database; only its exact address could delete
// it. Firefox lists it, and it goes. So, while clinic mode is on, each USCIS
// visit is deleted as the browser records it (forgetUscisVisits): its exact
// address is known at that moment and kept nowhere; only how many went is
// counted, for the report.

interface HistoryItem {
  url?: string;
  lastVisitTime?: number;
}
interface HistoryApi {
  onVisited?: { addListener(listener: (item: HistoryItem) => void): void; hasListener(listener: (item: HistoryItem) => void): boolean };
  search(query: { text: string; startTime?: number; endTime?: number; maxResults?: number }): Promise<HistoryItem[]>;
  deleteUrl(details: { url: string }): Promise<void>;
}

const historyApi = () => (browser as unknown as { history?: HistoryApi }).history;

const PAGE = 5000;
// A bound, not a guess at the size of a history: 100 pages of 5,000.
const MAX_PAGES = 100;

/** Every USCIS address in the history. */
export async function uscisHistoryUrls(api: Pick<HistoryApi, 'search'>): Promise<string[]> {
  const found = new Set<string>();
  let endTime: number | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const items = await api.search({ text: '', startTime: 0, ...(endTime !== undefined && { endTime }), maxResults: PAGE });
    for (const { url } of items) if (url && isUscisUrl(url)) found.add(url);
    if (items.length < PAGE) break;
    // The next page: visits up to the oldest moment seen, that moment
    // included whether a browser's endTime is inclusive or not (addresses
    // seen again are counted once). A page all of one moment ends the search.
    const oldest = Math.min(...items.map((item) => item.lastVisitTime ?? Number.POSITIVE_INFINITY));
    if (!Number.isFinite(oldest) || oldest + 1 === endTime) break;
    endTime = oldest + 1;
  }
  return [...found];
}

// How many USCIS addresses went as they were visited, since the last Start over.
const deletedOnVisit = storage.defineItem<number>('session:uscisVisitsDeleted', { fallback: 0 });

let counting: Promise<void> = Promise.resolve();
async function onVisited({ url }: HistoryItem): Promise<void> {
  if (!url || !isUscisUrl(url) || !(await clinicMode.getValue())) return;
  const api = historyApi();
  if (!api) return;
  await api.deleteUrl({ url });
  counting = counting.then(async () => deletedOnVisit.setValue((await deletedOnVisit.getValue()) + 1));
  await counting;
}
const listener = (item: HistoryItem) => void onVisited(item).catch(() => {});

/**
 * While clinic mode is on, a USCIS address leaves the history as soon as it
 * is visited. Called when the background starts (a service worker's
 * listeners must be added at once to wake it) and when the `history`
 * permission is granted later; without it there is no API and nothing to do.
 */
export function forgetUscisVisits(): void {
  try {
    listenForVisits();
    browser.permissions.onAdded.addListener(listenForVisits);
  } catch {
    // A browser without these events: Start over's search still runs.
  }
}
function listenForVisits(): void {
  const api = historyApi();
  const visits = api?.onVisited;
  if (visits && !visits.hasListener(listener)) visits.addListener(listener);
}

export async function removeUscisHistory(): Promise<StartOverResult> {
  const api = historyApi();
  if (!api || !(await mayUse('history'))) return { item: 'history', outcome: 'by-hand' };
  try {
    const urls = await uscisHistoryUrls(api);
    for (const url of urls) await api.deleteUrl({ url });
    // Looked for again: a page still closing may have added a visit meanwhile.
    const left = await uscisHistoryUrls(api);
    for (const url of left) await api.deleteUrl({ url });
    await counting;
    const count = new Set([...urls, ...left]).size + (await deletedOnVisit.getValue());
    await deletedOnVisit.setValue(0);
    return { item: 'history', outcome: count > 0 ? 'done' : 'nothing', count };
  } catch {
    return { item: 'history', outcome: 'failed' };
  }
}
