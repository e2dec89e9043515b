import { browser } from 'wxt/browser';
import { mayUse } from './clinicPermissions';
import type { StartOverResult } from './startOverResult';
import { uscisHostnames, uscisOrigins } from './uscisHosts';

// Signs the browser out of USCIS by removing the cookies and site data of
// every USCIS origin, and nothing of other sites. The browsers filter
// differently (MDN browser-compat-data, browsingData.RemovalOptions):
// - Chrome filters by `origins`, exact origins (scheme, host and port), for
//   cookies, storage, caches and service workers; cookies go for the whole
//   registrable domain, so `.uscis.gov` cookies go too. So every origin is
//   listed: https and http of each known and each seen host (uscisHosts).
// - Firefox filters by `hostnames`, each host exactly (no subdomains), for
//   cookies, localStorage, IndexedDB and service workers, so every known and
//   seen host is listed; the scheme does not matter. Its HTTP cache is
//   emptied for every site at once, if the person ticks it in the
//   confirmation (`cache`). It has no way to remove one site's Cache Storage
//   (the Cache API): the report says so and how to remove it by hand.
// Without the optional `browsingData` permission (refused, or Firefox for
// Android, which has no optional browsingData) the person signs out by hand.

export type Engine = 'chrome' | 'firefox';

interface BrowsingData {
  remove(options: Record<string, unknown>, dataTypes: Record<string, boolean>): Promise<void>;
}

const browsingData = () => (browser as unknown as { browsingData?: BrowsingData }).browsingData;

export const hasBrowsingData = () => mayUse('browsingData');

const CHROME_TYPES = { cookies: true, localStorage: true, indexedDB: true, cacheStorage: true, serviceWorkers: true, cache: true, fileSystems: true, webSQL: true };
const FIREFOX_TYPES = { cookies: true, localStorage: true, indexedDB: true, serviceWorkers: true };

export async function signOutOfUscis(engine: Engine, originsSeen: readonly string[]): Promise<StartOverResult> {
  const api = browsingData();
  if (!api || !(await hasBrowsingData())) return { item: 'sign-out', outcome: 'by-hand' };
  try {
    if (engine === 'chrome') await api.remove({ origins: uscisOrigins(originsSeen) }, CHROME_TYPES);
    else await api.remove({ hostnames: uscisHostnames(originsSeen) }, FIREFOX_TYPES);
    return { item: 'sign-out', outcome: 'done' };
  } catch {
    return { item: 'sign-out', outcome: 'failed' };
  }
}

/** Every site's data of one kind: the browsers have no way to remove it for one site. */
async function removeEverySites(item: 'form-data' | 'cache', type: 'formData' | 'cache'): Promise<StartOverResult> {
  const api = browsingData();
  if (!api || !(await hasBrowsingData())) return { item, outcome: 'by-hand' };
  try {
    await api.remove({}, { [type]: true });
    return { item, outcome: 'done' };
  } catch {
    return { item, outcome: 'failed' };
  }
}

/** Saved form entries: both browsers can only remove them for every site. */
export const removeFormData = () => removeEverySites('form-data', 'formData');

/** Firefox's cache (copies of pages): only for every site. */
export const removeFirefoxCache = () => removeEverySites('cache', 'cache');
