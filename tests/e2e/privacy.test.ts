import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSection } from './harness/openSection';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { firefoxIn, TARGETS_FOR } from './harness/launch';
import { clickInPanel, panelCount, waitForFindings } from './harness/panel';
import type { Tab } from './harness/tab';

// What a person types stays in the field: no request leaves the extension,
// no storage area holds a code, and the page's DOM holds no copy of it
// beyond the field and, while shown, the panel.
const PAGE = 'https://my.uscis.gov/account/applicant/hostile/plain';
const FIELD = '#accessCode';
// Codes no fixture, locale text or bundle contains, so any hit is a copy.
const ON_PAGE = 'W7QJ4RK3VXN9'; // no lookalike characters (0 O 1 I 5 S 2 Z 8 B), so one finding at a time
const IN_POPUP = 'R4TX9PWQ6HMC';
const CODES = [ON_PAGE, IN_POPUP];
// A copy may be stored changed: lowercased, or only in part.
const needles = (code: string) => [code, code.toLowerCase(), code.slice(0, 8), code.slice(4)];

/** Runs in the page: attributes (page and open shadow roots) and texts holding `code`. */
function domCopies(code: string): { attributes: string[]; texts: string[] } {
  const attributes: string[] = [];
  const texts: string[] = [];
  const visit = (root: Document | ShadowRoot, where: string) => {
    if ((root instanceof Document ? root.documentElement : root).textContent?.includes(code)) texts.push(where);
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) if (a.value.includes(code)) attributes.push(`${el.localName}[${a.name}]`);
      if (el.shadowRoot) visit(el.shadowRoot, `${where} > ${el.localName}`);
    }
  };
  visit(document, 'document');
  return { attributes, texts };
}

/** Runs in the page: the page's own storage. */
function pageStorage(): string {
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- sent to the page whole: it cannot reach module scope
  const dump = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i)!)]));
  return JSON.stringify({ local: dump(localStorage), session: dump(sessionStorage), cookie: document.cookie });
}

/** How many of our panels' frames hold `code` in their text. */
const framesHolding = async (tab: Tab, code: string) =>
  (await tab.panels<boolean>(null, 'function (code) { return (this.body?.textContent ?? "").includes(code); }', code)).filter(({ value }) => value).length;

/** Types, fixes, undoes and pastes on the page, checking the DOM for copies as it goes. */
async function useThePage(tab: Tab): Promise<void> {
  await tab.type(FIELD, ` ${ON_PAGE}`);
  await waitForFindings(tab, FIELD, ['leading-space']);
  // The panel shows findings about the code, but never the code in an attribute.
  expect((await tab.evaluate(domCopies, ON_PAGE)).attributes).toEqual([]);
  await clickInPanel(tab, FIELD, '[data-fix="leading-space"]');
  await waitForFindings(tab, FIELD, []);
  await clickInPanel(tab, FIELD, '[data-undo]');
  await waitForFindings(tab, FIELD, ['leading-space']);
  expect((await tab.evaluate(domCopies, ON_PAGE)).attributes).toEqual([]);
  // Cleared: nothing of the code anywhere, the panel included.
  await tab.evaluate((s) => (document.querySelector(s) as HTMLInputElement).select(), FIELD);
  await tab.press('Backspace');
  // The page's DOM, and every frame of ours (its live region's summary too, said a moment after typing stops).
  await expect
    .poll(async () => ({ page: await tab.evaluate(domCopies, ON_PAGE), frames: await framesHolding(tab, ON_PAGE) }))
    .toEqual({ page: { attributes: [], texts: [] }, frames: 0 });
  // Pasted again with a problem, then the field removed by the page: the panel goes with it.
  await tab.paste(FIELD, `${ON_PAGE}\u200b`); // a zero-width space at the end
  await waitForFindings(tab, FIELD, ['invisible']);
  await tab.evaluate((s) => document.querySelector(s)!.remove(), FIELD);
  await expect.poll(() => panelCount(tab)).toBe(0);
  expect(await tab.evaluate(domCopies, ON_PAGE)).toEqual({ attributes: [], texts: [] });
}
const pageStorageOf = (tab: Tab) => tab.evaluate(pageStorage);

describe('privacy, Chromium', () => {
  let session: ChromiumSession;
  let extension: string;
  // Every request, sorted by who made it.
  const network: string[] = []; // leaving the machine's browser: must stay empty
  const internal: string[] = []; // the extension's own files (chrome-extension://): not network
  const pageOwn: string[] = []; // the fixture page's document and script: not ours

  beforeAll(async () => {
    session = await launchChromium();
    extension = `chrome-extension://${session.extensionId}/`;
    // Requests of pages (USCIS tab, popup, checklist) and of the service worker:
    // Playwright reports a worker's fetches here too (request.serviceWorker()).
    // The content script's requests come from the USCIS tab's frame; that page
    // itself asks only for its document and script.
    session.context.on('request', (request: Request) => {
      const url = request.url();
      // Ours: the extension's address, or the per-session one Chrome gives the panel's frame (use_dynamic_url).
      if (url.startsWith(extension) || url.startsWith('chrome-extension://')) internal.push(new URL(url).pathname);
      else if (url === PAGE || url.endsWith('/fixtures/hostile.js')) pageOwn.push(url);
      else network.push(`${request.serviceWorker() ? 'service worker' : (request.frame().url() || 'page')}: ${url}`);
    });
  });
  afterAll(() => session?.close());

  it('types, fixes and checks codes on the page, in the popup and the checklist without a request or a stored copy', async () => {
    const tab = await session.open(PAGE);
    await useThePage(tab);
    const pageDump = await pageStorageOf(tab);
    await tab.close();
    const cookies = JSON.stringify(await session.context.cookies());

    // The popup's checker and the checklist page.
    const popup = await session.page(`${extension}popup.html`);
    await popup.getByRole('heading', { level: 1 }).waitFor();
    const input = popup.getByLabel('Type or paste the access code');
    await input.pressSequentially(` ${IN_POPUP.toLowerCase()}`);
    await popup.locator('[data-finding="leading-space"]').waitFor();
    await input.fill(IN_POPUP);
    await openSection(popup, 'This page');
    await popup.getByLabel('Check a link from a letter, e-mail or text message').fill('https://my.uscis.gov/');
    const checklist = await session.page(`${extension}checklist.html`);
    await checklist.getByRole('checkbox').first().check();

    const dump = await extensionStorage(session, popup);
    console.log(`privacy, Chromium: ${network.length} network requests; extension files loaded: ${[...new Set(internal)].join(', ')}`);
    console.log(`privacy, Chromium: storage dump ${dump.length} characters: ${dump.slice(0, 300)}`);
    for (const code of CODES) {
      for (const needle of needles(code)) {
        expect({ needle, in: 'extension storage', found: dump.includes(needle) }).toEqual({ needle, in: 'extension storage', found: false });
        expect({ needle, in: 'page storage', found: pageDump.includes(needle) || cookies.includes(needle) }).toEqual({ needle, in: 'page storage', found: false });
      }
    }
    // The checklist tick is the one thing kept (storage.session): so the dump did read storage.
    expect(dump).toMatch(/"session":\{"[^"]+/);
    await popup.close();
    await checklist.close();
    expect(pageOwn.length).toBeGreaterThan(0); // the recorder saw the page's own requests
    expect(network).toEqual([]);
  });
});

/** Every storage area of the extension: storage.local/sync/session from the worker, IndexedDB and localStorage of its origin. */
async function extensionStorage(session: ChromiumSession, extensionPage: Page): Promise<string> {
  const worker = session.context.serviceWorkers()[0]!;
  const areas = await worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    sync: await chrome.storage.sync.get(null),
    session: await chrome.storage.session.get(null),
  }));
  const origin = await extensionPage.evaluate(async () => {
    const databases = await indexedDB.databases();
    const local = Object.fromEntries(Array.from({ length: localStorage.length }, (_, i) => [localStorage.key(i), localStorage.getItem(localStorage.key(i)!)]));
    const perTab = Object.fromEntries(Array.from({ length: sessionStorage.length }, (_, i) => [sessionStorage.key(i), sessionStorage.getItem(sessionStorage.key(i)!)]));
    const caches = await globalThis.caches.keys();
    return { indexedDB: databases.map((d) => d.name), localStorage: local, sessionStorage: perTab, caches, cookie: document.cookie };
  });
  return JSON.stringify({ ...areas, origin });
}

describe.each(firefoxIn(TARGETS_FOR.page))('privacy, %s', (target) => {
  // Firefox refuses to open moz-extension:// pages over WebDriver BiDi, so
  // the popup and extension storage are covered in Chromium; here, the
  // content script's side: its requests, the page's storage and DOM.
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(target);
  });
  afterAll(() => session?.close());

  it('types, fixes and clears a code on the page without a request or a copy', async () => {
    const tab = await session.open(PAGE);
    const [page] = (await session.puppeteer.pages()).filter((p) => p.url() === PAGE);
    const network: string[] = [];
    page!.on('request', (request) => {
      const url = request.url();
      // Not ours: the extension's own files, the page and its script, and the
      // tab's icon, which Firefox asks the page's server for in its own time.
      const pageOwn = url === PAGE || url.endsWith('/fixtures/hostile.js') || url === new URL('/favicon.ico', PAGE).href;
      if (!url.startsWith('moz-extension://') && !pageOwn) network.push(url);
    });
    await useThePage(tab);
    const pageDump = await pageStorageOf(tab);
    for (const needle of needles(ON_PAGE)) expect({ needle, found: pageDump.includes(needle) }).toEqual({ needle, found: false });
    expect(network).toEqual([]);
    await tab.close();
  });
});
