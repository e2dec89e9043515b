import { browser } from 'wxt/browser';
import type { StartOverResult } from './startOverResult';
import { uscisHosts } from './uscisHosts';

// Signs the browser out of USCIS by removing uscis.gov's cookies and site
// data, and nothing of other sites. The browsers filter differently
// (MDN browser-compat-data, browsingData.RemovalOptions):
// - Chrome filters by `origins` for cookies, storage and caches; cookies go
//   for the whole registrable domain, so `.uscis.gov` cookies go too.
// - Firefox filters by `hostnames`, each subdomain listed, for cookies,
//   localStorage, IndexedDB and service workers; its cache can only be
//   emptied for every site at once, so it is left and the person is told.
// Without the optional `browsingData` permission (refused, or Firefox for
// Android, which has no optional browsingData) the person signs out by hand.

export type Engine = 'chrome' | 'firefox';

interface BrowsingData {
  remove(options: Record<string, unknown>, dataTypes: Record<string, boolean>): Promise<void>;
}

const browsingData = () => (browser as unknown as { browsingData?: BrowsingData }).browsingData;

export async function hasBrowsingData(): Promise<boolean> {
  try {
    return browsingData() !== undefined && (await browser.permissions.contains({ permissions: ['browsingData'] }));
  } catch {
    return false;
  }
}

export async function signOutOfUscis(engine: Engine, hostsSeen: readonly string[]): Promise<StartOverResult[]> {
  const api = browsingData();
  if (!api || !(await hasBrowsingData())) {
    return [{ item: 'sign-out', outcome: 'by-hand' }];
  }
  const hosts = [...new Set([...uscisHosts, ...hostsSeen])];
  try {
    if (engine === 'chrome') {
      await api.remove(
        { origins: hosts.map((host) => `https://${host}`) },
        { cookies: true, localStorage: true, indexedDB: true, cacheStorage: true, serviceWorkers: true, cache: true, fileSystems: true, webSQL: true },
      );
      return [{ item: 'sign-out', outcome: 'done' }];
    }
    await api.remove({ hostnames: hosts }, { cookies: true, localStorage: true, indexedDB: true, serviceWorkers: true });
    return [
      { item: 'sign-out', outcome: 'done' },
      { item: 'cache', outcome: 'by-hand' },
    ];
  } catch {
    return [{ item: 'sign-out', outcome: 'failed' }];
  }
}

/** Saved form entries: both browsers can only remove them for every site. */
export async function removeFormData(): Promise<StartOverResult> {
  const api = browsingData();
  if (!api || !(await hasBrowsingData())) return { item: 'form-data', outcome: 'by-hand' };
  try {
    await api.remove({}, { formData: true });
    return { item: 'form-data', outcome: 'done' };
  } catch {
    return { item: 'form-data', outcome: 'failed' };
  }
}
