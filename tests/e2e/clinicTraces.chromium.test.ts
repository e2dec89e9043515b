import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchGranted, type GrantedSession } from './clinic/launchGranted';
import { CHROMIUM_FORM_HISTORY, formHistory } from './clinic/formHistory';
import { browserHistory, CHROMIUM_HISTORY } from './clinic/browserHistory';
import { AFTER_HAND_OFF, EVERYTHING_SECURE, FORM, HAND_OFF, MORE_USCIS, NOTHING, OTHER_SITE, PLAIN_HTTP, probe, RECEIPT, USCIS_ORIGINS, type Held } from './clinic/traces';

// Start over leaves nothing of the last person on USCIS, wherever they went,
// in Chromium with the build that has browsingData and history granted at
// install. Chromium removes site data by exact origin, so this is where an
// origin nobody listed (a hand-off page that stored everything and
// redirected at once), a plain-http origin and the history matter. Pages
// are served at the real addresses by the browser's request interception
// (a service worker registers under it too). The same in Firefox:
// clinicTraces.firefox.test.ts.

let session: GrantedSession | undefined;
afterEach(async () => {
  await session?.close();
  session?.remove();
  session = undefined;
});

const isUscis = (url: string) => /^https?:\/\/([^/]+\.)?uscis\.gov\//.test(url);

/** What an origin holds, read in a blank page of its own. */
async function held(s: GrantedSession, origin: string): Promise<Held> {
  const page = await s.context.newPage();
  await page.goto(`${origin}/probe`);
  const found = await page.evaluate(probe);
  await page.close();
  return found;
}

async function historyUrls(popup: Page): Promise<string[]> {
  const items = await popup.evaluate(() => chrome.history.search({ text: '', startTime: 0, maxResults: 10_000 }));
  return items.map((item) => item.url ?? '').toSorted();
}

describe('Start over leaves nothing of USCIS, Chromium', () => {
  it('removes the storage, cookies, service workers, form entries and history of every USCIS origin visited, and keeps another site\'s', async () => {
    session = await launchGranted();
    const s = session;
    // Clinic mode is on while the last person visits (a clinic's shared computer).
    const settings = await s.context.newPage();
    await settings.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await settings.evaluate(() => chrome.storage.local.set({ clinicMode: true }));
    await settings.close();
    // The last person's visit.
    const handOff = await s.context.newPage();
    await handOff.goto(HAND_OFF);
    await handOff.waitForURL(AFTER_HAND_OFF);
    for (const url of [PLAIN_HTTP, OTHER_SITE]) {
      const page = await s.context.newPage();
      await page.goto(url);
      await page.locator('body[data-stored="yes"]').waitFor();
      if (url === OTHER_SITE) await page.close();
    }
    const form = await s.context.newPage();
    await form.goto(FORM);
    await form.locator('#receiptNumber').pressSequentially(RECEIPT);
    await Promise.all([form.waitForURL('**/form-history-sent'), form.locator('button[type="submit"]').click()]);
    for (const url of MORE_USCIS) await form.goto(url);

    // The origin announcer named every origin, the hand-off's too.
    await expect
      .poll(async () => ((await s.worker.evaluate(() => chrome.storage.session.get('uscisOrigins'))).uscisOrigins as string[]).toSorted())
      .toEqual(['http://www.uscis.gov', 'https://egov.uscis.gov', 'https://login.uscis.gov', 'https://my.uscis.gov', 'https://myaccount.uscis.gov', 'https://www.uscis.gov']);
    // The traces are really there (so the test can fail).
    expect(await held(s, 'https://login.uscis.gov')).toEqual(EVERYTHING_SECURE);
    expect(await held(s, 'http://www.uscis.gov')).toEqual({ ...NOTHING, cookie: EVERYTHING_SECURE.cookie, localStorage: 1, indexedDB: ['case'] });
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    const before = await historyUrls(popup);
    // Other sites' history is kept as it is made; USCIS addresses go as they
    // are visited (see the browser's own database below).
    expect(before).toContain(OTHER_SITE);

    // Start over, clinic mode on; the confirmation's ticks as they come.
    await popup.locator('.start-over[data-clinic="on"]').click();
    const dialog = popup.getByRole('dialog', { name: 'Start over on this shared computer?' });
    await dialog.waitFor();
    expect(await dialog.locator('li').allTextContents()).toEqual([
      'clear the checklist ticks, the code checker and the link box;',
      'sign the browser out of USCIS: remove the cookies and site data of uscis.gov and its subdomains (other sites keep theirs);',
      "delete the USCIS addresses from the browser's history (other sites' history stays);",
      'close the open USCIS tabs (3);',
      "set the language back to the browser's;",
    ]);
    expect(await dialog.getByLabel('This also removes saved form entries for every site on this computer').isChecked()).toBe(true);
    expect(await dialog.getByRole('checkbox').count()).toBe(1); // no cache tick: Chrome removes USCIS's cache by origin
    await dialog.getByRole('button', { name: 'Start over' }).click();
    await popup.getByText('Closed the USCIS tabs: 3.').waitFor();
    const report = await popup.locator('.start-over-report li').allTextContents();
    expect(report.slice(0, 3)).toEqual([
      'The clipboard was left alone: the code checker copied nothing.',
      "The language is the browser's again.",
      'Signed out of USCIS: removed the cookies and site data of uscis.gov.',
    ]);
    expect(report[3]).toBe('Removed the saved form entries of every site.');
    expect(report[4]).toMatch(/^Deleted USCIS addresses from the browser's history: \d+\.$/);
    expect(report[5]).toBe('Closed the USCIS tabs: 3.');

    // Nothing of USCIS in the history; the other site's address stays.
    const after = await historyUrls(popup);
    expect(after.filter(isUscis)).toEqual([]);
    expect(after).toContain(OTHER_SITE);
    // Cookies: none of USCIS; the other site's stay.
    expect((await s.context.cookies()).map((c) => c.domain)).toEqual(['example.org']);
    // Storage, caches and service workers: none on any USCIS origin; the other site keeps all of it.
    for (const origin of USCIS_ORIGINS) expect({ origin, held: await held(s, origin) }).toEqual({ origin, held: NOTHING });
    expect(await held(s, 'https://example.org')).toEqual(EVERYTHING_SECURE);

    // Closing the browser writes its databases out: no form entry, and no
    // history row of USCIS, not even the hand-off page that redirected at
    // once. Chromium folds a redirect chain into its last address, so
    // history.search (and the History page) never returns that one; it goes
    // because clinic mode deletes each USCIS visit as it is recorded.
    await s.close();
    expect(await formHistory(`${s.profile}/Default/Web Data`, CHROMIUM_FORM_HISTORY)).toEqual([]);
    const rows = await browserHistory(`${s.profile}/Default/History`, CHROMIUM_HISTORY);
    expect(rows).toContain(OTHER_SITE);
    expect(rows.filter(isUscis)).toEqual([]);
  });
});
