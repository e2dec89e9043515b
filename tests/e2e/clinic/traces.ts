import type { Reply } from '../harness/sites';

// What a last person leaves behind on USCIS, as pages served at real USCIS
// addresses (and one other site, the control). The stored text holds a name
// and an A-Number, as a real hand-off page's draft might.
export const STORED = 'Maria Lopez, A012345678';

/**
 * A sign-in hand-off page on a USCIS host nobody listed: stores everything,
 * then redirects, while a script it waits for never arrives (HOLD), so the
 * page never reaches DOMContentLoaded and no document_idle script runs there.
 */
export const HAND_OFF = 'https://login.uscis.gov/hand-off';
/** A parser-blocking script that the fixture servers never answer. */
export const HOLD = '/hold.js';
/** Where the hand-off goes. */
export const AFTER_HAND_OFF = 'https://my.uscis.gov/account/applicant/add-case';
/** A plain-http USCIS page that stores what an insecure page can (no Cache Storage, no service worker). */
export const PLAIN_HTTP = 'http://www.uscis.gov/es/plain';
/** Another site that stores the same as the hand-off: all of it must stay. */
export const OTHER_SITE = 'https://example.org/traces';
/** A submitted USCIS form (tests/fixtures/form-history.html). */
export const FORM = 'https://my.uscis.gov/account/applicant/form-history';
export const RECEIPT = 'IOE0912345678';
/** More USCIS addresses a person passes through (history entries). */
export const MORE_USCIS = [
  'https://www.uscis.gov/about-us/contact-us/how-do-i-get-a-new-online-access-code',
  'https://egov.uscis.gov/casestatus/landing.do',
  'https://my.uscis.gov/account/v1/needhelp',
  'https://myaccount.uscis.gov/sign-in',
];

/** The origins whose traces are probed afterwards. */
export const USCIS_ORIGINS = ['https://login.uscis.gov', 'http://www.uscis.gov', 'https://my.uscis.gov'];

const html = (body: string): Reply => ({ status: 200, contentType: 'text/html; charset=utf-8', headers: {}, body });

// The page's own script: a cookie, localStorage, IndexedDB and, where the
// page is secure, Cache Storage and a service worker; then, if asked, a redirect.
function leaveTraces(redirectTo: string | null): string {
  return `<script>
(async () => {
  const secure = location.protocol === 'https:';
  document.cookie = 'lastPerson=' + encodeURIComponent(${JSON.stringify(STORED)}) + '; Path=/' + (secure ? '; Secure' : '');
  localStorage.setItem('lastPerson', ${JSON.stringify(STORED)});
  await new Promise((resolve, reject) => {
    const open = indexedDB.open('case', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('drafts');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put(${JSON.stringify(STORED)}, 'draft');
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
  if (secure) {
    await (await caches.open('case')).put('/case-draft', new Response(${JSON.stringify(STORED)}));
    await navigator.serviceWorker.register('/traces-sw.js');
    await navigator.serviceWorker.ready;
  }
  document.body.dataset.stored = 'yes';
  ${redirectTo ? `location.replace(${JSON.stringify(redirectTo)});` : ''}
})();
</script>`;
}

const page = (title: string, script = '') => html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><p>${title}</p>${script}</body></html>`);

/** The pages, by origin and path. */
export const TRACE_PAGES: Record<string, () => Reply> = {
  [HAND_OFF]: () => page('Signing you in', `${leaveTraces(AFTER_HAND_OFF)}<script src="${HOLD}"></script>`),
  [PLAIN_HTTP]: () => page('USCIS (plain http)', leaveTraces(null)),
  [OTHER_SITE]: () => page('Another site', leaveTraces(null)),
  ...Object.fromEntries(MORE_USCIS.map((url) => [url, () => page('USCIS')])),
};

/** A service worker (no fetch handler) and the blank page that probes what an origin still holds, on any host. */
export function traceReply(url: string): Reply | undefined {
  const { pathname } = new URL(url);
  if (pathname === '/traces-sw.js') return { status: 200, contentType: 'text/javascript', headers: {}, body: "self.addEventListener('install', () => self.skipWaiting());" };
  if (pathname === '/probe') return page('Probe');
  return undefined;
}

export interface Held {
  cookie: string;
  localStorage: number;
  indexedDB: string[];
  cacheStorage: string[];
  serviceWorkers: number;
}

/** Run in a probe page: what its origin holds. */
export async function probe(): Promise<Held> {
  const secure = location.protocol === 'https:';
  return {
    cookie: document.cookie,
    localStorage: localStorage.length,
    indexedDB: (await indexedDB.databases()).map((db) => db.name ?? ''),
    cacheStorage: secure ? await caches.keys() : [],
    serviceWorkers: secure ? (await navigator.serviceWorker.getRegistrations()).length : 0,
  };
}

export const NOTHING: Held = { cookie: '', localStorage: 0, indexedDB: [], cacheStorage: [], serviceWorkers: 0 };
export const EVERYTHING_SECURE: Held = { cookie: `lastPerson=${encodeURIComponent(STORED)}`, localStorage: 1, indexedDB: ['case'], cacheStorage: ['case'], serviceWorkers: 1 };
