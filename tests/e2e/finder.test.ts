import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabOf, type ChromiumSession } from './harness/chromium';
import { openSection } from './harness/openSection';
import type { FirefoxSession } from './harness/firefox';
import { afterHelpedKey } from './harness/barrier';
import { launch, TARGETS_FOR } from './harness/launch';
import { panelOf } from './harness/panel';
import type { Session, Tab } from './harness/tab';

// The field finder in every build: sure of the field, never fooled by a
// two-step, sign-in or search box that says "access code", and no channel
// the page can use. Popup-driven parts run in Chromium only: Firefox opens
// no moz-extension:// page over WebDriver BiDi (see privacy.test.ts), so
// the content script's half of that path is covered for every build in
// tests/dom/field/answerTab.test.ts.
const FINDER = 'https://my.uscis.gov/account/applicant/finder';
const SIGN_IN = 'https://myaccount.uscis.gov/sign-in';

const hasPanel = async (tab: Tab, selector: string) => (await panelOf(tab, selector)).state !== null;
const extensionIdOf = (session: Session) =>
  session.browser === 'chromium' ? (session as ChromiumSession).extensionId : (session as FirefoxSession).addonId;

/** Types into the real access-code box first, so the panel bundle is loaded before a "no panel" is believed. */
async function warmUp(tab: Tab) {
  await tab.type('#accessCode', ' K7XH4MW9PT3R');
  await expect.poll(() => hasPanel(tab, '#accessCode')).toBe(true);
}

describe.each(TARGETS_FOR.page)('the field finder, %s', (target) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(target);
  });
  afterAll(() => session?.close());

  it('gives no panel to two-step fields that say "access code", nor to a search box or a user-name field', async () => {
    const tab = await session.open(FINDER);
    await warmUp(tab);
    for (const selector of ['#t1', '#t2', '#t3', '#t4', '#u1', '#q']) {
      await tab.type(selector, '482913');
      await afterHelpedKey(tab, '#accessCode');
      expect({ selector, panel: await panelOf(tab, selector) }).toEqual({ selector, panel: { state: null, findings: [], fixes: [] } });
    }
    await tab.close();
  });

  it('lets go of a helped field relabelled as a two-step field', async () => {
    const tab = await session.open(FINDER);
    await warmUp(tab);
    await tab.type('#t5', ' 482913');
    await expect.poll(() => hasPanel(tab, '#t5')).toBe(true);
    await tab.evaluate(() => {
      document.getElementById('t5-label')!.textContent = 'Enter the secure verification code sent to your phone';
    });
    await expect.poll(() => hasPanel(tab, '#t5')).toBe(false);
    await tab.type('#t5', '1');
    await afterHelpedKey(tab, '#accessCode');
    expect(await hasPanel(tab, '#t5')).toBe(false);
    await tab.close();
  });

  it('gives no panel to an unlabelled "Code" box by itself', async () => {
    const tab = await session.open(FINDER);
    await warmUp(tab);
    await tab.type('#f3', ' K7XH4MW9PT3R');
    await afterHelpedKey(tab, '#accessCode');
    expect(await hasPanel(tab, '#f3')).toBe(false);
    await tab.close();
  });

  it('posts nothing to the page, and the page cannot stop it', async () => {
    const id = extensionIdOf(session);
    const tab = await session.open(`${FINDER}#id=${encodeURIComponent(id)}`);
    await warmUp(tab); // the content script has surely started by now
    expect(await tab.evaluate(() => (window as unknown as { heard: string[] }).heard)).toEqual([]);
    // WXT 0.21.0's stop signal, and the window messages newer versions listen to.
    await tab.evaluate((extensionId) => {
      const type = `${extensionId}:uscis:wxt:content-script-started`;
      const detail = { contentScriptName: 'uscis', messageId: 'x' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
      window.postMessage({ event: type, ...detail }, '*');
    }, id);
    await afterHelpedKey(tab, '#accessCode'); // the posted messages were delivered before this key
    // Still helping: a new field is taken and an old one keeps its panel.
    await tab.type('#t5', ' 482913');
    await expect.poll(() => hasPanel(tab, '#t5')).toBe(true);
    expect(await hasPanel(tab, '#accessCode')).toBe(true);
    // Only the page's own four messages were heard.
    const heard = await tab.evaluate(() => (window as unknown as { heard: string[] }).heard);
    expect(heard.filter((h) => !h.includes('"messageId":"x"') && !h.startsWith('event'))).toEqual([]);
    await tab.close();
  });
});

/** A Tab over a Playwright page, for the panel checks (the panel's closed root is read over CDP). */
const wrap = (page: Page): Tab => tabOf(page);

describe('a way to recover, Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = (await launch('chromium')) as ChromiumSession;
  });
  afterAll(() => session?.close());

  /** The popup, opened as a tab over `page` (made the active tab, as when a person clicks the button). */
  async function popupOver(page: Page): Promise<Page> {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.bringToFront();
    await popup.reload(); // reads the active tab now: the USCIS page
    await popup.getByRole('heading', { level: 1 }).waitFor();
    return popup;
  }

  it('says what it found on a USCIS tab, with and without a box to help', async () => {
    const signIn = await session.page(SIGN_IN);
    let popup = await popupOver(signIn);
    await popup.getByText('No access-code box found on this page.').waitFor();
    await popup.close();
    const finder = await session.page(FINDER);
    popup = await popupOver(finder);
    // The helper found a box here, so the popup opens on the checker.
    await expect.poll(() => popup.locator('#tab-check').getAttribute('aria-selected')).toBe('true');
    await openSection(popup, 'This page');
    await popup.getByText('Helping: Online Access Code').waitFor();
    await Promise.all([popup.close(), signIn.close(), finder.close()]);
  });

  it('helps the box clicked last, keeps it after a reload, and stops', async () => {
    const page = await session.page(FINDER);
    const tab = wrap(page);
    await page.locator('#accessCode').pressSequentially(' K7XH');
    await expect.poll(() => hasPanel(tab, '#accessCode')).toBe(true);
    await page.locator('#f3').pressSequentially(' K7XH4MW9PT3R');
    await afterHelpedKey(tab, '#accessCode');
    expect(await hasPanel(tab, '#f3')).toBe(false);
    await page.locator('#f3').click(); // the box clicked last again

    let popup = await popupOver(page);
    await openSection(popup, 'This page');
    await popup.getByRole('button', { name: 'Help with the box I clicked last' }).click();
    await popup.getByRole('button', { name: 'The access code' }).click();
    await popup.getByText('Done. The helper checks that box now and remembers it on this page.').waitFor();
    await expect.poll(() => hasPanel(tab, '#f3')).toBe(true);
    await popup.close();

    await page.reload();
    await page.locator('#f3').pressSequentially(' K7');
    await expect.poll(() => hasPanel(tab, '#f3')).toBe(true);

    popup = await popupOver(page);
    await popup.getByRole('button', { name: 'Stop helping this box' }).click();
    await popup.getByText('Done. The helper no longer checks that box.').waitFor();
    await expect.poll(() => hasPanel(tab, '#f3')).toBe(false);
    await popup.close();
    await page.reload();
    await page.locator('#f3').pressSequentially(' K7');
    await page.locator('#accessCode').pressSequentially(' K7XH');
    await expect.poll(() => hasPanel(tab, '#accessCode')).toBe(true);
    await afterHelpedKey(tab, '#accessCode');
    expect(await hasPanel(tab, '#f3')).toBe(false);
    await page.close();
  });

  it('helps a box through the context menu\'s handler, called directly', async () => {
    const page = await session.page(FINDER);
    const tab = wrap(page);
    await page.locator('#f3').pressSequentially(' K7');
    await page.locator('#f3').click({ button: 'right' });
    await page.bringToFront();
    const worker = session.context.serviceWorkers()[0]!;
    await worker.evaluate(async () => {
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const handler = (globalThis as unknown as { onBoxMenuClicked: (info: object, tab: object) => Promise<void> }).onBoxMenuClicked;
      await handler({ menuItemId: 'ach-help-box-access-code', frameId: 0 }, { id: active!.id });
    });
    await expect.poll(() => hasPanel(tab, '#f3')).toBe(true);
    await worker.evaluate(async () => {
      const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const handler = (globalThis as unknown as { onBoxMenuClicked: (info: object, tab: object) => Promise<void> }).onBoxMenuClicked;
      await handler({ menuItemId: 'ach-stop-box', frameId: 0 }, { id: active!.id });
    });
    await expect.poll(() => hasPanel(tab, '#f3')).toBe(false);
    await page.close();
  });
});
